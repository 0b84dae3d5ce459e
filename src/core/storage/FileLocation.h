#pragma once

#include <QString>

namespace sd {

// What the operating system says about where a programme file lives, learnt from the path alone
// (stat, access, statfs): never by opening the file, so asking is safe while connections exist.
struct FileLocation
{
    QString absolutePath;
    bool exists = false;
    bool isFolder = false;
    bool folderExists = false;
    bool readable = false;
    bool writable = false;       // the file (or, for a new file, its folder) can be written by us
    bool folderWritable = false; // the write-ahead log and its index can be created beside it
    bool readOnlyMount = false;  // the file system is mounted read-only (a CD, a locked USB stick)
    // The file system's name when it is a network share (nfs, cifs, smb2, sshfs, ...), else empty:
    // SQLite's write-ahead log needs shared memory that network file systems do not provide.
    QString networkFileSystem;

    static FileLocation probe(const QString& path);
    // The network file system named by statfs's f_type and, for FUSE, the mount's subtype.
    static QString networkFileSystemName(long fileSystemType, const QString& fuseSubtype);
};

} // namespace sd
