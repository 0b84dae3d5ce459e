#include "AppSettings.h"
#include "ConnectDialog.h"
#include "ConnectionBanner.h"
#include "ConnectionGuard.h"
#include "DocumentPrinter.h"
#include "DocumentReports.h"
#include "FileCheckDialog.h"
#include "FileChecker.h"
#include "FileDialog.h"
#include "FileWatcher.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PgTestServer.h"
#include "Process.h"
#include "ProgrammeDocument.h"
#include "Readers.h"
#include "commands/EditActions.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTableView.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace sd::test {
namespace {

// The window on a programme that lives on the test's PostgreSQL server: the demo published there as
// an IT officer does it (seminardesk-cli server init, then copy), then opened through File ▸ Connect
// to server…, used as an officer and a coordinator would, and checked on the server through a
// connection of the test's own.
class ServerWindowTest : public PgDatabaseTest
{
protected:
    void whenCreated() override
    {
        AppSettings::clearRecentFiles();
        m_url = m_database->socketUri();
        publishDemo();
        ASSERT_FALSE(HasFatalFailure());
        Result<QSqlDatabase> own = openConnection(m_url, QStringLiteral("server-window-test"));
        ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
        m_db = *own;
    }

    void TearDown() override
    {
        AppSettings::clearRecentFiles();
        PgDatabaseTest::TearDown();
    }

    // The window's programme opened from the test server's address.
    ProgrammeDocument* openInWindow(MainWindow& window)
    {
        const Result<ProgrammeLocation> address = ProgrammeLocation::parse(m_url);
        EXPECT_TRUE(address.ok());
        if (!address || !window.openLocation(*address))
            return nullptr;
        return window.document();
    }

    // Ends the document's connection on the server, as a network fault or a restarted server does,
    // and waits until the server has let it go.
    void cutConnection(ProgrammeDocument& document)
    {
        QSqlQuery own(document.store().database().connection());
        ASSERT_TRUE(own.exec(QStringLiteral("SELECT pg_backend_pid()")) && own.next());
        const qint64 pid = own.value(0).toLongLong();
        own = QSqlQuery();
        EXPECT_EQ(scalar(QStringLiteral("SELECT pg_terminate_backend(?)::int"), {pid}), 1);
        for (int waited = 0; waited < 100; ++waited) {
            if (scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}) == 0)
                return;
            QThread::msleep(50);
        }
        ADD_FAILURE() << "the server did not end the window's connection";
    }

    qint64 participantsNamed(const QString& familyNames)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM participant WHERE family_names = ?"),
                      {familyNames});
    }

    static Participant newParticipant(const QString& familyNames)
    {
        Participant person;
        person.givenNames = QStringLiteral("Rosa");
        person.familyNames = familyNames;
        return person;
    }

    QString m_url;
};

bool actionEnabled(const MainWindow& window, const char* name)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(action, nullptr) << name;
    return action && action->isEnabled();
}

