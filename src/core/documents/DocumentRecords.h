#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sd {

// What the coordinator's documents show, as DocumentData reads it from a programme file. Plain values,
// so that a document can be built and rendered without the database (in a print preview, say).

struct DocumentPerson
{
    Id id = 0;
    QString givenNames;
    QString familyNames;
    QString institutionName; // empty when none is recorded
    QString institutionAcronym;
    QString position;
    QString region;
    QString email; // for the mailing list of certificates saved one a person

    QString fullName() const { return givenNames + QLatin1Char(' ') + familyNames; }
    // "Family names, given names": how lists are sorted and shown.
    QString listName() const { return familyNames + QStringLiteral(", ") + givenNames; }
    // "National Institute of Migration (INM)", or the name alone, or empty.
    QString institutionLabel() const
    {
        if (institutionAcronym.isEmpty() || institutionAcronym == institutionName)
            return institutionName;
        return QStringLiteral("%1 (%2)").arg(institutionName, institutionAcronym);
    }
    // The acronym where there is one: short enough for a table column.
    QString institutionShort() const
    {
        return institutionAcronym.isEmpty() ? institutionName : institutionAcronym;
    }
};

struct DocumentActivity
{
    Id id = 0;
    QString projectCode;
    QString projectTitle;
    QString code;
    QString title;
    ActivityType type = ActivityType::Seminar;
    QString venueCity;
    QString venueCountry;
    QDate startDate;
    QDate endDate;
    int sessionCount = 0;
    double sessionDays = 0.0; // the sessions weighed as participant-days: a half day counts 0.5

    // "Tapachula, Mexico", or whichever part is known.
    QString venue() const
    {
        if (venueCity.isEmpty())
            return venueCountry;
        if (venueCountry.isEmpty())
            return venueCity;
        return venueCity + QStringLiteral(", ") + venueCountry;
    }
};

// How one person attended one activity, under the counting rules of docs/counting.md: sessions present or
// late, the participant-days they make, and the attendance rate (sessions present or late / sessions).
struct ActivityAttendance
{
    DocumentActivity activity;
    int sessionsAttended = 0;
    double daysAttended = 0.0;

    bool tookPart() const { return sessionsAttended > 0; }
    double ratePercent() const
    {
        return activity.sessionCount > 0 ? 100.0 * sessionsAttended / activity.sessionCount : 0.0;
    }
    // Whether the rate reaches `thresholdPercent`, compared without rounding (2 of 3 is below 66.67).
    bool reaches(double thresholdPercent) const
    {
        return tookPart() && 100.0 * sessionsAttended >= thresholdPercent * activity.sessionCount;
    }
};

// One certificate of attendance: one person, one activity.
struct CertificateData
{
    DocumentPerson person;
    ActivityAttendance attendance;
    // Given when the certificate is issued (storage/CertificateRegistry); empty in a draft.
    QString number{};           // "MX-II/2.1/0007"
    QString verificationCode{}; // "7K3M9QXZ"
    QDate issuedOn{};
};

// Every activity a person took part in.
struct ParticipantSummaryData
{
    DocumentPerson person;
    QList<ActivityAttendance> activities; // by project, then date
};

struct ActivityListEntry
{
    DocumentPerson person;
    int sessionsAttended = 0;
    double daysAttended = 0.0;
};

// Everyone enrolled in an activity, sorted by institution and then name.
struct ActivityListData
{
    DocumentActivity activity;
    QList<ActivityListEntry> entries;
};

// The paper a coordinator lays out at the door of each session.
struct SignInSheetData
{
    DocumentActivity activity;
    QList<Session> sessions;        // by date and part; one sheet each
    QList<DocumentPerson> enrolled; // sorted by name
    int walkInRows = 10;            // empty rows after the enrolled names
    QString privacyNoticeEs{};      // the project's privacy notice, printed on each sheet
    QString privacyNoticeEn{};
};

} // namespace sd
