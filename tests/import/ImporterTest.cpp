// The importer through the core API: plan, apply in one transaction, idempotence, undo and redo.
#include "import/Importer.h"

#include "ImportFixture.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

CsvTable table(const QStringList& header, const QList<QStringList>& rows)
{
    CsvTable t;
    t.header = header;
    t.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        t.lineNumbers.append(i + 2);
    t.encoding = QStringLiteral("UTF-8");
    t.separator = u',';
    return t;
}

class ImporterTest : public ImportFixtureOnBackendTest
{
protected:
    ImportPlan plan(const CsvTable& list, ImportOptions options = {})
    {
        Importer importer(*m_database);
        Result<ImportPlan> planned = importer.plan(list, QStringLiteral("list.csv"), options);
        EXPECT_TRUE(planned.ok()) << planned.error().message.toStdString();
        return planned ? *planned : ImportPlan();
    }

    // Writes the list as the window does: planned again under the write lock and written only when
    // that plan is the approved one.
    Result<ImportResult> write(const CsvTable& list, const ImportPlan& approved, ImportOptions options = {})
    {
        Importer importer(*m_database);
        Result<ImportRun> run =
            importer.run(list, QStringLiteral("list.csv"), options,
                         Importer::acceptOnly(approved, QStringLiteral("programme.sdesk")));
        if (!run)
            return run.error();
        return run->result;
    }
};

const QStringList kHeader{s("Nombre(s)"),   s("Apellidos"), s("Sexo"),
                          s("Institución"), s("Cargo"),     s("Correo")};

TEST_P(ImporterTest, MatchesFillsOnlyEmptyFieldsAndReportsDifferences)
{
    const CsvTable list =
        table(kHeader, {
                           // stored Ana Lucía has no institution and no gender: filled
                           {s("ANA LUCIA"), s("RAMIREZ SOTO"), s("M"), s("COMAR"), s(""), s("")},
                           // stored José Luis is "Coordinador": kept, difference reported
                           {s("Jose Luis"), s("Perez Gomez"), s("H"), s("COMAR"), s("Director"), s("")},
                           // matched by email whatever the case
                           {s("Jorge"), s("Cruz Peña"), s(""), s(""), s(""), s("JORGE.CRUZ@example.org")},
                           {s("Lucía"), s("Méndez"), s("M"), s("INM"), s(""), s("")},
                       });
    const ImportPlan planned = plan(list);
    const ImportCounts counts = planned.counts();
    EXPECT_EQ(counts.rejectedRows, 0);
    EXPECT_EQ(counts.newParticipants, 1);
    EXPECT_EQ(counts.matchedParticipants, 3);
    EXPECT_EQ(counts.filledParticipants, 1);
    ASSERT_EQ(planned.differences.size(), 1);
    EXPECT_EQ(planned.differences[0].listValue, s("Director"));
    EXPECT_EQ(planned.differences[0].keptValue, s("Coordinador"));

    Result<ImportResult> written = write(list, planned);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    ProgrammeStore store(*m_database);
    Result<Participant> ana = store.participant(m_ids.anaLucia);
    ASSERT_TRUE(ana.ok());
    EXPECT_EQ(ana->gender, Gender::Female);
    EXPECT_EQ(ana->institutionId, m_ids.comar);
    EXPECT_EQ(ana->givenNames, s("Ana Lucía")); // the stored spelling is never overwritten
    Result<Participant> jose = store.participant(m_ids.joseLuis);
    ASSERT_TRUE(jose.ok());
    EXPECT_EQ(jose->position, s("Coordinador"));
}

