#include "documents/ActivityListDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Documents", text);
}

} // namespace

ActivityListDocument::ActivityListDocument(ActivityListData list)
    : m_list(std::move(list))
{
}

QString ActivityListDocument::title() const
{
    return tr("Participant list, %1 %2").arg(m_list.activity.code, m_list.activity.title);
}

QString ActivityListDocument::footerText() const
{
    return tr("Participant list, %1 %2").arg(m_list.activity.projectCode, m_list.activity.code);
}

void ActivityListDocument::compose(PageComposer& composer) const
{
    const DocumentActivity& activity = m_list.activity;
    composer.setRunningHeader(tr("Participant list, %1 %2 (continued)").arg(activity.code, activity.title));
    composer.heading(tr("Participant list"), QStringLiteral("%1 %2").arg(activity.code, activity.title), 14,
                     3);
    const QFont detailFont = PageComposer::font(10);
    composer.paragraph(tr("Project: %1, %2").arg(activity.projectCode, activity.projectTitle), detailFont);
    composer.paragraph(tr("Dates: %1").arg(documentDateRange(activity.startDate, activity.endDate)),
                       detailFont);
    if (!activity.venue().isEmpty())
        composer.paragraph(tr("Venue: %1").arg(activity.venue()), detailFont);
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
        {tr("No."), 6, Qt::AlignRight},
        {tr("Name"), 32},
        {tr("Position"), 26},
        {tr("Region"), 16},
        {tr("Sessions"), 11, Qt::AlignRight},
        {tr("Days"), 9, Qt::AlignRight},
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
                                            ? tr("No institution recorded")
                                            : entry.person.institutionLabel();
            rows.append({{tr("%1 (%2)").arg(institution).arg(members)}, true});
        }
        rows.append(
            {{QString::number(++number), entry.person.listName(), entry.person.position, entry.person.region,
              tr("%1 of %2").arg(entry.sessionsAttended).arg(activity.sessionCount),
              documentDays(entry.daysAttended)},
             false});
    }
    if (rows.isEmpty()) {
        composer.paragraph(tr("Nobody is enrolled in this activity yet."), detailFont);
        return;
    }
    composer.table(columns, rows, PageComposer::TableStyle());
    composer.space(composer.millimetres(4));
    composer.paragraph(
        tr("Sessions: those marked present or late, of the activity's sessions. Days: "
           "participant-days, the sessions marked present or late with a half day counting 0.5."),
        PageComposer::font(8, false, true), Qt::AlignLeft, 0, QColor(90, 90, 90));
}

} // namespace sd
