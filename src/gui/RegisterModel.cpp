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
    m_query.setOnlyIds(ids);
    refresh();
}

void RegisterModel::setFilter(const QString& fragment)
{
    if (fragment.simplified() == m_query.filter())
        return;
    m_query.setFilter(fragment);
    reset();
}

const RegisterModel::Page* RegisterModel::loadPage(qint64 page) const
{
    if (auto found = m_pages.find(page); found != m_pages.end()) {
        found->lastUse = ++m_useClock;
        return &found.value();
    }
    Result<QList<RegisterRow>> rows = m_query.rows(page * kPageSize, kPageSize, m_totalKnown ? m_total : -1);
    if (!rows) {
        reportFailure(rows.error().message);
        return nullptr;
    }
    if (m_pages.size() >= kCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    auto inserted = m_pages.insert(page, Page{std::move(rows.value()), ++m_useClock});
    return &inserted.value();
}

const RegisterRow* RegisterModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page* page = loadPage(row / kPageSize);
    const qsizetype within = row % kPageSize;
    // A page comes back short when another program removed rows since the count: the view shows
    // those rows empty until the file watcher's refresh reads the register again.
    return page && within < page->rows.size() ? &page->rows.at(within) : nullptr;
}

void RegisterModel::reportFailure(const QString& message) const
{
    // Reported once per reading of the register, and after the paint that asked for the row.
    if (m_failedGeneration == m_generation)
        return;
    m_failedGeneration = m_generation;
    auto* self = const_cast<RegisterModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->failed(message); }, Qt::QueuedConnection);
}

Id RegisterModel::idAt(int row) const
{
    const RegisterRow* found = rowAt(row);
    return found ? found->id : 0;
}

int RegisterModel::rowOf(Id id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype within = 0; within < page->rows.size(); ++within) {
            if (page->rows.at(within).id == id) {
                const qint64 row = page.key() * kPageSize + within;
                return row < rowCount() ? int(row) : -1;
            }
        }
    }
    Result<std::optional<qint64>> position = m_query.positionOf(id);
    if (!position) {
        reportFailure(position.error().message);
        return -1;
    }
    if (!position->has_value() || **position >= rowCount())
        return -1;
    return int(**position);
}

qint64 RegisterModel::cachedRows() const
{
    qint64 rows = 0;
    for (const Page& page : m_pages)
        rows += page.rows.size();
    return rows;
}

void RegisterModel::refresh()
{
    if (!m_query.onlyIds() && !m_query.filter().isEmpty()) {
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
    m_pages.clear();
    m_total = 0;
    m_reported = 0;
    m_totalKnown = true;
    m_lastPageFull = false;
    ++m_generation;
    if (!m_query.onlyIds() && !m_query.filter().isEmpty() && m_unfiltered > m_backgroundThreshold) {
        // The first page first; the count only if there is more than a page.
        const Page* first = loadPage(0);
        if (!first)
            return;
        m_reported = first->rows.size();
        m_total = m_reported;
        if (m_reported == kPageSize) {
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
    if (m_query.onlyIds()) {
        m_unfiltered = m_total;
    } else if (m_query.filter().isEmpty()) {
        m_unfiltered = m_total;
        m_query.setReaderOrder(m_unfiltered <= RegisterQuery::kReaderOrderLimit);
    }
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_totalKnown ? m_total : m_reported);
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
    if (role == Qt::TextAlignmentRole) {
        const RegisterValue kind = m_query.columnValue(index.column());
        if (kind == RegisterValue::Count || kind == RegisterValue::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole)
        return {};
    const RegisterRow* row = rowAt(index.row());
    if (!row || index.column() >= row->cells.size())
        return {};
    const QVariant& value = row->cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), value);
    case Qt::ToolTipRole:
        return m_query.columnValue(index.column()) == RegisterValue::Text ? value : QVariant();
    case IdRole:
        return row->id;
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
    // Only while the count runs: a counted register reports every row at once.
    if (parent.isValid() || m_busy || m_totalKnown)
        return false;
    return m_lastPageFull;
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    const Page* page = loadPage(m_reported / kPageSize);
    if (!page)
        return;
    const qsizetype read = page->rows.size();
    m_lastPageFull = read == kPageSize;
    if (read == 0) {
        // The file changed under us, or the last page was exactly full: no more rows.
        m_total = m_reported;
        m_totalKnown = true;
        ++m_generation;
        Q_EMIT totalRowsChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_reported), int(m_reported + read) - 1);
    m_reported += read;
    m_total = std::max(m_total, m_reported);
    endInsertRows();
    if (!m_lastPageFull) {
        // Every row is read: the count is known without waiting for it.
        m_total = m_reported;
        m_totalKnown = true;
        ++m_generation;
        Q_EMIT totalRowsChanged(m_total);
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
    const qint64 counted = std::max(total, m_reported);
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    if (counted > m_reported) {
        beginInsertRows({}, int(m_reported), int(counted) - 1);
        m_total = counted;
        m_totalKnown = true;
        endInsertRows();
    } else {
        m_total = counted;
        m_totalKnown = true;
    }
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
