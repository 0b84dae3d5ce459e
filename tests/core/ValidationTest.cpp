#include "domain/Validation.h"

#include <gtest/gtest.h>

using namespace sd;

namespace {

bool hasField(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& error : errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

Activity validActivity()
{
    Activity a;
    a.projectId = 1;
    a.code = QStringLiteral("2.1");
    a.title = QStringLiteral("Seminar on International Protection");
    a.componentIds = {1};
    a.startDate = QDate(2017, 3, 13);
    a.endDate = QDate(2017, 3, 15);
    return a;
}

} // namespace

TEST(Validation, ActivityRequiresCodeTitleComponentAndDates)
{
    EXPECT_TRUE(validate(validActivity()).isEmpty());
    Activity empty;
    const FieldErrors errors = validate(empty);
    EXPECT_TRUE(hasField(errors, QStringLiteral("code")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("title")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("components")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("start_date")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("end_date")));
}

TEST(Validation, EndBeforeStartIsRefused)
{
    Activity a = validActivity();
    a.endDate = QDate(2017, 3, 12);
    const FieldErrors errors = validate(a);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("end_date"));
}

TEST(Validation, ActivityMustLieWithinProjectTimeFrame)
{
    Project p;
    p.startDate = QDate(2017, 1, 1);
    p.endDate = QDate(2018, 12, 31);
    Activity a = validActivity();
    EXPECT_TRUE(validateWithinProject(a, p).isEmpty());
    a.startDate = QDate(2016, 12, 30);
    a.endDate = QDate(2019, 1, 2);
    const FieldErrors errors = validateWithinProject(a, p);
    EXPECT_TRUE(hasField(errors, QStringLiteral("start_date")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("end_date")));
}

TEST(Validation, SessionsMustLieWithinActivityAndNotRepeat)
{
    const Activity a = validActivity();
    EXPECT_TRUE(validateSessions(defaultSessions(a.startDate, a.endDate), a).isEmpty());
    QList<Session> sessions{{0, 0, QDate(2017, 3, 16), SessionPart::FullDay}};
    EXPECT_TRUE(hasField(validateSessions(sessions, a), QStringLiteral("session.date")));
    sessions = {{0, 0, QDate(2017, 3, 13), SessionPart::Morning},
                {0, 0, QDate(2017, 3, 13), SessionPart::Morning}};
    EXPECT_FALSE(validateSessions(sessions, a).isEmpty());
    sessions = {{0, 0, QDate(2017, 3, 13), SessionPart::Morning},
                {0, 0, QDate(2017, 3, 13), SessionPart::Afternoon}};
    EXPECT_TRUE(validateSessions(sessions, a).isEmpty());
    sessions = {{0, 0, QDate(2017, 3, 13), SessionPart::FullDay},
                {0, 0, QDate(2017, 3, 13), SessionPart::Afternoon}};
    EXPECT_TRUE(hasField(validateSessions(sessions, a), QStringLiteral("session.part")));
}

TEST(Validation, DefaultSessionsAreOneFullDayPerDay)
{
    const QList<Session> sessions = defaultSessions(QDate(2017, 3, 13), QDate(2017, 3, 15));
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions.at(2).date, QDate(2017, 3, 15));
    EXPECT_EQ(sessions.at(0).part, SessionPart::FullDay);
    EXPECT_TRUE(defaultSessions(QDate(2017, 3, 15), QDate(2017, 3, 13)).isEmpty());
}

TEST(Validation, ParticipantNamesRequiredAndEmailWellFormed)
{
    Participant p;
    p.givenNames = QStringLiteral("María José");
    p.familyNames = QStringLiteral("Hernández Ruiz");
    EXPECT_TRUE(validate(p).isEmpty());
    p.email = QStringLiteral("mj.hernandez@example.org");
    EXPECT_TRUE(validate(p).isEmpty());
    for (const char* bad :
         {"mj.hernandez", "mj@", "@example.org", "mj hernandez@example.org", "mj@example"}) {
        p.email = QString::fromLatin1(bad);
        EXPECT_TRUE(hasField(validate(p), QStringLiteral("email"))) << bad;
    }
    p = Participant{};
    const FieldErrors errors = validate(p);
    EXPECT_TRUE(hasField(errors, QStringLiteral("given_names")));
    EXPECT_TRUE(hasField(errors, QStringLiteral("family_names")));
}

