#include "storage/PgCopy.h"

#include "PgTestServer.h"
#include "storage/ServerConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <libpq-fe.h>
#include <memory>

using sd::ErrorKind;
using sd::PgCopyWriter;
using sd::ProgrammeLocation;
using sd::ServerConnection;

namespace sd::test {
namespace {

QByteArray escaped(const QByteArray& utf8)
{
    QByteArray out;
    PgCopyWriter::appendEscaped(out, utf8.constData(), utf8.size());
    return out;
}

TEST(PgCopyEscapingTest, EscapesWhatCopysTextFormatGivesMeaningTo)
{
    EXPECT_EQ(escaped("plain"), QByteArray("plain"));
    EXPECT_EQ(escaped(""), QByteArray(""));
    EXPECT_EQ(escaped("a\tb"), QByteArray("a\\tb"));
    EXPECT_EQ(escaped("a\nb"), QByteArray("a\\nb"));
    EXPECT_EQ(escaped("a\r\nb"), QByteArray("a\\r\\nb"));
    EXPECT_EQ(escaped("C:\\temp\\"), QByteArray("C:\\\\temp\\\\"));
    // The text "\N" is not NULL, and a lone "\." is not the end of the data.
    EXPECT_EQ(escaped("\\N"), QByteArray("\\\\N"));
    EXPECT_EQ(escaped("\\."), QByteArray("\\\\."));
    // UTF-8 passes as it is.
    EXPECT_EQ(escaped(QStringLiteral("Iñaki Ñúñez\t😀").toUtf8()), QStringLiteral("Iñaki Ñúñez\\t😀").toUtf8());
}

class PgCopyTest : public PgDatabaseTest
{
protected:
    void whenCreated() override
    {
        m_db = open(QStringLiteral("copy-test"));
        ASSERT_TRUE(m_db.isOpen());
        QSqlQuery query(m_db);
        ASSERT_TRUE(
            query.exec(QStringLiteral("CREATE TABLE person (id integer PRIMARY KEY, name text NOT NULL, "
                                      "note text, born date, rate double precision, present boolean)")))
            << query.lastError().text().toStdString();
    }

    QSqlDatabase open(const QString& name)
    {
        Result<QSqlDatabase> db = openConnection(m_database->socketUri(), name);
        EXPECT_TRUE(db.ok()) << (db ? std::string() : db.error().message.toStdString());
        return db ? *db : QSqlDatabase();
    }

    std::unique_ptr<PgCopyWriter> startCopy()
    {
        static constexpr std::array<const char*, 6> columns{"id", "name", "note", "born", "rate", "present"};
        Result<std::unique_ptr<PgCopyWriter>> writer = PgCopyWriter::start(m_db, "person", columns);
        EXPECT_TRUE(writer.ok()) << (writer ? std::string() : writer.error().message.toStdString());
        return writer ? std::move(writer).value() : nullptr;
    }

    qint64 count(const QString& where = {}) const
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM person ") + where) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

// The bare mechanism the bulk paths stand on: Qt begins the transaction, libpq COPYs through the
// very connection under QPSQL (QSqlDriver::handle()), and Qt reads the rows back and commits.
TEST_F(PgCopyTest, QpsqlAndLibpqShareOneConnectionAndOneTransaction)
{
    PGconn* conn = ServerConnection::nativeHandle(m_db);
    ASSERT_NE(conn, nullptr);
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), PQbackendPID(conn));

    ASSERT_TRUE(m_db.transaction());
    EXPECT_EQ(PQtransactionStatus(conn), PQTRANS_INTRANS);
    PGresult* started = PQexec(conn, "COPY person (id, name) FROM STDIN");
    ASSERT_EQ(PQresultStatus(started), PGRES_COPY_IN) << PQerrorMessage(conn);
    PQclear(started);
    const QByteArray rows = "1\tAna\n2\tBeto\n";
    ASSERT_EQ(PQputCopyData(conn, rows.constData(), int(rows.size())), 1);
    ASSERT_EQ(PQputCopyEnd(conn, nullptr), 1);
    PGresult* ended = PQgetResult(conn);
    EXPECT_EQ(PQresultStatus(ended), PGRES_COMMAND_OK) << PQerrorMessage(conn);
    EXPECT_STREQ(PQcmdTuples(ended), "2");
    PQclear(ended);
    EXPECT_EQ(PQgetResult(conn), nullptr);

