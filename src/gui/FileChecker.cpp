#include "FileChecker.h"

#include "FileCheckDialog.h"
#include "MessageBox.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QWidget>

namespace sd {

FileChecker::FileChecker(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Check this file"), this))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    m_action->setObjectName(QStringLiteral("checkFileAction"));
    m_action->setStatusTip(
        tr("Check that the open file is intact, that its records keep the programme's rules and that its "
           "results add up"));
    connect(m_action, &QAction::triggered, this, &FileChecker::start);
    // One check at a time: the machine's other core keeps the window responsive.
    m_pool.setMaxThreadCount(1);
    updateAction();
}

FileChecker::~FileChecker()
{
    // The check posts back to this object, which must outlive it: stop it and wait.
    m_stop->store(true);
    m_pool.waitForDone();
}

void FileChecker::setFile(const QString& path)
{
    if (path == m_path && !m_server)
        return;
    // A check of the file that was open no longer concerns the window: it is stopped and says nothing.
    if (m_running) {
        m_stop->store(true);
        m_stop = std::make_shared<std::atomic<bool>>(false);
        finish();
    }
    m_path = path;
    m_server.reset();
    updateAction();
}

void FileChecker::setServer(const Database::ReaderSpec& server, const QString& shownName)
{
    setFile(shownName);
    m_server = server;
}

bool FileChecker::start()
{
    if (m_path.isEmpty() || m_running)
        return false;
    m_running = true;
    updateAction();
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(tr("Checking %1…").arg(QFileInfo(m_path).fileName()));
    m_pool.start([this, path = m_path, server = m_server, stop = m_stop] {
        Result<FileCheckReport> checked = [&]() -> Result<FileCheckReport> {
            Result<std::unique_ptr<Database>> database =
                server ? Database::openReader(*server) : FileCheck::open(path, false);
            if (!database)
                return database.error();
            return FileCheck::run(**database, stop.get());
        }();
        if (stop->load())
            return;
        if (checked) {
            QMetaObject::invokeMethod(
                this, [this, path, report = std::move(checked.value())] { deliver(path, report); },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, path, message = checked.error().message] { fail(path, message); },
                Qt::QueuedConnection);
        }
    });
    return true;
}

void FileChecker::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void FileChecker::deliver(const QString& path, const FileCheckReport& report)
{
    finish();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new FileCheckDialog(QFileInfo(path).fileName(), report, m_window,
                                   m_server ? FileCheckDialog::Place::Server : FileCheckDialog::Place::File);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    Q_EMIT done();
}

void FileChecker::fail(const QString& path, const QString& message)
{
    finish();
    Q_EMIT done();
    MessageBox::warning(m_window, tr("Check %1").arg(QFileInfo(path).fileName()),
                        m_server ? tr("The programme could not be checked. %1").arg(message)
                                 : tr("The file could not be checked. %1").arg(message));
}

void FileChecker::finish()
{
    m_running = false;
    updateAction();
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->clearMessage();
}

void FileChecker::updateAction()
{
    m_action->setEnabled(!m_path.isEmpty() && !m_running);
}

} // namespace sd
