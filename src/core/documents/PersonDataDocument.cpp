#include "documents/PersonDataDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>
#include <QLocale>

namespace sd {

namespace {

void sectionHeading(PageComposer& composer, const QString& text)
{
    composer.space(composer.millimetres(5));
    composer.ensureSpace(composer.millimetres(14));
    composer.paragraph(text, PageComposer::font(12, true));
    composer.space(composer.millimetres(1.5));
}

void note(PageComposer& composer, const QString& text)
{
    composer.paragraph(text, PageComposer::font(8, false, true), Qt::AlignLeft, 0, QColor(90, 90, 90));
}

QString orNone(const QString& value)
{
    return value.isEmpty() ? Documents::tr("(none recorded)") : value;
}

QString score(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 6) : QStringLiteral("–");
}

QString item(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

QString activityName(const ProfileActivity& activity)
{
    return QStringLiteral("%1 %2 %3").arg(activity.projectCode, activity.code, activity.title);
}

} // namespace

PersonDataDocument::PersonDataDocument(PersonData data)
    : m_data(std::move(data))
{
}

QString PersonDataDocument::title() const
{
    return Documents::tr("Personal data held about %1").arg(m_data.profile.participant.fullName());
}

QString PersonDataDocument::footerText() const
{
    return Documents::tr("Personal data held by Seminar Desk, read %1")
        .arg(documentDate(m_data.readAt.date()));
}

void PersonDataDocument::compose(PageComposer& composer) const
{
    const Participant& person = m_data.profile.participant;
    composer.setRunningHeader(
        Documents::tr("Personal data held about %1 (continued)").arg(person.fullName()));
    composer.heading(Documents::tr("Personal data held"), person.fullName(), 15, 4);
    note(composer,
         Documents::tr("Everything the programme %1 holds about you on %2: your record, your "
                       "institution, your enrolments with every attendance mark, the certificates you "
                       "qualify for, your evaluation answers and the entries of the change log that "
                       "concern you. The file person.json in the same archive holds the same data for "
                       "computers.")
             .arg(m_data.source, documentDate(m_data.readAt.date())));
    record(composer);
    enrolments(composer);
    certificates(composer);
    evaluations(composer);
    changes(composer);
}

void PersonDataDocument::record(PageComposer& composer) const
{
    const Participant& p = m_data.profile.participant;
    sectionHeading(composer, Documents::tr("Your record"));
    QList<PageComposer::Row> rows{
        {{Documents::tr("Number in the file"), QString::number(p.id)}},
        {{Documents::tr("Given names"), p.givenNames}},
        {{Documents::tr("Family names"), p.familyNames}},
        {{Documents::tr("Gender"), toLabel(p.gender)}},
        {{Documents::tr("Position"), orNone(p.position)}},
        {{Documents::tr("Region"), orNone(p.region)}},
        {{Documents::tr("Email"), orNone(p.email)}},
        {{Documents::tr("Phone"), orNone(p.phone)}},
        {{Documents::tr("Consent recorded on"),
          p.consentDate.isValid() ? documentDate(p.consentDate) : Documents::tr("(none recorded)")}},
    };
    if (m_data.institution) {
        const Institution& i = *m_data.institution;
        rows.append({{Documents::tr("Institution"),
                      i.acronym.isEmpty() ? i.name : QStringLiteral("%1 (%2)").arg(i.name, i.acronym)}});
        rows.append({{Documents::tr("Institution type"), toLabel(i.type)}});
        rows.append({{Documents::tr("Institution country"), orNone(i.country)}});
        if (!m_data.institutionParent.isEmpty())
            rows.append({{Documents::tr("Part of"), m_data.institutionParent}});
    } else {
        rows.append({{Documents::tr("Institution"), Documents::tr("(none recorded)")}});
    }
    composer.table({{Documents::tr("Field"), 30}, {Documents::tr("Value"), 70}}, rows,
                   PageComposer::TableStyle());
}

void PersonDataDocument::enrolments(PageComposer& composer) const
{
    sectionHeading(composer, Documents::tr("Enrolments and attendance"));
    if (m_data.profile.enrolments.isEmpty()) {
        composer.paragraph(Documents::tr("You are not enrolled in any activity."), PageComposer::font(10));
        return;
    }
    QList<PageComposer::Row> rows;
    for (const ProfileEnrolment& enrolment : m_data.profile.enrolments) {
        rows.append({{Documents::tr("%1 (%2): %3 of %4 sessions attended")
                          .arg(activityName(enrolment.activity),
                               documentDateRange(enrolment.activity.startDate, enrolment.activity.endDate))
                          .arg(enrolment.sessionsAttended)
                          .arg(enrolment.sessionCount())},
                     true});
        for (const ProfileMark& mark : enrolment.marks)
            rows.append({{documentSessionDate(mark.session),
                          mark.status ? toLabel(*mark.status) : Documents::tr("not marked")}});
    }
    composer.table({{Documents::tr("Session"), 65}, {Documents::tr("Mark"), 35}}, rows,
                   PageComposer::TableStyle());
}

void PersonDataDocument::certificates(PageComposer& composer) const
{
    sectionHeading(composer, Documents::tr("Certificates you qualify for"));
    note(composer,
         Documents::tr("A certificate of attendance is printed for an activity attended at %1 or more "
                       "of its sessions (present or late).")
             .arg(documentRate(m_data.certificateThresholdPercent)));
    if (m_data.certificates.isEmpty()) {
        composer.paragraph(Documents::tr("None."), PageComposer::font(10));
        return;
    }
    QList<PageComposer::Row> rows;
    for (const CertificateData& certificate : m_data.certificates) {
        const ActivityAttendance& a = certificate.attendance;
        rows.append(
            {{QStringLiteral("%1 %2 %3").arg(a.activity.projectCode, a.activity.code, a.activity.title),
              documentRate(a.ratePercent())}});
    }
    composer.table({{Documents::tr("Activity"), 80}, {Documents::tr("Rate"), 20, Qt::AlignRight}}, rows,
                   PageComposer::TableStyle());
}

void PersonDataDocument::evaluations(PageComposer& composer) const
{
    sectionHeading(composer, Documents::tr("Evaluation answers"));
    if (m_data.evaluations.isEmpty()) {
        composer.paragraph(Documents::tr("None."), PageComposer::font(10));
        return;
    }
    QList<PageComposer::Row> rows;
    for (const PersonEvaluation& evaluation : m_data.evaluations) {
        const EvaluationAnswers& a = evaluation.answers;
        rows.append({{activityName(evaluation.activity)}, true});
        rows.append({{Documents::tr("Test before and after"),
                      QStringLiteral("%1 / %2").arg(score(a.preScore), score(a.postScore))}});
        rows.append({{Documents::tr("Satisfaction: overall, relevance, experts, organisation, recommend"),
                      QStringList{item(a.satisfactionOverall), item(a.satisfactionRelevance),
                                  item(a.satisfactionExperts), item(a.satisfactionOrganisation),
                                  item(a.satisfactionRecommend)}
                          .join(QStringLiteral(", "))}});
        if (a.applied)
            rows.append({{Documents::tr("Applied what was learnt"), toLabel(*a.applied)}});
        if (!a.comment.isEmpty())
            rows.append({{Documents::tr("Comment"), a.comment}});
        if (!a.submittedAt.isEmpty())
            rows.append({{Documents::tr("Form sent"), a.submittedAt}});
    }
    composer.table({{Documents::tr("Question"), 55}, {Documents::tr("Answer"), 45}}, rows,
                   PageComposer::TableStyle());
}

void PersonDataDocument::changes(PageComposer& composer) const
{
    sectionHeading(composer, Documents::tr("Change log"));
    note(composer,
         Documents::tr("The change log records what changed and when, never the values: these are the "
                       "changes to your record and to the attendance of your activities."));
    if (m_data.changes.isEmpty()) {
        composer.paragraph(Documents::tr("None."), PageComposer::font(10));
        return;
    }
    QList<PageComposer::Row> rows;
    const QLocale locale;
    for (const ProfileChange& change : m_data.changes)
        rows.append({{locale.toString(change.changedAt.toLocalTime(), QLocale::ShortFormat),
                      change.description, change.changedBy}});
    composer.table({{Documents::tr("When"), 22}, {Documents::tr("What"), 58}, {Documents::tr("By"), 20}},
                   rows, PageComposer::TableStyle());
}

} // namespace sd
