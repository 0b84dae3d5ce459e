#include "CommandLine.h"

#include "Commands.h"
#include "common/Logging.h"
#include "documents/DocumentLanguageChoice.h"
#include "storage/Database.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <utility>

namespace sd::cli {
namespace {

QString usage()
{
    return Cli::tr(
        "Usage: seminardesk-cli COMMAND FILE [options]\n"
        "\n"
        "Commands:\n"
        "  --version                    print the version\n"
        "  demo FILE                    write the demo programme (Mexico II) to a new FILE\n"
        "  info FILE                    counts of every kind of record, per project\n"
        "  check FILE                   integrity, foreign keys, schema version, counting invariants\n"
        "  history FILE                 who changed what, newest first (ids and field names only)\n"
        "        [--record TYPE:ID] [--limit N] [--format text|json]\n"
        "  results FILE --by KEY        a results table; KEY is activity, component, institution,\n"
        "                               institution-type, gender, region, expert-country, year\n"
        "                               or quarter\n"
        "        [--from DATE] [--to DATE] (only the sessions of that period count)\n"
        "        [--project CODE] [--format text|csv|json|xlsx] [--bom] [-o OUT]\n"
        "        [--k N] [--suppress-small] (cells of 1 to N-1 persons flagged, or blanked)\n"
        "                               (--by all: every breakdown, one sheet each; xlsx or json)\n"
        "  participants FILE [filters]  the persons behind a number; with no filter, every participant\n"
        "        [--activity CODE] [--component N] [--institution NAME] [--institution-type CODE]\n"
        "        [--gender CODE] [--region NAME] [--expert-country NAME] [--year YYYY]\n"
        "        [--quarter YYYY-QN] [--from DATE] [--to DATE] [--project CODE]\n"
        "        [--pseudonymise [--k N] [--suppress-small]] [--language es|en]\n"
        "        [--format csv|json|xlsx] [--bom] [-o OUT]\n"
        "  print FILE --kind KIND (--participant ID | --activity CODE) -o OUT.pdf\n"
        "                               KIND is certificate, summary, activity-list, sign-in-sheet\n"
        "                               or evaluation-report\n"
        "        [--project CODE] [--page-size a4|letter] [--orientation portrait|landscape]\n"
        "        [--threshold PERCENT] [--logo IMAGE] [--split] [--language es|en]\n"
        "                               certificates are numbered as they are printed\n"
        "  verify FILE NUMBER CODE      whether a certificate's number and verification code are\n"
        "                               genuine, and for whom (exit 3 when not)\n"
        "  person FILE ID               everything held about a participant, as JSON (right of access)\n"
        "        [--export -o OUT.zip] [--language en|es]   a zip of that JSON and a readable PDF\n"
        "  generate FILE --participants N --activities M [--seed S]\n"
        "                               a large synthetic programme for benchmarks\n"
        "  import FILE participants|attendance LIST   a registration list or sign-in sheet (CSV, XLSX)\n"
        "        [--activity CODE] [--project CODE] [--map COLUMN=FIELD ...] [--dry-run]\n"
        "        [--skip-invalid] [--create-missing]\n"
        "  import FILE evaluation LIST --activity CODE   an activity's evaluation answers (a form export)\n"
        "        [--project CODE] [--map COLUMN=FIELD ...] [--dry-run] [--skip-invalid]\n"
        "  template FILE -o OUT.xlsx    the registration list template that import reads with no mapping\n"
        "        [--language es|en] [--project CODE]\n"
        "  duplicates FILE [--format text|json]   probable duplicate participants, with the reason\n"
        "  merge FILE KEEP_ID OTHER_ID  merges two participant records of one person\n"
        "  backup FILE -o OUT           a consistent copy of FILE, also while others write it\n"
        "  server init URL              sets up a programme in the empty PostgreSQL database URL\n"
        "                               (postgresql://[user@]host[:port]/database[?sslmode=...])\n"
        "  copy SOURCE TARGET           copies a whole programme between a file and a server (either\n"
        "                               way) or two files; TARGET must be new or empty\n"
        "  erase FILE ID                anonymises a participant in place, keeping every results table\n"
        "        [--completely] [--dry-run]   (--completely: deletes them, saying which totals change)\n"
        "  consent FILE ID [--date DATE] [--purpose TEXT] [--source sign_in_sheet|registration_form|import]\n"
        "                               records a participant's consent to the processing of their data\n"
        "  legal-hold FILE ID (--reason TEXT --until DATE | --release)\n"
        "                               a legal hold stops erasure and retention until its end date\n"
        "  retention FILE [--apply] [--on DATE]   the persons past their projects' retention rules;\n"
        "                               --apply removes contact details or anonymises them\n"
        "  retention FILE [--project CODE] --contact-years N|none --name-years N|none\n"
        "                               sets a project's retention rules\n"
        "\n"
        "Wherever a command takes a FILE, a programme on a PostgreSQL server works as well:\n"
        "  postgresql://[user@]host[:port]/database[?sslmode=...] (see 'man seminardesk-cli').\n"
        "\n"
        "Exit status: 0 done, 2 wrong usage, 3 bad input, 4 database problem.\n"
        "Run 'seminardesk-cli COMMAND --help' for a command's options.\n");
}

// Every command, by the name it is called with.
struct CommandEntry
{
    const char* name;
    int (*run)(const Invocation&);
};

constexpr CommandEntry kCommands[] = {
    {"info", runInfo},
    {"check", runCheck},
    {"results", runResults},
    {"demo", runDemo},
    {"generate", runGenerate},
    {"participants", runParticipants},
    {"print", runPrint},
    {"import", runImport},
    {"duplicates", runDuplicates},
    {"merge", runMerge},
    {"backup", runBackup},
    {"server", runServer},
    {"copy", runCopy},
    {"history", runHistory},
    {"verify", runVerify},
    {"template", runTemplate},
    {"person", runPerson},
    {"erase", runErase},
    {"legal-hold", runLegalHold},
    {"retention", runRetention},
    {"consent", runConsent},
};

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error& error)
{
    printErr(QStringLiteral("seminardesk-cli: ") + error.message);
    // A database problem names a file and what happened to it; other messages may quote a list's
    // values (names, emails), so only their kind goes to the log.
    if (error.kind == ErrorKind::Database)
        spdlog::error("command failed: {}", error.message.toStdString());
    else if (error.kind == ErrorKind::ChangedElsewhere)
        spdlog::warn("command failed: a record changed elsewhere (exit {})", int(ChangedElsewhere));
    else if (error.kind == ErrorKind::NotAllowed)
        spdlog::warn("command failed: not allowed for the login's role (exit {})", int(NotAllowed));
    else
        spdlog::warn("command failed: bad input (exit {})", int(BadInput));
    switch (error.kind) {
    case ErrorKind::Database:
        return DatabaseProblem;
    case ErrorKind::ChangedElsewhere:
        return ChangedElsewhere;
    case ErrorKind::NotAllowed:
        return NotAllowed;
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
        return BadInput;
    }
    return BadInput;
}

int usageError(const QString& command, const QString& message)
{
    printErr(QStringLiteral("seminardesk-cli %1: %2 Run 'seminardesk-cli %1 --help' for its usage.")
                 .arg(command, message));
    return WrongUsage;
}

LanguageOption::LanguageOption(const QString& description)
    : option(QStringLiteral("language"), description, Cli::tr("LANGUAGE"))
{
}

bool LanguageOption::read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
                          std::optional<Language>& language) const
{
    if (!parser.isSet(option))
        return true;
    language = languageFromCode(parser.value(option));
    if (language)
        return true;
    exitCode = usageError(invocation.command,
                          Cli::tr("--language '%1' is not a language of the programme's texts; use es or en.")
                              .arg(parser.value(option)));
    return false;
}

