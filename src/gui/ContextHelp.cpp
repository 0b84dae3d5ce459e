#include "ContextHelp.h"

#include "HelpWindow.h"
#include "UserGuide.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace sd {

void ContextHelp::install()
{
    static ContextHelp* filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new ContextHelp(qApp);
    qApp->installEventFilter(filter);
}

bool ContextHelp::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return false;
    // The main window's own F1 action knows its pages; the guide's window shows the guide already.
    QWidget* window = widget->window();
    if (window->inherits("sd::MainWindow") || window->inherits("sd::HelpWindow"))
        return false;
    HelpWindow::showTopic(window, UserGuide::topicFor(widget));
    return true;
}

} // namespace sd
