#pragma once

#include "FlatTableModel.h"
#include "storage/ChangeHistory.h"

#include <QList>

namespace sd {

class Database;

// The change log as the History panel lists it: who, when (local time, in the window's language) and
// what, newest first. Rows are read a page at a time as the view scrolls (canFetchMore/fetchMore, a
// LIMIT in SQL), never the whole log; refresh() puts newer entries on top without reading the rest
// again.
class HistoryModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Who,
        When,
        What,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit HistoryModel(QObject* parent = nullptr);

    // The programme to read (nullptr: none), and the record to limit the list to (unset: all).
    void setDatabase(Database* database);
    enum class Reload
    {
        IfChanged,
        Always
    };
    void setRecord(const HistoryRecord& record, Reload reload = Reload::IfChanged);
    const HistoryRecord& record() const { return m_record; }

    // Reads the first page again.
    void reload();
    // Adds the entries logged since the newest one shown, on top.
    void refresh();

    const HistoryEntry& entry(int row) const { return m_entries.at(row); }
    // Why the log could not be read; empty when it could.
    const QString& error() const { return m_error; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorChanged(const QString& error);

private:
    int rows() const override { return int(m_entries.size()); }
    int columns() const override { return ColumnCount; }
    std::optional<QList<HistoryEntry>> read(int limit, Id beforeId);

    Database* m_database = nullptr;
    HistoryRecord m_record;
    QList<HistoryEntry> m_entries;
    bool m_atEnd = true;
    bool m_changing = false; // between a begin and an end of a reset or an insert
    QString m_error;
};

} // namespace sd
