#include "io/FileBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<QByteArray> FileBytes::read(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(tr("%1 does not exist; check the path and try again.").arg(path));
    if (info.isDir())
        return Error::badInput(tr("%1 is a folder, not a file; choose the list file itself.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            tr("%1 cannot be opened (%2); check that you may read it and that no other program holds it.")
                .arg(path, file.errorString()));
    }
    // The size is checked before reading and again after, for files that grow or lie about it.
    if (file.size() > maxBytes)
        return tooLarge(path, file.size(), maxBytes);
    QByteArray bytes = file.readAll();
    if (bytes.size() > maxBytes)
        return tooLarge(path, bytes.size(), maxBytes);
    if (file.error() != QFileDevice::NoError) {
        return Error::badInput(
            tr("%1 could not be read to the end (%2); copy it to a local folder and try again.")
                .arg(path, file.errorString()));
    }
    return bytes;
}

Error FileBytes::tooLarge(const QString& fileName, qint64 size, qint64 maxBytes)
{
    return Error::badInput(
        tr("%1 is too large for a list (%2 MiB, the limit is %3 MiB); split it into smaller files and try "
           "again.")
            .arg(fileName, mebibytes(size), mebibytes(maxBytes)));
}

} // namespace sd