TEST_P(ImporterTest, SecondImportChangesNothingAndUndoRedoRestoreExactly)
{
    const QString beforeRecords = dumpImportTables(m_path, false);
    const CsvTable list = table(
        kHeader,
        {
            {s("Rosa María"), s("Núñez Castillo"), s("F"), s("Nueva Oficina"), s(""), s("rosa@example.org")},
            {s("ROSA MARIA"), s("NUNEZ CASTILLO"), s(""), s(""), s("Jefa"), s("")},
            {s("Ana Lucía"), s("Ramírez Soto"), s("F"), s("INM"), s(""), s("")},
        });
    ImportOptions options;
    options.projectId = 1;
    options.activityCode = QStringLiteral("2");
    const ImportPlan first = plan(list, options);
    EXPECT_EQ(first.counts().rejectedRows, 0);
    EXPECT_EQ(first.counts().newParticipants, 1);
    EXPECT_EQ(first.counts().repeatedRows, 1);
    EXPECT_EQ(first.counts().newInstitutions, 1);
    EXPECT_EQ(first.counts().newEnrolments, 2);
    Result<ImportResult> written = write(list, first, options);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString after = dumpImportTables(m_path);
    EXPECT_NE(beforeRecords, dumpImportTables(m_path, false));

    const ImportPlan second = plan(list, options);
    EXPECT_FALSE(second.changesAnything());
    EXPECT_EQ(second.counts().matchedParticipants, 2);
    EXPECT_EQ(second.counts().newEnrolments, 0);

    ASSERT_TRUE(Importer::undo(*m_database, *written).ok());
    EXPECT_EQ(dumpImportTables(m_path, false), beforeRecords);
    ASSERT_TRUE(Importer::redo(*m_database, *written).ok());
    EXPECT_EQ(dumpImportTables(m_path), after);
}

TEST_P(ImporterTest, NearMatchesAreReportedNeverMerged)
{
    const CsvTable list =
        table(kHeader, {
                           {s("Ma. José"), s("Hernández Ruiz"), s("M"), s("INM"), s(""), s("")},
                           {s("Jose Luis"), s("Perez Gomes"), s("H"), s("COMAR"), s(""), s("")},
                           {s("Jorge"), s("Cruz Peña"), s("H"), s("INM"), s(""), s("")},
                       });
    const ImportPlan planned = plan(list);
    EXPECT_EQ(planned.counts().newParticipants, 3);
    ASSERT_EQ(planned.possibleDuplicates.size(), 2);
    EXPECT_EQ(planned.possibleDuplicates[0].otherId, m_ids.mariaJose);
    EXPECT_EQ(planned.possibleDuplicates[1].otherId, m_ids.joseLuis);
    // Jorge Cruz Peña at INM is not the stored one at SEGOB: same names, other institution.
}

TEST_P(ImporterTest, SignInSheetMarksAndEnrols)
{
    const CsvTable sheet =
        table({s("Correo"), s("Actividad"), s("Fecha"), s("Turno"), s("Asistencia")},
              {
                  {s("jorge.cruz@example.org"), s("2"), s("10/05/2017"), s("mañana"), s("P")},
                  {s("jorge.cruz@example.org"), s("2"), s("10/05/2017"), s("tarde"), s("R")},
                  {s("mj.hernandez@example.org"), s("1"), s("13/03/2017"), s(""), s("P")},
              });
    ImportOptions options;
    options.kind = ImportKind::Attendance;
    options.projectId = 1;
    const ImportPlan planned = plan(sheet, options);
    EXPECT_EQ(planned.counts().rejectedRows, 0);
    EXPECT_EQ(planned.counts().newEnrolments, 1);
    EXPECT_EQ(planned.counts().newMarks, 2);
    EXPECT_EQ(planned.counts().unchangedMarks, 1);
    ASSERT_TRUE(write(sheet, planned, options).ok());
    ProgrammeStore store(*m_database);
    Result<QList<AttendanceMark>> marks = store.attendance(m_ids.activity2);
    ASSERT_TRUE(marks.ok());
    ASSERT_EQ(marks->size(), 2);
    EXPECT_FALSE(plan(sheet, options).changesAnything());
}

TEST_P(ImporterTest, WholeFileProblemsAreErrorsNotRows)
{
    const CsvTable sheet =
        table({s("Correo"), s("Fecha"), s("Asistencia")}, {{s("a@example.org"), s("13/03/2017"), s("P")}});
    ImportOptions options;
    options.kind = ImportKind::Attendance;
    options.projectId = 1;
    Importer importer(*m_database);
    Result<ImportPlan> noActivity = importer.plan(sheet, QStringLiteral("sheet.csv"), options);
    ASSERT_FALSE(noActivity.ok());
    EXPECT_TRUE(noActivity.error().message.contains(QStringLiteral("--activity")));
    options.activityCode = QStringLiteral("99");
    Result<ImportPlan> unknownActivity = importer.plan(sheet, QStringLiteral("sheet.csv"), options);
    ASSERT_FALSE(unknownActivity.ok());
    EXPECT_EQ(unknownActivity.error().kind, ErrorKind::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImporterTest, bothBackends(), backendName);

} // namespace
