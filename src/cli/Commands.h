#pragma once

#include "CommandLine.h"
#include "common/Result.h"
#include "counting/ResultsTable.h"
#include "counting/SmallCells.h"
#include "domain/Language.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

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

// The options of small-cell protection (SmallCells): --k N (default 5) and --suppress-small.
struct SmallCellCliOptions
{
    SmallCellCliOptions();

    // After parsing: false, with the usage error printed and exitCode set, for a k that is not a whole
    // number of 2 or more.
    bool read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
              SmallCellOptions& options) const;

    QCommandLineOption k;
    QCommandLineOption suppress;
};

// Prints a note of an export whose format holds none (CSV, a JSON list) to standard error, after the
// data: "seminardesk-cli results: note: ...".
void printNote(const Invocation& invocation, const QString& note);

// --language es|en: the language of the programme's titles (and of a document's fixed texts), chosen
// per run; without it, the one chosen for the project in the window (Reports ▸ Document language), or
// English.
struct LanguageOption
{
    explicit LanguageOption(const QString& description);

    // After parsing: false, with the usage error printed and exitCode set, for a language other than es
    // or en. `language` is left unset when the option is not given.
    bool read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
              std::optional<Language>& language) const;
    // The language given, else the project's remembered choice for the programme at `path`, else English.
    static Language resolve(const std::optional<Language>& given, const QString& path, Id projectId);

    QCommandLineOption option;
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
// Everything held about one participant; its --export draws a PDF, so it too runs under a QGuiApplication.
int runPerson(const Invocation& invocation);
int runImport(const Invocation& invocation);
int runDuplicates(const Invocation& invocation);
int runMerge(const Invocation& invocation);
int runBackup(const Invocation& invocation);
// Sets up a programme database on a PostgreSQL server (server init URL).
int runServer(const Invocation& invocation);
// Copies a programme between files and servers (copy SOURCE TARGET).
int runCopy(const Invocation& invocation);
// Writes the registration list template (template FILE -o OUT.xlsx).
int runTemplate(const Invocation& invocation);
// Whether a certificate's number and code were issued from the programme (verify FILE NUMBER CODE).
int runVerify(const Invocation& invocation);
// Erases a participant (erase FILE ID), and places or lifts a legal hold (legal-hold FILE ID).
int runErase(const Invocation& invocation);
int runLegalHold(const Invocation& invocation);
// Retention rules: sets them, lists the persons past them, applies them (retention FILE).
int runRetention(const Invocation& invocation);
// Records a participant's consent: date, purpose, source (consent FILE ID).
int runConsent(const Invocation& invocation);

} // namespace sd::cli