TEST_F(ServerWindowTest, ConnectsTakesAttendanceUndoesRedoesAndPrintsACertificate)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();

    // File ▸ Connect to server…, filled in from the parts of the address.
    window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
    ConnectDialog* dialog = window.connectDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    const Result<ProgrammeLocation> address = ProgrammeLocation::parse(m_url);
    ASSERT_TRUE(address.ok());
    dialog->setLocation(*address);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_NE(window.document(), nullptr)
        << (dialog ? dialog->failureLabel()->text().toStdString() : std::string());
    EXPECT_EQ(window.connectDialog(), nullptr);
    ProgrammeDocument& document = *window.document();
    EXPECT_TRUE(document.isOnServer());

    // Where the programme lives and as whom, in the title and the status bar; the recent list holds
    // the server.
    const QString where =
        QStringLiteral("%1 on this computer as %2").arg(address->database(), server.adminUser);
    EXPECT_EQ(document.displayName(), where);
    EXPECT_TRUE(window.windowTitle().startsWith(where)) << window.windowTitle().toStdString();
    EXPECT_TRUE(window.statusCounts().startsWith(where)) << window.statusCounts().toStdString();
    EXPECT_EQ(AppSettings::recentFiles().value(0).toStdString(), address->storableText().toStdString());
    EXPECT_EQ(AppSettings::lastFile().toStdString(), address->storableText().toStdString());

    // Attendance of activity 2.1, taken in the window: one cell marked excused, saved to the server.
    const Id activity = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
    ASSERT_GT(activity, 0);
    const QString excusedSql = QStringLiteral(
        "SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.activity_id = ? "
        "AND a.status = 'excused'");
    const qint64 excusedBefore = scalar(excusedSql, {activity});
    window.showActivity(activity);
    window.openAttendance(activity);
    QApplication::processEvents();
    auto* sheet = window.findChild<AttendanceDialog*>();
    ASSERT_NE(sheet, nullptr);
    auto* grid = sheet->findChild<AttendanceTableView*>(QStringLiteral("attendanceView"));
    ASSERT_NE(grid, nullptr);
    int row = 0;
    while (row < sheet->visibleSheet()->rowCount() &&
           sheet->visibleSheet()->index(row, AttendanceModel::kFirstSessionColumn).data().toString() ==
               QStringLiteral("E"))
        ++row;
    ASSERT_LT(row, sheet->visibleSheet()->rowCount());
    grid->setCurrentIndex(sheet->visibleSheet()->index(row, AttendanceModel::kFirstSessionColumn));
    QTest::keyClick(grid, Qt::Key_E);
    ASSERT_TRUE(sheet->save());
    EXPECT_EQ(scalar(excusedSql, {activity}), excusedBefore + 1) << "the mark is on the server";

    // Undo and redo write to the server too.
    QUndoStack* history = document.undoStack();
    ASSERT_EQ(history->count(), 1);
    history->undo();
    EXPECT_EQ(scalar(excusedSql, {activity}), excusedBefore);
    history->redo();
    EXPECT_EQ(scalar(excusedSql, {activity}), excusedBefore + 1);

    // The activity's certificates, printed to PDF from the server's data: one a person who reaches
    // the threshold, each with their name.
    const QString certificates = m_home.path(QStringLiteral("certificates.pdf"));
    DocumentReports::setNextThreshold(75);
    DocumentPrinter::setNextPreviewOutput(certificates, PaperSize::A4);
    ASSERT_TRUE(window.printActivityCertificates());
    const qint64 reaching =
        scalar(QStringLiteral(
                   "SELECT count(*) FROM enrolment e WHERE e.activity_id = ? AND (SELECT count(*) FROM "
                   "attendance t WHERE t.enrolment_id = e.id AND t.status IN ('present', 'late')) * 100.0 "
                   ">= 75 * (SELECT count(*) FROM session s WHERE s.activity_id = e.activity_id)"),
               {activity});
    ASSERT_GT(reaching, 0);
    EXPECT_EQ(pdfInfo(certificates, QStringLiteral("Pages")).toInt(), reaching);
    QSqlQuery family(m_db);
    ASSERT_TRUE(family.exec(QStringLiteral("SELECT p.family_names FROM enrolment e JOIN participant p ON "
                                           "p.id = e.participant_id JOIN activity a ON a.id = e.activity_id "
                                           "WHERE a.code = '2.1' ORDER BY p.id LIMIT 1")) &&
                family.next());
    EXPECT_TRUE(withoutSpaces(pdfText(certificates)).contains(withoutSpaces(family.value(0).toString())));

    window.closeFile();
}

