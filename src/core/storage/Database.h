#pragma once

#include "common/Result.h"
#include "storage/ChangeNotices.h"
#include "storage/ProgrammeLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;
struct pg_conn;
struct sqlite3;

namespace sd {

class StatementCache;
enum class ServerRole;

// The SQL dialects the statement builder writes (storage/SqlBuilder): a programme file is SQLite, a
// programme on a database server PostgreSQL.
enum class Dialect
{
    Sqlite,
    Postgres
};
inline constexpr int kDialects = 2;

// One open programme file: a named Qt Sql connection with the file-format rules of docs/schema.md
// applied (application_id, user_version, foreign keys, WAL, synchronous=FULL, secure_delete,
// busy_timeout). Opening never changes a file it then refuses; an older file is backed up, then
// migrated in one transaction.
//
// Everything about the file is learnt through SQLite: this class never opens or closes the file
// with a descriptor of its own while a connection to it may exist in the process, since closing
// any descriptor of a file drops every POSIX lock the process holds on it, and another process
// would then checkpoint and delete the write-ahead log under our connections.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(sd::Database)

public:
    static constexpr qint32 kApplicationId = 0x53446B31; // "SDk1"
    // The number of migration steps in resources/schema, which the build counts: a new step is one
    // new file there.
    static constexpr int kSchemaVersion = SD_SCHEMA_VERSION;

    struct Options
    {
        int busyTimeoutMs = 3000;
        bool readOnly = false;
        // For `check`: CHECK constraints are verified by integrity_check only on a connection that
        // could write, so the file is opened read-write (nothing is written) or, when it cannot be
        // written, copied into memory through SQLite and checked there.
        bool verifying = false;
        // A reading opening of a file in an older format opens it for writing once and upgrades it
        // (the command line's reading commands do this; the upgrade is the only write they make).
        bool upgradeOlder = false;
        // For a server: the password a dialog asked for, when neither the address, ~/.pgpass nor a
        // service entry holds one. Kept in memory for the read connections of other threads only.
        QString password;
    };

    // Creates a new programme file at the current schema version; refuses an existing file.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    static Result<std::unique_ptr<Database>> create(const QString& path, const Options& options);
    // Opens an existing programme file, migrating an older one after writing a backup beside it.
    // A connection that may write refuses a file that fails SQLite's quick_check.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    // Opens a programme where it lives: a file as above, or a database on a PostgreSQL server. A
    // server database without the programme's schema is refused (an IT officer runs `server init`),
    // a newer schema is refused untouched, and an older one is upgraded in one transaction (or
    // refused by a reading opening that may not upgrade).
    static Result<std::unique_ptr<Database>> open(const ProgrammeLocation& location, const Options& options);

    // What another thread needs to open a read connection on the file this one owns: read
    // connections come from the owner, which has already checked the file.
    struct ReaderSpec
    {
        QString path;
        QString uri;
        int busyTimeoutMs = 3000;
        ProgrammeLocation location; // a server's address (a file's readers use path and uri)
        QString password;
    };
    ReaderSpec readerSpec() const;
    // A read-only connection in the calling thread; no checks are repeated.
    static Result<std::unique_ptr<Database>> openReader(const ReaderSpec& spec);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // A file's absolute path; for a server, what location().displayText() says ("mexico-ii on
    // db.example.org as mlopez"), never a password: error messages name the programme with it.
    const QString& path() const { return m_path; }
    // Where the programme lives.
    const ProgrammeLocation& location() const { return m_location; }
    bool isServer() const { return m_dialect == Dialect::Postgres; }
    bool isReadOnly() const { return m_readOnly; }
    // The login's role on a server programme (storage/ServerAccess); none on a file and for the
    // database's owner.
    std::optional<ServerRole> serverRole() const { return m_serverRole; }
    // Where the last migration wrote its backup (empty when none was needed).
    const QString& backupPath() const { return m_backupPath; }
    // The connection's SQLite handle, for the C API's bulk and backup paths; nullptr on a server.
    sqlite3* handle() const;
    // The connection's libpq handle on a server (statements and COPY); nullptr on a file.
    pg_conn* serverHandle() const;
    // The dialect of the connection's SQL.
    Dialect dialect() const { return m_dialect; }
    // The statements prepared on this connection (storage/Statement).
    StatementCache& statementCache() const;

