// The window follows the file: another real process writes the open file
// and the real window shows it; the attendance grid refuses to save over another program's change;
// undo after an external change; the daily snapshot and File ▸ Restore from a backup….
#include "BackupDialog.h"
#include "FileWatcher.h"
#include "ListFiles.h"
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "NavigatorModel.h"
#include "Process.h"
#include "ProgrammeDocument.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "SnapshotTaker.h"
#include "commands/EditActions.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "domain/Enums.h"
#include "storage/BackupStore.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>
#include <QUndoStack>

namespace sd::test {
namespace {

class FollowFileTest : public MainWindowFixture
{
protected:
    QString registerNode()
    {
        return window()
            .navigatorModel()
            ->find(NavigatorModel::Node::Register, qint64(RegisterKind::Participants))
            .data()
            .toString();
    }

    qint64 participants() { return scalar(QStringLiteral("SELECT count(*) FROM participant")); }

    void importElsewhere(int rows)
    {
        ++m_lists;
        const QString list =
            writeGuestList(m_dir.path(QStringLiteral("list-%1.csv").arg(m_lists)), rows, m_lists * 1000);
        const ProcessRun run =
            cli({QStringLiteral("import"), demoPath(), QStringLiteral("participants"), list});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    AttendanceDialog* openSheet(const QString& code)
    {
        // Dialogs under the offscreen platform (as in MainWindowTest).
        tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
        const Id activity = scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {code});
        window().showActivity(activity);
        window().openAttendance(activity);
        auto* dialog = qobject_cast<AttendanceDialog*>(window().editActions()->openDialog());
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    QString markIn(Id enrolment, Id session)
    {
        return sqliteShell(demoPath(),
                           QStringLiteral("SELECT status FROM attendance WHERE enrolment_id = %1 AND "
                                          "session_id = %2")
                               .arg(enrolment)
                               .arg(session))
            .out.trimmed();
    }

    void expectIntactFile()
    {
        EXPECT_EQ(sqliteShell(demoPath(), QStringLiteral("PRAGMA integrity_check")).out.trimmed(),
                  QStringLiteral("ok"));
        EXPECT_EQ(sqliteShell(demoPath(), QStringLiteral("PRAGMA foreign_key_check")).out.trimmed(),
                  QString());
        const ProcessRun check = cli({QStringLiteral("check"), demoPath()});
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    }

    int m_lists = 0;
};

TEST_F(FollowFileTest, AnImportByAnotherProcessShowsInTheNavigatorAndTheRegisterWithinSeconds)
{
    window().showRegister(RegisterKind::Participants);
    RegisterPage* page = window().registerPage(RegisterKind::Participants);
    ASSERT_NE(page, nullptr);
    // The officer's place: the sixth row selected.
    page->view()->setCurrentIndex(page->model()->index(5, 1));
    const Id selected = page->model()->idAt(5);
    ASSERT_NE(selected, 0);
    const qint64 before = participants();
    ASSERT_EQ(registerNode(), QStringLiteral("Participants (%1)").arg(before));

    importElsewhere(40);
    // Within a few seconds (the watcher checks every two), without the officer doing anything.
    const QString expected = QStringLiteral("Participants (%1)").arg(before + 40);
    ASSERT_TRUE(waitUntil([&] { return registerNode() == expected; }, 5000)) << registerNode().toStdString();
    EXPECT_EQ(page->model()->totalRows(), before + 40);
    auto* count = page->findChild<QLabel*>(QStringLiteral("registerCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("%1 participants").arg(QLocale().toString(before + 40)));
    EXPECT_TRUE(window().statusCounts().contains(
        QStringLiteral("%1 participants").arg(QLocale().toString(before + 40))))
        << window().statusCounts().toStdString();
    // The same person is still selected.
    ASSERT_TRUE(page->view()->currentIndex().isValid());
    EXPECT_EQ(page->model()->idAt(page->view()->currentIndex().row()), selected);
}

TEST_F(FollowFileTest, TheFilterStaysAndCountsTheNewPeopleWhenTheWindowIsActivatedAgain)
{
    window().showRegister(RegisterKind::Participants);
    RegisterPage* page = window().registerPage(RegisterKind::Participants);
    page->setFilterText(QStringLiteral("invitada"));
    page->applyFilterNow();
    EXPECT_EQ(page->model()->totalRows(), 0);

    importElsewhere(12);
    // Coming back to the window checks at once, before the next tick.
    EXPECT_TRUE(window().fileWatcher()->checkNow());
    EXPECT_EQ(page->model()->filter(), QStringLiteral("invitada"));
    EXPECT_EQ(page->model()->totalRows(), 12);
    // Nothing changed since: no refresh.
    EXPECT_FALSE(window().fileWatcher()->checkNow());
    // The window's own changes are not "another program's".
    const qint64 before = participants();
    Participant walkIn;
    walkIn.givenNames = QStringLiteral("Marta");
    walkIn.familyNames = QStringLiteral("Quintero Ruiz");
    ASSERT_TRUE(window().document()->store().addParticipant(walkIn).ok());
    EXPECT_FALSE(window().fileWatcher()->checkNow());
    EXPECT_EQ(participants(), before + 1);
}

TEST_F(FollowFileTest, AnAttendanceSheetMergesAnotherProgramsMarksAndHighlightsACellBothChanged)
{
    AttendanceDialog* dialog = openSheet(QStringLiteral("2.1"));
    ASSERT_NE(dialog, nullptr);
    AttendanceModel* sheet = dialog->sheet();
    ASSERT_GE(sheet->rowCount(), 2);
    ASSERT_FALSE(sheet->sessions().isEmpty());
    const Id session = sheet->sessions().first().id;
    const Id mine = sheet->index(0, 0).data(AttendanceModel::EnrolmentIdRole).toLongLong();
    const Id theirs = sheet->index(1, 0).data(AttendanceModel::EnrolmentIdRole).toLongLong();
    const QModelIndex myCell = sheet->index(0, AttendanceModel::kFirstSessionColumn);
    const auto other = [](const QString& code, const char* a, const char* b) {
        return code == QLatin1String(a) ? QString::fromLatin1(b) : QString::fromLatin1(a);
    };
    const auto setElsewhere = [&](Id enrolment, const QString& status) {
        const ProcessRun wrote = sqliteShell(
            demoPath(),
            QStringLiteral("INSERT INTO attendance (enrolment_id, session_id, status) VALUES (%1, "
                           "%2, '%3') ON CONFLICT (enrolment_id, session_id) DO UPDATE SET "
                           "status = excluded.status")
                .arg(enrolment)
                .arg(session)
                .arg(status));
        ASSERT_EQ(wrote.exitCode, 0) << wrote.err.toStdString();
    };

    // The officer marks the first person (pending), while a colleague's program marks the second
    // person on the same day: another cell, so the save merges the two.
    const QString myMark = other(markIn(mine, session), "absent", "excused");
    sheet->setStatus({myCell}, fromCode<AttendanceStatus>(myMark));
    const QString theirMark = other(markIn(theirs, session), "late", "present");
    setElsewhere(theirs, theirMark);
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(markIn(mine, session), myMark);
    EXPECT_EQ(markIn(theirs, session), theirMark);
    EXPECT_EQ(window().document()->undoStack()->count(), 1);

    // Now both change the first person's cell, to different marks: the save writes nothing, the
    // sheet shows the colleague's marks and highlights the cell, with both marks in its tooltip.
    const QString myNext = QStringLiteral("present");
    sheet->setStatus({myCell}, AttendanceStatus::Present);
    const QString theirNext = QStringLiteral("late");
    setElsewhere(mine, theirNext);
    ASSERT_FALSE(HasFatalFailure());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog->save());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Activity 2.1 changed"));
    EXPECT_TRUE(MessageBox::lastText().startsWith(
        QStringLiteral("Someone else changed 1 of your marks in activity 2.1 since this sheet was opened (")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Highlighted: 1 cell you both changed")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(markIn(mine, session), theirNext);
    EXPECT_EQ(window().document()->undoStack()->count(), 1);
    const int row = sheet->rowOfEnrolment(mine);
    const QModelIndex cell = sheet->index(row, AttendanceModel::kFirstSessionColumn);
    EXPECT_EQ(cell.data(AttendanceModel::ConflictRole).toString(), myMark);
    EXPECT_EQ(cell.data(AttendanceModel::StatusRole).toString(), myNext);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Theirs: %1").arg(theirNext))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("yours: %1").arg(myNext))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("when you opened: %1").arg(myMark))) << tip.toStdString();
    EXPECT_EQ(sheet->conflictCount(), 1);

    // Saved again, the officer's choice goes over theirs, and the highlight goes.
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(markIn(mine, session), myNext);
    EXPECT_EQ(markIn(theirs, session), theirMark);
    EXPECT_FALSE(cell.data(AttendanceModel::ConflictRole).isValid());
    EXPECT_EQ(window().document()->undoStack()->count(), 2);
    dialog->accept();
    expectIntactFile();
}

TEST_F(FollowFileTest, UndoAfterAnotherProgramRemovedTheRowsItWouldRestoreIsRefusedAndLeavesTheFileIntact)
{
    // Undo writes back only over the cells as this window left them. Another program removed the
    // participant whose mark it would write back: the undo is refused, the step stays and the file
    // stays whole.
    AttendanceDialog* dialog = openSheet(QStringLiteral("2.1"));
    ASSERT_NE(dialog, nullptr);
    AttendanceModel* sheet = dialog->sheet();
    int row = -1;
    for (int r = 0; r < sheet->rowCount() && row < 0; ++r) {
        if (sheet->status(r, 0))
            row = r;
    }
    ASSERT_GE(row, 0) << "the demo's activity 2.1 has marks on its first day";
    const Id enrolment = sheet->index(row, 0).data(AttendanceModel::EnrolmentIdRole).toLongLong();
    const auto changed = *sheet->status(row, 0) == AttendanceStatus::Excused ? AttendanceStatus::Absent
                                                                             : AttendanceStatus::Excused;
    sheet->setStatus({sheet->index(row, AttendanceModel::kFirstSessionColumn)}, changed);
    ASSERT_TRUE(dialog->save());
    dialog->accept();
    ASSERT_TRUE(window().document()->undoStack()->canUndo());

    const ProcessRun removed = sqliteShell(
        demoPath(), QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM attendance WHERE "
                                   "enrolment_id = %1; DELETE FROM evaluation WHERE enrolment_id = "
                                   "%1; DELETE FROM enrolment WHERE id = %1;")
                        .arg(enrolment));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(window().fileWatcher()->checkNow());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    window().document()->undoStack()->undo();
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Undo refused"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("a participant no longer enrolled")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE enrolment_id = ?"), {enrolment}),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM enrolment WHERE id = ?"), {enrolment}), 0);
    EXPECT_TRUE(window().document()->undoStack()->canUndo());
    expectIntactFile();
}

TEST_F(FollowFileTest, RestoreFromABackupListsTheSnapshotsWithCountsAndCanBeUndone)
{
    SnapshotTaker* taker = window().snapshotTaker();
    ASSERT_NE(taker, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !taker->running(); }, 20000));
    const BackupStore store(SnapshotTaker::defaultRoot());
    ASSERT_EQ(store.snapshots(demoPath()).size(), 1);
    // Opened again the same day: no second snapshot.
    EXPECT_FALSE(taker->startIfDue());

