// Exports from the command line, as an evaluator runs them: `participants` and `results` in CSV, JSON
// and XLSX on the hand-checked fixture tests/data/golden-small (WORKINGS.md has the arithmetic), read
// back by real readers (openpyxl for XLSX).
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "Readers.h"
#include "storage/PseudonymKey.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <gtest/gtest.h>

using namespace sd::test;

namespace {

const QString kInjection = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");

// On the fixture in a file and copied to the server (Backends.h): the same golden files from both.
class ExportCliTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString file = m_fixtureDir.path(QStringLiteral("golden.sdesk"));
        ASSERT_NE(newProgramme(file, {fixtureScript(QStringLiteral("golden-small/fixture.sql"))}), nullptr);
        ASSERT_NE(m_place.open(GetParam(), file), nullptr);
        m_golden = m_place.address();
    }

    static QString golden(const QString& name) { return dataPath(QStringLiteral("golden-small/") + name); }

    // Runs the command and expects success; returns standard output.
    static QByteArray ok(const QStringList& arguments)
    {
        const ProcessRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        return run.bytes;
    }

    // The same for an export whose format holds no notes (CSV, a JSON list) of a fixture with small
    // cells (every table of golden-small has some): their note comes on standard error.
    static QByteArray okWithNote(const QStringList& arguments)
    {
        const ProcessRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
        EXPECT_TRUE(
            run.err.startsWith(QStringLiteral("seminardesk-cli %1: note: Small ").arg(arguments.first())))
            << run.err.toStdString();
        return run.bytes;
    }

    static QJsonArray jsonArray(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).array(); }

    TempDir m_fixtureDir;
    BackendPlace m_place;
    QString m_golden; // the fixture's address: the file, or the server database holding its copy
    TempDir m_dir;
};

INSTANTIATE_TEST_SUITE_P(Backends, ExportCliTest, bothBackends(), backendName);

// The rows of a sheet as openpyxl read them: the cell values only.
QList<QJsonArray> sheetValues(const QJsonObject& sheet)
{
    QList<QJsonArray> rows;
    for (const QJsonValue& row : sheet.value(QStringLiteral("rows")).toArray()) {
        QJsonArray values;
        for (const QJsonValue& cell : row.toArray())
            values.append(cell.toObject().value(QStringLiteral("value")));
        rows.append(values);
    }
    return rows;
}

QJsonObject sheetNamed(const QJsonObject& workbook, const QString& name)
{
    for (const QJsonValue& sheet : workbook.value(QStringLiteral("sheets")).toArray()) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    ADD_FAILURE() << "no sheet " << name.toStdString();
    return {};
}

// Checks that a results sheet holds the numbers of a results JSON (rows, then the totals row), every
// number stored as a number.
void expectSheetMatchesJson(const QJsonObject& sheet, const QJsonObject& json)
{
    static const QStringList fields{QStringLiteral("participations"),
                                    QStringLiteral("unique_participants"),
                                    QStringLiteral("female"),
                                    QStringLiteral("male"),
                                    QStringLiteral("other"),
                                    QStringLiteral("not_stated"),
                                    QStringLiteral("participant_days"),
                                    QStringLiteral("experts"),
                                    QStringLiteral("expert_countries"),
                                    QStringLiteral("participations_pct"),
                                    QStringLiteral("female_pct")};
    const QJsonArray cells = sheet.value(QStringLiteral("rows")).toArray();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_GE(cells.size(), rows.size() + 2) << "header, rows and totals";
    EXPECT_EQ(sheet.value(QStringLiteral("freeze_panes")).toString(), QStringLiteral("A2"));
    for (qsizetype index = 0; index <= rows.size(); ++index) {
        const bool totals = index == rows.size();
        const QJsonObject expected =
            totals ? json.value(QStringLiteral("totals")).toObject() : rows.at(index).toObject();
        const QJsonArray row = cells.at(index + 1).toArray();
        if (!totals) {
            EXPECT_EQ(row.at(0).toObject().value(QStringLiteral("value")).toString(),
                      expected.value(QStringLiteral("key")).toString());
        } else {
            EXPECT_TRUE(row.at(0).toObject().value(QStringLiteral("bold")).toBool())
                << "the totals row is bold";
        }
        for (qsizetype field = 0; field < fields.size(); ++field) {
            const QJsonObject cell = row.at(field + 2).toObject();
            if (expected.value(fields[field]).isNull()) // a share of nothing: an empty cell
                continue;
            EXPECT_EQ(cell.value(QStringLiteral("type")).toString(), QStringLiteral("n"))
                << fields[field].toStdString() << " is stored as a number";
            EXPECT_DOUBLE_EQ(cell.value(QStringLiteral("value")).toDouble(),
                             expected.value(fields[field]).toDouble())
                << "row " << index << " " << fields[field].toStdString();
        }
    }
}

} // namespace

