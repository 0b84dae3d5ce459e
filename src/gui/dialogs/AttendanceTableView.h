#pragma once

#include "domain/Enums.h"

#include <QTableView>
#include <optional>

namespace sd {

// The attendance grid's keyboard: P, L, E and A (or the Spanish P, R, J and F) set a status, Delete
// or Backspace clears it,
// Space cycles it; arrows move as in any table. Letters never jump to rows by name, so a status
// key is never taken for a search.
class AttendanceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AttendanceTableView(QWidget* parent = nullptr);

    void keyboardSearch(const QString& search) override;

Q_SIGNALS:
    void statusKeyPressed(std::optional<sd::AttendanceStatus> status);
    void cycleKeyPressed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace sd
