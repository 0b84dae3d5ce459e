#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// Reading a whole list file into memory, with a size limit so that a wrong file chosen by
// mistake (a video, a disk image) is refused before it fills the memory.
class FileBytes
{
    Q_DECLARE_TR_FUNCTIONS(sd::FileBytes)

public:
    // Lists of a few thousand people are a few MiB; 32 MiB leaves room for very large ones and
    // holds more text than ListLimits lets a table hold, so that the file, its decoded text and
    // the table stay within the memory a list may cost.
    static constexpr qint64 kMaxListFileBytes = qint64(32) * 1024 * 1024;

    static Result<QByteArray> read(const QString& path, qint64 maxBytes = kMaxListFileBytes);

    // The error for a file or buffer above the limit, naming the file.
    static Error tooLarge(const QString& fileName, qint64 size, qint64 maxBytes = kMaxListFileBytes);
};

} // namespace sd
