#include "storage/PgCopy.h"

#include "storage/ProgrammeLocation.h"
#include "storage/ServerConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>
#include <cstring>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// Rows are sent to the server in pieces of about this size: large enough that libpq's calls cost
// nothing per row, small enough to hold any number of rows in little memory.
constexpr qsizetype kFlushBytes = 256 * 1024;

struct ResultClear
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultClear>;

QString field(const PGresult* result, int code)
{
    const char* value = result ? PQresultErrorField(result, code) : nullptr;
    return value ? QString::fromUtf8(value) : QString();
}

// Why the server refused, from its SQLSTATE and the names of the constraint and column (names from
// the schema); never from its message, which may quote the row's values.
QString reasonFor(const PGresult* result)
{
    const QString state = field(result, PG_DIAG_SQLSTATE);
    const QString constraint = field(result, PG_DIAG_CONSTRAINT_NAME);
    const QString column = field(result, PG_DIAG_COLUMN_NAME);
    if (state == QLatin1String("23505"))
        return PgCopyWriter::tr("a row repeats a value that must be unique (%1)").arg(constraint);
    if (state == QLatin1String("23503"))
        return PgCopyWriter::tr("a row refers to a record that does not exist (%1)").arg(constraint);
    if (state == QLatin1String("23502"))
        return PgCopyWriter::tr("a row leaves the required column %1 empty").arg(column);
    if (state == QLatin1String("23514"))
        return PgCopyWriter::tr("a row breaks the rule %1").arg(constraint);
    if (state.startsWith(QLatin1String("23")))
        return PgCopyWriter::tr("a row breaks a rule of the table (%1)")
            .arg(constraint.isEmpty() ? state : constraint);
    if (state.startsWith(QLatin1String("22")))
        return PgCopyWriter::tr("a value does not fit its column (PostgreSQL code %1)").arg(state);
    if (state == QLatin1String("42P01") || state == QLatin1String("42703"))
        return PgCopyWriter::tr(
            "the server's database lacks this table or one of its columns; its schema is not the one "
            "this version of Seminar Desk uses");
    if (state == QLatin1String("42501"))
        return PgCopyWriter::tr("your user may not write to this table on the server");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return PgCopyWriter::tr("another change on the server got in the way; try again");
    if (state.startsWith(QLatin1String("53")))
        return PgCopyWriter::tr(
                   "the server ran out of room or resources (PostgreSQL code %1); ask your IT officer")
            .arg(state);
    // 57P: the server is shutting down or ended this connection (an administrator, a restart).
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return PgCopyWriter::tr("the connection to the server was lost");
    return PgCopyWriter::tr("the server refused it (PostgreSQL code %1)").arg(state);
}

void logRefusal(const QString& table, const PGresult* result, PGconn* connection)
{
    if (result) {
        spdlog::error("COPY into {} refused: SQLSTATE {}, constraint '{}', column '{}'", table.toStdString(),
                      field(result, PG_DIAG_SQLSTATE).toStdString(),
                      field(result, PG_DIAG_CONSTRAINT_NAME).toStdString(),
                      field(result, PG_DIAG_COLUMN_NAME).toStdString());
    } else {
        spdlog::error("COPY into {} failed: {}", table.toStdString(),
                      QString::fromUtf8(PQerrorMessage(connection)).simplified().toStdString());
    }
}

void drainResults(PGconn* connection)
{
    while (PGresult* result = PQgetResult(connection))
        PQclear(result);
}

bool isPlainName(const char* name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return name && plain.match(QLatin1String(name)).hasMatch();
}

QByteArray quotedName(PGconn* connection, const char* name)
{
    char* quoted = PQescapeIdentifier(connection, name, std::strlen(name));
    const QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

QString whereText(PGconn* connection)
{
    return ProgrammeLocation::serverDisplayText(
        QString::fromUtf8(PQdb(connection)), QString::fromUtf8(PQhost(connection)),
        QString::fromUtf8(PQport(connection)), QString::fromUtf8(PQuser(connection)));
}

} // namespace

