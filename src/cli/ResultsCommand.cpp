// `results`: the evaluator's tables, reproducible from the command line.
#include "Commands.h"
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
    const PeriodOptions periodOptions;
    parser.addOptions(
        {by, project, periodOptions.from, periodOptions.to, exports.format, exports.bom, exports.output});
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
    ResultsPeriod period;
    if (!periodOptions.read(parser, invocation, exitCode, period))
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
    QList<ResultsTable> tables;
    for (ResultsKey each : everyKey ? allResultsKeys() : QList<ResultsKey>{*key}) {
        Result<ResultsTable> table = ResultsQuery(**database).results(chosen->id, each, period);
        if (!table)
            return fail(table.error());
        tables.append(std::move(table).value());
    }

    if (formatName == QLatin1String("xlsx")) {
        XlsxWorkbookWriter workbook;
        for (const ResultsTable& table : std::as_const(tables))
            workbook.addTable(resultsSheet(table));
        ExportContext context;
        context.sourcePath = path;
        context.projectCode = chosen->code;
        context.projectTitle = chosen->title;
        context.contents = everyKey ? Cli::tr("Results by every breakdown, one sheet each")
                                    : Cli::tr("Results by %1").arg(resultsKeyLabel(*key).toLower());
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
    return writeOutput(bytes, outputPath);
}

} // namespace sd::cli
