#include "HistoryModel.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <limits>

namespace sd {

HistoryModel::HistoryModel(QObject* parent)
    : FlatTableModel(Selection::Cells, parent)
{
}

void HistoryModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void HistoryModel::setRecord(const HistoryRecord& record, Reload when)
{
    if (when == Reload::IfChanged && record.table == m_record.table && record.id == m_record.id &&
        record.code == m_record.code)
        return;
    m_record = record;
    reload();
}

std::optional<QList<HistoryEntry>> HistoryModel::read(int limit, Id beforeId)
{
    Result<QList<HistoryEntry>> page = ChangeHistory(*m_database).page(m_record, limit, beforeId);
    const QString error = page ? QString() : page.error().message;
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged(m_error);
    }
    if (!page)
        return std::nullopt;
    return std::move(page).value();
}

void HistoryModel::reload()
{
    // A view answers the reset by asking for more rows at once, before everyone else has heard of
    // the reset; it asks again when it lays out or scrolls.
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_entries.clear();
    m_atEnd = true;
    if (m_database) {
        if (std::optional<QList<HistoryEntry>> page = read(kPageSize, std::numeric_limits<Id>::max())) {
            m_atEnd = page->size() < kPageSize;
            m_entries = std::move(*page);
        }
    }
    endResetModel();
}

void HistoryModel::refresh()
{
    if (!m_database)
        return;
    if (m_entries.isEmpty()) {
        reload();
        return;
    }
    std::optional<QList<HistoryEntry>> newest = read(kPageSize, std::numeric_limits<Id>::max());
    if (!newest)
        return;
    const Id shownNewest = m_entries.first().id;
    qsizetype fresh = 0;
    while (fresh < newest->size() && newest->at(fresh).id > shownNewest)
        ++fresh;
    if (fresh == 0)
        return;
    if (fresh == newest->size()) {
        // More was logged than one page: the gap is not worth reading entry by entry.
        reload();
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, 0, int(fresh) - 1);
    m_entries = newest->first(fresh) + m_entries;
    endInsertRows();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_database && !m_atEnd && !m_changing;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    std::optional<QList<HistoryEntry>> page = read(kPageSize, m_entries.last().id);
    if (!page) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size()) - 1);
    m_entries += *page;
    endInsertRows();
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Who:
            return entry.changedBy.isEmpty() ? tr("(not recorded)") : entry.changedBy;
        case When:
            return QLocale().toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat);
        case What:
            return ChangeHistory::sentence(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(entry.changedAt.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == What)
        return ChangeHistory::sentence(entry);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Who:
        return tr("Who");
    case When:
        return tr("When");
    case What:
        return tr("What");
    default:
        return {};
    }
}

} // namespace sd
