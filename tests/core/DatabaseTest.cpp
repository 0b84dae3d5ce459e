#include "storage/Database.h"

#include "Process.h"
#include "TempDir.h"
#include "storage/ProgrammeStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

QVariant pragma(Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Sets the header field at `offset` (big-endian 32 bit), as a newer version would have.
void patchHeader(const QString& path, int offset, quint32 value)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(offset);
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    file.write(bytes, 4);
}

// What the sqlite3 shell prints for a file (a dump unless another command is given).
QByteArray sqliteDump(const QString& path, const QString& command = QStringLiteral(".dump"))
{
    const test::ProcessRun run =
        test::runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, command});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.bytes;
}

// Opening path fails with an error of kind whose message holds phrase, and leaves the file as it was.
void expectOpenRefusedUntouched(const QString& path, ErrorKind kind, const QString& phrase)
{
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, kind);
    EXPECT_TRUE(opened.error().message.contains(phrase)) << opened.error().message.toStdString();
    EXPECT_EQ(test::fileHash(path), before);
}

} // namespace

TEST(Database, CreateWritesIdentityAndPragmas)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.sdesk"));
    Result<std::unique_ptr<Database>> created = Database::create(path);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Database& db = **created;
    EXPECT_EQ(pragma(db, QStringLiteral("application_id")).toLongLong(), Database::kApplicationId);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(pragma(db, QStringLiteral("secure_delete")).toInt(), 1);
}

TEST(Database, CreateRefusesAnExistingFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("existing.sdesk"));
    writeBytes(path, "keep me");
    Result<std::unique_ptr<Database>> created = Database::create(path);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(created.error().message.contains(QStringLiteral("already exists")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));
}

TEST(Database, OpenReportsAMissingFile)
{
    TempDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.path(QStringLiteral("missing.sdesk")));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("does not exist")));
}

TEST(Database, OpenRefusesATextFileUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sdesk"));
    writeBytes(path, "These are my meeting notes, not a database.\n");
    expectOpenRefusedUntouched(path, ErrorKind::BadInput,
                               QStringLiteral("not a Seminar Desk programme file"));
}

TEST(Database, OpenRefusesAForeignSqliteFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sdesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    expectOpenRefusedUntouched(path, ErrorKind::BadInput, QString());
}

TEST(Database, OpenRefusesANewerFileUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.sdesk"));
    ASSERT_TRUE(Database::create(path).ok());
    patchHeader(path, 60, Database::kSchemaVersion + 1); // user_version
    expectOpenRefusedUntouched(path, ErrorKind::Database, QStringLiteral("newer version"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, OpenReportsATruncatedFileUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("truncated.sdesk"));
    ASSERT_TRUE(Database::create(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 8192);
    ASSERT_TRUE(file.resize(size / 2));
    file.close();
    expectOpenRefusedUntouched(path, ErrorKind::Database, QStringLiteral("damaged"));
}

TEST(Database, OlderFileIsBackedUpThenMigrated)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = test::fileHash(path);

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    EXPECT_EQ(db.backupPath(), path + QStringLiteral(".v1.bak"));
    // The backup is made through SQLite's online backup API, never by copying bytes under a live
    // connection: the same database, as the sqlite3 shell dumps it, and still at version 1.
    EXPECT_EQ(sqliteDump(db.backupPath()),
              sqliteDump(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk"))));
    EXPECT_EQ(sqliteDump(db.backupPath(), QStringLiteral("PRAGMA user_version")), QByteArray("1\n"));
    EXPECT_FALSE(QFile::exists(db.backupPath() + QStringLiteral(".partial")));
    EXPECT_NE(test::fileHash(path), original);

    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM attendance")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM change_log"))); // the step-2 table exists
}

