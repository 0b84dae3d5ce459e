#include "storage/ServerSchema.h"

#include "ServerSchemaFixture.h"
#include "storage/Database.h"
#include "storage/NameCollation.h"

#include <QMap>
#include <algorithm>

using sd::Database;
using sd::ErrorKind;
using sd::ServerSchema;

namespace sd::test {
namespace {

class ServerSchemaTest : public ServerSchemaFixture
{
protected:
    // A new programme file, as Seminar Desk writes one.
    QSqlDatabase newFile()
    {
        Result<std::unique_ptr<Database>> created =
            Database::create(m_files.path(QStringLiteral("new.sdesk")));
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        if (!created)
            return {};
        m_file = std::move(*created);
        return m_file->connection();
    }

    // Each table of the file with its columns in order, "name notnull" (the not-null flag only for
    // columns outside the primary key: SQLite's INTEGER PRIMARY KEY reports none).
    static QMap<QString, QStringList> fileColumns(QSqlDatabase file)
    {
        QMap<QString, QStringList> tables;
        for (const QString& table : rows(
                 file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            QStringList columns;
            for (const QString& row : rows(file, QStringLiteral("SELECT name, \"notnull\", pk FROM "
                                                                "pragma_table_info('%1') ORDER BY cid")
                                                     .arg(table))) {
                const QStringList parts = row.split(QLatin1Char('|'));
                columns.append(parts[0] + (parts[2] == u"0" ? QLatin1Char(' ') + parts[1] : QString()));
            }
            tables.insert(table, columns);
        }
        return tables;
    }

    // The same for the server's schema public; primary-key columns are recognised by constraint.
    static QMap<QString, QStringList> serverColumns(QSqlDatabase db)
    {
        QMap<QString, QStringList> tables;
        const QStringList columns = rows(
            db, QStringLiteral(
                    "SELECT c.table_name, c.column_name, c.is_nullable, "
                    "EXISTS (SELECT 1 FROM information_schema.key_column_usage k "
                    "JOIN information_schema.table_constraints t ON t.constraint_name = k.constraint_name "
                    "AND t.table_schema = k.table_schema "
                    "WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema "
                    "AND k.table_name = c.table_name AND k.column_name = c.column_name) "
                    "FROM information_schema.columns c WHERE c.table_schema = 'public' "
                    "ORDER BY c.table_name, c.ordinal_position"));
        for (const QString& row : columns) {
            const QStringList parts = row.split(QLatin1Char('|'));
            const bool key = parts[3] == u"true";
            tables[parts[0]].append(
                parts[1] +
                (key ? QString()
                     : QLatin1Char(' ') + (parts[2] == u"NO" ? QStringLiteral("1") : QStringLiteral("0"))));
        }
        return tables;
    }

    static QStringList fileIndexes(QSqlDatabase file)
    {
        return rows(file,
                    QStringLiteral("SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index' "
                                   "AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY 1"));
    }

    // The indexes made by CREATE INDEX, not those behind a primary key or UNIQUE constraint.
    static QStringList serverIndexes(QSqlDatabase db)
    {
        return rows(db, QStringLiteral(
                            "SELECT t.relname || '.' || i.relname FROM pg_index x "
                            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                            "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' "
                            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
                            "ORDER BY 1"));
    }

    static QStringList fileTriggers(QSqlDatabase file)
    {
        return rows(file,
                    QStringLiteral("SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'trigger' "
                                   "ORDER BY 1"));
    }

    static QStringList serverTriggers(QSqlDatabase db)
    {
        return rows(
            db, QStringLiteral("SELECT c.relname || '.' || t.tgname FROM pg_trigger t "
                               "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal ORDER BY 1"));
    }

    // The same statement on the file and on the server.
    void onBoth(QSqlDatabase file, const QString& sql)
    {
        exec(file, sql);
        exec(m_db, sql);
    }

    // Each enrolment's participation summary, and the enrolments whose summary differs from their marks.
    static QStringList summary(QSqlDatabase db)
    {
        return rows(db,
                    QStringLiteral("SELECT id, sessions_attended, days_attended FROM enrolment ORDER BY id"));
    }
    static QStringList miscounted(QSqlDatabase db)
    {
        return rows(db,
                    QStringLiteral(
                        "SELECT e.id FROM enrolment e WHERE e.sessions_attended <> "
                        "(SELECT COUNT(*) FROM attendance m WHERE m.enrolment_id = e.id AND m.status IN "
                        "('present', 'late')) OR e.days_attended <> (SELECT COALESCE(SUM(CASE WHEN s.part = "
                        "'full_day' THEN 1.0 ELSE 0.5 END), 0) FROM attendance m JOIN session s ON s.id = "
                        "m.session_id WHERE m.enrolment_id = e.id AND m.status IN ('present', 'late'))"));
    }

    TempDir m_files;
    std::unique_ptr<Database> m_file;
};

// Three activities' worth of a programme, written with SQL that both databases take as it is.
const char* const kSmallProgramme[] = {
    "INSERT INTO project (code, title, start_date, end_date) VALUES ('MX-T', 'Test', '2024-01-01', "
    "'2024-12-31')",
    "INSERT INTO activity (project_id, code, title, type, start_date, end_date) VALUES "
    "(1, '1.1', 'Seminar', 'seminar', '2024-03-01', '2024-03-03'), "
    "(1, '1.2', 'Workshop', 'workshop', '2024-04-01', '2024-04-02')",
    "INSERT INTO session (activity_id, date, part) VALUES (1, '2024-03-01', 'full_day'), "
    "(1, '2024-03-02', 'morning'), (1, '2024-03-02', 'afternoon'), (2, '2024-04-01', 'full_day'), "
    "(2, '2024-04-02', 'morning')",
    "INSERT INTO participant (given_names, family_names, gender) VALUES ('Iñaki', 'Núñez', 'male'), "
    "('Ana', 'Álvarez', 'female'), ('Luz', 'Cárdenas', 'female')",
    "INSERT INTO enrolment (activity_id, participant_id) VALUES (1, 1), (1, 2), (1, 3), (2, 1), (2, 3)",
};

TEST_F(ServerSchemaTest, CreatesEveryTableColumnIndexAndTriggerOfANewFile)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    const QSqlDatabase file = newFile();
    ASSERT_TRUE(file.isOpen());

