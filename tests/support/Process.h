#pragma once

// Runs a program to its end for a test: the real seminardesk-cli as a user runs it, the sqlite3 shell
// as another program on the same file, and the real readers of what the program wrote.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>
#include <optional>

namespace sd::test {

struct ProcessRun
{
    int exitCode = -1; // -1 when the program crashed or did not finish
    bool crashed = false;
    QByteArray bytes; // standard output as the program wrote it
    QString out;      // the same as UTF-8 text
    QString err;
};

struct ProcessOptions
{
    std::optional<QProcessEnvironment> environment; // replaces the inherited one when given
    QString workingDirectory;                       // the test's own when empty
    int timeoutMs = 180000;                         // then the program is killed and the test fails
};

inline ProcessOptions withEnvironment(const QProcessEnvironment& environment)
{
    ProcessOptions options;
    options.environment = environment;
    return options;
}

inline ProcessOptions inFolder(const QString& folder)
{
    ProcessOptions options;
    options.workingDirectory = folder;
    return options;
}

inline ProcessRun runProgram(const QString& program, const QStringList& arguments,
                             const ProcessOptions& options = {})
{
    QProcess process;
    if (options.environment)
        process.setProcessEnvironment(*options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        ADD_FAILURE() << program.toStdString() << " did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.bytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.bytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#ifdef SD_CLI_PATH
// The real seminardesk-cli that this build made.
inline ProcessRun cli(const QStringList& arguments, const ProcessOptions& options = {})
{
    return runProgram(QStringLiteral(SD_CLI_PATH), arguments, options);
}
#endif

// The sqlite3 shell running `sql` on the file at path, as another program would: it waits up to 5 s
// for a lock another connection holds.
inline ProcessRun sqliteShell(const QString& path, const QString& sql)
{
    return runProgram(QStringLiteral("sqlite3"),
                      {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), path, sql});
}

} // namespace sd::test
