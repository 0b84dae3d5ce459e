#include "storage/ServerSchema.h"

#include "storage/CertificateRegistry.h"
#include "storage/ProgrammeLocation.h"
#include "storage/PseudonymKey.h"
#include "storage/ServerConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// Every program that changes the schema holds this transaction-level advisory lock first, so that
// two of them (two `server init`, two upgrades) run one after the other and the second one sees
// what the first did. The key is the application id, which no other program is likely to use.
constexpr qint64 kSchemaLockKey = ServerSchema::kApplicationId;

// "mexico-ii on db.example.org": the database, as every sentence about it names it.
QString where(const QSqlDatabase& db)
{
    const ServerIdentity identity = ServerConnection::identity(db);
    return ProgrammeLocation::serverDisplayText(identity.database, identity.host, identity.port, {});
}

// The statements of a step: each ends with ';' at the end of a line, except inside a
// dollar-quoted function body ($$ … $$), whose statements belong to the function.
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current);
    return statements;
}

// One sentence for a statement the server did not carry out; the server's own words go to the log
// (schema statements hold no personal data).
Error failure(const QSqlDatabase& db, const QSqlError& error, const QString& doing)
{
    const QString code = error.nativeErrorCode();
    spdlog::error("server schema: {} failed (SQLSTATE {}): {}", doing.toStdString(), code.toStdString(),
                  error.databaseText().toStdString());
    const ServerIdentity identity = ServerConnection::identity(db);
    pg_conn* handle = ServerConnection::nativeHandle(db);
    if (!handle || PQstatus(handle) != CONNECTION_OK)
        return Error::database(
            ServerSchema::tr("The connection to the server of %1 was lost (%2); nothing was written. "
                             "Try again when the server is back.")
                .arg(where(db), doing));
    if (code == QLatin1String("42501"))
        return Error::database(
            ServerSchema::tr("%1 may not create tables in %2, so nothing was written; run it as the "
                             "database's owner (CREATE DATABASE … OWNER …), or ask your IT officer.")
                .arg(identity.user, where(db)));
    return Error::database(
        ServerSchema::tr("The server of %1 refused %2 (PostgreSQL code %3); nothing was written. The "
                         "details are in the log for your IT officer.")
            .arg(where(db), doing, code.isEmpty() ? ServerSchema::tr("none") : code));
}

// A transaction on the connection that rolls back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase& db)
        : m_db(db)
    {
        m_open = m_db.transaction();
    }
    ~ServerTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    ServerTransaction(const ServerTransaction&) = delete;
    ServerTransaction& operator=(const ServerTransaction&) = delete;

    bool begun() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

// Runs one statement; on failure the error names what was being done.
Status exec(QSqlDatabase& db, const QString& statement, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return failure(db, query.lastError(), doing);
    return {};
}

// Takes the schema lock and makes the schema's objects land in (and be found in) public, whatever
// the user's own search_path holds, for the rest of the transaction.
Status lockSchema(QSqlDatabase& db)
{
    if (Status locked = exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockKey),
                             ServerSchema::tr("waiting for another program that changes the schema"));
        !locked)
        return locked;
    return exec(db, QStringLiteral("SET LOCAL search_path = public"),
                ServerSchema::tr("choosing the schema public"));
}

Status runSteps(QSqlDatabase& db, int from, int to)
{
    for (int step = from; step <= to; ++step) {
        const QString script = ServerSchema::migrationScript(step);
        if (script.isEmpty())
            return Error::database(
                ServerSchema::tr("Schema step %1 is missing from this Seminar Desk; reinstall it.")
                    .arg(step));
        const QStringList statements = statementsOf(script);
        for (const QString& statement : statements) {
            if (Status ran = exec(db, statement, ServerSchema::tr("step %1 of the schema").arg(step)); !ran)
                return ran;
        }
        if (step == CertificateRegistry::kSecretStep)
            if (Status seeded = CertificateRegistry::seedSecret(db); !seeded)
                return seeded;
        QSqlQuery query(db);
        if (step == PseudonymKey::kSchemaStep && !PseudonymKey::writeIfMissing(query))
            return failure(db, query.lastError(), ServerSchema::tr("making the key of its pseudonyms"));
    }
    return {};
}

// What the meta table says: the application id and the schema version, or nothing when there is no
// such table (or no row in it).
struct Meta
{
    bool present = false;
    qint64 applicationId = 0;
    int version = 0;
};

