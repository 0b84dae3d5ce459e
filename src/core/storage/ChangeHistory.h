#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>

namespace sd {

class Database;

// One entry of the change log as the History panel and `seminardesk-cli history` show it.
struct HistoryEntry
{
    Id id = 0;
    QDateTime changedAt; // UTC
    QString kind;        // "edit", "import", "merge"
    QString description; // as logged: a record marker (see ChangeHistory::describe) or a sentence
    QString changedBy;   // the login or the computer's user; empty in logs older than that
};

// The record a history is limited to: its table ("activity", "participant"…), id and, for records
// with a code, the code that older entries and attendance entries end with ("attendance 2.1").
struct HistoryRecord
{
    QString table;
    Id id = 0;
    QString code;

    bool isSet() const { return !table.isEmpty() && id > 0; }
};

// Reads the change log newest first, a page at a time, and turns its entries into sentences.
//
// A record's add, edit or delete is logged as a marker that holds only the table, the id, the code
// and the names of the fields changed ("participant#17 changed: email, phone",
// "activity#12[2.1] added"), never a value: the marker says which record without naming a person,
// lets a record's history be found with a bound LIKE, and reads in the language of whoever looks at
// it rather than of whoever made the change. Other entries (imports, merges, attendance) are
// sentences already and are shown as they were logged.
class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(sd::ChangeHistory)

public:
    enum class Change
    {
        Added,
        Changed,
        Deleted,
        Erased // a person anonymised, or with " completely" deleted, by an erasure
               // (privacy/ParticipantErasure)
    };

    explicit ChangeHistory(Database& database);

    // Up to `limit` entries older than `beforeId` (the whole log's newest when it is the default),
    // newest first; limited to one record when `record` is set.
    Result<QList<HistoryEntry>> page(const HistoryRecord& record, int limit,
                                     Id beforeId = std::numeric_limits<Id>::max()) const;

    // The marker a record change is logged as. Only tables from the record specs are passed here.
    static QString describe(Change change, const char* table, Id id, const QString& code,
                            const QStringList& fields);

    // What the entry says, in the reader's language: "activity 2.1: title, start date changed".
    static QString sentence(const HistoryEntry& entry);
    // The same for a description alone (the status bar's "last change").
    static QString sentence(const QString& description);

    // How a record is named in the history: "activity 2.1", "participant 17" (persons by number).
    static QString recordName(const HistoryRecord& record);

    // The tables a history can be limited to, as `describe` names them.
    static bool isRecordTable(const QString& table);

private:
    Database& m_database;
};

} // namespace sd
