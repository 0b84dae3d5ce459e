// Help ▸ Check this file: the rules of `seminardesk-cli check` on the open file, run away from the
// window's thread, and what the dialog says of them.
#include "FileCheckDialog.h"
#include "FileChecker.h"
#include "MainWindowFixture.h"
#include "ProgrammeDocument.h"
#include "storage/Database.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <sqlite3.h>

namespace sd::test {
namespace {

// The action under the Help menu, found as a user finds it.
QAction* helpMenuAction(MainWindow& window, const QString& objectName)
{
    for (QAction* menuAction : window.menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text() != MainWindow::tr("&Help"))
            continue;
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

class FileCheckTest : public MainWindowFixture
{
protected:
    // Changes the open file behind the window's back, as another program (or a fault) would.
    void breakFile(const char* sql)
    {
        sqlite3* db = nullptr;
        const QByteArray name = QFile::encodeName(demoPath());
        ASSERT_EQ(sqlite3_open(name.constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    // Runs the check from the menu and returns the dialog it shows.
    FileCheckDialog* checkFromTheMenu()
    {
        // Dialogs under the offscreen platform (as in MainWindowTest).
        tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
        QAction* action = helpMenuAction(window(), QStringLiteral("checkFileAction"));
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        EXPECT_TRUE(action->isEnabled());
        action->trigger();
        FileChecker* checker = window().fileChecker();
        // The check runs on its own thread: the window's event loop delivers its outcome later, and
        // the action waits for it.
        EXPECT_TRUE(checker->isRunning());
        EXPECT_FALSE(action->isEnabled());
        EXPECT_TRUE(waitUntil([checker] { return checker->dialog() != nullptr; }, 60000));
        EXPECT_FALSE(checker->isRunning());
        EXPECT_TRUE(action->isEnabled());
        return checker->dialog();
    }

    // The rows of the dialog's list: result, rule and what was found.
    static QList<QStringList> rows(FileCheckDialog* dialog)
    {
        QList<QStringList> texts;
        QTreeWidget* list = dialog->findingsList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = list->topLevelItem(i);
            texts.append({item->text(0), item->text(1), item->text(2)});
        }
        return texts;
    }

    // What the core finds on the file, through a connection of the test's own.
    FileCheckReport coreReport()
    {
        Result<std::unique_ptr<Database>> database = FileCheck::open(demoPath(), false);
        EXPECT_TRUE(database.ok()) << database.error().message.toStdString();
        if (!database)
            return {};
        Result<FileCheckReport> report = FileCheck::run(**database);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report ? report.value() : FileCheckReport{};
    }
};

TEST_F(FileCheckTest, TheDemoPassesEveryCheck)
{
    const FileCheckReport expected = coreReport();
    ASSERT_GT(expected.findings.size(), 20);
    ASSERT_EQ(expected.failures(), 0);

    FileCheckDialog* dialog = checkFromTheMenu();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("mexico-ii.sdesk")));
    EXPECT_TRUE(dialog->summaryLabel()->text().startsWith(
        QStringLiteral("All %1 checks passed.").arg(expected.findings.size())))
        << dialog->summaryLabel()->text().toStdString();
    EXPECT_FALSE(dialog->adviceLabel()->isVisible());
    const QList<QStringList> shown = rows(dialog);
    ASSERT_EQ(shown.size(), expected.findings.size());
    for (int i = 0; i < shown.size(); ++i) {
        EXPECT_EQ(shown[i][0], QStringLiteral("Passed"));
        EXPECT_EQ(shown[i][1], expected.findings[i].name);
    }
    dialog->close();
    EXPECT_TRUE(waitUntil([this] { return window().fileChecker()->dialog() == nullptr; }));
}

TEST_F(FileCheckTest, ABrokenRuleComesFirstWithWhatToDo)
{
    // A session moved outside its activity's dates, behind the window's back.
    breakFile("UPDATE session SET date = '2030-01-01' WHERE id = (SELECT min(id) FROM session)");
    const FileCheckReport expected = coreReport();
    ASSERT_EQ(expected.failures(), 1);
    ASSERT_FALSE(expected.damaged);

    FileCheckDialog* dialog = checkFromTheMenu();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->summaryLabel()->text().startsWith(
        QStringLiteral("1 of %1 checks failed on mexico-ii.sdesk.").arg(expected.findings.size())))
        << dialog->summaryLabel()->text().toStdString();
    const QList<QStringList> shown = rows(dialog);
    ASSERT_EQ(shown.size(), expected.findings.size());
    EXPECT_EQ(shown.first(), (QStringList{QStringLiteral("Failed"),
                                          QStringLiteral("sessions lie within their activity's dates"),
                                          QStringLiteral("1 record(s) break it")}));
    for (int i = 1; i < shown.size(); ++i)
        EXPECT_EQ(shown[i][0], QStringLiteral("Passed")) << shown[i][1].toStdString();
    EXPECT_TRUE(dialog->adviceLabel()->isVisible());
    EXPECT_EQ(dialog->adviceLabel()->text(), FileCheckDialog::advice(CheckFinding::Remedy::CorrectRecords));
}

// A CHECK constraint broken behind SQLite's back is found only by a connection that could write (a
// reading connection's integrity_check skips CHECK constraints): the window checks through one.
TEST_F(FileCheckTest, ABrokenCheckConstraintIsCalledDamage)
{
    breakFile("PRAGMA ignore_check_constraints = ON;"
              "UPDATE attendance SET status = 'X' WHERE (enrolment_id, session_id) IN "
              "(SELECT enrolment_id, session_id FROM attendance LIMIT 1);");
    FileCheckDialog* dialog = checkFromTheMenu();
    ASSERT_NE(dialog, nullptr);
    const QList<QStringList> shown = rows(dialog);
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown.first()[0], QStringLiteral("Failed"));
    EXPECT_EQ(shown.first()[1], QStringLiteral("the database file is intact (integrity_check)"));
    EXPECT_TRUE(shown.first()[2].contains(QStringLiteral("CHECK constraint failed")))
        << shown.first()[2].toStdString();
    EXPECT_TRUE(dialog->adviceLabel()->text().startsWith(
        FileCheckDialog::advice(CheckFinding::Remedy::RestoreBackup)))
        << dialog->adviceLabel()->text().toStdString();
}

TEST_F(FileCheckTest, NothingToCheckWithoutAFile)
{
    QAction* action = helpMenuAction(window(), QStringLiteral("checkFileAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    window().closeFile();
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(window().fileChecker()->start());
}

// A check of a file that is closed meanwhile stops, and no dialog speaks of it.
TEST_F(FileCheckTest, ClosingTheFileStopsItsCheck)
{
    FileChecker* checker = window().fileChecker();
    ASSERT_TRUE(checker->start());
    window().closeFile();
    EXPECT_FALSE(checker->isRunning());
    EXPECT_FALSE(checker->action()->isEnabled());
    checker->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_EQ(checker->dialog(), nullptr);
    ASSERT_TRUE(window().openFile(demoPath()));
    EXPECT_TRUE(checker->action()->isEnabled());
}

// Closing the window while a check runs stops the check and waits for nothing more than its end.
TEST_F(FileCheckTest, ClosingTheWindowStopsARunningCheck)
{
    FileChecker* checker = window().fileChecker();
    ASSERT_TRUE(checker->start());
    ASSERT_TRUE(checker->isRunning());
    QElapsedTimer timer;
    timer.start();
    m_window.reset();
    EXPECT_LT(timer.elapsed(), 10000);
}

} // namespace
} // namespace sd::test