    QMap<QString, QStringList> server = serverColumns(m_db);
    // The server keeps in a table what the file keeps in its header.
    EXPECT_EQ(server.take(QStringLiteral("meta")),
              (QStringList{QStringLiteral("id"), QStringLiteral("application_id 1"),
                           QStringLiteral("schema_version 1")}));
    const QMap<QString, QStringList> expected = fileColumns(file);
    EXPECT_EQ(expected.size(), 20);
    EXPECT_EQ(server, expected);
    // Beside the file's indexes, the server has the trigram indexes of the registers' search (step 7),
    // which a file cannot hold: they index the schema's own sd_fold.
    QStringList indexes = serverIndexes(m_db);
    const QStringList search = indexes.filter(QStringLiteral("participant.participant_search_"));
    EXPECT_EQ(search, (QStringList{QStringLiteral("participant.participant_search_email"),
                                   QStringLiteral("participant.participant_search_family"),
                                   QStringLiteral("participant.participant_search_given"),
                                   QStringLiteral("participant.participant_search_region")}));
    for (const QString& index : search)
        indexes.removeOne(index);
    EXPECT_EQ(indexes, fileIndexes(file));
    EXPECT_EQ(serverTriggers(m_db), fileTriggers(file));

    EXPECT_EQ(
        rows(m_db, QStringLiteral("SELECT application_id, schema_version FROM meta")),
        QStringList{QStringLiteral("%1|%2").arg(Database::kApplicationId).arg(Database::kSchemaVersion)});
    const Result<int> version = ServerSchema::version(m_db);
    ASSERT_TRUE(version.ok()) << version.error().message.toStdString();
    EXPECT_EQ(*version, Database::kSchemaVersion);
    // Ids are identity columns: a row without an id gets the next one, as in the file.
    for (const char* statement : kSmallProgramme)
        exec(m_db, QString::fromUtf8(statement));
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT id FROM participant ORDER BY id")),
              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

TEST_F(ServerSchemaTest, RefusesADatabaseThatIsNotEmptyAndTouchesNothing)
{
    exec(m_db, QStringLiteral("CREATE TABLE notes (id integer PRIMARY KEY, words text)"));
    exec(m_db, QStringLiteral("INSERT INTO notes VALUES (1, 'kept')"));
    const QStringList before = snapshot(m_db, {QStringLiteral("notes")});

    const Status created = ServerSchema::create(m_db);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(created.error().message.contains(QStringLiteral("is not empty")))
        << created.error().message.toStdString();
    EXPECT_TRUE(created.error().message.contains(m_database->name()))
        << created.error().message.toStdString();
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("notes")}), before);

