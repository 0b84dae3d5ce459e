#pragma once

// What the reliability tests look at in a programme file after a fault or a kill: whether SQLite
// finds it intact, and its whole content as text, to compare with the states before and after the
// change. Read through SQLite's C API with the plain "unix" VFS, never with a descriptor of our own.
#include "Process.h"

#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <sqlite3.h>

namespace sd::test {

struct FileState
{
    bool exists = false;
    QString integrity; // "ok" when PRAGMA integrity_check finds nothing
    QString content;   // the schema, user_version and every row of every table
};

inline QStringList sqliteRows(sqlite3* db, const QString& sql, const QStringList& skipColumns = {})
{
    QStringList rows;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        rows.append(QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return rows;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            if (skipColumns.contains(QString::fromUtf8(sqlite3_column_name(statement, i))))
                continue;
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
            cells.append(text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows.append(cells.join(u'|'));
    }
    if (rc != SQLITE_DONE)
        rows.append(QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_finalize(statement);
    return rows;
}

// Opens the file read-write with the plain VFS (so a write-ahead log left behind is recovered, as
// the next user's opening would), runs integrity_check and dumps every table. The change log's
// times differ from run to run and are left out, and so do the random secret and key (their count stays).
inline FileState inspectFile(const QString& path)
{
    FileState state;
    state.exists = QFileInfo::exists(path);
    if (!state.exists)
        return state;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, "unix") != SQLITE_OK) {
        state.integrity = QStringLiteral("cannot open: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return state;
    }
    sqlite3_busy_timeout(db, 5000);
    state.integrity = sqliteRows(db, QStringLiteral("PRAGMA integrity_check")).join(u'\n');
    QStringList content = sqliteRows(db, QStringLiteral("PRAGMA user_version"));
    content +=
        sqliteRows(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    const QStringList tables = sqliteRows(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name"));
    for (const QString& table : tables) {
        const int columns =
            sqliteRows(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table))
                .value(0)
                .toInt();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order.append(QString::number(i));
        content.append(QStringLiteral("== %1").arg(table));
        // A file's certificate secret and pseudonym key are random, made anew by each creation or
        // migration: that there is one counts, not its bytes.
        if (table == QLatin1String("certificate_secret") || table == QLatin1String("pseudonym_key")) {
            content += sqliteRows(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
            continue;
        }
        content +=
            sqliteRows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(u',')),
                       {QStringLiteral("changed_at")});
    }
    sqlite3_close(db);
    state.content = content.join(u'\n');
    return state;
}

inline qint64 countOf(const FileState& state, const QString& table)
{
    const QStringList lines = state.content.split(u'\n');
    const qsizetype start = lines.indexOf(QStringLiteral("== %1").arg(table));
    if (start < 0)
        return -1;
    qint64 n = 0;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(QLatin1String("== ")); ++i)
        ++n;
    return n;
}

// A letters-only word for a number, so that generated names pass the name rules: 0 "Ba", 1 "Be"...
inline QString wordFor(int n)
{
    static const char* const syllables[] = {"ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du",
                                            "ka", "ke", "ki", "ko", "ku", "la", "le", "li", "lo", "lu"};
    QString word;
    do {
        word += QLatin1String(syllables[n % 20]);
        n /= 20;
    } while (n > 0);
    word[0] = word[0].toUpper();
    return word;
}

// A registration list of `rows` new people over 25 institutions, in the layout of
// tests/data/import/utf8-comma/input.csv: long enough that its import grows the file by many pages,
// so that a checkpoint extends the main file (where a kill can leave it shorter than its header).
inline QByteArray longRegistrationList(int rows)
{
    QByteArray csv("Given names,Family names,Gender,Institution,Position,Region,Email,Phone\n");
    for (int i = 0; i < rows; ++i) {
        const QString given = wordFor(i) + QStringLiteral(" ") + wordFor(i * 7 + 3);
        const QString family = wordFor(i * 13 + 5) + QStringLiteral(" ") + wordFor(i * 17 + 11);
        csv += QStringLiteral("%1,%2,%3,Instituto %4,Analyst,Chiapas,person%5@example.org,\n")
                   .arg(given, family, i % 2 ? QStringLiteral("female") : QStringLiteral("male"),
                        wordFor(i % 25))
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

} // namespace sd::test
