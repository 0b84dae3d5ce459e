#include "storage/ProgrammeCopy.h"

#include "storage/Database.h"
#include "storage/ForeignKeysOffForBulkWrite.h"
#include "storage/PgCopy.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"
#include "storage/SqlBuilder.h"
#include "storage/Statement.h"
#include "storage/Tables.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>
#include <cctype>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <memory>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <stdio.h>
#include <vector>

namespace sd {

namespace {

// Every table of a programme, parents before the rows that refer to them; taken from the specs, so
// that no table or column is spelt here.
std::vector<const TableShape*> tablesInOrder()
{
    const LinkTables& links = linkTables();
    return {&tableOf<Institution>(), &tableOf<Project>(),        &links.projectRequestingInstitution,
            &tableOf<Component>(),   &tableOf<Objective>(),      &links.objectiveComponent,
            &tableOf<Activity>(),    &links.activityComponent,   &tableOf<Session>(),
            &tableOf<Participant>(), &tableOf<Expert>(),         &tableOf<ActivityExpertRow>(),
            &tableOf<Enrolment>(),   &tableOf<AttendanceMark>(), &tableOf<ChangeLogEntry>()};
}

// One value of a row as the source gives it: UTF-8 bytes in the form both databases read back as
// the same value (whole numbers in decimal, dates as ISO text, reals in their shortest exact form),
// or NULL.
struct Field
{
    const char* data = nullptr; // nullptr: NULL
    qsizetype size = 0;
};

class RowTarget
{
public:
    virtual ~RowTarget() = default;
    // The columns of the table the target takes, as indexes into the table's columns.
    virtual const std::vector<int>& columnsOf(const TableShape& table) const = 0;
    virtual Status beginTable(const TableShape& table) = 0;
    // One row: one field for each of columnsOf(table).
    virtual Status row(const Field* fields) = 0;
    virtual Status endTable() = 0;
    // Makes everything written durable and visible under the target's name.
    virtual Status commit() = 0;
    qint64 rows = 0;
};

class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual Status beginRead() = 0;
    virtual Status read(const TableShape& table, const std::vector<int>& columns, RowTarget& target) = 0;
};

QString columnList(const TableShape& table, const std::vector<int>& columns)
{
    QStringList names;
    for (int index : columns)
        names.append(QLatin1String(table.columns()[static_cast<std::size_t>(index)].name));
    return names.join(QStringLiteral(", "));
}

// A unique name for each Qt Sql connection a copy opens (a copy may run beside others in a test).
QString connectionName(const char* role)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("programme-copy-%1-%2").arg(QLatin1String(role)).arg(++counter);
}

// ---- a file ------------------------------------------------------------------------------------

class FileSource : public RowSource
{
public:
    explicit FileSource(QString path)
        : m_path(std::move(path))
    {
    }
    ~FileSource() override
    {
        if (m_reading)
            sqlite3_exec(m_database->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }

    Status beginRead() override
    {
        Database::Options options;
        options.readOnly = true;
        options.upgradeOlder = true;
        options.busyTimeoutMs = 1500;
        Result<std::unique_ptr<Database>> opened = Database::open(m_path, options);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
        // One read transaction: its snapshot is taken at the first read and every table is read in it.
        const int begun = sqlite3_exec(m_database->handle(), "BEGIN", nullptr, nullptr, nullptr);
        if (begun != SQLITE_OK)
            return m_database->errorForCode(begun, ProgrammeCopy::tr("beginning to read the programme"));
        m_reading = true;
        return {};
    }

    Status read(const TableShape& table, const std::vector<int>& columns, RowTarget& target) override
    {
        const QString doing = ProgrammeCopy::tr("reading the table %1").arg(QLatin1String(table.name()));
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2")
                                   .arg(columnList(table, columns), QLatin1String(table.name()))
                                   .toUtf8();
        sqlite3_stmt* statement = nullptr;
        int code =
            sqlite3_prepare_v2(m_database->handle(), sql.constData(), int(sql.size()), &statement, nullptr);
        if (code != SQLITE_OK)
            return m_database->errorForCode(code, doing);
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(statement, sqlite3_finalize);
        if (Status begun = target.beginTable(table); !begun)
            return begun;
        const int count = int(columns.size());
        std::vector<Field> fields(columns.size());
        std::vector<QByteArray> reals(columns.size());
        while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int i = 0; i < count; ++i) {
                Field& field = fields[std::size_t(i)];
                switch (sqlite3_column_type(statement, i)) {
                case SQLITE_NULL:
                    field = Field{};
                    break;
                case SQLITE_FLOAT: {
                    // SQLite's own text for a real keeps 15 digits only; the shortest exact form keeps it
                    // whole.
                    QByteArray& text = reals[std::size_t(i)];
                    text = QByteArray::number(sqlite3_column_double(statement, i), 'g',
                                              QLocale::FloatingPointShortest);
                    field = Field{text.constData(), text.size()};
                    break;
                }
                default: {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                    field = Field{text ? text : "", sqlite3_column_bytes(statement, i)};
                    break;
                }
                }
            }
            if (Status written = target.row(fields.data()); !written)
                return written;
        }
        if (code != SQLITE_DONE)
            return m_database->errorForCode(code, doing);
        return target.endTable();
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
    bool m_reading = false;
};

