#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace sd {

// Why writing a file failed, in a few plain words that complete a sentence such as "Could not save
// results.csv: the disk is full." One vocabulary for what the C library (errno), Qt's file devices
// and SQLite's result codes report, so that one cause reads the same wherever it is met; never the
// operating system's, Qt's or SQLite's own wording, which can be "(Unknown error)".
class WriteFailure
{
    Q_DECLARE_TR_FUNCTIONS(sd::WriteFailure)

public:
    // From the errno of the failed call and the error of `device` (a QFileDevice or none).
    static QString reason(const QIODevice* device, int savedErrno);
    // From an SQLite result code met while writing a copy (an extended code counts as its primary).
    static QString reasonForSqlite(int code);

    // The causes the words name.
    enum class Cause
    {
        DiskFull,
        ReadOnlyDisk,
        NotAllowed,
        FolderMissing,
        FolderNotWritable,
        CannotCreate,
        DiskError,
        NameTooLong,
        Locked,
        Damaged,
        OutOfMemory,
        Unknown,
    };

private:
    static QString words(Cause cause);
};

} // namespace sd
