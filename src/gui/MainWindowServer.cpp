// The window's side of a programme on a PostgreSQL server: File ▸ Connect to server…, the recent
// list's servers, the passwords a user asks it to remember, and a connection lost while working.
#include "AppSettings.h"
#include "ConnectDialog.h"
#include "ConnectionGuard.h"
#include "FileWatcher.h"
#include "MainWindow.h"
#include "ProgrammeDocument.h"
#include "ServerPasswords.h"

#include <QApplication>
#include <QStatusBar>
#include <QUndoGroup>

namespace sd {

bool MainWindow::openLocation(const ProgrammeLocation& location, const QString& password)
{
    if (location.isFile())
        return openFile(location.filePath());
    QString secret = password;
    // A password the user asked to remember; else libpq looks in ~/.pgpass and the service file.
    if (secret.isEmpty() && !location.hasSecret())
        secret = ServerPasswords::read(location).value_or(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(location, secret);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        // The same sentence as the command line's, in the dialog where the address or the password
        // can be corrected and the recent servers are at hand.
        showConnectDialog(location, opened.error().message);
        return false;
    }
    setDocument(std::move(opened.value()));
    statusBar()->showMessage(tr("Connected: %1. Every change is written to the server as you make it.")
                                 .arg(m_document->displayName()),
                             10000);
    return true;
}

ConnectDialog* MainWindow::connectDialog() const
{
    return m_connectDialog;
}

void MainWindow::connectToServer()
{
    showConnectDialog({}, {});
}

void MainWindow::showConnectDialog(const ProgrammeLocation& prefill, const QString& failure)
{
    if (!m_connectDialog) {
        m_connectDialog = new ConnectDialog(AppSettings::recentServers(), this);
        connect(m_connectDialog, &QDialog::accepted, this, &MainWindow::connectFromDialog);
    }
    if (prefill.isServer())
        m_connectDialog->setLocation(prefill);
    m_connectDialog->setFailure(failure);
    m_connectDialog->open();
    m_connectDialog->raise();
    m_connectDialog->activateWindow();
}

void MainWindow::connectFromDialog()
{
    ConnectDialog* dialog = m_connectDialog;
    const ProgrammeLocation location = dialog->location();
    QString password = dialog->password();
    const bool remember = dialog->rememberPassword();
    if (password.isEmpty())
        password = ServerPasswords::read(location).value_or(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(location, password);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        dialog->setFailure(opened.error().message);
        dialog->open();
        return;
    }
    m_connectDialog = nullptr;
    dialog->deleteLater();
    setDocument(std::move(opened.value()));
    QString said = tr("Connected: %1. Every change is written to the server as you make it.")
                       .arg(m_document->displayName());
    if (remember) {
        const Status kept = ServerPasswords::write(location, dialog->password());
        said = kept ? tr("Connected: %1. The password is remembered in this computer's keychain.")
                          .arg(m_document->displayName())
                    : kept.error().message;
    }
    statusBar()->showMessage(said, 10000);
}

ConnectionGuard* MainWindow::connectionGuard() const
{
    return m_document ? m_document->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)
                      : nullptr;
}

void MainWindow::watchConnection()
{
    auto* guard = new ConnectionGuard(*m_document, m_connectionBanner);
    connect(guard, &ConnectionGuard::lost, this, [this] {
        // The read-only path: every action that changes the programme is off, and so are undo and
        // redo, whose steps could not be written either.
        m_undoGroup->setActiveStack(nullptr);
        updateTitle();
        updateActions();
        statusBar()->showMessage(tr("The connection to %1 was lost. Your changes are not being saved; "
                                    "reconnecting…")
                                     .arg(m_document->serverName()));
    });
    connect(guard, &ConnectionGuard::restored, this, [this](bool historyKept) {
        m_undoGroup->setActiveStack(m_document->undoStack());
        updateTitle();
        // Whatever others changed meanwhile, and a change whose answer was lost, is shown as the
        // server has it now.
        m_watcher->resynchronise();
        onDocumentChanged(int(ProgrammeDocument::Scope::Everything));
        statusBar()->showMessage(
            historyKept ? tr("Connected to %1 again; every change is written to the server as you make it.")
                              .arg(m_document->serverName())
                        : tr("Connected to %1 again. The last change may or may not have reached the server; "
                             "the undo history was cleared.")
                              .arg(m_document->serverName()),
            15000);
    });
}

} // namespace sd
