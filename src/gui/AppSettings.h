#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// What the window remembers between runs (QSettings): the last file, recent files, the last folder
// of a file dialog, and the window's geometry and layout.
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    static QString lastFile();
    static void setLastFile(const QString& path);

    // Most recent first; files that no longer exist are left out.
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void clearRecentFiles();

    // The folder file dialogs start in: the last one used, else the user's documents folder.
    static QString lastFolder();
    static void setLastFolder(const QString& folder);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                                const QByteArray& splitter);

    // The paper documents are printed on: "a4" or "letter", empty until a page setup chose one.
    static QString paperSize();
    static void setPaperSize(const QString& code);

    // Where the demo programme is written on a first run.
    static QString demoProgrammePath();
};

} // namespace sd
