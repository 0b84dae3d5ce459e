// The demo says it is a demo, and the way out of it: the banner above the pages, its warning at the
// first change, and the new-programme wizard that the banner and File ▸ New programme open.
#include "NewProgrammeWizard.h"

#include "DemoBanner.h"
#include "FileDialog.h"
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "NavigatorModel.h"
#include "ProgrammeDocument.h"
#include "commands/EditActions.h"

#include <QAction>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

class NewProgrammeWizardTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        // The wizard lets its layout set its minimum size once shown, which the offscreen platform reports.
        tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    }

    NewProgrammeWizard* wizard() { return window().findChild<NewProgrammeWizard*>(); }

    template <typename Widget>
    Widget* field(const char* name)
    {
        auto* widget = wizard() ? wizard()->findChild<Widget*>(QLatin1String(name)) : nullptr;
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types a component's title into the cell editor the wizard opened, and commits it as Enter does.
    void typeComponent(const QString& title)
    {
        auto* table = field<QTableWidget>("componentsTable");
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the editors closed before
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        ASSERT_NE(editor, nullptr) << "a component's title is typed straight away";
        ASSERT_TRUE(editor->isVisible());
        QTest::keyClicks(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits the title from the event loop
    }

    // The project page and the components page, as an officer fills them in.
    void fillProjectAndComponents()
    {
        ASSERT_NE(wizard(), nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard()));
        // Typed into as an officer would: in the active window.
        wizard()->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(wizard()));
        EXPECT_FALSE(wizard()->button(QWizard::NextButton)->isEnabled()) << "no code, no title yet";
        QTest::keyClicks(field<QLineEdit>("codeEdit"), QStringLiteral("MX-III"));
        QTest::keyClicks(field<QLineEdit>("titleEdit"), QStringLiteral("Mexico III: Labour migration"));
        field<QDateEdit>("startDateEdit")->setDate(QDate(2026, 1, 1));
        field<QDateEdit>("endDateEdit")->setDate(QDate(2027, 12, 31));
        ASSERT_TRUE(wizard()->button(QWizard::NextButton)->isEnabled())
            << field<QLabel>("projectProblems")->text().toStdString();
        wizard()->next();
        ASSERT_EQ(wizard()->currentId(), NewProgrammeWizard::ComponentsPageId);
        typeComponent(QStringLiteral("Labour market integration"));
        field<QPushButton>("addComponentButton")->click();
        typeComponent(QStringLiteral("To be removed"));
        field<QPushButton>("addComponentButton")->click();
        EXPECT_FALSE(wizard()->button(QWizard::NextButton)->isEnabled()) << "component 3 has no title";
        EXPECT_TRUE(
            field<QLabel>("componentsProblems")->text().contains(QStringLiteral("Component 3 has no title")));
        typeComponent(QStringLiteral("Health services for migrants"));
        auto* table = field<QTableWidget>("componentsTable");
        table->setCurrentCell(1, 0);
        field<QPushButton>("removeComponentButton")->click();
        ASSERT_EQ(table->rowCount(), 2);
        EXPECT_EQ(table->verticalHeaderItem(1)->text(), QStringLiteral("Component 2")) << "renumbered";
        ASSERT_TRUE(wizard()->button(QWizard::NextButton)->isEnabled());
        wizard()->next();
        ASSERT_EQ(wizard()->currentId(), NewProgrammeWizard::FilePageId);
    }
};

