// `demo` and `generate`: new programme files (generate: or an empty database on a server).
#include "Commands.h"
#include "demo/DemoProgramme.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

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

// A server's programme is generated as a file first, then copied in with COPY through libpq: the
// generator's bulk path is SQLite's C API, and a copy into an empty database is one transaction, so
// a failure leaves the database as it was.
Result<GeneratorReport> generateOnServer(const QString& address, const GeneratorOptions& options)
{
    Result<ProgrammeLocation> target = ProgrammeLocation::parse(address);
    if (!target)
        return target.error();
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error::database(
            Cli::tr("Could not make a temporary folder to generate the programme in; check that the "
                    "temporary folder (TMPDIR) can be written to and has room."));
    QElapsedTimer clock;
    clock.start();
    Result<GeneratorReport> report =
        generateProgrammeFile(folder.filePath(QStringLiteral("generated.sdesk")), options);
    if (!report)
        return report.error();
    Result<ProgrammeCopyReport> copied = ProgrammeCopy::copy(
        ProgrammeLocation::file(folder.filePath(QStringLiteral("generated.sdesk"))), *target);
    if (!copied)
        return copied.error();
    spdlog::info("generated {} rows in {:.2f} s, copied them to the server in {:.2f} s", report->rowsWritten,
                 report->seconds, copied->seconds);
    report->seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    return report;
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
    const QCommandLineOption evaluation(
        QStringLiteral("evaluation"),
        Cli::tr("Give every activity a test, the survey and the follow-up, and every enrolment answers."));
    parser.addOptions({participants, activities, seed, evaluation});
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
    options.evaluation = parser.isSet(evaluation);

    const QString path = parser.positionalArguments().first();
    Result<GeneratorReport> report = ProgrammeLocation::looksLikeServerAddress(path)
                                         ? generateOnServer(path, options)
                                         : generateProgrammeFile(path, options);
    if (!report)
        return fail(report.error());
    printOut(Cli::tr("Wrote %1 rows (%2 attendance marks) to %3 in %4 s: %5 rows/s.\n")
                 .arg(report->rowsWritten)
                 .arg(report->attendanceMarks)
                 .arg(ProgrammeLocation::looksLikeServerAddress(path) ? shownName(path) : path)
                 .arg(report->seconds, 0, 'f', 2)
                 .arg(static_cast<qint64>(static_cast<double>(report->rowsWritten) /
                                          std::max(report->seconds, 1e-9))));
    return Done;
}

} // namespace sd::cli
