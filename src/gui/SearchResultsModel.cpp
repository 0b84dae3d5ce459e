#include "SearchResultsModel.h"

#include "Formatting.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace sd {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString SearchResultsModel::kindLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Activity:
        return tr("Activities");
    case SearchKind::Participant:
        return tr("Participants");
    case SearchKind::Expert:
        return tr("Experts");
    case SearchKind::Institution:
        return tr("Institutions");
    }
    return {};
}

QString SearchResultsModel::showAllLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Participant:
        return tr("Show every match in the participants register…");
    case SearchKind::Expert:
        return tr("Show every match in the experts register…");
    case SearchKind::Institution:
        return tr("Show every match in the institutions register…");
    case SearchKind::Activity:
        break;
    }
    return {};
}

void SearchResultsModel::setResults(const QString& text, const QList<SearchGroup>& groups)
{
    beginResetModel();
    m_text = text;
    m_rows.clear();
    for (const SearchGroup& group : groups) {
        if (group.hits.isEmpty())
            continue;
        Row heading{RowType::Heading, group.kind, 0, kindLabel(group.kind), {}};
        if (group.more)
            heading.detail = tr("the first %1; more match").arg(group.hits.size());
        m_rows << heading;
        for (const SearchHit& hit : group.hits) {
            QString detail = hit.detail;
            if (hit.date.isValid())
                detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) +
                          dateRangeText(hit.date, hit.date);
            m_rows << Row{RowType::Hit, hit.kind, hit.id, hit.title, detail};
        }
        // Activities have no register to filter; the navigator lists them all.
        if (group.more && group.kind != SearchKind::Activity)
            m_rows << Row{RowType::ShowAll, group.kind, 0, showAllLabel(group.kind), {}};
    }
    if (m_rows.isEmpty())
        m_rows << Row{RowType::Message, SearchKind::Participant, 0,
                      tr("Nothing matches “%1”.").arg(text.simplified()),
                      tr("Codes, titles, names, acronyms and emails are searched, accents and case aside.")};
    endResetModel();
}

void SearchResultsModel::setMessage(const QString& message)
{
    beginResetModel();
    m_rows = {Row{RowType::Message, SearchKind::Participant, 0, message, {}}};
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_text.clear();
    m_rows.clear();
    endResetModel();
}

SearchResultsModel::RowType SearchResultsModel::rowType(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].type : RowType::Message;
}

SearchKind SearchResultsModel::kind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].kind : SearchKind::Participant;
}

Id SearchResultsModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

bool SearchResultsModel::isChoosable(int row) const
{
    const RowType type = rowType(row);
    return row >= 0 && row < m_rows.size() && (type == RowType::Hit || type == RowType::ShowAll);
}

int SearchResultsModel::nextChoosable(int row, int step) const
{
    for (int at = row + step; at >= 0 && at < m_rows.size(); at += step) {
        if (isChoosable(at))
            return at;
    }
    return -1;
}

int SearchResultsModel::hitCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.type == RowType::Hit ? 1 : 0;
    return count;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? row.title : row.detail;
    case Qt::ToolTipRole:
        return row.detail.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.detail;
    case Qt::FontRole:
        if (row.type == RowType::Heading) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        if (row.type == RowType::ShowAll || row.type == RowType::Message) {
            QFont font = QApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == 1 || row.type == RowType::Message)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case RowTypeRole:
        return int(row.type);
    case KindRole:
        return int(row.kind);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isChoosable(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled;
}

} // namespace sd
