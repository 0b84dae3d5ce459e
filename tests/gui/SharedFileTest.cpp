// The window and the command line on one file: the window's document, with its background read
// connections, stays open while another process imports lists into the file. A window that closed a
// descriptor of its own on the file would drop every POSIX lock of the process: the other process
// would then checkpoint and delete the write-ahead log under the window, and the file would be
// destroyed. Every trial must leave it intact and complete.
#include "ListFiles.h"
#include "MainWindowFixture.h"
#include "Process.h"
#include "ProgrammeDocument.h"
#include "ProjectOverviewPage.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "storage/ProgrammeStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTextStream>

namespace sd::test {
namespace {

class SharedFileTest : public MainWindowFixture
{
protected:
    void addParticipantInTheWindow(const QString& family)
    {
        Participant person;
        person.givenNames = QStringLiteral("Añadida");
        person.familyNames = family;
        person.gender = Gender::Female;
        ASSERT_TRUE(window().document()->addRecord(person).ok());
    }

    // The register counts in the background on read connections of the window's own.
    void showAndCountParticipants()
    {
        window().showRegister(RegisterKind::Participants);
        RegisterModel* model = window().registerPage(RegisterKind::Participants)->model();
        model->setBackgroundCountThreshold(0);
        model->refresh();
        model->waitForCount();
        ASSERT_TRUE(waitUntil([model] { return model->totalKnown(); }));
    }
};

TEST_F(SharedFileTest, WindowAndCommandLineImportsOnOneFileLoseNothing)
{
    const QString a = writeRegistrationList(m_dir.path(QStringLiteral("A.csv")), QStringLiteral("Alfa"), 25);
    const QString b = writeRegistrationList(m_dir.path(QStringLiteral("B.csv")), QStringLiteral("Beta"), 25);
    constexpr int kTrials = 20;
    for (int trial = 0; trial < kTrials; ++trial) {
        SCOPED_TRACE(trial);
        const QString path = m_dir.path(QStringLiteral("p%1.sdesk").arg(trial));
        ASSERT_TRUE(QFile::copy(demoPath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // 1. The window on p.sdesk.
        ASSERT_TRUE(window().openFile(path));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM participant"));
        showAndCountParticipants();
        window().showResults();
        waitForResults();
        // 2. An import from the command line.
        const ProcessRun first = cli({QStringLiteral("import"), path, QStringLiteral("participants"), a});
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        // 3. A participant added in the window, with its read connections counting again.
        addParticipantInTheWindow(QStringLiteral("Primera %1").arg(trial));
        showAndCountParticipants();
        // 4. Another import.
        const ProcessRun second = cli({QStringLiteral("import"), path, QStringLiteral("participants"), b});
        ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
        // 5. Another participant, then quit (the window opens the next file, closing this one).
        addParticipantInTheWindow(QStringLiteral("Segunda %1").arg(trial));
        showAndCountParticipants();
        ASSERT_TRUE(window().openFile(demoPath()));

        const ProcessRun integrity = sqliteShell(path, QStringLiteral("PRAGMA integrity_check"));
        EXPECT_EQ(integrity.out.trimmed(), QStringLiteral("ok")) << integrity.err.toStdString();
        const ProcessRun count = sqliteShell(path, QStringLiteral("SELECT count(*) FROM participant"));
        EXPECT_EQ(count.out.trimmed().toLongLong(), before + 25 + 25 + 2);
        const ProcessRun mine = sqliteShell(
            path, QStringLiteral("SELECT count(*) FROM participant WHERE given_names = 'Añadida'"));
        EXPECT_EQ(mine.out.trimmed(), QStringLiteral("2"));
        const ProcessRun check = cli({QStringLiteral("check"), path});
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
        if (HasFailure())
            break;
    }
}

// A file that cannot be written here (a network share, told to the probe since a test cannot mount one)
// is shown for reading; the title says so, the status bar says why, and a change is refused in plain
// words with the file left as it was.
TEST_F(SharedFileTest, AFileThatCannotBeWrittenIsShownReadOnly)
{
    const QString path = m_dir.path(QStringLiteral("share.sdesk"));
    ASSERT_TRUE(QFile::copy(demoPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileHash(path);
    qputenv("SEMINARDESK_TEST_NETWORK_FILESYSTEM", "SMB/CIFS");
    const bool opened = window().openFile(path);
    qunsetenv("SEMINARDESK_TEST_NETWORK_FILESYSTEM");
    ASSERT_TRUE(opened);
    EXPECT_TRUE(window().document()->isReadOnly());
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("(read-only)")))
        << window().windowTitle().toStdString();
    EXPECT_TRUE(window().document()->readOnlyReason().contains(QStringLiteral("network share")));
    // Nothing offers to change it.
    int offered = 0;
    for (QAction* action : window().findChildren<QAction*>()) {
        const QString text = action->text().remove(QLatin1Char('&'));
        if (action->menu() || text.startsWith(QLatin1String("New programme")))
            continue; // a submenu, and a new file of one's own
        if (text.startsWith(QLatin1String("New ")) || text == u"Edit…" || text == u"Delete…" ||
            text.startsWith(QLatin1String("Import a list"))) {
            ++offered;
            EXPECT_FALSE(action->isEnabled()) << text.toStdString();
        }
    }
    EXPECT_GE(offered, 8);
    // Nor does the overview: its button is off and says why, and no objective or component has an
    // "edit" link.
    auto* editProject = window().overviewPage()->findChild<QPushButton*>(QStringLiteral("editProjectButton"));
    ASSERT_NE(editProject, nullptr);
    EXPECT_FALSE(editProject->isEnabled());
    EXPECT_TRUE(editProject->toolTip().contains(QStringLiteral("network share")))
        << editProject->toolTip().toStdString();
    int labelsWithText = 0;
    for (const QLabel* label : window().overviewPage()->findChildren<QLabel*>()) {
        labelsWithText += label->text().contains(QStringLiteral("Objectives")) ? 1 : 0;
        EXPECT_FALSE(label->text().contains(QStringLiteral("href='objective:")) ||
                     label->text().contains(QStringLiteral("href='component:")))
            << label->text().toStdString();
    }
    EXPECT_EQ(labelsWithText, 1);
    Participant person;
    person.givenNames = QStringLiteral("No");
    person.familyNames = QStringLiteral("Escrita");
    const Result<Id> added = window().document()->addRecord(person);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("read-only")))
        << added.error().message.toStdString();
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("Nothing was changed")));
    ASSERT_TRUE(window().openFile(demoPath()));
    EXPECT_EQ(fileHash(path), before);
    // A file that can be written offers them again.
    editProject = window().overviewPage()->findChild<QPushButton*>(QStringLiteral("editProjectButton"));
    ASSERT_NE(editProject, nullptr);
    EXPECT_TRUE(editProject->isEnabled());
    bool linked = false;
    for (const QLabel* label : window().overviewPage()->findChildren<QLabel*>())
        linked = linked || label->text().contains(QStringLiteral("href='objective:"));
    EXPECT_TRUE(linked);
}

} // namespace
} // namespace sd::test
