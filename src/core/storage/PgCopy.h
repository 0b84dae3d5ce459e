#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <span>

struct pg_conn;

namespace sd {

// Rows written to a table on a PostgreSQL server with COPY … FROM STDIN in text format, through
// libpq on the QPSQL connection's own libpq connection (Qt Sql cannot COPY). Because it is the same
// connection, the rows belong to the transaction the caller began through Qt (db.transaction()),
// and are kept or discarded with it; the caller reads them back through Qt as any other rows.
//
//     db.transaction();
//     auto writer = PgCopyWriter::start(db, "participant", columns);
//     writer->add(id); writer->add(name); writer->addNull(); writer->endRow(); …
//     writer->finish();   // the server checks every row here at the latest
//     db.commit();
//
// The table and column names cannot be bound: they must come from the compile-time table specs,
// never from input; they are checked to be plain lower-case names and quoted all the same.
class PgCopyWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::PgCopyWriter)

public:
    // Starts COPY on db, which must be an open QPSQL connection inside a transaction, with no query
    // still being read.
    static Result<std::unique_ptr<PgCopyWriter>> start(const QSqlDatabase& db, const char* table,
                                                       std::span<const char* const> columns);
    // Ends an unfinished COPY with an error, so that the server keeps none of its rows and the
    // transaction can only be rolled back.
    ~PgCopyWriter();
    PgCopyWriter(const PgCopyWriter&) = delete;
    PgCopyWriter& operator=(const PgCopyWriter&) = delete;

    // The next field of the current row.
    void addNull();
    void add(const QString& text); // a null QString is NULL; an empty one is the empty text
    void add(qint64 number);
    void add(int number) { add(qint64(number)); }
    void add(double number);
    void add(bool value);
    void add(const QDate& date); // an invalid date is NULL
    // A field as UTF-8 bytes read from another database, written without a QString (the bulk copy
    // of a programme); a NUL byte is refused as add(QString) refuses it.
    void addUtf8(const char* data, qsizetype size);
    // Ends the current row; a row with too few or too many fields, or a text PostgreSQL cannot
    // store (a NUL character), is an error and nothing more is sent.
    Status endRow();
    // Sends what is left and ends COPY; returns the number of rows the server took. A row the
    // server refuses (a broken rule, a value that does not fit) is an error here, and the
    // transaction can then only be rolled back.
    Result<qint64> finish();

    qint64 rowsWritten() const { return m_rows; }

    // COPY's text format for one field's UTF-8 bytes: backslash, tab, newline and carriage return
    // escaped, everything else as it is.
    static void appendEscaped(QByteArray& out, const char* data, qsizetype size);

private:
    PgCopyWriter(pg_conn* connection, QString table, int columns);
    void beginField();
    Status flush();
    Error failure(const QString& reason) const;
    void abandon();

    pg_conn* m_connection = nullptr;
    QString m_table;
    int m_columns = 0;
    int m_field = 0;
    qint64 m_rows = 0;
    QByteArray m_buffer;
    std::optional<Error> m_error;
    bool m_copying = true;
};

} // namespace sd
