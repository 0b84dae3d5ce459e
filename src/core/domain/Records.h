#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// The domain's records (docs/schema.md) as plain value types. An id of 0 means "not stored yet".
// Each record mirrors one table of docs/schema.md. The texts a reader sees have two forms (docs/schema.md,
// "Languages"): the member without a suffix is the English form (the column the file always had), the one
// ending in Es the Spanish form (`*_es`); either may be empty (domain/Language: inLanguage falls back).

using Id = qint64;

struct Project
{
    Id id = 0;
    QString code;
    QString title;
    QString titleEs;
    QString beneficiaryCountry;
    QDate startDate;
    QDate endDate;
    QString summary;
    QString resultsNarrative;
    QString summaryEs;
    QString resultsNarrativeEs;
    QString quotation;
    QList<Id> requestingInstitutionIds;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
    // Retention rules (docs/privacy.md): contact details and names are kept this many years after the
    // project ends; none: no rule.
    std::optional<int> contactRetentionYears{};
    std::optional<int> nameRetentionYears{};
};

struct Objective
{
    Id id = 0;
    Id projectId = 0;
    int number = 0;
    QString statement;
    QList<Id> componentIds;
    QString statementEs;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
};

struct Component
{
    Id id = 0;
    Id projectId = 0;
    int number = 0;
    QString title;
    QString titleEs;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
};

struct Session
{
    Id id = 0;
    Id activityId = 0;
    QDate date;
    SessionPart part = SessionPart::FullDay;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
};

struct ActivityExpert
{
    Id expertId = 0;
    ExpertRole role = ExpertRole::Expert;
};

struct Activity
{
    Id id = 0;
    Id projectId = 0;
    QString code;
    QString title;
    QString titleEs;
    ActivityType type = ActivityType::Seminar;
    QList<Id> componentIds;
    QString venueCity;
    QString venueCityEs;
    QString venueCountry;
    QDate startDate;
    QDate endDate;
    ActivityStatus status = ActivityStatus::Planned;
    QString description;
    QString descriptionEs;
    QString outputs;
    QString outputsEs;
    bool illustrative = false; // dates or venue not given by the source, made up for the demo
    // The evaluation design (docs/counting.md, "Evaluation"): a knowledge test taken before and after,
    // scored out of testMaxScore (0: no test), mastered at masteryThresholdPct of the maximum; the
    // standard satisfaction questionnaire; the follow-up 3-6 months later.
    double testMaxScore = 0.0;
    double masteryThresholdPct = 70.0;
    bool satisfactionSurvey = false;
    bool followUp = false;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)

    bool hasKnowledgeTest() const { return testMaxScore > 0.0; }
    bool hasEvaluation() const { return hasKnowledgeTest() || satisfactionSurvey || followUp; }
};

struct Institution
{
    Id id = 0;
    QString name; // the English form, the institution's identity in the file (unique)
    QString acronym;
    InstitutionType type = InstitutionType::Other;
    QString country;
    Id parentId = 0;
    bool illustrative = false;
    QString nameEs;
    QString acronymEs;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)

    bool operator==(const Institution&) const = default;
};

struct Participant
{
    Id id = 0;
    QString givenNames;
    QString familyNames;
    Gender gender = Gender::NotStated;
    Id institutionId = 0;
    QString position;
    QString region;
    QString email;
    QString phone;
    QDate consentDate;
    bool illustrative = false;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
    // Consent (docs/privacy.md): what the person consented to, and where it was recorded: a code of
    // kConsentSources, or empty when not recorded.
    QString consentPurpose{};
    QString consentSource{};
    // A legal hold: while it lasts (a reason given, until its end date inclusive) the person may not
    // be erased.
    QString legalHoldReason{};
    QDate legalHoldUntil{};
    QDate erasedOn{}; // the day the person was erased (anonymised in place); invalid if never

    QString displayName() const { return familyNames + QStringLiteral(", ") + givenNames; }
    QString fullName() const { return givenNames + QLatin1Char(' ') + familyNames; }

    bool operator==(const Participant&) const = default;
};

struct Expert
{
    Id id = 0;
    QString givenNames;
    QString familyNames;
    QString country;
    QString institution;
    QString expertise;
    bool illustrative = false;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)

    QString fullName() const { return givenNames + QLatin1Char(' ') + familyNames; }
};

struct Enrolment
{
    Id id = 0;
    Id activityId = 0;
    Id participantId = 0;
    // The attendance summary the file keeps equal to the marks (docs/schema.md): read, never written.
    int sessionsAttended = 0;
    double daysAttended = 0.0;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
};

struct AttendanceMark
{
    Id enrolmentId = 0;
    Id sessionId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    qint64 rowVersion = 1; // the version the record was read at (docs/schema.md)
};

// One enrolled person's answers to an activity's evaluation (docs/schema.md, `evaluation`): at most
// one row per enrolment. A missing answer is empty (NULL in the file); a score of 0 is an answer.
struct EvaluationAnswers
{
    Id enrolmentId = 0;
    std::optional<double> preScore;  // 0 to the activity's test_max_score
    std::optional<double> postScore; // 0 to the activity's test_max_score
    // The standard satisfaction items, each 1 (poor) to 5 (excellent).
    std::optional<int> satisfactionOverall;
    std::optional<int> satisfactionRelevance;
    std::optional<int> satisfactionExperts;
    std::optional<int> satisfactionOrganisation;
    std::optional<int> satisfactionRecommend;
    QString comment;
    std::optional<AppliedAnswer> applied; // the follow-up, when asked
    QString submittedAt;                  // when the form was sent, as the form tool wrote it
    qint64 rowVersion = 1;                // the version the record was read at (docs/schema.md)

    bool operator==(const EvaluationAnswers&) const = default;
    // Nothing answered: a row that need not be kept.
    bool isEmpty() const
    {
        return !preScore && !postScore && !satisfactionOverall && !satisfactionRelevance &&
               !satisfactionExperts && !satisfactionOrganisation && !satisfactionRecommend &&
               comment.isEmpty() && !applied;
    }
};

// One session a day from start to end: what a new activity gets before the officer edits it.
QList<Session> defaultSessions(const QDate& start, const QDate& end);

} // namespace sd
