#include "dialogs/AttendanceTotalsModel.h"

#include "dialogs/AttendanceModel.h"

#include <QFont>

namespace sd {

AttendanceTotalsModel::AttendanceTotalsModel(AttendanceModel* sheet, QObject* parent)
    : FlatTableModel(Selection::Nothing, parent)
    , m_sheet(sheet)
    , m_columns(sheet->columnCount())
{
    connect(sheet, &AttendanceModel::countsChanged, this, &AttendanceTotalsModel::refresh);
    connect(sheet, &QAbstractItemModel::modelReset, this, &AttendanceTotalsModel::refresh);
}

void AttendanceTotalsModel::refresh()
{
    const int columns = m_sheet ? m_sheet->columnCount() : 0;
    if (columns != m_columns) {
        beginResetModel();
        m_columns = columns;
        endResetModel();
        return;
    }
    if (m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(0, m_columns - 1));
}

int AttendanceTotalsModel::rows() const
{
    return 1;
}

int AttendanceTotalsModel::columns() const
{
    return m_columns;
}

QVariant AttendanceTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_sheet)
        return {};
    const int column = index.column();
    const int enrolled = m_sheet->rowCount();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column != AttendanceModel::kNameColumn)
        return QVariant::fromValue(column == m_sheet->rateColumn() ? Qt::AlignRight | Qt::AlignVCenter
                                                                   : Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == AttendanceModel::kNameColumn)
        return role == Qt::DisplayRole ? tr("Present or late") : tr("Counts include the marks not saved yet");
    if (column == AttendanceModel::kInstitutionColumn)
        return role == Qt::DisplayRole ? tr("%1 of %2 took part").arg(m_sheet->tookPartAtAll()).arg(enrolled)
                                       : tr("Participants present or late at one session or more");
    if (column == m_sheet->rateColumn())
        return role == Qt::DisplayRole ? QString::number(std::lround(m_sheet->averageRate()))
                                       : tr("Average attendance rate");
    if (m_sheet->isSessionColumn(column)) {
        const int count = m_sheet->takingPart(m_sheet->sessionIndex(column));
        return role == Qt::DisplayRole ? QString::number(count)
                                       : tr("%1 of %2 present or late").arg(count).arg(enrolled);
    }
    return {};
}

QVariant AttendanceTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_sheet && orientation == Qt::Horizontal && section >= 0 && section < m_columns)
        return m_sheet->headerData(section, orientation, role);
    return {};
}

} // namespace sd