    // An Error for a failed statement: what happened to which file, that nothing was changed, and
    // what to do; never the driver's own words (those go to the log).
    Error errorFor(const QSqlError& error, const QString& doing) const;
    Error errorFor(const QSqlQuery& query, const QString& doing) const;
    // The same for an SQLite result code met on the C API.
    Error errorForCode(int sqliteCode, const QString& doing) const;
    static Error errorForCode(const QString& path, int sqliteCode, const QString& doing);
    // The same for a statement a server did not carry out, from its SQLSTATE (a lost connection
    // is told as such whatever the state says).
    Error errorForServer(const QString& sqlState, const QString& doing) const;
    // Whether the last server error was another transaction getting in the way (a serialization
    // failure, a deadlock, a lock not available, a catalog row updated concurrently): the failed
    // transaction rolled back and trying it again may succeed.
    bool lastErrorWasBusy() const { return m_lastErrorBusy; }

    // Who writes through this connection, for the change log: a server's login, or the computer's user
    // for a file.
    QString userName() const;

    // Changes made by other connections since this one last looked (PRAGMA data_version).
    Result<qint64> dataVersion() const;

    // ---- a server connection lost while working ----
    // A statement found the server connection gone (errorForServer tells it so); a file's never is.
    bool connectionLost() const { return m_connectionLost; }
    // The connection went while the server was answering a COMMIT: that change may or may not have
    // been written, and only the server can tell which. Cleared by the next reconnect().
    bool commitOutcomeUnknown() const { return m_commitOutcomeUnknown; }
    // Called once each time a statement first finds the connection lost (from inside the failing
    // call: the handler must not use the connection, only arrange for later work).
    void setConnectionLostHandler(std::function<void()> handler);
    // Looks at the connection's state without a round trip (after something read from its socket,
    // such as a notification listener): a connection libpq found closed is lost as if a statement
    // had failed on it. True when it is lost.
    bool noticeIfConnectionLost() const;
    // A new connection to the same database as the same user with the same password, in place of the
    // lost one; every statement prepared on the old one is forgotten. Nothing is written and nothing
    // is tried again: a change that was in flight stays as the server has it. Refused while a
    // transaction is open and when the server's schema is no longer the one this program writes.
    Status reconnect();

    // On a server: remembers a record the open transaction wrote, for the notification its commit
    // sends to the other windows (storage/ChangeNotices). Nothing on a file, whose readers watch
    // data_version.
    void noteChange(const char* table, qint64 id, qint64 version)
    {
        if (m_dialect == Dialect::Postgres && m_transactionDepth > 0)
            m_notices.note(table, id, version);
    }

    // After deletes: brings the write-ahead log into the file and empties it, so that erased data
    // does not linger in the log. Does nothing (and waits for nothing) when another connection is
    // reading.
    void truncateWriteAheadLog();

    // How many connections this process holds on the file at path.
    static int connectionsInProcess(const QString& path);

    // The SQL text of migration step n (1-based), from the embedded resources: the file
    // folder/NNN-*.sql whose name starts with n in three digits (":/schema/postgresql" holds a
    // server's steps).
    static QString migrationScript(int step, const QString& folder = QStringLiteral(":/schema"));
    // Runs every statement of a script on the connection (no transaction of its own).
    static Status runScript(QSqlDatabase& db, const QString& script, const QString& path);

private:
    Database(QString path, QString connectionName, bool readOnly);
    static QString newConnectionName();
    static Result<std::unique_ptr<Database>> openServer(const ProgrammeLocation& location,
                                                        const Options& options);
    Status configure(const Options& options, bool newFile);
    Status checkIdentity(const QString& shownPath, bool& notADatabase);
    Status quickCheck();
    Status writeBackup(int version);
    Status migrateFrom(int version);

    friend class Transaction;

    QString m_path;
    QString m_connectionName;
    QString m_uri;
    QString m_backupPath;
    ProgrammeLocation m_location;
    QString m_password;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_readOnly = false;
    std::optional<ServerRole> m_serverRole;
    int m_busyTimeoutMs = 3000;
    int m_transactionDepth = 0;
    mutable std::unique_ptr<StatementCache> m_statementCache;
    mutable bool m_connectionLost = false;
    mutable bool m_lastErrorBusy = false;
    bool m_commitOutcomeUnknown = false;
    std::function<void()> m_onConnectionLost;

    ChangeNotices m_notices;
};

// A transaction that rolls back unless committed: every write of the store runs inside one.
// Inside another transaction it is a savepoint, so store operations compose into one bulk write.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_database;
    Status m_begun;
    bool m_open = false;
    int m_depth = 0;
};

} // namespace sd
