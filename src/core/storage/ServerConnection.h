#pragma once

#include "common/Result.h"
#include "storage/ProgrammeLocation.h"

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace sd {

// Who and where a live server connection is, as libpq reports it (after a service entry,
// environment variables and defaults have been applied).
struct ServerIdentity
{
    QString host; // a name, an address, or the folder of a Unix socket
    QString port;
    QString database;
    QString user;
    bool encrypted = false; // TLS is in use

    // "mexico-ii on db.example.org as mlopez", as ProgrammeLocation::serverDisplayText words it.
    QString displayText() const;
};

// Connects Qt's QPSQL driver to a programme on a PostgreSQL server. The password comes from the
// URI, the caller (a dialog), ~/.pgpass or a PGSERVICE entry, as libpq finds it; it is never logged.
// Every fault of connecting is one plain sentence, an ErrorKind::Database error (exit status 4):
// server down, no answer, unknown host, wrong or missing password, no such database or user, not
// allowed from this computer, TLS required but not offered. libpq's own words go to the log only.
class ServerConnection
{
public:
    // libpq waits for ever by default; a server that does not answer is reported after this long
    // unless the URI sets connect_timeout.
    static constexpr int kDefaultConnectTimeoutSeconds = 10;

    // Whether Qt's PostgreSQL driver plugin (Debian: libqt6sql6-psql) can be loaded.
    static bool driverAvailable();

    // Opens a QPSQL connection named connectionName (which must not exist yet) to the location's
    // database. On failure no connection of that name is left behind.
    static Result<QSqlDatabase> open(const ProgrammeLocation& location, const QString& connectionName,
                                     const QString& password = {});

    // The libpq connection under an open QPSQL connection, for what Qt Sql cannot do (COPY);
    // nullptr for another driver or a closed connection.
    static pg_conn* nativeHandle(const QSqlDatabase& db);

    // Where an open QPSQL connection is connected, and as whom.
    static ServerIdentity identity(const QSqlDatabase& db);
};

} // namespace sd
