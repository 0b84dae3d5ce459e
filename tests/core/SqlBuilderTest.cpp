// The SQL the statement builder makes from every table spec and the reference list, compared with
// golden text: a change to a spec or to the builder shows here as a reviewable difference in
// tests/data/storage/sqlite-statements.sql. Run with SD_WRITE_GOLDEN=1 to rewrite that file after a
// deliberate change, then read the difference before committing it.

#include "storage/SqlBuilder.h"

#include "storage/References.h"
#include "storage/Tables.h"

#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <string>

using namespace sd;

namespace {

const char* kindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Insert:
        return "Insert";
    case StatementKind::InsertWithKey:
        return "InsertWithKey";
    case StatementKind::Load:
        return "Load";
    case StatementKind::Update:
        return "Update";
    case StatementKind::UpdateOwned:
        return "UpdateOwned";
    case StatementKind::UpdateFillable:
        return "UpdateFillable";
    case StatementKind::Upsert:
        return "Upsert";
    case StatementKind::SelectByKey:
        return "SelectByKey";
    case StatementKind::SelectByOwner:
        return "SelectByOwner";
    case StatementKind::SelectAll:
        return "SelectAll";
    case StatementKind::DeleteByKey:
        return "DeleteByKey";
    case StatementKind::DeleteByOwner:
        return "DeleteByOwner";
    }
    return "?";
}

std::vector<const TableShape*> everyTable()
{
    return {&tableOf<Project>(),
            &tableOf<Objective>(),
            &tableOf<Component>(),
            &tableOf<Activity>(),
            &tableOf<Session>(),
            &tableOf<Institution>(),
            &tableOf<Participant>(),
            &tableOf<Expert>(),
            &tableOf<Enrolment>(),
            &tableOf<AttendanceMark>(),
            &linkTables().projectRequestingInstitution,
            &linkTables().objectiveComponent,
            &linkTables().activityComponent,
            &tableOf<ActivityExpertRow>(),
            &tableOf<ChangeLogEntry>()};
}

const char* countedName(qint64 DeleteImpact::*counted)
{
    const std::pair<qint64 DeleteImpact::*, const char*> names[] = {
        {&DeleteImpact::enrolments, "enrolments"},     {&DeleteImpact::attendanceMarks, "attendanceMarks"},
        {&DeleteImpact::sessions, "sessions"},         {&DeleteImpact::participants, "participants"},
        {&DeleteImpact::institutions, "institutions"}, {&DeleteImpact::activities, "activities"},
        {&DeleteImpact::projects, "projects"},         {&DeleteImpact::evaluations, "evaluations"}};
    for (const auto& [field, name] : names) {
        if (field == counted)
            return name;
    }
    return "?";
}

// Every statement the builder makes for SQLite, one per line, grouped by table.
std::string listing()
{
    const Dialect dialect = Dialect::Sqlite;
    std::string out;
    for (const TableShape* table : everyTable()) {
        out += std::string("-- ") + table->name() + "\n";
        for (int kind = 0; kind < kStatementKinds; ++kind) {
            const std::string& sql = table->sql(dialect, static_cast<StatementKind>(kind));
            if (!sql.empty())
                out += std::string(kindName(static_cast<StatementKind>(kind))) + ": " + sql + "\n";
        }
        out += std::string("Load of 2 rows: ") +
               SqlBuilder(dialect).insertRows(*table, StatementKind::Load, 2) + "\n";
        if (table->generatedKey()) {
            for (const ImpactStep& step : impactPlan(*table, dialect))
                out += std::string("Impact ") + countedName(step.counted) + (step.asks ? " (asks)" : "") +
                       ": " + step.sql + "\n";
            for (const std::string& sql : deletePlan(*table, dialect))
                out += "Delete: " + sql + "\n";
        }
        out += "\n";
    }
    out += "-- references\n";
    const SqlBuilder builder(dialect);
    for (const Reference& ref : references()) {
        const TableShape& child = *ref.child;
        // A row keyed by the reference itself (evaluation answers by enrolment) is listed by it.
        const char* listed = child.generatedKey()         ? child.generatedKey()
                             : child.otherKey(ref.column) ? child.otherKey(ref.column)
                                                          : ref.column;
        out += std::string(child.name()) + "." + ref.column + ": " +
               builder.selectColumn(child, listed, SqlBuilder::equals(ref.column)) + "\n";
        if (ref.rule == DeleteRule::UnlinkKeepingOne)
            out += std::string(child.name()) + "." + ref.column +
                   " kept by: " + builder.onlyLinks(child, ref.column, tableOf<Activity>()) + "\n";
    }
    return out;
}

