#pragma once

#include "common/Result.h"
#include "documents/DocumentRecords.h"
#include "domain/Language.h"

#include <QCoreApplication>
#include <QList>

namespace sd {

class Database;

// Reads what the coordinator's documents show from a programme file: one parameterised statement per
// list, so that 500 certificates cost a handful of queries. Every list of persons is sorted by family
// and given names with accents and case ignored ("Álvarez" before "Bravo"). The programme's texts (the
// project's and the activity's titles, the venue's city, the institutions' names and acronyms) are read
// in `language`, each falling back to its other form where the chosen one is empty.
class DocumentData
{
    Q_DECLARE_TR_FUNCTIONS(sd::DocumentData)

public:
    explicit DocumentData(Database& database, Language language = Language::English);

    Result<DocumentActivity> activity(Id activityId) const;

    // Certificates for everyone enrolled in the activity who took part and whose attendance rate reaches
    // `thresholdPercent` (75 by default in the command line).
    Result<QList<CertificateData>> certificatesForActivity(Id activityId, double thresholdPercent) const;
    // Certificates for every activity the person took part in whose rate reaches `thresholdPercent`
    // (0: every activity taken part in); `projectId` 0 means every project of the file.
    Result<QList<CertificateData>> certificatesForParticipant(Id participantId, Id projectId,
                                                              double thresholdPercent) const;
    // Every activity the person took part in; `projectId` 0 means every project of the file.
    Result<ParticipantSummaryData> participantSummary(Id participantId, Id projectId) const;
    // Everyone enrolled, grouped by institution (by name, "no institution" last), then by name.
    Result<ActivityListData> activityList(Id activityId) const;
    // The sessions of the activity and everyone enrolled, for one sign-in sheet per session.
    Result<SignInSheetData> signInSheet(Id activityId) const;

private:
    Result<DocumentPerson> person(Id participantId) const;
    // The activity and everyone enrolled in it with their attendance, sorted by name.
    Result<ActivityListData> activityWithEnrolled(Id activityId) const;
    Result<QList<ActivityAttendance>> attendanceOf(Id participantId, Id projectId) const;

    Database& m_database;
    Language m_language;
};

} // namespace sd
