// The right of erasure, legal hold and retention as a user runs them (docs/privacy.md): the real
// seminardesk-cli on the demo programme, in a file and copied to the test server (Backends.h). On a
// file the bytes are looked for afterwards in the file, its write-ahead log and a sqlite3 .dump; on
// the server, in every column that held them.
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "storage/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

const QStringList kResultsKeys{
    QStringLiteral("activity"),         QStringLiteral("component"), QStringLiteral("institution"),
    QStringLiteral("institution-type"), QStringLiteral("gender"),    QStringLiteral("region"),
    QStringLiteral("expert-country"),   QStringLiteral("year"),      QStringLiteral("quarter")};

// The values given to the person erased: found nowhere else in the demo.
struct Personal
{
    QString given = QStringLiteral("Xochiquetzal Erasmina");
    QString family = QStringLiteral("Quetzalcóatlíñez-Borrame");
    QString email = QStringLiteral("xochi.erasmina@example.org");
    QString phone = QStringLiteral("+52 55 8765 4321");
    QString position = QStringLiteral("Coordinadora de pruebas de borrado");
    QString purpose = QStringLiteral("Seguimiento irrepetible del curso");
    QString comment = QStringLiteral("Comentario irrepetible de Xochiquetzal");

    QStringList all() const { return {given, family, email, phone, position, purpose, comment}; }
};

QJsonArray jsonArrayOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).array();
}

class ErasureCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_file = m_dir.path(QStringLiteral("demo.sdesk"));
        const ProcessRun demo = cli({QStringLiteral("demo"), m_file});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        ASSERT_NE(m_place.open(GetParam(), m_file), nullptr);
        m_address = m_place.address();
    }

    bool onFile() const { return GetParam() == Backend::File; }

    ProcessRun run(QStringList arguments) const
    {
        arguments.insert(1, m_address);
        return cli(arguments);
    }

    QByteArray ok(const QStringList& arguments) const
    {
        const ProcessRun done = run(arguments);
        EXPECT_EQ(done.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                    << done.err.toStdString();
        return done.bytes;
    }

    // The first person who took part in activity 2.1.
    Id personOf21() const
    {
        const QJsonArray people =
            jsonArrayOf(ok({QStringLiteral("participants"), QStringLiteral("--activity"),
                            QStringLiteral("2.1"), QStringLiteral("--format"), QStringLiteral("json")}));
        EXPECT_FALSE(people.isEmpty());
        return people.isEmpty() ? 0 : people.first().toObject().value(QStringLiteral("id")).toInteger();
    }

    // Gives the person the unique values, an evaluation comment and an old change-log sentence that
    // quotes their name, as an older version might have written.
    void makeUnique(Id id, const Personal& values) const
    {
        Result<std::unique_ptr<Database>> database = Database::open(m_address);
        ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
        ProgrammeStore store(**database);
        Result<Participant> person = store.participant(id);
        ASSERT_TRUE(person.ok());
        person->givenNames = values.given;
        person->familyNames = values.family;
        person->email = values.email;
        person->phone = values.phone;
        person->position = values.position;
        person->consentDate = QDate(2017, 3, 1);
        person->consentPurpose = values.purpose;
        person->consentSource = QStringLiteral("sign_in_sheet");
        const Status updated = store.updateParticipant(*person);
        ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
        Statement answer(**database,
                         "INSERT INTO evaluation (enrolment_id, comment) SELECT id, ? FROM enrolment "
                         "WHERE participant_id = ? ON CONFLICT (enrolment_id) DO UPDATE SET comment = "
                         "excluded.comment",
                         QStringLiteral("test"));
        answer.bind(1, values.comment).bind(2, id);
        ASSERT_TRUE(answer.run().ok());
        ASSERT_TRUE(store
                        .logChange(QStringLiteral("import"),
                                   QStringLiteral("list of %1 %2 imported").arg(values.given, values.family))
                        .ok());
    }

    QMap<QString, QByteArray> allResults() const
    {
        QMap<QString, QByteArray> tables;
        for (const QString& key : kResultsKeys)
            tables.insert(key, ok({QStringLiteral("results"), QStringLiteral("--by"), key,
                                   QStringLiteral("--format"), QStringLiteral("json")}));
        return tables;
    }

    QJsonObject totals() const
    {
        return QJsonDocument::fromJson(
                   ok({QStringLiteral("results"), QStringLiteral("--by"), QStringLiteral("gender"),
                       QStringLiteral("--format"), QStringLiteral("json")}))
            .object()
            .value(QStringLiteral("totals"))
            .toObject();
    }

    // How many places of the programme still hold `value`: on a file its bytes, its log and its dump;
    // on the server every column that held it.
    int placesHolding(const QString& value) const
    {
        if (onFile()) {
            const QByteArray utf8 = value.toUtf8();
            int places = 0;
            for (const QString& path : {m_file, m_file + QStringLiteral("-wal")}) {
                if (QFileInfo::exists(path))
                    places += readBytes(path).contains(utf8) ? 1 : 0;
            }
            const ProcessRun dump = sqliteShell(m_file, QStringLiteral(".dump"));
            EXPECT_EQ(dump.exitCode, 0) << dump.err.toStdString();
            EXPECT_TRUE(dump.out.contains(QStringLiteral("CREATE TABLE participant")));
            return places + (dump.out.contains(value) ? 1 : 0);
        }
        Result<std::unique_ptr<Database>> database = Database::open(m_address);
        EXPECT_TRUE(database.ok());
        if (!database)
            return -1;
        Statement holding(
            **database,
            "SELECT (SELECT COUNT(*) FROM participant WHERE given_names = ?1 OR family_names = ?1 "
            "OR email = ?1 OR phone = ?1 OR position = ?1 OR consent_purpose = ?1) + "
            "(SELECT COUNT(*) FROM evaluation WHERE comment = ?1) + "
            "(SELECT COUNT(*) FROM change_log WHERE description LIKE '%' || ?1 || '%')",
            QStringLiteral("test"));
        holding.bind(1, value);
        Result<qint64> count = holding.scalar();
        EXPECT_TRUE(count.ok());
        return count ? int(*count) : -1;
    }

    TempDir m_dir;
    BackendPlace m_place;
    QString m_file;
    QString m_address;
};