class FileTarget : public RowTarget
{
public:
    explicit FileTarget(QString path)
        : m_path(std::move(path))
        , m_partial(m_path + QStringLiteral(".partial"))
    {
    }
    ~FileTarget() override
    {
        if (!m_committed)
            discard();
    }

    // Refuses an existing target before the source is even opened.
    Status check() const
    {
        if (QFileInfo::exists(m_path))
            return Error::badInput(
                ProgrammeCopy::tr("%1 already exists; a copy goes into a new file only, and "
                                  "nothing was changed. Choose another name or remove the "
                                  "file first.")
                    .arg(m_path));
        if (QFileInfo::exists(m_partial))
            return Error::badInput(ProgrammeCopy::tr("%1 exists, probably left by a copy that was stopped. "
                                                     "Remove it and copy again.")
                                       .arg(m_partial));
        if (!QFileInfo(m_path).absoluteDir().exists())
            return Error::badInput(
                ProgrammeCopy::tr("The folder of %1 does not exist. Choose another folder for the copy.")
                    .arg(m_path));
        return {};
    }

    Status open()
    {
        Result<std::unique_ptr<Database>> created = Database::create(m_partial);
        if (!created)
            return created.error();
        m_database = std::move(created).value();
        m_created = true;
        QSqlQuery query(m_database->connection());
        // The new file is written once, into the file itself: no journal while it is filled (the
        // commit still syncs it), and a cache large enough that no page spills mid-transaction.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = OFF")) ||
            !query.exec(QStringLiteral("PRAGMA cache_size = -262144")))
            return m_database->errorFor(query, ProgrammeCopy::tr("preparing the new file"));
        m_foreignKeysOff = std::make_unique<ForeignKeysOffForBulkWrite>(*m_database);
        if (!m_foreignKeysOff->switched())
            return m_foreignKeysOff->switched();
        m_transaction = std::make_unique<Transaction>(*m_database);
        if (!m_transaction->begun())
            return m_transaction->begun();
        // Indexes and triggers are dropped and made again at the end, in the same transaction: an
        // index built from the loaded rows costs far less than a million inserts into it, and the
        // summary columns are copied as they are instead of being counted again mark by mark.
        if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                                       "'trigger') AND sql IS NOT NULL")))
            return m_database->errorFor(query, ProgrammeCopy::tr("preparing the new file"));
        QStringList drops;
        while (query.next()) {
            QString quoted = query.value(1).toString();
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            drops.append((query.value(0).toString() == QLatin1String("trigger")
                              ? QStringLiteral("DROP TRIGGER \"%1\"")
                              : QStringLiteral("DROP INDEX \"%1\""))
                             .arg(quoted));
            m_definitions.append(query.value(2).toString());
        }
        for (const QString& drop : std::as_const(drops)) {
            if (!query.exec(drop))
                return m_database->errorFor(query, ProgrammeCopy::tr("preparing the new file"));
        }
        return {};
    }

    const std::vector<int>& columnsOf(const TableShape& table) const override
    {
        return table.written(StatementKind::Load);
    }

    Status beginTable(const TableShape& table) override
    {
        m_table = &table;
        m_columns = int(columnsOf(table).size());
        // About 960 values a statement: one step writes hundreds of rows.
        m_batchRows = std::max(1, 960 / std::max(1, m_columns));
        m_batch = std::make_unique<Statement>(
            *m_database, SqlBuilder(Dialect::Sqlite).insertRows(table, StatementKind::Load, m_batchRows),
            doing(), Statement::Reuse::Once);
        m_pending = 0;
        m_slots.resize(std::size_t(m_batchRows * m_columns));
        return m_batch->status();
    }

    Status row(const Field* fields) override
    {
        // The values wait in slots of their own until a statement's worth of rows is there: the last
        // rows of a table go into a shorter statement.
        for (int i = 0; i < m_columns; ++i) {
            Slot& slot = m_slots[std::size_t(m_pending * m_columns + i)];
            slot.null = fields[i].data == nullptr;
            if (!slot.null) {
                slot.text.resize(fields[i].size);
                std::memcpy(slot.text.data(), fields[i].data, std::size_t(fields[i].size));
            }
        }
        ++rows;
        if (++m_pending == m_batchRows)
            return flush(*m_batch);
        return {};
    }

    Status endTable() override
    {
        if (m_pending == 0)
            return {};
        Statement last(*m_database,
                       SqlBuilder(Dialect::Sqlite).insertRows(*m_table, StatementKind::Load, m_pending),
                       doing(), Statement::Reuse::Once);
        if (!last.status())
            return last.status();
        return flush(last);
    }

    Status commit() override
    {
        QSqlQuery rebuild(m_database->connection());
        for (const QString& definition : std::as_const(m_definitions)) {
            if (!rebuild.exec(definition))
                return m_database->errorFor(rebuild, ProgrammeCopy::tr("building the copy's indexes"));
        }
        if (!rebuild.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return m_database->errorFor(rebuild, ProgrammeCopy::tr("checking the copy's references"));
        if (rebuild.next())
            return Error::badInput(
                ProgrammeCopy::tr("The programme being copied refers to a missing %1 record, "
                                  "so no copy was written. Run 'seminardesk-cli check' on it.")
                    .arg(rebuild.value(2).toString()));
        rebuild.finish();
        if (Status committed = m_transaction->commit(); !committed)
            return committed;
        m_transaction.reset();
        m_foreignKeysOff.reset();
        if (!rebuild.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return m_database->errorFor(rebuild, ProgrammeCopy::tr("finishing the new file"));
        rebuild = QSqlQuery();
        m_database.reset();
        // RENAME_NOREPLACE: a file that took the name meanwhile is never replaced.
        const QByteArray from = QFile::encodeName(m_partial);
        const QByteArray to = QFile::encodeName(m_path);
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0)
            return Error::badInput(ProgrammeCopy::tr("The copy could not be named %1 (another file took that "
                                                     "name meanwhile?); nothing was written. Choose another "
                                                     "name and copy again.")
                                       .arg(m_path));
        m_committed = true;
        return {};
    }

private:
    struct Slot
    {
        QByteArray text;
        bool null = true;
    };

    // Writes the rows waiting in the slots with a statement of their number.
    Status flush(Statement& statement)
    {
        const int values = m_pending * m_columns;
        for (int i = 0; i < values; ++i) {
            const Slot& slot = m_slots[std::size_t(i)];
            // Values go in as text and the columns' types make numbers of them, as the file's schema
            // declares them (an INTEGER column keeps 12, a TEXT column "12").
            if (slot.null)
                statement.bindNull(i + 1);
            else
                statement.bind(i + 1, std::string_view(slot.text.constData(), std::size_t(slot.text.size())));
        }
        m_pending = 0;
        return statement.run();
    }

    QString doing() const { return ProgrammeCopy::tr("writing the copy %1").arg(m_path); }

    void discard()
    {
        m_batch.reset();
        m_transaction.reset();
        m_foreignKeysOff.reset();
        m_database.reset();
        if (!m_created)
            return;
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(m_partial + suffix);
    }

    QString m_path;
    QString m_partial;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ForeignKeysOffForBulkWrite> m_foreignKeysOff;
    std::unique_ptr<Transaction> m_transaction;
    QStringList m_definitions;
    const TableShape* m_table = nullptr;
    std::unique_ptr<Statement> m_batch;
    int m_columns = 0;
    int m_batchRows = 1;
    int m_pending = 0;
    std::vector<Slot> m_slots;
    bool m_created = false;
    bool m_committed = false;
};

