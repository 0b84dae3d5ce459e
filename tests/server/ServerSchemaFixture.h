#pragma once

#include "PgTestServer.h"
#include "TempDir.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace sd::test {

// A test with a new, empty database of its own on the test server (PgDatabaseTest) and a QPSQL
// connection to it as the administrator (who owns it).
class ServerSchemaFixture : public PgDatabaseTest
{
protected:
    void whenCreated() override
    {
        m_db = connectTo(m_database->socketUri());
        ASSERT_TRUE(m_db.isOpen());
    }

    void TearDown() override
    {
        PgDatabaseTest::TearDown();
        m_extra.clear();
    }

    // A connection to address, closed at the end of the test; an invalid one (and a failure) when
    // it cannot connect.
    QSqlDatabase connectTo(const QString& address)
    {
        Result<QSqlDatabase> db =
            openConnection(address, QStringLiteral("schema-test-%1").arg(m_connections.size()));
        EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
        return db ? *db : QSqlDatabase();
    }

    // Another new database on the test server, with a connection to it.
    QSqlDatabase anotherDatabase()
    {
        m_extra.push_back(std::make_unique<PgTestDatabase>(server));
        EXPECT_TRUE(m_extra.back()->created());
        return connectTo(m_extra.back()->socketUri());
    }

    // The rows a query gives, each as its values joined by '|'; a failure when it fails.
    static QStringList rows(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        QStringList result;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                values.append(value.isNull() ? QStringLiteral("NULL")
                              : value.typeId() == QMetaType::Double
                                  ? QString::number(value.toDouble(), 'g', 17)
                                  : value.toString());
            }
            result.append(values.join(QLatin1Char('|')));
        }
        return result;
    }

    static void exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    // Everything of the database that a refused command must leave as it was: every object of its
    // users with its oid (a dropped and re-created one has another), every column, and the rows of
    // the tables named.
    QStringList snapshot(QSqlDatabase db, const QStringList& tables = {})
    {
        QStringList all = rows(
            db, QStringLiteral(
                    "SELECT kind, name, oid FROM ("
                    "SELECT 'relation' AS kind, c.relname::text AS name, c.oid::text AS oid FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                    "UNION ALL SELECT 'function', p.proname::text, p.oid::text FROM pg_proc p "
                    "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
                    "UNION ALL SELECT 'collation', c.collname::text, c.oid::text FROM pg_collation c "
                    "JOIN pg_namespace n ON n.oid = c.collnamespace WHERE n.nspname = 'public' "
                    "UNION ALL SELECT 'trigger', t.tgname::text, t.oid::text FROM pg_trigger t "
                    "WHERE NOT t.tgisinternal "
                    "UNION ALL SELECT 'column', table_name || '.' || column_name || ' ' || data_type, '' "
                    "FROM information_schema.columns WHERE table_schema = 'public') s ORDER BY 1, 2, 3"));
        for (const QString& table : tables)
            all += rows(db, QStringLiteral("SELECT '%1', * FROM %1 ORDER BY 2").arg(table));
        return all;
    }

    std::vector<std::unique_ptr<PgTestDatabase>> m_extra;
};

} // namespace sd::test
