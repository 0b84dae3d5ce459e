#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <memory>

namespace sd {

class Database;

// One rule the check verified: what holds when it passes, and what was found when it does not.
struct CheckFinding
{
    // What a failure asks of the person who owns the file.
    enum class Remedy
    {
        RestoreBackup,  // the file itself is damaged or its references are broken
        CorrectRecords, // records break a rule of the programme that an officer can correct
        ReportFault,    // the format or the counting disagrees with itself: a fault of Seminar Desk
    };

    QString name; // the rule, as a statement: "sessions lie within their activity's dates"
    bool passed = true;
    QString detail; // what was found, for a failed rule
    Remedy remedy = Remedy::CorrectRecords;
};

struct FileCheckReport
{
    QList<CheckFinding> findings; // in the order the rules were checked
    // SQLite's integrity_check failed: the file is damaged, not merely inconsistent.
    bool damaged = false;

    int failures() const;
};

// Whether a programme file holds together: SQLite's integrity_check (with the write-ahead log
// applied and CHECK constraints enforced) and foreign_key_check, the format marks, the rules of the
// schema that SQL cannot state, and that every project's results tables add up. The command line's
// `check` and the window's Help ▸ Check this file run the same rules.
class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(sd::FileCheck)

public:
    // A connection to check through: one that could write (integrity_check verifies CHECK
    // constraints only there) but writes nothing, or, when the file cannot be written, a copy in
    // memory. A reading connection would pass a file whose CHECK constraints are broken.
    // upgradeOlder upgrades a file in an older format first (the command line's reading commands
    // do); otherwise such a file is refused.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool upgradeOlder);

    // Runs every rule on the connection. A failed rule is a finding, not an error; an error says
    // that the rules could not be checked (a locked file, a statement SQLite refused). When stop is
    // given and becomes true (from another thread), the check ends early with an error.
    static Result<FileCheckReport> run(Database& database, const std::atomic<bool>* stop = nullptr);
};

} // namespace sd
