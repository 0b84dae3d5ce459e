// `info` and `check`: what a file holds and whether it holds together.
#include "Commands.h"
#include "check/FileCheck.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd::cli {
namespace {

QString line(const QString& label, qint64 value)
{
    return QStringLiteral("  %1 %2\n").arg(label + QLatin1Char(':'), -22).arg(value);
}

} // namespace

int runInfo(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Counts of every kind of record, per project."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<ProgrammeStore::FileCounts> files = store.fileCounts();
    if (!files)
        return fail(files.error());
    Result<QList<Project>> projects = store.projects();
    if (!projects)
        return fail(projects.error());
    QString out =
        ((*database)->isServer() ? Cli::tr("%1 (schema version %2)\n") : Cli::tr("%1 (file format %2)\n"))
            .arg(shownName(path))
            .arg(Database::kSchemaVersion);
    out += line(Cli::tr("projects"), files->projects);
    out += line(Cli::tr("institutions"), files->institutions);
    out += line(Cli::tr("participants"), files->participants);
    out += line(Cli::tr("experts"), files->experts);
    for (const Project& project : *projects) {
        Result<RecordCounts> counts = store.counts(project.id);
        if (!counts)
            return fail(counts.error());
        out += QStringLiteral("\n%1 %2 (%3 – %4)\n")
                   .arg(project.code, project.title, project.startDate.toString(Qt::ISODate),
                        project.endDate.toString(Qt::ISODate));
        out += line(Cli::tr("objectives"), counts->objectives);
        out += line(Cli::tr("components"), counts->components);
        out += line(Cli::tr("activities"), counts->activities);
        out += line(Cli::tr("sessions"), counts->sessions);
        out += line(Cli::tr("experts"), counts->experts);
        out += line(Cli::tr("participants enrolled"), counts->participants);
        out += line(Cli::tr("enrolments"), counts->enrolments);
        out += line(Cli::tr("attendance marks"), counts->attendanceMarks);
    }
    printOut(out);
    return Done;
}

int runCheck(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Integrity, foreign keys, schema version and counting invariants; exit 0 only if all hold."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = FileCheck::open(path, true);
    if (!database)
        return fail(database.error());
    Result<FileCheckReport> checked = FileCheck::run(**database);
    if (!checked)
        return fail(checked.error());
    const QList<CheckFinding>& outcomes = checked->findings;
    const bool damaged = checked->damaged;

    QString report;
    int failures = 0;
    for (const CheckFinding& outcome : outcomes) {
        if (outcome.passed) {
            report += QStringLiteral("ok      %1\n").arg(outcome.name);
        } else {
            ++failures;
            report += QStringLiteral("FAILED  %1: %2\n").arg(outcome.name, outcome.detail);
        }
    }
    report += failures == 0 ? Cli::tr("All %1 checks hold.\n").arg(outcomes.size())
                            : Cli::tr("%1 of %2 checks failed.\n").arg(failures).arg(outcomes.size());
    printOut(report);
    if (failures == 0)
        return Done;
    return fail(
        damaged
            ? Error::database(
                  Cli::tr("%1 is damaged (integrity_check failed). Restore it from a backup copy.")
                      .arg(shownName(path)))
            : Error::badInput(Cli::tr("%1 breaks %2 rule(s) listed above. Correct the records named there.")
                                  .arg(shownName(path))
                                  .arg(failures)));
}

} // namespace sd::cli
