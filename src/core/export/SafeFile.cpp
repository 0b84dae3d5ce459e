#include "export/SafeFile.h"

#include "common/WriteFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <cerrno>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Export", text);
}

} // namespace

Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice*)>& writeContent)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::badInput(tr("Could not create %1: %2. Nothing was written; choose another folder, or "
                                  "free some space, then export again.")
                                   .arg(shownPath, WriteFailure::reason(&file, errno)));
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
                                   .arg(shownPath, WriteFailure::reason(&file, errno)));
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
                    .arg(QDir::toNativeSeparators(path), WriteFailure::reason(device, errno)));
        return {};
    });
}

} // namespace sd
