#include "documents/ParticipantSummaryDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>

namespace sd {

ParticipantSummaryDocument::ParticipantSummaryDocument(ParticipantSummaryData summary)
    : m_summary(std::move(summary))
{
}

QString ParticipantSummaryDocument::title() const
{
    return Documents::tr("Participant summary, %1").arg(m_summary.person.fullName());
}

QString ParticipantSummaryDocument::footerText() const
{
    // The person's name, as the heading: an id from the file means nothing on paper.
    return title();
}

void ParticipantSummaryDocument::compose(PageComposer& composer) const
{
    const DocumentPerson& person = m_summary.person;
    composer.setRunningHeader(Documents::tr("Participant summary, %1 (continued)").arg(person.fullName()));
    composer.heading(Documents::tr("Participant summary"), person.fullName(), 15, 4);
    const QFont detailFont = PageComposer::font(10);
    const QList<QPair<QString, QString>> details{
        {Documents::tr("Institution"), person.institutionLabel()},
        {Documents::tr("Position"), person.position},
        {Documents::tr("Region"), person.region},
    };
    for (const auto& [label, value] : details) {
        if (!value.isEmpty())
            composer.paragraph(Documents::tr("%1: %2").arg(label, value), detailFont);
    }
    composer.space(composer.millimetres(5));

    double days = 0;
    for (const ActivityAttendance& attendance : m_summary.activities)
        days += attendance.daysAttended;
    if (m_summary.activities.isEmpty()) {
        composer.paragraph(
            Documents::tr("%1 has not taken part in any activity yet: no session is marked present or late.")
                .arg(person.fullName()),
            detailFont);
        return;
    }
    const QString tookPart =
        m_summary.activities.size() == 1
            ? Documents::tr("Took part in 1 activity, %1 participant-days in total.").arg(documentDays(days))
            : Documents::tr("Took part in %1 activities, %2 participant-days in total.")
                  .arg(m_summary.activities.size())
                  .arg(documentDays(days));
    composer.paragraph(tookPart, detailFont);
    composer.space(composer.millimetres(4));

    const QList<PageComposer::Column> columns{
        {Documents::tr("Activity"), 37},
        {Documents::tr("Dates"), 18},
        {Documents::tr("Venue"), 16},
        {Documents::tr("Sessions"), 11, Qt::AlignRight},
        {Documents::tr("Days"), 9, Qt::AlignRight},
        {Documents::tr("Rate"), 9, Qt::AlignRight},
    };
    QList<PageComposer::Row> rows;
    QString project;
    for (const ActivityAttendance& attendance : m_summary.activities) {
        const DocumentActivity& activity = attendance.activity;
        if (activity.projectCode != project) {
            project = activity.projectCode;
            rows.append(
                {{Documents::tr("Project %1, %2").arg(activity.projectCode, activity.projectTitle)}, true});
        }
        rows.append({{QStringLiteral("%1 %2").arg(activity.code, activity.title),
                      documentDateRange(activity.startDate, activity.endDate), activity.venue(),
                      Documents::tr("%1 of %2").arg(attendance.sessionsAttended).arg(activity.sessionCount),
                      documentDays(attendance.daysAttended), documentRate(attendance.ratePercent())},
                     false});
    }
    composer.table(columns, rows, PageComposer::TableStyle());
    composer.space(composer.millimetres(4));
    composer.paragraph(
        Documents::tr("Took part: marked present or late at one session or more. Sessions: those marked "
                      "present or late, of "
                      "the activity's sessions. Days: participant-days, the sessions marked present or "
                      "late with a half day "
                      "counting 0.5. Rate: sessions attended over the sessions of the activity."),
        PageComposer::font(8, false, true), Qt::AlignLeft, 0, QColor(90, 90, 90));
}

} // namespace sd
