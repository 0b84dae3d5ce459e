// The installed app's behaviour at start: the demo programme on a first run, in the data folder the
// README names; a later start with a file hands it to the running Seminar Desk, which opens it in a
// new window or brings forward the window that shows it; a socket left by a crash does not stop the
// next start. Real seminardesk processes, the offscreen platform, the log read back.

#include "TempDir.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>

namespace {

using sd::test::TempDir;

constexpr int kTimeoutMs = 90000; // two cores shared with the rest of the test run

// A user session of its own: runtime folder (the instance socket), settings, data folder.
class Session
{
public:
    Session()
    {
        for (const char* folder : {"run", "config", "data", "home"})
            EXPECT_TRUE(QDir().mkpath(m_dir.path(QString::fromLatin1(folder))));
        QFile::setPermissions(m_dir.path(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.remove(QStringLiteral("SEMINARDESK_LOG_DIR")); // the logs go where the README says
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("SEMINARDESK_LANGUAGE"), QStringLiteral("en"));
        m_environment.insert(QStringLiteral("HOME"), m_dir.path(QStringLiteral("home")));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path(QStringLiteral("run")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path(QStringLiteral("data")));
    }

    ~Session()
    {
        for (const std::unique_ptr<QProcess>& process : m_running) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(kTimeoutMs);
            }
        }
    }

    // README: "the user's data folder (~/.local/share/SeminarDesk/seminardesk/ on Linux)".
    QString dataFolder() const { return m_dir.path(QStringLiteral("data/SeminarDesk/seminardesk")); }
    QString socketPath() const { return m_dir.path(QStringLiteral("run/seminardesk.instance")); }
    QString path(const QString& name) const { return m_dir.path(name); }

    QProcess* start(const QStringList& arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(SD_APP_PATH), arguments);
        EXPECT_TRUE(process->waitForStarted(kTimeoutMs)) << process->errorString().toStdString();
        m_running.push_back(std::move(process));
        return m_running.back().get();
    }

    // Runs a later start to its end and returns its exit status (-1: it did not end by itself).
    int runToEnd(const QStringList& arguments)
    {
        QProcess* process = start(arguments);
        if (!process->waitForFinished(kTimeoutMs) || process->exitStatus() != QProcess::NormalExit)
            return -1;
        return process->exitCode();
    }

    int cli(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(SD_CLI_PATH), arguments);
        if (!process.waitForFinished(kTimeoutMs))
            return -1;
        return process.exitCode();
    }

    QString log() const
    {
        QFile file(QDir(dataFolder()).filePath(QStringLiteral("seminardesk.log")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // Waits until the window's log holds `text` `times` times or more.
    bool waitForLog(const QString& text, int times = 1) const
    {
        QDeadlineTimer deadline(kTimeoutMs);
        while (!deadline.hasExpired()) {
            if (log().count(text) >= times)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

private:
    TempDir m_dir;
    QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<QProcess>> m_running;
};

TEST(AppInstance, FirstRunOpensTheDemoProgrammeFromTheDataFolderTheReadmeNames)
{
    Session session;
    QProcess* app = session.start({});
    ASSERT_TRUE(session.waitForLog(QStringLiteral("the window is ready (1 open)")))
        << session.log().toStdString();
    EXPECT_TRUE(
        session.log().contains(QStringLiteral("wrote the demo programme into the user's data folder")));

    // The demo is a programme file that the command line reads, and the command line's log lands
    // beside the window's.
    const QString demo = QDir(session.dataFolder()).filePath(QStringLiteral("mexico-ii.sdesk"));
    ASSERT_TRUE(QFileInfo::exists(demo));
    EXPECT_EQ(session.cli({QStringLiteral("check"), demo}), 0);
    EXPECT_TRUE(
        QFileInfo::exists(QDir(session.dataFolder()).filePath(QStringLiteral("seminardesk-cli.log"))));
    EXPECT_EQ(app->state(), QProcess::Running);
}

TEST(AppInstance, ALaterStartOpensItsFileInANewWindowOrRaisesTheWindowThatShowsIt)
{
    Session session;
    const QString first = session.path(QStringLiteral("first.sdesk"));
    const QString second = session.path(QStringLiteral("second.sdesk"));
    ASSERT_EQ(session.cli({QStringLiteral("demo"), first}), 0);
    ASSERT_EQ(session.cli({QStringLiteral("demo"), second}), 0);

    QProcess* app = session.start({first});
    ASSERT_TRUE(session.waitForLog(QStringLiteral("the window is ready (1 open)")))
        << session.log().toStdString();
    ASSERT_TRUE(QFileInfo::exists(session.socketPath()));

    // Another file: the later start ends at once, the running app opens a second window.
    EXPECT_EQ(session.runToEnd({second}), 0);
    EXPECT_TRUE(session.waitForLog(QStringLiteral("opened it in a new window (2 open)")))
        << session.log().toStdString();

    // The first file again, named another way (relative to another folder, through a link): the
    // window that shows it comes forward, no third window.
    const QString link = session.path(QStringLiteral("home/link-to-first.sdesk"));
    ASSERT_TRUE(QFile::link(first, link));
    EXPECT_EQ(session.runToEnd({link}), 0);
    EXPECT_TRUE(
        session.waitForLog(QStringLiteral("a file already open: brought its window to the front (2 open)")))
        << session.log().toStdString();
    EXPECT_EQ(session.runToEnd(
                  {QDir(session.path(QStringLiteral("home"))).filePath(QStringLiteral("../second.sdesk"))}),
              0);
    EXPECT_TRUE(session.waitForLog(
        QStringLiteral("a file already open: brought its window to the front (2 open)"), 2))
        << session.log().toStdString();

    // From the menu, with no file: the running window comes forward.
    EXPECT_EQ(session.runToEnd({}), 0);
    EXPECT_TRUE(
        session.waitForLog(QStringLiteral("a later start without a file: brought a window to the front")))
        << session.log().toStdString();

    EXPECT_EQ(session.log().count(QStringLiteral("handed the start over")), 4);
    EXPECT_EQ(app->state(), QProcess::Running);
}

TEST(AppInstance, ASocketLeftByACrashDoesNotStopTheNextStart)
{
    Session session;
    const QString file = session.path(QStringLiteral("programme.sdesk"));
    ASSERT_EQ(session.cli({QStringLiteral("demo"), file}), 0);

    QProcess* crashed = session.start({file});
    ASSERT_TRUE(session.waitForLog(QStringLiteral("the window is ready (1 open)")))
        << session.log().toStdString();
    crashed->kill();
    ASSERT_TRUE(crashed->waitForFinished(kTimeoutMs));
    ASSERT_TRUE(QFileInfo::exists(session.socketPath())) << "SIGKILL should leave the socket behind";

    // The next start finds nobody behind the socket: it becomes the running Seminar Desk itself.
    QProcess* next = session.start({file});
    ASSERT_TRUE(session.waitForLog(QStringLiteral("the window is ready (1 open)"), 2))
        << session.log().toStdString();
    EXPECT_EQ(next->state(), QProcess::Running);
    EXPECT_FALSE(session.log().contains(QStringLiteral("cannot listen")));

    // And it answers the start after it.
    EXPECT_EQ(session.runToEnd({file}), 0);
    EXPECT_TRUE(
        session.waitForLog(QStringLiteral("a file already open: brought its window to the front (1 open)")))
        << session.log().toStdString();
}

} // namespace