// ---- a server ----------------------------------------------------------------------------------

// A Qt Sql connection that is closed and removed with its owner.
class ServerHandle
{
public:
    explicit ServerHandle(const char* role)
        : m_name(connectionName(role))
    {
    }
    ~ServerHandle()
    {
        if (m_db.isValid()) {
            if (m_inTransaction)
                m_db.rollback();
            m_db.close();
        }
        m_db = QSqlDatabase();
        if (m_opened)
            QSqlDatabase::removeDatabase(m_name);
    }
    ServerHandle(const ServerHandle&) = delete;
    ServerHandle& operator=(const ServerHandle&) = delete;

    Status open(const ProgrammeLocation& location)
    {
        Result<QSqlDatabase> db = ServerConnection::open(location, m_name);
        if (!db)
            return db.error();
        m_db = *db;
        m_opened = true;
        // Kept while connected: a lost connection no longer says where it was.
        m_where = ServerConnection::identity(m_db).displayText();
        return {};
    }
    QSqlDatabase& db() { return m_db; }
    pg_conn* native() const { return ServerConnection::nativeHandle(m_db); }
    const QString& where() const { return m_where; }

    // One sentence for a statement the server did not carry out; its own words go to the log.
    Error failure(const QSqlError& error, const QString& doing) const
    {
        spdlog::error("copy: {} failed (SQLSTATE {})", doing.toStdString(),
                      error.nativeErrorCode().toStdString());
        if (PQstatus(native()) != CONNECTION_OK || error.nativeErrorCode().startsWith(QLatin1String("57P")))
            return Error::database(ProgrammeCopy::tr("The connection to %1 was lost while %2; nothing was "
                                                     "written. Try again when the server is back.")
                                       .arg(where(), doing));
        return Error::database(
            ProgrammeCopy::tr("The server of %1 refused %2 (PostgreSQL code %3); nothing "
                              "was written. The details are in the log for your IT officer.")
                .arg(where(), doing, error.nativeErrorCode()));
    }

