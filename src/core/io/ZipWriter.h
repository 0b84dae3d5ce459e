#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd {

// One file of a zip archive: its name inside the archive ("person-17.json") and its bytes.
struct ZipEntry
{
    QString name;
    QByteArray bytes;
};

// Makes a zip archive in memory with Debian's minizip, the zip code ZipArchive reads with: every
// entry deflated, dated `modified` (local time, as zip stores it). Small archives only (a person's
// data, not a programme): the whole archive is held in memory, then written atomically by the caller
// (writeBytesAtomically), so a failed export leaves no half file.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::ZipWriter)

public:
    static Result<QByteArray> archive(const QList<ZipEntry>& entries, const QDateTime& modified);
};

} // namespace sd
