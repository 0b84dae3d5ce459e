#pragma once

// The steps of the live refresh tests, the same on a file (LiveRefreshTest) and on a server
// (ServerLiveRefreshTest): two windows in one process on one programme; what one saves shows in the
// other without any action there, and what a window saves itself is never taken for someone else's.

#include "LiveRefresh.h"
#include "MainWindow.h"
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
