#pragma once

#include "common/Result.h"
#include "import/ColumnMapping.h"
#include "import/ImportPlan.h"
#include "import/ImportValues.h"
#include "import/Importer.h"
#include "import/InstitutionIndex.h"
#include "import/KeyChains.h"
#include "io/CsvTable.h"
#include "storage/ImportStore.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <map>
#include <utility>
#include <vector>

namespace sd {

class Database;

// Works out what an import would do (Importer::plan) from the whole list and the people, activities
// and marks the file holds, without writing: each row matched to a stored participant, to the
// person of an earlier row or to a new person; the enrolments and marks it adds; the rows refused,
// with why; and the near matches to report. Run it once per plan.
class ImportPlanner
{
    // Its sentences are the importer's.
    Q_DECLARE_TR_FUNCTIONS(sd::Importer)

public:
    ImportPlanner(Database& database, const CsvTable& table, const QString& fileName,
                  const ImportOptions& options, ColumnMapping mapping,
                  const QList<Institution>& institutions);

    Result<ImportPlan> run();

private:
    // The cells of one row, by field.
    struct RowValues
    {
        QString given;
        QString family;
        QString gender;
        QString institution;
        QString institutionType;
        QString position;
        QString region;
        QString email;
        QString phone;
        QString activity;
        QString date;
        QString part;
        QString status;
    };

    // Everyone the planner knows: the stored participants, then the new people of the list.
    struct Person
    {
        Participant record;
        qint64 institution = 0; // InstitutionIndex::Ref
        QString emailKey;
        QString nameKey;
        bool isNew = false;
        int planIndex = -1;
    };

    struct ActivityState
    {
        Activity activity;
        QList<Session> sessions;
        QHash<Id, Id> enrolments; // participant -> enrolment
        QHash<ImportStore::MarkKey, AttendanceStatus> marks;
    };

    struct PersonLookup
    {
        int person = -1;
        bool byEmail = false;
        QList<int> ambiguous;
    };

    struct SheetCells
    {
        ActivityState* activity = nullptr;
        const Session* session = nullptr;
        AttendanceStatus status = AttendanceStatus::Present;
    };

    Status checkOptions();
    Status loadPeople();
    Result<ActivityState*> activityState(const QString& code);

    QString displayFileName() const;
    QString cell(const QStringList& row, ImportField field) const;
    RowValues valuesOf(const QStringList& row) const;
    QString heading(ImportField field) const { return m_mapping.headingOf(field); }
    QString headingOfSchemaField(const QString& schemaField) const;

    void index(int at, const Person& person);
    // The matching rule (docs/import.md): the same email, or the same names with matching or missing
    // institutions. Several equally good candidates are ambiguous: the row is refused rather than given to
    // one of them.
    PersonLookup lookUp(const QString& emailKey, const QString& nameKey, bool hasNames,
                        qint64 institution) const;
    QString subjectOf(const Person& person) const;
    PlannedPerson& touch(int at, int line);
    int addPerson(const Participant& record, qint64 institution, int line);
    // A matched row fills the person's empty fields and never overwrites filled ones; each value
    // it would have changed is reported.
    void fill(int at, const Participant& row, qint64 institution, bool byEmail, int line);
    void planEnrolment(int at, ActivityState& state);

    // The activity, session and status of a sign-in sheet row; problems for what does not fit.
    Status readSheetCells(const RowValues& values, SheetCells& cells, QList<RowProblem>& problems);
    Status planRow(int rowIndex);

    // Near matches between the new people of the list and everyone else: reported, never merged.
    void findPossibleDuplicates();
    PossibleDuplicate duplicateOf(const Person& first, const Person& second, const QString& reason) const;
    // Copies the people's final records into the plan and keeps only the new institutions a record uses.
    void finish();

    ProgrammeStore m_store;
    ImportStore m_bulk;
    const CsvTable& m_table;
    ImportOptions m_options;
    ColumnMapping m_mapping;
    InstitutionIndex m_institutions;
    GenderLetters m_genderLetters = GenderLetters::Undecided;
    ImportPlan m_plan;

    std::vector<Person> m_people;
    QList<int> m_planToPerson;
    KeyChains m_byEmail;
    KeyChains m_byName;
    std::map<QString, ActivityState> m_activities; // node-based: pointers to states stay valid
    QSet<std::pair<int, Id>> m_plannedEnrolments;
    QHash<std::pair<int, Id>, std::pair<AttendanceStatus, int>> m_plannedMarks; // -> status, line
};

} // namespace sd
