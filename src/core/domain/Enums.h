#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// The names of the enumerations' values as users read them.
class Enums
{
    Q_DECLARE_TR_FUNCTIONS(sd::Enums)
};

// Each fixed set of the domain (docs/schema.md) is an enum with a stable code (stored in the database and
// written in exports) and a human label (translated).

enum class Gender
{
    Female,
    Male,
    Other,
    NotStated
};
enum class ActivityType
{
    IdentificationMission,
    KnowledgeExchange,
    Seminar,
    Workshop,
    StudyVisit,
    Other
};
enum class ActivityStatus
{
    Planned,
    Held,
    Postponed,
    Cancelled
};
enum class SessionPart
{
    FullDay,
    Morning,
    Afternoon
};
enum class InstitutionType
{
    Federal,
    State,
    Municipal,
    Judiciary,
    CivilSociety,
    InternationalOrganisation,
    EuMemberStateAdministration,
    Academic,
    Other
};
enum class ExpertRole
{
    LeadExpert,
    Expert,
    Facilitator
};
enum class AttendanceStatus
{
    Present,
    Late,
    Excused,
    Absent
};
// The follow-up question 3-6 months after an activity: "I applied what I learnt in my work".
enum class AppliedAnswer
{
    Yes,
    Partly,
    No
};

template <typename E>
struct EnumInfo;

#define SD_DECLARE_ENUM_INFO(E)                                                                              \
    template <>                                                                                              \
    struct EnumInfo<E>                                                                                       \
    {                                                                                                        \
        static QList<E> all();                                                                               \
        static QString code(E value);                                                                        \
        static QString label(E value);                                                                       \
        static std::optional<E> fromCode(const QString& code);                                               \
    };

SD_DECLARE_ENUM_INFO(Gender)
SD_DECLARE_ENUM_INFO(ActivityType)
SD_DECLARE_ENUM_INFO(ActivityStatus)
SD_DECLARE_ENUM_INFO(SessionPart)
SD_DECLARE_ENUM_INFO(InstitutionType)
SD_DECLARE_ENUM_INFO(ExpertRole)
SD_DECLARE_ENUM_INFO(AttendanceStatus)
SD_DECLARE_ENUM_INFO(AppliedAnswer)
#undef SD_DECLARE_ENUM_INFO

template <typename E>
QString toCode(E value)
{
    return EnumInfo<E>::code(value);
}

template <typename E>
QString toLabel(E value)
{
    return EnumInfo<E>::label(value);
}

template <typename E>
std::optional<E> fromCode(const QString& code)
{
    return EnumInfo<E>::fromCode(code);
}

// A session's weight in participant-days: a half-day counts 0.5.
double sessionWeight(SessionPart part);

// Present and late count as taking part; excused and absent do not.
bool countsAsTakingPart(AttendanceStatus status);

} // namespace sd
