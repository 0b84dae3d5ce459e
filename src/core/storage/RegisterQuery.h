#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace sd {

class Database;

// The lists the window shows as tables: the registers of participants, experts and institutions,
// and the participants enrolled in one activity with their attendance.
enum class RegisterKind
{
    Participants,
    Experts,
    Institutions,
    ActivityRoster
};

// What a cell holds, so that a view can format and align it.
enum class RegisterValue
{
    Text,
    Gender,
    InstitutionType,
    Count,
    Percent
};

struct RegisterRow
{
    Id id = 0;
    QVariantList cells; // one value a column: text, a code (gender, institution type) or a number
};

// One register read from SQL a page at a time: counted with SELECT COUNT, filtered by a text
// fragment (every word must appear in a name, institution, region, ..., accents and case aside)
// and sorted by a column
// from a fixed allow-list, so a register of 100,000 participants opens as fast as one of 100.
// All values are bound; only column expressions written below reach the SQL text.
class RegisterQuery
{
public:
    // activityId scopes the ActivityRoster to one activity; the other kinds ignore it.
    RegisterQuery(Database& database, RegisterKind kind, Id activityId = 0);

    Database& database() const { return m_database; }
    RegisterKind kind() const { return m_kind; }
    Id activityId() const { return m_activityId; }

    int columnCount() const;
    QString columnTitle(int column) const;
    RegisterValue columnValue(int column) const;

    // The text fragment rows must match; blank shows every row.
    void setFilter(const QString& fragment);
    const QString& filter() const { return m_filter; }

    // Restricts the register to these records (the persons behind a number), in place of the
    // filter; nullopt lifts the restriction. The ids reach SQL as one bound JSON array, so any
    // number of them is counted and paged like the whole register.
    void setOnlyIds(std::optional<QList<Id>> ids);
    const std::optional<QList<Id>>& onlyIds() const { return m_onlyIds; }

    // Sorts by a column (out of range: the first); ties are broken by id so pages never overlap.
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Whether text sorts as a reader expects (accents and case aside) or by code point. The reader's
    // order has no index to use, so a register of tens of thousands would sort all its rows for
    // every page; above kReaderOrderLimit rows the window sorts such registers by code point,
    // through the indexes, and opens them at once.
    void setReaderOrder(bool readerOrder) { m_readerOrder = readerOrder; }
    bool readerOrder() const { return m_readerOrder; }
    static constexpr qint64 kReaderOrderLimit = 20000;

    // How many rows match the filter.
    Result<qint64> count() const;
    // A page of matching rows in the sort order. SQLite steps over every row an OFFSET skips, so
    // when the total is given and the page lies in the second half, the page is read in the
    // reverse order from the end: the last page costs what the first does.
    Result<QList<RegisterRow>> rows(qint64 offset, int limit, qint64 total = -1) const;
    // Where the record stands among the matching rows in the sort order (nullopt: not among them).
    Result<std::optional<qint64>> positionOf(Id id) const;
    // The rows of the records with these ids (the persons behind a results number), in the sort
    // order, ignoring the filter.
    Result<QList<RegisterRow>> rowsWithIds(const QList<Id>& ids) const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where() const;
    // Makes the name order and search functions available on the connection (once).
    Status prepareConnection() const;
    QString orderBy(bool reversed) const;
    Result<QList<RegisterRow>> select(const QString& condition, const QVariantList& values,
                                      const QString& tail, const QVariantList& tailValues,
                                      bool reversed = false) const;

    Database& m_database;
    RegisterKind m_kind;
    Id m_activityId = 0;
    QString m_filter;
    std::optional<QList<Id>> m_onlyIds;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_readerOrder = true;
    mutable bool m_functionsReady = false;
};

} // namespace sd
