#include "storage/ProfileQuery.h"

#include "documents/DocumentData.h"
#include "storage/Database.h"
#include "storage/NameCollation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace sd {

namespace {

// The columns of a ProfileActivity, read by readActivity from `first` on. Needs the activity as `a`
// and its project as `pr`.
#define SD_ACTIVITY_COLUMNS "a.id, pr.code, a.code, a.title, a.start_date, a.end_date, a.status"
#define SD_ACTIVITY_ORDER "pr.code, a.start_date, a.code, a.id"

ProfileActivity readActivity(const QSqlQuery& query, int first)
{
    ProfileActivity activity;
    activity.id = query.value(first).toLongLong();
    activity.projectCode = query.value(first + 1).toString();
    activity.code = query.value(first + 2).toString();
    activity.title = query.value(first + 3).toString();
    activity.startDate = QDate::fromString(query.value(first + 4).toString(), Qt::ISODate);
    activity.endDate = QDate::fromString(query.value(first + 5).toString(), Qt::ISODate);
    activity.status =
        fromCode<ActivityStatus>(query.value(first + 6).toString()).value_or(ActivityStatus::Planned);
    return activity;
}

// One prepared statement with its values bound in order, run forward only.
class Read
{
public:
    Read(Database& database, const QString& sql, const QVariantList& values, const QString& doing)
        : m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql)) {
            m_status = database.errorFor(m_query, doing);
            return;
        }
        for (const QVariant& value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            m_status = database.errorFor(m_query, doing);
    }

    const Status& status() const { return m_status; }
    QSqlQuery& query() { return m_query; }

private:
    QSqlQuery m_query;
    Status m_status;
};

QString fileName(const Database& database)
{
    return QFileInfo(database.path()).fileName();
}

} // namespace

int ParticipantProfile::activitiesTakenPart() const
{
    int count = 0;
    for (const ProfileEnrolment& enrolment : enrolments)
        count += enrolment.tookPart() ? 1 : 0;
    return count;
}

double ParticipantProfile::overallRatePercent() const
{
    int attended = 0;
    int sessions = 0;
    for (const ProfileEnrolment& enrolment : enrolments) {
        attended += enrolment.sessionsAttended;
        sessions += enrolment.sessionCount();
    }
    return sessions == 0 ? 0.0 : 100.0 * attended / sessions;
}

ProfileQuery::ProfileQuery(Database& database)
    : m_database(database)
{
}

Status ProfileQuery::prepareConnection() const
{
    if (m_functionsReady)
        return {};
    Status ready = useNameCollation(m_database);
    m_functionsReady = ready.ok();
    return ready;
}