TEST_F(ServerWindowTest, SavesAnOfflineCopyOfTheServerProgrammeIntoAFile)
{
    // Connected as a user whose password only the window knows (no ~/.pgpass, no service entry):
    // the copy reads the server with the password the window connected with.
    for (const char* grant : {"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1",
                              "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1"}) {
        QSqlQuery query(m_db);
        ASSERT_TRUE(query.exec(QString::fromLatin1(grant).arg(server.passwordUser)));
    }
    MainWindow window;
    window.show();
    const Result<ProgrammeLocation> address =
        ProgrammeLocation::parse(server.tcpUri(m_database->name(), server.passwordUser));
    ASSERT_TRUE(address.ok());
    ASSERT_TRUE(window.openLocation(*address, server.password));
    ASSERT_NE(window.document(), nullptr);

    auto* saveCopy = window.findChild<QAction*>(QStringLiteral("saveCopyAction"));
    auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
    ASSERT_NE(saveCopy, nullptr);
    ASSERT_NE(restore, nullptr);
    EXPECT_TRUE(saveCopy->isEnabled());
    EXPECT_TRUE(saveCopy->toolTip().contains(QStringLiteral("offline copy")))
        << saveCopy->toolTip().toStdString();
    // A server's backups are its IT officer's: no restore from the window.
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(restore->toolTip().contains(QStringLiteral("IT officer")))
        << restore->toolTip().toStdString();

    // An existing file chosen in the dialog (which asked before replacing it) is replaced once the copy
    // is complete.
    const QString copy = m_home.write(QStringLiteral("offline.sdesk"), "an older file of the same name\n");
    ASSERT_FALSE(copy.isEmpty());
    FileDialog::setNextFileName(copy);
    saveCopy->trigger();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("offline.sdesk")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));

    // The copy is a whole programme file: check passes, and it holds what the server holds.
    const ProcessOptions options = withEnvironment(QProcessEnvironment::systemEnvironment());
    const ProcessRun check = cli({QStringLiteral("check"), copy}, options);
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const Result<ProgrammeStore::FileCounts> counts = opened.value()->store().fileCounts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->participants, scalar(QStringLiteral("SELECT count(*) FROM participant")));
    EXPECT_EQ(counts->institutions, scalar(QStringLiteral("SELECT count(*) FROM institution")));
    EXPECT_EQ(counts->experts, scalar(QStringLiteral("SELECT count(*) FROM expert")));
    opened.value().reset();
    for (const QString& key : {QStringLiteral("activity"), QStringLiteral("gender")}) {
        const QStringList arguments{QStringLiteral("--by"), key, QStringLiteral("--format"),
                                    QStringLiteral("json")};
        const ProcessRun fromFile = cli(QStringList{QStringLiteral("results"), copy} + arguments, options);
        const ProcessRun fromServer = cli(QStringList{QStringLiteral("results"), m_url} + arguments, options);
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
        EXPECT_EQ(fromFile.out, fromServer.out) << key.toStdString();
    }

    // Help ▸ Check this file says what it checked on a server, not SQLite's look at a file.
    FileChecker* checker = window.fileChecker();
    ASSERT_TRUE(checker->start());
    checker->waitForDone();
    ASSERT_NE(checker->dialog(), nullptr);
    const QString summary = checker->dialog()->summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("foreign key the server has checked")))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("SQLite"))) << summary.toStdString();
    checker->dialog()->close();

    // A copy that cannot be written says why, and leaves nothing behind.
    const QString nowhere = m_home.path(QStringLiteral("no-such-folder/offline.sdesk"));
    FileDialog::setNextFileName(nowhere);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(window.saveCopy());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("does not exist")))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    window.closeFile();
}

TEST_F(ServerWindowTest, AServerThatCannotBeReachedBringsTheConnectDialogBackWithWhy)
{
    MainWindow window;
    window.show();
    // A database that does not exist on the server.
    const Result<ProgrammeLocation> missing =
        ProgrammeLocation::parse(server.socketUri(QStringLiteral("no_such_programme")));
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(window.openLocation(*missing));
    EXPECT_EQ(window.document(), nullptr);
    ConnectDialog* dialog = window.connectDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->failureLabel()->isVisible());
    EXPECT_TRUE(dialog->failureLabel()->text().contains(QStringLiteral("no_such_programme")))
        << dialog->failureLabel()->text().toStdString();
    EXPECT_EQ(dialog->databaseField()->text(), QStringLiteral("no_such_programme"));

    // Corrected in the dialog, the same connection goes through.
    dialog->databaseField()->setText(ProgrammeLocation::parse(m_url)->database());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.document()->isOnServer());
    window.closeFile();
}

