#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QSaveFile>
#include <cerrno>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Export", text);
}

} // namespace

QString writeFailureReason(const QIODevice* device, int savedErrno)
{
    switch (savedErrno) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EROFS:
        return tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return tr("you may not write in that folder");
    case ENOENT:
    case ENOTDIR:
        return tr("the folder does not exist");
    case EIO:
        return tr("the disk reported an error");
    case ENAMETOOLONG:
        return tr("the name is too long");
    default:
        break;
    }
    if (const auto* file = qobject_cast<const QFileDevice*>(device)) {
        switch (file->error()) {
        case QFileDevice::ResourceError:
            return tr("the disk is full");
        case QFileDevice::PermissionsError:
            return tr("you may not write in that folder");
        case QFileDevice::OpenError:
            return tr("the file cannot be created there");
        default:
            break;
        }
    }
    return tr("the disk may be full or removed");
}

Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice*)>& writeContent)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::badInput(tr("Could not create %1: %2. Nothing was written; choose another folder, or "
                                  "free some space, then export again.")
                                   .arg(shownPath, writeFailureReason(&file, errno)));
    }
    if (Status written = writeContent(&file); !written) {
        // Without commit() QSaveFile removes its temporary file and leaves `path` untouched.
        file.cancelWriting();
        return written;
    }
    errno = 0;
    if (!file.commit()) {
        return Error::badInput(tr("Could not save %1: %2. Nothing was written (an earlier file of that name "
                                  "is as it was); free some space or choose another folder, then export "
                                  "again.")
                                   .arg(shownPath, writeFailureReason(&file, errno)));
    }
    return {};
}

Status writeBytesAtomically(const QString& path, const QByteArray& bytes)
{
    return writeFileAtomically(path, [&](QIODevice* device) -> Status {
        errno = 0;
        if (device->write(bytes) != bytes.size())
            return Error::badInput(
                tr("Could not write %1: %2. Nothing was written; free some space or choose "
                   "another folder, then export again.")
                    .arg(QDir::toNativeSeparators(path), writeFailureReason(device, errno)));
        return {};
    });
}

} // namespace sd
