#include "import/ImportField.h"

#include "import/NameMatching.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace sd {

namespace {

constexpr std::array<std::pair<ImportField, const char*>, 15> kCodes{{
    {ImportField::GivenNames, "given_names"},
    {ImportField::FamilyNames, "family_names"},
    {ImportField::FirstFamilyName, "first_family_name"},
    {ImportField::SecondFamilyName, "second_family_name"},
    {ImportField::Gender, "gender"},
    {ImportField::Institution, "institution"},
    {ImportField::InstitutionType, "institution_type"},
    {ImportField::Position, "position"},
    {ImportField::Region, "region"},
    {ImportField::Email, "email"},
    {ImportField::Phone, "phone"},
    {ImportField::Activity, "activity"},
    {ImportField::SessionDate, "session_date"},
    {ImportField::SessionPart, "session_part"},
    {ImportField::Status, "status"},
}};

// Headings as normaliseName leaves them: lower case, no accents, punctuation made single spaces.
struct Heading
{
    ImportField field;
    const char* text;
};

constexpr std::array kHeadings{
    Heading{ImportField::GivenNames, "given names"},
    Heading{ImportField::GivenNames, "given name"},
    Heading{ImportField::GivenNames, "first name"},
    Heading{ImportField::GivenNames, "first names"},
    Heading{ImportField::GivenNames, "forename"},
    Heading{ImportField::GivenNames, "forenames"},
    Heading{ImportField::GivenNames, "nombre"},
    Heading{ImportField::GivenNames, "nombres"},
    Heading{ImportField::GivenNames, "nombre s"},
    Heading{ImportField::FamilyNames, "family names"},
    Heading{ImportField::FamilyNames, "family name"},
    Heading{ImportField::FamilyNames, "surname"},
    Heading{ImportField::FamilyNames, "surnames"},
    Heading{ImportField::FamilyNames, "last name"},
    Heading{ImportField::FamilyNames, "last names"},
    Heading{ImportField::FamilyNames, "apellidos"},
    Heading{ImportField::FamilyNames, "apellido"},
    Heading{ImportField::FamilyNames, "apellido s"},
    Heading{ImportField::FirstFamilyName, "apellido paterno"},
    Heading{ImportField::FirstFamilyName, "primer apellido"},
    Heading{ImportField::FirstFamilyName, "first surname"},
    Heading{ImportField::SecondFamilyName, "apellido materno"},
    Heading{ImportField::SecondFamilyName, "segundo apellido"},
    Heading{ImportField::SecondFamilyName, "second surname"},
    Heading{ImportField::Gender, "gender"},
    Heading{ImportField::Gender, "sex"},
    Heading{ImportField::Gender, "sexo"},
    Heading{ImportField::Gender, "genero"},
    Heading{ImportField::Institution, "institution"},
    Heading{ImportField::Institution, "institucion"},
    Heading{ImportField::Institution, "dependencia"},
    Heading{ImportField::Institution, "institucion dependencia"},
    Heading{ImportField::Institution, "organisation"},
    Heading{ImportField::Institution, "organization"},
    Heading{ImportField::Institution, "organizacion"},
    Heading{ImportField::InstitutionType, "institution type"},
    Heading{ImportField::InstitutionType, "type of institution"},
    Heading{ImportField::InstitutionType, "tipo de institucion"},
    Heading{ImportField::InstitutionType, "tipo de dependencia"},
    Heading{ImportField::Position, "position"},
    Heading{ImportField::Position, "job title"},
    Heading{ImportField::Position, "cargo"},
    Heading{ImportField::Position, "puesto"},
    Heading{ImportField::Position, "cargo puesto"},
    Heading{ImportField::Region, "region"},
    Heading{ImportField::Region, "state"},
    Heading{ImportField::Region, "estado"},
    Heading{ImportField::Region, "entidad"},
    Heading{ImportField::Region, "entidad federativa"},
    Heading{ImportField::Email, "email"},
    Heading{ImportField::Email, "e mail"},
    Heading{ImportField::Email, "email address"},
    Heading{ImportField::Email, "e mail address"},
    Heading{ImportField::Email, "mail"},
    Heading{ImportField::Email, "correo"},
    Heading{ImportField::Email, "correo electronico"},
    Heading{ImportField::Email, "correo e"},
    Heading{ImportField::Phone, "phone"},
    Heading{ImportField::Phone, "phone number"},
    Heading{ImportField::Phone, "telephone"},
    Heading{ImportField::Phone, "telefono"},
    Heading{ImportField::Phone, "tel"},
    Heading{ImportField::Phone, "celular"},
    Heading{ImportField::Activity, "activity"},
    Heading{ImportField::Activity, "activity code"},
    Heading{ImportField::Activity, "actividad"},
    Heading{ImportField::Activity, "codigo de actividad"},
    Heading{ImportField::Activity, "clave de actividad"},
    Heading{ImportField::SessionDate, "date"},
    Heading{ImportField::SessionDate, "session date"},
    Heading{ImportField::SessionDate, "fecha"},
    Heading{ImportField::SessionDate, "fecha de sesion"},
    Heading{ImportField::SessionDate, "fecha de la sesion"},
    Heading{ImportField::SessionPart, "part"},
    Heading{ImportField::SessionPart, "session part"},
    Heading{ImportField::SessionPart, "half day"},
    Heading{ImportField::SessionPart, "turno"},
    Heading{ImportField::SessionPart, "parte"},
    Heading{ImportField::SessionPart, "jornada"},
    Heading{ImportField::Status, "status"},
    Heading{ImportField::Status, "attendance"},
    Heading{ImportField::Status, "attendance status"},
    Heading{ImportField::Status, "asistencia"},
    Heading{ImportField::Status, "estatus"},
    Heading{ImportField::Status, "estatus de asistencia"},
};

bool isAttendanceOnly(ImportField field)
{
    return field == ImportField::Activity || field == ImportField::SessionDate ||
           field == ImportField::SessionPart || field == ImportField::Status;
}

} // namespace

