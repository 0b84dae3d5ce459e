#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sd {

Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice*)>& writeContent)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::badInput(QCoreApplication::translate(
                                   "sd::Export", "Could not create %1 (%2); check that the folder exists "
                                                 "and that you may write in it, then export again.")
                                   .arg(shownPath, file.errorString()));
    }
    if (Status written = writeContent(&file); !written) {
        // Without commit() QSaveFile removes its temporary file and leaves `path` untouched.
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return Error::badInput(
            QCoreApplication::translate("sd::Export", "Could not save %1 (%2); check the free disk space and "
                                                      "your permissions on the folder, then export again.")
                .arg(shownPath, file.errorString()));
    }
    return {};
}

} // namespace sd
