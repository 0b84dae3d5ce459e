#pragma once

#include "FileCheckDialog.h"
#include "check/FileCheck.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace sd {

// Help ▸ Check this file: the rules of `seminardesk-cli check` (FileCheck) on the open file, then
// FileCheckDialog with what was found. The check runs away from the window's thread, on a
// connection of its own, so that the window stays responsive while integrity_check reads every page
// of a large file; closing the window stops it.
class FileChecker : public QObject
{
    Q_OBJECT

public:
    explicit FileChecker(QWidget* window);
    ~FileChecker() override;

    QAction* action() const { return m_action; }
    // The file the action checks; empty when none is open. Another file stops a running check.
    void setFile(const QString& path);
    // A programme on a server instead: checked on a read connection of its own (the rules that are
    // not SQLite's own: references, the programme's rules, the results adding up). shownName names
    // it in the dialog ("mexico-ii on db.example.org as mlopez").
    void setServer(const Database::ReaderSpec& server, const QString& shownName);
    // Starts checking the file; false when none is set or a check is already running.
    bool start();
    bool isRunning() const { return m_running; }
    // Waits until the check has ended and its outcome has been shown (tests).
    void waitForDone();
    // The dialog of the last check while it is open.
    FileCheckDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    // The check ended: its dialog (or the message box saying why it could not run) is up.
    void done();

private:
    void deliver(const QString& path, const FileCheckReport& report);
    void fail(const QString& path, const QString& message);
    void finish();
    void updateAction();

    QWidget* m_window;
    QAction* m_action;
    QString m_path;
    // Set while the programme checked is on a server (m_path then holds its shown name).
    std::optional<Database::ReaderSpec> m_server;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_running = false;
    QPointer<FileCheckDialog> m_dialog;
};

} // namespace sd
