#include "storage/ProgrammeCopy.h"

#include "storage/ProgrammeCopyParts.h"
#include "storage/Tables.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <atomic>
#include <memory>
#include <spdlog/spdlog.h>

namespace sd {

namespace programme_copy {

std::vector<const TableShape*> tablesInOrder()
{
    const LinkTables& links = linkTables();
    return {&tableOf<Institution>(),   &tableOf<Project>(),        &links.projectRequestingInstitution,
            &tableOf<Component>(),     &tableOf<Objective>(),      &links.objectiveComponent,
            &tableOf<Activity>(),      &links.activityComponent,   &tableOf<Session>(),
            &tableOf<Participant>(),   &tableOf<Expert>(),         &tableOf<ActivityExpertRow>(),
            &tableOf<Enrolment>(),     &tableOf<AttendanceMark>(), &tableOf<EvaluationAnswers>(),
            &tableOf<ChangeLogEntry>()};
}

QString columnList(const TableShape& table, const std::vector<int>& columns)
{
    QStringList names;
    for (int index : columns)
        names.append(QLatin1String(table.columns()[static_cast<std::size_t>(index)].name));
    return names.join(QStringLiteral(", "));
}

QString connectionName(const char* role)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("programme-copy-%1-%2").arg(QLatin1String(role)).arg(++counter);
}

} // namespace programme_copy

Result<ProgrammeCopyReport> ProgrammeCopy::copy(const ProgrammeLocation& source,
                                                const ProgrammeLocation& target, const Passwords& passwords)
{
    QElapsedTimer timer;
    timer.start();
    if (source.isFile() && target.isFile() &&
        QFileInfo(source.filePath()).absoluteFilePath() == QFileInfo(target.filePath()).absoluteFilePath())
        return Error::badInput(
            tr("%1 is the programme being copied; choose another name for the copy.").arg(target.filePath()));

    using namespace programme_copy;
    // The target is looked at first: a refused target costs no reading of the source.
    const std::unique_ptr<RowTarget> writer =
        target.isFile() ? fileTarget(target.filePath()) : serverTarget(target, passwords.target);
    if (Status ready = writer->prepare(); !ready)
        return ready.error();
    std::unique_ptr<RowSource> reader =
        source.isFile() ? fileSource(source.filePath()) : serverSource(source, passwords.source);
    if (Status begun = reader->beginRead(); !begun)
        return begun.error();
    if (Status opened = writer->open(); !opened)
        return opened.error();

    for (const TableShape* table : tablesInOrder()) {
        if (Status copied = reader->read(*table, writer->columnsOf(*table), *writer); !copied)
            return copied.error();
    }
    reader.reset();
    if (Status committed = writer->commit(); !committed)
        return committed.error();

    ProgrammeCopyReport report;
    report.rows = writer->rows;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    spdlog::info("copied a programme: {} rows in {:.2f} s", report.rows, report.seconds);
    return report;
}

} // namespace sd
