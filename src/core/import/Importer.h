#pragma once

#include "common/Result.h"
#include "import/ColumnMapping.h"
#include "import/ImportPlan.h"
#include "io/CsvTable.h"

#include <QList>
#include <QString>
#include <functional>

namespace sd {

class Database;

struct ImportOptions
{
    ImportKind kind = ImportKind::Participants;
    QList<ColumnOverride> mapping;
    // The project whose activities codes name; needed with an activity code or a sign-in sheet.
    Id projectId = 0;
    // Participants: enrol every person of the list in this activity. Attendance: the activity of
    // rows that do not name one.
    QString activityCode;
    // Attendance: create (and enrol) the people a sheet names who are not in the file yet.
    bool createMissing = false;
};

// What apply wrote, with ids: the report's figures, and all that undo and redo need.
struct ImportResult
{
    QList<Institution> institutions;       // created
    QList<Participant> participantsAdded;  // created
    QList<Participant> participantsBefore; // stored participants as they were before the list filled them in
    QList<Participant> participantsAfter;  // the same, filled in
    QList<Enrolment> enrolments;           // created
    QList<AttendanceMark> marks;           // created
    qint64 rowsWritten = 0;
};

// What run() planned and wrote.
struct ImportRun
{
    ImportPlan plan;
    ImportResult result;
};

// Bulk entry from registration lists and sign-in sheets: plan() checks every row and
// works out the whole outcome without writing (a preview); run() plans again and writes in one
// write transaction, so that what the plan rests on (the people, institutions and marks already
// stored) cannot change between planning and writing: two imports at once run one after the other,
// and the second sees the first's people.
// Matching ("one person, one record", docs/import.md): a row is a stored participant, or the person of
// an earlier row, when the emails match ignoring case, or when the given and family names match
// ignoring case, accents, punctuation and repeated spaces and the institutions match or one is
// missing. A match only fills empty fields; near matches are reported, never merged. Existing
// participants are looked up through hash maps of their keys, never compared pair by pair.
class Importer
{
public:
    explicit Importer(Database& database);

    Result<ImportPlan> plan(const CsvTable& table, const QString& fileName, const ImportOptions& options);

    // Takes the write lock, plans, lets review() see the plan (its error refuses the import and
    // nothing is written), then writes what the plan holds (rejected rows are not in it), all in one
    // transaction: all or nothing. afterEachWrite(n) runs inside the transaction after each of the n
    // rows written so far.
    using Review = std::function<Status(const ImportPlan&)>;
    Result<ImportRun> run(const CsvTable& table, const QString& fileName, const ImportOptions& options,
                          const Review& review, const std::function<void(qint64)>& afterEachWrite = {});

    // A review for run() that accepts only the plan a user approved: when another program changed the
    // file in between, so that the list would now be written otherwise, the import is refused as a
    // conflict (nothing is written) and the caller previews it again.
    static Review acceptOnly(const ImportPlan& approved, const QString& databaseName);

    // Undo and redo of an applied import, each in one transaction, with the same ids.
    static Status undo(Database& database, const ImportResult& result);
    static Status redo(Database& database, const ImportResult& result);

private:
    // Writes a plan made inside the caller's write transaction.
    Result<ImportResult> apply(const ImportPlan& plan, const std::function<void(qint64)>& afterEachWrite);

    Database& m_database;
};

} // namespace sd