Result<Meta> readMeta(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('public.meta') IS NOT NULL")) || !query.next())
        return failure(db, query.lastError(), ServerSchema::tr("reading the schema version"));
    if (!query.value(0).toBool())
        return Meta{};
    if (!query.exec(QStringLiteral("SELECT application_id, schema_version FROM public.meta WHERE id = 1")))
        return failure(db, query.lastError(), ServerSchema::tr("reading the schema version"));
    if (!query.next())
        return Meta{};
    return Meta{true, query.value(0).toLongLong(), query.value(1).toInt()};
}

Error notAProgramme(const QSqlDatabase& db)
{
    return Error::badInput(
        ServerSchema::tr("%1 does not hold a Seminar Desk programme; an IT officer sets one up in an "
                         "empty database with 'seminardesk-cli server init'.")
            .arg(where(db)));
}

Error newerSchema(const QSqlDatabase& db, int version)
{
    return Error::database(
        ServerSchema::tr("%1 was set up by a newer version of Seminar Desk (schema %2; this version "
                         "reads up to %3). Use a newer version of Seminar Desk; the database was left "
                         "untouched.")
            .arg(where(db))
            .arg(version)
            .arg(ServerSchema::kVersion));
}

// Whether the database holds anything of its users: relations, functions, types or collations in
// any schema but PostgreSQL's own.
Result<bool> isEmpty(QSqlDatabase& db)
{
    QSqlQuery query(db);
    const bool ran = query.exec(
        QStringLiteral("WITH own AS (SELECT oid FROM pg_namespace WHERE nspname <> 'information_schema' "
                       "AND nspname !~ '^pg_(catalog|toast|temp_|toast_temp_)') "
                       "SELECT (SELECT count(*) FROM pg_class WHERE relnamespace IN (SELECT oid FROM own)) + "
                       "(SELECT count(*) FROM pg_proc WHERE pronamespace IN (SELECT oid FROM own)) + "
                       "(SELECT count(*) FROM pg_type WHERE typnamespace IN (SELECT oid FROM own)) + "
                       "(SELECT count(*) FROM pg_collation WHERE collnamespace IN (SELECT oid FROM own))"));
    if (!ran || !query.next())
        return failure(db, query.lastError(), ServerSchema::tr("looking whether the database is empty"));
    return query.value(0).toLongLong() == 0;
}

// The server must be able to hold the schema: text in UTF-8 (the search folds Unicode) and ICU
// collations (the order of names).
Status checkServer(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_setting('server_encoding'), "
                                   "(SELECT count(*) FROM pg_collation WHERE collprovider = 'i')")) ||
        !query.next())
        return failure(db, query.lastError(), ServerSchema::tr("reading the database's encoding"));
    const QString encoding = query.value(0).toString();
    if (encoding != QLatin1String("UTF8"))
        return Error::badInput(
            ServerSchema::tr("%1 stores text as %2, and Seminar Desk needs UTF8; create the database "
                             "again with ENCODING 'UTF8' (nothing was written).")
                .arg(where(db), encoding));
    if (query.value(1).toLongLong() == 0)
        return Error::database(
            ServerSchema::tr("The server of %1 has no ICU collations, which Seminar Desk needs to sort "
                             "and search names; use a PostgreSQL built with ICU, as Debian's is (nothing "
                             "was written).")
                .arg(where(db)));
    return {};
}

} // namespace

QString ServerSchema::migrationScript(int step)
{
    return Database::migrationScript(step, QStringLiteral(":/schema/postgresql"));
}

Status ServerSchema::create(QSqlDatabase& db)
{
    return createAtVersion(db, kVersion);
}

Status ServerSchema::createAtVersion(QSqlDatabase& db, int version)
{
    if (version < 1 || version > kVersion)
        return Error::badInput(tr("There is no schema version %1 (this Seminar Desk knows 1 to %2).")
                                   .arg(version)
                                   .arg(kVersion));
    if (Status fits = checkServer(db); !fits)
        return fits;
    ServerTransaction transaction(db);
    if (!transaction.begun())
        return failure(db, db.lastError(), tr("beginning a transaction"));
    if (Status locked = lockSchema(db); !locked)
        return locked;
    // Read under the lock: of two programs setting up one database at once, the second finds the
    // first one's tables and refuses.
    Result<bool> empty = isEmpty(db);
    if (!empty)
        return empty.error();
    if (!*empty) {
        Result<Meta> meta = readMeta(db);
        if (meta && meta->present && meta->applicationId == kApplicationId)
            return Error::badInput(tr("%1 already holds a Seminar Desk programme (schema version %2); "
                                      "nothing was changed. Set up a new programme in a new, empty database.")
                                       .arg(where(db))
                                       .arg(meta->version));
        return Error::badInput(tr("%1 is not empty: it holds tables or other objects already, and Seminar "
                                  "Desk sets up a programme in an empty database only; nothing was changed. "
                                  "Create a new database for the programme (docs/server.md says how).")
                                   .arg(where(db)));
    }
    if (Status built = runSteps(db, 1, version); !built)
        return built;
    if (Status written = exec(db,
                              QStringLiteral("INSERT INTO meta (id, application_id, schema_version) "
                                             "VALUES (1, %1, %2)")
                                  .arg(kApplicationId)
                                  .arg(version),
                              tr("writing the schema version"));
        !written)
        return written;
    if (!transaction.commit())
        return failure(db, db.lastError(), tr("committing the new schema"));
    spdlog::info("server schema created at version {}", version);
    return {};
}

