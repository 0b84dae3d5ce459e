#pragma once

#include "common/Result.h"
#include "documents/DocumentRecords.h"
#include "domain/Records.h"
#include "storage/ProfileQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

class Database;

// A person's evaluation answers in one activity.
struct PersonEvaluation
{
    ProfileActivity activity;
    EvaluationAnswers answers;
};

// Everything a programme holds about one participant, for their right of access (GDPR art. 15, the
// "A" of Mexico's ARCO rights; docs/privacy.md): their record, institution, enrolments with every
// session and mark, the certificates they qualify for, their evaluation answers and the change-log
// entries that concern them.
struct PersonData
{
    QString source;   // the file's name or the server's address, as the bundle names it
    QDateTime readAt; // UTC
    ParticipantProfile profile;
    std::optional<Institution> institution;
    QString institutionParent; // the institution it is part of, empty when none
    double certificateThresholdPercent = 0;
    QList<CertificateData> certificates;
    QList<PersonEvaluation> evaluations; // by project, date and code
    QList<ProfileChange> changes;        // newest first; the description already a sentence
};

// Reads PersonData in a handful of statements per enrolment, all through the same readers as the
// person's page (ProfileQuery), the certificates (DocumentData) and the History panel (ChangeHistory),
// so that the bundle holds what the window shows.
class PersonDataQuery
{
    Q_DECLARE_TR_FUNCTIONS(sd::PersonDataQuery)

public:
    explicit PersonDataQuery(Database& database);

    // The certificates listed are those `print --kind certificate --activity` prints at its default.
    static constexpr double kCertificateThresholdPercent = 75.0;

    Result<PersonData> read(Id participantId) const;

private:
    Status readEvaluations(PersonData& data) const;
    Status readChanges(PersonData& data) const;

    Database& m_database;
};

} // namespace sd
