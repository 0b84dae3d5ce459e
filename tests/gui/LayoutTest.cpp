// What a dialog shows must be readable: the activity dialog's expert roles whole, and counts that
// say "1 mark", not "1 mark(s)".
#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceTableView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace sd::test {
namespace {

using LayoutTest = EditFixture;

TEST_F(LayoutTest, ExpertRolesShowWholeInTheActivityDialog)
{
    // A new activity: the experts' table starts empty, and rows come as the officer adds them.
    actions().newRecord(RecordKind::Activity, m_project);
    auto* dialog = openDialog<ActivityDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("tabs"));
    auto* experts = dialog->findChild<QTableWidget*>(QStringLiteral("expertsTable"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_NE(experts, nullptr);
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    tabs->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("expertsTab")));
    ASSERT_EQ(experts->rowCount(), 0);
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addExpertButton"));
    ASSERT_NE(add, nullptr);
    add->click();
    add->click();
    QCoreApplication::processEvents();
    ASSERT_EQ(experts->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        auto* role = qobject_cast<QComboBox*>(experts->cellWidget(row, 1));
        ASSERT_NE(role, nullptr);
        // The drop-down is as wide as it needs to show its longest role, not cut to "L" or "E".
        EXPECT_GE(role->width(), role->sizeHint().width()) << role->currentText().toStdString();
    }
    EXPECT_EQ(qobject_cast<QComboBox*>(experts->cellWidget(0, 1))->currentText(),
              QStringLiteral("Lead expert"));
    dialog->reject();
}

TEST_F(LayoutTest, RemovingAPersonWithOneMarkSaysOneMark)
{
    ASSERT_TRUE(
        store()
            .setAttendance(
                {{scalar(QStringLiteral("SELECT id FROM enrolment WHERE participant_id = ?"), {m_maria}),
                  m_sessions[0].id, AttendanceStatus::Present}})
            .ok());
    actions().openAttendance(m_activity);
    auto* dialog = openDialog<AttendanceDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* view = dialog->findChild<AttendanceTableView*>(QStringLiteral("attendanceView"));
    ASSERT_NE(view, nullptr);
    // María José is the first row, with one mark.
    view->setCurrentIndex(dialog->visibleSheet()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->removeSelectedParticipants();
    EXPECT_EQ(
        MessageBox::lastText(),
        QStringLiteral("Remove 1 participant from activity 2.1? Their 1 attendance mark will be removed "
                       "too. You can undo this."));
    dialog->reject();
}

} // namespace
} // namespace sd::test
