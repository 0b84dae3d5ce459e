// The window keeps up with what the officer does: the toolbar keeps the Find field whatever the undo
// step is called, the navigator follows Ctrl+1…5, and a record just added is never hidden by a filter.
#include "KeyboardShortcutsDialog.h"
#include "MainWindowFixture.h"
#include "NavigatorModel.h"
#include "ProgrammeDocument.h"
#include "ProjectOverviewPage.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsPage.h"
#include "commands/EditActions.h"
#include "dialogs/RecordDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

namespace sd::test {
namespace {

using WindowFollowsTest = MainWindowFixture;

TEST_F(WindowFollowsTest, ALongUndoStepKeepsTheFindFieldOnTheToolbar)
{
    // The smallest common laptop screen.
    window().resize(1366, 740);
    QCoreApplication::processEvents();
    // Saving an attendance sheet is one step with a long name; any step will do for the toolbar.
    window().document()->undoStack()->push(
        new QUndoCommand(QStringLiteral("Record 7 attendance marks on 3 sessions")));
    QCoreApplication::processEvents();

    auto* toolBar = window().findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    QAction* undo = window().findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(undo));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Undo"));
    EXPECT_EQ(undo->toolTip(), QStringLiteral("Undo Record 7 attendance marks on 3 sessions"));
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Record 7 attendance marks on 3 sessions"))
        << "the Edit menu";
    // Nothing went into the » overflow: the Find field is on the toolbar, whole.
    EXPECT_TRUE(window().findField()->isVisible());
    EXPECT_TRUE(toolBar->rect().contains(window().findField()->geometry()));
}

TEST_F(WindowFollowsTest, CtrlOneToFiveShowThePagesAndTheNavigatorFollows)
{
    window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
    QTreeView* navigator = window().navigator();
    NavigatorModel* tree = window().navigatorModel();
    const Id project = window().currentProjectId();
    struct Step
    {
        Qt::Key key;
        QModelIndex node;
        QWidget* page;
    };
    const QList<Step> steps = {
        {Qt::Key_2, tree->find(NavigatorModel::Node::Register, qint64(RegisterKind::Participants)), nullptr},
        {Qt::Key_1, tree->find(NavigatorModel::Node::Project, project), window().overviewPage()},
        {Qt::Key_3, tree->find(NavigatorModel::Node::Register, qint64(RegisterKind::Experts)), nullptr},
        {Qt::Key_4, tree->find(NavigatorModel::Node::Register, qint64(RegisterKind::Institutions)), nullptr},
        {Qt::Key_5, tree->find(NavigatorModel::Node::Results), window().resultsPage()},
        {Qt::Key_1, tree->find(NavigatorModel::Node::Project, project), window().overviewPage()},
    };
    for (const Step& step : steps) {
        ASSERT_TRUE(step.node.isValid());
        QTest::keyClick(&window(), step.key, Qt::ControlModifier);
        QTest::qWait(50);
        const QString name = step.node.data().toString();
        if (step.page) {
            EXPECT_EQ(window().pages()->currentWidget(), step.page) << name.toStdString();
        } else {
            EXPECT_TRUE(qobject_cast<RegisterPage*>(window().pages()->currentWidget())) << name.toStdString();
        }
        EXPECT_EQ(navigator->currentIndex(), step.node) << name.toStdString();
        EXPECT_TRUE(navigator->selectionModel()->isSelected(step.node)) << name.toStdString();
    }
    waitForResults();
}

TEST_F(WindowFollowsTest, TheMenusAndTheNavigatorSayWhichPageEachKeyOpens)
{
    KeyboardShortcutsDialog dialog(window().menuBar(), &window());
    QStringList rows;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        rows << dialog.table()->item(row, 1)->text() + QLatin1Char('=') +
                    dialog.table()->item(row, 2)->text();
    const auto keys = [](Qt::Key key) {
        return QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText);
    };
    for (const QString& expected : {QStringLiteral("Project overview=") + keys(Qt::Key_1),
                                    QStringLiteral("Participants register=") + keys(Qt::Key_2),
                                    QStringLiteral("Experts register=") + keys(Qt::Key_3),
                                    QStringLiteral("Institutions register=") + keys(Qt::Key_4),
                                    QStringLiteral("Results tables=") + keys(Qt::Key_5)})
        EXPECT_TRUE(rows.contains(expected)) << expected.toStdString();
    NavigatorModel* tree = window().navigatorModel();
    EXPECT_EQ(
        tree->find(NavigatorModel::Node::Register, qint64(RegisterKind::Participants)).data(Qt::ToolTipRole),
        QStringLiteral("Participants register (%1)").arg(keys(Qt::Key_2)));
    EXPECT_EQ(tree->find(NavigatorModel::Node::Results).data(Qt::ToolTipRole),
              QStringLiteral("Results tables (%1)").arg(keys(Qt::Key_5)));
    EXPECT_TRUE(tree->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("\nProject overview (%1)").arg(keys(Qt::Key_1))));
}

TEST_F(WindowFollowsTest, ANewParticipantHiddenByTheFilterIsShownWithTheFilterCleared)
{
    // The editing dialog lets its layout set its minimum size once shown (see EditDialogsTest).
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    window().showRegister(RegisterKind::Participants);
    RegisterPage* page = window().registerPage(RegisterKind::Participants);
    page->setFilterText(QStringLiteral("ramírez"));
    page->applyFilterNow();
    const qint64 matching = page->model()->totalRows();
    ASSERT_GT(matching, 0);

    window().editActions()->newRecord(RecordKind::Participant);
    auto* dialog = qobject_cast<RecordDialog*>(window().editActions()->openDialog());
    ASSERT_NE(dialog, nullptr);
    Participant person;
    person.givenNames = QStringLiteral("Xóchitl");
    person.familyNames = QStringLiteral("Zavala Núñez");
    dialog->setRecord(person);
    dialog->accept();
    const Id added = scalar(QStringLiteral("SELECT id FROM participant WHERE family_names = ?"),
                            {QStringLiteral("Zavala Núñez")});
    ASSERT_GT(added, 0);

    EXPECT_TRUE(page->filterField()->text().isEmpty());
    EXPECT_TRUE(page->model()->filter().isEmpty());
    const QModelIndex current = page->view()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(page->model()->idAt(current.row()), added);
    EXPECT_EQ(window().statusBar()->currentMessage(),
              QStringLiteral("The filter “ramírez” hid the new participant, so it was cleared."));

    // One the filter shows keeps the filter, and is selected.
    page->setFilterText(QStringLiteral("zavala"));
    page->applyFilterNow();
    window().statusBar()->clearMessage();
    window().editActions()->newRecord(RecordKind::Participant);
    dialog = qobject_cast<RecordDialog*>(window().editActions()->openDialog());
    ASSERT_NE(dialog, nullptr);
    person.givenNames = QStringLiteral("Itzel");
    dialog->setRecord(person);
    dialog->accept();
    EXPECT_EQ(page->model()->filter(), QStringLiteral("zavala"));
    EXPECT_EQ(page->model()->totalRows(), 2);
    EXPECT_EQ(
        page->model()->idAt(page->view()->currentIndex().row()),
        scalar(QStringLiteral("SELECT id FROM participant WHERE given_names = 'Itzel' AND family_names = ?"),
               {QStringLiteral("Zavala Núñez")}));
    EXPECT_TRUE(window().statusBar()->currentMessage().isEmpty());
}

} // namespace
} // namespace sd::test