Language LanguageOption::resolve(const std::optional<Language>& given, const QString& path, Id projectId)
{
    if (given)
        return *given;
    return rememberedDocumentLanguage(path, projectId).value_or(Language::English);
}

PeriodOptions::PeriodOptions()
    : from(QStringLiteral("from"), Cli::tr("Count only sessions held on or after this date (YYYY-MM-DD)."),
           Cli::tr("DATE"))
    , to(QStringLiteral("to"), Cli::tr("Count only sessions held on or before this date (YYYY-MM-DD)."),
         Cli::tr("DATE"))
{
}

bool PeriodOptions::read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
                         ResultsPeriod& period) const
{
    for (const auto& [option, date] : {std::pair{&from, &period.from}, std::pair{&to, &period.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option);
        static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        *date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date->isValid()) {
            exitCode = usageError(invocation.command,
                                  Cli::tr("--%1 '%2' is not a date; write it as YYYY-MM-DD, e.g. 2017-01-31.")
                                      .arg(option->names().first(), text));
            return false;
        }
    }
    if (period.isEmpty()) {
        exitCode = usageError(invocation.command, Cli::tr("--from %1 is after --to %2; the period must start "
                                                          "on or before its end.")
                                                      .arg(parser.value(from), parser.value(to)));
        return false;
    }
    return true;
}

SmallCellCliOptions::SmallCellCliOptions()
    : k(QStringLiteral("k"),
        Cli::tr("Flag a number of 1 to N-1 persons, which could single a person out (default %1).")
            .arg(SmallCellOptions::kDefaultK),
        Cli::tr("N"), QString::number(SmallCellOptions::kDefaultK))
    , suppress(QStringLiteral("suppress-small"), Cli::tr("Blank the cells that could single a person out."))
{
}

bool SmallCellCliOptions::read(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
                               SmallCellOptions& options) const
{
    bool isNumber = false;
    const int value = parser.value(k).toInt(&isNumber);
    if (!isNumber || value < 2 || value > 1000) {
        exitCode = usageError(
            invocation.command,
            Cli::tr("--k takes a whole number from 2 to 1000, such as 5; '%1' is not.").arg(parser.value(k)));
        return false;
    }
    options.k = value;
    options.suppress = parser.isSet(suppress);
    return true;
}

void printNote(const Invocation& invocation, const QString& note)
{
    printErr(QStringLiteral("seminardesk-cli %1: note: %2").arg(invocation.command, note));
}

