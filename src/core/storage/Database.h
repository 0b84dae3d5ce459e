#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace sd {

// One open programme file: a named Qt Sql connection with the file-format rules of product.md
// applied (application_id, user_version, foreign keys, WAL, synchronous=FULL, busy_timeout).
// Opening never changes a file it then refuses; an older file is backed up, then migrated
// in one transaction.
class Database
{
public:
    static constexpr qint32 kApplicationId = 0x53446B31; // "SDk1"
    static constexpr int kSchemaVersion = 4;

    struct Options
    {
        int busyTimeoutMs = 3000;
        bool readOnly = false;
    };

    // Creates a new programme file at the current schema version; refuses an existing file.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    static Result<std::unique_ptr<Database>> create(const QString& path, const Options& options);
    // Opens an existing programme file, migrating an older one after writing a backup beside it.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    // Where the last migration wrote its backup (empty when none was needed).
    const QString& backupPath() const { return m_backupPath; }

    // An Error for a failed statement, naming the file and what to do.
    Error errorFor(const QSqlError& error, const QString& doing) const;
    Error errorFor(const QSqlQuery& query, const QString& doing) const;

    // Reads the schema version and application id of a file from its header without opening it
    // through SQLite, so that a file that is then refused is never touched.
    struct Header
    {
        qint32 applicationId = 0;
        int userVersion = 0;
        qint64 pageSize = 0;
        qint64 pageCount = 0;
        bool pageCountValid = false;
    };
    static Result<Header> readHeader(const QString& path);

    // The SQL text of migration step n (1-based), from the embedded resources.
    static QString migrationScript(int step);
    // Runs every statement of a script on the connection (no transaction of its own).
    static Status runScript(QSqlDatabase& db, const QString& script, const QString& path);

private:
    Database(QString path, QString connectionName);
    Status configure(const Options& options, bool newFile);
    Status writeBackup(int version);
    Status migrateFrom(int version);

    friend class Transaction;

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_transactionDepth = 0;
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
