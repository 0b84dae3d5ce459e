// A person's right of access from the command line (`person FILE ID`, `--export -o OUT.zip`): the
// bundle's JSON checked against the file's own marks and against `participants`, its PDF read back with
// pdftotext; and small-cell protection of `results` and pseudonymised `participants` on the hand-checked
// fixture (tests/data/golden-small/WORKINGS.md counts its cells).
#include "Backends.h"
#include "CliDemoSuite.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"
#include "export/AccessBundle.h"
#include "io/ZipArchive.h"
#include "storage/Database.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

class AccessCliTest : public CliDemoSuite, public ::testing::WithParamInterface<Backend>
{
protected:
    static void SetUpTestSuite()
    {
        CliDemoSuite::SetUpTestSuite();
        s_golden = s_dir->path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(newProgramme(s_golden, {fixtureScript(QStringLiteral("golden-small/fixture.sql"))}),
                  nullptr);
    }

    void SetUp() override
    {
        m_demoDatabase = m_demoPlace.open(GetParam(), s_demo);
        ASSERT_NE(m_demoDatabase, nullptr);
        ASSERT_NE(m_goldenPlace.open(GetParam(), s_golden), nullptr);
        m_demo = m_demoPlace.address();
        m_golden = m_goldenPlace.address();
    }

    // The rows of a statement on the demo's backend, each a list of its columns as text.
    QList<QStringList> rows(const QString& sql)
    {
        QSqlQuery query(m_demoDatabase->connection());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        QList<QStringList> result;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns);
        }
        return result;
    }

    static ProcessRun run(const QStringList& arguments) { return cli(arguments); }

    static QByteArray ok(const QStringList& arguments, QString* err = nullptr)
    {
        const ProcessRun done = cli(arguments);
        EXPECT_EQ(done.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                    << done.err.toStdString();
        if (err)
            *err = done.err;
        else
            EXPECT_TRUE(done.err.isEmpty()) << done.err.toStdString();
        return done.bytes;
    }

    // The parts of the bundle at `path`: its JSON, and its PDF written beside it for pdftotext.
    static QJsonObject bundleJson(const QString& path, QString* pdfPath)
    {
        const std::unique_ptr<ZipArchive> archive = ZipArchive::open(readBytes(path));
        EXPECT_NE(archive, nullptr) << path.toStdString();
        if (!archive)
            return {};
        const ZipArchive::Limits limits{64 << 20, 1000, 1 << 20, 0};
        const ZipArchive::Part json = archive->read(AccessBundle::jsonName(), limits);
        EXPECT_EQ(json.status, ZipArchive::PartStatus::Read);
        const ZipArchive::Part pdf = archive->read(AccessBundle::pdfName(), limits);
        EXPECT_EQ(pdf.status, ZipArchive::PartStatus::Read);
        EXPECT_TRUE(pdf.bytes.startsWith("%PDF"));
        *pdfPath = path + QStringLiteral(".pdf");
        QFile file(*pdfPath);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf.bytes);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.bytes, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        return document.object();
    }

    static inline QString s_golden;
    BackendPlace m_demoPlace;
    BackendPlace m_goldenPlace;
    std::unique_ptr<Database> m_demoDatabase;
    QString m_demo;
    QString m_golden;
};

INSTANTIATE_TEST_SUITE_P(Backends, AccessCliTest, bothBackends(), backendName);

} // namespace