    // Inside the transaction Qt sees the rows; another connection does not, until the commit.
    EXPECT_EQ(count(), 2);
    QSqlDatabase other = open(QStringLiteral("copy-test-other"));
    QSqlQuery outside(other);
    ASSERT_TRUE(outside.exec(QStringLiteral("SELECT count(*) FROM person")) && outside.next());
    EXPECT_EQ(outside.value(0).toInt(), 0);
    ASSERT_TRUE(m_db.commit()) << m_db.lastError().text().toStdString();
    ASSERT_TRUE(outside.exec(QStringLiteral("SELECT string_agg(name, ',' ORDER BY id) FROM person")) &&
                outside.next());
    EXPECT_EQ(outside.value(0).toString(), QStringLiteral("Ana,Beto"));
}

TEST_F(PgCopyTest, AwkwardValuesComeBackExactlyAsWritten)
{
    const QStringList names = {
        QStringLiteral("Iñaki Ñúñez Gómez"),
        QStringLiteral("tab\there"),
        QStringLiteral("line\nbreak"),
        QStringLiteral("carriage\r\nreturn"),
        QStringLiteral("back\\slash at the end\\"),
        QStringLiteral("\\N"),
        QStringLiteral("\\."),
        QStringLiteral("\\t is not a tab"),
        QStringLiteral("Ἀθῆναι, 北京, 😀"),
        QStringLiteral(" spaces  kept "),
        QString(QLatin1String("")),
    };
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    for (int i = 0; i < names.size(); ++i) {
        writer->add(i + 1);
        writer->add(names[i]);
        // every other row: an empty note and a NULL one, a date and none
        writer->add(i % 2 == 0 ? QString(QLatin1String("")) : QString());
        writer->add(i % 2 == 0 ? QDate(1990, 2, 28 - i) : QDate());
        writer->add(i % 3 == 0 ? 0.75 : -1.0 / 3.0);
        writer->add(i % 2 == 0);
        const Status row = writer->endRow();
        ASSERT_TRUE(row.ok()) << row.error().message.toStdString();
    }
    const Result<qint64> copied = writer->finish();
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ(*copied, names.size());
    ASSERT_TRUE(m_db.commit());

    QSqlQuery query(m_db);
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT id, name, note, note IS NULL, born, rate, present FROM person "
                                  "ORDER BY id")));
    int row = 0;
    while (query.next()) {
        SCOPED_TRACE(row);
        EXPECT_EQ(query.value(0).toInt(), row + 1);
        EXPECT_EQ(query.value(1).toString(), names[row]);
        EXPECT_FALSE(query.value(1).isNull());
        EXPECT_EQ(query.value(3).toBool(), row % 2 != 0);
        if (row % 2 == 0) {
            EXPECT_EQ(query.value(2).toString(), QString());
            EXPECT_FALSE(query.value(2).isNull());
            EXPECT_EQ(query.value(4).toDate(), QDate(1990, 2, 28 - row));
        } else {
            EXPECT_TRUE(query.value(2).isNull());
            EXPECT_TRUE(query.value(4).isNull());
        }
        EXPECT_EQ(query.value(5).toDouble(), row % 3 == 0 ? 0.75 : -1.0 / 3.0);
        EXPECT_EQ(query.value(6).toBool(), row % 2 == 0);
        ++row;
    }
    EXPECT_EQ(row, names.size());
    // Read by the server too: the empty name is '' and not NULL, the tab a tab.
    EXPECT_EQ(count(QStringLiteral("WHERE name = ''")), 1);
    EXPECT_EQ(count(QStringLiteral("WHERE name = E'tab\\there'")), 1);
    EXPECT_EQ(count(QStringLiteral("WHERE name = E'\\\\N'")), 1);
}