Status ServerSchema::prepareForCopy(QSqlDatabase& db, const QStringList& tables)
{
    if (Status fits = checkServer(db); !fits)
        return fits;
    if (Status locked = lockSchema(db); !locked)
        return locked;
    Result<bool> empty = isEmpty(db);
    if (!empty)
        return empty.error();
    if (*empty) {
        if (Status built = runSteps(db, 1, kVersion); !built)
            return built;
        return exec(db,
                    QStringLiteral("INSERT INTO meta (id, application_id, schema_version) VALUES (1, %1, %2)")
                        .arg(kApplicationId)
                        .arg(kVersion),
                    tr("writing the schema version"));
    }
    Result<Meta> meta = readMeta(db);
    if (!meta)
        return meta.error();
    if (!meta->present || meta->applicationId != kApplicationId)
        return Error::badInput(tr("%1 is not empty: it holds tables or other objects that are not a Seminar "
                                  "Desk programme; nothing was copied. Copy into a new, empty database.")
                                   .arg(where(db)));
    if (meta->version != kVersion)
        return Error::badInput(
            tr("%1 holds a Seminar Desk schema of version %2, and this version copies into "
               "version %3 only; nothing was copied. Copy into a new, empty database.")
                .arg(where(db))
                .arg(meta->version)
                .arg(kVersion));
    // The names come from the compile-time table specs, never from input.
    QStringList probes;
    for (const QString& table : tables)
        probes.append(QStringLiteral("EXISTS (SELECT 1 FROM %1)").arg(table));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ") + probes.join(QStringLiteral(" OR "))) || !query.next())
        return failure(db, query.lastError(), tr("looking whether the programme is empty"));
    if (query.value(0).toBool())
        return Error::badInput(
            tr("%1 already holds a programme with data; a copy goes into a new or empty "
               "database only, and nothing was changed. Create a new database for the copy "
               "(docs/server.md says how).")
                .arg(where(db)));
    return {};
}

Result<int> ServerSchema::version(QSqlDatabase& db)
{
    Result<Meta> meta = readMeta(db);
    if (!meta)
        return meta.error();
    if (!meta->present || meta->applicationId != kApplicationId || meta->version < 1)
        return notAProgramme(db);
    return meta->version;
}

Status ServerSchema::upgrade(QSqlDatabase& db)
{
    // A first look without any lock: a newer schema is refused before anything is asked of the server
    // that might change it.
    Result<int> seen = version(db);
    if (!seen)
        return seen.error();
    if (*seen > kVersion)
        return newerSchema(db, *seen);
    if (*seen == kVersion)
        return {};

    ServerTransaction transaction(db);
    if (!transaction.begun())
        return failure(db, db.lastError(), tr("beginning a transaction"));
    if (Status locked = lockSchema(db); !locked)
        return locked;
    // Another program may have upgraded it while this one waited for the lock.
    Result<int> current = version(db);
    if (!current)
        return current.error();
    if (*current > kVersion)
        return newerSchema(db, *current);
    if (*current == kVersion)
        return {};
    if (Status ran = runSteps(db, *current + 1, kVersion); !ran)
        return ran;
    if (Status written =
            exec(db, QStringLiteral("UPDATE meta SET schema_version = %1 WHERE id = 1").arg(kVersion),
                 tr("writing the schema version"));
        !written)
        return written;
    if (!transaction.commit())
        return failure(db, db.lastError(), tr("committing the upgraded schema"));
    spdlog::info("server schema upgraded from version {} to {}", *current, kVersion);
    return {};
}

} // namespace sd