// Step 9 (bilingual programme data) keeps every text a version-1 file held, word for word, as the
// English form, and gives each a Spanish form that starts empty and is then written and read like any
// other column.
TEST(Database, MigrationKeepsTextsAsTheEnglishFormsWithEmptySpanishOnes)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ProgrammeStore store(**opened);

    Result<Project> project = store.project(1);
    ASSERT_TRUE(project.ok());
    EXPECT_EQ(project->title, QStringLiteral("Programme from version 1"));
    EXPECT_TRUE(project->titleEs.isEmpty());
    EXPECT_TRUE(project->summaryEs.isEmpty());
    Result<Component> component = store.component(1);
    ASSERT_TRUE(component.ok());
    EXPECT_EQ(component->title, QStringLiteral("Asylum and international protection"));
    EXPECT_TRUE(component->titleEs.isEmpty());
    Result<Institution> institution = store.institution(1);
    ASSERT_TRUE(institution.ok());
    EXPECT_EQ(institution->name, QStringLiteral("National Institute of Migration"));
    EXPECT_EQ(institution->acronym, QStringLiteral("INM"));
    EXPECT_TRUE(institution->nameEs.isEmpty());
    EXPECT_TRUE(institution->acronymEs.isEmpty());
    Result<Activity> activity = store.activity(1);
    ASSERT_TRUE(activity.ok());
    EXPECT_EQ(activity->title, QStringLiteral("Workshop"));
    EXPECT_TRUE(activity->titleEs.isEmpty());

    institution->nameEs = QStringLiteral("Instituto Nacional de Migración");
    ASSERT_TRUE(store.updateInstitution(*institution).ok());
    Result<Activity> edited = store.activity(1);
    ASSERT_TRUE(edited.ok());
    edited->titleEs = QStringLiteral("Taller");
    edited->venueCityEs = QStringLiteral("Ciudad de México");
    Result<QList<Session>> sessions = store.sessions(1);
    ASSERT_TRUE(sessions.ok());
    ASSERT_TRUE(store.updateActivity(*edited, *sessions).ok());
    EXPECT_EQ(store.institution(1)->nameEs, QStringLiteral("Instituto Nacional de Migración"));
    EXPECT_EQ(store.institution(1)->name, QStringLiteral("National Institute of Migration"));
    EXPECT_EQ(store.activity(1)->titleEs, QStringLiteral("Taller"));
    EXPECT_EQ(store.activity(1)->venueCityEs, QStringLiteral("Ciudad de México"));
    EXPECT_EQ(store.activity(1)->title, QStringLiteral("Workshop"));
}

// Step 10 gives every file a secret of its own for certificates' verification codes, from the
// operating system's random source: a migrated file and a new one alike, never the same twice.
TEST(Database, MigrationAndCreationWriteACertificateSecretOfTheirOwn)
{
    TempDir dir;
    const QString old = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    QStringList secrets;
    for (const QString& path :
         {old, dir.path(QStringLiteral("new.sdesk")), dir.path(QStringLiteral("other.sdesk"))}) {
        Result<std::unique_ptr<Database>> opened =
            QFile::exists(path) ? Database::open(path) : Database::create(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        QSqlQuery query((*opened)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), max(secret) FROM certificate_secret")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1) << path.toStdString();
        const QString secret = query.value(1).toString();
        EXPECT_EQ(secret.size(), 64) << "32 bytes in hex";
        secrets.append(secret);
    }
    secrets.removeDuplicates();
    EXPECT_EQ(secrets.size(), 3);
}

TEST(Database, MigratingTwiceKeepsBothBackups)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(QFile::copy(path, path + QStringLiteral(".v1.bak")));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ((*opened)->backupPath(), path + QStringLiteral(".v1.2.bak"));
}

TEST(Database, FailedTransactionLeavesNothing)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tx.sdesk"));
    Result<std::unique_ptr<Database>> created = Database::create(path);
    ASSERT_TRUE(created.ok());
    Database& db = **created;
    {
        Transaction outer(db);
        ASSERT_TRUE(outer.begun().ok());
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO institution (name) VALUES ('Kept by the outer transaction')"));
        {
            Transaction inner(db);
            ASSERT_TRUE(inner.begun().ok());
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO institution (name) VALUES ('Rolled back')"));
            // inner is not committed: its savepoint rolls back
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    {
        Transaction abandoned(db);
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO institution (name) VALUES ('Never committed')"));
    }
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM institution ORDER BY id")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    EXPECT_EQ(names, QStringList{QStringLiteral("Kept by the outer transaction")});
}

TEST(Database, ANewFileCanBeOpenedBySecondConnectionWhileTheFirstIsOpen)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sdesk"));
    Result<std::unique_ptr<Database>> first = Database::create(path);
    ASSERT_TRUE(first.ok());
    Result<std::unique_ptr<Database>> second = Database::open(path);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
}

