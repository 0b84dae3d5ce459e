#include "storage/Database.h"

#include "storage/CertificateRegistry.h"
#include "storage/FileLocation.h"
#include "storage/PseudonymKey.h"
#include "storage/StatementCache.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cerrno>
#include <fcntl.h>
#include <libpq-fe.h>
#include <optional>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>

namespace sd {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("seminardesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The connections this process holds, per file: one owner per file opens read connections for the
// window's background work, and erasing asks whether it is alone before emptying the log.
QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, int>& registry()
{
    static QHash<QString, int> connections;
    return connections;
}

void registerConnection(const QString& path)
{
    QMutexLocker lock(&registryMutex());
    ++registry()[path];
}

void unregisterConnection(const QString& path)
{
    QMutexLocker lock(&registryMutex());
    auto found = registry().find(path);
    if (found != registry().end() && --found.value() <= 0)
        registry().erase(found);
}

// file:/abs/path?mode=ro — a URI, so that SQLite never creates a missing file and can be told that
// a medium is read-only.
QString uriFor(const QString& absolutePath, const char* mode, bool immutable)
{
    QString uri = QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=") +
                  QLatin1String(mode);
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

// SQLite's primary result code behind a Qt Sql error (QSQLITE puts the code in nativeErrorCode).
int sqliteCodeOf(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code > 0)
        return code & 0xff;
    // Errors Qt raises itself (a statement that could not even be prepared) carry no code.
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return SQLITE_BUSY;
    if (text.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return SQLITE_CORRUPT;
    if (text.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
        return SQLITE_NOTADB;
    if (text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return SQLITE_FULL;
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return SQLITE_READONLY;
    if (text.contains(QLatin1String("unable to open"), Qt::CaseInsensitive))
        return SQLITE_CANTOPEN;
    return SQLITE_ERROR;
}

bool hasSqliteMagic(const QString& path)
{
    // Only called when this process holds no connection to the file (see open()).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Error notAProgrammeFile(const QString& name)
{
    return Error::badInput(
        Database::tr("%1 is not a Seminar Desk programme file (it is not an SQLite database). "
                     "Open a .sdesk file written by Seminar Desk.")
            .arg(name));
}

Error damaged(const QString& name, const QString& doing)
{
    return Error::database(
        Database::tr("%1 is damaged: SQLite found it inconsistent while %2. Nothing was changed. "
                     "Restore it from a backup (File > Restore from a backup… in the window, or a "
                     "copy you keep), then try again.")
            .arg(name, doing));
}

Error readOnly(const QString& name, const QString& why)
{
    return Error::database(
        Database::tr("%1 cannot be changed: %2. Nothing was changed. Copy it to a folder you can "
                     "write to (or ask for write permission) and try again; commands that only "
                     "read it still work.")
            .arg(name, why));
}

Status copyThroughSqlite(sqlite3* source, sqlite3* target, const QString& name, const QString& doing)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return Database::errorForCode(name, sqlite3_extended_errcode(target), doing);
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, -1);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return Database::errorForCode(name, step, doing);
    if (finished != SQLITE_OK)
        return Database::errorForCode(name, finished, doing);
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_location(ProgrammeLocation::file(m_path))
    , m_readOnly(readOnly)
{
}

QString Database::newConnectionName()
{
    return nextConnectionName();
}

Database::~Database()
{
    // SQLite closes no connection that still has prepared statements.
    m_statementCache.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
            unregisterConnection(m_path);
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StatementCache& Database::statementCache() const
{
    // A file's cache is made again once the connection has its handle; a server's prepares by name.
    if (!m_statementCache || (m_dialect == Dialect::Sqlite && !m_statementCache->handle()))
        m_statementCache = std::make_unique<StatementCache>(handle());
    return *m_statementCache;
}

sqlite3* Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.data());
    return nullptr;
}

Error Database::errorForCode(const QString& path, int sqliteCode, const QString& doing)
{
    const QString name = QFileInfo(path).fileName();
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::database(tr("%1 is busy: another program is writing to it (while %2). Nothing was "
                                  "changed. Wait a moment and try again.")
                                   .arg(name, doing));
    case SQLITE_READONLY:
        return readOnly(name, tr("the file, its folder or its disk is read-only (while %1)").arg(doing));
    case SQLITE_FULL:
        return Error::database(tr("The disk holding %1 is full (while %2). Nothing was changed. Free some "
                                  "space on it and try again.")
                                   .arg(name, doing));
    case SQLITE_IOERR:
        return Error::database(tr("%1 could not be read or written: the disk reported an error (while %2). "
                                  "Nothing was changed. Check the disk, or copy the file to another one, "
                                  "and try again.")
                                   .arg(name, doing));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return damaged(name, doing);
    case SQLITE_CONSTRAINT:
        return Error::database(tr("%1 refused %2: it would break a rule of the programme's records (a "
                                  "duplicate of something that must be unique, or a link to a record that "
                                  "no longer exists). Nothing was changed. Check what was entered, reload "
                                  "the programme and try again.")
                                   .arg(name, doing));
    case SQLITE_CANTOPEN:
        return Error::database(tr("%1 cannot be opened (while %2): the file or its folder cannot be reached, "
                                  "or you may not use it. Nothing was changed. Check the path and its "
                                  "permissions and try again.")
                                   .arg(name, doing));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::badInput(tr("You may not use %1 (while %2): permission denied. Nothing was changed. "
                                  "Ask for access to the file, or copy it to a folder of yours.")
                                   .arg(name, doing));
    case SQLITE_NOMEM:
        return Error::database(tr("There was not enough memory while %2 in %1. Nothing was changed. Close "
                                  "other programs and try again.")
                                   .arg(name, doing));
    default:
        return Error::database(
            tr("%1: the database could not finish %2 (SQLite code %3). Nothing was changed. "
               "Try again; if it happens again, copy the file and report the code.")
                .arg(name, doing)
                .arg(sqliteCode));
    }
}

Error Database::errorForCode(int sqliteCode, const QString& doing) const
{
    const Error error = errorForCode(m_path, sqliteCode, doing);
    spdlog::error("{}: {} (SQLite code {})", QFileInfo(m_path).fileName().toStdString(), doing.toStdString(),
                  sqliteCode);
    return error;
}

Error Database::errorFor(const QSqlError& error, const QString& doing) const
{
    if (m_dialect == Dialect::Postgres) {
        // The server's words name tables and constraints; the values of a failed row are not in them
        // at the default verbosity. They go to the log only.
        spdlog::error("{}: {}: {} (SQLSTATE {})", m_path.toStdString(), doing.toStdString(),
                      error.databaseText().section(QLatin1Char('\n'), 0, 0).toStdString(),
                      error.nativeErrorCode().toStdString());
        return errorForServer(error.nativeErrorCode(), doing);
    }
    // The driver's words go to the log only: they name tables and constraints, never values.
    spdlog::error("{}: {}: {} (SQLite code {})", QFileInfo(m_path).fileName().toStdString(),
                  doing.toStdString(), error.databaseText().toStdString(),
                  error.nativeErrorCode().toStdString());
    return errorForCode(m_path, sqliteCodeOf(error), doing);
}

Error Database::errorFor(const QSqlQuery& query, const QString& doing) const
{
    return errorFor(query.lastError(), doing);
}

int Database::connectionsInProcess(const QString& path)
{
    QMutexLocker lock(&registryMutex());
    return registry().value(nativePath(path));
}

QString Database::migrationScript(int step, const QString& folder)
{
    if (step < 1 || step > kSchemaVersion)
        return {};
    const QString prefix = QStringLiteral("%1-").arg(step, 3, 10, QLatin1Char('0'));
    const QStringList named = QDir(folder).entryList({prefix + QLatin1Char('*')}, QDir::Files);
    if (named.size() != 1)
        return {};
    QFile file(folder + QLatin1Char('/') + named.front());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Status Database::runScript(QSqlDatabase& db, const QString& script, const QString& path)
{
    // Statements end with ';' at the end of a line; comment lines are dropped. A trigger's body holds
    // statements of its own, so a CREATE TRIGGER ends only at its line "END;".
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                      : trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current);
            current.clear();
        }
    }
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            spdlog::error("{}: schema step failed: {}", QFileInfo(path).fileName().toStdString(),
                          query.lastError().databaseText().toStdString());
            const Error cause = errorForCode(path, sqliteCodeOf(query.lastError()), tr("writing its schema"));
            return Error::database(tr("%1 The file was left as it was.").arg(cause.message));
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    return create(path, Options{});
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const Options& options)
{
    const FileLocation location = FileLocation::probe(path);
    if (location.exists || location.isFolder)
        return Error::badInput(tr("%1 already exists; Seminar Desk does not overwrite a file. Choose another "
                                  "name or remove the file first.")
                                   .arg(path));
    if (!location.folderExists)
        return Error::badInput(
            tr("The folder of %1 does not exist. Create it first or choose another path.").arg(path));
    if (!location.networkFileSystem.isEmpty())
        return Error::database(
            tr("%1 would be on a network share (%2). SQLite's write-ahead log, which keeps a programme file "
               "safe, does not work over a network file system. Nothing was written. Create the file on "
               "this computer's own disk; a team shares a programme through a database server instead.")
                .arg(QFileInfo(path).fileName(), location.networkFileSystem));
    if (location.readOnlyMount || !location.folderWritable)
        return Error::database(tr("%1 cannot be created: its folder is read-only. Nothing was written. "
                                  "Choose a folder you can write to.")
                                   .arg(path));

    const QString absolute = nativePath(path);
    // The name is claimed atomically (O_EXCL) before SQLite opens it, so two programs creating the same
    // file at once cannot both fill it: the second is told it exists. No connection to a file that did
    // not exist can be open, so this descriptor is closed safely.
    {
        const QByteArray name = QFile::encodeName(absolute);
        const int claimed = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (claimed < 0) {
            if (errno == EEXIST)
                return Error::badInput(tr("%1 already exists; Seminar Desk does not overwrite a file. Choose "
                                          "another name or remove the file first.")
                                           .arg(path));
            if (errno == ENOSPC || errno == EDQUOT)
                return Error::database(tr("The disk holding %1 is full. Nothing was written. Free some space "
                                          "on it and try again.")
                                           .arg(path));
            return Error::database(tr("%1 cannot be created: its folder is read-only or not yours. Nothing "
                                      "was written. Choose a folder you can write to.")
                                       .arg(path));
        }
        ::close(claimed);
    }
    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), false));
    database->m_uri = uriFor(absolute, "ro", false);
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    const auto removeAll = [&]() {
        database.reset();
        if (connectionsInProcess(absolute) == 0) {
            QFile::remove(absolute);
            QFile::remove(absolute + QStringLiteral("-wal"));
            QFile::remove(absolute + QStringLiteral("-shm"));
            QFile::remove(absolute + QStringLiteral("-journal"));
        }
    };
    std::optional<Error> notOpened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(uriFor(absolute, "rw", false));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (db.open())
            registerConnection(absolute);
        else
            notOpened = database->errorFor(db.lastError(), tr("creating it"));
    }
    if (notOpened) {
        removeAll();
        return *notOpened;
    }
    if (Status configured = database->configure(options, true); !configured) {
        removeAll();
        return configured.error();
    }
    Status built = [&]() -> Status {
        QSqlDatabase db = database->connection();
        Transaction transaction(*database);
        if (!transaction.begun())
            return transaction.begun();
        for (int step = 1; step <= kSchemaVersion; ++step) {
            if (Status ran = runScript(db, migrationScript(step), path); !ran)
                return ran;
            if (step == CertificateRegistry::kSecretStep)
                if (Status seeded = CertificateRegistry::seedSecret(db); !seeded)
                    return seeded;
        }
        QSqlQuery query(db);
        if (!PseudonymKey::writeIfMissing(query))
            return database->errorFor(query, tr("making the key of its pseudonyms"));
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
            !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return database->errorFor(query, tr("writing the file's identity"));
        if (Status committed = transaction.commit(); !committed)
            return committed;
        // The new file's identity (application_id, user_version) would sit in the write-ahead log
        // until a checkpoint: write it into the main file at once, so a copy of the file alone is whole.
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return database->errorFor(query, tr("writing the new file's header"));
        return {};
    }();
    if (!built) {
        removeAll();
        return built.error();
    }
    spdlog::info("created programme file at schema version {}", kSchemaVersion);
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    // Every place that takes a file takes a server's address as well.
    if (ProgrammeLocation::looksLikeServerAddress(path)) {
        Result<ProgrammeLocation> location = ProgrammeLocation::parse(path);
        if (!location)
            return location.error();
        return openServer(*location, options);
    }
    const QString name = QFileInfo(path).fileName();
    const FileLocation location = FileLocation::probe(path);
    if (!location.exists)
        return Error::badInput(tr("%1 does not exist. Check the path, or create a programme file with "
                                  "'seminardesk-cli demo %1'.")
                                   .arg(path));
    if (location.isFolder)
        return Error::badInput(tr("%1 is a folder, not a programme file. Name a .sdesk file.").arg(path));
    if (!location.readable)
        return Error::badInput(
            tr("%1 cannot be read: you have no permission to read it. Nothing was changed. "
               "Ask for access to the file, or copy it to a folder of yours.")
                .arg(path));
    const bool writer = !options.readOnly && !options.verifying;
    const bool onNetwork = !location.networkFileSystem.isEmpty();
    if (writer && onNetwork)
        return Error::database(
            tr("%1 is on a network share (%2). SQLite's write-ahead log, which keeps a programme file safe, "
               "does not work over a network file system, so Seminar Desk opens such a file only for "
               "reading. Nothing was changed. Copy it to this computer's own disk to work on it; a team "
               "shares a programme through a database server instead.")
                .arg(name, location.networkFileSystem));
    if (writer && location.readOnlyMount)
        return readOnly(name, tr("the disk it is on is mounted read-only"));
    if (writer && !location.writable)
        return readOnly(name, tr("the file is read-only for you"));
    if (writer && !location.folderWritable)
        return readOnly(name, tr("its folder is read-only, and SQLite needs to write its log beside it"));

    // A read-only medium (or a network share) cannot hold the log's shared-memory index: SQLite is
    // told the file cannot change, so it reads without locks.
    const QString absolute = location.absolutePath;
    const bool sidecars = QFileInfo::exists(absolute + QStringLiteral("-wal")) ||
                          QFileInfo::exists(absolute + QStringLiteral("-shm"));
    const bool immutable =
        !writer && (location.readOnlyMount || onNetwork || (!location.folderWritable && !sidecars));
    // `check` verifies CHECK constraints only on a connection that could write; on a file that cannot be
    // written, it checks a copy in memory instead.
    const bool verifyInMemory =
        options.verifying && (immutable || !location.writable || !location.folderWritable);
    const bool readWrite = writer || (options.verifying && !verifyInMemory);

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), !readWrite));
    database->m_uri = uriFor(absolute, "ro", immutable);
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        QStringList connectOptions{QStringLiteral("QSQLITE_OPEN_URI"),
                                   QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
        if (!readWrite)
            connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        db.setDatabaseName(readWrite ? uriFor(absolute, "rw", false) : database->m_uri);
        if (!db.open())
            return database->errorFor(db.lastError(), tr("opening it"));
        registerConnection(absolute);
    }

    bool notADatabase = false;
    if (Status identified = database->checkIdentity(path, notADatabase); !identified) {
        Error error = identified.error();
        // SQLite says "not a database" both of a text file and of an SQLite file whose header is
        // damaged. Once no connection of ours holds the file, its first bytes tell which.
        database.reset();
        if (notADatabase) {
            if (connectionsInProcess(absolute) == 0 && !hasSqliteMagic(absolute))
                return notAProgrammeFile(name);
            return damaged(name, tr("reading its header"));
        }
        return error;
    }

    if (verifyInMemory) {
        // Copy the file, through SQLite, into a database in memory that can check its constraints.
        std::unique_ptr<Database> copy(new Database(absolute, nextConnectionName(), false));
        copy->m_uri = database->m_uri;
        {
            QSqlDatabase memory =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), copy->m_connectionName);
            memory.setDatabaseName(QStringLiteral(":memory:"));
            if (!memory.open())
                return copy->errorFor(memory.lastError(), tr("reading it into memory to check it"));
            registerConnection(absolute);
        }
        if (Status copied = copyThroughSqlite(database->handle(), copy->handle(), absolute,
                                              tr("reading it into memory to check it"));
            !copied)
            return copied.error();
        database = std::move(copy);
    }

    QSqlQuery versionQuery(database->connection());
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return database->errorFor(versionQuery, tr("reading its format version"));
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    const bool older = version < kSchemaVersion;
    if (older && !writer && options.upgradeOlder) {
        database.reset();
        Options upgrading = options;
        upgrading.readOnly = false;
        upgrading.verifying = false;
        upgrading.upgradeOlder = false;
        Result<std::unique_ptr<Database>> upgraded = open(path, upgrading);
        if (!upgraded || !options.verifying)
            return upgraded;
        upgraded.value().reset();
        Options verifying = options;
        verifying.upgradeOlder = false;
        return open(path, verifying);
    }
    if (older && !writer)
        return Error::database(
            tr("%1 is in an older file format (%2) and must be upgraded, which a read-only "
               "opening cannot do. Open it once for writing.")
                .arg(name)
                .arg(version));
    // A damaged file is refused before anything is written to it.
    if (writer) {
        if (Status intact = database->quickCheck(); !intact)
            return intact.error();
    }
    // The backup is taken before anything else touches the file, journal mode included.
    if (older) {
        if (Status saved = database->writeBackup(version); !saved)
            return saved.error();
    }
    if (Status configured = database->configure(options, false); !configured)
        return configured.error();
    if (older) {
        if (Status migrated = database->migrateFrom(version); !migrated)
            return migrated.error();
    }
    return database;
}

