#pragma once

// The steps of the live refresh tests, the same on a file (LiveRefreshTest) and on a server
// (ServerLiveRefreshTest): two windows in one process on one programme; what one saves shows in the
// other without any action there, and what a window saves itself is never taken for someone else's.

#include "LiveRefresh.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RecordKind.h"
#include "commands/EditActions.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTableView.h"
#include "dialogs/RecordDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>

namespace sd::test::live {

// Runs the event loop until condition holds or timeoutMs passes; the milliseconds it took, or -1.
inline qint64 millisecondsUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return -1;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(10);
    }
    return clock.elapsed();
}

inline AttendanceDialog* openSheet(MainWindow& window, Id activity)
{
    window.openAttendance(activity);
    QApplication::processEvents();
    auto* sheet = window.findChild<AttendanceDialog*>();
    EXPECT_NE(sheet, nullptr);
    return sheet;
}

// The letter the sheet shows for an enrolment at the first session.
inline QString letterAt(AttendanceDialog* sheet, Id enrolment)
{
    const int row = sheet->sheet()->rowOfEnrolment(enrolment);
    return row < 0 ? QString()
                   : sheet->sheet()->index(row, AttendanceModel::kFirstSessionColumn).data().toString();
}

// Sets the first session's mark of the sheet's visible row through the keyboard (pending until saved).
inline Id markRow(AttendanceDialog* sheet, int visibleRow, Qt::Key key)
{
    auto* grid = sheet->findChild<AttendanceTableView*>(QStringLiteral("attendanceView"));
    const QModelIndex cell = sheet->visibleSheet()->index(visibleRow, AttendanceModel::kFirstSessionColumn);
    grid->setCurrentIndex(cell);
    QTest::keyClick(grid, key);
    return sheet->sheet()->enrolmentAt(sheet->visibleSheet()->mapToSource(cell).row());
}

// Window b marks a participant excused at the first session of the activity and saves; window a's
// open sheet shows the mark within withinMs without anything done in a, and keeps the mark a had
// made and not saved yet, which a then saves (another cell: no conflict).
inline void gridFollowsTheOtherWindow(MainWindow& a, MainWindow& b, Id activity, int withinMs)
{
    AttendanceDialog* sheetA = openSheet(a, activity);
    AttendanceDialog* sheetB = openSheet(b, activity);
    ASSERT_TRUE(sheetA && sheetB);
    ASSERT_GE(sheetB->visibleSheet()->rowCount(), 2);
    int row = 0;
    while (row < sheetB->visibleSheet()->rowCount() &&
           sheetB->visibleSheet()->index(row, AttendanceModel::kFirstSessionColumn).data().toString() ==
               QStringLiteral("E"))
        ++row;
    ASSERT_LT(row + 1, sheetB->visibleSheet()->rowCount());
    // a's own pending mark, on another row.
    const Id pendingInA = markRow(sheetA, row + 1, Qt::Key_L);
    ASSERT_EQ(sheetA->pendingChanges(), 1);

    const Id marked = markRow(sheetB, row, Qt::Key_E);
    ASSERT_NE(letterAt(sheetA, marked), QStringLiteral("E"));
    ASSERT_TRUE(sheetB->save());
    const qint64 took =
        millisecondsUntil([&] { return letterAt(sheetA, marked) == QStringLiteral("E"); }, withinMs + 1000);
    ASSERT_GE(took, 0) << "window a's sheet never showed the mark saved in window b";
    EXPECT_LE(took, withinMs) << "window a's sheet showed the mark after " << took << " ms";
    std::cout << "[ live refresh ] the other window's mark showed after " << took << " ms\n";

    EXPECT_EQ(sheetA->pendingChanges(), 1) << "the refresh kept a's unsaved mark";
    EXPECT_EQ(letterAt(sheetA, pendingInA), QStringLiteral("L"));
    ASSERT_TRUE(sheetA->save());
    // ...which b's sheet shows in turn.
    EXPECT_GE(millisecondsUntil([&] { return letterAt(sheetB, pendingInA) == QStringLiteral("L"); },
                                withinMs + 1000),
              0);
    sheetA->accept();
    sheetB->accept();
}

