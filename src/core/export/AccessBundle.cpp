#include "export/AccessBundle.h"

#include "documents/PdfOutput.h"
#include "documents/PersonDataDocument.h"
#include "export/SafeFile.h"
#include "io/ZipWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd {

namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonValue optional(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject activityObject(const ProfileActivity& activity)
{
    return {{QStringLiteral("project"), activity.projectCode},
            {QStringLiteral("activity"), activity.code},
            {QStringLiteral("title"), activity.title},
            {QStringLiteral("start_date"), date(activity.startDate)},
            {QStringLiteral("end_date"), date(activity.endDate)},
            {QStringLiteral("status"), toCode(activity.status)}};
}

QJsonObject participantObject(const Participant& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("given_names"), p.givenNames},
            {QStringLiteral("family_names"), p.familyNames},
            {QStringLiteral("gender"), toCode(p.gender)},
            {QStringLiteral("position"), text(p.position)},
            {QStringLiteral("region"), text(p.region)},
            {QStringLiteral("email"), text(p.email)},
            {QStringLiteral("phone"), text(p.phone)},
            {QStringLiteral("consent_date"), date(p.consentDate)},
            {QStringLiteral("illustrative"), p.illustrative}};
}

QJsonValue institutionObject(const PersonData& data)
{
    if (!data.institution)
        return QJsonValue::Null;
    const Institution& i = *data.institution;
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("acronym"), text(i.acronym)},
                       {QStringLiteral("type"), toCode(i.type)},
                       {QStringLiteral("country"), text(i.country)},
                       {QStringLiteral("part_of"), text(data.institutionParent)}};
}

QJsonArray enrolmentsArray(const PersonData& data)
{
    QJsonArray enrolments;
    for (const ProfileEnrolment& enrolment : data.profile.enrolments) {
        QJsonArray marks;
        for (const ProfileMark& mark : enrolment.marks)
            marks.append(QJsonObject{
                {QStringLiteral("session_id"), mark.session.id},
                {QStringLiteral("date"), date(mark.session.date)},
                {QStringLiteral("part"), toCode(mark.session.part)},
                {QStringLiteral("mark"), mark.status ? QJsonValue(toCode(*mark.status)) : QJsonValue::Null}});
        QJsonObject object = activityObject(enrolment.activity);
        object.insert(QStringLiteral("sessions"), enrolment.sessionCount());
        object.insert(QStringLiteral("sessions_attended"), enrolment.sessionsAttended);
        object.insert(QStringLiteral("participant_days"), enrolment.daysAttended);
        object.insert(QStringLiteral("marks"), marks);
        enrolments.append(object);
    }
    return enrolments;
}

QJsonObject certificatesObject(const PersonData& data)
{
    QJsonArray activities;
    for (const CertificateData& certificate : data.certificates) {
        const ActivityAttendance& a = certificate.attendance;
        activities.append(QJsonObject{{QStringLiteral("project"), a.activity.projectCode},
                                      {QStringLiteral("activity"), a.activity.code},
                                      {QStringLiteral("title"), a.activity.title},
                                      {QStringLiteral("sessions"), a.activity.sessionCount},
                                      {QStringLiteral("sessions_attended"), a.sessionsAttended}});
    }
    return {{QStringLiteral("threshold_pct"), data.certificateThresholdPercent},
            {QStringLiteral("activities"), activities}};
}

QJsonArray evaluationsArray(const PersonData& data)
{
    QJsonArray evaluations;
    for (const PersonEvaluation& evaluation : data.evaluations) {
        const EvaluationAnswers& a = evaluation.answers;
        QJsonObject object = activityObject(evaluation.activity);
        object.insert(QStringLiteral("pre_score"), optional(a.preScore));
        object.insert(QStringLiteral("post_score"), optional(a.postScore));
        object.insert(QStringLiteral("satisfaction_overall"), optional(a.satisfactionOverall));
        object.insert(QStringLiteral("satisfaction_relevance"), optional(a.satisfactionRelevance));
        object.insert(QStringLiteral("satisfaction_experts"), optional(a.satisfactionExperts));
        object.insert(QStringLiteral("satisfaction_organisation"), optional(a.satisfactionOrganisation));
        object.insert(QStringLiteral("satisfaction_recommend"), optional(a.satisfactionRecommend));
        object.insert(QStringLiteral("applied"),
                      a.applied ? QJsonValue(toCode(*a.applied)) : QJsonValue::Null);
        object.insert(QStringLiteral("comment"), text(a.comment));
        object.insert(QStringLiteral("submitted_at"), text(a.submittedAt));
        evaluations.append(object);
    }
    return evaluations;
}

QJsonArray changesArray(const PersonData& data)
{
    QJsonArray changes;
    for (const ProfileChange& change : data.changes)
        changes.append(QJsonObject{{QStringLiteral("changed_at"), change.changedAt.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), change.kind},
                                   {QStringLiteral("entry"), change.description},
                                   {QStringLiteral("changed_by"), text(change.changedBy)}});
    return changes;
}

} // namespace

QByteArray AccessBundle::toJson(const PersonData& data, const QString& language)
{
    const QJsonObject about{{QStringLiteral("format"), QStringLiteral("seminardesk-person-data")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("source"), data.source},
                            {QStringLiteral("read_at"), data.readAt.toString(Qt::ISODate)},
                            {QStringLiteral("language"), language},
                            {QStringLiteral("program"),
                             QStringLiteral("Seminar Desk %1").arg(QStringLiteral(SEMINARDESK_VERSION))}};
    const QJsonObject root{{QStringLiteral("about"), about},
                           {QStringLiteral("participant"), participantObject(data.profile.participant)},
                           {QStringLiteral("institution"), institutionObject(data)},
                           {QStringLiteral("enrolments"), enrolmentsArray(data)},
                           {QStringLiteral("certificates_qualified"), certificatesObject(data)},
                           {QStringLiteral("evaluations"), evaluationsArray(data)},
                           {QStringLiteral("change_log"), changesArray(data)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status AccessBundle::write(const QString& path, const PersonData& data, const QString& language)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    if (Status drawn = writePdf(&pdf, PersonDataDocument(data), PaperSize::A4); !drawn)
        return drawn;
    pdf.close();
    Result<QByteArray> archive =
        ZipWriter::archive({{jsonName(), toJson(data, language)}, {pdfName(), pdf.data()}}, data.readAt);
    if (!archive)
        return archive.error();
    return writeBytesAtomically(path, *archive);
}

} // namespace sd
