#pragma once

#include "FlatTableModel.h"

#include <QPointer>

namespace sd {

class AttendanceModel;

// The footer row of the attendance dialog: per session, how many participants are present or
// late; beside the names, how many took part at all. Follows the sheet live, pending marks included.
class AttendanceTotalsModel : public FlatTableModel
{
    Q_OBJECT

public:
    explicit AttendanceTotalsModel(AttendanceModel* sheet, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    int columns() const override;
    void refresh();

    QPointer<AttendanceModel> m_sheet;
    int m_columns = 0;
};

} // namespace sd