Result<ParticipantProfile> ProfileQuery::participant(Id participantId) const
{
    const QString doing = tr("reading a participant's page");
    ParticipantProfile profile;
    {
        Read read(m_database,
                  QStringLiteral("SELECT p.id, p.given_names, p.family_names, p.gender, p.institution_id, "
                                 "p.position, p.region, p.email, p.phone, p.consent_date, p.illustrative, "
                                 "COALESCE(i.name, ''), COALESCE(i.acronym, ''), p.consent_purpose, "
                                 "p.consent_source, p.legal_hold_reason, p.legal_hold_until, p.erased_on, "
                                 "p.row_version FROM participant p LEFT JOIN "
                                 "institution i ON i.id = p.institution_id WHERE p.id = ?"),
                  {participantId}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        if (!q.next())
            return Error::notFound(
                tr("There is no participant with id %1 in %2; the record may have been merged into another "
                   "or deleted. Find the person again with Ctrl+K.")
                    .arg(participantId)
                    .arg(fileName(m_database)));
        Participant& p = profile.participant;
        p.id = q.value(0).toLongLong();
        p.givenNames = q.value(1).toString();
        p.familyNames = q.value(2).toString();
        p.gender = fromCode<Gender>(q.value(3).toString()).value_or(Gender::NotStated);
        p.institutionId = q.value(4).toLongLong();
        p.position = q.value(5).toString();
        p.region = q.value(6).toString();
        p.email = q.value(7).toString();
        p.phone = q.value(8).toString();
        p.consentDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        p.illustrative = q.value(10).toInt() != 0;
        profile.institutionName = q.value(11).toString();
        profile.institutionAcronym = q.value(12).toString();
        p.consentPurpose = q.value(13).toString();
        p.consentSource = q.value(14).toString();
        p.legalHoldReason = q.value(15).toString();
        p.legalHoldUntil = QDate::fromString(q.value(16).toString(), Qt::ISODate);
        p.erasedOn = QDate::fromString(q.value(17).toString(), Qt::ISODate);
        p.rowVersion = q.value(18).toLongLong();
    }

    QHash<Id, qsizetype> byEnrolment;
    {
        Read read(
            m_database,
            QStringLiteral("SELECT e.id, " SD_ACTIVITY_COLUMNS
                           " FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN project pr ON "
                           "pr.id = a.project_id WHERE e.participant_id = ? ORDER BY " SD_ACTIVITY_ORDER),
            {participantId}, doing);
        if (!read.status())
            return read.status().error();
        while (read.query().next()) {
            byEnrolment.insert(read.query().value(0).toLongLong(), profile.enrolments.size());
            profile.enrolments.append({readActivity(read.query(), 1), {}, 0, 0.0});
        }
    }
    {
        // Every session of each activity enrolled in, with the person's mark where there is one.
        Read read(
            m_database,
            QStringLiteral("SELECT e.id, s.id, s.date, s.part, m.status FROM enrolment e JOIN session s ON "
                           "s.activity_id = e.activity_id LEFT JOIN attendance m ON m.enrolment_id = e.id "
                           "AND m.session_id = s.id WHERE e.participant_id = ? ORDER BY e.id, s.date, "
                           "CASE s.part WHEN 'morning' THEN 0 WHEN 'full_day' THEN 1 ELSE 2 END"),
            {participantId}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        while (q.next()) {
            const auto at = byEnrolment.constFind(q.value(0).toLongLong());
            if (at == byEnrolment.constEnd())
                continue;
            ProfileEnrolment& enrolment = profile.enrolments[*at];
            ProfileMark mark;
            mark.session.id = q.value(1).toLongLong();
            mark.session.activityId = enrolment.activity.id;
            mark.session.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            mark.session.part = fromCode<SessionPart>(q.value(3).toString()).value_or(SessionPart::FullDay);
            if (!q.value(4).isNull())
                mark.status = fromCode<AttendanceStatus>(q.value(4).toString());
            if (mark.status == AttendanceStatus::Present || mark.status == AttendanceStatus::Late) {
                ++enrolment.sessionsAttended;
                enrolment.daysAttended += mark.session.part == SessionPart::FullDay ? 1.0 : 0.5;
            }
            enrolment.marks.append(mark);
        }
    }
    return profile;
}

Result<ExpertProfile> ProfileQuery::expert(Id expertId) const
{
    const QString doing = tr("reading an expert's page");
    ExpertProfile profile;
    {
        Read read(m_database,
                  QStringLiteral("SELECT id, given_names, family_names, country, institution, expertise, "
                                 "illustrative FROM expert WHERE id = ?"),
                  {expertId}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        if (!q.next())
            return Error::notFound(
                tr("There is no expert with id %1 in %2; the record may have been deleted. "
                   "Find the person again with Ctrl+K.")
                    .arg(expertId)
                    .arg(fileName(m_database)));
        profile.expert = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toInt() != 0};
    }
    Read read(m_database,
              QStringLiteral(
                  "SELECT " SD_ACTIVITY_COLUMNS
                  ", ae.role FROM activity_expert ae JOIN activity a ON a.id = ae.activity_id JOIN "
                  "project pr ON pr.id = a.project_id WHERE ae.expert_id = ? ORDER BY " SD_ACTIVITY_ORDER),
              {expertId}, doing);
    if (!read.status())
        return read.status().error();
    while (read.query().next())
        profile.activities.append(
            {readActivity(read.query(), 0),
             fromCode<ExpertRole>(read.query().value(7).toString()).value_or(ExpertRole::Expert)});
    return profile;
}

Result<InstitutionProfile> ProfileQuery::institution(Id institutionId, int memberLimit) const
{
    if (Status ready = prepareConnection(); !ready)
        return ready.error();
    const QString doing = tr("reading an institution's page");
    InstitutionProfile profile;
    {
        Read read(
            m_database,
            QStringLiteral("SELECT i.id, i.name, i.acronym, i.type, i.country, i.parent_id, i.illustrative, "
                           "COALESCE(parent.name, '') FROM institution i LEFT JOIN institution parent ON "
                           "parent.id = i.parent_id WHERE i.id = ?"),
            {institutionId}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        if (!q.next())
            return Error::notFound(tr("There is no institution with id %1 in %2; the record may have been "
                                      "deleted. Find it again with Ctrl+K.")
                                       .arg(institutionId)
                                       .arg(fileName(m_database)));
        Institution& i = profile.institution;
        i.id = q.value(0).toLongLong();
        i.name = q.value(1).toString();
        i.acronym = q.value(2).toString();
        i.type = fromCode<InstitutionType>(q.value(3).toString()).value_or(InstitutionType::Other);
        i.country = q.value(4).toString();
        i.parentId = q.value(5).toLongLong();
        i.illustrative = q.value(6).toInt() != 0;
        profile.parentName = q.value(7).toString();
    }
    {
        Read read(
            m_database,
            QStringLiteral("SELECT id, name, acronym FROM institution WHERE parent_id = ? ORDER BY name "
                           "COLLATE sd_name, id"),
            {institutionId}, doing);
        if (!read.status())
            return read.status().error();
        while (read.query().next()) {
            Institution unit;
            unit.id = read.query().value(0).toLongLong();
            unit.name = read.query().value(1).toString();
            unit.acronym = read.query().value(2).toString();
            unit.parentId = institutionId;
            profile.units.append(unit);
        }
    }
    {
        Read read(m_database, QStringLiteral("SELECT COUNT(*) FROM participant WHERE institution_id = ?"),
                  {institutionId}, doing);
        if (!read.status())
            return read.status().error();
        if (read.query().next())
            profile.memberCount = read.query().value(0).toLongLong();
    }
    {
        Read read(
            m_database,
            QStringLiteral("SELECT p.id, p.family_names, p.given_names, p.position, "
                           "(SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = p.id), "
                           "(SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = p.id AND "
                           "e.sessions_attended > 0) FROM participant p WHERE p.institution_id = ? "
                           "ORDER BY p.family_names COLLATE sd_name, p.given_names COLLATE sd_name, p.id "
                           "LIMIT ?"),
            {institutionId, memberLimit}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        while (q.next())
            profile.members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    }
    {
        Read read(
            m_database,
            QStringLiteral("SELECT " SD_ACTIVITY_COLUMNS
                           ", COUNT(*), COUNT(CASE WHEN e.sessions_attended > 0 THEN 1 END) FROM participant "
                           "p JOIN enrolment e ON e.participant_id = p.id JOIN activity a ON a.id = "
                           "e.activity_id JOIN project pr ON pr.id = a.project_id WHERE p.institution_id = "
                           "? GROUP BY a.id ORDER BY " SD_ACTIVITY_ORDER),
            {institutionId}, doing);
        if (!read.status())
            return read.status().error();
        QSqlQuery& q = read.query();
        while (q.next())
            profile.activities.append({readActivity(q, 0), q.value(7).toInt(), q.value(8).toInt()});
    }
    return profile;
}

Result<QList<CertificateData>> ProfileQuery::certificates(Id participantId, double thresholdPercent) const
{
    return DocumentData(m_database).certificatesForParticipant(participantId, 0, thresholdPercent);
}

Result<QList<ProfileChange>> ProfileQuery::attendanceChanges(Id participantId, int limit) const
{
    // A description ends with the code of the activity it concerns ("attendance 2.1", "undo:
    // attendance 2.1"); comparing the end exactly keeps 2.1 from matching 12.1. substr() with a
    // positive start reads the same in SQLite and PostgreSQL (a negative one does not).
    Read read(m_database,
              QStringLiteral("SELECT c.changed_at, c.kind, c.description, c.changed_by FROM change_log c "
                             "WHERE c.kind = 'edit' "
                             "AND EXISTS (SELECT 1 FROM enrolment e JOIN activity a ON a.id = e.activity_id "
                             "WHERE e.participant_id = ? AND length(c.description) > length(a.code) AND "
                             "substr(c.description, length(c.description) - length(a.code)) = ' ' || a.code) "
                             "ORDER BY c.id DESC "
                             "LIMIT ?"),
              {participantId, limit}, tr("reading the change log"));
    if (!read.status())
        return read.status().error();
    QList<ProfileChange> changes;
    while (read.query().next()) {
        // Written as UTC with its "Z", so read back as UTC.
        changes.append({QDateTime::fromString(read.query().value(0).toString(), Qt::ISODate),
                        read.query().value(1).toString(), read.query().value(2).toString(),
                        read.query().value(3).toString()});
    }
    return changes;
}

Result<QList<DuplicatePair>> ProfileQuery::duplicatesOf(Id participantId) const
{
    Result<QList<DuplicatePair>> pairs = DuplicateFinder::find(m_database);
    if (!pairs)
        return pairs.error();
    pairs->removeIf([participantId](const DuplicatePair& pair) {
        return pair.firstId != participantId && pair.secondId != participantId;
    });
    return pairs;
}

#undef SD_ACTIVITY_COLUMNS
#undef SD_ACTIVITY_ORDER

} // namespace sd
