// The import wizard and the duplicates dialog driven headless on a real programme file: the pages
// in order, each row's fate in the preview, the import as one undo step, a merge undone.
#include "import/ImportWizard.h"

#include "ImportFixture.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "TempDir.h"
#include "import/DuplicatesDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(s("programme.sdesk"));
        m_ids = writeImportFixture(m_path);
        Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_document = std::move(*opened);
    }

    qint64 participants() { return m_document->store().fileCounts()->participants; }

    // Shows the wizard, chooses the list and goes on, with the columns as recognised, to the preview.
    static void showPreviewOf(ImportWizard& wizard, const QString& list)
    {
        wizard.show();
        wizard.findChild<QLineEdit*>(s("filePath"))->setText(list);
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    }

    TempDir m_dir;
    QString m_path;
    ImportFixtureIds m_ids;
    std::unique_ptr<ProgrammeDocument> m_document;
};

TEST_F(ImportWizardTest, FileColumnsPreviewImportReportAndOneUndo)
{
    const QString list = m_dir.path(s("lista.csv"));
    ASSERT_TRUE(QFile::copy(dataPath(s("import/cp1252-semicolon-acceptance/input.csv")), list));
    const qint64 before = participants();

    ImportWizard wizard(*m_document, 1);
    wizard.show();
    wizard.findChild<QLineEdit*>(s("filePath"))->setText(list);
    wizard.findChild<QCheckBox*>(s("skipInvalid"))->setChecked(true);
    wizard.button(QWizard::NextButton)->click();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ColumnsPageId);

    auto* columns = wizard.findChild<QTableWidget*>(s("columns"));
    ASSERT_EQ(columns->rowCount(), 8);
    EXPECT_EQ(static_cast<QComboBox*>(columns->cellWidget(0, 2))->currentData().toString(), s("given_names"));
    EXPECT_EQ(static_cast<QComboBox*>(columns->cellWidget(6, 2))->currentData().toString(), s("email"));
    wizard.button(QWizard::NextButton)->click();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    ASSERT_TRUE(wizard.plan().has_value());

    auto* preview = wizard.findChild<QTableWidget*>(s("preview"));
    ASSERT_EQ(preview->rowCount(), 8);
    QStringList fates;
    for (int row = 0; row < preview->rowCount(); ++row)
        fates.append(preview->item(row, 0)->text() + u' ' + preview->item(row, 2)->text());
    EXPECT_EQ(fates, (QStringList{s("2 New"), s("4 New"), s("5 Same person"), s("6 Same person"), s("7 New"),
                                  s("8 Same person"), s("9 Error"), s("10 Error")}));
    EXPECT_EQ(participants(), before); // nothing written before Import

    wizard.button(QWizard::CommitButton)->click();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ReportPageId);
    EXPECT_TRUE(wizard.findChild<QPlainTextEdit*>(s("report"))->toPlainText().contains(s("Written to")));
    EXPECT_EQ(participants(), before + 3);
    EXPECT_TRUE(QFile::exists(list + s(".rejected.csv")));

    // The whole import is one step of the undo history.
    ASSERT_EQ(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    EXPECT_EQ(participants(), before);
    m_document->undoStack()->redo();
    EXPECT_EQ(participants(), before + 3);
}

TEST_F(ImportWizardTest, RowsWithErrorsBlockTheImportUnlessKeptAside)
{
    const QString list = m_dir.path(s("lista.csv"));
    ASSERT_TRUE(QFile::copy(dataPath(s("import/rejections-participants/input.csv")), list));
    ImportWizard wizard(*m_document, 1);
    showPreviewOf(wizard, list);
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
}

TEST_F(ImportWizardTest, DuplicatesDialogMergesAsOneUndoStep)
{
    ProgrammeStore& store = m_document->store();
    Participant twin = fixturePerson("Ma. José", "Hernández Ruiz", Gender::Female, 0);
    ASSERT_TRUE(store.addParticipant(twin).ok());
    const qint64 before = participants();

    DuplicatesDialog dialog(*m_document);
    ASSERT_EQ(dialog.pairs().size(), 1);
    EXPECT_EQ(dialog.pairs().front().firstId, m_ids.mariaJose);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(dialog.mergeRow(0, true).ok());
    EXPECT_EQ(participants(), before - 1);
    EXPECT_TRUE(dialog.pairs().isEmpty());

    m_document->undoStack()->undo();
    EXPECT_EQ(participants(), before);
    EXPECT_EQ(dialog.pairs().size(), 1);
}

TEST_F(ImportWizardTest, CountsOfOneAreSaidInTheSingular)
{
    const QString list = m_dir.write(
        s("una-persona.csv"), "Nombre;Apellidos;Correo\nLuz;\xC3\x81vila Mora;luz.avila@example.org\n");
    ASSERT_FALSE(list.isEmpty());

    ImportWizard wizard(*m_document, 1);
    showPreviewOf(wizard, list);
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_EQ(wizard.findChild<QLabel*>(s("summary"))->text(),
              s("1 row: 1 new participant, 0 matched participants, 0 new institutions, 0 new enrolments, "
                "0 new attendance marks, 0 possible duplicates, 0 rows with errors."));
    wizard.button(QWizard::CommitButton)->click();
    ASSERT_EQ(m_document->undoStack()->count(), 1);
    EXPECT_EQ(m_document->undoStack()->text(0),
              s("Import una-persona.csv (1 new participant, 0 enrolments, 0 attendance marks)"));

    // One probable pair among the participants.
    Participant twin = fixturePerson("Ma. José", "Hernández Ruiz", Gender::Female, 0);
    ASSERT_TRUE(m_document->store().addParticipant(twin).ok());
    DuplicatesDialog dialog(*m_document);
    ASSERT_EQ(dialog.pairs().size(), 1);
    EXPECT_TRUE(dialog.findChild<QLabel*>(s("duplicatesSummary"))
                    ->text()
                    .startsWith(s("1 probable duplicate pair among %1 participants.").arg(participants())))
        << dialog.findChild<QLabel*>(s("duplicatesSummary"))->text().toStdString();
}

} // namespace