Status Database::checkIdentity(const QString& shownPath, bool& notADatabase)
{
    const QString name = QFileInfo(shownPath).fileName();
    QSqlQuery query(connection());
    // With the write-ahead log applied: the main file's header alone may be stale.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const int code = sqliteCodeOf(query.lastError());
        notADatabase = code == SQLITE_NOTADB;
        return errorFor(query, tr("reading its header"));
    }
    const qint64 applicationId = query.value(0).toLongLong();
    if (applicationId != kApplicationId) {
        QSqlQuery pages(connection());
        if (pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next() &&
            pages.value(0).toLongLong() == 0)
            return Error::badInput(
                tr("%1 is empty, not a Seminar Desk programme file. Open a .sdesk file written by Seminar "
                   "Desk, or create one with 'seminardesk-cli demo FILE'.")
                    .arg(name));
        return Error::badInput(
            tr("%1 is an SQLite database but not a Seminar Desk programme file. Open a .sdesk "
               "file written by Seminar Desk.")
                .arg(name));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorFor(query, tr("reading its format version"));
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion)
        return Error::database(tr("%1 was written by a newer version of Seminar Desk (file format %2; this "
                                  "version reads up to %3). Open it with a newer version; the file was left "
                                  "untouched.")
                                   .arg(name)
                                   .arg(version)
                                   .arg(kSchemaVersion));
    if (version < 1)
        return Error::badInput(
            tr("%1 has no Seminar Desk schema version. Open a .sdesk file written by Seminar Desk.")
                .arg(name));
    return {};
}

