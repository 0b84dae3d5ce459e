#include "Commands.h"
#include "storage/Database.h"
#include "storage/OnlineBackup.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace sd::cli {
int runBackup(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a consistent copy of FILE to OUT with SQLite's online backup API, also while other "
                "programs read and write FILE. The copy is built as OUT.partial and named OUT when complete; "
                "an existing OUT is never replaced."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The new file to write (required)."), QStringLiteral("OUT"));
    parser.addOption(output);
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE -o OUT"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(output);
    if (target.isEmpty())
        return usageError(invocation.command, Cli::tr("name the copy with -o OUT."));
    if (QFileInfo::exists(target))
        return fail(
            Error::badInput(Cli::tr("%1 already exists; a backup never replaces a file. Choose another "
                                    "name or remove the file first.")
                                .arg(target)));
    if (ProgrammeLocation::looksLikeServerAddress(path)) {
        // A server's programme is backed up as `copy` takes it: one consistent moment, into a new file.
        Result<ProgrammeLocation> source = ProgrammeLocation::parse(path);
        if (!source)
            return fail(source.error());
        Result<ProgrammeCopyReport> copied = ProgrammeCopy::copy(*source, ProgrammeLocation::file(target));
        if (!copied)
            return fail(copied.error());
        printOut(Cli::tr("Backed up %1 to %2.\n").arg(shownName(path), QDir::toNativeSeparators(target)));
        return Done;
    }
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    QElapsedTimer timer;
    timer.start();
    if (Status written = backupDatabase(**database, target); !written)
        return fail(written.error());
    spdlog::info("backup written in {} ms", timer.elapsed());
    printOut(Cli::tr("Backed up %1 to %2.\n").arg(shownName(path), QDir::toNativeSeparators(target)));
    return Done;
}

} // namespace sd::cli