    // A function alone makes a database not empty too.
    QSqlDatabase other = anotherDatabase();
    exec(other, QStringLiteral("CREATE FUNCTION answer() RETURNS integer LANGUAGE sql RETURN 42"));
    EXPECT_FALSE(ServerSchema::create(other).ok());
    EXPECT_EQ(rows(other, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                         "c.relnamespace WHERE n.nspname = 'public'")),
              QStringList{QStringLiteral("0")});
}

TEST_F(ServerSchemaTest, RefusesADatabaseThatDoesNotStoreUtf8)
{
    QSqlDatabase admin = connectTo(server.socketUri(QStringLiteral("postgres")));
    const QString name = m_database->name() + QStringLiteral("_latin1");
    exec(admin,
         QStringLiteral("CREATE DATABASE %1 ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
             .arg(name));
    {
        QSqlDatabase latin1 = connectTo(server.socketUri(name));
        const Status created = ServerSchema::create(latin1);
        ASSERT_FALSE(created.ok());
        EXPECT_EQ(created.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(created.error().message,
                  QStringLiteral(
                      "%1 on this computer stores text as LATIN1, and Seminar Desk needs UTF8; create the "
                      "database again with ENCODING 'UTF8' (nothing was written).")
                      .arg(name));
        EXPECT_EQ(snapshot(latin1), QStringList());
        latin1.close();
    }
    exec(admin, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_F(ServerSchemaTest, RefusesASecondSetUpOfAProgramme)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    for (const char* statement : kSmallProgramme)
        exec(m_db, QString::fromUtf8(statement));
    const QStringList before = snapshot(m_db, {QStringLiteral("meta"), QStringLiteral("participant")});
    const Status again = ServerSchema::create(m_db);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(again.error().message.contains(
        QStringLiteral("already holds a Seminar Desk programme (schema version %1)")
            .arg(Database::kSchemaVersion)))
        << again.error().message.toStdString();
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("meta"), QStringLiteral("participant")}), before);
}

TEST_F(ServerSchemaTest, RefusesANewerSchemaUntouched)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    for (const char* statement : kSmallProgramme)
        exec(m_db, QString::fromUtf8(statement));
    exec(m_db, QStringLiteral("UPDATE meta SET schema_version = %1").arg(Database::kSchemaVersion + 1));
    const QStringList before = snapshot(m_db, {QStringLiteral("meta"), QStringLiteral("enrolment")});

    const Status upgraded = ServerSchema::upgrade(m_db);
    ASSERT_FALSE(upgraded.ok());
    EXPECT_EQ(upgraded.error().kind, ErrorKind::Database);
    EXPECT_EQ(
        upgraded.error().message,
        QStringLiteral("%1 on this computer was set up by a newer version of Seminar Desk (schema %2; this "
                       "version reads up to %3). Use a newer version of Seminar Desk; the database was left "
                       "untouched.")
            .arg(m_database->name())
            .arg(Database::kSchemaVersion + 1)
            .arg(Database::kSchemaVersion));
    EXPECT_EQ(snapshot(m_db, {QStringLiteral("meta"), QStringLiteral("enrolment")}), before);
}