Status Database::quickCheck()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return errorFor(query, tr("checking it before a change"));
    if (query.value(0).toString() != u"ok") {
        spdlog::error("{}: quick_check failed; refused for writing",
                      QFileInfo(m_path).fileName().toStdString());
        return damaged(QFileInfo(m_path).fileName(), tr("checking it before a change"));
    }
    return {};
}

Database::ReaderSpec Database::readerSpec() const
{
    return {m_path, m_uri, m_busyTimeoutMs, m_location, m_password};
}

Result<std::unique_ptr<Database>> Database::openReader(const ReaderSpec& spec)
{
    if (spec.location.isServer()) {
        Options options;
        options.readOnly = true;
        options.password = spec.password;
        return openServer(spec.location, options);
    }
    std::unique_ptr<Database> database(new Database(spec.path, nextConnectionName(), true));
    database->m_uri = spec.uri;
    database->m_busyTimeoutMs = spec.busyTimeoutMs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(spec.busyTimeoutMs));
        db.setDatabaseName(spec.uri);
        if (!db.open())
            return database->errorFor(db.lastError(), tr("opening it for reading"));
        registerConnection(spec.path);
    }
    Options options;
    options.readOnly = true;
    options.busyTimeoutMs = spec.busyTimeoutMs;
    if (Status configured = database->configure(options, false); !configured)
        return configured.error();
    return database;
}

