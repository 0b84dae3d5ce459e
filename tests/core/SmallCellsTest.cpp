// Small-cell protection on tables built by hand (the golden fixture's tables are checked through the
// command line in tests/cli/AccessCliTest.cpp): which rows are small, what --suppress-small blanks, the
// row blanked with a lone one, and how each format writes a blank.
#include "counting/SmallCells.h"

#include "counting/ResultsFormatter.h"
#include "export/ParticipantExport.h"
#include "export/ResultsExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sd;

namespace {

ResultsRow row(const char* key, qint64 female, qint64 male, qint64 other = 0, qint64 notStated = 0)
{
    ResultsRow r;
    r.key = QString::fromLatin1(key);
    r.label = r.key;
    r.female = female;
    r.male = male;
    r.other = other;
    r.notStated = notStated;
    r.uniqueParticipants = female + male + other + notStated;
    r.participations = r.uniqueParticipants;
    r.participantDays = double(r.uniqueParticipants);
    r.experts = 1;
    r.expertCountries = 1;
    return r;
}

// By institution: each person in one row, so the rows add up to the totals.
ResultsTable byInstitution(const QList<ResultsRow>& rows)
{
    ResultsTable table;
    table.projectCode = QStringLiteral("T");
    table.by = ResultsKey::Institution;
    table.rows = rows;
    for (const ResultsRow& r : rows) {
        table.totals.female += r.female;
        table.totals.male += r.male;
        table.totals.uniqueParticipants += r.uniqueParticipants;
        table.totals.participations += r.participations;
    }
    table.notes = {QStringLiteral("A note of the counting rules.")};
    return table;
}

} // namespace

TEST(SmallCellsTest, RowsWithOneToKMinusOnePersonsInACellAreNamedAndNothingIsBlanked)
{
    // INM 6 women and 6 men; COMAR 4 women and 7 men (women small); SRE 2 persons; IMSS nobody.
    ResultsTable table =
        byInstitution({row("INM", 6, 6), row("COMAR", 4, 7), row("SRE", 1, 1), row("IMSS", 0, 0)});
    EXPECT_EQ(SmallCells::smallRows(table, 5), (QList<qsizetype>{1, 2}));
    EXPECT_EQ(SmallCells::protect(table, {}), 2);
    EXPECT_EQ(table.notes.size(), 2);
    EXPECT_EQ(table.notes.last(), table.smallCellNote);
    EXPECT_TRUE(
        table.smallCellNote.startsWith(QStringLiteral("Small cells (k = 5): 2 of the rows count 1 to 4")));
    EXPECT_TRUE(table.smallCellNote.contains(QStringLiteral(": COMAR, SRE.")));
    for (const ResultsRow& r : table.rows)
        EXPECT_EQ(r.blanked, 0);
    // With k = 2 only SRE's ones are small.
    EXPECT_EQ(SmallCells::smallRows(table, 2), (QList<qsizetype>{2}));
}

TEST(SmallCellsTest, SuppressionBlanksGendersOrAllPersonCountsAndALoneRowTakesTheNextSmallest)
{
    ResultsTable table =
        byInstitution({row("INM", 6, 6), row("COMAR", 4, 7), row("SRE", 6, 9), row("IMSS", 10, 8)});
    SmallCellOptions options;
    options.suppress = true;
    EXPECT_EQ(SmallCells::protect(table, options), 1);
    // COMAR alone is small (4 women): its genders are blanked, and so are those of INM, the row with the
    // fewest persons after it, or the totals would give COMAR's away. Unique participants stay (11, 12).
    EXPECT_EQ(table.rows.at(1).blanked, ResultsCounts::BlankGenders);
    EXPECT_EQ(table.rows.at(0).blanked, ResultsCounts::BlankGenders);
    EXPECT_EQ(table.rows.at(2).blanked, 0);
    EXPECT_EQ(table.rows.at(3).blanked, 0);

    // A row of 3 persons loses every person count, and the next smallest row, all of them as well.
    ResultsTable few = byInstitution({row("INM", 6, 6), row("SRE", 2, 1), row("IMSS", 10, 8)});
    EXPECT_EQ(SmallCells::protect(few, options), 1);
    EXPECT_EQ(few.rows.at(1).blanked, ResultsCounts::BlankGenders | ResultsCounts::BlankPersons);
    EXPECT_EQ(few.rows.at(0).blanked, ResultsCounts::BlankGenders | ResultsCounts::BlankPersons);
    EXPECT_EQ(few.rows.at(2).blanked, 0);
    EXPECT_TRUE(few.smallCellNote.startsWith(QStringLiteral("Small cells (k = 5) blanked: 1 of the rows")));
}

