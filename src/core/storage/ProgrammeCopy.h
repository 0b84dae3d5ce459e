#pragma once

#include "common/Result.h"
#include "storage/ProgrammeLocation.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// What a copy did.
struct ProgrammeCopyReport
{
    qint64 rows = 0; // every row of every table written to the target
    double seconds = 0;
};

// Copies a whole programme from one place to another: file → server (publishing it), server → file
// (an offline copy, or a backup taken while others write), file → file. Every table, with its ids.
//
// - The source is read in one read transaction (a repeatable-read snapshot on a server), so a copy
//   taken while others write is one consistent moment of the programme. The source is never written
//   (a file in an older format is upgraded first, as every reading command does).
// - The target must be new or empty: a file that does not exist yet; a database with nothing in it,
//   or one that `server init` set up and that holds no rows. Anything else is refused (BadInput)
//   before a thing is written.
// - The target is written in one transaction. A file is built as FILE.partial and renamed once
//   complete; a database gets its schema (when empty) and its rows in one transaction, its identity
//   sequences moved past the copied ids. A failure of any kind — a refused row, a connection lost,
//   a full disk — leaves the target as it was: no file, or the database as it was found.
// - Bulk paths: COPY … FROM STDIN into a server and COPY … TO STDOUT out of it, through libpq;
//   SQLite's C API with multi-row inserts into a file, its indexes and triggers built once at the
//   end (as the generator does).
// - The participation summary (the enrolments' derived columns) is copied into a file as it is; on a
//   server the per-statement triggers count it again from the marks as they arrive, so both sides
//   agree whenever the source passes `check`.
class ProgrammeCopy
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProgrammeCopy)

public:
    // The passwords a dialog asked for, for a server whose address, ~/.pgpass or service entry holds
    // none (the window's connection has one; the command line leaves them empty). Never logged.
    struct Passwords
    {
        QString source;
        QString target;
    };

    static Result<ProgrammeCopyReport> copy(const ProgrammeLocation& source, const ProgrammeLocation& target,
                                            const Passwords& passwords = {});
};

} // namespace sd
