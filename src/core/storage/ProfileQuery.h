#pragma once

#include "common/Result.h"
#include "documents/DocumentRecords.h"
#include "domain/Records.h"
#include "import/DuplicateFinder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

class Database;

// An activity as a person's page lists it.
struct ProfileActivity
{
    Id id = 0;
    QString projectCode;
    QString code;
    QString title;
    QDate startDate;
    QDate endDate;
    ActivityStatus status = ActivityStatus::Planned;
};

// One session of an activity a participant was enrolled in, and their mark (none: not marked).
struct ProfileMark
{
    Session session;
    std::optional<AttendanceStatus> status;
};

// One enrolment of a participant: the activity, a mark per session and what they add up to under the
// counting rules (docs/counting.md: present or late counts; the rate is over every session).
struct ProfileEnrolment
{
    ProfileActivity activity;
    QList<ProfileMark> marks; // every session of the activity, by date and part of the day
    int sessionsAttended = 0;
    double daysAttended = 0.0;

    int sessionCount() const { return int(marks.size()); }
    bool tookPart() const { return sessionsAttended > 0; }
    double ratePercent() const { return marks.isEmpty() ? 0.0 : 100.0 * sessionsAttended / marks.size(); }
};

struct ParticipantProfile
{
    Participant participant;
    QString institutionName; // empty when none is recorded
    QString institutionAcronym;
    QList<ProfileEnrolment> enrolments; // by project, date and code

    int activitiesTakenPart() const;
    // Sessions present or late over all sessions of every activity enrolled in (0 when none).
    double overallRatePercent() const;
};

struct ExpertActivity
{
    ProfileActivity activity;
    ExpertRole role = ExpertRole::Expert;
};

struct ExpertProfile
{
    Expert expert;
    QList<ExpertActivity> activities; // by project, date and code
};

struct InstitutionMember
{
    Id id = 0;
    QString familyNames;
    QString givenNames;
    QString position;
    int activitiesEnrolled = 0;
    int activitiesTakenPart = 0;
};

// An activity some of the institution's participants were enrolled in.
struct InstitutionActivity
{
    ProfileActivity activity;
    int enrolled = 0;
    int tookPart = 0;
};

struct InstitutionProfile
{
    Institution institution;
    QString parentName;       // the institution it is part of, empty when none
    QList<Institution> units; // institutions that are part of it, by name
    qint64 memberCount = 0;
    QList<InstitutionMember> members; // by name, at most the limit asked for
    QList<InstitutionActivity> activities;
};

// A line of the file's change log. The log holds what changed and when, never whose record.
struct ProfileChange
{
    QDateTime changedAt; // UTC
    QString kind;
    QString description;
    QString changedBy; // who made it (a login or the computer's user); empty in older files
};

// What a person's page shows, read from a programme file: a participant with every activity they were
// enrolled in and their marks, an expert with the activities they worked in, an institution with its
// people and their activities. A handful of parameterised statements each, whatever the file's size.
class ProfileQuery
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProfileQuery)

public:
    explicit ProfileQuery(Database& database);

    Result<ParticipantProfile> participant(Id participantId) const;
    Result<ExpertProfile> expert(Id expertId) const;
    Result<InstitutionProfile> institution(Id institutionId, int memberLimit = kMemberLimit) const;
    static constexpr int kMemberLimit = 500;

    // The certificates of attendance the participant qualifies for at a threshold, by the rule the
    // printed certificates use (DocumentData: present or late at one session or more, and a rate of
    // at least `thresholdPercent`), over every project of the file.
    Result<QList<CertificateData>> certificates(Id participantId, double thresholdPercent) const;

    // The change log names no person, so what it holds about a participant is the attendance changes
    // of the activities they are enrolled in ("attendance 2.1"): the most recent first, at most limit.
    Result<QList<ProfileChange>> attendanceChanges(Id participantId, int limit = kChangeLimit) const;
    static constexpr int kChangeLimit = 20;

    // The probable duplicates of one participant, by the duplicate finder's rules over the whole file.
    Result<QList<DuplicatePair>> duplicatesOf(Id participantId) const;

private:
    Status prepareConnection() const;

    Database& m_database;
    mutable bool m_functionsReady = false;
};

} // namespace sd
