// `results`: the evaluator's tables, reproducible from the command line.
#include "Commands.h"
#include "counting/ResultsFormatter.h"
#include "counting/ResultsQuery.h"
#include "export/SafeFile.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::cli", text);
}

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
        printOut(QString::fromUtf8(bytes));
        return Done;
    }
    Status written = writeFileAtomically(outputPath, [&](QIODevice* device) -> Status {
        if (device->write(bytes) != bytes.size())
            return Error::badInput(tr("%1 could not be written (%2). Check the folder and free space.")
                                       .arg(outputPath, device->errorString()));
        return {};
    });
    return written ? Done : fail(written.error());
}

int runResults(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A results table of a project."));
    const QCommandLineOption by(QStringLiteral("by"), tr("The breakdown: %1.").arg(keyCodes()), tr("KEY"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project's code (needed when the file holds "
                                                                    "several projects)."),
                                     tr("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default), csv or json."), tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to OUT instead of standard output."), tr("OUT"));
    parser.addOptions({by, project, format, output});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE --by KEY"), exitCode))
        return exitCode;
    if (!parser.isSet(by))
        return usageError(invocation.command, tr("--by KEY is required (KEY is one of %1).").arg(keyCodes()));
    const std::optional<ResultsKey> key = resultsKeyFromCode(parser.value(by));
    if (!key)
        return usageError(invocation.command,
                          tr("'%1' is not a breakdown; use one of %2.").arg(parser.value(by), keyCodes()));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return usageError(invocation.command, tr("'%1' is not a format; use text, csv or json.").arg(formatName));

    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<Project> chosen = chooseProject(store, parser.value(project), path);
    if (!chosen)
        return fail(chosen.error());
    Result<ResultsTable> table = ResultsQuery(**database).results(chosen->id, *key);
    if (!table)
        return fail(table.error());

    QByteArray bytes;
    if (formatName == QLatin1String("json"))
        bytes = ResultsFormatter::toJson(*table);
    else if (formatName == QLatin1String("csv"))
        bytes = ResultsFormatter::toCsv(*table);
    else
        bytes = ResultsFormatter::toText(*table).toUtf8();
    return writeOutput(bytes, parser.value(output));
}

} // namespace sd::cli
