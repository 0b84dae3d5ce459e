#include "import/ImportValues.h"

#include "import/ColumnMapping.h"
#include "import/ImportField.h"

#include <gtest/gtest.h>

using namespace sd;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

TEST(ImportValuesTest, GenderInBothLanguages)
{
    const GenderLetters spanish = genderLettersOf({s("H"), s("M")});
    const GenderLetters english = genderLettersOf({s("F"), s("M")});
    EXPECT_EQ(spanish, GenderLetters::HombreMujer);
    EXPECT_EQ(english, GenderLetters::FemaleMale);
    EXPECT_EQ(genderLettersOf({s("M"), s("Mujer")}), GenderLetters::Undecided);
    EXPECT_EQ(parseGender(s("M"), spanish), Gender::Female);
    EXPECT_EQ(parseGender(s("M"), english), Gender::Male);
    EXPECT_FALSE(parseGender(s("M"), GenderLetters::Undecided).has_value());
    EXPECT_TRUE(isUndecidedGenderLetter(s("m"), GenderLetters::Undecided));
    for (const char* female : {"F", "Femenino", "MUJER", "female"})
        EXPECT_EQ(parseGender(s(female), GenderLetters::Undecided), Gender::Female) << female;
    for (const char* male : {"H", "Hombre", "masculino", "Male", "Varón"})
        EXPECT_EQ(parseGender(s(male), GenderLetters::Undecided), Gender::Male) << male;
    for (const char* other : {"Otro", "other", "No binario"})
        EXPECT_EQ(parseGender(s(other), GenderLetters::Undecided), Gender::Other) << other;
    for (const char* notStated : {"", "No especificado", "not stated"})
        EXPECT_EQ(parseGender(s(notStated), GenderLetters::Undecided), Gender::NotStated) << notStated;
    EXPECT_FALSE(parseGender(s("Z"), GenderLetters::Undecided).has_value());
}

TEST(ImportValuesTest, StatusesPartsAndDates)
{
    EXPECT_EQ(parseAttendanceStatus(s("P")), AttendanceStatus::Present);
    EXPECT_EQ(parseAttendanceStatus(s("Retardo")), AttendanceStatus::Late);
    EXPECT_EQ(parseAttendanceStatus(s("justificado")), AttendanceStatus::Excused);
    EXPECT_EQ(parseAttendanceStatus(s("AUSENTE")), AttendanceStatus::Absent);
    EXPECT_EQ(parseAttendanceStatus(s("late")), AttendanceStatus::Late);
    EXPECT_FALSE(parseAttendanceStatus(s("maybe")).has_value());
    EXPECT_EQ(parseSessionPart(s("Mañana")), SessionPart::Morning);
    EXPECT_EQ(parseSessionPart(s("vespertino")), SessionPart::Afternoon);
    EXPECT_EQ(parseSessionPart(s("Día completo")), SessionPart::FullDay);

    EXPECT_EQ(parseListDate(s("14/03/2017")), QDate(2017, 3, 14));
    EXPECT_EQ(parseListDate(s("2017-03-14")), QDate(2017, 3, 14));
    EXPECT_EQ(parseListDate(s("4/3/17")), QDate(2017, 3, 4));
    EXPECT_EQ(parseListDate(s("14.03.2017")), QDate(2017, 3, 14));
    EXPECT_EQ(parseListDate(s("2017-03-14T09:00:00")), QDate(2017, 3, 14));
    EXPECT_EQ(parseListDate(s("42808")), QDate(2017, 3, 14)); // a spreadsheet's serial number
    EXPECT_FALSE(parseListDate(s("31/02/2017")).isValid());
    EXPECT_FALSE(parseListDate(s("mañana")).isValid());
    EXPECT_FALSE(parseListDate(s("2017")).isValid());
}

TEST(ImportValuesTest, InstitutionTypesInBothLanguagesAndAsCodes)
{
    EXPECT_EQ(parseInstitutionType(s("Sociedad civil")), InstitutionType::CivilSociety);
    EXPECT_EQ(parseInstitutionType(s("civil society")), InstitutionType::CivilSociety);
    EXPECT_EQ(parseInstitutionType(s("civil_society")), InstitutionType::CivilSociety);
    EXPECT_EQ(parseInstitutionType(s("PODER JUDICIAL")), InstitutionType::Judiciary);
    EXPECT_EQ(parseInstitutionType(s("Administración de un Estado miembro de la UE")),
              InstitutionType::EuMemberStateAdministration);
    EXPECT_EQ(parseInstitutionType(s("International organization")),
              InstitutionType::InternationalOrganisation);
    EXPECT_EQ(parseInstitutionType(s("académico")), InstitutionType::Academic);
    EXPECT_EQ(parseInstitutionType(s("Estatal")), InstitutionType::State);
    EXPECT_FALSE(parseInstitutionType(s("")).has_value());
    EXPECT_FALSE(parseInstitutionType(s("Ministerio")).has_value());
    // Every name a template offers reads back as its own type, in both languages.
    for (const QString& language : {s("es"), s("en")}) {
        const QStringList names = institutionTypeNames(language);
        const QList<InstitutionType> types = EnumInfo<InstitutionType>::all();
        ASSERT_EQ(names.size(), types.size());
        for (qsizetype index = 0; index < names.size(); ++index)
            EXPECT_EQ(parseInstitutionType(names[index]), types[index]) << names[index].toStdString();
    }
    EXPECT_EQ(recogniseHeading(s("Tipo de institución"), ImportKind::Participants),
              ImportField::InstitutionType);
    EXPECT_EQ(recogniseHeading(s("Institution type"), ImportKind::Participants),
              ImportField::InstitutionType);
}

