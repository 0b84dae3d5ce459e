#pragma once

#include <QString>

class QWidget;

namespace sd {

// Every file dialog of the window goes through here, so that widget tests can answer the next
// one with setNextFileName() instead of blocking on a modal dialog (as KeePassXC's FileDialog does).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);

    // The next file dialog returns this name at once without showing itself (an empty name means
    // "cancelled"). Tests only.
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNextFileName(QString& fileName);
};

} // namespace sd
