#include "dialogs/AttendanceTableView.h"

#include <QKeyEvent>

namespace sd {

AttendanceTableView::AttendanceTableView(QWidget* parent)
    : QTableView(parent)
{
}

void AttendanceTableView::keyboardSearch(const QString&)
{
    // Typing letters marks attendance here; finding a person is the filter field's job.
}

void AttendanceTableView::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        // English P/L/E/A and Spanish P/R/J/F (presente, retardo, justificado, falta) in either
        // language: the two sets share only P, which means present in both.
        switch (event->key()) {
        case Qt::Key_P:
            Q_EMIT statusKeyPressed(AttendanceStatus::Present);
            return;
        case Qt::Key_L:
        case Qt::Key_R:
            Q_EMIT statusKeyPressed(AttendanceStatus::Late);
            return;
        case Qt::Key_E:
        case Qt::Key_J:
            Q_EMIT statusKeyPressed(AttendanceStatus::Excused);
            return;
        case Qt::Key_A:
        case Qt::Key_F:
            Q_EMIT statusKeyPressed(AttendanceStatus::Absent);
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            Q_EMIT statusKeyPressed(std::nullopt);
            return;
        case Qt::Key_Space:
            Q_EMIT cycleKeyPressed();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace sd
