#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// What the window remembers between runs (QSettings): the last programme, the recent ones (files and
// servers), the last folder of a file dialog, and the window's geometry and layout. A server is kept
// by its address without a password (ProgrammeLocation::storableText); passwords go only to the
// system keychain (ServerPasswords).
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    // A file's absolute path or a server's address.
    static QString lastFile();
    static void setLastFile(const QString& location);

    // Most recent first: files' absolute paths and servers' addresses; files that no longer exist are
    // left out (a server cannot be asked without connecting, so its address stays).
    static QStringList recentFiles();
    // Files by path, servers by storable address (an address holding a password is refused here, so
    // that no caller can store one by mistake).
    static void addRecentFile(const QString& location);
    // Only the servers of the recent list, for the connect dialog.
    static QStringList recentServers();
    static void clearRecentFiles();

    // The folder file dialogs start in: the last one used, else the user's documents folder. Never a
    // hidden folder (the data folder the demo programme lives in, anything under "~/.local"): a PDF or
    // a workbook saved there could not be found again in a file manager.
    static QString lastFolder();
    // Whether users would not see the folder in a file manager: it or a folder above it starts with a dot.
    static bool isHiddenFolder(const QString& folder);
    static void setLastFolder(const QString& folder);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                                const QByteArray& splitter);

    // The paper documents are printed on: "a4" or "letter", empty until a page setup chose one.
    static QString paperSize();
    static void setPaperSize(const QString& code);

    // What the results page showed for a project of a programme: the measure ("attendance" or
    // "evaluation"), the period's kind ("all", "year", "quarter" or "custom") and its dates.
    struct ResultsChoice
    {
        QString measure;
        QString periodKind;
        QDate from;
        QDate to;
    };
    // Kept per programme (file path or server address) and project, so that reopening it shows the
    // same table; nothing until the page was used on it.
    static std::optional<ResultsChoice> resultsChoice(const QString& location, qint64 projectId);
    static void setResultsChoice(const QString& location, qint64 projectId, const ResultsChoice& choice);

    // Where the demo programme is written on a first run.
    static QString demoProgrammePath();
};

} // namespace sd