    const qint64 demo = participants();
    const qint64 activities = scalar(QStringLiteral("SELECT count(*) FROM activity"));
    const qint64 marks = scalar(QStringLiteral("SELECT count(*) FROM attendance"));
    importElsewhere(30);
    ASSERT_TRUE(window().fileWatcher()->checkNow());
    ASSERT_EQ(registerNode(), QStringLiteral("Participants (%1)").arg(demo + 30));

    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    window().restoreFromBackup();
    auto* dialog = window().findChild<BackupDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }));
    QTreeWidget* list = dialog->snapshotList();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    const QLocale locale;
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("when the file was opened"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), locale.toString(demo));
    EXPECT_EQ(list->topLevelItem(0)->text(3), locale.toString(activities));
    EXPECT_EQ(list->topLevelItem(0)->text(4), locale.toString(marks));
    EXPECT_TRUE(dialog->restoreButton()->isEnabled());

    // Asked first; No changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Restore from a backup"));
    EXPECT_EQ(participants(), demo + 30);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    EXPECT_EQ(participants(), demo);
    EXPECT_EQ(registerNode(), QStringLiteral("Participants (%1)").arg(demo));
    EXPECT_EQ(window().document()->undoStack()->count(), 0);
    // The contents just before the restore are the newest backup.
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("just before a restore"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), locale.toString(demo + 30));
    expectIntactFile();
    EXPECT_EQ(sqliteShell(demoPath(), QStringLiteral("PRAGMA journal_mode")).out.trimmed(),
              QStringLiteral("wal"));

    // Undoing the restore is restoring that one.
    list->setCurrentItem(list->topLevelItem(0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(dialog->restoreSelected());
    EXPECT_EQ(participants(), demo + 30);
    EXPECT_EQ(registerNode(), QStringLiteral("Participants (%1)").arg(demo + 30));
    EXPECT_EQ(list->topLevelItemCount(), 3);
    dialog->reject();
    expectIntactFile();
    // Another program's later change is still noticed after the restores.
    importElsewhere(5);
    EXPECT_TRUE(window().fileWatcher()->checkNow());
    EXPECT_EQ(registerNode(), QStringLiteral("Participants (%1)").arg(demo + 35));
}

} // namespace
} // namespace sd::test