PgCopyWriter::PgCopyWriter(pg_conn* connection, QString table, int columns)
    : m_connection(connection)
    , m_table(std::move(table))
    , m_columns(columns)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

Result<std::unique_ptr<PgCopyWriter>> PgCopyWriter::start(const QSqlDatabase& db, const char* table,
                                                          std::span<const char* const> columns)
{
    PGconn* connection = ServerConnection::nativeHandle(db);
    const QString tableName = QString::fromLatin1(table ? table : "");
    if (!connection) {
        return Error::database(
            tr("Could not copy rows into %1: the programme is not open on a PostgreSQL server.")
                .arg(tableName));
    }
    const QString where = whereText(connection);
    // Names come from the compile-time table specs; anything else is a mistake in the program.
    bool plain = isPlainName(table) && !columns.empty();
    for (const char* column : columns)
        plain = plain && isPlainName(column);
    if (!plain) {
        spdlog::error("COPY refused a table or column name that is not a plain name");
        return Error::database(
            tr("Could not copy rows into %1 in %2: the program named a table or column that "
               "is not in its schema. Nothing was written; please report this.")
                .arg(tableName, where));
    }
    switch (PQtransactionStatus(connection)) {
    case PQTRANS_INTRANS:
        break;
    case PQTRANS_ACTIVE:
        return Error::database(
            tr("Could not copy rows into %1 in %2: the connection is still reading another "
               "query's rows. Nothing was written; please report this.")
                .arg(tableName, where));
    case PQTRANS_INERROR:
        return Error::database(tr("Could not copy rows into %1 in %2: an earlier step of this change failed. "
                                  "Nothing was written.")
                                   .arg(tableName, where));
    case PQTRANS_IDLE:
        // Every write is one transaction: rows copied outside one would be kept even if the rest of
        // the change failed.
        return Error::database(tr("Could not copy rows into %1 in %2: no transaction was begun. Nothing was "
                                  "written; please report this.")
                                   .arg(tableName, where));
    case PQTRANS_UNKNOWN:
        return Error::database(tr("Could not copy rows into %1 in %2: the connection to the server was lost. "
                                  "Nothing was written.")
                                   .arg(tableName, where));
    }

    QByteArray sql = "COPY " + quotedName(connection, table) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i)
        sql += (i ? ", " : "") + quotedName(connection, columns[i]);
    sql += ") FROM STDIN (FORMAT text)";
    const PgResult result(PQexec(connection, sql.constData()));
    if (PQresultStatus(result.get()) != PGRES_COPY_IN) {
        logRefusal(tableName, result.get(), connection);
        drainResults(connection);
        return Error::database(tr("Could not copy rows into %1 in %2: %3. Nothing was written.")
                                   .arg(tableName, where, reasonFor(result.get())));
    }
    return std::unique_ptr<PgCopyWriter>(new PgCopyWriter(connection, tableName, int(columns.size())));
}

PgCopyWriter::~PgCopyWriter()
{
    abandon();
}

void PgCopyWriter::appendEscaped(QByteArray& out, const char* data, qsizetype size)
{
    // Runs of ordinary bytes are appended whole; UTF-8 continuation bytes never equal these four.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        const char* escape = nullptr;
        switch (c) {
        case '\\':
            escape = "\\\\";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        default:
            continue;
        }
        out.append(data + runStart, i - runStart);
        out.append(escape, 2);
        runStart = i + 1;
    }
    out.append(data + runStart, size - runStart);
}

void PgCopyWriter::beginField()
{
    if (m_field > 0)
        m_buffer.append('\t');
    ++m_field;
}

void PgCopyWriter::addNull()
{
    beginField();
    m_buffer.append("\\N", 2);
}