TEST_P(ErasureCliTest, EraseRemovesEveryValueAndKeepsEveryResultsTable)
{
    const Id id = personOf21();
    const Personal values;
    makeUnique(id, values);
    for (const QString& value : values.all())
        ASSERT_GT(placesHolding(value), 0)
            << "the test's own values are there before: " << value.toStdString();
    if (onFile()) {
        ASSERT_TRUE(QFile::copy(m_file, m_file + QStringLiteral(".v10.bak")));
    }
    const QMap<QString, QByteArray> before = allResults();

    const ProcessRun erased = run({QStringLiteral("erase"), QString::number(id)});
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    EXPECT_TRUE(erased.out.contains(QStringLiteral("Erased participant %1").arg(id)))
        << erased.out.toStdString();
    if (onFile()) {
        EXPECT_TRUE(erased.out.contains(QStringLiteral("demo.sdesk.v10.bak"))) << "the backup is named";
    }

    EXPECT_EQ(allResults(), before) << "every results table is unchanged";
    for (const QString& value : values.all())
        EXPECT_EQ(placesHolding(value), 0) << value.toStdString();
    const ProcessRun check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();

    // The record stays, as "Erased participant N", with what the counts need.
    const QJsonArray people =
        jsonArrayOf(ok({QStringLiteral("participants"), QStringLiteral("--activity"), QStringLiteral("2.1"),
                        QStringLiteral("--format"), QStringLiteral("json")}));
    bool found = false;
    for (const QJsonValue& person : people) {
        const QJsonObject object = person.toObject();
        if (object.value(QStringLiteral("id")).toInteger() != id)
            continue;
        found = true;
        EXPECT_EQ(object.value(QStringLiteral("given_names")).toString(),
                  QStringLiteral("Erased participant"));
        EXPECT_EQ(object.value(QStringLiteral("family_names")).toString(), QString::number(id));
        EXPECT_TRUE(object.value(QStringLiteral("email")).toString().isEmpty());
    }
    EXPECT_TRUE(found);
    // The change log says so by number alone.
    const QString history = QString::fromUtf8(ok(
        {QStringLiteral("history"), QStringLiteral("--record"), QStringLiteral("participant:%1").arg(id)}));
    EXPECT_TRUE(history.contains(QStringLiteral("participant %1 erased").arg(id))) << history.toStdString();
}