QString goldenPath()
{
    return QStringLiteral(SD_TEST_DATA_DIR "/storage/sqlite-statements.sql");
}

} // namespace

TEST(SqlBuilderTest, EveryStatementMatchesTheGoldenText)
{
    const std::string actual = listing();
    if (qEnvironmentVariableIsSet("SD_WRITE_GOLDEN")) {
        QFile out(goldenPath());
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.data(), static_cast<qint64>(actual.size()));
    }
    QFile golden(goldenPath());
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << goldenPath().toStdString();
    EXPECT_EQ(golden.readAll().toStdString(), actual);
}

// The statements undo, the window and the importer depend on most, spelled out here.
TEST(SqlBuilderTest, TheParticipantStatements)
{
    const TableShape& participant = tableOf<Participant>();
    const Dialect sqlite = Dialect::Sqlite;
    // The columns of schema step 11 (consent, legal hold, erasure) come after row_version, as in the table.
    EXPECT_EQ(participant.sql(sqlite, StatementKind::Insert),
              "INSERT INTO participant (given_names, family_names, gender, institution_id, position, region, "
              "email, phone, consent_date, illustrative, consent_purpose, consent_source, legal_hold_reason, "
              "legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    EXPECT_EQ(participant.sql(sqlite, StatementKind::Update),
              "UPDATE participant SET given_names = ?, family_names = ?, gender = ?, institution_id = ?, "
              "position = ?, region = ?, email = ?, phone = ?, consent_date = ?, illustrative = ?, "
              "consent_purpose = ?, consent_source = ?, legal_hold_reason = ?, legal_hold_until = ?, "
              "erased_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    EXPECT_EQ(participant.sql(sqlite, StatementKind::UpdateFillable),
              "UPDATE participant SET gender = ?, institution_id = ?, position = ?, region = ?, email = ?, "
              "phone = ?, consent_date = ?, row_version = row_version + 1 WHERE id = ?");
    EXPECT_EQ(
        participant.sql(sqlite, StatementKind::Upsert),
        "INSERT INTO participant (id, given_names, family_names, gender, institution_id, position, region, "
        "email, phone, consent_date, illustrative, row_version, consent_purpose, consent_source, "
        "legal_hold_reason, legal_hold_until, erased_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?) ON CONFLICT (id) DO UPDATE SET given_names = excluded.given_names, family_names = "
        "excluded.family_names, gender = excluded.gender, institution_id = excluded.institution_id, "
        "position = excluded.position, region = excluded.region, email = excluded.email, phone = "
        "excluded.phone, consent_date = excluded.consent_date, illustrative = excluded.illustrative, "
        "consent_purpose = excluded.consent_purpose, consent_source = excluded.consent_source, "
        "legal_hold_reason = excluded.legal_hold_reason, legal_hold_until = excluded.legal_hold_until, "
        "erased_on = excluded.erased_on, row_version = participant.row_version + 1");
    EXPECT_EQ(participant.sql(sqlite, StatementKind::SelectByKey),
              "SELECT id, given_names, family_names, gender, institution_id, position, region, email, phone, "
              "consent_date, illustrative, row_version, consent_purpose, consent_source, legal_hold_reason, "
              "legal_hold_until, erased_on FROM participant WHERE id = ?");
}

TEST(SqlBuilderTest, OwnedRowsAreNeverMovedByAnUpdate)
{
    const Dialect sqlite = Dialect::Sqlite;
    EXPECT_EQ(tableOf<Session>().sql(sqlite, StatementKind::UpdateOwned),
              "UPDATE session SET date = ?, part = ?, row_version = row_version + 1 WHERE id = ? AND "
              "activity_id = ?");
    EXPECT_EQ(
        tableOf<Component>().sql(sqlite, StatementKind::Upsert),
        "INSERT INTO component (id, project_id, number, title, title_es, row_version) VALUES (?, ?, ?, ?, "
        "?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title, title_es = "
        "excluded.title_es, row_version = component.row_version + 1");
    // A link carries nothing but its two ids: writing it again keeps the one there.
    EXPECT_EQ(linkTables().objectiveComponent.sql(sqlite, StatementKind::Upsert),
              "INSERT INTO objective_component (objective_id, component_id) VALUES (?, ?) ON CONFLICT "
              "(objective_id, component_id) DO NOTHING");
    EXPECT_EQ(tableOf<AttendanceMark>().sql(sqlite, StatementKind::Upsert),
              "INSERT INTO attendance (enrolment_id, session_id, status, row_version) VALUES (?, ?, ?, ?) ON "
              "CONFLICT (enrolment_id, session_id) DO UPDATE SET status = excluded.status, row_version = "
              "attendance.row_version + 1");
}

