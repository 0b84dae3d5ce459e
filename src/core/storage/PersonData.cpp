#include "storage/PersonData.h"

#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeStore.h"

#include <QFileInfo>
#include <algorithm>
#include <limits>

namespace sd {

namespace {

// Every entry: a person's log is short, and the right of access is to all of it.
constexpr int kAllEntries = std::numeric_limits<int>::max();

} // namespace

PersonDataQuery::PersonDataQuery(Database& database)
    : m_database(database)
{
}

Result<PersonData> PersonDataQuery::read(Id participantId) const
{
    PersonData data;
    // A server's address as it names itself (never a password); a file by its name alone.
    data.source = m_database.isServer() ? m_database.path() : QFileInfo(m_database.path()).fileName();
    data.readAt = QDateTime::currentDateTimeUtc();
    const ProfileQuery profiles(m_database);
    Result<ParticipantProfile> profile = profiles.participant(participantId);
    if (!profile)
        return profile.error();
    data.profile = std::move(profile).value();

    const Id institutionId = data.profile.participant.institutionId;
    if (institutionId > 0) {
        Result<Institution> institution = ProgrammeStore(m_database).institution(institutionId);
        if (!institution)
            return institution.error();
        data.institution = *institution;
        if (institution->parentId > 0) {
            Result<Institution> parent = ProgrammeStore(m_database).institution(institution->parentId);
            if (!parent)
                return parent.error();
            data.institutionParent = parent->name;
        }
    }

    data.certificateThresholdPercent = kCertificateThresholdPercent;
    Result<QList<CertificateData>> certificates =
        profiles.certificates(participantId, data.certificateThresholdPercent);
    if (!certificates)
        return certificates.error();
    data.certificates = std::move(certificates).value();

    if (Status read = readEvaluations(data); !read)
        return read.error();
    if (Status read = readChanges(data); !read)
        return read.error();
    return data;
}

Status PersonDataQuery::readEvaluations(PersonData& data) const
{
    const EvaluationStore evaluations(m_database);
    const Id participantId = data.profile.participant.id;
    for (const ProfileEnrolment& enrolment : std::as_const(data.profile.enrolments)) {
        Result<QList<EvaluationStore::Line>> sheet = evaluations.sheet(enrolment.activity.id);
        if (!sheet)
            return sheet.error();
        for (const EvaluationStore::Line& line : std::as_const(*sheet)) {
            if (line.participantId == participantId && line.answers)
                data.evaluations.append({enrolment.activity, *line.answers});
        }
    }
    return {};
}

Status PersonDataQuery::readChanges(PersonData& data) const
{
    const Id participantId = data.profile.participant.id;
    // The record's own entries ("participant#17 changed: email"), then the attendance entries of the
    // activities they are enrolled in: the log names no person, so those are all that concern them.
    Result<QList<HistoryEntry>> entries =
        ChangeHistory(m_database)
            .page({QStringLiteral("participant"), participantId, QString()}, kAllEntries);
    if (!entries)
        return entries.error();
    for (const HistoryEntry& entry : std::as_const(*entries))
        data.changes.append({entry.changedAt, entry.kind, ChangeHistory::sentence(entry), entry.changedBy});
    Result<QList<ProfileChange>> attendance =
        ProfileQuery(m_database).attendanceChanges(participantId, kAllEntries);
    if (!attendance)
        return attendance.error();
    for (ProfileChange change : std::as_const(*attendance)) {
        change.description = ChangeHistory::sentence(change.description);
        data.changes.append(change);
    }
    std::stable_sort(
        data.changes.begin(), data.changes.end(),
        [](const ProfileChange& a, const ProfileChange& b) { return a.changedAt > b.changedAt; });
    return {};
}

} // namespace sd