void PgCopyWriter::add(const QString& text)
{
    if (text.isNull()) {
        addNull();
        return;
    }
    beginField();
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0') && !m_error) {
        m_error = Error::badInput(tr("Could not copy rows into %1: row %2 holds a NUL character, which "
                                     "PostgreSQL cannot store. Nothing was written; remove the character and "
                                     "try again.")
                                      .arg(m_table)
                                      .arg(m_rows + 1));
    }
    appendEscaped(m_buffer, utf8.constData(), utf8.size());
}

void PgCopyWriter::addUtf8(const char* data, qsizetype size)
{
    beginField();
    if (!m_error && std::memchr(data, '\0', static_cast<std::size_t>(size))) {
        m_error = Error::badInput(tr("Could not copy rows into %1: row %2 holds a NUL character, which "
                                     "PostgreSQL cannot store. Nothing was written; remove the character and "
                                     "try again.")
                                      .arg(m_table)
                                      .arg(m_rows + 1));
    }
    appendEscaped(m_buffer, data, size);
}

void PgCopyWriter::add(qint64 number)
{
    beginField();
    m_buffer.append(QByteArray::number(number));
}

void PgCopyWriter::add(double number)
{
    beginField();
    if (std::isnan(number))
        m_buffer.append("NaN");
    else if (std::isinf(number))
        m_buffer.append(number < 0 ? "-Infinity" : "Infinity");
    else
        m_buffer.append(QByteArray::number(number, 'g', 17));
}

void PgCopyWriter::add(bool value)
{
    beginField();
    m_buffer.append(value ? 't' : 'f');
}

void PgCopyWriter::add(const QDate& date)
{
    if (!date.isValid()) {
        addNull();
        return;
    }
    beginField();
    m_buffer.append(date.toString(Qt::ISODate).toLatin1());
}

Status PgCopyWriter::endRow()
{
    if (!m_copying)
        return m_error ? *m_error : failure(tr("the copy had already ended"));
    if (!m_error && m_field != m_columns) {
        spdlog::error("COPY into {}: a row of {} fields for {} columns", m_table.toStdString(), m_field,
                      m_columns);
        m_error = failure(tr("the program gave a row the wrong number of values; please report this"));
    }
    if (m_error) {
        abandon();
        return *m_error;
    }
    m_buffer.append('\n');
    m_field = 0;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status PgCopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
        logRefusal(m_table, nullptr, m_connection);
        m_error = failure(tr("the connection to the server was lost"));
        abandon();
        return *m_error;
    }
    m_buffer.clear();
    return {};
}

Result<qint64> PgCopyWriter::finish()
{
    if (!m_error && m_field != 0)
        m_error = failure(tr("the program left its last row unfinished; please report this"));
    if (m_error || !m_copying) {
        abandon();
        return m_error ? *m_error : failure(tr("the copy had already ended"));
    }
    if (const Status sent = flush(); !sent)
        return sent.error();
    m_copying = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        logRefusal(m_table, nullptr, m_connection);
        drainResults(m_connection);
        m_error = failure(tr("the connection to the server was lost"));
        return *m_error;
    }
    const PgResult result(PQgetResult(m_connection));
    const bool done = PQresultStatus(result.get()) == PGRES_COMMAND_OK;
    if (!done)
        logRefusal(m_table, result.get(), m_connection);
    drainResults(m_connection);
    if (!done) {
        m_error = failure(reasonFor(result.get()));
        return *m_error;
    }
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}

Error PgCopyWriter::failure(const QString& reason) const
{
    return Error::database(tr("Could not copy rows into %1 in %2: %3. Nothing was written.")
                               .arg(m_table, whereText(m_connection), reason));
}

void PgCopyWriter::abandon()
{
    if (!m_copying)
        return;
    m_copying = false;
    // An error message for COPY makes the server discard every row sent and fail the transaction.
    PQputCopyEnd(m_connection, "abandoned by Seminar Desk");
    drainResults(m_connection);
}

} // namespace sd
