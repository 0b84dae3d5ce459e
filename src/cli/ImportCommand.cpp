// `import`: registration lists and sign-in sheets into a programme file.
#include "Commands.h"
#include "import/EvaluationImport.h"
#include "import/ImportReport.h"
#include "import/Importer.h"
#include "io/TabularFile.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <chrono>
#include <cstdio>
#include <thread>

namespace sd::cli {
namespace {

// A test hook: with SEMINARDESK_TEST_PAUSE_IMPORT_AFTER_ROWS=N the import stops for a minute (or
// SEMINARDESK_TEST_PAUSE_IMPORT_SECONDS) inside its transaction after writing N rows, so that a test
// can kill the process, or end its server connection, there and check that nothing was written.
std::function<void(qint64)> testPauseHook()
{
    bool ok = false;
    const qint64 pauseAfter = qEnvironmentVariableIntValue("SEMINARDESK_TEST_PAUSE_IMPORT_AFTER_ROWS", &ok);
    if (!ok || pauseAfter <= 0)
        return {};
    bool secondsGiven = false;
    const int seconds = qEnvironmentVariableIntValue("SEMINARDESK_TEST_PAUSE_IMPORT_SECONDS", &secondsGiven);
    return [pauseAfter, seconds = secondsGiven && seconds > 0 ? seconds : 60](qint64 written) {
        if (written != pauseAfter)
            return;
        std::fprintf(stderr, "seminardesk-cli: paused after %lld rows inside the import transaction.\n",
                     static_cast<long long>(written));
        std::fflush(stderr);
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
    };
}

QString lineList(const QList<RejectedRow>& rejected)
{
    constexpr int kShown = 10;
    QStringList lines;
    for (const RejectedRow& row : rejected) {
        if (lines.size() == kShown) {
            lines.append(Cli::tr("and %1 more").arg(rejected.size() - kShown));
            break;
        }
        lines.append(QString::number(row.line));
    }
    return (rejected.size() == 1 ? Cli::tr("line %1") : Cli::tr("lines %1"))
        .arg(lines.join(QStringLiteral(", ")));
}

// `import FILE evaluation LIST --activity CODE`: an activity's evaluation answers from a form tool's export.
int importEvaluation(const Invocation& invocation, const QCommandLineParser& parser, const QString& path,
                     const QString& listPath, const QString& activityCode, const QString& projectCode,
                     const QStringList& mapping, bool dry, bool skipInvalid)
{
    if (activityCode.isEmpty())
        return usageError(invocation.command,
                          Cli::tr("An evaluation list is for one activity; name it with --activity CODE."));
    Q_UNUSED(parser)
    QList<EvaluationColumnChoice> choices;
    for (const QString& text : mapping) {
        Result<EvaluationColumnChoice> choice = EvaluationImporter::parseChoice(text);
        if (!choice)
            return usageError(invocation.command, choice.error().message);
        choices.append(*choice);
    }
    Result<CsvTable> table = readTabularFile(listPath);
    if (!table)
        return fail(table.error());
    Result<std::unique_ptr<Database>> database = openFile(path, dry);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<Project> project = chooseProject(store, projectCode, path);
    if (!project)
        return fail(project.error());
    Result<Activity> activity = store.activityByCode(project->id, activityCode);
    if (!activity)
        return fail(activity.error());
    const Id activityId = activity->id;

    const QString rejectedFile = rejectedRowsPath(listPath);
    const QString databaseName = shownName(path);
    const auto refuseInvalidRows = [&](const EvaluationPlan& plan, bool written) -> Status {
        if (plan.rejected.isEmpty() || skipInvalid)
            return {};
        printOut(formatEvaluationReport(plan, databaseName, written, false, {}));
        return Error::badInput(
            Cli::tr("%1 has %2 invalid row(s) (%3), so nothing was imported; correct them, or run again with "
                    "--skip-invalid to import the valid rows and keep the others in %4.")
                .arg(QFileInfo(listPath).fileName())
                .arg(plan.rejected.size())
                .arg(lineList(plan.rejected), QFileInfo(rejectedFile).fileName()));
    };
    EvaluationImporter importer(**database);
    if (dry) {
        Result<EvaluationPlan> plan = importer.plan(*table, listPath, activityId, choices);
        if (!plan)
            return fail(plan.error());
        if (Status accepted = refuseInvalidRows(*plan, false); !accepted)
            return fail(accepted.error());
        printOut(formatEvaluationReport(*plan, databaseName, false, skipInvalid, rejectedFile));
        return Done;
    }
    const EvaluationImporter::Review review = [&](const EvaluationPlan& plan) -> Status {
        if (Status accepted = refuseInvalidRows(plan, false); !accepted)
            return accepted;
        // The rejected rows are saved first: if that fails, nothing is imported and nothing is lost.
        if (!plan.rejected.isEmpty())
            return writeRejectedRows(rejectedFile, *table, plan.rejected);
        return {};
    };
    Result<EvaluationPlan> written = importer.run(*table, listPath, activityId, choices, review);
    if (!written)
        return fail(written.error());
    printOut(formatEvaluationReport(*written, databaseName, true, skipInvalid,
                                    written->rejected.isEmpty() ? QString() : rejectedFile));
    return Done;
}

} // namespace

int runImport(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Imports a registration list (participants), a sign-in sheet "
                                             "(attendance) or an activity's evaluation answers (evaluation) "
                                             "from CSV or XLSX."));
    const QCommandLineOption activity(
        QStringLiteral("activity"),
        Cli::tr("participants: enrol everyone in this activity; attendance: the activity "
                "of rows without an activity column."),
        Cli::tr("CODE"));
    const QCommandLineOption project(QStringLiteral("project"), Cli::tr("The project of the activity codes."),
                                     Cli::tr("CODE"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        Cli::tr("Which field a column holds, when its heading is not recognised (repeatable); "
                "FIELD may be ignore."),
        Cli::tr("COLUMN=FIELD"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Report what would happen; write nothing."));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        Cli::tr("Import the valid rows and write the others to LIST.rejected.csv."));
    const QCommandLineOption createMissing(
        QStringLiteral("create-missing"),
        Cli::tr("attendance: create and enrol the people the sheet names who are not "
                "in the file yet."));
    parser.addOptions({activity, project, map, dryRun, skipInvalid, createMissing});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 3, QStringLiteral("FILE participants|attendance|evaluation LIST"),
                      exitCode))
        return exitCode;
    const QStringList positionals = parser.positionalArguments();
    const QString path = positionals[0];
    const QString kindText = positionals[1];
    const QString listPath = positionals[2];
    if (kindText == u"evaluation") {
        if (parser.isSet(createMissing))
            return usageError(invocation.command,
                              Cli::tr("--create-missing is for sign-in sheets (attendance); an evaluation "
                                      "list only answers for people enrolled in the activity."));
        return importEvaluation(invocation, parser, path, listPath, parser.value(activity).trimmed(),
                                parser.value(project), parser.values(map), parser.isSet(dryRun),
                                parser.isSet(skipInvalid));
    }

    ImportOptions options;
    if (kindText == u"participants")
        options.kind = ImportKind::Participants;
    else if (kindText == u"attendance")
        options.kind = ImportKind::Attendance;
    else
        return usageError(invocation.command,
                          Cli::tr("'%1' is not a kind of list; write participants, attendance or evaluation.")
                              .arg(kindText));
    if (parser.isSet(createMissing) && options.kind != ImportKind::Attendance)
        return usageError(invocation.command,
                          Cli::tr("--create-missing is for sign-in sheets (attendance)."));
    for (const QString& text : parser.values(map)) {
        Result<ColumnOverride> choice = ColumnMapping::parseOverride(text);
        if (!choice)
            return usageError(invocation.command, choice.error().message);
        options.mapping.append(*choice);
    }
    options.activityCode = parser.value(activity).trimmed();
    options.createMissing = parser.isSet(createMissing);

    Result<CsvTable> table = readTabularFile(listPath);
    if (!table)
        return fail(table.error());
    const bool dry = parser.isSet(dryRun);
    Result<std::unique_ptr<Database>> database = openFile(path, dry);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    if (!options.activityCode.isEmpty() || options.kind == ImportKind::Attendance || parser.isSet(project)) {
        Result<Project> chosen = chooseProject(store, parser.value(project), path);
        if (!chosen)
            return fail(chosen.error());
        options.projectId = chosen->id;
    }

    ImportReportContext context;
    context.databaseName = shownName(path);
    context.skipInvalid = parser.isSet(skipInvalid);
    // Refuses a list with invalid rows (unless they are to be skipped), after printing the report.
    const auto refuseInvalidRows = [&](const ImportPlan& plan) -> Status {
        if (!plan.rejected.isEmpty())
            context.rejectedFile = rejectedRowsPath(listPath);
        if (plan.rejected.isEmpty() || context.skipInvalid)
            return {};
        context.outcome = ImportOutcome::RefusedInvalidRows;
        printOut(formatImportReport(plan, context));
        return Error::badInput(
            (plan.rejected.size() == 1
                 ? Cli::tr("%1 has %2 invalid row (%3), so nothing was imported; correct it, or "
                           "run again with --skip-invalid to import the valid rows and keep that "
                           "one in %4.")
                 : Cli::tr("%1 has %2 invalid rows (%3), so nothing was imported; correct them, "
                           "or run again with --skip-invalid to import the valid rows and keep "
                           "the others in %4."))
                .arg(QFileInfo(listPath).fileName())
                .arg(plan.rejected.size())
                .arg(lineList(plan.rejected), QFileInfo(context.rejectedFile).fileName()));
    };

    Importer importer(**database);
    if (dry) {
        Result<ImportPlan> plan = importer.plan(*table, listPath, options);
        if (!plan)
            return fail(plan.error());
        if (Status accepted = refuseInvalidRows(*plan); !accepted)
            return fail(accepted.error());
        context.outcome = ImportOutcome::DryRun;
        printOut(formatImportReport(*plan, context));
        return Done;
    }
    // Planned under the write lock: another import running at the same time is either done before this
    // plan is made, or waits until this one is written.
    const Importer::Review review = [&](const ImportPlan& plan) -> Status {
        if (Status accepted = refuseInvalidRows(plan); !accepted)
            return accepted;
        // The rejected rows are saved first: if that fails, nothing is imported and nothing is lost.
        if (!plan.rejected.isEmpty())
            return writeRejectedRows(context.rejectedFile, *table, plan.rejected);
        return {};
    };
    Result<ImportRun> written = importer.run(*table, listPath, options, review, testPauseHook());
    if (!written)
        return fail(written.error());
    context.outcome = ImportOutcome::Written;
    printOut(formatImportReport(written->plan, context));
    return Done;
}

} // namespace sd::cli