TEST_F(ServerWindowTest, ALostConnectionStopsEditsUntilTheWindowHasReconnectedByItself)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ProgrammeDocument* document = openInWindow(window);
    ASSERT_NE(document, nullptr);
    ASSERT_TRUE(document->addRecord(newParticipant(QStringLiteral("Antes"))).ok());
    ASSERT_EQ(document->undoStack()->count(), 1);
    EXPECT_TRUE(actionEnabled(window, "undoAction"));
    EXPECT_FALSE(window.connectionBanner()->isVisible());

    // Lost while the window is idle: the check every two seconds finds it.
    cutConnection(*document);
    window.fileWatcher()->checkNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.connectionBanner()->isVisible(); }));
    EXPECT_TRUE(document->isConnectionLost());
    EXPECT_TRUE(window.connectionBanner()->text().contains(QStringLiteral("was lost")))
        << window.connectionBanner()->text().toStdString();
    EXPECT_TRUE(window.connectionBanner()->text().contains(QStringLiteral("not being saved")));
    EXPECT_TRUE(window.connectionBanner()->reconnectButton()->isVisible());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("(disconnected)")))
        << window.windowTitle().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("reconnecting")))
        << window.statusBar()->currentMessage().toStdString();
    // Nothing offers a change, undo and redo included, and a change asked for anyway is refused.
    EXPECT_FALSE(actionEnabled(window, "newParticipantAction"));
    EXPECT_FALSE(actionEnabled(window, "undoAction"));
    EXPECT_FALSE(actionEnabled(window, "redoAction"));
    EXPECT_TRUE(document->isReadOnly());
    EXPECT_FALSE(document->addRecord(newParticipant(QStringLiteral("Durante"))).ok());
    EXPECT_EQ(document->undoStack()->count(), 1);
    // What a page still offers (the overview's "edit" links) says why instead of opening an editor.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.editActions()->newRecord(RecordKind::Participant, 0);
    EXPECT_EQ(window.editActions()->openDialog(), nullptr);
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Nothing can be changed now"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("was lost")))
        << MessageBox::lastText().toStdString();

    // The first attempt comes a second later and finds the server.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document->isConnectionLost(); }, 10000));
    EXPECT_EQ(window.document(), document) << "the same document carries on";
    EXPECT_FALSE(window.connectionBanner()->isVisible());
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("(disconnected)")));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("again")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(actionEnabled(window, "newParticipantAction"));
    // Each undo step checks its record's version before it writes: the history is kept.
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_TRUE(actionEnabled(window, "undoAction"));

    // An edit afterwards is saved, and the undo from before the loss is written too.
    ASSERT_TRUE(document->addRecord(newParticipant(QStringLiteral("Después"))).ok());
    EXPECT_EQ(participantsNamed(QStringLiteral("Después")), 1);
    EXPECT_EQ(participantsNamed(QStringLiteral("Durante")), 0);
    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(participantsNamed(QStringLiteral("Después")), 0);
    EXPECT_EQ(participantsNamed(QStringLiteral("Antes")), 0);
    window.closeFile();
    EXPECT_FALSE(window.connectionBanner()->isVisible());
}

