#pragma once

#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/RegisterQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThreadPool>
#include <optional>

namespace sd {

class ProgrammeQueries;

// A register (participants, experts, institutions, an activity's roster) as a table model that
// reads from SQL lazily: it counts the matching rows with SELECT COUNT, then fetches pages as the
// view scrolls (canFetchMore/fetchMore). Filtering and sorting re-run the query in SQL; the model
// never holds more rows than the view has asked for. In a large register a filtered count reads
// every row, so it runs in the background on a connection of its own: the first page shows at once
// and the count follows (totalKnown()).
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    RegisterModel(const ProgrammeQueries& queries, RegisterKind kind, Id activityId = 0,
                  QObject* parent = nullptr);
    ~RegisterModel() override;

    RegisterKind kind() const { return m_query.kind(); }
    RegisterValue columnValue(int column) const { return m_query.columnValue(column); }
    // The register's query (filter, sort, order), so that an export selects the same rows in SQL.
    const RegisterQuery& query() const { return m_query; }
    // The records shown instead of the filtered register (showOnly), if any.
    const std::optional<QList<Id>>& onlyIds() const { return m_onlyIds; }
    // A cell as the view shows it: a gender or institution type as its label, a rate with "%".
    QString displayText(int column, const QVariant& value) const;

    // Shows exactly these records (the persons behind a number) instead of the filtered register.
    void showOnly(const QList<Id>& ids);

    void setFilter(const QString& fragment);
    QString filter() const { return m_query.filter(); }
    // Rows matching the filter, fetched or not; while a count runs, the rows fetched so far.
    qint64 totalRows() const { return m_total; }
    bool totalKnown() const { return m_totalKnown; }
    // Registers with more rows than this count their filtered rows in the background.
    void setBackgroundCountThreshold(qint64 rows) { m_backgroundThreshold = rows; }
    // Waits for a count in the background (tests and benchmarks).
    void waitForCount();
    // Rows of the register with no filter (as of the last refresh).
    qint64 unfilteredRows() const { return m_unfiltered; }
    Id idAt(int row) const;
    // The row of a record among those read so far (-1: not read, or not in the list).
    int rowOf(Id id) const;

    // Reads the count and the first page again (after a change to the file).
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of matching rows changed (after a filter, a refresh or showOnly).
    void totalRowsChanged(qint64 total);
    // A query failed; the message is the core's one sentence.
    void failed(const QString& message);

private:
    void reload();
    void reset();
    void countInBackground();
    void countArrived(quint64 generation, qint64 total);

    RegisterQuery m_query;
    // Where a count in the background opens a connection of its own.
    Database::ReaderSpec m_source;
    std::optional<QList<Id>> m_onlyIds;
    QList<RegisterRow> m_rows;
    qint64 m_total = 0;
    qint64 m_unfiltered = 0;
    // Views and testers may ask for more while rows are being inserted or the model is being reset;
    // they ask again once the change is over.
    bool m_busy = false;
    bool m_totalKnown = true;
    bool m_lastPageFull = false;
    qint64 m_backgroundThreshold = RegisterQuery::kReaderOrderLimit;
    quint64 m_generation = 0;
    QThreadPool m_counting;
};

} // namespace sd
