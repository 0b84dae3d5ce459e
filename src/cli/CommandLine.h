#pragma once

#include <QStringList>

namespace sd::cli {

// Exit statuses of the command line (README.md, "The command line").
enum ExitCode : int
{
    Done = 0,
    WrongUsage = 2,
    BadInput = 3,
    DatabaseProblem = 4,
    NotAllowed = 5,       // the server refused a statement for the login's role; nothing was written
    ChangedElsewhere = 6, // someone else changed the record since it was read; nothing was written
};

// Runs `seminardesk-cli` with its arguments (arguments[0] is the program) and returns the exit
// status. Errors go to standard error as one sentence; results go to standard output or -o FILE.
// `startupMessages` are what Qt said while main() started the application object, before logging
// was set up; they go to the log file, never to standard error.
int run(const QStringList& arguments, const QStringList& startupMessages = {});

} // namespace sd::cli