// The mark the programme holds now for an enrolment at a session, read through a window's store.
inline std::optional<AttendanceStatus> storedMark(MainWindow& window, Id activity, Id enrolment, Id session)
{
    Result<QList<AttendanceMark>> marks = window.document()->store().attendance(activity);
    EXPECT_TRUE(marks.ok());
    for (const AttendanceMark& mark : marks ? *marks : QList<AttendanceMark>()) {
        if (mark.enrolmentId == enrolment && mark.sessionId == session)
            return mark.status;
    }
    return std::nullopt;
}

// Two officers mark the first session in windows a and b, both before either saves. a marks the
// first and second rows, b the first and third, the first to another mark than a. b saves; a's save
// then writes nothing and a's sheet shows b's marks, with the first row's cell highlighted (both
// marks and the one before in its tooltip) and a's mark on the second row still pending; a's second
// save writes a's marks over b's there, and b's third row stays b's.
inline void cellBothChangedIsHighlighted(MainWindow& a, MainWindow& b, Id activity)
{
    AttendanceDialog* sheetA = openSheet(a, activity);
    AttendanceDialog* sheetB = openSheet(b, activity);
    ASSERT_TRUE(sheetA && sheetB);
    ASSERT_GE(sheetA->visibleSheet()->rowCount(), 3);
    ASSERT_FALSE(sheetA->sheet()->sessions().isEmpty());
    const Id session = sheetA->sheet()->sessions().first().id;
    const QList<std::pair<AttendanceStatus, Qt::Key>> marks{{AttendanceStatus::Present, Qt::Key_P},
                                                            {AttendanceStatus::Late, Qt::Key_L},
                                                            {AttendanceStatus::Excused, Qt::Key_E},
                                                            {AttendanceStatus::Absent, Qt::Key_A}};
    // The first mark unlike all of `unlike`.
    const auto markUnlike = [&](const QList<std::optional<AttendanceStatus>>& unlike) {
        for (const auto& mark : marks) {
            if (!unlike.contains(std::optional(mark.first)))
                return mark;
        }
        return marks.first();
    };
    const auto sourceRowOf = [](AttendanceDialog* sheet, int visibleRow) {
        return sheet->visibleSheet()->mapToSource(sheet->visibleSheet()->index(visibleRow, 0)).row();
    };
    const Id first = sheetA->sheet()->enrolmentAt(sourceRowOf(sheetA, 0));
    const Id second = sheetA->sheet()->enrolmentAt(sourceRowOf(sheetA, 1));
    const Id third = sheetA->sheet()->enrolmentAt(sourceRowOf(sheetA, 2));
    const std::optional<AttendanceStatus> before = storedMark(a, activity, first, session);
    const auto mineFirst = markUnlike({before});
    const auto theirsFirst = markUnlike({before, mineFirst.first});
    const auto mineSecond = markUnlike({storedMark(a, activity, second, session)});
    const auto theirsThird = markUnlike({storedMark(a, activity, third, session)});

    ASSERT_EQ(markRow(sheetA, 0, mineFirst.second), first);
    ASSERT_EQ(markRow(sheetA, 1, mineSecond.second), second);
    ASSERT_EQ(sheetA->pendingChanges(), 2);
    const auto visibleRowIn = [](AttendanceDialog* sheet, Id enrolment) {
        return sheet->visibleSheet()
            ->mapFromSource(sheet->sheet()->index(sheet->sheet()->rowOfEnrolment(enrolment), 0))
            .row();
    };
    ASSERT_EQ(markRow(sheetB, visibleRowIn(sheetB, first), theirsFirst.second), first);
    ASSERT_EQ(markRow(sheetB, visibleRowIn(sheetB, third), theirsThird.second), third);
    ASSERT_TRUE(sheetB->save());

    // At once, before any refresh: a's save meets b's marks.
    const qsizetype steps = a.document()->undoStack()->count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(sheetA->save());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Highlighted: 1 cell you both changed")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(a.document()->undoStack()->count(), steps);
    EXPECT_EQ(storedMark(a, activity, first, session), theirsFirst.first);
    EXPECT_EQ(storedMark(a, activity, second, session), storedMark(b, activity, second, session));
    EXPECT_NE(storedMark(a, activity, second, session), mineSecond.first);

    AttendanceModel* model = sheetA->sheet();
    const QModelIndex conflict =
        model->index(model->rowOfEnrolment(first), AttendanceModel::kFirstSessionColumn);
    EXPECT_EQ(model->conflictCount(), 1);
    EXPECT_EQ(conflict.data(AttendanceModel::ConflictRole).toString(), before ? toCode(*before) : QString());
    EXPECT_EQ(conflict.data(AttendanceModel::StatusRole).toString(), toCode(mineFirst.first));
    const QString tip = conflict.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(
        tip.contains(QStringLiteral("Theirs: %1 · yours: %2")
                         .arg(toLabel(theirsFirst.first).toLower(), toLabel(mineFirst.first).toLower())))
        << tip.toStdString();
    EXPECT_NE(conflict.data(Qt::BackgroundRole),
              model->index(model->rowOfEnrolment(second), AttendanceModel::kFirstSessionColumn)
                  .data(Qt::BackgroundRole));
    // b's third row, which a never touched, shows b's mark; a's second row is still a's, pending.
    EXPECT_EQ(model->status(model->rowOfEnrolment(third), 0), theirsThird.first);
    EXPECT_EQ(model->status(model->rowOfEnrolment(second), 0), mineSecond.first);
    EXPECT_EQ(sheetA->pendingChanges(), 2);

    // a's second save goes through: a's marks where a changed them, b's where only b did.
    ASSERT_TRUE(sheetA->save());
    EXPECT_EQ(storedMark(b, activity, first, session), mineFirst.first);
    EXPECT_EQ(storedMark(b, activity, second, session), mineSecond.first);
    EXPECT_EQ(storedMark(b, activity, third, session), theirsThird.first);
    EXPECT_EQ(model->conflictCount(), 0);
    sheetA->accept();
    sheetB->accept();
}

