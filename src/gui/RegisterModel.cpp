#include "RegisterModel.h"

#include "ProgrammeQueries.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>

namespace sd {
namespace {

// Counts on a read-only connection of its own, for a thread of the pool.
Result<qint64> countMatching(const Database::ReaderSpec& source, RegisterKind kind, Id activityId,
                             const QString& filter)
{
    Result<std::unique_ptr<ProgrammeQueries>> reader = ProgrammeQueries::openReader(source);
    if (!reader)
        return reader.error();
    RegisterQuery query = (*reader)->registerQuery(kind, activityId);
    query.setFilter(filter);
    return query.count();
}

} // namespace

RegisterModel::RegisterModel(const ProgrammeQueries& queries, RegisterKind kind, Id activityId,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(queries.registerQuery(kind, activityId))
    , m_source(queries.source())
{
    m_counting.setMaxThreadCount(1);
    reload();
}

RegisterModel::~RegisterModel()
{
    // A count in the background posts back to this model: it must outlive it.
    ++m_generation;
    m_counting.clear();
    m_counting.waitForDone();
}

void RegisterModel::waitForCount()
{
    m_counting.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void RegisterModel::showOnly(const QList<Id>& ids)
{
    m_onlyIds = ids;
    refresh();
}

void RegisterModel::setFilter(const QString& fragment)
{
    if (fragment.simplified() == m_query.filter())
        return;
    m_query.setFilter(fragment);
    reset();
}

Id RegisterModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RegisterModel::rowOf(Id id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void RegisterModel::refresh()
{
    if (!m_onlyIds && !m_query.filter().isEmpty()) {
        RegisterQuery everything = m_query;
        everything.setFilter({});
        if (Result<qint64> total = everything.count())
            m_unfiltered = *total;
    }
    reset();
}

void RegisterModel::reset()
{
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT totalRowsChanged(m_total);
}

void RegisterModel::reload()
{
    m_rows.clear();
    m_total = 0;
    m_totalKnown = true;
    m_lastPageFull = false;
    ++m_generation;
    if (m_onlyIds) {
        Result<QList<RegisterRow>> rows = m_query.rowsWithIds(*m_onlyIds);
        if (!rows) {
            Q_EMIT failed(rows.error().message);
            return;
        }
        m_rows = std::move(rows.value());
        m_total = m_rows.size();
        m_unfiltered = m_total;
        return;
    }
    if (!m_query.filter().isEmpty() && m_unfiltered > m_backgroundThreshold) {
        // The first page first; the count only if there is more than a page.
        Result<QList<RegisterRow>> page = m_query.rows(0, kPageSize);
        if (!page) {
            Q_EMIT failed(page.error().message);
            return;
        }
        m_rows = std::move(page.value());
        m_total = m_rows.size();
        if (m_rows.size() == kPageSize) {
            m_totalKnown = false;
            m_lastPageFull = true;
            countInBackground();
        }
        return;
    }
    Result<qint64> total = m_query.count();
    if (!total) {
        Q_EMIT failed(total.error().message);
        return;
    }
    m_total = *total;
    if (m_query.filter().isEmpty()) {
        m_unfiltered = m_total;
        m_query.setReaderOrder(m_unfiltered <= RegisterQuery::kReaderOrderLimit);
    }
    Result<QList<RegisterRow>> page = m_query.rows(0, kPageSize);
    if (!page) {
        m_total = 0;
        Q_EMIT failed(page.error().message);
        return;
    }
    m_rows = std::move(page.value());
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

QString RegisterModel::displayText(int column, const QVariant& value) const
{
    switch (m_query.columnValue(column)) {
    case RegisterValue::Gender:
        if (std::optional<Gender> gender = fromCode<Gender>(value.toString()))
            return toLabel(*gender);
        return value.toString();
    case RegisterValue::InstitutionType:
        if (std::optional<InstitutionType> type = fromCode<InstitutionType>(value.toString()))
            return toLabel(*type);
        return value.toString();
    case RegisterValue::Count:
        return QLocale().toString(value.toLongLong());
    case RegisterValue::Percent:
        if (value.isNull())
            return tr("no sessions");
        return tr("%1 %").arg(QLocale().toString(value.toDouble(), 'f', 0));
    case RegisterValue::Text:
        break;
    }
    return value.toString();
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterRow& row = m_rows.at(index.row());
    const QVariant& value = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), value);
    case Qt::ToolTipRole:
        return m_query.columnValue(index.column()) == RegisterValue::Text ? value : QVariant();
    case Qt::TextAlignmentRole: {
        const RegisterValue kind = m_query.columnValue(index.column());
        if (kind == RegisterValue::Count || kind == RegisterValue::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_query.columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_query.columnTitle(section);
    if (role == Qt::TextAlignmentRole) {
        const RegisterValue kind = m_query.columnValue(section);
        if (kind == RegisterValue::Count || kind == RegisterValue::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags RegisterModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool RegisterModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_onlyIds || m_busy)
        return false;
    return m_totalKnown ? m_rows.size() < m_total : m_lastPageFull;
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    Result<QList<RegisterRow>> page = m_query.rows(m_rows.size(), kPageSize);
    if (!page) {
        Q_EMIT failed(page.error().message);
        return;
    }
    m_lastPageFull = page->size() == kPageSize;
    if (page->isEmpty()) {
        // The file changed under us, or the last page was exactly full: no more rows.
        m_total = m_rows.size();
        m_totalKnown = true;
        Q_EMIT totalRowsChanged(m_total);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows << page.value();
    endInsertRows();
    if (!m_totalKnown) {
        m_total = std::max<qint64>(m_total, m_rows.size());
        if (!m_lastPageFull) {
            // Every row is read: the count is known without waiting for it.
            m_total = m_rows.size();
            m_totalKnown = true;
            ++m_generation;
            Q_EMIT totalRowsChanged(m_total);
        }
    }
}

void RegisterModel::countInBackground()
{
    const Database::ReaderSpec source = m_source;
    const RegisterKind kind = m_query.kind();
    const Id activityId = m_query.activityId();
    const QString filter = m_query.filter();
    const quint64 generation = m_generation;
    m_counting.start([this, source, kind, activityId, filter, generation] {
        const Result<qint64> total = countMatching(source, kind, activityId, filter);
        if (!total) {
            const QString message = total.error().message;
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            return;
        }
        const qint64 counted = *total;
        QMetaObject::invokeMethod(
            this, [this, generation, counted] { countArrived(generation, counted); }, Qt::QueuedConnection);
    });
}

void RegisterModel::countArrived(quint64 generation, qint64 total)
{
    // A count for an earlier filter (the officer kept typing) is dropped.
    if (generation != m_generation || m_totalKnown)
        return;
    m_total = std::max<qint64>(total, m_rows.size());
    m_totalKnown = true;
    Q_EMIT totalRowsChanged(m_total);
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_query.columnCount())
        return;
    if (column == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    m_query.setSort(column, order);
    // The first page is read again in the new order, so fewer rows may be fetched than before:
    // a reset, not a layout change.
    reset();
}

} // namespace sd
