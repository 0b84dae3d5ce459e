#include "ResultsTableModel.h"

#include "Formatting.h"
#include "counting/SmallCells.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace sd {

ResultsTableModel::ResultsTableModel(QObject* parent)
    : FlatTableModel(Selection::Cells, parent)
{
}

void ResultsTableModel::setTable(const ResultsTable& table)
{
    beginResetModel();
    m_table = table;
    m_hasTable = true;
    endResetModel();
}

void ResultsTableModel::clear()
{
    beginResetModel();
    m_table = ResultsTable{};
    m_hasTable = false;
    endResetModel();
}

bool ResultsTableModel::isTotalsRow(int row) const
{
    return m_hasTable && row == m_table.rows.size();
}

int ResultsTableModel::rows() const
{
    return m_hasTable ? int(m_table.rows.size()) + 1 : 0;
}

int ResultsTableModel::columns() const
{
    return ColumnCount;
}

QString ResultsTableModel::rowLabel(int row) const
{
    if (row < 0 || row > m_table.rows.size())
        return {};
    if (isTotalsRow(row))
        return tr("Total");
    const ResultsRow& result = m_table.rows.at(row);
    return resultsRowHeading(m_table.by, result.key, result.label);
}

QVariant ResultsTableModel::number(int row, int column) const
{
    const ResultsCounts& counts = isTotalsRow(row) ? m_table.totals : m_table.rows.at(row);
    switch (column) {
    case Participations:
        return counts.participations;
    case UniqueParticipants:
        return counts.uniqueParticipants;
    case Female:
        return counts.female;
    case Male:
        return counts.male;
    case Other:
        return counts.other;
    case NotStated:
        return counts.notStated;
    case ParticipantDays:
        return counts.participantDays;
    case Experts:
        return counts.experts;
    case ExpertCountries:
        return counts.expertCountries;
    case ParticipationsPct:
        if (const std::optional<double> share =
                percentOf(counts.participations, m_table.totals.participations))
            return *share;
        return {};
    case FemalePct:
        if (const std::optional<double> share = percentOf(counts.female, counts.uniqueParticipants))
            return *share;
        return {};
    default:
        return {};
    }
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Label)
            return rowLabel(row);
        if (column == ParticipantDays)
            return daysText(number(row, column).toDouble());
        if (column == ParticipationsPct || column == FemalePct) {
            const QVariant share = number(row, column);
            // No share of nothing: a dash where the denominator is 0.
            return share.isValid() ? tr("%1 %").arg(QLocale().toString(share.toDouble(), 'f', 1))
                                   : QStringLiteral("–");
        }
        return QLocale().toString(number(row, column).toLongLong());
    case Qt::EditRole:
        return column == Label ? QVariant(rowLabel(row)) : number(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == Label ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                   : (Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (isTotalsRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // A number that could single a person out (SmallCells), shaded as its note says.
        return isSmallCell(row, column) ? QVariant(QColor(255, 236, 179)) : QVariant();
    case Qt::ToolTipRole: {
        if (column == Label)
            return rowLabel(row);
        QStringList tips;
        if (isSmallCell(row, column))
            tips.append(tr("Fewer than %1 persons: this number could single a person out; check it before "
                           "publishing the table")
                            .arg(SmallCellOptions::kDefaultK));
        if (filterFor(index))
            tips.append(tr("Double-click to list the persons behind this number"));
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool ResultsTableModel::isSmallCell(int row, int column) const
{
    if (isTotalsRow(row))
        return false;
    switch (column) {
    case UniqueParticipants:
    case Female:
    case Male:
    case Other:
    case NotStated: {
        const qint64 count = number(row, column).toLongLong();
        return count > 0 && count < SmallCellOptions::kDefaultK;
    }
    default:
        return false;
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Label ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                    : (Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Participations:
            return tr("Over the activities of the row: the persons who took part in each, added up");
        case UniqueParticipants:
            return tr("Persons who took part in one activity of the row or more, each once");
        case ParticipantDays:
            return tr("Sessions attended (present or late); a half day counts 0.5");
        case Experts:
            return tr("Distinct experts of the row's activities");
        case ExpertCountries:
            return tr("Distinct countries of those experts");
        case ParticipationsPct:
            return tr("The row's participations as a share of the total participations");
        case FemalePct:
            return tr("Female participants as a share of the row's unique participants");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    // Number headings on two lines, so that a number's column is as narrow as its numbers.
    return section == Label ? columnTitle(section) : headingOnTwoLines(columnTitle(section));
}

QString ResultsTableModel::columnTitle(int section) const
{
    switch (section) {
    case Label:
        return resultsKeyLabel(m_table.by);
    case Participations:
        return tr("Participations");
    case UniqueParticipants:
        return tr("Unique participants");
    case Female:
        return tr("Female");
    case Male:
        return tr("Male");
    case Other:
        return tr("Other");
    case NotStated:
        return tr("Not stated");
    case ParticipantDays:
        return tr("Participant-days");
    case Experts:
        return tr("Experts");
    case ExpertCountries:
        return tr("Expert countries");
    case ParticipationsPct:
        return tr("% of participations");
    case FemalePct:
        return tr("% female");
    default:
        return {};
    }
}

std::optional<ParticipantFilter> ResultsTableModel::filterFor(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || !m_hasTable)
        return std::nullopt;
    const int column = index.column();
    if (column == Label || column == Experts || column == ExpertCountries)
        return std::nullopt;
    ParticipantFilter filter;
    filter.period = m_table.period;
    if (!isTotalsRow(index.row()))
        filter = ParticipantFilter::forRow(m_table, m_table.rows.at(index.row()));
    switch (column) {
    case Female:
    case FemalePct:
        filter.gender = QStringLiteral("female");
        break;
    case Male:
        filter.gender = QStringLiteral("male");
        break;
    case Other:
        filter.gender = QStringLiteral("other");
        break;
    case NotStated:
        filter.gender = QStringLiteral("not_stated");
        break;
    default:
        break;
    }
    // A gender column on a gender row of another gender has nobody behind it.
    if (m_table.by == ResultsKey::Gender && !isTotalsRow(index.row()) && filter.gender &&
        *filter.gender != m_table.rows.at(index.row()).key)
        return std::nullopt;
    return filter;
}

QString ResultsTableModel::describe(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const QString what = columnTitle(index.column());
    if (!m_table.period.isWhole())
        return tr("%1 · %2 · sessions held %3").arg(what, rowLabel(index.row()), m_table.period.describe());
    return tr("%1 · %2").arg(what, rowLabel(index.row()));
}

} // namespace sd
