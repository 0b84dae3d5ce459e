#include "common/WriteFailure.h"

#include <QFileDevice>
#include <cerrno>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace sd {
namespace {

using Cause = WriteFailure::Cause;

constexpr std::pair<Cause, const char*> kWords[] = {
    {Cause::DiskFull, QT_TRANSLATE_NOOP("sd::WriteFailure", "the disk is full")},
    {Cause::ReadOnlyDisk, QT_TRANSLATE_NOOP("sd::WriteFailure", "the disk is read-only")},
    {Cause::NotAllowed, QT_TRANSLATE_NOOP("sd::WriteFailure", "you may not write in that folder")},
    {Cause::FolderMissing, QT_TRANSLATE_NOOP("sd::WriteFailure", "the folder does not exist")},
    {Cause::FolderNotWritable, QT_TRANSLATE_NOOP("sd::WriteFailure", "the folder cannot be written")},
    {Cause::CannotCreate, QT_TRANSLATE_NOOP("sd::WriteFailure", "the file cannot be created there")},
    {Cause::DiskError, QT_TRANSLATE_NOOP("sd::WriteFailure", "the disk reported an error")},
    {Cause::NameTooLong, QT_TRANSLATE_NOOP("sd::WriteFailure", "the name is too long")},
    {Cause::Locked, QT_TRANSLATE_NOOP("sd::WriteFailure", "another program kept the file locked")},
    {Cause::Damaged, QT_TRANSLATE_NOOP("sd::WriteFailure", "the file is damaged")},
    {Cause::OutOfMemory, QT_TRANSLATE_NOOP("sd::WriteFailure", "there is not enough memory")},
    {Cause::Unknown, QT_TRANSLATE_NOOP("sd::WriteFailure", "the disk may be full or removed")},
};

constexpr std::pair<int, Cause> kErrnoCauses[] = {
    {ENOSPC, Cause::DiskFull},       {EDQUOT, Cause::DiskFull},  {EROFS, Cause::ReadOnlyDisk},
    {EACCES, Cause::NotAllowed},     {EPERM, Cause::NotAllowed}, {ENOENT, Cause::FolderMissing},
    {ENOTDIR, Cause::FolderMissing}, {EIO, Cause::DiskError},    {ENAMETOOLONG, Cause::NameTooLong},
};

constexpr std::pair<int, Cause> kFileErrorCauses[] = {
    {QFileDevice::ResourceError, Cause::DiskFull},
    {QFileDevice::PermissionsError, Cause::NotAllowed},
    {QFileDevice::OpenError, Cause::CannotCreate},
};

// Primary result codes; an extended code counts as its primary one.
constexpr std::pair<int, Cause> kSqliteCauses[] = {
    {SQLITE_FULL, Cause::DiskFull},
    {SQLITE_CANTOPEN, Cause::FolderNotWritable},
    {SQLITE_PERM, Cause::FolderNotWritable},
    {SQLITE_READONLY, Cause::FolderNotWritable},
    {SQLITE_BUSY, Cause::Locked},
    {SQLITE_LOCKED, Cause::Locked},
    {SQLITE_CORRUPT, Cause::Damaged},
    {SQLITE_NOTADB, Cause::Damaged},
    {SQLITE_NOMEM, Cause::OutOfMemory},
    {SQLITE_IOERR, Cause::DiskError},
};

template <std::size_t N>
std::optional<Cause> causeOf(const std::pair<int, Cause> (&table)[N], int code)
{
    for (const auto& [known, cause] : table) {
        if (known == code)
            return cause;
    }
    return std::nullopt;
}

} // namespace

QString WriteFailure::words(Cause cause)
{
    for (const auto& [known, text] : kWords) {
        if (known == cause)
            return tr(text);
    }
    return {};
}

QString WriteFailure::reason(const QIODevice* device, int savedErrno)
{
    std::optional<Cause> cause = causeOf(kErrnoCauses, savedErrno);
    if (const auto* file = qobject_cast<const QFileDevice*>(device); !cause && file)
        cause = causeOf(kFileErrorCauses, int(file->error()));
    return words(cause.value_or(Cause::Unknown));
}

QString WriteFailure::reasonForSqlite(int code)
{
    if (const std::optional<Cause> cause = causeOf(kSqliteCauses, code & 0xff))
        return words(*cause);
    return tr("SQLite refused it (code %1)").arg(code);
}

} // namespace sd