// Read connections opened and closed in a process that holds the file (as the window does for its
// background counts) must keep the process's locks: another process then never believes it is alone,
// so it never checkpoints and deletes the write-ahead log under the owner.
TEST(Database, ConnectionsOpenedAndClosedInOneProcessKeepItsLocks)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locks.sdesk"));
    ASSERT_TRUE(Database::create(path).ok());
    Result<std::unique_ptr<Database>> owner = Database::open(path);
    ASSERT_TRUE(owner.ok()) << owner.error().message.toStdString();
    QSqlQuery write((*owner)->connection());
    ASSERT_TRUE(
        write.exec(QStringLiteral("INSERT INTO institution (name) VALUES ('written by the owner, 1')")));
    for (int i = 0; i < 10; ++i) {
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> reader =
            i % 2 ? Database::open(path, options) : Database::openReader((*owner)->readerSpec());
        ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
        EXPECT_EQ(Database::connectionsInProcess(path), 2);
        QSqlQuery count((*reader)->connection());
        ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM institution")) && count.next());
        EXPECT_EQ(count.value(0).toInt(), 1);
    }
    EXPECT_EQ(Database::connectionsInProcess(path), 1);
    // Another process writes and closes: it must see the owner's connection and leave the log alone.
    const test::ProcessRun other = test::sqliteShell(
        path, QStringLiteral("INSERT INTO institution (name) VALUES ('written by another process')"));
    ASSERT_EQ(other.exitCode, 0) << other.err.toStdString();
    EXPECT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    ASSERT_TRUE(
        write.exec(QStringLiteral("INSERT INTO institution (name) VALUES ('written by the owner, 2')")));
    owner.value().reset();
    EXPECT_EQ(sqliteDump(path, QStringLiteral("PRAGMA integrity_check")), QByteArray("ok\n"));
    EXPECT_EQ(sqliteDump(path, QStringLiteral("SELECT count(*) FROM institution")), QByteArray("3\n"));
}

TEST(Database, OpenRefusesAnEmptyFileUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.sdesk"));
    writeBytes(path, QByteArray());
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("is empty")))
        << opened.error().message.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

// An SQLite file whose header is damaged is damaged (exit 4), not "not a programme file".
TEST(Database, DamagedHeaderIsCalledDamaged)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("header.sdesk"));
    ASSERT_TRUE(Database::create(path).ok());
    patchHeader(path, 16, 0x03000000); // a page size of 768 bytes: not a power of two
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Database);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")))
        << opened.error().message.toStdString();
}

TEST(Database, VerifyingConnectionSeesBrokenCheckConstraints)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("checks.sdesk"));
    {
        Result<std::unique_ptr<Database>> created = Database::create(path);
        ASSERT_TRUE(created.ok());
        QSqlQuery query((*created)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO institution (name, type) VALUES ('x', 'no such type')")));
    }
    Database::Options options;
    options.verifying = true;
    Result<std::unique_ptr<Database>> verifying = Database::open(path, options);
    ASSERT_TRUE(verifying.ok()) << verifying.error().message.toStdString();
    QSqlQuery check((*verifying)->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_TRUE(check.value(0).toString().contains(QStringLiteral("CHECK constraint failed")))
        << check.value(0).toString().toStdString();
    verifying.value().reset();
    // A connection that could write refuses the file.
    Result<std::unique_ptr<Database>> writer = Database::open(path);
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().kind, ErrorKind::Database);
}

// Step 11 (docs/privacy.md, "Pseudonyms"): every programme gets its own random key for pseudonyms,
// a new file when it is created, an older one when it is migrated; the key is never rewritten.
TEST(Database, EachFileGetsItsOwnPseudonymKeyAtCreationAndMigration)
{
    TempDir dir;
    const auto keyOf = [](Database& db) {
        QSqlQuery query(db.connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*), max(key_hex) FROM pseudonym_key")));
        EXPECT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
        return query.value(1).toString();
    };
    Result<std::unique_ptr<Database>> first = Database::create(dir.path(QStringLiteral("first.sdesk")));
    Result<std::unique_ptr<Database>> second = Database::create(dir.path(QStringLiteral("second.sdesk")));
    ASSERT_TRUE(first.ok() && second.ok());
    const QString firstKey = keyOf(**first);
    EXPECT_EQ(firstKey.size(), 64);
    EXPECT_EQ(QByteArray::fromHex(firstKey.toLatin1()).toHex(), firstKey.toLatin1()) << "hexadecimal digits";
    EXPECT_NE(keyOf(**second), firstKey);

    const QString old = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    QString migratedKey;
    {
        Result<std::unique_ptr<Database>> migrated = Database::open(old);
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
        migratedKey = keyOf(**migrated);
        EXPECT_EQ(migratedKey.size(), 64);
        EXPECT_NE(migratedKey, firstKey);
    }
    Result<std::unique_ptr<Database>> reopened = Database::open(old);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(keyOf(**reopened), migratedKey) << "kept from one opening to the next";
}