TEST_F(ServerSchemaTest, RefusesToUpgradeADatabaseThatIsNoProgramme)
{
    exec(m_db, QStringLiteral("CREATE TABLE meta (id integer PRIMARY KEY, application_id integer, "
                              "schema_version integer)"));
    exec(m_db, QStringLiteral("INSERT INTO meta VALUES (1, 7, 1)"));
    const Status upgraded = ServerSchema::upgrade(m_db);
    ASSERT_FALSE(upgraded.ok());
    EXPECT_EQ(upgraded.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(upgraded.error().message.contains(QStringLiteral("does not hold a Seminar Desk programme")));
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT * FROM meta")), QStringList{QStringLiteral("1|7|1")});
}

// Each older version upgrades step by step to the tables of a new server, and the participation
// summary of step 4 is computed from the marks already there.
TEST_F(ServerSchemaTest, UpgradesEveryOlderVersionToTheCurrentOne)
{
    QSqlDatabase fresh = anotherDatabase();
    ASSERT_TRUE(ServerSchema::create(fresh).ok());
    for (int version = 1; version < Database::kSchemaVersion; ++version) {
        SCOPED_TRACE(version);
        QSqlDatabase old = version == 1 ? m_db : anotherDatabase();
        ASSERT_TRUE(ServerSchema::createAtVersion(old, version).ok());
        EXPECT_EQ(*ServerSchema::version(old), version);
        for (const char* statement : kSmallProgramme)
            exec(old, QString::fromUtf8(statement));
        exec(old, QStringLiteral("INSERT INTO attendance (enrolment_id, session_id, status) VALUES "
                                 "(1, 1, 'present'), (1, 2, 'late'), (1, 3, 'absent'), (2, 2, 'present'), "
                                 "(4, 4, 'present'), (4, 5, 'excused')"));

        const Status upgraded = ServerSchema::upgrade(old);
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
        EXPECT_EQ(*ServerSchema::version(old), Database::kSchemaVersion);
        EXPECT_EQ(serverColumns(old), serverColumns(fresh));
        EXPECT_EQ(serverIndexes(old), serverIndexes(fresh));
        EXPECT_EQ(serverTriggers(old), serverTriggers(fresh));
        EXPECT_EQ(summary(old),
                  (QStringList{QStringLiteral("1|2|1.5"), QStringLiteral("2|1|0.5"), QStringLiteral("3|0|0"),
                               QStringLiteral("4|1|1"), QStringLiteral("5|0|0")}));
        // Upgrading the current version changes nothing.
        const QStringList before = snapshot(old, {QStringLiteral("meta"), QStringLiteral("enrolment")});
        EXPECT_TRUE(ServerSchema::upgrade(old).ok());
        EXPECT_EQ(snapshot(old, {QStringLiteral("meta"), QStringLiteral("enrolment")}), before);
    }
}

// The same writes on a file and on the server leave the same summary and the same change log.
TEST_F(ServerSchemaTest, TriggersKeepTheSummaryAsTheFileDoes)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    QSqlDatabase file = newFile();
    ASSERT_TRUE(file.isOpen());
    for (const char* statement : kSmallProgramme)
        onBoth(file, QString::fromUtf8(statement));

    const char* const changes[] = {
        "INSERT INTO attendance (enrolment_id, session_id, status) VALUES (1, 1, 'present'), (1, 2, 'late'), "
        "(1, 3, 'absent'), (2, 1, 'excused'), (2, 2, 'present'), (2, 3, 'present'), (3, 1, 'late'), "
        "(4, 4, 'present'), (4, 5, 'present'), (5, 4, 'absent')",
        "UPDATE attendance SET status = 'present' WHERE status = 'absent'",
        "UPDATE attendance SET status = 'excused' WHERE enrolment_id = 2 AND session_id = 3",
        "UPDATE attendance SET status = 'late' WHERE status = 'present'",
        "UPDATE session SET part = 'full_day' WHERE id = 2",
        "UPDATE session SET part = 'morning' WHERE id = 1",
        "UPDATE session SET part = 'afternoon' WHERE id = 3",
        "UPDATE session SET part = 'morning' WHERE id = 3",
        "UPDATE attendance SET session_id = 3 WHERE enrolment_id = 3 AND session_id = 1",
        "UPDATE attendance SET enrolment_id = 3 WHERE enrolment_id = 1 AND session_id = 1",
        "DELETE FROM attendance WHERE enrolment_id = 1 AND session_id = 2",
        "DELETE FROM attendance WHERE session_id = 4",
        "INSERT INTO attendance (enrolment_id, session_id, status) VALUES (5, 4, 'late')",
        "DELETE FROM attendance WHERE enrolment_id = 5",
    };
    for (const char* change : changes) {
        SCOPED_TRACE(change);
        onBoth(file, QString::fromUtf8(change));
        EXPECT_EQ(summary(m_db), summary(file));
        EXPECT_EQ(miscounted(m_db), QStringList());
    }
    // A mark of a session that does not exist is refused by both, and counts nowhere.
    QSqlQuery fileQuery(file);
    EXPECT_FALSE(fileQuery.exec(QStringLiteral("INSERT INTO attendance VALUES (3, 99, 'present')")));
    QSqlQuery serverQuery(m_db);
    EXPECT_FALSE(serverQuery.exec(QStringLiteral("INSERT INTO attendance VALUES (3, 99, 'present')")));
    EXPECT_EQ(summary(m_db), summary(file));

    // The change log: the program writes it; ids follow one another and the newest is the last.
    for (const char* entry :
         {"INSERT INTO change_log (changed_at, kind, description) VALUES ('2024-03-01T10:00:00Z', "
          "'attendance', "
          "'Attendance of 1.1')",
          "INSERT INTO change_log (changed_at, kind, description) VALUES ('2024-03-01T10:05:00Z', 'edit', "
          "'Activity 1.2 edited')",
          "INSERT INTO change_log (changed_at, kind, description) VALUES ('2024-03-02T09:00:00Z', 'import', "
          "'3 participants imported')"})
        onBoth(file, QString::fromUtf8(entry));
    const QString log =
        QStringLiteral("SELECT id, changed_at, kind, description FROM change_log ORDER BY id");
    EXPECT_EQ(rows(m_db, log), rows(file, log));
    EXPECT_EQ(rows(m_db, log).size(), 3);
    const QString last =
        QStringLiteral("SELECT changed_at, description FROM change_log ORDER BY id DESC LIMIT 1");
    EXPECT_EQ(rows(m_db, last), rows(file, last));
    EXPECT_FALSE(
        serverQuery.exec(QStringLiteral("INSERT INTO change_log (changed_at, kind) VALUES ('x', 'edit')")));
}

