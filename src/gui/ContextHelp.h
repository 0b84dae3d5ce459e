#pragma once

#include <QObject>

namespace sd {

// F1 in any window of the application opens the user guide at the page of what is in view: the
// main window's F1 action does so for its pages (see MainWindow), and this filter, installed once
// on the application, for the dialogs (the attendance sheet, the import wizard), which a modal
// dialog's own window would otherwise keep from the main window's shortcut.
class ContextHelp : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace sd
