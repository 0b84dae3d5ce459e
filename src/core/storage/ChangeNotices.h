#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlQuery;

namespace sd {

class Database;

// What a programme on a server tells the other windows open on it when a change is committed:
// PostgreSQL's LISTEN/NOTIFY on one channel per database. A notification is transactional (it is
// delivered on commit and never after a rollback), so the application sends it inside its own
// write transaction, just before COMMIT, rather than from triggers: no schema step, no work per
// row, and a bulk write (import, generate, copy) sends a handful of notifications, not one per row.
//
// Each notification's payload is one small word: "participant:42:7" (table, id, the version the
// change left; 0 when the record was deleted), "participant:*" when a transaction changed many
// records of that table, or "*" when it wrote rows that were not noted one by one (attendance
// marks, bulk paths). A reader that refreshes on any notification can ignore the payload.
class ChangeNotices
{
public:
    // The channel every programme's changes are announced on (NOTIFY is per database).
    static QString channel();
    // How many single records one transaction names before they are counted per table.
    static constexpr int kNamedRecords = 16;

    // Remembers a record the open transaction wrote.
    void note(const char* table, qint64 id, qint64 version);
    // Forgets what was noted (the transaction was rolled back).
    void clear();
    // The payloads for what was noted, and forgets it: "*" when nothing was.
    QList<QByteArray> take();

    // Sends the payloads on the database's connection inside its open transaction. Nothing is sent
    // when the transaction wrote nothing (a transaction that only read holds no transaction id).
    static Status announce(Database& database, const QList<QByteArray>& payloads);
    // The same for a bulk write on a connection of its own (a copy onto a server): one "*", sent
    // through query, whose lastError() says why when it returns false.
    static bool announceEverything(QSqlQuery& query);

private:
    QList<QByteArray> m_words; // "table:id:version" each, or "table:*" each once m_perTable
    bool m_perTable = false;
};

} // namespace sd