// Fifty thousand marks in one statement: the triggers run once per statement and count them all.
TEST_F(ServerSchemaTest, ABulkInsertOfMarksCountsThemAll)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    exec(m_db, QStringLiteral("INSERT INTO project (code, title, start_date, end_date) VALUES ('P', 'P', "
                              "'2024-01-01', '2024-12-31')"));
    exec(m_db, QStringLiteral("INSERT INTO activity (project_id, code, title, type, start_date, end_date) "
                              "VALUES (1, '1', 'A', 'seminar', '2024-01-01', '2024-12-31')"));
    exec(m_db,
         QStringLiteral("INSERT INTO session (activity_id, date, part) SELECT 1, "
                        "to_char(date '2024-01-01' + d, 'YYYY-MM-DD'), CASE WHEN d % 2 = 0 THEN 'full_day' "
                        "ELSE 'morning' END FROM generate_series(0, 9) d"));
    exec(m_db, QStringLiteral("INSERT INTO participant (given_names, family_names) SELECT 'P', 'N' || n FROM "
                              "generate_series(1, 5000) n"));
    exec(m_db,
         QStringLiteral("INSERT INTO enrolment (activity_id, participant_id) SELECT 1, id FROM participant"));
    exec(m_db, QStringLiteral("INSERT INTO attendance (enrolment_id, session_id, status) SELECT e.id, s.id, "
                              "CASE WHEN (e.id + s.id) % 3 = 0 THEN 'absent' ELSE 'present' END "
                              "FROM enrolment e CROSS JOIN session s"));
    EXPECT_EQ(miscounted(m_db), QStringList());
    exec(m_db, QStringLiteral("UPDATE attendance SET status = 'late' WHERE status = 'absent'"));
    exec(m_db, QStringLiteral("DELETE FROM attendance WHERE session_id % 4 = 0"));
    EXPECT_EQ(miscounted(m_db), QStringList());
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT sum(sessions_attended) FROM enrolment")),
              rows(m_db, QStringLiteral("SELECT count(*) FROM attendance")));
}

