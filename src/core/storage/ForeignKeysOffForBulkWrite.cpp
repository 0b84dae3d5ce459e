#include "storage/ForeignKeysOffForBulkWrite.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <spdlog/spdlog.h>

namespace sd {

ForeignKeysOffForBulkWrite::ForeignKeysOffForBulkWrite(Database& database)
    : m_database(database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        m_switched = database.errorFor(
            query, QCoreApplication::translate("sd::ForeignKeysOffForBulkWrite", "preparing a bulk write"));
}

ForeignKeysOffForBulkWrite::~ForeignKeysOffForBulkWrite()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        spdlog::error("foreign keys could not be switched back on after a bulk write");
}

} // namespace sd
