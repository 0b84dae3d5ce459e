// `demo` and `generate`: new programme files.
#include "Commands.h"
#include "demo/DemoProgramme.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sd::cli {
namespace {

// A new file that failed half-way is removed, so a failure leaves nothing behind.
void removeNewFile(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Result<qint64> positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1)
        return Error::badInput(Cli::tr("--%1 needs a whole number of 1 or more, not '%2'.")
                                   .arg(option.names().constFirst(), parser.value(option)));
    return value;
}

} // namespace

int runDemo(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes the demo programme (Mexico II) to a new FILE."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = Database::create(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    if (Status written = writeDemoProgramme(store); !written) {
        database->reset();
        removeNewFile(path);
        return fail(written.error());
    }
    printOut(Cli::tr("Wrote the demo programme to %1.\n").arg(path));
    return Done;
}

int runGenerate(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a large synthetic programme to a new FILE, for benchmarks."));
    const QCommandLineOption participants(QStringLiteral("participants"), Cli::tr("How many participants."),
                                          Cli::tr("N"));
    const QCommandLineOption activities(QStringLiteral("activities"), Cli::tr("How many activities."),
                                        Cli::tr("M"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("The random seed (default 1)."),
                                  Cli::tr("S"), QStringLiteral("1"));
    parser.addOptions({participants, activities, seed});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE --participants N --activities M"),
                      exitCode))
        return exitCode;
    if (!parser.isSet(participants) || !parser.isSet(activities))
        return usageError(invocation.command, Cli::tr("--participants N and --activities M are required."));
    GeneratorOptions options;
    Result<qint64> people = positiveNumber(parser, participants);
    if (!people)
        return usageError(invocation.command, people.error().message);
    Result<qint64> count = positiveNumber(parser, activities);
    if (!count)
        return usageError(invocation.command, count.error().message);
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(invocation.command,
                          Cli::tr("--seed needs a whole number, not '%1'.").arg(parser.value(seed)));
    options.participants = *people;
    options.activities = *count;

    const QString path = parser.positionalArguments().first();
    Result<GeneratorReport> report = generateProgrammeFile(path, options);
    if (!report)
        return fail(report.error());
    printOut(Cli::tr("Wrote %1 rows (%2 attendance marks) to %3 in %4 s: %5 rows/s.\n")
                 .arg(report->rowsWritten)
                 .arg(report->attendanceMarks)
                 .arg(path)
                 .arg(report->seconds, 0, 'f', 2)
                 .arg(static_cast<qint64>(static_cast<double>(report->rowsWritten) /
                                          std::max(report->seconds, 1e-9))));
    return Done;
}

} // namespace sd::cli
