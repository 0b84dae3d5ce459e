#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The generator's words: the names of a generated programme's records and its failures.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(sd::Generator)
};

class Database;

// A large synthetic programme for benchmarks: one project, its activities with sessions,
// participants spread over institutions, enrolments and attendance marks, written with
// prepared statements in one transaction. The same seed gives the same file content.
struct GeneratorOptions
{
    qint64 participants = 1000;
    qint64 activities = 20;
    quint64 seed = 1;
    int sessionsPerActivity = 5;     // about 10,000 sessions for 2,000 activities
    int enrolmentsPerActivity = 100; // 100 × 5 sessions × 2,000 activities ≈ 1,000,000 marks
    bool evaluation = false;         // every activity evaluated, every enrolment with answers
};

struct GeneratorReport
{
    qint64 rowsWritten = 0;
    qint64 attendanceMarks = 0;
    double seconds = 0.0;
};

// Writes the programme into the open (new) file, in one transaction.
Result<GeneratorReport> generateProgramme(Database& database, const GeneratorOptions& options);

// Writes the programme into a new file at `path`, as `seminardesk-cli generate` does: the file is
// built under the name `path` + ".partial" without a rollback journal (nobody else can open it under
// that name, and a failure removes it) and takes its name only when complete, with its write-ahead log
// switched on, so a failure or a kill never leaves a half-written file at `path`. The report's seconds
// run from creating the file to naming it.
Result<GeneratorReport> generateProgrammeFile(const QString& path, const GeneratorOptions& options);

// The name a file is built under until it is complete.
QString partialGeneratedPath(const QString& path);

} // namespace sd
