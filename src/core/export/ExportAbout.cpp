#include "export/ExportAbout.h"

#include "export/ExportText.h"
#include "storage/ProgrammeLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

AboutLines aboutLines(const ExportContext& context)
{
    AboutLines lines;
    // The file's name only: a full path would tell everyone the workbook reaches the user's home
    // folder name and the layout of their disk. A server's programme is named as the window names it
    // ("mexico-ii on db.example.org as mlopez"), never by its address, which may hold a password or
    // a socket folder.
    QString source = QFileInfo(context.sourcePath).fileName();
    if (ProgrammeLocation::looksLikeServerAddress(context.sourcePath)) {
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(context.sourcePath);
        source = location ? location->displayText() : QString();
    }
    lines.append({Export::tr("Source file"), source});
    lines.append({Export::tr("Project"),
                  context.projectCode.isEmpty()
                      ? Export::tr("Every project of the file")
                      : QStringLiteral("%1, %2").arg(context.projectCode, context.projectTitle)});
    lines.append({Export::tr("Contents"), context.contents});
    lines.append(context.details);
    lines.append(
        {Export::tr("Time of export"),
         context.exportedAt.toOffsetFromUtc(context.exportedAt.offsetFromUtc()).toString(Qt::ISODate)});
    lines.append({Export::tr("Exported by"),
                  QStringLiteral("Seminar Desk %1").arg(QStringLiteral(SEMINARDESK_VERSION))});
    lines.append(
        {Export::tr("Counting rule: took part"),
         Export::tr(
             "A participant took part in an activity when marked present or late at one of its sessions "
             "or more.")});
    lines.append(
        {Export::tr("Counting rule: participations"),
         Export::tr("Over the activities counted, the sum of the participants who took part in each.")});
    lines.append(
        {Export::tr("Counting rule: unique participants"),
         Export::tr("Distinct persons who took part in at least one of the activities counted; each person "
                    "counts once however many activities they attended.")});
    lines.append(
        {Export::tr("Counting rule: participant-days"),
         Export::tr("Sessions marked present or late, one per person and session; a half-day session counts "
                    "0.5.")});
    lines.append({Export::tr("Counting rule: attendance rate"),
                  Export::tr("Sessions present or late over the sessions of the activity.")});
    lines.append(
        {Export::tr("Counting rule: breakdowns"),
         Export::tr("An activity in two components counts in both, so component rows can add up to more than "
                    "the total; each sheet's notes say how its rows add up.")});
    lines.append(
        {Export::tr("Text cells"),
         Export::tr(
             "Text beginning with =, +, -, @, a tab or a line break is written with a leading apostrophe, "
             "so that no spreadsheet runs it as a formula.")});
    return lines;
}

} // namespace sd