QList<ImportField> importFields(ImportKind kind)
{
    QList<ImportField> fields;
    for (const auto& [field, code] : kCodes) {
        if (kind == ImportKind::Attendance || !isAttendanceOnly(field))
            fields.append(field);
    }
    return fields;
}

QString importFieldCode(ImportField field)
{
    for (const auto& [candidate, code] : kCodes) {
        if (candidate == field)
            return QString::fromLatin1(code);
    }
    return {};
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::GivenNames:
        return ImportFieldNames::tr("Given names");
    case ImportField::FamilyNames:
        return ImportFieldNames::tr("Family names");
    case ImportField::FirstFamilyName:
        return ImportFieldNames::tr("First family name");
    case ImportField::SecondFamilyName:
        return ImportFieldNames::tr("Second family name");
    case ImportField::Gender:
        return ImportFieldNames::tr("Gender");
    case ImportField::Institution:
        return ImportFieldNames::tr("Institution");
    case ImportField::InstitutionType:
        return ImportFieldNames::tr("Institution type");
    case ImportField::Position:
        return ImportFieldNames::tr("Position");
    case ImportField::Region:
        return ImportFieldNames::tr("Region");
    case ImportField::Email:
        return ImportFieldNames::tr("Email");
    case ImportField::Phone:
        return ImportFieldNames::tr("Phone");
    case ImportField::Activity:
        return ImportFieldNames::tr("Activity code");
    case ImportField::SessionDate:
        return ImportFieldNames::tr("Session date");
    case ImportField::SessionPart:
        return ImportFieldNames::tr("Part of the day");
    case ImportField::Status:
        return ImportFieldNames::tr("Attendance status");
    }
    return {};
}

std::optional<ImportField> importFieldFromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [field, text] : kCodes) {
        if (wanted == QLatin1String(text))
            return field;
    }
    return std::nullopt;
}

std::optional<ImportField> recogniseHeading(const QString& heading, ImportKind kind)
{
    const QString normalised = normaliseName(heading);
    for (const Heading& known : kHeadings) {
        if (normalised == QLatin1String(known.text)) {
            if (kind == ImportKind::Participants && isAttendanceOnly(known.field))
                return std::nullopt;
            return known.field;
        }
    }
    // The field codes themselves are headings too, so that a list exported by Seminar Desk reads back.
    if (const std::optional<ImportField> field =
            importFieldFromCode(QString(normalised).replace(u' ', u'_'))) {
        if (kind == ImportKind::Attendance || !isAttendanceOnly(*field))
            return field;
    }
    return std::nullopt;
}

} // namespace sd
