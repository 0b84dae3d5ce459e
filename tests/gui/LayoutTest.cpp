// What a dialog shows must be readable and hold still: the activity dialog's expert roles whole,
// counts that say "1 mark", not "1 mark(s)", and fields that stay in place as validation messages
// come and go.
#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceTableView.h"
#include "dialogs/FieldMarks.h"
#include "dialogs/RecordDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    setMark(m_maria, m_sessions[0], AttendanceStatus::Present);
    ASSERT_FALSE(HasFatalFailure());
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

// Where every named widget of a dialog is, one line each ("codeEdit 108,55 630x22").
QStringList placesOf(QWidget* dialog)
{
    QStringList places;
    const QList<QWidget*> children = dialog->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (!child->isVisible() || child->objectName().isEmpty() ||
            child->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        const QPoint at = child->mapTo(dialog, QPoint(0, 0));
        places << QStringLiteral("%1 %2,%3 %4x%5")
                      .arg(child->objectName())
                      .arg(at.x())
                      .arg(at.y())
                      .arg(child->width())
                      .arg(child->height());
    }
    places.sort();
    return places;
}

TEST_F(LayoutTest, ValidationMessagesComingAndGoingMoveNoField)
{
    const std::pair<RecordKind, const char*> kinds[] = {
        // The objective dialog is left out: its only text field is a multi-line one.
        {RecordKind::Project, "project"},   {RecordKind::Component, "component"},
        {RecordKind::Activity, "activity"}, {RecordKind::Participant, "participant"},
        {RecordKind::Expert, "expert"},     {RecordKind::Institution, "institution"}};
    for (const auto& [kind, name] : kinds) {
        actions().newRecord(kind, m_project);
        auto* dialog = qobject_cast<RecordDialog*>(actions().openDialog());
        ASSERT_NE(dialog, nullptr) << name;
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        QCoreApplication::processEvents();
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("problemsLabel"));
        ASSERT_NE(summary, nullptr) << name;
        const QStringList before = placesOf(dialog);
        int shownTexts = 0;
        QString shown = summary->text();
        // Each field filled in (an email or a phone badly), then emptied again: the messages change
        // and the fields stay where the pointer is about to click.
        const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits) {
            if (!edit->isVisible() || edit->objectName().isEmpty() ||
                edit->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            const QString typed =
                edit->objectName().contains(QStringLiteral("email"))   ? QStringLiteral("not an email")
                : edit->objectName().contains(QStringLiteral("phone")) ? QStringLiteral("not a phone !!")
                                                                       : QStringLiteral("X");
            for (const QString& text : {typed, QString()}) {
                edit->setText(text);
                QCoreApplication::processEvents();
                shownTexts += summary->text() != shown;
                shown = summary->text();
                EXPECT_EQ(placesOf(dialog), before)
                    << name << " after " << edit->objectName().toStdString() << " = " << text.toStdString();
            }
        }
        EXPECT_GT(shownTexts, 0) << name << ": the messages changed";
        dialog->reject();
        QCoreApplication::processEvents();
    }
}

TEST_F(LayoutTest, ProblemsBeyondTheSummaryLinesAreCountedAndListedInItsToolTip)
{
    actions().newRecord(RecordKind::Expert);
    auto* dialog = qobject_cast<RecordDialog*>(actions().openDialog());
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("problemsLabel"));
    ASSERT_NE(summary, nullptr);
    // A new expert lacks given names, family names and a country: one line, and the count of the rest.
    EXPECT_EQ(summary->text().count(QStringLiteral("<br>")), FieldMarks::kSummaryLines - 1);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("The given names are required.")));
    EXPECT_TRUE(
        summary->text().contains(QStringLiteral("…and 2 more problems: point here to read them all.")))
        << summary->text().toStdString();
    EXPECT_EQ(summary->toolTip(), QStringLiteral("The given names are required.\nThe family names are "
                                                 "required.\nThe expert's country is required."));
    dialog->reject();
}

} // namespace
} // namespace sd::test