TEST_F(PgCopyTest, ARollbackKeepsNoneOfTheRows)
{
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    for (int id = 1; id <= 3; ++id) {
        writer->add(id);
        writer->add(QStringLiteral("person %1").arg(id));
        for (int i = 0; i < 4; ++i)
            writer->addNull();
        ASSERT_TRUE(writer->endRow().ok());
    }
    ASSERT_TRUE(writer->finish().ok());
    EXPECT_EQ(count(), 3);
    ASSERT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);
}

TEST_F(PgCopyTest, ManyRowsGoInPieces)
{
    constexpr int kRows = 50000; // about 3 MB: a dozen pieces
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    QElapsedTimer clock;
    clock.start();
    for (int id = 1; id <= kRows; ++id) {
        writer->add(id);
        writer->add(QStringLiteral("Participant número %1 del programa\tMéxico II").arg(id));
        writer->add(QStringLiteral("note"));
        writer->add(QDate(2024, 1, 1).addDays(id % 365));
        writer->add(id / 7.0);
        writer->add(id % 2 == 0);
        ASSERT_TRUE(writer->endRow().ok());
    }
    const Result<qint64> copied = writer->finish();
    const qint64 elapsed = clock.elapsed();
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_EQ(*copied, kRows);
    EXPECT_EQ(writer->rowsWritten(), kRows);
    ASSERT_TRUE(m_db.commit());
    EXPECT_EQ(count(), kRows);
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT sum(id), count(*) FILTER (WHERE present) FROM person")) &&
                query.next());
    EXPECT_EQ(query.value(0).toLongLong(), qint64(kRows) * (kRows + 1) / 2);
    EXPECT_EQ(query.value(1).toInt(), kRows / 2);
    std::printf("[ info ] %d rows copied in %lld ms\n", kRows, static_cast<long long>(elapsed));
}

TEST_F(PgCopyTest, ARowTheServerRefusesIsOneSentenceAndTheTransactionRollsBack)
{
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    for (int id : {1, 2, 1}) {
        writer->add(id);
        writer->add(QStringLiteral("Ana López"));
        for (int i = 0; i < 4; ++i)
            writer->addNull();
        ASSERT_TRUE(writer->endRow().ok());
    }
    const Result<qint64> copied = writer->finish();
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error().kind, ErrorKind::Database);
    EXPECT_EQ(
        copied.error().message,
        QStringLiteral("Could not copy rows into person in %1 on this computer as sd_admin: a row repeats a "
                       "value that must be unique (person_pkey). Nothing was written.")
            .arg(m_database->name()));
    EXPECT_FALSE(copied.error().message.contains(QStringLiteral("López")));
    // The transaction failed on the server: the commit is refused, the rollback works, nothing is kept.
    EXPECT_FALSE(m_db.commit());
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);

    // A required value left empty.
    ASSERT_TRUE(m_db.transaction());
    writer = startCopy();
    ASSERT_TRUE(writer);
    writer->add(1);
    for (int i = 0; i < 5; ++i)
        writer->addNull();
    ASSERT_TRUE(writer->endRow().ok());
    const Result<qint64> notNull = writer->finish();
    ASSERT_FALSE(notNull.ok());
    EXPECT_TRUE(
        notNull.error().message.contains(QStringLiteral("a row leaves the required column name empty")))
        << notNull.error().message.toStdString();
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);
}

TEST_F(PgCopyTest, ATextWithANulCharacterIsRefusedBeforeItIsSent)
{
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    writer->add(1);
    writer->add(QString::fromUtf8("a\0b", 3));
    for (int i = 0; i < 4; ++i)
        writer->addNull();
    const Status row = writer->endRow();
    ASSERT_FALSE(row.ok());
    EXPECT_EQ(row.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(row.error().message,
              QStringLiteral("Could not copy rows into person: row 1 holds a NUL character, "
                             "which PostgreSQL cannot store. Nothing was written; remove the "
                             "character and try again."));
    EXPECT_FALSE(writer->finish().ok());
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);
}