TEST_P(ExportCliTest, ResultsCsvOfEveryBreakdownIsTheGoldenFile)
{
    for (const char* key : {"activity", "component", "institution", "institution-type", "gender", "region",
                            "expert-country", "year", "quarter"}) {
        const QByteArray csv =
            okWithNote({QStringLiteral("results"), m_golden, QStringLiteral("--project"),
                        QStringLiteral("GS"), QStringLiteral("--by"), QString::fromLatin1(key),
                        QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(csv, readBytes(golden(QStringLiteral("expected-%1.csv").arg(QString::fromLatin1(key)))))
            << key;
    }
}

TEST_P(ExportCliTest, ResultsByAllAsJsonHoldsEveryHandCheckedTable)
{
    const QJsonObject all =
        QJsonDocument::fromJson(ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"),
                                    QStringLiteral("GS"), QStringLiteral("--by"), QStringLiteral("all"),
                                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    EXPECT_EQ(all.size(), 9);
    for (const char* key : {"activity", "component", "institution", "institution-type", "gender", "region",
                            "expert-country", "year", "quarter"}) {
        const QJsonObject expected =
            QJsonDocument::fromJson(
                readBytes(golden(QStringLiteral("expected-%1.json").arg(QString::fromLatin1(key)))))
                .object();
        EXPECT_EQ(all.value(QString::fromLatin1(key)).toObject(), expected) << key;
    }
}

TEST_P(ExportCliTest, ResultsXlsxReadByOpenpyxlHoldsTheNumbersOfTheJson)
{
    const QString path = m_dir.path(QStringLiteral("by-activity.xlsx"));
    ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
        QStringLiteral("--by"), QStringLiteral("activity"), QStringLiteral("--format"),
        QStringLiteral("xlsx"), QStringLiteral("-o"), path});
    const QJsonObject workbook = readWorkbook(path);
    const QJsonObject json =
        QJsonDocument::fromJson(ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"),
                                    QStringLiteral("GS"), QStringLiteral("--by"), QStringLiteral("activity"),
                                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    expectSheetMatchesJson(sheetNamed(workbook, QStringLiteral("Activity")), json);
    // ... and the JSON is the hand-checked one, so the workbook holds the hand-checked numbers.
    EXPECT_EQ(json,
              QJsonDocument::fromJson(readBytes(golden(QStringLiteral("expected-activity.json")))).object());

    // The About sheet: source file, project, time of export, counting rules.
    QStringList aboutKeys;
    QString project;
    QString source;
    for (const QJsonArray& row : sheetValues(sheetNamed(workbook, QStringLiteral("About")))) {
        aboutKeys.append(row.at(0).toString());
        if (row.at(0).toString() == QLatin1String("Project"))
            project = row.at(1).toString();
        if (row.at(0).toString() == QLatin1String("Source file"))
            source = row.at(1).toString();
    }
    // The file's name, never the folders above it (they hold the user's home folder name); a
    // server's programme as the window names it, never by its address.
    const sd::Result<sd::ProgrammeLocation> where = sd::ProgrammeLocation::parse(m_golden);
    ASSERT_TRUE(where.ok());
    EXPECT_EQ(source, GetParam() == Backend::File ? QFileInfo(m_golden).fileName() : where->displayText());
    EXPECT_TRUE(aboutKeys.contains(QStringLiteral("Source file")));
    EXPECT_TRUE(aboutKeys.contains(QStringLiteral("Time of export")));
    EXPECT_TRUE(aboutKeys.contains(QStringLiteral("Counting rule: unique participants")));
    EXPECT_TRUE(project.startsWith(QStringLiteral("GS, Golden small programme")));
}

TEST_P(ExportCliTest, ResultsByAllAsXlsxHasOneSheetPerBreakdown)
{
    const QString path = m_dir.path(QStringLiteral("all.xlsx"));
    ok({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
        QStringLiteral("--by"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("xlsx"),
        QStringLiteral("-o"), path});
    const QJsonObject workbook = readWorkbook(path);
    QStringList names;
    for (const QJsonValue& sheet : workbook.value(QStringLiteral("sheets")).toArray())
        names.append(sheet.toObject().value(QStringLiteral("name")).toString());
    EXPECT_EQ(names, (QStringList{QStringLiteral("Activity"),
                                  QStringLiteral("Component"),
                                  QStringLiteral("Institution"),
                                  QStringLiteral("Institution type"),
                                  QStringLiteral("Gender"),
                                  QStringLiteral("Region"),
                                  QStringLiteral("Expert country"),
                                  QStringLiteral("Year"),
                                  QStringLiteral("Quarter"),
                                  QStringLiteral("Activity evaluation"),
                                  QStringLiteral("Component evaluation"),
                                  QStringLiteral("Institution evaluation"),
                                  QStringLiteral("Institution type evaluation"),
                                  QStringLiteral("Gender evaluation"),
                                  QStringLiteral("Region evaluation"),
                                  QStringLiteral("Expert country evaluation"),
                                  QStringLiteral("Year evaluation"),
                                  QStringLiteral("Quarter evaluation"),
                                  QStringLiteral("Indicators"),
                                  QStringLiteral("About")}));
    // The Indicators sheet: one line per indicator, with definition, unit, denominator and rule.
    QStringList indicators;
    for (const QJsonArray& row : sheetValues(sheetNamed(workbook, QStringLiteral("Indicators")))) {
        EXPECT_EQ(row.size(), 5);
        indicators.append(row.at(0).toString());
    }
    for (const char* key : {"took_part", "paired", "improved", "normalised_gain", "mean_individual_gain",
                            "gain_undefined", "mastery_pct", "satisfied_pct", "applied_pct"})
        EXPECT_TRUE(indicators.contains(QLatin1String(key))) << key;
    const QList<std::pair<QString, QString>> sheets{
        {QStringLiteral("Activity"), QStringLiteral("activity")},
        {QStringLiteral("Component"), QStringLiteral("component")},
        {QStringLiteral("Institution"), QStringLiteral("institution")},
        {QStringLiteral("Institution type"), QStringLiteral("institution-type")},
        {QStringLiteral("Gender"), QStringLiteral("gender")},
        {QStringLiteral("Region"), QStringLiteral("region")},
        {QStringLiteral("Expert country"), QStringLiteral("expert-country")},
        {QStringLiteral("Year"), QStringLiteral("year")},
        {QStringLiteral("Quarter"), QStringLiteral("quarter")}};
    for (const auto& [sheet, key] : sheets) {
        SCOPED_TRACE(key.toStdString());
        expectSheetMatchesJson(
            sheetNamed(workbook, sheet),
            QJsonDocument::fromJson(readBytes(golden(QStringLiteral("expected-%1.json").arg(key)))).object());
    }
}

// The evaluation measure: every row and the totals carry every indicator's key; with no answers in
// the file, the counts are 0 and the values without a denominator null, never 0.
TEST_P(ExportCliTest, ResultsMeasureEvaluationAsJsonHasEveryKey)
{
    const ProcessRun run =
        cli({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--by"), QStringLiteral("activity"), QStringLiteral("--measure"),
             QStringLiteral("evaluation"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.bytes).object();
    EXPECT_EQ(json.value(QStringLiteral("measure")).toString(), QStringLiteral("evaluation"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    qint64 tookPart = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        for (const char* key :
             {"test_max_score", "mastery_threshold_pct", "took_part", "pre_tested", "post_tested", "paired",
              "mean_pre_pct", "mean_post_pct", "improved", "improved_pct", "normalised_gain",
              "mean_individual_gain", "gain_undefined", "mastery", "mastery_pct", "satisfaction_responses",
              "satisfaction_mean", "satisfied_pct", "applied_pct"})
            EXPECT_TRUE(row.contains(QLatin1String(key))) << key;
        EXPECT_LE(row.value(QStringLiteral("improved")).toInteger(),
                  row.value(QStringLiteral("paired")).toInteger());
        EXPECT_LE(row.value(QStringLiteral("paired")).toInteger(),
                  row.value(QStringLiteral("took_part")).toInteger());
        EXPECT_TRUE(row.value(QStringLiteral("mean_pre_pct")).isNull());
        tookPart += row.value(QStringLiteral("took_part")).toInteger();
    }
    EXPECT_EQ(tookPart, totals.value(QStringLiteral("took_part")).toInteger()) << "rows by activity add up";
    EXPECT_TRUE(totals.value(QStringLiteral("normalised_gain")).isNull());
    EXPECT_FALSE(totals.contains(QStringLiteral("test_max_score")));

    // took_part drills down to as many persons as there are participations when each person took part once.
    const ProcessRun persons =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--indicator"), QStringLiteral("paired"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(persons.exitCode, 0) << persons.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(persons.bytes).array().size(), 0) << "nobody paired";
    EXPECT_EQ(cli({QStringLiteral("participants"), m_golden, QStringLiteral("--indicator"),
                   QStringLiteral("bogus")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("results"), m_golden, QStringLiteral("--by"), QStringLiteral("gender"),
                   QStringLiteral("--measure"), QStringLiteral("bogus")})
                  .exitCode,
              2);
}

TEST_P(ExportCliTest, ResultsUsageOfTheNewOptions)
{
    const auto exitCode = [&](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("results"), m_golden, QStringLiteral("--project"),
                               QStringLiteral("GS")} +
                   extra)
            .exitCode;
    };
    EXPECT_EQ(exitCode({QStringLiteral("--by"), QStringLiteral("all"), QStringLiteral("--format"),
                        QStringLiteral("csv")}),
              2);
    EXPECT_EQ(exitCode({QStringLiteral("--by"), QStringLiteral("all")}), 2) << "text has no --by all";
    EXPECT_EQ(exitCode({QStringLiteral("--by"), QStringLiteral("gender"), QStringLiteral("--format"),
                        QStringLiteral("xlsx")}),
              2)
        << "a workbook needs -o";
    EXPECT_EQ(exitCode({QStringLiteral("--by"), QStringLiteral("gender"), QStringLiteral("--bom")}), 2)
        << "--bom is for CSV";
    const QByteArray withBom =
        okWithNote({QStringLiteral("results"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
                    QStringLiteral("--by"), QStringLiteral("gender"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--bom")});
    EXPECT_EQ(withBom, QByteArray("\xEF\xBB\xBF") + readBytes(golden(QStringLiteral("expected-gender.csv"))));
}

TEST_P(ExportCliTest, ParticipantsWithoutAFilterAreEveryoneInTheFile)
{
    EXPECT_EQ(ok({QStringLiteral("participants"), m_golden}),
              readBytes(golden(QStringLiteral("expected-participants.csv"))));
    EXPECT_EQ(
        ok({QStringLiteral("participants"), m_golden, QStringLiteral("--format"), QStringLiteral("json")}),
        readBytes(golden(QStringLiteral("expected-participants.json"))));
}

TEST_P(ExportCliTest, ParticipantsOfAnActivityAreTheGoldenFiles)
{
    const QStringList filter{QStringLiteral("participants"), m_golden,
                             QStringLiteral("--project"),    QStringLiteral("GS"),
                             QStringLiteral("--activity"),   QStringLiteral("2.1")};
    EXPECT_EQ(ok(filter), readBytes(golden(QStringLiteral("expected-participants-activity-2.1.csv"))));
    EXPECT_EQ(ok(filter + QStringList{QStringLiteral("--format"), QStringLiteral("json")}),
              readBytes(golden(QStringLiteral("expected-participants-activity-2.1.json"))));
}

TEST_P(ExportCliTest, EveryResultsRowTracesBackToAsManyPersons)
{
    const QList<std::pair<QString, QString>> breakdowns{
        {QStringLiteral("activity"), QStringLiteral("--activity")},
        {QStringLiteral("component"), QStringLiteral("--component")},
        {QStringLiteral("institution"), QStringLiteral("--institution")},
        {QStringLiteral("institution-type"), QStringLiteral("--institution-type")},
        {QStringLiteral("gender"), QStringLiteral("--gender")},
        {QStringLiteral("region"), QStringLiteral("--region")},
        {QStringLiteral("expert-country"), QStringLiteral("--expert-country")}};
    for (const auto& [key, option] : breakdowns) {
        const QJsonObject expected =
            QJsonDocument::fromJson(readBytes(golden(QStringLiteral("expected-%1.json").arg(key)))).object();
        for (const QJsonValue& value : expected.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            const QString rowKey = row.value(QStringLiteral("key")).toString();
            const QJsonArray persons = jsonArray(ok(
                {QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
                 option, rowKey, QStringLiteral("--format"), QStringLiteral("json")}));
            EXPECT_EQ(persons.size(), row.value(QStringLiteral("unique_participants")).toInt())
                << key.toStdString() << " " << rowKey.toStdString();
        }
    }
    // An institution may be named by its name as well as by its acronym, in any case.
    EXPECT_EQ(ok({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
                  QStringLiteral("--institution"), QStringLiteral("national institute of migration")}),
              ok({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
                  QStringLiteral("--institution"), QStringLiteral("INM")}));
}

TEST_P(ExportCliTest, ParticipantsRefuseBadFiltersWithAReason)
{
    const ProcessRun twoProjects =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--gender"), QStringLiteral("male")});
    EXPECT_EQ(twoProjects.exitCode, 3) << "the fixture holds GS and OT";
    EXPECT_TRUE(twoProjects.err.contains(QStringLiteral("--project"))) << twoProjects.err.toStdString();
    const ProcessRun unknown =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--activity"), QStringLiteral("9.9")});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("9.9"))) << unknown.err.toStdString();
    EXPECT_FALSE(unknown.err.trimmed().contains(QLatin1Char('\n')));
    EXPECT_EQ(
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--format"), QStringLiteral("pdf")})
            .exitCode,
        2);
    EXPECT_EQ(
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--format"), QStringLiteral("xlsx")})
            .exitCode,
        2)
        << "a workbook needs -o";
    const ProcessRun pseudonymsWithoutProject =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--pseudonymise")});
    EXPECT_EQ(pseudonymsWithoutProject.exitCode, 2);
    EXPECT_TRUE(pseudonymsWithoutProject.err.contains(QStringLiteral("--project")));
}

TEST_P(ExportCliTest, PseudonymisedParticipantsKeepNoNamesAndStablePseudonyms)
{
    const QStringList arguments{QStringLiteral("participants"),
                                m_golden,
                                QStringLiteral("--project"),
                                QStringLiteral("GS"),
                                QStringLiteral("--gender"),
                                QStringLiteral("female"),
                                QStringLiteral("--pseudonymise"),
                                QStringLiteral("--format"),
                                QStringLiteral("json")};
    const QByteArray json = okWithNote(arguments);
    // The golden file names each person's pseudonym by the person's id ("P1"): the pseudonyms are
    // HMAC-SHA256 under the programme's own random key, recomputed here from the key and the id.
    sd::Result<std::unique_ptr<sd::Database>> database = sd::Database::open(m_golden);
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    sd::Result<QByteArray> key = sd::PseudonymKey::read(**database);
    ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
    ASSERT_EQ(key->size(), 32);
    QByteArray named = json;
    for (const int id : {1, 3, 5, 7, 9}) {
        const QByteArray mac = QMessageAuthenticationCode::hash(
            QByteArrayLiteral("seminardesk pseudonym v2\nGS\n") + QByteArray::number(id), *key,
            QCryptographicHash::Sha256);
        const QByteArray pseudonym = "\"P-" + mac.toHex().left(12) + '"';
        EXPECT_EQ(named.count(pseudonym), 1) << id;
        named.replace(pseudonym, "\"P" + QByteArray::number(id) + '"');
    }
    EXPECT_EQ(named, readBytes(golden(QStringLiteral("expected-participants-female-pseudonymised.json"))));
    EXPECT_EQ(okWithNote(arguments), json) << "stable from one export to the next";
    const QJsonArray plain =
        jsonArray(ok({QStringLiteral("participants"), m_golden, QStringLiteral("--project"),
                      QStringLiteral("GS"), QStringLiteral("--gender"), QStringLiteral("female"),
                      QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(plain.size(), 5);
    for (const QJsonValue& person : plain) {
        for (const char* field : {"given_names", "family_names", "position"}) {
            const QString value = person.toObject().value(QString::fromLatin1(field)).toString();
            EXPECT_FALSE(QString::fromUtf8(json).contains(value)) << field << " " << value.toStdString();
        }
    }
    QSet<QString> pseudonyms;
    for (const QJsonValue& person : jsonArray(json)) {
        const QJsonObject object = person.toObject();
        EXPECT_FALSE(object.contains(QStringLiteral("id")));
        EXPECT_FALSE(object.contains(QStringLiteral("email")));
        EXPECT_FALSE(object.contains(QStringLiteral("phone")));
        EXPECT_TRUE(object.contains(QStringLiteral("institution")));
        EXPECT_TRUE(object.contains(QStringLiteral("region")));
        EXPECT_TRUE(object.contains(QStringLiteral("activities")));
        pseudonyms.insert(object.value(QStringLiteral("pseudonym")).toString());
    }
    EXPECT_EQ(pseudonyms.size(), 5);
    const QByteArray csv = okWithNote({QStringLiteral("participants"), m_golden, QStringLiteral("--project"),
                                       QStringLiteral("GS"), QStringLiteral("--pseudonymise")});
    EXPECT_TRUE(csv.startsWith("pseudonym,gender,institution,"));
    EXPECT_FALSE(QString::fromUtf8(csv).contains(QStringLiteral("López")));
}

TEST_P(ExportCliTest, ParticipantsXlsxReadByOpenpyxlHoldsTheJson)
{
    const QStringList filter{QStringLiteral("participants"), m_golden,
                             QStringLiteral("--project"),    QStringLiteral("GS"),
                             QStringLiteral("--component"),  QStringLiteral("1")};
    const QJsonArray json =
        jsonArray(ok(filter + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(json.size(), 9);
    const QString path = m_dir.path(QStringLiteral("participants.xlsx"));
    ok(filter + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), path});
    const QJsonObject workbook = readWorkbook(path);
    const QJsonObject sheet = sheetNamed(workbook, QStringLiteral("Participants"));
    EXPECT_EQ(sheet.value(QStringLiteral("freeze_panes")).toString(), QStringLiteral("A2"));
    const QList<QJsonArray> rows = sheetValues(sheet);
    ASSERT_EQ(rows.size(), 1 + json.size() + 1) << "header, persons, totals";
    const QStringList keys{QStringLiteral("id"),
                           QStringLiteral("given_names"),
                           QStringLiteral("family_names"),
                           QStringLiteral("gender"),
                           QStringLiteral("institution"),
                           QStringLiteral("institution_acronym"),
                           QStringLiteral("institution_type"),
                           QStringLiteral("position"),
                           QStringLiteral("region"),
                           QStringLiteral("email"),
                           QStringLiteral("phone")};
    for (qsizetype index = 0; index < json.size(); ++index) {
        const QJsonObject person = json.at(index).toObject();
        const QJsonArray row = rows.at(index + 1);
        EXPECT_EQ(row.at(0).toDouble(), person.value(QStringLiteral("id")).toDouble())
            << "the id is a number";
        for (qsizetype column = 1; column < keys.size(); ++column) {
            const QString expected = person.value(keys[column]).toString();
            // openpyxl reads an empty cell as null.
            EXPECT_EQ(row.at(column).isNull() ? QString() : row.at(column).toString(), expected)
                << keys[column].toStdString();
        }
        QStringList activities;
        for (const QJsonValue& code : person.value(QStringLiteral("activities")).toArray())
            activities.append(code.toString());
        EXPECT_EQ(row.at(keys.size()).toString(), activities.join(QStringLiteral("; ")));
    }
    EXPECT_EQ(rows.last().at(0).toString(), QStringLiteral("Total"));
    EXPECT_EQ(rows.last().at(1).toString(), QStringLiteral("9 participants"));
}

TEST_P(ExportCliTest, AFormulaInANameComesOutOfEveryExportAsInertText)
{
    const QString path = m_dir.path(QStringLiteral("injection.sdesk"));
    ASSERT_NE(
        newProgramme(
            path,
            {fixtureScript(QStringLiteral("golden-small/fixture.sql")),
             QStringLiteral(
                 "INSERT INTO participant (id, given_names, family_names, gender, position)"
                 " VALUES (11, '%1', '@Mallory', 'female', '+1 tab');\n"
                 "INSERT INTO enrolment (id, activity_id, participant_id) VALUES (22, 2, 11);\n"
                 "INSERT INTO attendance (enrolment_id, session_id, status) VALUES (22, 3, 'present');\n")
                 .arg(QString(kInjection).replace(QLatin1Char('\''), QStringLiteral("''")))}),
        nullptr);
    const QStringList filter{QStringLiteral("participants"), path,
                             QStringLiteral("--project"),    QStringLiteral("GS"),
                             QStringLiteral("--activity"),   QStringLiteral("2.1")};

    // CSV: the field begins with an apostrophe, inside RFC 4180 quotes with its quotes doubled.
    const QString csv = QString::fromUtf8(ok(filter));
    EXPECT_TRUE(csv.contains(
        QStringLiteral("11,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",'@Mallory,")))
        << csv.toStdString();

    // JSON: plain text, which no JSON reader evaluates; the value comes back exactly.
    bool found = false;
    for (const QJsonValue& person :
         jsonArray(ok(filter + QStringList{QStringLiteral("--format"), QStringLiteral("json")}))) {
        if (person.toObject().value(QStringLiteral("id")).toInt() == 11) {
            found = true;
            EXPECT_EQ(person.toObject().value(QStringLiteral("given_names")).toString(), kInjection);
        }
    }
    EXPECT_TRUE(found);

    // XLSX: a string cell (never a formula) that begins with the apostrophe.
    const QString workbookPath = m_dir.path(QStringLiteral("injection.xlsx"));
    ok(filter +
       QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), workbookPath});
    const QJsonObject sheet = sheetNamed(readWorkbook(workbookPath), QStringLiteral("Participants"));
    found = false;
    for (const QJsonValue& row : sheet.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toObject().value(QStringLiteral("value")).toInt() != 11)
            continue;
        found = true;
        for (const QJsonValue& cell : cells)
            EXPECT_NE(cell.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("f"))
                << "no formula";
        EXPECT_EQ(cells.at(1).toObject().value(QStringLiteral("value")).toString(),
                  QLatin1Char('\'') + kInjection);
        EXPECT_EQ(cells.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("s"));
        EXPECT_EQ(cells.at(2).toObject().value(QStringLiteral("value")).toString(),
                  QStringLiteral("'@Mallory"));
    }
    EXPECT_TRUE(found);

    // The results count the person like anyone else.
    const QString results = QString::fromUtf8(
        okWithNote({QStringLiteral("results"), path, QStringLiteral("--project"), QStringLiteral("GS"),
                    QStringLiteral("--by"), QStringLiteral("activity"), QStringLiteral("--format"),
                    QStringLiteral("csv")}));
    EXPECT_TRUE(results.contains(QStringLiteral("2.1,Seminar on international protection,6,6,")));
}

TEST_P(ExportCliTest, CsvWithAByteOrderMarkAndAFailedWriteThatLeavesNoFile)
{
    const QByteArray withBom = ok({QStringLiteral("participants"), m_golden, QStringLiteral("--bom")});
    EXPECT_EQ(withBom,
              QByteArray("\xEF\xBB\xBF") + readBytes(golden(QStringLiteral("expected-participants.csv"))));

    const QString missingFolder = m_dir.path(QStringLiteral("no-such-folder/participants.csv"));
    const ProcessRun failed =
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("-o"), missingFolder});
    EXPECT_EQ(failed.exitCode, 3);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("participants.csv"))) << failed.err.toStdString();
    EXPECT_FALSE(QFile::exists(missingFolder));

    const QString existing = m_dir.path(QStringLiteral("kept.csv"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("before\n");
    }
    EXPECT_EQ(
        cli({QStringLiteral("participants"), m_golden, QStringLiteral("--project"), QStringLiteral("GS"),
             QStringLiteral("--activity"), QStringLiteral("9.9"), QStringLiteral("-o"), existing})
            .exitCode,
        3);
    EXPECT_EQ(readBytes(existing), QByteArray("before\n")) << "a failed export leaves the file as it was";
}
