#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sd {

namespace {

// Puts the complete copy at partial in target's place (an existing target is replaced only now).
Status replaceWith(const QString& partial, const QString& target)
{
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
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

} // namespace

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

    // VACUUM INTO and a programme copy refuse an existing file: write beside the target, then put the
    // copy in its place.
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    if (database.location().isServer()) {
        // A server's programme is read in one snapshot of its own connection (ProgrammeCopy), with
        // the password this connection was opened with when a dialog asked for one.
        const Database::ReaderSpec spec = database.readerSpec();
        Result<ProgrammeCopyReport> copied =
            ProgrammeCopy::copy(spec.location, ProgrammeLocation::file(partial), {spec.password, {}});
        if (!copied) {
            QFile::remove(partial);
            return copied.error();
        }
        return replaceWith(partial, target);
    }
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
    return replaceWith(partial, target);
}

} // namespace sd
