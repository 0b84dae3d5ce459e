// The parts of Database that are about a programme on a PostgreSQL server: opening it through
// ServerConnection and ServerSchema, and the plain sentences for what a server refuses.
#include "storage/BulkWorkLock.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"
#include "storage/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace sd {

QString Database::userName() const
{
    if (m_dialect == Dialect::Postgres)
        return ServerConnection::identity(connection()).user;
    // The account's name, not the environment's: USER can be anything a shell was given.
    if (const passwd* account = ::getpwuid(::getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER");
}

pg_conn* Database::serverHandle() const
{
    if (m_dialect != Dialect::Postgres)
        return nullptr;
    return ServerConnection::nativeHandle(connection());
}

Result<std::unique_ptr<Database>> Database::open(const ProgrammeLocation& location, const Options& options)
{
    if (location.isFile())
        return open(location.filePath(), options);
    return openServer(location, options);
}

Result<std::unique_ptr<Database>> Database::openServer(const ProgrammeLocation& location,
                                                       const Options& options)
{
    const bool reading = options.readOnly || options.verifying;
    std::unique_ptr<Database> database(new Database(location.displayText(), newConnectionName(), reading));
    database->m_location = location;
    database->m_password = options.password;
    database->m_dialect = Dialect::Postgres;
    Result<QSqlDatabase> opened =
        ServerConnection::open(location, database->m_connectionName, options.password);
    if (!opened)
        return opened.error();
    QSqlDatabase db = *opened;
    // What libpq connected to after its defaults, as the title and every sentence say it.
    database->m_path = ServerConnection::identity(db).displayText();

    Result<int> version = ServerSchema::version(db);
    if (!version)
        return version.error();
    if (*version > Database::kSchemaVersion || (*version < Database::kSchemaVersion && !reading) ||
        (*version < Database::kSchemaVersion && options.upgradeOlder)) {
        // upgrade() refuses a newer schema untouched and leaves the current one as it is.
        if (Status upgraded = ServerSchema::upgrade(db); !upgraded)
            return upgraded.error();
    } else if (*version < Database::kSchemaVersion) {
        return Error::database(tr("%1 holds a programme in an older schema (%2) that must be upgraded, "
                                  "which a read-only opening cannot do. Open it once for writing.")
                                   .arg(database->m_path)
                                   .arg(*version));
    }
    if (reading) {
        // A reading connection cannot write by mistake: the server refuses every change on it.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET default_transaction_read_only = on")))
            return database->errorFor(query, tr("opening it for reading"));
    }
    // What the login's role allows, for the sentences of refused statements and for the window.
    Result<std::optional<ServerRole>> role = ServerAccess::roleOf(*database);
    if (!role)
        return role.error();
    database->m_serverRole = *role;
    return database;
}

void Database::setConnectionLostHandler(std::function<void()> handler)
{
    m_onConnectionLost = std::move(handler);
}

bool Database::noticeIfConnectionLost() const
{
    if (m_dialect != Dialect::Postgres)
        return false;
    if (m_connectionLost)
        return true;
    pg_conn* conn = serverHandle();
    if (conn && PQstatus(conn) == CONNECTION_OK)
        return false;
    (void)errorForServer(QStringLiteral("08006"), tr("listening for other people's changes"));
    return true;
}

Status Database::reconnect()
{
    if (m_dialect != Dialect::Postgres)
        return Error::badInput(tr("%1 is a file; only a server connection can be made again.").arg(m_path));
    if (m_transactionDepth > 0)
        return Error::database(
            tr("The connection to the server of %1 cannot be made again while a change is under way.")
                .arg(m_path));
    const QString connectionName = newConnectionName();
    Status usable;
    {
        Result<QSqlDatabase> opened = ServerConnection::open(m_location, connectionName, m_password);
        if (!opened)
            return opened.error();
        QSqlDatabase db = *opened;
        // Another program may have upgraded the server's schema meanwhile; this one writes only its own.
        Result<int> version = ServerSchema::version(db);
        if (!version)
            usable = version.error();
        else if (*version != Database::kSchemaVersion)
            usable = Error::database(tr("%1 now holds a programme in another schema version (%2, this "
                                        "program writes %3); open it again, with an up-to-date Seminar Desk "
                                        "if need be.")
                                         .arg(m_path)
                                         .arg(*version)
                                         .arg(Database::kSchemaVersion));
        if (usable && m_readOnly) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SET default_transaction_read_only = on")))
                usable = errorFor(query.lastError(), tr("opening it for reading"));
        }
    }
    if (!usable) {
        QSqlDatabase::removeDatabase(connectionName);
        return usable;
    }
    // The old connection's prepared statements have names only it knew.
    m_statementCache.reset();
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName = connectionName;
    m_connectionLost = false;
    m_commitOutcomeUnknown = false;
    spdlog::info("{}: connected to the server again", m_path.toStdString());
    return {};
}

Error Database::errorForServer(const QString& sqlState, const QString& doing) const
{
    m_lastErrorBusy = false;
    pg_conn* conn = serverHandle();
    const bool lost = !conn || PQstatus(conn) != CONNECTION_OK || sqlState.startsWith(QLatin1String("08")) ||
                      sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02") ||
                      sqlState == QLatin1String("57P03");
    if (lost && !std::exchange(m_connectionLost, true)) {
        spdlog::warn("{}: the connection to the server was lost", m_path.toStdString());
        if (m_onConnectionLost)
            m_onConnectionLost();
    }
    if (lost)
        return Error::database(tr("Lost the connection to the server of %1 while %2; nothing was changed. "
                                  "Check the network or ask your IT officer whether the server is running, "
                                  "then open the programme again.")
                                   .arg(m_path, doing));
    // Integrity violations: the same sentence as on a file.
    if (sqlState.startsWith(QLatin1String("23")))
        return errorForCode(m_path, SQLITE_CONSTRAINT, doing);
    // XX000 is the server's internal error; in practice "tuple concurrently updated", when two
    // transactions change the same catalog row at once (two GRANTs of one role): trying again works.
    m_lastErrorBusy = sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
                      sqlState == QLatin1String("55P03") || sqlState == QLatin1String("XX000");
    if (m_lastErrorBusy)
        return Error::database(tr("%1 is busy: another user's change got in the way (while %2). Nothing was "
                                  "changed. Try again.")
                                   .arg(m_path, doing));
    if (sqlState == QLatin1String("25006"))
        return Error::database(
            tr("%1 was opened for reading only, so %2 was refused. Nothing was changed.").arg(m_path, doing));
    if (sqlState == QLatin1String("42501")) {
        if (m_serverRole)
            return Error::notAllowed(
                tr("Your role on %1 (%2) does not allow %3. Nothing was changed. Ask the "
                   "programme's admin if you need another role.")
                    .arg(m_path, ServerAccess::displayName(*m_serverRole), doing));
        return Error::notAllowed(tr("The server refused %2 on %1: your login has no right to it. Nothing was "
                                    "changed. Ask your IT officer for access.")
                                     .arg(m_path, doing));
    }
    if (sqlState == QLatin1String("53100"))
        return Error::database(tr("The disk of the server of %1 is full (while %2). Nothing was changed. Ask "
                                  "your IT officer to free some space.")
                                   .arg(m_path, doing));
    if (sqlState == QLatin1String("57014"))
        return Error::database(tr("The server of %1 cancelled %2 (it took too long or was stopped). Nothing "
                                  "was changed. Try again.")
                                   .arg(m_path, doing));
    return Error::database(tr("The server of %1 could not finish %2 (PostgreSQL code %3). Nothing was "
                              "changed. Try again; if it happens again, report the code to your IT officer.")
                               .arg(m_path, doing, sqlState.isEmpty() ? QStringLiteral("none") : sqlState));
}

Status lockForBulkWork(Database& database)
{
    if (!database.isServer())
        return {};
    QSqlDatabase db = database.connection();
    return lockForBulkWork(db, database.path());
}

Status lockForBulkWork(QSqlDatabase& db, const QString& where)
{
    // One fixed key, the file format's application id: advisory locks belong to one database, and a
    // database holds one programme.
    constexpr qint64 kBulkWorkKey = Database::kApplicationId;
    const QString doing = Database::tr("waiting for other imports to end");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(kBulkWorkWaitMs)))
        return Error::database(
            Database::tr("The server of %1 could not start %2; nothing was changed. Try again.")
                .arg(where, doing));
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    query.addBindValue(kBulkWorkKey);
    if (!query.exec()) {
        const QString state = query.lastError().nativeErrorCode();
        spdlog::warn("bulk work lock not taken (SQLSTATE {})", state.toStdString());
        pg_conn* conn = ServerConnection::nativeHandle(db);
        if (!conn || PQstatus(conn) != CONNECTION_OK)
            return Error::database(
                Database::tr("Lost the connection to the server of %1 while %2; nothing was changed. "
                             "Check the network or ask your IT officer whether the server is running, "
                             "then open the programme again.")
                    .arg(where, doing));
        if (state == QLatin1String("55P03"))
            return Error::database(
                Database::tr("%1: another import into this programme is running; try again in a "
                             "moment. Nothing was changed.")
                    .arg(where));
        return Error::database(
            Database::tr("The server of %1 could not finish %2 (PostgreSQL code %3). Nothing was "
                         "changed. Try again; if it happens again, report the code to your IT officer.")
                .arg(where, doing, state.isEmpty() ? QStringLiteral("none") : state));
    }
    // The row locks of the work itself wait as long as the server is configured to.
    if (!query.exec(QStringLiteral("SET LOCAL lock_timeout TO DEFAULT")))
        return Error::database(
            Database::tr("The server of %1 could not start %2; nothing was changed. Try again.")
                .arg(where, doing));
    return {};
}

} // namespace sd
