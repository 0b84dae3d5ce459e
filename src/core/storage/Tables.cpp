#include "storage/Tables.h"

namespace sd {
namespace {

// One record type's table among the specs.
template <typename R>
struct Table
{
    TableSpec<R> spec;
};

// Every spec, made once. Column roles (storage/TableSpec): key, the id the database gives; owner, the
// record a row belongs to (never moved by an update); trimmed, surrounding blanks dropped on entry;
// derived, kept by triggers; Fillable, may be filled in by an import or a merge; plain columns are
// written as they are; version, the row's version (row_version), moved on by every update. A column
// added to a record type is one line here (and one in its schema step). The link tables come first:
// the record tables keep their lists in them.
struct Specs : LinkTables,
               Table<Project>,
               Table<Objective>,
               Table<Component>,
               Table<Activity>,
               Table<Session>,
               Table<Institution>,
               Table<Participant>,
               Table<Expert>,
               Table<Enrolment>,
               Table<AttendanceMark>,
               Table<EvaluationAnswers>,
               Table<ActivityExpertRow>,
               Table<ChangeLogEntry>
{
    Specs()
        : LinkTables{{"project_requesting_institution",
                      {
                          column<&Link::owner>("project_id", Key | Owner),
                          column<&Link::other>("institution_id", Key),
                      },
                      {.order = "institution_id"}},
                     {"objective_component",
                      {
                          column<&Link::owner>("objective_id", Key | Owner),
                          column<&Link::other>("component_id", Key),
                      },
                      {.order = "component_id"}},
                     {"activity_component",
                      {
                          column<&Link::owner>("activity_id", Key | Owner),
                          column<&Link::other>("component_id", Key),
                      },
                      {.order = "component_id"}}}
        , Table<Project>{{"project",
                          {
                              key<&Project::id>("id"),
                              trimmed<&Project::code>("code"),
                              trimmed<&Project::title>("title"),
                              trimmed<&Project::titleEs>("title_es"),
                              column<&Project::beneficiaryCountry>("beneficiary_country"),
                              column<&Project::startDate>("start_date"),
                              column<&Project::endDate>("end_date"),
                              column<&Project::summary>("summary"),
                              column<&Project::resultsNarrative>("results_narrative"),
                              column<&Project::summaryEs>("summary_es"),
                              column<&Project::resultsNarrativeEs>("results_narrative_es"),
                              column<&Project::quotation>("quotation"),
                              version<&Project::rowVersion>(),
                              column<&Project::contactRetentionYears>("contact_retention_years"),
                              column<&Project::nameRetentionYears>("name_retention_years"),
                          },
                          {.order = "code"},
                          {{&projectRequestingInstitution, &Project::requestingInstitutionIds}}}}

        , Table<Objective>{{"objective",
                            {
                                key<&Objective::id>("id"),
                                owner<&Objective::projectId>("project_id"),
                                column<&Objective::number>("number"),
                                trimmed<&Objective::statement>("statement"),
                                trimmed<&Objective::statementEs>("statement_es"),
                                version<&Objective::rowVersion>(),
                            },
                            {.order = "number"},
                            {{&objectiveComponent, &Objective::componentIds}}}}

        , Table<Component>{{"component",
                            {
                                key<&Component::id>("id"),
                                owner<&Component::projectId>("project_id"),
                                column<&Component::number>("number"),
                                trimmed<&Component::title>("title"),
                                trimmed<&Component::titleEs>("title_es"),
                                version<&Component::rowVersion>(),
                            },
                            {.order = "number"}}}
        // Activities are listed in the natural order of their codes (domain/NaturalOrder), not by SQL.

        , Table<Activity>{{"activity",
                           {
                               key<&Activity::id>("id"),
                               owner<&Activity::projectId>("project_id"),
                               trimmed<&Activity::code>("code"),
                               trimmed<&Activity::title>("title"),
                               trimmed<&Activity::titleEs>("title_es"),
                               column<&Activity::type>("type"),
                               column<&Activity::venueCity>("venue_city"),
                               column<&Activity::venueCityEs>("venue_city_es"),
                               column<&Activity::venueCountry>("venue_country"),
                               column<&Activity::startDate>("start_date"),
                               column<&Activity::endDate>("end_date"),
                               column<&Activity::status>("status"),
                               column<&Activity::description>("description"),
                               column<&Activity::outputs>("outputs"),
                               column<&Activity::descriptionEs>("description_es"),
                               column<&Activity::outputsEs>("outputs_es"),
                               column<&Activity::illustrative>("illustrative"),
                               column<&Activity::testMaxScore>("test_max_score"),
                               column<&Activity::masteryThresholdPct>("mastery_threshold_pct"),
                               column<&Activity::satisfactionSurvey>("satisfaction_survey"),
                               column<&Activity::followUp>("follow_up"),
                               version<&Activity::rowVersion>(),
                           },
                           {.label = "code"},
                           {{&activityComponent, &Activity::componentIds}}}}

        , Table<Session>{{"session",
                          {
                              key<&Session::id>("id"),
                              owner<&Session::activityId>("activity_id"),
                              column<&Session::date>("date"),
                              column<&Session::part>("part"),
                              version<&Session::rowVersion>(),
                          },
                          {.order = "date, CASE part WHEN 'afternoon' THEN 1 ELSE 0 END"}}}

        , Table<Institution>{{"institution",
                              {
                                  key<&Institution::id>("id"),
                                  trimmed<&Institution::name>("name"),
                                  trimmed<&Institution::acronym>("acronym"),
                                  trimmed<&Institution::nameEs>("name_es"),
                                  trimmed<&Institution::acronymEs>("acronym_es"),
                                  column<&Institution::type>("type"),
                                  trimmed<&Institution::country>("country"),
                                  column<&Institution::parentId>("parent_id"),
                                  column<&Institution::illustrative>("illustrative"),
                                  version<&Institution::rowVersion>(),
                              },
                              {.order = "name"}}}
        , Table<Participant>{{"participant",
                              {
                                  key<&Participant::id>("id"),
                                  trimmed<&Participant::givenNames>("given_names"),
                                  trimmed<&Participant::familyNames>("family_names"),
                                  column<&Participant::gender>("gender", Fillable),
                                  column<&Participant::institutionId>("institution_id", Fillable),
                                  column<&Participant::position>("position", Trimmed | Fillable),
                                  column<&Participant::region>("region", Trimmed | Fillable),
                                  column<&Participant::email>("email", Trimmed | Fillable),
                                  column<&Participant::phone>("phone", Trimmed | Fillable),
                                  column<&Participant::consentDate>("consent_date", Fillable),
                                  column<&Participant::illustrative>("illustrative"),
                                  version<&Participant::rowVersion>(),
                                  trimmed<&Participant::consentPurpose>("consent_purpose"),
                                  column<&Participant::consentSource>("consent_source"),
                                  trimmed<&Participant::legalHoldReason>("legal_hold_reason"),
                                  column<&Participant::legalHoldUntil>("legal_hold_until"),
                                  column<&Participant::erasedOn>("erased_on"),
                              },
                              {.order = "id", .personal = true}}}
        , Table<Expert>{{"expert",
                         {
                             key<&Expert::id>("id"),
                             trimmed<&Expert::givenNames>("given_names"),
                             trimmed<&Expert::familyNames>("family_names"),
                             trimmed<&Expert::country>("country"),
                             trimmed<&Expert::institution>("institution"),
                             trimmed<&Expert::expertise>("expertise"),
                             column<&Expert::illustrative>("illustrative"),
                             version<&Expert::rowVersion>(),
                         },
                         {.order = "family_names, given_names"}}}

        , Table<Enrolment>{{"enrolment",
                            {
                                key<&Enrolment::id>("id"),
                                owner<&Enrolment::activityId>("activity_id"),
                                column<&Enrolment::participantId>("participant_id"),
                                derived<&Enrolment::sessionsAttended>("sessions_attended"),
                                derived<&Enrolment::daysAttended>("days_attended"),
                                version<&Enrolment::rowVersion>(),
                            },
                            {.order = "id"}}}
        , Table<AttendanceMark>{{"attendance",
                                 {
                                     column<&AttendanceMark::enrolmentId>("enrolment_id", Key | Owner),
                                     column<&AttendanceMark::sessionId>("session_id", Key),
                                     column<&AttendanceMark::status>("status"),
                                     version<&AttendanceMark::rowVersion>(),
                                 }}}
        // One enrolled person's evaluation answers; comments are free text a person wrote.
        , Table<EvaluationAnswers>{{"evaluation",
                                    {
                                        column<&EvaluationAnswers::enrolmentId>("enrolment_id", Key | Owner),
                                        column<&EvaluationAnswers::preScore>("pre_score"),
                                        column<&EvaluationAnswers::postScore>("post_score"),
                                        column<&EvaluationAnswers::satisfactionOverall>(
                                            "satisfaction_overall"),
                                        column<&EvaluationAnswers::satisfactionRelevance>(
                                            "satisfaction_relevance"),
                                        column<&EvaluationAnswers::satisfactionExperts>(
                                            "satisfaction_experts"),
                                        column<&EvaluationAnswers::satisfactionOrganisation>(
                                            "satisfaction_organisation"),
                                        column<&EvaluationAnswers::satisfactionRecommend>(
                                            "satisfaction_recommend"),
                                        trimmed<&EvaluationAnswers::comment>("comment"),
                                        column<&EvaluationAnswers::applied>("applied"),
                                        column<&EvaluationAnswers::submittedAt>("submitted_at"),
                                        version<&EvaluationAnswers::rowVersion>(),
                                    },
                                    {.order = "enrolment_id", .personal = true}}}
        , Table<ActivityExpertRow>{{"activity_expert",
                                    {
                                        column<&ActivityExpertRow::activityId>("activity_id", Key | Owner),
                                        column<&ActivityExpertRow::expertId>("expert_id", Key),
                                        column<&ActivityExpertRow::role>("role"),
                                    },
                                    {.order = "activity_id, expert_id"}}}
        , Table<ChangeLogEntry>{{"change_log",
                                 {
                                     key<&ChangeLogEntry::id>("id"),
                                     column<&ChangeLogEntry::changedAt>("changed_at"),
                                     column<&ChangeLogEntry::kind>("kind"),
                                     column<&ChangeLogEntry::description>("description"),
                                     column<&ChangeLogEntry::changedBy>("changed_by"),
                                 },
                                 {.order = "id"}}}
    {
    }
};

const Specs& specs()
{
    static const Specs all;
    return all;
}

} // namespace

template <typename R>
const TableSpec<R>& tableOf()
{
    return static_cast<const Table<R>&>(specs()).spec;
}

template const TableSpec<Project>& tableOf<Project>();
template const TableSpec<Objective>& tableOf<Objective>();
template const TableSpec<Component>& tableOf<Component>();
template const TableSpec<Activity>& tableOf<Activity>();
template const TableSpec<Session>& tableOf<Session>();
template const TableSpec<Institution>& tableOf<Institution>();
template const TableSpec<Participant>& tableOf<Participant>();
template const TableSpec<Expert>& tableOf<Expert>();
template const TableSpec<Enrolment>& tableOf<Enrolment>();
template const TableSpec<AttendanceMark>& tableOf<AttendanceMark>();
template const TableSpec<EvaluationAnswers>& tableOf<EvaluationAnswers>();
template const TableSpec<ActivityExpertRow>& tableOf<ActivityExpertRow>();
template const TableSpec<ChangeLogEntry>& tableOf<ChangeLogEntry>();

const LinkTables& linkTables()
{
    return specs();
}

} // namespace sd