TEST(Validation, GenderCodesAreAFixedSet)
{
    EXPECT_EQ(fromCode<Gender>(QStringLiteral("female")), Gender::Female);
    EXPECT_EQ(fromCode<Gender>(QStringLiteral("not_stated")), Gender::NotStated);
    EXPECT_FALSE(fromCode<Gender>(QStringLiteral("F")).has_value());
    for (Gender g : EnumInfo<Gender>::all())
        EXPECT_EQ(fromCode<Gender>(toCode(g)), g);
}

TEST(Validation, ProjectAndExpertRequiredFields)
{
    EXPECT_FALSE(validate(Project{}).isEmpty());
    Expert e;
    const FieldErrors errors = validate(e);
    EXPECT_TRUE(hasField(errors, QStringLiteral("country")));
}

// Names at most 200 characters, other short texts 2,000, long texts a spreadsheet
// cell's 32,767; one more is refused with the field named and the length said.
TEST(Validation, TextsLongerThanTheirLimitAreRefusedWithTheField)
{
    Participant person;
    person.givenNames = QString(kMaxNameLength, u'a');
    person.familyNames = QStringLiteral("Peña");
    person.position = QString(kMaxTextLength, u'p');
    EXPECT_TRUE(validate(person).isEmpty());

    person.givenNames = QString(kMaxNameLength + 1, u'a');
    person.position = QString(kMaxTextLength + 1, u'p');
    const FieldErrors errors = validate(person);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].field, QStringLiteral("given_names"));
    EXPECT_EQ(errors[0].message, QStringLiteral("Given names: 201 characters, more than the 200 allowed; "
                                                "shorten the text."));
    EXPECT_EQ(errors[1].field, QStringLiteral("position"));
    EXPECT_TRUE(errors[1].message.startsWith(QStringLiteral("Position: 2001 characters")));

    // A 10 MB email is refused for its length, not run through the address pattern.
    person.givenNames = QStringLiteral("Ana");
    person.position.clear();
    person.email = QString(10 * 1024 * 1024, u'x');
    const FieldErrors email = validate(person);
    ASSERT_EQ(email.size(), 1);
    EXPECT_EQ(email[0].field, QStringLiteral("email"));

    Institution institution;
    institution.name = QString(kMaxNameLength + 1, u'i');
    EXPECT_TRUE(hasField(validate(institution), QStringLiteral("name")));

    Activity activity = validActivity();
    activity.description = QString(kMaxCellLength, u'd');
    EXPECT_TRUE(validate(activity).isEmpty());
    activity.description = QString(kMaxCellLength + 1, u'd');
    activity.venueCity = QString(kMaxNameLength + 1, u'c');
    const FieldErrors activityErrors = validate(activity);
    EXPECT_TRUE(hasField(activityErrors, QStringLiteral("description")));
    EXPECT_TRUE(hasField(activityErrors, QStringLiteral("venue_city")));

    Expert expert;
    expert.givenNames = QStringLiteral("Eva");
    expert.familyNames = QString(kMaxNameLength + 1, u'f');
    expert.country = QStringLiteral("España");
    EXPECT_TRUE(hasField(validate(expert), QStringLiteral("family_names")));
}

// "not a phone !!" is refused. Numbers as Mexican offices write them pass; words do not.
TEST(Validation, PhoneNumbersAreDigitsAsPeopleWriteThem)
{
    for (const char* phone :
         {"9621234567", "+52 962 555 0101", "+52 (55) 1234-5678", "55.1234.5678", "(55) 1234 5678 ext. 12",
          "55 1234 5678 ext 3", "55 1234 5678 x12", "01 800 123 4567 extensión 104", "55/1234-5678"})
        EXPECT_TRUE(isWellFormedPhone(QString::fromUtf8(phone))) << phone;
    for (const char* phone : {"not a phone !!", "call me", "12", "55 1234 abc", "+", "ext. 12",
                              "55 1234 5678 ext.", "55 1234 5678 ext 1234567"})
        EXPECT_FALSE(isWellFormedPhone(QString::fromUtf8(phone))) << phone;

    Participant participant;
    participant.givenNames = QStringLiteral("Ana");
    participant.familyNames = QStringLiteral("Ramírez");
    participant.phone = QStringLiteral("not a phone !!");
    const FieldErrors errors = validate(participant);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("phone"));
    participant.phone = QStringLiteral("+52 962 555 0101");
    EXPECT_TRUE(validate(participant).isEmpty());
}