TEST_F(PgCopyTest, AnAbandonedCopyKeepsNothing)
{
    ASSERT_TRUE(m_db.transaction());
    {
        std::unique_ptr<PgCopyWriter> writer = startCopy();
        ASSERT_TRUE(writer);
        writer->add(1);
        writer->add(QStringLiteral("Ana"));
        for (int i = 0; i < 4; ++i)
            writer->addNull();
        ASSERT_TRUE(writer->endRow().ok());
    } // destroyed unfinished, as when the code between start and finish returns early
    EXPECT_FALSE(m_db.commit());
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);
}

TEST_F(PgCopyTest, ARowOfTheWrongLengthIsRefused)
{
    ASSERT_TRUE(m_db.transaction());
    std::unique_ptr<PgCopyWriter> writer = startCopy();
    ASSERT_TRUE(writer);
    writer->add(1);
    writer->add(QStringLiteral("Ana"));
    const Status row = writer->endRow();
    ASSERT_FALSE(row.ok());
    EXPECT_TRUE(
        row.error().message.contains(QStringLiteral("the program gave a row the wrong number of values")))
        << row.error().message.toStdString();
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0);
}

TEST_F(PgCopyTest, StartsOnlyInsideATransactionOnAQuietConnectionWithPlainNames)
{
    static constexpr std::array<const char*, 2> columns{"id", "name"};
    const Result<std::unique_ptr<PgCopyWriter>> outside = PgCopyWriter::start(m_db, "person", columns);
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("no transaction was begun")));

    ASSERT_TRUE(m_db.transaction());
    static constexpr std::array<const char*, 2> injected{"id", "name) FROM STDIN; DROP TABLE person; --"};
    const Result<std::unique_ptr<PgCopyWriter>> badColumn = PgCopyWriter::start(m_db, "person", injected);
    ASSERT_FALSE(badColumn.ok());
    EXPECT_TRUE(
        badColumn.error().message.contains(QStringLiteral("a table or column that is not in its schema")));
    const Result<std::unique_ptr<PgCopyWriter>> noTable = PgCopyWriter::start(m_db, "no_such_table", columns);
    ASSERT_FALSE(noTable.ok());
    EXPECT_TRUE(noTable.error().message.contains(QStringLiteral("lacks this table or one of its columns")))
        << noTable.error().message.toStdString();
    EXPECT_TRUE(m_db.rollback());
    EXPECT_EQ(count(), 0); // the table is still there

    // QPSQL reads a forward-only query row by row: until its last row is read, libpq's connection
    // is busy, and COPY must wait for it.
    ASSERT_TRUE(m_db.transaction());
    {
        QSqlQuery reading(m_db);
        reading.setForwardOnly(true);
        ASSERT_TRUE(reading.exec(QStringLiteral("SELECT generate_series(1, 100000)")));
        ASSERT_TRUE(reading.next());
        const Result<std::unique_ptr<PgCopyWriter>> busy = PgCopyWriter::start(m_db, "person", columns);
        ASSERT_FALSE(busy.ok());
        EXPECT_TRUE(busy.error().message.contains(QStringLiteral("still reading another query's rows")))
            << busy.error().message.toStdString();
        reading.finish();
    }
    const Result<std::unique_ptr<PgCopyWriter>> quiet = PgCopyWriter::start(m_db, "person", columns);
    EXPECT_TRUE(quiet.ok()) << (quiet ? std::string() : quiet.error().message.toStdString());
    EXPECT_TRUE(m_db.rollback());

    // A file connection has no libpq under it.
    const Result<std::unique_ptr<PgCopyWriter>> notServer =
        PgCopyWriter::start(QSqlDatabase(), "person", columns);
    ASSERT_FALSE(notServer.ok());
    EXPECT_TRUE(notServer.error().message.contains(QStringLiteral("not open on a PostgreSQL server")));
}

} // namespace
} // namespace sd::test
