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
    // selectedFilter, when given, receives the filter the user chose (an export's format).
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter, QString* selectedFilter = nullptr);

    // A folder to save files into (certificates saved one a person).
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory);

    // The next file dialog returns this name (and this chosen filter, if one is given) at once without
    // showing itself (an empty name means "cancelled"). Tests only.
    static void setNextFileName(const QString& fileName, const QString& selectedFilter = {});

private:
    static bool takeNextFileName(QString& fileName, QString* selectedFilter = nullptr);
};

} // namespace sd
