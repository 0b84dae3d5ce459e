#include "storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("seminardesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool looksLocked(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

bool looksCorrupt(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFor(const QSqlError& error, const QString& doing) const
{
    const QString file = QFileInfo(m_path).fileName();
    if (looksLocked(error))
        return Error::database(tr("%1 is locked by another program while %2. Close the other program "
                                  "(or wait for it to finish) and try again.")
                                   .arg(file, doing));
    if (looksCorrupt(error))
        return Error::database(tr("%1 is damaged (%2) while %3. Restore it from a backup copy.")
                                   .arg(file, error.databaseText(), doing));
    return Error::database(
        tr("%1: the database refused a statement while %2 (%3). Nothing was changed; check the file "
           "with 'seminardesk-cli check'.")
            .arg(file, doing, error.text()));
}

Error Database::errorFor(const QSqlQuery& query, const QString& doing) const
{
    return errorFor(query.lastError(), doing);
}

Result<Database::Header> Database::readHeader(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(tr("%1 does not exist. Check the path, or create a programme file with "
                                  "'seminardesk-cli demo %1'.")
                                   .arg(path));
    if (info.isDir())
        return Error::badInput(tr("%1 is a folder, not a programme file. Name a .sdesk file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            tr("%1 cannot be read (%2). Check its permissions.").arg(path, file.errorString()));
    const QByteArray head = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return Error::badInput(tr("%1 is not a Seminar Desk programme file (it is not an SQLite database). "
                                  "Open a .sdesk file written by Seminar Desk.")
                                   .arg(name));
    const auto* bytes = reinterpret_cast<const uchar*>(head.constData());
    Header header;
    header.pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (header.pageSize == 1)
        header.pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    header.pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(bytes + 92);
    header.pageCountValid = header.pageCount > 0 && changeCounter == versionValidFor;
    header.userVersion = static_cast<int>(qFromBigEndian<qint32>(bytes + 60));
    header.applicationId = qFromBigEndian<qint32>(bytes + 68);
    // With a write-ahead log beside it the header may already count pages that a checkpoint had not
    // finished writing when it was interrupted; the log still holds them and SQLite recovers them on
    // opening. Only a file without a log can be judged shorter than its header by its size.
    if (header.pageCountValid && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
        info.size() < header.pageCount * header.pageSize)
        return Error::database(tr("%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), "
                                  "probably truncated by an interrupted copy. Restore it from a backup copy.")
                                   .arg(name)
                                   .arg(info.size())
                                   .arg(header.pageCount * header.pageSize));
    return header;
}

QString Database::migrationScript(int step)
{
    static const char* const names[] = {":/schema/001-initial.sql", ":/schema/002-change-log.sql",
                                        ":/schema/003-counting-indexes.sql",
                                        ":/schema/004-participation-summary.sql"};
    if (step < 1 || step > kSchemaVersion)
        return {};
    QFile file(QString::fromLatin1(names[step - 1]));
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
        if (!query.exec(statement))
            return Error::database(
                tr("%1: the schema could not be written (%2). The file was left as it was.")
                    .arg(QFileInfo(path).fileName(), query.lastError().text()));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    return create(path, Options{});
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const Options& options)
{
    if (QFileInfo::exists(path))
        return Error::badInput(tr("%1 already exists; Seminar Desk does not overwrite a file. Choose another "
                                  "name or remove the file first.")
                                   .arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::badInput(
            tr("The folder of %1 does not exist. Create it first or choose another path.").arg(path));

    std::unique_ptr<Database> database(new Database(nativePath(path), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    if (!db.open())
        return Error::badInput(tr("%1 cannot be created (%2). Check that the folder is writable.")
                                   .arg(path, db.lastError().text()));
    if (Status configured = database->configure(options, true); !configured) {
        db.close();
        QFile::remove(database->m_path);
        return configured.error();
    }
    Status built = [&]() -> Status {
        Transaction transaction(*database);
        if (!transaction.begun())
            return transaction.begun();
        for (int step = 1; step <= kSchemaVersion; ++step) {
            if (Status ran = runScript(db, migrationScript(step), path); !ran)
                return ran;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
            !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return database->errorFor(query, tr("writing the file's identity"));
        if (Status committed = transaction.commit(); !committed)
            return committed;
        // The new file's identity (application_id, user_version) would sit in the write-ahead log
        // until a checkpoint; other connections check it in the main file's header before opening.
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return database->errorFor(query, tr("writing the new file's header"));
        return {};
    }();
    if (!built) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
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
    Result<Header> header = readHeader(path);
    if (!header)
        return header.error();
    const QString name = QFileInfo(path).fileName();
    if (header->applicationId != kApplicationId)
        return Error::badInput(
            tr("%1 is an SQLite database but not a Seminar Desk programme file. Open a .sdesk "
               "file written by Seminar Desk.")
                .arg(name));
    if (header->userVersion > kSchemaVersion)
        return Error::database(
            tr("%1 was written by a newer version of Seminar Desk (file format %2; this version "
               "reads up to %3). Open it with a newer version; the file was left untouched.")
                .arg(name)
                .arg(header->userVersion)
                .arg(kSchemaVersion));
    if (header->userVersion < 1)
        return Error::badInput(
            tr("%1 has no Seminar Desk schema version. Open a .sdesk file written by Seminar Desk.")
                .arg(name));

    std::unique_ptr<Database> database(new Database(nativePath(path), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    QStringList connectOptions{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
    if (options.readOnly)
        connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return database->errorFor(db.lastError(), tr("opening it"));

    // The header may be stale when changes sit in the write-ahead log: ask SQLite as well.
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return database->errorFor(query, tr("reading its format version"));
        const int version = query.value(0).toInt();
        if (version > kSchemaVersion)
            return Error::database(
                tr("%1 was written by a newer version of Seminar Desk (file format %2; this "
                   "version reads up to %3). Open it with a newer version; the file was left "
                   "untouched.")
                    .arg(name)
                    .arg(version)
                    .arg(kSchemaVersion));
        header->userVersion = version;
    }
    if (header->userVersion < kSchemaVersion && options.readOnly)
        return Error::database(
            tr("%1 is in an older file format (%2) and must be upgraded, which a read-only "
               "opening cannot do. Open it once for writing.")
                .arg(name)
                .arg(header->userVersion));
    // The backup is taken before anything else touches the file, journal mode included.
    if (header->userVersion < kSchemaVersion) {
        if (Status saved = database->writeBackup(header->userVersion); !saved)
            return saved.error();
    }
    if (Status configured = database->configure(options, false); !configured)
        return configured.error();
    if (header->userVersion < kSchemaVersion) {
        if (Status migrated = database->migrateFrom(header->userVersion); !migrated)
            return migrated.error();
    }
    return database;
}

Status Database::configure(const Options& options, bool newFile)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return errorFor(query, tr("preparing the connection"));
    }
    if (!options.readOnly) {
        // Our files are always in WAL mode, so this is a no-op except on a new file.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return errorFor(query, tr("preparing the connection"));
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return errorFor(query, tr("preparing the connection"));
    }
    // A first read: a damaged or locked file shows itself here, before any work is done.
    if (!newFile && (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()))
        return errorFor(query, tr("reading it"));
    return {};
}

Status Database::writeBackup(int version)
{
    const QString name = QFileInfo(m_path).fileName();
    QSqlDatabase db = connection();
    // Bring anything still in a write-ahead log into the main file, so the copy is whole.
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return errorFor(query, tr("preparing the upgrade"));
    }
    QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
    if (!QFile::copy(m_path, backup))
        return Error::database(
            tr("%1 needs an upgrade, but its backup copy %2 could not be written. Free some disk "
               "space or make the folder writable; the file was left untouched.")
                .arg(name, backup));
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
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
        return errorFor(query, tr("upgrading it"));
    if (Status committed = transaction.commit(); !committed)
        return committed;
    spdlog::info("migrated programme file from schema version {} to {}; backup written", version,
                 kSchemaVersion);
    return {};
}

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    QSqlQuery query(m_database.connection());
    // BEGIN IMMEDIATE takes the write lock at once, so a locked file fails here, before any work.
    const QString statement =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sd_%1").arg(m_depth);
    if (!query.exec(statement)) {
        m_begun =
            m_database.errorFor(query, QCoreApplication::translate("sd::Database", "starting a change"));
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
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sd_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE sd_%1").arg(m_depth));
    }
    --m_database.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::database(QStringLiteral("commit without a transaction")))
                            : m_begun;
    QSqlQuery query(m_database.connection());
    const QString statement =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sd_%1").arg(m_depth);
    if (!query.exec(statement))
        return m_database.errorFor(query, QCoreApplication::translate("sd::Database", "saving a change"));
    m_open = false;
    --m_database.m_transactionDepth;
    return {};
}

} // namespace sd