Status Database::configure(const Options& options, bool newFile)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // secure_delete: a deleted or erased person's bytes are overwritten, not left in free pages.
    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return errorFor(query, tr("preparing the connection"));
    }
    if (!m_readOnly && !options.verifying) {
        // Our files are always in WAL mode, so this is a no-op except on a new file.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return errorFor(query, tr("preparing the connection"));
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return errorFor(query, tr("preparing the connection"));
    }
    if (options.verifying && !query.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")))
        return errorFor(query, tr("preparing the connection"));
    // A first read: a damaged or locked file shows itself here, before any work is done.
    if (!newFile && (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()))
        return errorFor(query, tr("reading it"));
    return {};
}

Status Database::writeBackup(int version)
{
    QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
    const QString partial = backup + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString doing =
        tr("writing its backup copy %1 before the upgrade").arg(QFileInfo(backup).fileName());
    // SQLite's online backup API copies the file as SQLite sees it (the write-ahead log applied),
    // through SQLite's own locks, into a file no connection of ours holds.
    sqlite3* target = nullptr;
    const QByteArray partialName = QFile::encodeName(partial);
    int opened = sqlite3_open_v2(partialName.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr);
    Status copied = opened == SQLITE_OK ? copyThroughSqlite(handle(), target, m_path, doing)
                                        : errorForCode(m_path, opened, doing);
    const int closed = sqlite3_close(target);
    if (copied && closed != SQLITE_OK)
        copied = errorForCode(m_path, closed, doing);
    if (copied && !QFile::rename(partial, backup))
        copied = errorForCode(m_path, SQLITE_CANTOPEN, doing);
    if (!copied) {
        // The sentence already names the backup being written and says that nothing was changed.
        QFile::remove(partial);
        return copied.error();
    }
    m_backupPath = backup;
    return {};
}

