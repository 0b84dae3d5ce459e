#include "domain/Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace sd {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
QList<E> allOf(const Table<E, N>& table)
{
    QList<E> values;
    values.reserve(static_cast<qsizetype>(N));
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

template <typename E, std::size_t N>
QString codeOf(const Table<E, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parse(const Table<E, N>& table, const QString& code)
{
    for (const auto& entry : table) {
        if (code == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Enums", text);
}

constexpr Table<Gender, 4> kGender{{{Gender::Female, "female"},
                                    {Gender::Male, "male"},
                                    {Gender::Other, "other"},
                                    {Gender::NotStated, "not_stated"}}};
constexpr Table<ActivityType, 6> kActivityType{
    {{ActivityType::IdentificationMission, "identification_mission"},
     {ActivityType::KnowledgeExchange, "knowledge_exchange"},
     {ActivityType::Seminar, "seminar"},
     {ActivityType::Workshop, "workshop"},
     {ActivityType::StudyVisit, "study_visit"},
     {ActivityType::Other, "other"}}};
constexpr Table<ActivityStatus, 4> kActivityStatus{{{ActivityStatus::Planned, "planned"},
                                                    {ActivityStatus::Held, "held"},
                                                    {ActivityStatus::Postponed, "postponed"},
                                                    {ActivityStatus::Cancelled, "cancelled"}}};
constexpr Table<SessionPart, 3> kSessionPart{{{SessionPart::FullDay, "full_day"},
                                              {SessionPart::Morning, "morning"},
                                              {SessionPart::Afternoon, "afternoon"}}};
constexpr Table<InstitutionType, 9> kInstitutionType{
    {{InstitutionType::Federal, "federal"},
     {InstitutionType::State, "state"},
     {InstitutionType::Municipal, "municipal"},
     {InstitutionType::Judiciary, "judiciary"},
     {InstitutionType::CivilSociety, "civil_society"},
     {InstitutionType::InternationalOrganisation, "international_organisation"},
     {InstitutionType::EuMemberStateAdministration, "eu_member_state_administration"},
     {InstitutionType::Academic, "academic"},
     {InstitutionType::Other, "other"}}};
constexpr Table<ExpertRole, 3> kExpertRole{{{ExpertRole::LeadExpert, "lead_expert"},
                                            {ExpertRole::Expert, "expert"},
                                            {ExpertRole::Facilitator, "facilitator"}}};
constexpr Table<AttendanceStatus, 4> kAttendanceStatus{{{AttendanceStatus::Present, "present"},
                                                        {AttendanceStatus::Late, "late"},
                                                        {AttendanceStatus::Excused, "excused"},
                                                        {AttendanceStatus::Absent, "absent"}}};

} // namespace

#define SD_DEFINE_ENUM_INFO(E, TABLE)                                                                        \
    QList<E> EnumInfo<E>::all()                                                                              \
    {                                                                                                        \
        return allOf(TABLE);                                                                                 \
    }                                                                                                        \
    QString EnumInfo<E>::code(E value)                                                                       \
    {                                                                                                        \
        return codeOf(TABLE, value);                                                                         \
    }                                                                                                        \
    std::optional<E> EnumInfo<E>::fromCode(const QString& code)                                              \
    {                                                                                                        \
        return parse(TABLE, code);                                                                           \
    }

SD_DEFINE_ENUM_INFO(Gender, kGender)
SD_DEFINE_ENUM_INFO(ActivityType, kActivityType)
SD_DEFINE_ENUM_INFO(ActivityStatus, kActivityStatus)
SD_DEFINE_ENUM_INFO(SessionPart, kSessionPart)
SD_DEFINE_ENUM_INFO(InstitutionType, kInstitutionType)
SD_DEFINE_ENUM_INFO(ExpertRole, kExpertRole)
SD_DEFINE_ENUM_INFO(AttendanceStatus, kAttendanceStatus)
#undef SD_DEFINE_ENUM_INFO

QString EnumInfo<Gender>::label(Gender value)
{
    switch (value) {
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Other:
        return tr("Other");
    case Gender::NotStated:
        return tr("Not stated");
    }
    return {};
}

QString EnumInfo<ActivityType>::label(ActivityType value)
{
    switch (value) {
    case ActivityType::IdentificationMission:
        return tr("Identification mission");
    case ActivityType::KnowledgeExchange:
        return tr("Knowledge-exchange session");
    case ActivityType::Seminar:
        return tr("Seminar");
    case ActivityType::Workshop:
        return tr("Workshop");
    case ActivityType::StudyVisit:
        return tr("Study visit");
    case ActivityType::Other:
        return tr("Other");
    }
    return {};
}

QString EnumInfo<ActivityStatus>::label(ActivityStatus value)
{
    switch (value) {
    case ActivityStatus::Planned:
        return tr("Planned");
    case ActivityStatus::Held:
        return tr("Held");
    case ActivityStatus::Postponed:
        return tr("Postponed");
    case ActivityStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString EnumInfo<SessionPart>::label(SessionPart value)
{
    switch (value) {
    case SessionPart::FullDay:
        return tr("Full day");
    case SessionPart::Morning:
        return tr("Morning");
    case SessionPart::Afternoon:
        return tr("Afternoon");
    }
    return {};
}

QString EnumInfo<InstitutionType>::label(InstitutionType value)
{
    switch (value) {
    case InstitutionType::Federal:
        return tr("Federal");
    case InstitutionType::State:
        return tr("State");
    case InstitutionType::Municipal:
        return tr("Municipal");
    case InstitutionType::Judiciary:
        return tr("Judiciary");
    case InstitutionType::CivilSociety:
        return tr("Civil society");
    case InstitutionType::InternationalOrganisation:
        return tr("International organisation");
    case InstitutionType::EuMemberStateAdministration:
        return tr("EU member state administration");
    case InstitutionType::Academic:
        return tr("Academic");
    case InstitutionType::Other:
        return tr("Other");
    }
    return {};
}

QString EnumInfo<ExpertRole>::label(ExpertRole value)
{
    switch (value) {
    case ExpertRole::LeadExpert:
        return tr("Lead expert");
    case ExpertRole::Expert:
        return tr("Expert");
    case ExpertRole::Facilitator:
        return tr("Facilitator");
    }
    return {};
}

QString EnumInfo<AttendanceStatus>::label(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::Excused:
        return tr("Excused");
    case AttendanceStatus::Absent:
        return tr("Absent");
    }
    return {};
}

double sessionWeight(SessionPart part)
{
    return part == SessionPart::FullDay ? 1.0 : 0.5;
}

bool countsAsTakingPart(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Late;
}

} // namespace sd
