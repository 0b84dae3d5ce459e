// The file's side of a programme copy: read through SQLite's C API in one read transaction; written
// as a new file beside the target, with multi-row inserts, and renamed once complete.
#include "storage/Database.h"
#include "storage/ForeignKeysOffForBulkWrite.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeCopyParts.h"
#include "storage/SqlBuilder.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <stdio.h>
#include <vector>

namespace sd::programme_copy {
namespace {

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
    Status prepare() override
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

    Status open() override
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
        // Every statement is finalised before the connection closes: SQLite will not close a
        // connection that still has one, and the file would stay open (and its memory held).
        m_batch.reset();
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

} // namespace

std::unique_ptr<RowSource> fileSource(const QString& path)
{
    return std::make_unique<FileSource>(path);
}

std::unique_ptr<RowTarget> fileTarget(const QString& path)
{
    return std::make_unique<FileTarget>(path);
}

} // namespace sd::programme_copy
