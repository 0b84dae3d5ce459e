// `results`: the evaluator's tables, reproducible from the command line.
#include "Commands.h"
#include "counting/EvaluationFormatter.h"
#include "counting/EvaluationQuery.h"
#include "counting/ResultsFormatter.h"
#include "counting/ResultsQuery.h"
#include "export/ExportAbout.h"
#include "export/ResultsExport.h"
#include "export/SafeFile.h"
#include "export/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstdio>

namespace sd::cli {
namespace {

QString keyCodes()
{
    QStringList codes;
    for (ResultsKey key : allResultsKeys())
        codes.append(resultsKeyCode(key));
    return codes.join(QStringLiteral(", "));
}

// The evaluation tables of the chosen breakdowns (one, or every one for --by all), in the period.
Result<QList<EvaluationTable>> evaluationTables(Database& database, Id projectId,
                                                const QList<ResultsKey>& keys, const ResultsPeriod& period)
{
    QList<EvaluationTable> tables;
    for (ResultsKey each : keys) {
        Result<EvaluationTable> table = EvaluationQuery(database).evaluation(projectId, each, period);
        if (!table)
            return table.error();
        tables.append(std::move(table).value());
    }
    return tables;
}

// `--measure evaluation` in text, CSV or JSON (the workbook holds both measures).
QByteArray evaluationBytes(const QList<EvaluationTable>& tables, const QString& formatName, bool everyKey,
                           bool bom)
{
    if (formatName == QLatin1String("json"))
        return everyKey ? evaluationJsonByKey(tables) : EvaluationFormatter::toJson(tables.first());
    if (formatName == QLatin1String("csv"))
        return (bom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) +
               EvaluationFormatter::toCsv(tables.first());
    return EvaluationFormatter::toText(tables.first()).toUtf8();
}

} // namespace

int writeOutput(const QByteArray& bytes, const QString& outputPath)
{
    if (outputPath.isEmpty()) {
        // The bytes as they are: a detour through QString would drop a CSV's byte order mark.
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Done;
    }
    Status written = writeBytesAtomically(outputPath, bytes);
    return written ? Done : fail(written.error());
}

int runResults(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("A results table of a project."));
    const QCommandLineOption by(
        QStringLiteral("by"),
        Cli::tr("The breakdown: %1; or all (one sheet each, xlsx and json).").arg(keyCodes()),
        Cli::tr("KEY"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     Cli::tr("The project's code (needed when the file holds "
                                             "several projects)."),
                                     Cli::tr("CODE"));
    const ExportOptions exports(
        {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")},
        Cli::tr("Write to OUT instead of standard output."));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        Cli::tr("attendance (the default: participations, participant-days...) or evaluation (pre/post "
                "tests, satisfaction, follow-up). An xlsx workbook of --by all holds both."),
        Cli::tr("MEASURE"), QStringLiteral("attendance"));
    const PeriodOptions periodOptions;
    const SmallCellCliOptions smallCellOptions;
    const LanguageOption language(Cli::tr("es or en: the language of the rows' titles and names (activities, "
                                          "components, institutions) and of the project's title (default: "
                                          "the project's choice in the window, or en)."));
    parser.addOptions({by, measure, project, periodOptions.from, periodOptions.to, exports.format,
                       exports.bom, exports.output, smallCellOptions.k, smallCellOptions.suppress,
                       language.option});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE --by KEY"), exitCode))
        return exitCode;
    if (!parser.isSet(by))
        return usageError(invocation.command,
                          Cli::tr("--by KEY is required (KEY is one of %1).").arg(keyCodes()));
    const bool everyKey = parser.value(by) == QLatin1String("all");
    const std::optional<ResultsKey> key = resultsKeyFromCode(parser.value(by));
    if (!key && !everyKey)
        return usageError(
            invocation.command,
            Cli::tr("'%1' is not a breakdown; use one of %2, or all.").arg(parser.value(by), keyCodes()));
    const auto everyKeyRule = [everyKey](const QString& chosen) {
        return everyKey && chosen != QLatin1String("xlsx") && chosen != QLatin1String("json")
                   ? Cli::tr("--by all needs --format xlsx or json.")
                   : QString();
    };
    if (!exports.check(parser, invocation, exitCode, everyKeyRule))
        return exitCode;
    const bool evaluation = parser.value(measure) == QLatin1String("evaluation");
    if (!evaluation && parser.value(measure) != QLatin1String("attendance"))
        return usageError(
            invocation.command,
            Cli::tr("'%1' is not a measure; use attendance or evaluation.").arg(parser.value(measure)));
    ResultsPeriod period;
    if (!periodOptions.read(parser, invocation, exitCode, period))
        return exitCode;
    SmallCellOptions smallCells;
    if (!smallCellOptions.read(parser, invocation, exitCode, smallCells))
        return exitCode;
    std::optional<Language> chosenLanguage;
    if (!language.read(parser, invocation, exitCode, chosenLanguage))
        return exitCode;
    const QString formatName = parser.value(exports.format);
    const QString outputPath = parser.value(exports.output);

    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<Project> chosen = chooseProject(store, parser.value(project), path);
    if (!chosen)
        return fail(chosen.error());
    const Language titlesLanguage = LanguageOption::resolve(chosenLanguage, path, chosen->id);
    QList<ResultsTable> tables;
    // The evaluation alone needs no attendance table; the workbook of every breakdown holds both.
    const bool attendanceWanted = !evaluation || (everyKey && formatName == QLatin1String("xlsx"));
    for (ResultsKey each :
         attendanceWanted ? (everyKey ? allResultsKeys() : QList<ResultsKey>{*key}) : QList<ResultsKey>{}) {
        Result<ResultsTable> table =
            ResultsQuery(**database, titlesLanguage).results(chosen->id, each, period, smallCells);
        if (!table)
            return fail(table.error());
        tables.append(std::move(table).value());
    }

    const QList<ResultsKey> keys = everyKey ? allResultsKeys() : QList<ResultsKey>{*key};
    std::optional<QList<EvaluationTable>> evaluations;
    if (evaluation || (everyKey && formatName == QLatin1String("xlsx"))) {
        Result<QList<EvaluationTable>> counted = evaluationTables(**database, chosen->id, keys, period);
        if (!counted)
            return fail(counted.error());
        evaluations = std::move(counted).value();
    }
    if (evaluation && formatName != QLatin1String("xlsx"))
        return writeOutput(evaluationBytes(*evaluations, formatName, everyKey, parser.isSet(exports.bom)),
                           outputPath);

    if (formatName == QLatin1String("xlsx")) {
        XlsxWorkbookWriter workbook;
        for (const ResultsTable& table : std::as_const(tables))
            workbook.addTable(resultsSheet(table));
        if (evaluations) {
            for (const EvaluationTable& table : std::as_const(*evaluations))
                workbook.addTable(evaluationSheet(table));
            workbook.addTable(indicatorsSheet());
        }
        ExportContext context;
        context.sourcePath = path;
        context.projectCode = chosen->code;
        context.projectTitle = inLanguage(titlesLanguage, chosen->title, chosen->titleEs);
        context.contents = everyKey ? Cli::tr("Results by every breakdown, one sheet each")
                                    : Cli::tr("Results by %1").arg(resultsKeyLabel(*key).toLower());
        if (evaluations)
            context.contents = everyKey
                                   ? Cli::tr("Results and evaluation by every breakdown, one sheet each, "
                                             "and the indicators' definitions")
                                   : Cli::tr("Evaluation by %1, and the indicators' definitions")
                                         .arg(resultsKeyLabel(*key).toLower());
        if (!period.isWhole())
            context.details.append({Cli::tr("Period"), Cli::tr("sessions held %1").arg(period.describe())});
        workbook.setAbout(aboutLines(context));
        const Status written = workbook.write(outputPath);
        return written ? Done : fail(written.error());
    }
    QByteArray bytes;
    if (formatName == QLatin1String("json"))
        bytes = everyKey ? resultsJsonByKey(tables) : ResultsFormatter::toJson(tables.first());
    else if (formatName == QLatin1String("csv"))
        bytes = (parser.isSet(exports.bom) ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) +
                ResultsFormatter::toCsv(tables.first());
    else
        bytes = ResultsFormatter::toText(tables.first()).toUtf8();
    const int written = writeOutput(bytes, outputPath);
    // A CSV holds no notes: the small-cell note, the one a reader must not miss, goes to standard error.
    if (written == Done && formatName == QLatin1String("csv") && !tables.first().smallCellNote.isEmpty())
        printNote(invocation, tables.first().smallCellNote);
    return written;
}

} // namespace sd::cli