Status Database::migrateFrom(int version)
{
    QSqlDatabase db = connection();
    Transaction transaction(*this);
    if (!transaction.begun())
        return transaction.begun();
    for (int step = version + 1; step <= kSchemaVersion; ++step) {
        if (Status ran = runScript(db, migrationScript(step), m_path); !ran)
            return ran;
        if (step == CertificateRegistry::kSecretStep)
            if (Status seeded = CertificateRegistry::seedSecret(db); !seeded)
                return seeded;
    }
    QSqlQuery query(db);
    if (!PseudonymKey::writeIfMissing(query))
        return errorFor(query, tr("making the key of its pseudonyms"));
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
        return errorFor(query, tr("upgrading it"));
    if (Status committed = transaction.commit(); !committed)
        return committed;
    spdlog::info("migrated programme file from schema version {} to {}; backup written", version,
                 kSchemaVersion);
    return {};
}

Result<qint64> Database::dataVersion() const
{
    QSqlQuery query(connection());
    // A server has no data_version: every change writes the change log, whose newest id grows.
    const QString statement = m_dialect == Dialect::Postgres
                                  ? QStringLiteral("SELECT COALESCE(max(id), 0) FROM change_log")
                                  : QStringLiteral("PRAGMA data_version");
    if (!query.exec(statement) || !query.next())
        return errorFor(query, tr("looking for changes by other programs"));
    return query.value(0).toLongLong();
}

