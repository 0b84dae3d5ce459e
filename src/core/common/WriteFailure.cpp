#include "common/WriteFailure.h"

#include <QFileDevice>
#include <cerrno>
#include <sqlite3.h>

namespace sd {

QString WriteFailure::words(Cause cause)
{
    switch (cause) {
    case Cause::DiskFull:
        return tr("the disk is full");
    case Cause::ReadOnlyDisk:
        return tr("the disk is read-only");
    case Cause::NotAllowed:
        return tr("you may not write in that folder");
    case Cause::FolderMissing:
        return tr("the folder does not exist");
    case Cause::FolderNotWritable:
        return tr("the folder cannot be written");
    case Cause::CannotCreate:
        return tr("the file cannot be created there");
    case Cause::DiskError:
        return tr("the disk reported an error");
    case Cause::NameTooLong:
        return tr("the name is too long");
    case Cause::Locked:
        return tr("another program kept the file locked");
    case Cause::Damaged:
        return tr("the file is damaged");
    case Cause::OutOfMemory:
        return tr("there is not enough memory");
    case Cause::Unknown:
        break;
    }
    return tr("the disk may be full or removed");
}

QString WriteFailure::reason(const QIODevice* device, int savedErrno)
{
    switch (savedErrno) {
    case ENOSPC:
    case EDQUOT:
        return words(Cause::DiskFull);
    case EROFS:
        return words(Cause::ReadOnlyDisk);
    case EACCES:
    case EPERM:
        return words(Cause::NotAllowed);
    case ENOENT:
    case ENOTDIR:
        return words(Cause::FolderMissing);
    case EIO:
        return words(Cause::DiskError);
    case ENAMETOOLONG:
        return words(Cause::NameTooLong);
    default:
        break;
    }
    if (const auto* file = qobject_cast<const QFileDevice*>(device)) {
        switch (file->error()) {
        case QFileDevice::ResourceError:
            return words(Cause::DiskFull);
        case QFileDevice::PermissionsError:
            return words(Cause::NotAllowed);
        case QFileDevice::OpenError:
            return words(Cause::CannotCreate);
        default:
            break;
        }
    }
    return words(Cause::Unknown);
}

QString WriteFailure::reasonForSqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return words(Cause::DiskFull);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return words(Cause::FolderNotWritable);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return words(Cause::Locked);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return words(Cause::Damaged);
    case SQLITE_NOMEM:
        return words(Cause::OutOfMemory);
    case SQLITE_IOERR:
        return words(Cause::DiskError);
    default:
        return tr("SQLite refused it (code %1)").arg(code);
    }
}

} // namespace sd
