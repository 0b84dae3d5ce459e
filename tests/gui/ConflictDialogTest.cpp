// Two windows on one file edit the same participant. The second to save meets the first's change:
// fields only one of them changed merge by themselves; fields both changed open the conflict dialog,
// which shows the record field by field and writes what the officer chooses. Undo of a step whose
// record the other window has changed since is refused, and the step stays.

#include "dialogs/ConflictDialog.h"

#include "EditFixture.h"
#include "MessageBox.h"
#include "dialogs/ParticipantDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace sd::test {
namespace {

class ConflictDialogTest : public EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        Result<std::unique_ptr<ProgrammeDocument>> other = ProgrammeDocument::open(m_path);
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        m_other = std::move(other).value();
    }

    void TearDown() override
    {
        m_other.reset();
        EditFixture::TearDown();
    }

    // The other window changes Ana: read, changed by `change`, saved as one step of its own history.
    void otherWindowChangesAna(const std::function<void(Participant&)>& change)
    {
        Result<RecordValue> read = m_other->queries().record(RecordKind::Participant, m_ana);
        ASSERT_TRUE(read.ok());
        Participant ana = std::get<Participant>(*read);
        change(ana);
        Status saved = m_other->editRecord(ana);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    // This window's dialog for Ana, opened before the other window saves.
    ParticipantDialog* openAna()
    {
        actions().editRecord(RecordKind::Participant, m_ana);
        return openDialog<ParticipantDialog>();
    }

    static void retypeField(QWidget* dialog, const char* name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name;
        retype(edit, text);
    }

    // Clicks OK on the record's dialog; when the conflict dialog opens, `answer` gets it (and must
    // close it). Returns whether the conflict dialog was shown.
    bool clickOkAndAnswer(QWidget* dialog, const std::function<void(ConflictDialog*)>& answer)
    {
        bool shown = false;
        auto* timer = new QTimer(dialog);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, dialog, [&shown, dialog, answer, timer] {
            auto* conflict = dialog->findChild<ConflictDialog*>();
            if (!conflict || !conflict->isVisible())
                return;
            timer->stop();
            shown = true;
            answer(conflict);
        });
        timer->start();
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        timer->stop();
        return shown;
    }

    QString anas(const char* column)
    {
        return text(QStringLiteral("SELECT %1 FROM participant WHERE id = ?").arg(QLatin1String(column)),
                    {m_ana});
    }

    // The conflict dialog's row for a field: {field, when you started, yours, theirs}.
    static QStringList rowOf(ConflictDialog* dialog, const QString& field)
    {
        QTableWidget* table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text().startsWith(field))
                return {table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text(),
                        table->item(row, 3)->text()};
        }
        return {};
    }

    std::unique_ptr<ProgrammeDocument> m_other;
};

TEST_F(ConflictDialogTest, FieldsOnlyOneSideChangedMergeWithoutAsking)
{
    ParticipantDialog* dialog = openAna();
    ASSERT_NE(dialog, nullptr);
    otherWindowChangesAna([](Participant& ana) { ana.region = QStringLiteral("Yucatán"); });
    retypeField(dialog, "positionEdit", QStringLiteral("Asylum officer"));
    QSignalSpy said(&actions(), &EditActions::statusMessage);

    EXPECT_FALSE(clickOkAndAnswer(dialog, [](ConflictDialog* conflict) { conflict->reject(); }));
    EXPECT_FALSE(dialog->isVisible()); // saved and closed
    EXPECT_EQ(anas("region"), QStringLiteral("Yucatán"));
    EXPECT_EQ(anas("position"), QStringLiteral("Asylum officer"));
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.at(0).at(0).toString().contains(QStringLiteral("saved together with theirs")));
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit participant"));
}