TEST_F(ServerSchemaTest, SearchAndSortIgnoreCaseAndAccentsAsTheFileDoes)
{
    ASSERT_TRUE(ServerSchema::create(m_db).ok());
    EXPECT_EQ(
        rows(m_db, QStringLiteral("SELECT 'inaki' = 'Iñaki' COLLATE sd_search, 'NUNEZ' = 'Núñez' COLLATE "
                                  "sd_search, 'inaki' = 'inako' COLLATE sd_search")),
        QStringList{QStringLiteral("true|true|false")});
    for (const char* statement : kSmallProgramme)
        exec(m_db, QString::fromUtf8(statement));
    EXPECT_EQ(
        rows(m_db, QStringLiteral("SELECT given_names FROM participant WHERE given_names = 'inaki' COLLATE "
                                  "sd_search")),
        QStringList{QStringLiteral("Iñaki")});

    // Part of a name, as the search field finds it: the same answers as the file's sd_contains.
    const std::pair<const char*, const char*> pairs[] = {
        {"Iñaki Núñez", "inaki"},
        {"Iñaki Núñez", "NUNEZ"},
        {"Iñaki Núñez", "ñu"},
        {"Álvarez", "alv"},
        {"Cárdenas", "CARD"},
        {"Ærø", "aro"},
        {"Straße", "strase"},
        {"Zoë", "zoe"},
        {"Luz", "luis"},
        {"Núñez", "nunes"},
        {"Ortiz", "ortíz"},
        {"Çelik", "cel"},
        {"Łukasz", "lukasz"},
        {"O'Connor", "o'c"},
        {"María José", "a jo"},
        {"", "a"},
        {"Ortiz 100%_sure", "0%_S"},
        {"Ortiz 100% sure", "%_"},
        {"Ortiz", "_"},
        {"C:\\dir", "\\D"},
        {"C:\\dir", "\\%"},
        {"ROSA", "rosa"},
        {"rosa@EXAMPLE.org", "Example."},
    };
    // The registers ask the server with the same fold as a LIKE pattern, which the trigram indexes
    // serve: it must answer as sd_contains does, wildcards and backslashes taken literally.
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.prepare(
        QStringLiteral("SELECT sd_contains(?, ?), sd_fold(CAST(? AS text)) LIKE sd_contains_pattern(?)")));
    for (const auto& [text, fragment] : pairs) {
        SCOPED_TRACE(std::string(text) + " / " + fragment);
        for (int i = 0; i < 2; ++i) {
            query.addBindValue(QString::fromUtf8(text));
            query.addBindValue(QString::fromUtf8(fragment));
        }
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.next());
        const bool expected = containsFolded(QString::fromUtf8(text), QString::fromUtf8(fragment));
        EXPECT_EQ(query.value(0).toBool(), expected);
        EXPECT_EQ(query.value(1).toBool(), expected);
    }

    // The order of names: the same as the file's sd_name.
    const QStringList names = {
        QStringLiteral("Zapata"),    QStringLiteral("Álvarez"),    QStringLiteral("alvarez"),
        QStringLiteral("Alvarez"),   QStringLiteral("Núñez"),      QStringLiteral("Nuñez"),
        QStringLiteral("Nunez"),     QStringLiteral("Noriega"),    QStringLiteral("Ñandú"),
        QStringLiteral("Cárdenas"),  QStringLiteral("Cruz"),       QStringLiteral("de la Cruz"),
        QStringLiteral("De León"),   QStringLiteral("Del Valle"),  QStringLiteral("Olvera"),
        QStringLiteral("Ortíz"),     QStringLiteral("Ortiz"),      QStringLiteral("Ávila"),
        QStringLiteral("avila"),     QStringLiteral("Íñiguez"),    QStringLiteral("Iturbide"),
        QStringLiteral("Muñoz"),     QStringLiteral("Munguía"),    QStringLiteral("O'Connor"),
        QStringLiteral("Ocampo"),    QStringLiteral("Echeverría"), QStringLiteral("Ésper"),
        QStringLiteral("Ugalde"),    QStringLiteral("Üriel"),      QStringLiteral("Mac Donald"),
        QStringLiteral("MacDonald"), QStringLiteral("Peña"),       QStringLiteral("Pena"),
        QStringLiteral("Penagos"),   QStringLiteral("PEÑA"),       QStringLiteral("Ramírez Soto"),
    };
    exec(m_db, QStringLiteral("CREATE TEMPORARY TABLE names (name text)"));
    QSqlQuery insert(m_db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO names VALUES (?)")));
    for (const QString& name : names) {
        insert.addBindValue(name);
        ASSERT_TRUE(insert.exec());
    }
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString& a, const QString& b) { return compareNames(a, b) < 0; });
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT name FROM names ORDER BY name COLLATE sd_name")), expected);
}

} // namespace
} // namespace sd::test