TEST(SmallCellsTest, EveryFormatWritesABlankAndKeepsTheTotals)
{
    ResultsTable table = byInstitution({row("INM", 6, 6), row("SRE", 2, 1), row("IMSS", 10, 8)});
    SmallCellOptions options;
    options.suppress = true;
    SmallCells::protect(table, options);

    const QJsonObject json = QJsonDocument::fromJson(ResultsFormatter::toJson(table)).object();
    const QJsonObject sre = json.value(QStringLiteral("rows")).toArray().at(1).toObject();
    for (const char* field : {"participations", "unique_participants", "female", "male", "other",
                              "not_stated", "participant_days", "participations_pct", "female_pct"})
        EXPECT_TRUE(sre.value(QLatin1String(field)).isNull()) << field;
    EXPECT_EQ(sre.value(QStringLiteral("experts")).toInt(), 1);
    const QJsonObject imss = json.value(QStringLiteral("rows")).toArray().at(2).toObject();
    EXPECT_EQ(imss.value(QStringLiteral("female")).toInt(), 10);
    EXPECT_EQ(imss.value(QStringLiteral("participant_days")).toDouble(), 18.0);
    EXPECT_EQ(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("female")).toInt(), 18);

    const QString csv = QString::fromUtf8(ResultsFormatter::toCsv(table));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\nSRE,SRE,,,,,,,,1,1,,\r\n"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\n(total),Total,33,33,18,15,"))) << csv.toStdString();
    const QString text = ResultsFormatter::toText(table);
    EXPECT_TRUE(text.contains(QStringLiteral(" x "))) << text.toStdString();

    const Table sheet = resultsSheet(table);
    EXPECT_FALSE(sheet.rows.at(1).at(2).isValid()) << "participations of SRE: an empty cell";
    EXPECT_FALSE(sheet.rows.at(1).at(4).isValid()) << "female of SRE";
    EXPECT_EQ(sheet.rows.at(2).at(4).toLongLong(), 10);
    ASSERT_TRUE(sheet.totals.has_value());
    EXPECT_EQ(sheet.totals->at(4).toLongLong(), 18);
}

TEST(SmallCellsTest, PseudonymisedGroupsOfFewerThanKAreCountedAndBlanked)
{
    QList<ParticipantExportRow> rows;
    for (int i = 0; i < 7; ++i) {
        ParticipantExportRow person;
        person.gender = i < 5 ? Gender::Female : Gender::Male;
        person.institution = QStringLiteral("INM");
        person.region = QStringLiteral("Chiapas");
        person.pseudonym = QStringLiteral("P-%1").arg(i);
        rows.append(person);
    }
    // Five women of INM in Chiapas: not small; two men: one small group of 2.
    SmallCellOptions options;
    SmallCells::GroupReport report = SmallCells::protect(rows, options);
    EXPECT_EQ(report.groups, 1);
    EXPECT_EQ(report.persons, 2);
    EXPECT_TRUE(SmallCells::groupNote(report, options)
                    .startsWith(QStringLiteral("Small groups (k = 5): 2 persons are in 1 groups")));
    for (const ParticipantExportRow& person : rows)
        EXPECT_FALSE(person.generalised);

    options.suppress = true;
    report = SmallCells::protect(rows, options);
    const QJsonArray json = QJsonDocument::fromJson(ParticipantExport::toJson(rows, true)).array();
    ASSERT_EQ(json.size(), 7);
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("institution")).toString(), QStringLiteral("INM"));
    EXPECT_EQ(json.at(6).toObject().value(QStringLiteral("gender")).toString(), QString());
    EXPECT_EQ(json.at(6).toObject().value(QStringLiteral("region")).toString(), QString());
    EXPECT_EQ(json.at(6).toObject().value(QStringLiteral("pseudonym")).toString(), QStringLiteral("P-6"));
    EXPECT_TRUE(
        SmallCells::groupNote(report, options).startsWith(QStringLiteral("Small groups (k = 5) blanked")));
}