TEST_F(NewProgrammeWizardTest, TheDemoSaysItIsADemo)
{
    DemoBanner* banner = window().demoBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(
        banner->text().contains(QStringLiteral("Demo programme: Mexico II</b>, with fictional people.")))
        << banner->text().toStdString();
    EXPECT_FALSE(banner->isProminent());
    EXPECT_EQ(banner->startButton()->text(), QStringLiteral("&Start your own programme…"));
    // Closed, the window shows no banner.
    window().closeFile();
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(NewProgrammeWizardTest, TheFirstChangeToTheDemoIsWarnedOfOnceWithoutStoppingIt)
{
    DemoBanner* banner = window().demoBanner();
    Participant person;
    person.givenNames = QStringLiteral("Ana Lucía");
    person.familyNames = QStringLiteral("Ramírez Soto");
    ASSERT_TRUE(window().document()->addRecord(person).ok()) << "the change is made";
    EXPECT_TRUE(banner->isProminent());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("You have just changed it.")));
    EXPECT_TRUE(
        window().statusBar()->currentMessage().contains(QStringLiteral("went into the demo programme")))
        << window().statusBar()->currentMessage().toStdString();

    // Later changes, and the demo opened again, are not warned of again in this window.
    window().statusBar()->clearMessage();
    person.givenNames = QStringLiteral("José Ángel");
    ASSERT_TRUE(window().document()->addRecord(person).ok());
    EXPECT_TRUE(window().statusBar()->currentMessage().isEmpty());
    EXPECT_TRUE(banner->isProminent());
    ASSERT_TRUE(window().openFile(demoPath()));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->isProminent());
    person.givenNames = QStringLiteral("María José");
    ASSERT_TRUE(window().document()->addRecord(person).ok());
    EXPECT_FALSE(banner->isProminent());
    EXPECT_TRUE(window().statusBar()->currentMessage().isEmpty());
}

TEST_F(NewProgrammeWizardTest, ANewRecordInTheDemoAsksFirstWhetherToStartAProgrammeOfOnesOwn)
{
    QAction* newParticipant = window().findChild<QAction*>(QStringLiteral("newParticipantAction"));
    ASSERT_NE(newParticipant, nullptr);
    // Yes, the default: the wizard, and no participant dialog on the demo.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    newParticipant->trigger();
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("This is the demo programme"));
    ASSERT_NE(wizard(), nullptr);
    EXPECT_EQ(window().editActions()->openDialog(), nullptr);
    wizard()->reject();
    ASSERT_TRUE(waitUntil([this] { return wizard() == nullptr; }));

    // No: the demo is tried, and not asked about again while it stays open.
    MessageBox::setNextAnswer(QMessageBox::No);
    newParticipant->trigger();
    QWidget* dialog = window().editActions()->openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(wizard(), nullptr);
    dialog->close();
    ASSERT_TRUE(waitUntil([this] { return window().editActions()->openDialog() == nullptr; }));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    newParticipant->trigger();
    EXPECT_NE(window().editActions()->openDialog(), nullptr) << "not asked again";
    EXPECT_EQ(wizard(), nullptr);
    window().editActions()->openDialog()->close();
    MessageBox::information(nullptr, QStringLiteral("unused"), QString()); // takes the answer not asked for

    // Opened again, the demo asks again.
    ASSERT_TRUE(window().openFile(demoPath()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    newParticipant->trigger();
    EXPECT_NE(wizard(), nullptr);
    wizard()->reject();
}

TEST_F(NewProgrammeWizardTest, StartYourOwnProgrammeWritesTheProjectAndItsComponentsAndOpensIt)
{
    window().demoBanner()->startButton()->click();
    fillProjectAndComponents();
    // The file is suggested from the code, beside the open file; Choose… asks the save dialog.
    auto* path = field<QLineEdit>("pathEdit");
    EXPECT_EQ(QFileInfo(path->text()).fileName(), QStringLiteral("mx-iii.sdesk"));
    EXPECT_EQ(QFileInfo(path->text()).absolutePath(), QFileInfo(demoPath()).absolutePath());
    const QString chosen = m_dir.path(QStringLiteral("labour-migration"));
    FileDialog::setNextFileName(chosen);
    field<QPushButton>("choosePathButton")->click();
    EXPECT_EQ(wizard()->filePath(), chosen + QStringLiteral(".sdesk"));
    ASSERT_TRUE(wizard()->button(QWizard::FinishButton)->isEnabled());
    wizard()->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitUntil([this] { return wizard() == nullptr; })) << "the wizard closes";

    ASSERT_NE(window().document(), nullptr);
    EXPECT_EQ(window().document()->path(), chosen + QStringLiteral(".sdesk"));
    EXPECT_EQ(window().windowTitle(), QStringLiteral("labour-migration.sdesk"));
    EXPECT_FALSE(window().demoBanner()->isVisible()) << "a programme of one's own is no demo";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM project WHERE code = 'MX-III' AND title = ? AND "
                                    "start_date = '2026-01-01' AND end_date = '2027-12-31'"),
                     {QStringLiteral("Mexico III: Labour migration")}),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM component WHERE number = 1 AND title = ?"),
                     {QStringLiteral("Labour market integration")}),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM component WHERE number = 2 AND title = ?"),
                     {QStringLiteral("Health services for migrants")}),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM component")), 2);
    // The window shows the new project, with its components in the navigator.
    const QModelIndex project = window().navigatorModel()->index(0, 0);
    EXPECT_TRUE(project.data().toString().startsWith(QStringLiteral("MX-III")));
    EXPECT_EQ(window().navigatorModel()->rowCount(project), 2);
    EXPECT_NE(window().currentProjectId(), 0);

    // The project is where the file starts, not a step to undo: Undo is off, and the first change is
    // the first step, whose undo leaves the project and its components in place.
    QUndoStack* undo = window().document()->undoStack();
    EXPECT_EQ(undo->count(), 0);
    EXPECT_FALSE(window().findChild<QAction*>(QStringLiteral("undoAction"))->isEnabled());
    Participant person;
    person.givenNames = QStringLiteral("Ana Lucía");
    person.familyNames = QStringLiteral("Ramírez Soto");
    ASSERT_TRUE(window().document()->addRecord(person).ok());
    EXPECT_EQ(undo->count(), 1);
    undo->undo();
    EXPECT_FALSE(undo->canUndo());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM participant")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM project")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM component")), 2);
}