TEST(SqlBuilderTest, TheAttendanceSummaryIsWrittenOnlyByABulkLoad)
{
    const TableShape& enrolment = tableOf<Enrolment>();
    const Dialect sqlite = Dialect::Sqlite;
    EXPECT_EQ(enrolment.sql(sqlite, StatementKind::Upsert),
              "INSERT INTO enrolment (id, activity_id, participant_id, row_version) VALUES (?, ?, ?, ?) ON "
              "CONFLICT (id) DO UPDATE SET participant_id = excluded.participant_id, row_version = "
              "enrolment.row_version + 1");
    EXPECT_EQ(enrolment.sql(sqlite, StatementKind::Load),
              "INSERT INTO enrolment (id, activity_id, participant_id, sessions_attended, days_attended, "
              "row_version) VALUES (?, ?, ?, ?, ?, ?)");
}

TEST(SqlBuilderTest, AProjectDeleteWalksEverythingInItChildrenFirst)
{
    const std::vector<std::string> plan = deletePlan(tableOf<Project>(), Dialect::Sqlite);
    const std::vector<std::string> expected{
        "DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT "
        "id "
        "FROM activity WHERE project_id = ?))",
        "DELETE FROM evaluation WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN (SELECT "
        "id FROM activity WHERE project_id = ?))",
        "DELETE FROM enrolment WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)",
        "DELETE FROM session WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)",
        "DELETE FROM activity_expert WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)",
        "DELETE FROM activity_component WHERE activity_id IN (SELECT id FROM activity WHERE project_id = ?)",
        "DELETE FROM activity WHERE project_id = ?",
        "DELETE FROM objective_component WHERE objective_id IN (SELECT id FROM objective WHERE project_id = "
        "?)",
        "DELETE FROM objective WHERE project_id = ?",
        "DELETE FROM activity_component WHERE component_id IN (SELECT id FROM component WHERE project_id = "
        "?)",
        "DELETE FROM objective_component WHERE component_id IN (SELECT id FROM component WHERE project_id = "
        "?)",
        "DELETE FROM component WHERE project_id = ?",
        "DELETE FROM project_requesting_institution WHERE project_id = ?",
        "DELETE FROM project WHERE id = ?"};
    EXPECT_EQ(plan, expected);
}

TEST(SqlBuilderTest, AnInstitutionDeleteLeavesItsPeopleAndChildrenWithoutIt)
{
    const std::vector<std::string> plan = deletePlan(tableOf<Institution>(), Dialect::Sqlite);
    const std::vector<std::string> expected{
        "DELETE FROM project_requesting_institution WHERE institution_id = ?",
        "UPDATE participant SET institution_id = NULL WHERE institution_id = ?",
        "UPDATE institution SET parent_id = NULL WHERE parent_id = ?",
        "DELETE FROM institution WHERE id = ?"};
    EXPECT_EQ(plan, expected);
}

TEST(SqlBuilderTest, PostgresTakesTheNewIdFromReturningAndDiffersInNothingElse)
{
    for (const TableShape* table : everyTable()) {
        for (int kind = 0; kind < kStatementKinds; ++kind) {
            const auto statementKind = static_cast<StatementKind>(kind);
            const std::string& sqlite = table->sql(Dialect::Sqlite, statementKind);
            const std::string& postgres = table->sql(Dialect::Postgres, statementKind);
            if (statementKind == StatementKind::Insert && table->generatedKey()) {
                EXPECT_EQ(postgres, sqlite + " RETURNING id") << table->name();
            } else {
                EXPECT_EQ(postgres, sqlite) << table->name() << " " << kindName(statementKind);
            }
        }
    }
}
