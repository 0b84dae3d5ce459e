// The server's side of a programme copy: read with COPY … TO STDOUT in one repeatable-read
// snapshot; written with COPY … FROM STDIN (PgCopyWriter) in one transaction.
#include "storage/BulkWorkLock.h"
#include "storage/ChangeNotices.h"
#include "storage/Database.h"
#include "storage/PgCopy.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeCopyParts.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <cctype>
#include <libpq-fe.h>
#include <memory>
#include <spdlog/spdlog.h>
#include <vector>

namespace sd::programme_copy {
namespace {

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

    Status open(const ProgrammeLocation& location, const QString& password)
    {
        Result<QSqlDatabase> db = ServerConnection::open(location, m_name, password);
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
    ServerSource(ProgrammeLocation location, QString password)
        : m_location(std::move(location))
        , m_password(std::move(password))
    {
    }

    Status beginRead() override
    {
        if (Status opened = m_server.open(m_location, m_password); !opened)
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
    QString m_password;
    ServerHandle m_server{"source"};
};

class ServerTarget : public RowTarget
{
public:
    ServerTarget(ProgrammeLocation location, QString password)
        : m_location(std::move(location))
        , m_password(std::move(password))
    {
    }

    // Connects, begins the one transaction and makes sure the database is empty (giving it the schema
    // when it has none), before the source is read.
    Status prepare() override
    {
        if (Status opened = m_server.open(m_location, m_password); !opened)
            return opened;
        QSqlDatabase& db = m_server.db();
        if (!db.transaction())
            return m_server.failure(db.lastError(), ProgrammeCopy::tr("beginning the copy"));
        m_server.m_inTransaction = true;
        // Two copies (or generates) into one database: the second finds it no longer empty.
        if (Status locked = lockForBulkWork(db, m_server.where()); !locked)
            return locked;
        QStringList tables;
        for (const TableShape* table : tablesInOrder())
            tables.append(QLatin1String(table->name()));
        if (Status prepared = ServerSchema::prepareForCopy(db, tables); !prepared)
            return prepared;
        return prepareBulkLoad();
    }

    Status open() override { return {}; }

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
        // The planner's statistics of the new rows, which PostgreSQL's manual asks for after a bulk
        // load: until autovacuum comes by (a minute or more) every query would be planned blind, a
        // register's page with a cost that sets off JIT compilation (tens of milliseconds each
        // time). From a small sample, as the middle stage of vacuumdb --analyze-in-stages: 0.4 s
        // for the large programme where the full sample takes 1.4 s, and autovacuum samples again
        // as the tables change. Only the owner may; another user's copy leaves it to autovacuum.
        if (m_bulk) {
            QStringList tables;
            for (const TableShape* table : tablesInOrder())
                tables << QLatin1String(table->name());
            if (!query.exec(QStringLiteral("SET LOCAL default_statistics_target = 10")) ||
                !query.exec(QLatin1String("ANALYZE ") + tables.join(QLatin1String(", "))))
                return m_server.failure(query.lastError(), ProgrammeCopy::tr("committing the copy"));
        }
        // A window already open on the database hears of the copied programme on commit.
        if (!ChangeNotices::announceEverything(query))
            return m_server.failure(query.lastError(), ProgrammeCopy::tr("committing the copy"));
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
    QString m_password;
    ServerHandle m_server{"target"};
    bool m_bulk = false;
    QStringList m_restore;
    std::vector<const char*> m_names;
    std::unique_ptr<PgCopyWriter> m_writer;
    int m_columns = 0;
};

} // namespace

std::unique_ptr<RowSource> serverSource(const ProgrammeLocation& location, const QString& password)
{
    return std::make_unique<ServerSource>(location, password);
}

std::unique_ptr<RowTarget> serverTarget(const ProgrammeLocation& location, const QString& password)
{
    return std::make_unique<ServerTarget>(location, password);
}

} // namespace sd::programme_copy
