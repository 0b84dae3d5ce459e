#include "domain/Enums.h"

#include <QCoreApplication>
#include <array>

namespace sd {

namespace {

// One value of an enum: its stable code and its label (translated when shown).
template <typename E>
struct Entry
{
    E value;
    const char* code;
    const char* label;
};

template <typename E, std::size_t N>
using Table = std::array<Entry<E>, N>;

template <typename E, std::size_t N>
QList<E> allOf(const Table<E, N>& table)
{
    QList<E> values;
    values.reserve(static_cast<qsizetype>(N));
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

template <typename E, std::size_t N>
const Entry<E>* entryOf(const Table<E, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <typename E, std::size_t N>
QString codeOf(const Table<E, N>& table, E value)
{
    const Entry<E>* entry = entryOf(table, value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

template <typename E, std::size_t N>
std::optional<E> parse(const Table<E, N>& table, const QString& code)
{
    for (const auto& entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString labelOf(const Table<E, N>& table, E value)
{
    const Entry<E>* entry = entryOf(table, value);
    return entry ? Enums::tr(entry->label) : QString();
}

constexpr Table<Gender, 4> kGender{
    {{Gender::Female, "female", QT_TRANSLATE_NOOP("sd::Enums", "Female")},
     {Gender::Male, "male", QT_TRANSLATE_NOOP("sd::Enums", "Male")},
     {Gender::Other, "other", QT_TRANSLATE_NOOP("sd::Enums", "Other")},
     {Gender::NotStated, "not_stated", QT_TRANSLATE_NOOP("sd::Enums", "Not stated")}}};
constexpr Table<ActivityType, 6> kActivityType{
    {{ActivityType::IdentificationMission, "identification_mission",
      QT_TRANSLATE_NOOP("sd::Enums", "Identification mission")},
     {ActivityType::KnowledgeExchange, "knowledge_exchange",
      QT_TRANSLATE_NOOP("sd::Enums", "Knowledge-exchange session")},
     {ActivityType::Seminar, "seminar", QT_TRANSLATE_NOOP("sd::Enums", "Seminar")},
     {ActivityType::Workshop, "workshop", QT_TRANSLATE_NOOP("sd::Enums", "Workshop")},
     {ActivityType::StudyVisit, "study_visit", QT_TRANSLATE_NOOP("sd::Enums", "Study visit")},
     {ActivityType::Other, "other", QT_TRANSLATE_NOOP("sd::Enums", "Other")}}};
constexpr Table<ActivityStatus, 4> kActivityStatus{
    {{ActivityStatus::Planned, "planned", QT_TRANSLATE_NOOP("sd::Enums", "Planned")},
     {ActivityStatus::Held, "held", QT_TRANSLATE_NOOP("sd::Enums", "Held")},
     {ActivityStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("sd::Enums", "Postponed")},
     {ActivityStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("sd::Enums", "Cancelled")}}};
constexpr Table<SessionPart, 3> kSessionPart{
    {{SessionPart::FullDay, "full_day", QT_TRANSLATE_NOOP("sd::Enums", "Full day")},
     {SessionPart::Morning, "morning", QT_TRANSLATE_NOOP("sd::Enums", "Morning")},
     {SessionPart::Afternoon, "afternoon", QT_TRANSLATE_NOOP("sd::Enums", "Afternoon")}}};
constexpr Table<InstitutionType, 9> kInstitutionType{
    {{InstitutionType::Federal, "federal", QT_TRANSLATE_NOOP("sd::Enums", "Federal")},
     {InstitutionType::State, "state", QT_TRANSLATE_NOOP("sd::Enums", "State")},
     {InstitutionType::Municipal, "municipal", QT_TRANSLATE_NOOP("sd::Enums", "Municipal")},
     {InstitutionType::Judiciary, "judiciary", QT_TRANSLATE_NOOP("sd::Enums", "Judiciary")},
     {InstitutionType::CivilSociety, "civil_society", QT_TRANSLATE_NOOP("sd::Enums", "Civil society")},
     {InstitutionType::InternationalOrganisation, "international_organisation",
      QT_TRANSLATE_NOOP("sd::Enums", "International organisation")},
     {InstitutionType::EuMemberStateAdministration, "eu_member_state_administration",
      QT_TRANSLATE_NOOP("sd::Enums", "EU member state administration")},
     {InstitutionType::Academic, "academic", QT_TRANSLATE_NOOP("sd::Enums", "Academic")},
     {InstitutionType::Other, "other", QT_TRANSLATE_NOOP("sd::Enums", "Other")}}};
constexpr Table<ExpertRole, 3> kExpertRole{
    {{ExpertRole::LeadExpert, "lead_expert", QT_TRANSLATE_NOOP("sd::Enums", "Lead expert")},
     {ExpertRole::Expert, "expert", QT_TRANSLATE_NOOP("sd::Enums", "Expert")},
     {ExpertRole::Facilitator, "facilitator", QT_TRANSLATE_NOOP("sd::Enums", "Facilitator")}}};
constexpr Table<AttendanceStatus, 4> kAttendanceStatus{
    {{AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("sd::Enums", "Present")},
     {AttendanceStatus::Late, "late", QT_TRANSLATE_NOOP("sd::Enums", "Late")},
     {AttendanceStatus::Excused, "excused", QT_TRANSLATE_NOOP("sd::Enums", "Excused")},
     {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("sd::Enums", "Absent")}}};
constexpr Table<AppliedAnswer, 3> kAppliedAnswer{
    {{AppliedAnswer::Yes, "yes", QT_TRANSLATE_NOOP("sd::Enums", "Yes")},
     {AppliedAnswer::Partly, "partly", QT_TRANSLATE_NOOP("sd::Enums", "Partly")},
     {AppliedAnswer::No, "no", QT_TRANSLATE_NOOP("sd::Enums", "No")}}};

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
    QString EnumInfo<E>::label(E value)                                                                      \
    {                                                                                                        \
        return labelOf(TABLE, value);                                                                        \
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
SD_DEFINE_ENUM_INFO(AppliedAnswer, kAppliedAnswer)
#undef SD_DEFINE_ENUM_INFO

double sessionWeight(SessionPart part)
{
    return part == SessionPart::FullDay ? 1.0 : 0.5;
}

bool countsAsTakingPart(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Late;
}

} // namespace sd
