#pragma once

#include "CommandLine.h"
#include "common/Result.h"
#include "counting/ResultsTable.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sd {

// The command line's words. They stay English; the context keeps them apart from the window's.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli)
};

class Database;
class ProgrammeStore;
} // namespace sd

namespace sd::cli {

// What every command gets: its own arguments (without the program and command names).
struct Invocation
{
    QString command;
    QStringList arguments;
};

// Helpers shared by the commands.
int fail(const Error& error);
int usageError(const QString& command, const QString& message);
void printOut(const QString& text);
// Parses a command's options; on a usage problem prints it and returns false with exitCode set.
bool parseOptions(QCommandLineParser& parser, const Invocation& invocation, int expectedPositionals,
                  const QString& positionalsSyntax, int& exitCode);
Result<std::unique_ptr<Database>> openFile(const QString& path, bool readOnly = true);
// How a programme is named in a sentence: a file's name, or "mexico-ii on db.example.org as mlopez"
// for a server's address (never its password).
QString shownName(const QString& path);
// The project a command works on: --project CODE, or the only project of the file.
Result<Project> chooseProject(ProgrammeStore& store, const QString& code, const QString& path);
// Writes bytes to -o OUT (through QSaveFile) or to standard output.
int writeOutput(const QByteArray& bytes, const QString& outputPath);

// The options of a command that exports: --format (one of `formats`, the first by default), --bom
// (CSV only) and -o OUT (required for xlsx).
struct ExportOptions
{
    ExportOptions(const QStringList& formats, const QString& outputHelp);

    // After parsing: false, with the usage error printed and exitCode set, when the options do not
    // fit together. formatRule may refuse a known format for the command's other options (its
    // sentence), or accept it (an empty string).
    bool check(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
               const std::function<QString(const QString&)>& formatRule = {}) const;

    QStringList formats;
    QCommandLineOption format;
    QCommandLineOption bom;
    QCommandLineOption output;
};

// The options --from DATE and --to DATE of the commands that count (results, participants): only the
// sessions of that period count.
struct PeriodOptions
{
    PeriodOptions();

    // After parsing: false, with the usage error printed and exitCode set, for a date that is not
    // YYYY-MM-DD or a start after the end.
    bool read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
              ResultsPeriod& period) const;

    QCommandLineOption from;
    QCommandLineOption to;
};

int runInfo(const Invocation& invocation);
int runHistory(const Invocation& invocation);
int runCheck(const Invocation& invocation);
int runResults(const Invocation& invocation);
int runDemo(const Invocation& invocation);
int runGenerate(const Invocation& invocation);
int runParticipants(const Invocation& invocation);
// Draws PDFs: needs the QGuiApplication that main.cpp starts for `print`.
int runPrint(const Invocation& invocation);
int runImport(const Invocation& invocation);
int runDuplicates(const Invocation& invocation);
int runMerge(const Invocation& invocation);
int runBackup(const Invocation& invocation);
// Sets up a programme database on a PostgreSQL server (server init URL).
int runServer(const Invocation& invocation);
// Copies a programme between files and servers (copy SOURCE TARGET).
int runCopy(const Invocation& invocation);
// Erases a participant (erase FILE ID), and places or lifts a legal hold (legal-hold FILE ID).
int runErase(const Invocation& invocation);
int runLegalHold(const Invocation& invocation);
// Retention rules: sets them, lists the persons past them, applies them (retention FILE).
int runRetention(const Invocation& invocation);
// Records a participant's consent: date, purpose, source (consent FILE ID).
int runConsent(const Invocation& invocation);

} // namespace sd::cli
