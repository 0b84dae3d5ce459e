#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// The names of the import fields as users read them.
class ImportFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImportField)
};

// What a list is: a registration list of people, or a sign-in sheet of attendance marks.
enum class ImportKind
{
    Participants,
    Attendance
};

// What a column of a list holds. The codes are what `--map COLUMN=FIELD` takes.
enum class ImportField
{
    GivenNames,
    FamilyNames,
    FirstFamilyName,  // "Apellido paterno": joined with the second into the family names
    SecondFamilyName, // "Apellido materno"
    Gender,
    Institution,
    InstitutionType, // used when the list names an institution the programme does not hold yet
    Position,
    Region,
    Email,
    Phone,
    Activity,    // sign-in sheets: the activity code
    SessionDate, // sign-in sheets
    SessionPart, // sign-in sheets: morning, afternoon, full day
    Status,      // sign-in sheets: present, late, excused, absent
};

// The fields a kind of list can hold, in the order the report lists them.
QList<ImportField> importFields(ImportKind kind);
QString importFieldCode(ImportField field);
// The field's name for people ("Given names", "Session date"), translated.
QString importFieldLabel(ImportField field);
std::optional<ImportField> importFieldFromCode(const QString& code);

// The field a column heading names, in English or Spanish, ignoring case, accents and punctuation
// ("Nombre(s)", "Correo electrónico", "E-mail"); nullopt for a heading it does not know or a field
// the kind of list does not take.
std::optional<ImportField> recogniseHeading(const QString& heading, ImportKind kind);

} // namespace sd
