// `copy SOURCE TARGET`: a programme copied whole between files and servers.
#include "Commands.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sd::cli {

int runCopy(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Copies a whole programme, with its ids, from SOURCE to TARGET: a file to a server (publish it),\n"
        "a server to a file (an offline copy, or a backup taken while others write), a file to a file.\n"
        "SOURCE and TARGET are each a FILE or postgresql://[user@]host[:port]/database[?sslmode=...].\n"
        "The source is read as one consistent moment. TARGET must be new or empty: a file that does not\n"
        "exist, or a database with nothing in it (or only what 'server init' sets up); anything else is\n"
        "refused and left as it is. A copy that fails leaves no file and an unchanged database."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Cli::tr("The programme to copy: a file or a server URI."));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 Cli::tr("Where the copy goes: a new file or an empty "
                                         "database's URI."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2, QStringLiteral("SOURCE TARGET"), exitCode))
        return exitCode;
    Result<ProgrammeLocation> source = ProgrammeLocation::parse(parser.positionalArguments().at(0));
    if (!source)
        return fail(source.error());
    Result<ProgrammeLocation> target = ProgrammeLocation::parse(parser.positionalArguments().at(1));
    if (!target)
        return fail(target.error());
    Result<ProgrammeCopyReport> report = ProgrammeCopy::copy(*source, *target);
    if (!report)
        return fail(report.error());
    printOut(
        Cli::tr("Copied %1 rows from %2 to %3 in %4 s: %5 rows/s.\n")
            .arg(report->rows)
            .arg(source->displayText(), target->displayText())
            .arg(report->seconds, 0, 'f', 2)
            .arg(static_cast<qint64>(static_cast<double>(report->rows) / std::max(report->seconds, 1e-9))));
    return Done;
}

} // namespace sd::cli