TEST_F(ConflictDialogTest, AFieldBothChangedShowsTheDialogAndKeepTheirsWritesNothing)
{
    ParticipantDialog* dialog = openAna();
    ASSERT_NE(dialog, nullptr);
    otherWindowChangesAna([](Participant& ana) {
        ana.region = QStringLiteral("Yucatán");
        ana.email = QStringLiteral("ana.theirs@example.org");
    });
    retypeField(dialog, "regionEdit", QStringLiteral("Oaxaca"));
    const QStringList before = dumpAll();
    const int steps = document().undoStack()->count();

    QStringList region;
    QStringList email;
    const bool shown = clickOkAndAnswer(dialog, [&](ConflictDialog* conflict) {
        region = rowOf(conflict, QStringLiteral("Region"));
        email = rowOf(conflict, QStringLiteral("Email"));
        QTest::mouseClick(conflict->keepTheirsButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(shown);
    EXPECT_EQ(region, (QStringList{QStringLiteral("Region (changed by both)"), QStringLiteral("Chiapas"),
                                   QStringLiteral("Oaxaca"), QStringLiteral("Yucatán")}));
    EXPECT_EQ(email, (QStringList{QStringLiteral("Email"), QString(), QString(),
                                  QStringLiteral("ana.theirs@example.org")}));
    EXPECT_EQ(dumpAll(), before);
    EXPECT_EQ(anas("region"), QStringLiteral("Yucatán"));
    EXPECT_EQ(document().undoStack()->count(), steps);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ConflictDialogTest, ApplyMineWritesMyChangedFieldsOverTheirs)
{
    ParticipantDialog* dialog = openAna();
    ASSERT_NE(dialog, nullptr);
    otherWindowChangesAna([](Participant& ana) {
        ana.region = QStringLiteral("Yucatán");
        ana.email = QStringLiteral("ana.theirs@example.org");
    });
    retypeField(dialog, "regionEdit", QStringLiteral("Oaxaca"));
    retypeField(dialog, "phoneEdit", QStringLiteral("+52 961 000 0000"));

    const bool shown = clickOkAndAnswer(dialog, [](ConflictDialog* conflict) {
        QTest::mouseClick(conflict->applyMineButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(shown);
    EXPECT_EQ(anas("region"), QStringLiteral("Oaxaca"));                // both changed: mine
    EXPECT_EQ(anas("phone"), QStringLiteral("+52 961 000 0000"));       // only mine
    EXPECT_EQ(anas("email"), QStringLiteral("ana.theirs@example.org")); // only theirs
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit participant"));
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ConflictDialogTest, CancelGoesBackToTheDialogWithTheReason)
{
    ParticipantDialog* dialog = openAna();
    ASSERT_NE(dialog, nullptr);
    otherWindowChangesAna([](Participant& ana) { ana.region = QStringLiteral("Yucatán"); });
    retypeField(dialog, "regionEdit", QStringLiteral("Oaxaca"));
    // Back in the record's dialog, the refusal is said in a message box (answered here).
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const bool shown = clickOkAndAnswer(dialog, [](ConflictDialog* conflict) { conflict->reject(); });
    ASSERT_TRUE(shown);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("was changed by someone else")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(dialog->isVisible()); // still open, with the officer's input
    EXPECT_EQ(anas("region"), QStringLiteral("Yucatán"));
    dialog->reject();
}

TEST_F(ConflictDialogTest, UndoOfAChangeTheOtherWindowChangedSinceIsRefusedAndStays)
{
    ParticipantDialog* dialog = openAna();
    ASSERT_NE(dialog, nullptr);
    retypeField(dialog, "regionEdit", QStringLiteral("Oaxaca"));
    EXPECT_FALSE(clickOkAndAnswer(dialog, [](ConflictDialog* conflict) { conflict->reject(); }));
    ASSERT_EQ(anas("region"), QStringLiteral("Oaxaca"));
    otherWindowChangesAna([](Participant& ana) { ana.email = QStringLiteral("ana.theirs@example.org"); });

    QStringList failures;
    QObject::connect(
        &document(), &ProgrammeDocument::commandFailed,
        [&failures](const QString& title, const QString& message) { failures << title << message; });
    QUndoStack* stack = document().undoStack();
    const int index = stack->index();
    stack->undo();
    ASSERT_EQ(failures.size(), 2);
    EXPECT_EQ(failures[0], QStringLiteral("Undo refused"));
    EXPECT_TRUE(failures[1].contains(QStringLiteral("was changed by someone else")))
        << failures[1].toStdString();
    EXPECT_EQ(stack->index(), index);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Edit participant"));
    EXPECT_EQ(anas("region"), QStringLiteral("Oaxaca"));
    EXPECT_EQ(anas("email"), QStringLiteral("ana.theirs@example.org"));
}

} // namespace
} // namespace sd::test