TEST_F(NewProgrammeWizardTest, FileNewProgrammeOpensTheSameWizardWhichNeverOverwritesAFile)
{
    QAction* newProgramme = window().findChild<QAction*>(QStringLiteral("newProgrammeAction"));
    ASSERT_NE(newProgramme, nullptr);
    EXPECT_EQ(newProgramme->text(), QStringLiteral("&New programme…"));
    newProgramme->trigger();
    fillProjectAndComponents();
    // The demo's own file is taken: Create waits, and the page says why.
    auto* path = field<QLineEdit>("pathEdit");
    path->setText(demoPath());
    EXPECT_FALSE(wizard()->button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(
        field<QLabel>("fileProblems")->text().contains(QStringLiteral("mexico-ii.sdesk already exists")))
        << field<QLabel>("fileProblems")->text().toStdString();
    path->setText(m_dir.path(QStringLiteral("no such folder/mx-iii.sdesk")));
    EXPECT_FALSE(wizard()->button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(field<QLabel>("fileProblems")->text().contains(QStringLiteral("does not exist")));

    // Cancel writes nothing and leaves the demo open.
    wizard()->reject();
    ASSERT_TRUE(waitUntil([this] { return wizard() == nullptr; }));
    EXPECT_EQ(window().document()->path(), QFileInfo(demoPath()).absoluteFilePath());
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(QStringLiteral("mx-iii.sdesk"))));
}

TEST_F(NewProgrammeWizardTest, AFileThatCannotBeWrittenKeepsTheWizardOpenWithWhatWasTyped)
{
    window().demoBanner()->startButton()->click();
    fillProjectAndComponents();
    // The file appears between the page's check and Create (another program made it): refused, said,
    // and nothing of the other program's file is touched.
    const QString path = m_dir.path(QStringLiteral("taken.sdesk"));
    field<QLineEdit>("pathEdit")->setText(path);
    ASSERT_TRUE(wizard()->button(QWizard::FinishButton)->isEnabled());
    writeDemo(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard()->button(QWizard::FinishButton)->click();
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("The programme was not created"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("already exists")));
    ASSERT_NE(wizard(), nullptr) << "still open";
    EXPECT_EQ(field<QLineEdit>("codeEdit")->text(), QStringLiteral("MX-III"));
    EXPECT_EQ(window().document()->path(), QFileInfo(demoPath()).absoluteFilePath());
    wizard()->reject();
}

} // namespace
} // namespace sd::test
