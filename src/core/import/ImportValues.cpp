#include "import/ImportValues.h"

#include "import/NameMatching.h"

#include <QRegularExpression>
#include <array>
#include <utility>

namespace sd {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookUp(const std::array<std::pair<const char*, E>, N>& table, const QString& normalised)
{
    for (const auto& [text, value] : table) {
        if (normalised == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<const char*, Gender>, 26> kGenders{{
    {"f", Gender::Female},
    {"fem", Gender::Female},
    {"femenino", Gender::Female},
    {"femenina", Gender::Female},
    {"mujer", Gender::Female},
    {"female", Gender::Female},
    {"woman", Gender::Female},
    {"h", Gender::Male},
    {"hombre", Gender::Male},
    {"masculino", Gender::Male},
    {"masc", Gender::Male},
    {"varon", Gender::Male},
    {"male", Gender::Male},
    {"man", Gender::Male},
    {"o", Gender::Other},
    {"other", Gender::Other},
    {"otro", Gender::Other},
    {"otra", Gender::Other},
    {"no binario", Gender::Other},
    {"non binary", Gender::Other},
    {"nonbinary", Gender::Other},
    {"no especificado", Gender::NotStated},
    {"no especificada", Gender::NotStated},
    {"not stated", Gender::NotStated},
    {"prefiero no decirlo", Gender::NotStated},
    {"prefer not to say", Gender::NotStated},
}};

constexpr std::array<std::pair<const char*, AttendanceStatus>, 22> kStatuses{{
    {"p", AttendanceStatus::Present},
    {"present", AttendanceStatus::Present},
    {"presente", AttendanceStatus::Present},
    {"asistio", AttendanceStatus::Present},
    {"l", AttendanceStatus::Late},
    {"late", AttendanceStatus::Late},
    {"r", AttendanceStatus::Late},
    {"retardo", AttendanceStatus::Late},
    {"retraso", AttendanceStatus::Late},
    {"e", AttendanceStatus::Excused},
    {"excused", AttendanceStatus::Excused},
    {"j", AttendanceStatus::Excused},
    {"justificado", AttendanceStatus::Excused},
    {"justificada", AttendanceStatus::Excused},
    {"falta justificada", AttendanceStatus::Excused},
    {"a", AttendanceStatus::Absent},
    {"absent", AttendanceStatus::Absent},
    {"ausente", AttendanceStatus::Absent},
    {"falta", AttendanceStatus::Absent},
    {"no asistio", AttendanceStatus::Absent},
    {"presente con retardo", AttendanceStatus::Late},
    {"excusado", AttendanceStatus::Excused},
}};

// The first name of each type in each language is the one a template offers (institutionTypeNames).
struct InstitutionTypeNames
{
    InstitutionType type;
    const char* english;
    const char* spanish;
};

constexpr std::array<InstitutionTypeNames, 9> kInstitutionTypeNames{{
    {InstitutionType::Federal, "Federal", "Federal"},
    {InstitutionType::State, "State", "Estatal"},
    {InstitutionType::Municipal, "Municipal", "Municipal"},
    {InstitutionType::Judiciary, "Judiciary", "Poder Judicial"},
    {InstitutionType::CivilSociety, "Civil society", "Sociedad civil"},
    {InstitutionType::InternationalOrganisation, "International organisation", "Organismo internacional"},
    {InstitutionType::EuMemberStateAdministration, "EU member state administration",
     "Administración de un Estado miembro de la UE"},
    {InstitutionType::Academic, "Academic", "Académica"},
    {InstitutionType::Other, "Other", "Otro"},
}};

constexpr std::array<std::pair<const char*, InstitutionType>, 6> kInstitutionTypeAliases{{
    {"international organization", InstitutionType::InternationalOrganisation},
    {"academico", InstitutionType::Academic},
    {"academia", InstitutionType::Academic},
    {"otra", InstitutionType::Other},
    {"judicial", InstitutionType::Judiciary},
    {"estado", InstitutionType::State},
}};

constexpr std::array<std::pair<const char*, SessionPart>, 15> kParts{{
    {"morning", SessionPart::Morning},
    {"am", SessionPart::Morning},
    {"manana", SessionPart::Morning},
    {"matutino", SessionPart::Morning},
    {"matutina", SessionPart::Morning},
    {"afternoon", SessionPart::Afternoon},
    {"pm", SessionPart::Afternoon},
    {"tarde", SessionPart::Afternoon},
    {"vespertino", SessionPart::Afternoon},
    {"vespertina", SessionPart::Afternoon},
    {"full day", SessionPart::FullDay},
    {"full", SessionPart::FullDay},
    {"dia completo", SessionPart::FullDay},
    {"todo el dia", SessionPart::FullDay},
    {"completo", SessionPart::FullDay},
}};

int expandYear(int year, qsizetype digits)
{
    return digits == 2 ? 2000 + year : year;
}

} // namespace

GenderLetters genderLettersOf(const QStringList& columnValues)
{
    bool hasF = false;
    bool hasH = false;
    for (const QString& value : columnValues) {
        const QString normalised = normaliseName(value);
        hasF = hasF || normalised == u"f";
        hasH = hasH || normalised == u"h";
    }
    if (hasF == hasH)
        return GenderLetters::Undecided;
    return hasF ? GenderLetters::FemaleMale : GenderLetters::HombreMujer;
}

bool isUndecidedGenderLetter(const QString& text, GenderLetters letters)
{
    return letters == GenderLetters::Undecided && normaliseName(text) == u"m";
}

std::optional<Gender> parseGender(const QString& text, GenderLetters letters)
{
    const QString normalised = normaliseName(text);
    if (normalised.isEmpty())
        return Gender::NotStated;
    if (normalised == u"m") {
        switch (letters) {
        case GenderLetters::FemaleMale:
            return Gender::Male;
        case GenderLetters::HombreMujer:
            return Gender::Female;
        case GenderLetters::Undecided:
            return std::nullopt;
        }
    }
    return lookUp(kGenders, normalised);
}

std::optional<AttendanceStatus> parseAttendanceStatus(const QString& text)
{
    return lookUp(kStatuses, normaliseName(text));
}

std::optional<InstitutionType> parseInstitutionType(const QString& text)
{
    const QString normalised = normaliseName(text);
    if (normalised.isEmpty())
        return std::nullopt;
    for (const InstitutionTypeNames& names : kInstitutionTypeNames) {
        if (normalised == normaliseName(QString::fromUtf8(names.english)) ||
            normalised == normaliseName(QString::fromUtf8(names.spanish)) ||
            normalised == normaliseName(EnumInfo<InstitutionType>::code(names.type)))
            return names.type;
    }
    return lookUp(kInstitutionTypeAliases, normalised);
}

QStringList institutionTypeNames(const QString& language)
{
    QStringList names;
    for (const InstitutionTypeNames& type : kInstitutionTypeNames)
        names.append(QString::fromUtf8(language == QLatin1String("es") ? type.spanish : type.english));
    return names;
}

std::optional<SessionPart> parseSessionPart(const QString& text)
{
    return lookUp(kParts, normaliseName(text));
}

QDate parseListDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression isoLike(
        QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$)"));
    static const QRegularExpression serial(QStringLiteral(R"(^(\d{5})(?:\.\d+)?$)"));
    if (const QRegularExpressionMatch match = isoLike.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (const QRegularExpressionMatch match = dayFirst.match(trimmed); match.hasMatch())
        return QDate(expandYear(match.captured(3).toInt(), match.capturedLength(3)),
                     match.captured(2).toInt(), match.captured(1).toInt());
    if (const QRegularExpressionMatch match = serial.match(trimmed); match.hasMatch())
        return QDate(1899, 12, 30).addDays(match.captured(1).toLongLong());
    return {};
}

} // namespace sd