bool parseOptions(QCommandLineParser& parser, const Invocation& invocation, int expectedPositionals,
                  const QString& positionalsSyntax, int& exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    QStringList arguments{QStringLiteral("seminardesk-cli %1").arg(invocation.command)};
    arguments += invocation.arguments;
    if (!parser.parse(arguments)) {
        exitCode = usageError(invocation.command, parser.errorText() + QLatin1Char('.'));
        return false;
    }
    if (parser.isSet(help)) {
        printOut(
            QStringLiteral("Usage: seminardesk-cli %1 %2\n\n%3")
                .arg(invocation.command, positionalsSyntax, parser.helpText().section(QLatin1Char('\n'), 2)));
        exitCode = Done;
        return false;
    }
    if (parser.positionalArguments().size() != expectedPositionals) {
        exitCode = usageError(invocation.command, Cli::tr("expected %1.").arg(positionalsSyntax));
        return false;
    }
    return true;
}

namespace {

// "csv, json or xlsx"
QString alternatives(const QStringList& words)
{
    if (words.size() < 2)
        return words.join(QString());
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + words.last();
}

} // namespace

ExportOptions::ExportOptions(const QStringList& formats, const QString& outputHelp)
    : formats(formats)
    , format(QStringLiteral("format"),
             Cli::tr("%1 (default), %2.").arg(formats.first(), alternatives(formats.mid(1))),
             Cli::tr("FORMAT"), formats.first())
    , bom(QStringLiteral("bom"),
          Cli::tr("Begin the CSV with a byte order mark, so that Excel reads accents right."))
    , output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, outputHelp, Cli::tr("OUT"))
{
}

bool ExportOptions::check(const QCommandLineParser& parser, const Invocation& invocation, int& exitCode,
                          const std::function<QString(const QString&)>& formatRule) const
{
    const QString chosen = parser.value(format);
    QString problem;
    if (!formats.contains(chosen))
        problem = Cli::tr("'%1' is not a format; use %2.").arg(chosen, alternatives(formats));
    else if (formatRule)
        problem = formatRule(chosen);
    if (problem.isEmpty() && chosen == QLatin1String("xlsx") && parser.value(output).isEmpty())
        problem = Cli::tr("an XLSX workbook needs a file: add -o OUT.xlsx.");
    if (problem.isEmpty() && parser.isSet(bom) && chosen != QLatin1String("csv"))
        problem = Cli::tr("--bom is for CSV only.");
    if (problem.isEmpty())
        return true;
    exitCode = usageError(invocation.command, problem);
    return false;
}

Result<std::unique_ptr<Database>> openFile(const QString& path, bool readOnly)
{
    Database::Options options;
    // Writers wait a while for one another: two imports at once run one after the other.
    options.busyTimeoutMs = readOnly ? 1500 : 10000;
    // A file that needs an upgrade is opened for writing once; reading commands never write otherwise.
    options.upgradeOlder = true;
    options.readOnly = readOnly;
    return Database::open(path, options);
}

QString shownName(const QString& path)
{
    if (ProgrammeLocation::looksLikeServerAddress(path)) {
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(path);
        return location ? location->displayText() : Cli::tr("the server");
    }
    return QFileInfo(path).fileName();
}

Result<Project> chooseProject(ProgrammeStore& store, const QString& code, const QString& path)
{
    if (!code.isEmpty())
        return store.projectByCode(code);
    Result<QList<Project>> projects = store.projects();
    if (!projects)
        return projects.error();
    if (projects->isEmpty())
        return Error::badInput(
            Cli::tr("%1 holds no project yet. Add one in the desktop app first.").arg(shownName(path)));
    if (projects->size() > 1) {
        QStringList codes;
        for (const Project& project : *projects)
            codes.append(project.code);
        return Error::badInput(Cli::tr("%1 holds %2 projects (%3); choose one with --project CODE.")
                                   .arg(shownName(path))
                                   .arg(projects->size())
                                   .arg(codes.join(QStringLiteral(", "))));
    }
    return projects->first();
}

int run(const QStringList& arguments, const QStringList& startupMessages)
{
    LoggingOptions logging;
    logging.appName = QStringLiteral("seminardesk-cli");
    logging.warningsToStderr = false; // the command line reports its own errors, one sentence each
    initLogging(logging);
    for (const QString& message : startupMessages)
        spdlog::info("qt at start-up: {}", message.toStdString());
    QCoreApplication::setApplicationName(QStringLiteral("Seminar Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEMINARDESK_VERSION));

    if (arguments.size() < 2) {
        printErr(usage());
        return WrongUsage;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("seminardesk-cli %1\n").arg(QStringLiteral(SEMINARDESK_VERSION)));
        return Done;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(usage());
        return Done;
    }
    const Invocation invocation{command, arguments.mid(2)};
    for (const auto& [name, runCommand] : kCommands) {
        if (command == QLatin1String(name))
            return runCommand(invocation);
    }
    printErr(Cli::tr("seminardesk-cli: '%1' is not a command. Run 'seminardesk-cli --help' for the list.")
                 .arg(command));
    return WrongUsage;
}

} // namespace sd::cli