TEST_P(AccessCliTest, TheBundleHoldsEveryEnrolmentAndMarkTheFileHoldsAndThatParticipantsShows)
{
    // A person of activity 2.1 with marks in more than one activity.
    const QList<QStringList> chosen = rows(QStringLiteral(
        "SELECT e.participant_id FROM enrolment e JOIN attendance t ON t.enrolment_id = e.id WHERE "
        "e.participant_id IN (SELECT e2.participant_id FROM enrolment e2 JOIN activity a ON a.id = "
        "e2.activity_id WHERE a.code = '2.1') GROUP BY e.participant_id HAVING COUNT(DISTINCT e.activity_id) "
        ">= 2 "
        "ORDER BY e.participant_id LIMIT 1"));
    ASSERT_EQ(chosen.size(), 1);
    const QString id = chosen.first().first();

    const QString zip = m_dir.path(QStringLiteral("p.zip"));
    const QString said = QString::fromUtf8(
        ok({QStringLiteral("person"), m_demo, id, QStringLiteral("--export"), QStringLiteral("-o"), zip}));
    EXPECT_TRUE(said.contains(zip)) << said.toStdString();
    QString pdf;
    const QJsonObject root = bundleJson(zip, &pdf);
    for (const char* section : {"about", "participant", "institution", "enrolments", "certificates_qualified",
                                "evaluations", "change_log"})
        EXPECT_TRUE(root.contains(QLatin1String(section))) << section;
    EXPECT_EQ(root.value(QStringLiteral("participant")).toObject().value(QStringLiteral("id")).toInteger(),
              id.toLongLong());

    // Every mark of the file, session by session, and nothing else.
    QHash<QString, QString> fileMarks;
    for (const QStringList& row : rows(QStringLiteral("SELECT t.session_id, t.status FROM attendance t JOIN "
                                                      "enrolment e ON e.id = t.enrolment_id WHERE "
                                                      "e.participant_id = %1")
                                           .arg(id)))
        fileMarks.insert(row.at(0), row.at(1));
    QHash<QString, QString> bundleMarks;
    QSet<QString> tookPart;
    const QJsonArray enrolments = root.value(QStringLiteral("enrolments")).toArray();
    EXPECT_EQ(enrolments.size(),
              rows(QStringLiteral("SELECT id FROM enrolment WHERE participant_id = %1").arg(id)).size());
    for (const QJsonValue& value : enrolments) {
        const QJsonObject enrolment = value.toObject();
        if (enrolment.value(QStringLiteral("sessions_attended")).toInt() > 0)
            tookPart.insert(enrolment.value(QStringLiteral("activity")).toString());
        for (const QJsonValue& mark : enrolment.value(QStringLiteral("marks")).toArray()) {
            const QJsonObject object = mark.toObject();
            if (object.value(QStringLiteral("mark")).isString())
                bundleMarks.insert(QString::number(object.value(QStringLiteral("session_id")).toInteger()),
                                   object.value(QStringLiteral("mark")).toString());
        }
    }
    EXPECT_FALSE(fileMarks.isEmpty());
    EXPECT_EQ(bundleMarks, fileMarks);

    // The activities `participants` says they took part in, and for each one, `participants --activity`
    // lists them (the drill-down of its row).
    QSet<QString> listed;
    for (const QJsonValue& person :
         QJsonDocument::fromJson(
             ok({QStringLiteral("participants"), m_demo, QStringLiteral("--format"), QStringLiteral("json")}))
             .array()) {
        if (person.toObject().value(QStringLiteral("id")).toInteger() != id.toLongLong())
            continue;
        for (const QJsonValue& code : person.toObject().value(QStringLiteral("activities")).toArray())
            listed.insert(code.toString());
    }
    EXPECT_EQ(tookPart, listed);
    for (const QString& code : std::as_const(tookPart)) {
        bool found = false;
        for (const QJsonValue& person :
             QJsonDocument::fromJson(ok({QStringLiteral("participants"), m_demo, QStringLiteral("--activity"),
                                         code, QStringLiteral("--format"), QStringLiteral("json")}))
                 .array())
            found = found || person.toObject().value(QStringLiteral("id")).toInteger() == id.toLongLong();
        EXPECT_TRUE(found) << code.toStdString();
    }

    // The PDF opens and names the person and their activities.
    const QStringList name =
        rows(QStringLiteral("SELECT given_names, family_names FROM participant WHERE id = %1").arg(id))
            .first();
    const QString text = withoutSpaces(pdfText(pdf));
    EXPECT_TRUE(text.contains(withoutSpaces(name.join(QLatin1Char(' '))))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Personaldataheld")));
    EXPECT_TRUE(text.contains(QStringLiteral("2.1")));

    // Without --export, the same JSON on standard output.
    const QJsonObject printed = QJsonDocument::fromJson(ok({QStringLiteral("person"), m_demo, id})).object();
    EXPECT_EQ(printed.value(QStringLiteral("enrolments")), root.value(QStringLiteral("enrolments")));
}

TEST_P(AccessCliTest, InSpanishThePdfAndTheLogSpeakSpanishAndTheKeysStay)
{
    const QString zip = m_dir.path(QStringLiteral("es.zip"));
    ok({QStringLiteral("person"), m_demo, QStringLiteral("1"), QStringLiteral("--export"),
        QStringLiteral("-o"), zip, QStringLiteral("--language"), QStringLiteral("es")});
    QString pdf;
    const QJsonObject root = bundleJson(zip, &pdf);
    EXPECT_EQ(root.value(QStringLiteral("about")).toObject().value(QStringLiteral("language")).toString(),
              QStringLiteral("es"));
    EXPECT_TRUE(root.contains(QStringLiteral("enrolments")));
    const QString text = withoutSpaces(pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("Datospersonalesconservados"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Personaldataheld")));
}

TEST_P(AccessCliTest, AnUnknownPersonOrLanguageIsRefusedAndNothingIsWritten)
{
    const QString zip = m_dir.path(QStringLiteral("none.zip"));
    const ProcessRun missing = run({QStringLiteral("person"), m_demo, QStringLiteral("999999"),
                                    QStringLiteral("--export"), QStringLiteral("-o"), zip});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("999999"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(zip));
    const ProcessRun language = run({QStringLiteral("person"), m_demo, QStringLiteral("1"),
                                     QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(QStringLiteral("'fr'"))) << language.err.toStdString();
    const ProcessRun noFile =
        run({QStringLiteral("person"), m_demo, QStringLiteral("1"), QStringLiteral("--export")});
    EXPECT_EQ(noFile.exitCode, 2);
}

// The fixture by gender, hand-counted in WORKINGS.md: female 5 persons, male 2, other 1, not stated 1.
TEST_P(AccessCliTest, SmallCellsAreFlaggedInTheNotesAndBlankedOnRequest)
{
    const QStringList byGender{QStringLiteral("results"),   m_golden,
                               QStringLiteral("--project"), QStringLiteral("GS"),
                               QStringLiteral("--by"),      QStringLiteral("gender"),
                               QStringLiteral("--format"),  QStringLiteral("json")};
    const QJsonObject flagged = QJsonDocument::fromJson(ok(byGender)).object();
    const QString note = flagged.value(QStringLiteral("notes")).toArray().last().toString();
    EXPECT_TRUE(note.startsWith(QStringLiteral("Small cells (k = 5): 3 of the rows"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral(": male, other, not_stated."))) << note.toStdString();
    // Flagged, not blanked: every number is still there.
    for (const QJsonValue& row : flagged.value(QStringLiteral("rows")).toArray())
        EXPECT_TRUE(row.toObject().value(QStringLiteral("unique_participants")).isDouble());

    // k = 2: only the rows of one person.
    const QJsonObject k2 =
        QJsonDocument::fromJson(ok(byGender + QStringList{QStringLiteral("--k"), QStringLiteral("2")}))
            .object();
    EXPECT_TRUE(
        k2.value(QStringLiteral("notes"))
            .toArray()
            .last()
            .toString()
            .contains(QStringLiteral(
                "2 of the rows count 1 to 1 persons in a cell, which could single a person out: other, "
                "not_stated.")));

    // Suppressed: the three small rows lose their person counts, the female row keeps all, totals stay.
    const QJsonObject blanked =
        QJsonDocument::fromJson(ok(byGender + QStringList{QStringLiteral("--suppress-small")})).object();
    for (const QJsonValue& value : blanked.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        const bool small = row.value(QStringLiteral("key")).toString() != QLatin1String("female");
        for (const char* field : {"participations", "unique_participants", "female", "male", "other",
                                  "not_stated", "participant_days", "participations_pct", "female_pct"})
            EXPECT_EQ(row.value(QLatin1String(field)).isNull(), small)
                << row.value(QStringLiteral("key")).toString().toStdString() << " " << field;
        EXPECT_TRUE(row.value(QStringLiteral("experts")).isDouble());
    }
    EXPECT_EQ(blanked.value(QStringLiteral("totals")), flagged.value(QStringLiteral("totals")));
    EXPECT_TRUE(blanked.value(QStringLiteral("notes"))
                    .toArray()
                    .last()
                    .toString()
                    .startsWith(QStringLiteral("Small cells (k = 5) blanked: 3 of the rows")));

    // Text marks a blank with x; CSV has no notes, so the note goes to standard error.
    const QString text = QString::fromUtf8(
        ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
            QStringLiteral("--by"), QStringLiteral("gender"), QStringLiteral("--suppress-small")}));
    EXPECT_TRUE(text.contains(QStringLiteral("  x  "))) << text.toStdString();
    QString err;
    const QString csv = QString::fromUtf8(
        ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
            QStringLiteral("--by"), QStringLiteral("gender"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--suppress-small")},
           &err));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\nmale,Male,,,,,,,,2,2,,\r\n"))) << csv.toStdString();
    EXPECT_TRUE(err.startsWith(QStringLiteral("seminardesk-cli results: note: Small cells (k = 5) blanked")))
        << err.toStdString();

    const ProcessRun badK = run(byGender + QStringList{QStringLiteral("--k"), QStringLiteral("1")});
    EXPECT_EQ(badK.exitCode, 2);
}

// Pseudonymised, the fixture's persons by gender, institution and region (WORKINGS.md): every group is
// smaller than 5, so every person is flagged; blanked, no row keeps its gender, institution or region.
TEST_P(AccessCliTest, APseudonymisedListFlagsAndBlanksSmallGroups)
{
    const QStringList list{QStringLiteral("participants"),
                           m_golden,
                           QStringLiteral("--project"),
                           QStringLiteral("GS"),
                           QStringLiteral("--pseudonymise"),
                           QStringLiteral("--format"),
                           QStringLiteral("json")};
    QString err;
    const QJsonArray flagged = QJsonDocument::fromJson(ok(list, &err)).array();
    ASSERT_EQ(flagged.size(), 9);
    EXPECT_TRUE(err.contains(QStringLiteral("Small groups (k = 5): 9 persons are in"))) << err.toStdString();
    for (const QJsonValue& row : flagged)
        EXPECT_FALSE(row.toObject().value(QStringLiteral("gender")).toString().isEmpty());

    const QJsonArray blanked =
        QJsonDocument::fromJson(ok(list + QStringList{QStringLiteral("--suppress-small")}, &err)).array();
    ASSERT_EQ(blanked.size(), 9);
    EXPECT_TRUE(err.contains(QStringLiteral("Small groups (k = 5) blanked: 9 persons"))) << err.toStdString();
    for (const QJsonValue& row : blanked) {
        EXPECT_TRUE(row.toObject().value(QStringLiteral("gender")).toString().isEmpty());
        EXPECT_TRUE(row.toObject().value(QStringLiteral("institution")).toString().isEmpty());
        EXPECT_TRUE(row.toObject().value(QStringLiteral("region")).toString().isEmpty());
        EXPECT_FALSE(row.toObject().value(QStringLiteral("pseudonym")).toString().isEmpty());
    }
    // Named lists are not what --k protects.
    EXPECT_EQ(run({QStringLiteral("participants"), m_golden, QStringLiteral("--suppress-small")}).exitCode,
              2);
}
