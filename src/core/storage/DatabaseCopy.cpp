#include "storage/DatabaseCopy.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sd {

Status writeDatabaseCopy(Database& database, const QString& target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Error::badInput(
            DatabaseCopy::tr("%1 is the open file itself. Choose another name for the copy.")
                .arg(targetInfo.fileName()));
    if (!targetInfo.absoluteDir().exists())
        return Error::badInput(
            DatabaseCopy::tr("The folder of %1 does not exist. Choose another folder for the copy.")
                .arg(target));

    // VACUUM INTO refuses an existing file: write beside the target, then put the copy in its place.
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return database.errorFor(query, DatabaseCopy::tr("preparing a copy"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Error::database(
            DatabaseCopy::tr(
                "The copy %1 could not be written (%2). Check that the folder is writable and has "
                "free space.")
                .arg(target, query.lastError().text()));
    }
    if (targetInfo.exists() && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error::badInput(
            DatabaseCopy::tr("%1 exists and cannot be replaced. Close the program using it or choose another "
                             "name.")
                .arg(target));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::badInput(
            DatabaseCopy::tr("The copy could not be named %1. Choose another name.").arg(target));
    }
    return {};
}

} // namespace sd
