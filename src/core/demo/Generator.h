#pragma once

#include "common/Result.h"

#include <QString>

namespace sd {

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
};

struct GeneratorReport
{
    qint64 rowsWritten = 0;
    qint64 attendanceMarks = 0;
    double seconds = 0.0;
};

Result<GeneratorReport> generateProgramme(Database& database, const GeneratorOptions& options);

} // namespace sd
