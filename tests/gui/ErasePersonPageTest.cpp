// Erasing a person from their page in the real window on the demo programme (docs/privacy.md): asked
// first, the undo history cleared so that no step can write the person back, the page showing the
// erased record, and none of the values left in the file.
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "PersonPage.h"
#include "ProgrammeDocument.h"
#include "storage/ProgrammeStore.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace sd::test {
namespace {

class ErasePersonPageTest : public MainWindowFixture
{
protected:
    PersonPage* page() { return window().personPage(); }
};

TEST_F(ErasePersonPageTest, EraseAsksClearsTheUndoHistoryAndLeavesNoValueInTheFile)
{
    const Id person = scalar(QStringLiteral("SELECT MIN(participant_id) FROM enrolment"));
    ASSERT_GT(person, 0);
    ProgrammeDocument& document = *window().document();
    // An edit through the window: its undo step holds the values before and after.
    Result<Participant> read = document.store().participant(person);
    ASSERT_TRUE(read.ok());
    Participant changed = *read;
    changed.familyNames = QStringLiteral("Borrablé-Únicamente");
    changed.email = QStringLiteral("borrable.unica@example.org");
    ASSERT_TRUE(document.editRecord(changed).ok());
    ASSERT_TRUE(document.undoStack()->canUndo());

    page()->open(SearchKind::Participant, person);
    ASSERT_TRUE(page()->eraseButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(page()->erasePerson());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cannot be undone")));
    EXPECT_TRUE(document.undoStack()->canUndo()) << "nothing happens when the officer cancels";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page()->erasePerson());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("undo history was cleared")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.undoStack()->canUndo());
    EXPECT_FALSE(document.undoStack()->canRedo());
    EXPECT_EQ(page()->title()->text(), QStringLiteral("Erased participant %1").arg(person));
    EXPECT_FALSE(page()->eraseButton()->isEnabled()) << "erased once is enough";
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE id = ? AND erased_on IS NOT NULL"),
               {person}),
        1);
    for (const QString& value : {changed.familyNames, changed.email}) {
        for (const QString& path : {demoPath(), demoPath() + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                EXPECT_FALSE(file.readAll().contains(value.toUtf8()))
                    << value.toStdString() << " in " << path.toStdString();
            }
        }
    }
}

} // namespace
} // namespace sd::test
