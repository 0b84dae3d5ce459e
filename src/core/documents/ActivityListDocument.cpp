#include "documents/ActivityListDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>

namespace sd {

ActivityListDocument::ActivityListDocument(ActivityListData list)
    : m_list(std::move(list))
{
}

QString ActivityListDocument::title() const
{
    return Documents::tr("Participant list, %1 %2").arg(m_list.activity.code, m_list.activity.title);
}

QString ActivityListDocument::footerText() const
{
    return Documents::tr("Participant list, %1 %2").arg(m_list.activity.projectCode, m_list.activity.code);
}

void ActivityListDocument::compose(PageComposer& composer) const
{
    const DocumentActivity& activity = m_list.activity;
    activityHeading(composer, Documents::tr("Participant list"), activity);
    const QFont detailFont = PageComposer::font(10);
    qsizetype tookPart = 0;
    for (const ActivityListEntry& entry : m_list.entries)
        tookPart += entry.sessionsAttended > 0 ? 1 : 0;
    composer.paragraph(
        QCoreApplication::translate("sd::Documents",
                                    "%1 enrolled, %2 took part (present or late at one session "
                                    "or more of %n session(s)).",
                                    nullptr, int(activity.sessionCount))
            .arg(m_list.entries.size())
            .arg(tookPart),
        detailFont);
    composer.space(composer.millimetres(5));

    const QList<PageComposer::Column> columns{
        {Documents::tr("No."), 6, Qt::AlignRight},
        {Documents::tr("Name"), 32},
        {Documents::tr("Position"), 26},
        {Documents::tr("Region"), 16},
        {Documents::tr("Sessions"), 11, Qt::AlignRight},
        {Documents::tr("Days"), 9, Qt::AlignRight},
    };
    QList<PageComposer::Row> rows;
    int number = 0;
    for (qsizetype index = 0; index < m_list.entries.size(); ++index) {
        const ActivityListEntry& entry = m_list.entries[index];
        const bool newGroup =
            index == 0 || m_list.entries[index - 1].person.institutionName != entry.person.institutionName;
        if (newGroup) {
            qsizetype members = 0;
            for (qsizetype other = index;
                 other < m_list.entries.size() &&
                 m_list.entries[other].person.institutionName == entry.person.institutionName;
                 ++other)
                ++members;
            const QString institution = entry.person.institutionName.isEmpty()
                                            ? Documents::tr("No institution recorded")
                                            : entry.person.institutionLabel();
            rows.append({{Documents::tr("%1 (%2)").arg(institution).arg(members)}, true});
        }
        rows.append(
            {{QString::number(++number), entry.person.listName(), entry.person.position, entry.person.region,
              Documents::tr("%1 of %2").arg(entry.sessionsAttended).arg(activity.sessionCount),
              documentDays(entry.daysAttended)},
             false});
    }
    if (rows.isEmpty()) {
        composer.paragraph(Documents::tr("Nobody is enrolled in this activity yet."), detailFont);
        return;
    }
    composer.table(columns, rows, PageComposer::TableStyle());
    composer.space(composer.millimetres(4));
    composer.paragraph(
        Documents::tr("Sessions: those marked present or late, of the activity's sessions. Days: "
                      "participant-days, the sessions marked present or late with a half day counting 0.5."),
        PageComposer::font(8, false, true), Qt::AlignLeft, 0, QColor(90, 90, 90));
}

} // namespace sd