TEST_P(ErasureCliTest, CompletelyChangesExactlyTheTotalsItAnnounces)
{
    const Id id = personOf21();
    const QJsonObject before = totals();
    const ProcessRun dryRun = run({QStringLiteral("erase"), QString::number(id),
                                   QStringLiteral("--completely"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("would change"))) << dryRun.out.toStdString();
    EXPECT_EQ(totals(), before) << "a dry run changes nothing";

    const ProcessRun erased =
        run({QStringLiteral("erase"), QString::number(id), QStringLiteral("--completely")});
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    const QJsonObject after = totals();

    // "  MX-II: participations 412 → 411; unique participants 250 → 249; …"
    const QMap<QString, QString> keyOf{
        {QStringLiteral("participations"), QStringLiteral("participations")},
        {QStringLiteral("unique participants"), QStringLiteral("unique_participants")},
        {QStringLiteral("female"), QStringLiteral("female")},
        {QStringLiteral("male"), QStringLiteral("male")},
        {QStringLiteral("other"), QStringLiteral("other")},
        {QStringLiteral("not stated"), QStringLiteral("not_stated")},
        {QStringLiteral("participant-days"), QStringLiteral("participant_days")}};
    const QRegularExpression figure(QStringLiteral("([a-z -]+) ([0-9.]+) → ([0-9.]+)"));
    const QString line = erased.out.section(QLatin1Char('\n'), 1, 1);
    ASSERT_TRUE(line.startsWith(QStringLiteral("  MX-II: "))) << erased.out.toStdString();
    EXPECT_EQ(dryRun.out.section(QLatin1Char('\n'), 1, 1), line) << "the dry run announced the same";
    QSet<QString> announced;
    for (const QString& part : line.mid(9).split(QStringLiteral("; "))) {
        const QRegularExpressionMatch match = figure.match(part);
        ASSERT_TRUE(match.hasMatch()) << part.toStdString();
        const QString key = keyOf.value(match.captured(1).trimmed());
        ASSERT_FALSE(key.isEmpty()) << part.toStdString();
        announced.insert(key);
        EXPECT_DOUBLE_EQ(before.value(key).toDouble(), match.captured(2).toDouble()) << key.toStdString();
        EXPECT_DOUBLE_EQ(after.value(key).toDouble(), match.captured(3).toDouble()) << key.toStdString();
    }
    EXPECT_TRUE(announced.contains(QStringLiteral("participations")));
    EXPECT_TRUE(announced.contains(QStringLiteral("unique_participants")));
    for (const QString& key : keyOf) {
        if (!announced.contains(key)) {
            EXPECT_EQ(before.value(key), after.value(key)) << key.toStdString() << " changed unannounced";
        }
    }
    const QJsonArray left =
        jsonArrayOf(ok({QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")}));
    for (const QJsonValue& person : left)
        EXPECT_NE(person.toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

TEST_P(ErasureCliTest, LegalHoldRefusesUntilReleasedOrEnded)
{
    const Id id = personOf21();
    const QString idText = QString::number(id);
    ok({QStringLiteral("legal-hold"), idText, QStringLiteral("--reason"),
        QStringLiteral("Contractual reporting obligation"), QStringLiteral("--until"),
        QStringLiteral("2999-12-31")});
    const QByteArray people =
        ok({QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")});
    for (const QStringList& erase :
         {QStringList{QStringLiteral("erase"), idText},
          QStringList{QStringLiteral("erase"), idText, QStringLiteral("--completely")}}) {
        const ProcessRun refused = run(erase);
        EXPECT_EQ(refused.exitCode, 3) << refused.out.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("legal hold until 2999-12-31")))
            << refused.err.toStdString();
    }
    EXPECT_EQ(ok({QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")}),
              people)
        << "nothing was changed";
    const ProcessRun usage =
        run({QStringLiteral("legal-hold"), idText, QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(usage.exitCode, 2) << "a hold needs its end date";

    // A hold that has ended no longer holds.
    ok({QStringLiteral("legal-hold"), idText, QStringLiteral("--reason"), QStringLiteral("Audit"),
        QStringLiteral("--until"), QStringLiteral("2001-01-31")});
    ok({QStringLiteral("erase"), idText, QStringLiteral("--dry-run")});
    ok({QStringLiteral("legal-hold"), idText, QStringLiteral("--release")});
    ok({QStringLiteral("erase"), idText});
}

TEST_P(ErasureCliTest, ConsentIsRecordedWithItsDatePurposeAndSource)
{
    const Id id = personOf21();
    const QString idText = QString::number(id);
    ok({QStringLiteral("consent"), idText, QStringLiteral("--date"), QStringLiteral("2017-03-14"),
        QStringLiteral("--purpose"), QStringLiteral("Certificates and the programme's reports"),
        QStringLiteral("--source"), QStringLiteral("sign_in_sheet")});
    EXPECT_EQ(run({QStringLiteral("consent"), idText, QStringLiteral("--source"), QStringLiteral("paper")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("consent"), idText}).exitCode, 2) << "nothing to record";
    {
        Result<std::unique_ptr<Database>> database = Database::open(m_address);
        ASSERT_TRUE(database.ok());
        Result<Participant> person = ProgrammeStore(**database).participant(id);
        ASSERT_TRUE(person.ok());
        EXPECT_EQ(person->consentDate, QDate(2017, 3, 14));
        EXPECT_EQ(person->consentPurpose, QStringLiteral("Certificates and the programme's reports"));
        EXPECT_EQ(person->consentSource, QStringLiteral("sign_in_sheet"));
    }
    const QString history = QString::fromUtf8(ok(
        {QStringLiteral("history"), QStringLiteral("--record"), QStringLiteral("participant:%1").arg(id)}));
    EXPECT_TRUE(history.contains(QStringLiteral("consent purpose"))) << history.toStdString();
    EXPECT_FALSE(history.contains(QStringLiteral("Certificates and")))
        << "the log names fields, never values";
}

// The demo's project ends on 2018-12-31.
TEST_P(ErasureCliTest, RetentionListsAndAppliesOnEitherSideOfTheRule)
{
    ok({QStringLiteral("retention"), QStringLiteral("--contact-years"), QStringLiteral("2"),
        QStringLiteral("--name-years"), QStringLiteral("10")});
    const auto due = [&](const QString& on) {
        return QString::fromUtf8(ok({QStringLiteral("retention"), QStringLiteral("--on"), on}));
    };
    EXPECT_TRUE(due(QStringLiteral("2020-12-31")).startsWith(QStringLiteral("No participant")))
        << "kept through the last day of the second year";
    const QString contacts = due(QStringLiteral("2021-01-01"));
    EXPECT_TRUE(contacts.contains(QStringLiteral("contact details (email, phone), kept until 2020-12-31")))
        << contacts.toStdString();
    EXPECT_FALSE(contacts.contains(QStringLiteral("names and")));
    EXPECT_TRUE(due(QStringLiteral("2028-12-31")).contains(QStringLiteral("contact details")));
    EXPECT_TRUE(due(QStringLiteral("2029-01-01")).contains(QStringLiteral("names and everything else")));

    // One person with contact details under a hold: listed, left alone.
    const QJsonArray people =
        jsonArrayOf(ok({QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")}));
    Id held = 0;
    int withContacts = 0;
    for (const QJsonValue& person : people) {
        const QJsonObject object = person.toObject();
        if (object.value(QStringLiteral("email")).toString().isEmpty() &&
            object.value(QStringLiteral("phone")).toString().isEmpty())
            continue;
        ++withContacts;
        if (held == 0 && !object.value(QStringLiteral("activities")).toArray().isEmpty())
            held = object.value(QStringLiteral("id")).toInteger();
    }
    ASSERT_NE(held, 0);
    ok({QStringLiteral("legal-hold"), QString::number(held), QStringLiteral("--reason"),
        QStringLiteral("Audit"), QStringLiteral("--until"), QStringLiteral("2999-01-01")});
    const QString applied = QString::fromUtf8(ok({QStringLiteral("retention"), QStringLiteral("--on"),
                                                  QStringLiteral("2021-01-01"), QStringLiteral("--apply")}));
    EXPECT_TRUE(applied.contains(QStringLiteral("1 under a legal hold left alone"))) << applied.toStdString();
    const QJsonArray afterContacts =
        jsonArrayOf(ok({QStringLiteral("participants"), QStringLiteral("--format"), QStringLiteral("json")}));
    int stillWithContacts = 0;
    for (const QJsonValue& person : afterContacts) {
        const QJsonObject object = person.toObject();
        const bool hasContacts = !object.value(QStringLiteral("email")).toString().isEmpty() ||
                                 !object.value(QStringLiteral("phone")).toString().isEmpty();
        if (!hasContacts)
            continue;
        ++stillWithContacts;
        const bool enrolled = !object.value(QStringLiteral("activities")).toArray().isEmpty();
        EXPECT_TRUE(object.value(QStringLiteral("id")).toInteger() == held || !enrolled)
            << "only the held person, and persons no project's rule reaches, keep theirs";
        EXPECT_NE(object.value(QStringLiteral("given_names")).toString(),
                  QStringLiteral("Erased participant"));
    }
    EXPECT_LT(stillWithContacts, withContacts);

    const QMap<QString, QByteArray> before = allResults();
    const QString names = QString::fromUtf8(ok({QStringLiteral("retention"), QStringLiteral("--on"),
                                                QStringLiteral("2029-01-01"), QStringLiteral("--apply")}));
    EXPECT_TRUE(names.contains(QStringLiteral("anonymised"))) << names.toStdString();
    EXPECT_EQ(allResults(), before) << "anonymised as erase does: the results tables keep their numbers";
    EXPECT_TRUE(due(QStringLiteral("2029-01-01")).contains(QStringLiteral("participant %1:").arg(held)))
        << "only the held person is still past a rule";
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ErasureCliTest, bothBackends(), backendName);

} // namespace