// Window a has a participant's dialog open; window b saves a change to that participant. Before a
// saves anything, its dialog says that someone else changed the record.
inline void openDialogSaysTheRecordChanged(MainWindow& a, MainWindow& b, Id participant, int withinMs)
{
    a.editActions()->editRecord(RecordKind::Participant, participant);
    auto* dialog = qobject_cast<RecordDialog*>(a.editActions()->openDialog());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->changedElsewhereNotice().isEmpty());

    Result<RecordValue> read = b.document()->queries().record(RecordKind::Participant, participant);
    ASSERT_TRUE(read.ok());
    Participant changed = std::get<Participant>(*read);
    changed.position = QStringLiteral("Coordinadora regional");
    ASSERT_TRUE(b.document()->editRecord(changed).ok());

    const qint64 took =
        millisecondsUntil([&] { return !dialog->changedElsewhereNotice().isEmpty(); }, withinMs + 1000);
    ASSERT_GE(took, 0) << "the open dialog never said its record changed";
    EXPECT_LE(took, withinMs);
    EXPECT_TRUE(dialog->changedElsewhereNotice().startsWith(
        QStringLiteral("Someone else changed this participant at ")))
        << dialog->changedElsewhereNotice().toStdString();
    EXPECT_TRUE(
        dialog->changedElsewhereNotice().endsWith(QStringLiteral("saving will show you both versions.")));
    auto* line = dialog->findChild<QLabel*>(QStringLiteral("changedElsewhereNotice"));
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->isVisible());
    dialog->reject();
}

// Window a saves changes of its own (a record and attendance); they are not taken for someone else's
// in a (no refresh of a as if another had written), while b hears them.
inline void ownChangesAreNotOthers(MainWindow& a, MainWindow& b, Id participant, Id activity, int waitMs)
{
    ASSERT_NE(a.liveRefresh(), nullptr);
    ASSERT_NE(b.liveRefresh(), nullptr);
    QSignalSpy heardInA(a.liveRefresh(), &LiveRefresh::changedElsewhere);
    QSignalSpy heardInB(b.liveRefresh(), &LiveRefresh::changedElsewhere);

    Result<RecordValue> read = a.document()->queries().record(RecordKind::Participant, participant);
    ASSERT_TRUE(read.ok());
    Participant changed = std::get<Participant>(*read);
    changed.region = QStringLiteral("Oaxaca");
    ASSERT_TRUE(a.document()->editRecord(changed).ok());
    AttendanceDialog* sheet = openSheet(a, activity);
    ASSERT_NE(sheet, nullptr);
    markRow(sheet, 0, Qt::Key_A);
    ASSERT_TRUE(sheet->save());
    sheet->accept();

    EXPECT_GE(millisecondsUntil([&] { return heardInB.count() > 0; }, waitMs), 0)
        << "b never heard a's changes";
    // Long enough for a's own checks to run (the file's two-second look included).
    QTest::qWait(waitMs);
    EXPECT_EQ(heardInA.count(), 0) << "a took its own changes for someone else's";
}

} // namespace sd::test::live