    bool m_inTransaction = false;

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_where;
    bool m_opened = false;
};

class ServerSource : public RowSource
{
public:
    explicit ServerSource(ProgrammeLocation location)
        : m_location(std::move(location))
    {
    }

    Status beginRead() override
    {
        if (Status opened = m_server.open(m_location); !opened)
            return opened;
        QSqlDatabase& db = m_server.db();
        if (!db.transaction())
            return m_server.failure(db.lastError(), ProgrammeCopy::tr("beginning to read the programme"));
        m_server.m_inTransaction = true;
        // One snapshot for every table: a copy taken while others write is one moment of the programme.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return m_server.failure(query.lastError(), ProgrammeCopy::tr("beginning to read the programme"));
        Result<int> version = ServerSchema::version(db);
        if (!version)
            return version.error();
        if (*version != ServerSchema::kVersion)
            return Error::database(
                ProgrammeCopy::tr("%1 holds schema version %2 and this Seminar Desk copies "
                                  "version %3 only; nothing was copied. Open it with the "
                                  "version of Seminar Desk that matches it.")
                    .arg(m_server.where())
                    .arg(*version)
                    .arg(ServerSchema::kVersion));
        return {};
    }

    Status read(const TableShape& table, const std::vector<int>& columns, RowTarget& target) override
    {
        const QString doing = ProgrammeCopy::tr("reading the table %1").arg(QLatin1String(table.name()));
        pg_conn* connection = m_server.native();
        // The names come from the table specs, an allow-list fixed at compile time.
        const QByteArray sql = QStringLiteral("COPY %1 (%2) TO STDOUT (FORMAT text)")
                                   .arg(QLatin1String(table.name()), columnList(table, columns))
                                   .toUtf8();
        PGresult* started = PQexec(connection, sql.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
        const QString state = QString::fromUtf8(PQresultErrorField(started, PG_DIAG_SQLSTATE));
        PQclear(started);
        if (!copying)
            return lost(connection, doing, state);
        if (Status begun = target.beginTable(table); !begun) {
            drain(connection);
            return begun;
        }
        std::vector<Field> fields(columns.size());
        QByteArray unescaped;
        Status status;
        for (;;) {
            char* line = nullptr;
            const int size = PQgetCopyData(connection, &line, 0);
            if (size < 0)
                break;
            if (status) {
                status = parseRow(line, size, fields, unescaped);
                if (status)
                    status = target.row(fields.data());
            }
            PQfreemem(line);
        }
        PGresult* ended = PQgetResult(connection);
        const bool done = PQresultStatus(ended) == PGRES_COMMAND_OK;
        const QString endState = QString::fromUtf8(PQresultErrorField(ended, PG_DIAG_SQLSTATE));
        PQclear(ended);
        drain(connection);
        if (!status)
            return status;
        if (!done)
            return lost(connection, doing, endState);
        return target.endTable();
    }

private:
    static void drain(pg_conn* connection)
    {
        while (PGresult* result = PQgetResult(connection))
            PQclear(result);
    }

    Error lost(pg_conn* connection, const QString& doing, const QString& state) const
    {
        spdlog::error("copy: {} failed (SQLSTATE {}): {}", doing.toStdString(), state.toStdString(),
                      QString::fromUtf8(PQerrorMessage(connection)).simplified().toStdString());
        if (PQstatus(connection) != CONNECTION_OK || state.isEmpty() ||
            state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
            return Error::database(ProgrammeCopy::tr("The connection to %1 was lost while %2; nothing was "
                                                     "written. Try again when the server is back.")
                                       .arg(m_server.where(), doing));
        return Error::database(
            ProgrammeCopy::tr("The server of %1 refused %2 (PostgreSQL code %3); nothing "
                              "was written. The details are in the log for your IT officer.")
                .arg(m_server.where(), doing, state));
    }

    // One line of COPY's text format: fields separated by tabs, \N for NULL, backslash escapes.
    static Status parseRow(const char* line, int size, std::vector<Field>& fields, QByteArray& unescaped)
    {
        if (size > 0 && line[size - 1] == '\n')
            --size;
        unescaped.resize(0);
        unescaped.reserve(size);
        // Fields are first collected as offsets into `unescaped`, which may grow while they are read.
        std::vector<std::pair<qsizetype, qsizetype>> spans;
        spans.reserve(fields.size());
        int i = 0;
        for (;;) {
            if (size - i >= 2 && line[i] == '\\' && line[i + 1] == 'N' &&
                (i + 2 == size || line[i + 2] == '\t')) {
                spans.emplace_back(-1, 0);
                i += 2;
            } else {
                const qsizetype start = unescaped.size();
                while (i < size && line[i] != '\t') {
                    char c = line[i++];
                    if (c == '\\' && i < size) {
                        const char e = line[i++];
                        switch (e) {
                        case 'b':
                            c = '\b';
                            break;
                        case 'f':
                            c = '\f';
                            break;
                        case 'n':
                            c = '\n';
                            break;
                        case 'r':
                            c = '\r';
                            break;
                        case 't':
                            c = '\t';
                            break;
                        case 'v':
                            c = '\v';
                            break;
                        case 'x': {
                            int value = 0;
                            for (int digits = 0; digits < 2 && i < size && std::isxdigit(uchar(line[i]));
                                 ++digits)
                                value = value * 16 + QByteArray(1, line[i++]).toInt(nullptr, 16);
                            c = char(value);
                            break;
                        }
                        default:
                            if (e >= '0' && e <= '7') {
                                int value = e - '0';
                                for (int digits = 1;
                                     digits < 3 && i < size && line[i] >= '0' && line[i] <= '7'; ++digits)
                                    value = value * 8 + (line[i++] - '0');
                                c = char(value);
                            } else {
                                c = e;
                            }
                        }
                    }
                    unescaped.append(c);
                }
                spans.emplace_back(start, unescaped.size() - start);
            }
            if (i < size && line[i] == '\t') {
                ++i;
                continue;
            }
            break;
        }
        if (spans.size() != fields.size())
            return Error::database(ProgrammeCopy::tr("The server sent a row of %1 values for %2 columns; "
                                                     "nothing was written. Please report this.")
                                       .arg(spans.size())
                                       .arg(fields.size()));
        for (std::size_t f = 0; f < fields.size(); ++f) {
            fields[f] =
                spans[f].first < 0 ? Field{} : Field{unescaped.constData() + spans[f].first, spans[f].second};
            if (fields[f].data == nullptr && spans[f].first >= 0)
                fields[f].data = "";
        }
        return {};
    }

    ProgrammeLocation m_location;
    ServerHandle m_server{"source"};
};

class ServerTarget : public RowTarget
{
public:
    explicit ServerTarget(ProgrammeLocation location)
        : m_location(std::move(location))
    {
    }

    // Connects, begins the one transaction and makes sure the database is empty (giving it the schema
    // when it has none), before the source is read.
    Status open()
    {
        if (Status opened = m_server.open(m_location); !opened)
            return opened;
        QSqlDatabase& db = m_server.db();
        if (!db.transaction())
            return m_server.failure(db.lastError(), ProgrammeCopy::tr("beginning the copy"));
        m_server.m_inTransaction = true;
        QStringList tables;
        for (const TableShape* table : tablesInOrder())
            tables.append(QLatin1String(table->name()));
        if (Status prepared = ServerSchema::prepareForCopy(db, tables); !prepared)
            return prepared;
        return prepareBulkLoad();
    }

    const std::vector<int>& columnsOf(const TableShape& table) const override
    {
        // Loaded in bulk, the participation summary is copied as it is, its triggers switched off;
        // otherwise the server's triggers count it again from the marks as they arrive.
        return table.written(m_bulk ? StatementKind::Load : StatementKind::InsertWithKey);
    }

    Status beginTable(const TableShape& table) override
    {
        m_names.clear();
        for (int index : columnsOf(table))
            m_names.push_back(table.columns()[std::size_t(index)].name);
        m_columns = int(m_names.size());
        Result<std::unique_ptr<PgCopyWriter>> writer =
            PgCopyWriter::start(m_server.db(), table.name(), m_names);
        if (!writer)
            return writer.error();
        m_writer = std::move(writer).value();
        return {};
    }

    Status row(const Field* fields) override
    {
        for (int i = 0; i < m_columns; ++i) {
            if (fields[i].data)
                m_writer->addUtf8(fields[i].data, fields[i].size);
            else
                m_writer->addNull();
        }
        ++rows;
        return m_writer->endRow();
    }

    Status endTable() override
    {
        Result<qint64> written = m_writer->finish();
        m_writer.reset();
        if (!written)
            return written.error();
        return {};
    }

    Status commit() override
    {
        QSqlDatabase& db = m_server.db();
        QSqlQuery query(db);
        for (const QString& statement : std::as_const(m_restore)) {
            if (!query.exec(statement))
                return restoreFailure(query.lastError());
        }
        // New rows must be numbered after the copied ones: each identity sequence is moved past the
        // largest id (to 1 for an empty table).
        for (const TableShape* table : tablesInOrder()) {
            const char* key = table->generatedKey();
            if (!key)
                continue;
            const QString name = QLatin1String(table->name());
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                           "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                                .arg(name, QLatin1String(key))))
                return m_server.failure(query.lastError(),
                                        ProgrammeCopy::tr("numbering the new rows of %1").arg(name));
        }
        query.finish();
        m_server.m_inTransaction = false;
        if (!db.commit())
            return m_server.failure(db.lastError(), ProgrammeCopy::tr("committing the copy"));
        return {};
    }

private:
    // The bulk load of pg_restore: a COPY into a table with foreign keys, indexes and row triggers
    // checks and updates them row by row (a million marks: two foreign-key look-ups and two index
    // inserts each, about five times the COPY itself). Inside the copy's transaction the foreign keys,
    // the primary and unique keys, the other indexes and the summary triggers are taken away, and
    // made again once the rows are in: each index built by one sort, each foreign key checked by one
    // join. Only the tables' owner may do this; another user's copy loads into the tables as they
    // are. The statements are made by the server from its own catalogue (format('%I'), the
    // definitions as pg_get_constraintdef and pg_get_indexdef give them), never from input.
    Status prepareBulkLoad()
    {
        QSqlQuery query(m_server.db());
        const auto failed = [&] {
            return m_server.failure(query.lastError(),
                                    ProgrammeCopy::tr("preparing the tables for the copy"));
        };
        if (!query.exec(QStringLiteral(
                "SELECT COALESCE(bool_and(pg_has_role(relowner, 'USAGE')), false) "
                "FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")) ||
            !query.next())
            return failed();
        if (!query.value(0).toBool()) {
            spdlog::info("copy: not the tables' owner, so rows go in with every key and trigger in place");
            return {};
        }
        QStringList drops;
        QStringList addKeys;
        QStringList addReferences;
        // Foreign keys first, then the keys they rest on.
        if (!query.exec(QStringLiteral(
                "SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.relname, k.conname), "
                "format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.relname, k.conname, "
                "pg_get_constraintdef(k.oid)), "
                "k.contype = 'f' FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                "WHERE c.relnamespace = 'public'::regnamespace AND k.contype IN ('f', 'p', 'u') "
                "ORDER BY k.contype = 'f' DESC, c.relname, k.conname")))
            return failed();
        while (query.next()) {
            drops.append(query.value(0).toString());
            (query.value(2).toBool() ? addReferences : addKeys).append(query.value(1).toString());
        }
        QStringList addIndexes;
        if (!query.exec(QStringLiteral(
                "SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(x.indexrelid) "
                "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = "
                "x.indrelid "
                "WHERE t.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                "WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid) ORDER BY i.relname")))
            return failed();
        while (query.next()) {
            drops.append(query.value(0).toString());
            addIndexes.append(query.value(1).toString());
        }
        QStringList enables;
        if (!query.exec(
                QStringLiteral("SELECT DISTINCT format('ALTER TABLE %I DISABLE TRIGGER USER', c.relname), "
                               "format('ALTER TABLE %I ENABLE TRIGGER USER', c.relname) FROM pg_trigger g "
                               "JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal "
                               "AND c.relnamespace = 'public'::regnamespace")))
            return failed();
        while (query.next()) {
            drops.append(query.value(0).toString());
            enables.append(query.value(1).toString());
        }
        for (const QString& drop : std::as_const(drops)) {
            if (!query.exec(drop))
                return failed();
        }
        m_restore = enables + addKeys + addIndexes + addReferences;
        m_bulk = true;
        return {};
    }

    // A key or reference that cannot be made again means the source broke a rule of the schema.
    Error restoreFailure(const QSqlError& error) const
    {
        const QString code = error.nativeErrorCode();
        if (code.startsWith(QLatin1String("23"))) {
            spdlog::error("copy: the copied rows break a rule of the schema (SQLSTATE {})",
                          code.toStdString());
            return Error::badInput(ProgrammeCopy::tr("The programme being copied breaks a rule of the schema "
                                                     "(a repeated id or a reference to a missing record, "
                                                     "PostgreSQL code %1), so nothing was written to %2. Run "
                                                     "'seminardesk-cli check' on it.")
                                       .arg(code, m_server.where()));
        }
        return m_server.failure(error, ProgrammeCopy::tr("building the copy's keys and indexes"));
    }

    ProgrammeLocation m_location;
    ServerHandle m_server{"target"};
    bool m_bulk = false;
    QStringList m_restore;
    std::vector<const char*> m_names;
    std::unique_ptr<PgCopyWriter> m_writer;
    int m_columns = 0;
};

} // namespace

Result<ProgrammeCopyReport> ProgrammeCopy::copy(const ProgrammeLocation& source,
                                                const ProgrammeLocation& target)
{
    QElapsedTimer timer;
    timer.start();
    if (source.isFile() && target.isFile() &&
        QFileInfo(source.filePath()).absoluteFilePath() == QFileInfo(target.filePath()).absoluteFilePath())
        return Error::badInput(
            tr("%1 is the programme being copied; choose another name for the copy.").arg(target.filePath()));

    // The target is looked at first: a refused target costs no reading of the source.
    std::unique_ptr<RowTarget> writer;
    if (target.isFile()) {
        auto file = std::make_unique<FileTarget>(target.filePath());
        if (Status free = file->check(); !free)
            return free.error();
        writer = std::move(file);
    } else {
        auto server = std::make_unique<ServerTarget>(target);
        if (Status ready = server->open(); !ready)
            return ready.error();
        writer = std::move(server);
    }

    std::unique_ptr<RowSource> reader;
    if (source.isFile())
        reader = std::make_unique<FileSource>(source.filePath());
    else
        reader = std::make_unique<ServerSource>(source);
    if (Status begun = reader->beginRead(); !begun)
        return begun.error();
    if (auto* file = dynamic_cast<FileTarget*>(writer.get())) {
        if (Status opened = file->open(); !opened)
            return opened.error();
    }

    for (const TableShape* table : tablesInOrder()) {
        if (Status copied = reader->read(*table, writer->columnsOf(*table), *writer); !copied)
            return copied.error();
    }
    reader.reset();
    if (Status committed = writer->commit(); !committed)
        return committed.error();

    ProgrammeCopyReport report;
    report.rows = writer->rows;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    spdlog::info("copied a programme: {} rows in {:.2f} s", report.rows, report.seconds);
    return report;
}

} // namespace sd
