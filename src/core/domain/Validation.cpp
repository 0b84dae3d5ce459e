#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

namespace sd {

namespace {

void require(FieldErrors& errors, const QString& value, const char* field, const char* message)
{
    if (value.trimmed().isEmpty())
        errors.append({QString::fromLatin1(field), Validation::tr(message)});
}

// The field's value is longer than its limit: say so with the length, so that the officer knows
// how much to cut. `what` is the field's label ("Given names").
void limit(FieldErrors& errors, const QString& value, const char* field, int maxLength, const char* what)
{
    if (value.size() <= maxLength)
        return;
    errors.append({QString::fromLatin1(field),
                   Validation::tr("%1: %2 characters, more than the %3 allowed; shorten the text.")
                       .arg(Validation::tr(what))
                       .arg(value.size())
                       .arg(maxLength)});
}

// A person's names, as participants and experts hold them.
void checkNames(FieldErrors& errors, const QString& givenNames, const QString& familyNames)
{
    require(errors, givenNames, "given_names",
            QT_TRANSLATE_NOOP("sd::Validation", "The given names are required."));
    require(errors, familyNames, "family_names",
            QT_TRANSLATE_NOOP("sd::Validation", "The family names are required."));
    limit(errors, givenNames, "given_names", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Given names"));
    limit(errors, familyNames, "family_names", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Family names"));
}

// An objective or a component: numbered within its project.
void checkNumbered(FieldErrors& errors, Id projectId, int number, const char* noProject,
                   const char* badNumber)
{
    if (projectId <= 0)
        errors.append({QStringLiteral("project_id"), Validation::tr(noProject)});
    if (number <= 0)
        errors.append({QStringLiteral("number"), Validation::tr(badNumber)});
}

void checkDateRange(FieldErrors& errors, const QDate& start, const QDate& end)
{
    if (!start.isValid())
        errors.append(
            {QStringLiteral("start_date"), Validation::tr("The start date is missing or not a date.")});
    if (!end.isValid())
        errors.append({QStringLiteral("end_date"), Validation::tr("The end date is missing or not a date.")});
    if (start.isValid() && end.isValid() && end < start)
        errors.append({QStringLiteral("end_date"), Validation::tr("The end date is before the start date.")});
}

} // namespace

bool isWellFormedEmail(const QString& email)
{
    // Deliberately simple: one @, something before it, a dot in the domain, no spaces.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

FieldErrors validate(const Project& project)
{
    FieldErrors errors;
    require(errors, project.code, "code",
            QT_TRANSLATE_NOOP("sd::Validation", "The project code is required."));
    require(errors, project.title, "title",
            QT_TRANSLATE_NOOP("sd::Validation", "The project title is required."));
    if (project.code.size() > 32)
        errors.append(
            {QStringLiteral("code"), Validation::tr("The project code is longer than 32 characters.")});
    limit(errors, project.title, "title", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Project title"));
    limit(errors, project.titleEs, "title_es", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Project title in Spanish"));
    limit(errors, project.summaryEs, "summary_es", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Summary in Spanish"));
    limit(errors, project.resultsNarrativeEs, "results_narrative_es", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "The Spanish results narrative's characters"));
    limit(errors, project.beneficiaryCountry, "beneficiary_country", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "The beneficiary country's characters"));
    limit(errors, project.summary, "summary", kMaxCellLength, QT_TRANSLATE_NOOP("sd::Validation", "Summary"));
    limit(errors, project.resultsNarrative, "results_narrative", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "The results narrative's characters"));
    limit(errors, project.quotation, "quotation", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Quotation"));
    checkDateRange(errors, project.startDate, project.endDate);
    for (const auto& [years, column] : {std::pair{project.contactRetentionYears, "contact_retention_years"},
                                        std::pair{project.nameRetentionYears, "name_retention_years"}}) {
        if (years && (*years < 0 || *years > kMaxRetentionYears))
            errors.append({QString::fromLatin1(column),
                           Validation::tr("A retention rule keeps data 0 to %1 years after the project ends.")
                               .arg(kMaxRetentionYears)});
    }
    return errors;
}

FieldErrors validate(const Objective& objective)
{
    FieldErrors errors;
    checkNumbered(errors, objective.projectId, objective.number,
                  QT_TRANSLATE_NOOP("sd::Validation", "The objective belongs to no project."),
                  QT_TRANSLATE_NOOP("sd::Validation", "The objective number must be 1 or more."));
    require(errors, objective.statement, "statement",
            QT_TRANSLATE_NOOP("sd::Validation", "The objective's statement is required."));
    limit(errors, objective.statement, "statement", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Statement"));
    limit(errors, objective.statementEs, "statement_es", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Statement in Spanish"));
    return errors;
}

FieldErrors validate(const Component& component)
{
    FieldErrors errors;
    checkNumbered(errors, component.projectId, component.number,
                  QT_TRANSLATE_NOOP("sd::Validation", "The component belongs to no project."),
                  QT_TRANSLATE_NOOP("sd::Validation", "The component number must be 1 or more."));
    require(errors, component.title, "title",
            QT_TRANSLATE_NOOP("sd::Validation", "The component title is required."));
    limit(errors, component.title, "title", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Component title"));
    limit(errors, component.titleEs, "title_es", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Component title in Spanish"));
    return errors;
}

namespace {

// The Spanish forms of an activity's texts, each within the limit of its English form.
void limitSpanish(FieldErrors& errors, const Activity& activity)
{
    limit(errors, activity.titleEs, "title_es", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Activity title in Spanish"));
    limit(errors, activity.venueCityEs, "venue_city_es", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Venue city in Spanish"));
    limit(errors, activity.descriptionEs, "description_es", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Description in Spanish"));
    limit(errors, activity.outputsEs, "outputs_es", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Outputs in Spanish"));
}

} // namespace

FieldErrors validate(const Activity& activity)
{
    FieldErrors errors;
    if (activity.projectId <= 0)
        errors.append({QStringLiteral("project_id"), Validation::tr("The activity belongs to no project.")});
    require(errors, activity.code, "code",
            QT_TRANSLATE_NOOP("sd::Validation", "The activity code is required."));
    require(errors, activity.title, "title",
            QT_TRANSLATE_NOOP("sd::Validation", "The activity title is required."));
    if (activity.code.size() > 32)
        errors.append(
            {QStringLiteral("code"), Validation::tr("The activity code is longer than 32 characters.")});
    limit(errors, activity.title, "title", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Activity title"));
    limit(errors, activity.venueCity, "venue_city", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Venue city"));
    limitSpanish(errors, activity);
    limit(errors, activity.venueCountry, "venue_country", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Venue country"));
    limit(errors, activity.description, "description", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Description"));
    limit(errors, activity.outputs, "outputs", kMaxCellLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Outputs"));
    if (activity.componentIds.isEmpty())
        errors.append({QStringLiteral("components"), Validation::tr("Choose at least one component.")});
    checkDateRange(errors, activity.startDate, activity.endDate);
    if (!(activity.testMaxScore >= 0.0 && activity.testMaxScore <= 10000.0))
        errors.append({QStringLiteral("test_max_score"),
                       Validation::tr("The test's maximum score must be between 0 (no test) and 10,000.")});
    if (!(activity.masteryThresholdPct >= 0.0 && activity.masteryThresholdPct <= 100.0))
        errors.append({QStringLiteral("mastery_threshold_pct"),
                       Validation::tr("The mastery threshold is a percentage of the maximum score, from 0 "
                                      "to 100.")});
    return errors;
}

FieldErrors validate(const Institution& institution)
{
    FieldErrors errors;
    require(errors, institution.name, "name",
            QT_TRANSLATE_NOOP("sd::Validation", "The institution's name is required."));
    limit(errors, institution.name, "name", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Institution name"));
    limit(errors, institution.acronym, "acronym", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Acronym"));
    limit(errors, institution.nameEs, "name_es", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Institution name in Spanish"));
    limit(errors, institution.acronymEs, "acronym_es", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Acronym in Spanish"));
    limit(errors, institution.country, "country", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Country"));
    if (institution.parentId != 0 && institution.parentId == institution.id)
        errors.append(
            {QStringLiteral("parent_id"), Validation::tr("An institution cannot be its own parent.")});
    return errors;
}

FieldErrors validate(const Participant& participant)
{
    FieldErrors errors;
    checkNames(errors, participant.givenNames, participant.familyNames);
    limit(errors, participant.position, "position", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Position"));
    limit(errors, participant.region, "region", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Region"));
    limit(errors, participant.email, "email", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Email address"));
    limit(errors, participant.phone, "phone", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Phone number"));
    limit(errors, participant.consentPurpose, "consent_purpose", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Consent purpose"));
    if (!kConsentSources.contains(participant.consentSource))
        errors.append({QStringLiteral("consent_source"),
                       Validation::tr("The consent's source is one of sign_in_sheet, registration_form or "
                                      "import.")});
    if (participant.email.size() <= kMaxTextLength && !participant.email.isEmpty() &&
        !isWellFormedEmail(participant.email))
        errors.append({QStringLiteral("email"),
                       Validation::tr("The email address is not well formed (expected name@domain.org).")});
    if (participant.phone.size() <= kMaxTextLength && !participant.phone.isEmpty() &&
        !isWellFormedPhone(participant.phone))
        errors.append(
            {QStringLiteral("phone"),
             Validation::tr("The phone number may hold only digits, spaces, +, parentheses, dashes and dots, "
                            "and an extension (for example +52 (55) 1234-5678 ext. 12).")});
    return errors;
}

bool isWellFormedPhone(const QString& phone)
{
    // Digits grouped as people write them, an optional leading +, and an optional extension
    // ("ext. 12", "ext 12", "extensión 12", "x12"); at least three digits in the number itself.
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?[0-9 ().\\-/]*[0-9][0-9 ().\\-/]*"
                       "(?:\\s*(?:ext\\.?|extensi[oó]n|x)\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = phone.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return false;
    const qsizetype extension = trimmed.indexOf(QRegularExpression(QStringLiteral("[A-Za-zó]")));
    const QString number = extension < 0 ? trimmed : trimmed.left(extension);
    return std::count_if(number.begin(), number.end(), [](QChar c) { return c.isDigit(); }) >= 3;
}

FieldErrors validate(const Expert& expert)
{
    FieldErrors errors;
    checkNames(errors, expert.givenNames, expert.familyNames);
    require(errors, expert.country, "country",
            QT_TRANSLATE_NOOP("sd::Validation", "The expert's country is required."));
    limit(errors, expert.country, "country", kMaxNameLength, QT_TRANSLATE_NOOP("sd::Validation", "Country"));
    limit(errors, expert.institution, "institution", kMaxNameLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Institution"));
    limit(errors, expert.expertise, "expertise", kMaxTextLength,
          QT_TRANSLATE_NOOP("sd::Validation", "Expertise"));
    return errors;
}

FieldErrors validateWithinProject(const Activity& activity, const Project& project)
{
    FieldErrors errors;
    if (activity.startDate.isValid() && project.startDate.isValid() && activity.startDate < project.startDate)
        errors.append({QStringLiteral("start_date"),
                       Validation::tr("The activity starts before its project's time frame (%1).")
                           .arg(project.startDate.toString(Qt::ISODate))});
    if (activity.endDate.isValid() && project.endDate.isValid() && activity.endDate > project.endDate)
        errors.append({QStringLiteral("end_date"),
                       Validation::tr("The activity ends after its project's time frame (%1).")
                           .arg(project.endDate.toString(Qt::ISODate))});
    return errors;
}

FieldErrors validateSessions(const QList<Session>& sessions, const Activity& activity)
{
    FieldErrors errors;
    QSet<QString> seen;
    for (const Session& session : sessions) {
        if (!session.date.isValid()) {
            errors.append({QStringLiteral("session.date"), Validation::tr("A session has no date.")});
            continue;
        }
        if (session.date < activity.startDate || session.date > activity.endDate)
            errors.append({QStringLiteral("session.date"),
                           Validation::tr("The session on %1 lies outside the activity's dates.")
                               .arg(session.date.toString(Qt::ISODate))});
        const QString key = session.date.toString(Qt::ISODate) + toCode(session.part);
        if (seen.contains(key))
            errors.append({QStringLiteral("session.date"),
                           Validation::tr("There are two %1 sessions on %2.")
                               .arg(toLabel(session.part).toLower(), session.date.toString(Qt::ISODate))});
        seen.insert(key);
        // A full day and a half day on the same date would count 1.5 days for one day.
    }
    for (const Session& session : sessions) {
        if (session.part != SessionPart::FullDay)
            continue;
        for (const Session& other : sessions) {
            if (other.date == session.date && other.part != SessionPart::FullDay) {
                errors.append({QStringLiteral("session.part"),
                               Validation::tr("On %1 there is a full-day session and a half-day session.")
                                   .arg(session.date.toString(Qt::ISODate))});
                break;
            }
        }
    }
    return errors;
}

QString describe(const FieldErrors& errors)
{
    QStringList parts;
    for (const FieldError& error : errors)
        parts.append(error.field + QStringLiteral(": ") + error.message);
    return parts.join(QStringLiteral(" "));
}

} // namespace sd
