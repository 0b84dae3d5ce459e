#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSqlQuery;

namespace sd {

class Database;

// The programme's secret for pseudonyms (docs/privacy.md, "Pseudonyms"): 32 bytes from the operating
// system's random source, kept as 64 hexadecimal digits in the table pseudonym_key (schema step 11)
// of the file or the server database. Written once, when the programme is created or brought to
// step 11, and never changed, so that the pseudonyms of one programme stay the same from export to
// export; a backup keeps it, a new programme (a `demo`, a `copy`) has its own.
class PseudonymKey
{
    Q_DECLARE_TR_FUNCTIONS(sd::PseudonymKey)

public:
    static constexpr int kSchemaStep = 11;

    // Inside the transaction that builds or upgrades the schema: writes a new key unless there is
    // one. False on failure, with the query holding the driver's error.
    static bool writeIfMissing(QSqlQuery& query);

    // The key's 32 bytes.
    static Result<QByteArray> read(Database& database);
};

} // namespace sd