void Database::truncateWriteAheadLog()
{
    if (m_readOnly || m_transactionDepth > 0)
        return;
    if (connectionsInProcess(m_path) > 1)
        return; // our own readers may be inside a read; the next checkpoint empties the log
    sqlite3* connection = handle();
    if (!connection)
        return;
    // No waiting: a reader in another process keeps the log until it is done, and the next checkpoint
    // after it empties the log then.
    sqlite3_busy_timeout(connection, 0);
    int logFrames = 0;
    int checkpointed = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    sqlite3_busy_timeout(connection, m_busyTimeoutMs);
    if (rc != SQLITE_OK)
        spdlog::info("{}: the log was not emptied after a delete (SQLite code {}); another connection is "
                     "reading",
                     QFileInfo(m_path).fileName().toStdString(), rc);
}

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    QSqlQuery query(m_database.connection());
    // BEGIN IMMEDIATE takes the write lock at once, so a locked file fails here, before any work, and
    // whatever the change reads after this is what it writes over. A server takes its row locks as
    // the change goes (READ COMMITTED).
    const QString begin = m_database.dialect() == Dialect::Postgres ? QStringLiteral("BEGIN")
                                                                    : QStringLiteral("BEGIN IMMEDIATE");
    const QString statement = m_depth == 0 ? begin : QStringLiteral("SAVEPOINT sd_%1").arg(m_depth);
    if (!query.exec(statement)) {
        m_begun = m_database.errorFor(query, Database::tr("starting a change"));
        return;
    }
    m_open = true;
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_database.connection());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
        m_database.m_notices.clear();
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sd_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE sd_%1").arg(m_depth));
    }
    --m_database.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::database(
                                  Database::tr("A change was saved twice; nothing more was written.")))
                            : m_begun;
    // A server answers COMMIT of a transaction in which a statement failed with a rollback and no
    // error: that must not read as saved. The destructor rolls it back.
    if (pg_conn* server = m_database.serverHandle(); server && PQtransactionStatus(server) == PQTRANS_INERROR)
        return m_database.errorForServer(QStringLiteral("25P02"), Database::tr("saving a change"));
    // The other windows on a server hear of the change when, and only if, it is committed.
    if (m_depth == 0 && m_database.isServer()) {
        if (Status announced = ChangeNotices::announce(m_database, m_database.m_notices.take()); !announced)
            return announced;
    }
    QSqlQuery query(m_database.connection());
    const QString statement =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sd_%1").arg(m_depth);
    if (!query.exec(statement)) {
        Error failed = m_database.errorFor(query, Database::tr("saving a change"));
        if (m_depth == 0 && m_database.connectionLost()) {
            // The server may have written the change before its answer was lost: only the server can
            // tell, once connected again. The change is not tried again (it could be written twice).
            m_database.m_commitOutcomeUnknown = true;
            failed.message =
                Database::tr("Lost the connection to the server of %1 while saving a change; the "
                             "change may or may not have reached the server. Once connected "
                             "again, check what the programme holds before you make it again.")
                    .arg(m_database.path());
        }
        // A failed COMMIT (disk full, I/O error) may leave the transaction open: roll it back, so the
        // file stays as it was and the connection can go on.
        if (m_depth == 0) {
            QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
            m_open = false;
            --m_database.m_transactionDepth;
        }
        return failed;
    }
    m_open = false;
    --m_database.m_transactionDepth;
    return {};
}

} // namespace sd
