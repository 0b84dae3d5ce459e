#include "storage/Database.h"

#include "TempDir.h"

#include <QFile>
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
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Seminar Desk programme file")));
    EXPECT_EQ(test::fileHash(path), before);
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
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Database, OpenRefusesANewerFileUntouched)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.sdesk"));
    ASSERT_TRUE(Database::create(path).ok());
    patchHeader(path, 60, Database::kSchemaVersion + 1); // user_version
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Database);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(test::fileHash(path), before);
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
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Database);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(test::fileHash(path), before);
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
    EXPECT_EQ(test::fileHash(db.backupPath()), original);

    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM attendance")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM change_log"))); // the step-2 table exists
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
