#pragma once

// A fault-injecting SQLite VFS for tests, after SQLite's own test_vfs / crash tests: it wraps the
// default "unix" VFS and, once armed, makes the Nth write, sync or truncate fail, fills the disk from
// the Nth write on, or cuts the power at the Nth write or sync.
//
// Installed as the default VFS (sqlite3_vfs_register(vfs, 1)), it serves every connection opened
// afterwards in the process: Qt's QSQLITE driver links the same system libsqlite3, so sd::Database's
// connections and the core's C-API bulk statements on them all go through it. uninstall() makes
// "unix" the default again, so that a file is then reopened as the plain VFS sees it.
//
// A power cut keeps, for every file, its size and the bytes each write overwrote since the file's
// last sync. At the cut every such file is put back as it was at its last sync (the writes that
// were not yet synced are dropped, as a disk's cache loses them), and every later read, write, sync,
// lock or open of the process fails, as a dead disk would: the process can only close its files.

#include <cstdint>
#include <string>

namespace sd::test {

enum class FaultKind
{
    None,
    WriteError,    // the Nth write returns SQLITE_IOERR_WRITE and writes nothing
    SyncError,     // the Nth sync returns SQLITE_IOERR_FSYNC
    TruncateError, // the Nth truncate returns SQLITE_IOERR_TRUNCATE
    DiskFull,      // from the Nth write on, every write that grows a file returns SQLITE_FULL
    PowerCutWrite, // power cut at the Nth write (the write is lost too)
    PowerCutSync,  // power cut at the Nth sync (the sync does not happen)
};

const char* faultKindName(FaultKind kind);

struct FaultCounters
{
    std::int64_t writes = 0;
    std::int64_t syncs = 0;
    std::int64_t truncates = 0;
    std::int64_t opens = 0;
    bool hit = false;  // the armed fault happened
    bool dead = false; // after a power cut
};

class FaultVfs
{
public:
    // Registers the VFS (once) and makes it the default; counters start at zero, no fault armed, and
    // what the VFS knew of files not open is forgotten.
    static void install();
    // Makes the plain "unix" VFS the default again. Connections opened through the fault VFS must be
    // closed first.
    static void uninstall();
    // Arms a fault at the nth operation of its kind (1-based) from now and resets the counters; writes
    // not synced before still count as not synced.
    static void arm(FaultKind kind, std::int64_t n);
    static FaultCounters counters();
};

} // namespace sd::test