TEST_F(ServerWindowTest, WhileTheServerRefusesConnectionsTheWindowWaitsLongerAndReconnectNowTriesAtOnce)
{
    MainWindow window;
    window.show();
    ProgrammeDocument* document = openInWindow(window);
    ASSERT_NE(document, nullptr);
    const QString database = ProgrammeLocation::parse(m_url)->database();
    // As a server that is restarting: nobody may connect for a while.
    executeOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database));
    auto allowAgain = qScopeGuard([this, database] {
        executeOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database));
    });
    cutConnection(*document);
    EXPECT_FALSE(document->dataVersion().ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.connectionBanner()->isVisible(); }));
    ConnectionGuard* guard = window.connectionGuard();
    ASSERT_NE(guard, nullptr);
    EXPECT_EQ(guard->nextDelayMs(), ConnectionGuard::kFirstDelayMs);

    ASSERT_TRUE(QTest::qWaitFor([&] { return guard->failedAttempts() >= 1; }, 10000));
    EXPECT_TRUE(document->isConnectionLost());
    EXPECT_EQ(guard->nextDelayMs(), 2 * ConnectionGuard::kFirstDelayMs);
    EXPECT_TRUE(guard->isWaiting());
    EXPECT_TRUE(window.connectionBanner()->text().contains(QStringLiteral("Next attempt in 2 seconds")))
        << window.connectionBanner()->text().toStdString();
    EXPECT_FALSE(actionEnabled(window, "newParticipantAction"));

    allowAgain.dismiss();
    executeOnServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database));
    QTest::mouseClick(window.connectionBanner()->reconnectButton(), Qt::LeftButton);
    EXPECT_FALSE(document->isConnectionLost());
    EXPECT_FALSE(guard->isWaiting());
    EXPECT_FALSE(window.connectionBanner()->isVisible());
    ASSERT_TRUE(document->addRecord(newParticipant(QStringLiteral("Reconectada"))).ok());
    EXPECT_EQ(participantsNamed(QStringLiteral("Reconectada")), 1);
    window.closeFile();
}

TEST_F(ServerWindowTest, AChangeWhoseCommitLostItsAnswerIsNeverWrittenTwice)
{
    MainWindow window;
    window.show();
    ProgrammeDocument* document = openInWindow(window);
    ASSERT_NE(document, nullptr);
    ASSERT_TRUE(document->addRecord(newParticipant(QStringLiteral("Antes"))).ok());
    // The window's connection dies while the server is answering COMMIT: a deferred trigger, which
    // runs inside COMMIT, ends its own connection.
    execute(QStringLiteral("CREATE FUNCTION sd_test_end_connection() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"));
    execute(QStringLiteral("CREATE CONSTRAINT TRIGGER sd_test_end_connection AFTER INSERT ON participant "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                           "sd_test_end_connection()"));
    const Result<Id> added = document->addRecord(newParticipant(QStringLiteral("En vuelo")));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("may or may not have reached the server")))
        << added.error().message.toStdString();
    EXPECT_TRUE(document->store().database().commitOutcomeUnknown());
    EXPECT_EQ(document->undoStack()->count(), 1) << "the failed change is not in the history";
    execute(QStringLiteral("DROP TRIGGER sd_test_end_connection ON participant"));

    // Connected again by itself, nothing is tried again: the server holds the change at most once
    // (here not at all), the history that may no longer match it is gone, and the banner says so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document->isConnectionLost(); }, 10000));
    EXPECT_EQ(participantsNamed(QStringLiteral("En vuelo")), 0);
    EXPECT_EQ(participantsNamed(QStringLiteral("Antes")), 1);
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_FALSE(actionEnabled(window, "undoAction"));
    EXPECT_TRUE(window.connectionBanner()->isVisible());
    EXPECT_TRUE(window.connectionBanner()->text().contains(QStringLiteral("may or may not")))
        << window.connectionBanner()->text().toStdString();
    EXPECT_FALSE(window.connectionBanner()->reconnectButton()->isVisible());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("undo history was cleared")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(actionEnabled(window, "newParticipantAction"));
    QTest::mouseClick(window.connectionBanner()->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(window.connectionBanner()->isVisible());

    // Made again by the user, the change is on the server once.
    ASSERT_TRUE(document->addRecord(newParticipant(QStringLiteral("En vuelo"))).ok());
    EXPECT_EQ(participantsNamed(QStringLiteral("En vuelo")), 1);
    window.closeFile();
}

} // namespace
} // namespace sd::test
