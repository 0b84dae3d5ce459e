#include "storage/Tables.h"

namespace sd {

// Column roles: Key identifies a row, Generated is given by the database, Owner is the record a row
// belongs to (never moved by an update), Trimmed drops surrounding blanks on entry, Derived is kept
// by triggers, Fillable may be filled in by an import or a merge. A column added to a record type is
// one line here (and one in its schema step).

template <>
const TableSpec<Project>& tableOf<Project>()
{
    static const TableSpec<Project> spec(
        "project",
        {
            column<&Project::id>("id", Key | Generated),
            column<&Project::code>("code", Trimmed),
            column<&Project::title>("title", Trimmed),
            column<&Project::beneficiaryCountry>("beneficiary_country"),
            column<&Project::startDate>("start_date"),
            column<&Project::endDate>("end_date"),
            column<&Project::summary>("summary"),
            column<&Project::resultsNarrative>("results_narrative"),
            column<&Project::quotation>("quotation"),
        },
        {.order = "code", .label = "code"},
        {{&links::projectRequestingInstitution(), &Project::requestingInstitutionIds}});
    return spec;
}

template <>
const TableSpec<Objective>& tableOf<Objective>()
{
    static const TableSpec<Objective> spec("objective",
                                           {
                                               column<&Objective::id>("id", Key | Generated),
                                               column<&Objective::projectId>("project_id", Owner),
                                               column<&Objective::number>("number"),
                                               column<&Objective::statement>("statement", Trimmed),
                                           },
                                           {.order = "number", .label = "number"},
                                           {{&links::objectiveComponent(), &Objective::componentIds}});
    return spec;
}

template <>
const TableSpec<Component>& tableOf<Component>()
{
    static const TableSpec<Component> spec("component",
                                           {
                                               column<&Component::id>("id", Key | Generated),
                                               column<&Component::projectId>("project_id", Owner),
                                               column<&Component::number>("number"),
                                               column<&Component::title>("title", Trimmed),
                                           },
                                           {.order = "number", .label = "number"});
    return spec;
}

template <>
const TableSpec<Activity>& tableOf<Activity>()
{
    // Activities are listed in the natural order of their codes (domain/NaturalOrder), not by SQL.
    static const TableSpec<Activity> spec("activity",
                                          {
                                              column<&Activity::id>("id", Key | Generated),
                                              column<&Activity::projectId>("project_id", Owner),
                                              column<&Activity::code>("code", Trimmed),
                                              column<&Activity::title>("title", Trimmed),
                                              column<&Activity::type>("type"),
                                              column<&Activity::venueCity>("venue_city"),
                                              column<&Activity::venueCountry>("venue_country"),
                                              column<&Activity::startDate>("start_date"),
                                              column<&Activity::endDate>("end_date"),
                                              column<&Activity::status>("status"),
                                              column<&Activity::description>("description"),
                                              column<&Activity::outputs>("outputs"),
                                              column<&Activity::illustrative>("illustrative"),
                                          },
                                          {.label = "code"},
                                          {{&links::activityComponent(), &Activity::componentIds}});
    return spec;
}

template <>
const TableSpec<Session>& tableOf<Session>()
{
    static const TableSpec<Session> spec("session",
                                         {
                                             column<&Session::id>("id", Key | Generated),
                                             column<&Session::activityId>("activity_id", Owner),
                                             column<&Session::date>("date"),
                                             column<&Session::part>("part"),
                                         },
                                         {.order = "date, CASE part WHEN 'afternoon' THEN 1 ELSE 0 END"});
    return spec;
}

template <>
const TableSpec<Institution>& tableOf<Institution>()
{
    static const TableSpec<Institution> spec("institution",
                                             {
                                                 column<&Institution::id>("id", Key | Generated),
                                                 column<&Institution::name>("name", Trimmed),
                                                 column<&Institution::acronym>("acronym", Trimmed),
                                                 column<&Institution::type>("type"),
                                                 column<&Institution::country>("country", Trimmed),
                                                 column<&Institution::parentId>("parent_id"),
                                                 column<&Institution::illustrative>("illustrative"),
                                             },
                                             {.order = "name", .label = "name"});
    return spec;
}

template <>
const TableSpec<Participant>& tableOf<Participant>()
{
    static const TableSpec<Participant> spec(
        "participant",
        {
            column<&Participant::id>("id", Key | Generated),
            column<&Participant::givenNames>("given_names", Trimmed),
            column<&Participant::familyNames>("family_names", Trimmed),
            column<&Participant::gender>("gender", Fillable),
            column<&Participant::institutionId>("institution_id", Fillable),
            column<&Participant::position>("position", Trimmed | Fillable),
            column<&Participant::region>("region", Trimmed | Fillable),
            column<&Participant::email>("email", Trimmed | Fillable),
            column<&Participant::phone>("phone", Trimmed | Fillable),
            column<&Participant::consentDate>("consent_date", Fillable),
            column<&Participant::illustrative>("illustrative"),
        },
        {.order = "id", .personal = true});
    return spec;
}

template <>
const TableSpec<Expert>& tableOf<Expert>()
{
    static const TableSpec<Expert> spec("expert",
                                        {
                                            column<&Expert::id>("id", Key | Generated),
                                            column<&Expert::givenNames>("given_names", Trimmed),
                                            column<&Expert::familyNames>("family_names", Trimmed),
                                            column<&Expert::country>("country", Trimmed),
                                            column<&Expert::institution>("institution", Trimmed),
                                            column<&Expert::expertise>("expertise", Trimmed),
                                            column<&Expert::illustrative>("illustrative"),
                                        },
                                        {.order = "family_names, given_names"});
    return spec;
}

template <>
const TableSpec<Enrolment>& tableOf<Enrolment>()
{
    static const TableSpec<Enrolment> spec(
        "enrolment",
        {
            column<&Enrolment::id>("id", Key | Generated),
            column<&Enrolment::activityId>("activity_id", Owner),
            column<&Enrolment::participantId>("participant_id"),
            column<&Enrolment::sessionsAttended>("sessions_attended", Derived),
            column<&Enrolment::daysAttended>("days_attended", Derived),
        },
        {.order = "id"});
    return spec;
}

template <>
const TableSpec<AttendanceMark>& tableOf<AttendanceMark>()
{
    static const TableSpec<AttendanceMark> spec(
        "attendance", {
                          column<&AttendanceMark::enrolmentId>("enrolment_id", Key | Owner),
                          column<&AttendanceMark::sessionId>("session_id", Key),
                          column<&AttendanceMark::status>("status"),
                      });
    return spec;
}

template <>
const TableSpec<ActivityExpertRow>& tableOf<ActivityExpertRow>()
{
    static const TableSpec<ActivityExpertRow> spec(
        "activity_expert",
        {
            column<&ActivityExpertRow::activityId>("activity_id", Key | Owner),
            column<&ActivityExpertRow::expertId>("expert_id", Key),
            column<&ActivityExpertRow::role>("role"),
        },
        {.order = "activity_id, expert_id"});
    return spec;
}

template <>
const TableSpec<ChangeLogEntry>& tableOf<ChangeLogEntry>()
{
    static const TableSpec<ChangeLogEntry> spec("change_log",
                                                {
                                                    column<&ChangeLogEntry::id>("id", Key | Generated),
                                                    column<&ChangeLogEntry::changedAt>("changed_at"),
                                                    column<&ChangeLogEntry::kind>("kind"),
                                                    column<&ChangeLogEntry::description>("description"),
                                                },
                                                {.order = "id"});
    return spec;
}

namespace links {

// A link table's owner column is the record that keeps the list; the other column is listed.
const TableSpec<Link>& projectRequestingInstitution()
{
    static const TableSpec<Link> spec("project_requesting_institution",
                                      {
                                          column<&Link::owner>("project_id", Key | Owner),
                                          column<&Link::other>("institution_id", Key),
                                      },
                                      {.order = "institution_id"});
    return spec;
}

const TableSpec<Link>& objectiveComponent()
{
    static const TableSpec<Link> spec("objective_component",
                                      {
                                          column<&Link::owner>("objective_id", Key | Owner),
                                          column<&Link::other>("component_id", Key),
                                      },
                                      {.order = "component_id"});
    return spec;
}

const TableSpec<Link>& activityComponent()
{
    static const TableSpec<Link> spec("activity_component",
                                      {
                                          column<&Link::owner>("activity_id", Key | Owner),
                                          column<&Link::other>("component_id", Key),
                                      },
                                      {.order = "component_id"});
    return spec;
}

} // namespace links

} // namespace sd