TEST(ColumnMappingTest, RecognisesEnglishAndSpanishHeadings)
{
    EXPECT_EQ(recogniseHeading(s("Nombre(s)"), ImportKind::Participants), ImportField::GivenNames);
    EXPECT_EQ(recogniseHeading(s("APELLIDOS"), ImportKind::Participants), ImportField::FamilyNames);
    EXPECT_EQ(recogniseHeading(s("Género"), ImportKind::Participants), ImportField::Gender);
    EXPECT_EQ(recogniseHeading(s("Institución / Dependencia"), ImportKind::Participants),
              ImportField::Institution);
    EXPECT_EQ(recogniseHeading(s("Puesto"), ImportKind::Participants), ImportField::Position);
    EXPECT_EQ(recogniseHeading(s("Entidad"), ImportKind::Participants), ImportField::Region);
    EXPECT_EQ(recogniseHeading(s("Correo electrónico"), ImportKind::Participants), ImportField::Email);
    EXPECT_EQ(recogniseHeading(s("E-mail"), ImportKind::Participants), ImportField::Email);
    EXPECT_EQ(recogniseHeading(s("Teléfono"), ImportKind::Participants), ImportField::Phone);
    EXPECT_EQ(recogniseHeading(s("given_names"), ImportKind::Participants), ImportField::GivenNames);
    EXPECT_EQ(recogniseHeading(s("Fecha"), ImportKind::Attendance), ImportField::SessionDate);
    EXPECT_EQ(recogniseHeading(s("Asistencia"), ImportKind::Attendance), ImportField::Status);
    EXPECT_FALSE(recogniseHeading(s("Fecha"), ImportKind::Participants).has_value());
    EXPECT_FALSE(recogniseHeading(s("Observaciones"), ImportKind::Participants).has_value());
}

TEST(ColumnMappingTest, ExplicitChoicesAndWhatIsMissing)
{
    const QStringList header{s("Prénom"), s("Nom"), s("Correo"), s("Notas")};
    Result<ColumnMapping> unknown =
        ColumnMapping::build(header, ImportKind::Participants, {}, s("/x/list.csv"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(s("list.csv"))) << unknown.error().message.toStdString();
    EXPECT_TRUE(unknown.error().message.contains(s("--map"))) << unknown.error().message.toStdString();

    Result<ColumnOverride> given = ColumnMapping::parseOverride(s("Prénom=given_names"));
    Result<ColumnOverride> family = ColumnMapping::parseOverride(s("nom = family_names"));
    Result<ColumnOverride> ignored = ColumnMapping::parseOverride(s("Correo=ignore"));
    ASSERT_TRUE(given.ok() && family.ok() && ignored.ok());
    EXPECT_FALSE(ColumnMapping::parseOverride(s("Correo")).ok());
    EXPECT_FALSE(ColumnMapping::parseOverride(s("Correo=colour")).ok());
    Result<ColumnMapping> mapped =
        ColumnMapping::build(header, ImportKind::Participants, {*given, *family, *ignored}, s("list.csv"));
    ASSERT_TRUE(mapped.ok()) << mapped.error().message.toStdString();
    EXPECT_EQ(mapped->column(ImportField::GivenNames), 0);
    EXPECT_EQ(mapped->column(ImportField::FamilyNames), 1);
    EXPECT_EQ(mapped->column(ImportField::Email), -1);

    Result<ColumnOverride> noSuchColumn = ColumnMapping::parseOverride(s("Apellido=family_names"));
    ASSERT_TRUE(noSuchColumn.ok());
    EXPECT_FALSE(
        ColumnMapping::build(header, ImportKind::Participants, {*given, *noSuchColumn}, s("list.csv")).ok());

    const QStringList twice{s("Nombre"), s("Apellidos"), s("Correo"), s("E-mail")};
    Result<ColumnMapping> twoEmails =
        ColumnMapping::build(twice, ImportKind::Participants, {}, s("list.csv"));
    ASSERT_FALSE(twoEmails.ok());
    EXPECT_TRUE(twoEmails.error().message.contains(s("E-mail")));
}

} // namespace
