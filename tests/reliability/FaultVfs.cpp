#include "FaultVfs.h"

#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <set>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace sd::test {
namespace {

// What a file looked like at its last sync: its size and, for every write or truncate since, the
// bytes it replaced (oldest first), so that a power cut can put them back in reverse order.
struct PathState
{
    sqlite3_int64 syncedSize = 0;
    std::vector<std::pair<sqlite3_int64, std::string>> overwritten;
    bool changed = false;
    int openFlags = 0;
};

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real; // the unix VFS's file, allocated right after this struct
    bool tracked;       // a named database, WAL or journal file
    std::string path;
};

struct State
{
    std::recursive_mutex mutex;
    sqlite3_vfs* unix = nullptr;
    FaultKind kind = FaultKind::None;
    std::int64_t target = 0;
    FaultCounters counters;
    std::map<std::string, PathState> paths;
    std::multimap<std::string, FaultFile*> open;
};

State& state()
{
    static State s;
    return s;
}

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

// Puts every file back as it was at its last sync, then marks the disk dead.
void cutPower()
{
    State& s = state();
    for (auto& [path, file] : s.paths) {
        if (!file.changed)
            continue;
        sqlite3_file* handle = nullptr;
        std::vector<char> storage;
        auto openHandle = s.open.find(path);
        if (openHandle != s.open.end()) {
            handle = openHandle->second->real;
        } else {
            storage.resize(static_cast<size_t>(s.unix->szOsFile));
            handle = reinterpret_cast<sqlite3_file*>(storage.data());
            int outFlags = 0;
            const int flags = (file.openFlags & ~(SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE |
                                                  SQLITE_OPEN_DELETEONCLOSE | SQLITE_OPEN_READONLY)) |
                              SQLITE_OPEN_READWRITE;
            if (s.unix->xOpen(s.unix, path.c_str(), handle, flags, &outFlags) != SQLITE_OK) {
                if (handle->pMethods)
                    handle->pMethods->xClose(handle);
                continue;
            }
        }
        for (auto it = file.overwritten.rbegin(); it != file.overwritten.rend(); ++it)
            handle->pMethods->xWrite(handle, it->second.data(), static_cast<int>(it->second.size()),
                                     it->first);
        handle->pMethods->xTruncate(handle, file.syncedSize);
        if (openHandle == s.open.end())
            handle->pMethods->xClose(handle);
        file.overwritten.clear();
        file.changed = false;
    }
    s.counters.hit = true;
    s.counters.dead = true;
}

// Remembers the bytes [offset, offset + length) of a file that were synced, before they change.
void rememberOverwritten(FaultFile* file, sqlite3_int64 offset, sqlite3_int64 length)
{
    State& s = state();
    PathState& path = s.paths[file->path];
    path.changed = true;
    if (offset >= path.syncedSize)
        return;
    const sqlite3_int64 end = std::min(offset + length, path.syncedSize);
    std::string bytes(static_cast<size_t>(end - offset), '\0');
    // A short read fills with zeros: those bytes were cut off by an unsynced truncate, whose own
    // record (older) restores them after this one.
    file->real->pMethods->xRead(file->real, bytes.data(), static_cast<int>(bytes.size()), offset);
    path.overwritten.emplace_back(offset, std::move(bytes));
}

int faultClose(sqlite3_file* f)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    auto* file = reinterpret_cast<FaultFile*>(f);
    for (auto it = s.open.lower_bound(file->path); it != s.open.end() && it->first == file->path; ++it) {
        if (it->second == file) {
            s.open.erase(it);
            break;
        }
    }
    const int rc = file->real->pMethods ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    file->path.~basic_string();
    return rc;
}

int faultRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    if (state().counters.dead)
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int faultWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    auto* file = reinterpret_cast<FaultFile*>(f);
    if (s.counters.dead)
        return SQLITE_IOERR_WRITE;
    if (file->tracked) {
        const std::int64_t n = ++s.counters.writes;
        if (n == s.target && s.kind == FaultKind::WriteError) {
            s.counters.hit = true;
            return SQLITE_IOERR_WRITE;
        }
        if (n == s.target && s.kind == FaultKind::PowerCutWrite) {
            cutPower();
            return SQLITE_IOERR_WRITE;
        }
        if (n >= s.target && s.kind == FaultKind::DiskFull) {
            sqlite3_int64 size = 0;
            if (file->real->pMethods->xFileSize(file->real, &size) == SQLITE_OK && offset + amount > size) {
                s.counters.hit = true;
                return SQLITE_FULL;
            }
        }
        rememberOverwritten(file, offset, amount);
    }
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

int faultTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    auto* file = reinterpret_cast<FaultFile*>(f);
    if (s.counters.dead)
        return SQLITE_IOERR_TRUNCATE;
    if (file->tracked) {
        const std::int64_t n = ++s.counters.truncates;
        if (n == s.target && s.kind == FaultKind::TruncateError) {
            s.counters.hit = true;
            return SQLITE_IOERR_TRUNCATE;
        }
        sqlite3_int64 current = 0;
        if (file->real->pMethods->xFileSize(file->real, &current) == SQLITE_OK && size < current)
            rememberOverwritten(file, size, current - size);
        s.paths[file->path].changed = true;
    }
    return file->real->pMethods->xTruncate(file->real, size);
}

int faultSync(sqlite3_file* f, int flags)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    auto* file = reinterpret_cast<FaultFile*>(f);
    if (s.counters.dead)
        return SQLITE_IOERR_FSYNC;
    if (file->tracked) {
        const std::int64_t n = ++s.counters.syncs;
        if (n == s.target && s.kind == FaultKind::SyncError) {
            s.counters.hit = true;
            return SQLITE_IOERR_FSYNC;
        }
        if (n == s.target && s.kind == FaultKind::PowerCutSync) {
            cutPower();
            return SQLITE_IOERR_FSYNC;
        }
    }
    const int rc = file->real->pMethods->xSync(file->real, flags);
    if (rc == SQLITE_OK && file->tracked) {
        PathState& path = s.paths[file->path];
        sqlite3_int64 size = 0;
        if (file->real->pMethods->xFileSize(file->real, &size) == SQLITE_OK)
            path.syncedSize = size;
        path.overwritten.clear();
        path.changed = false;
    }
    return rc;
}

int faultFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    if (state().counters.dead)
        return SQLITE_IOERR_FSTAT;
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}

int faultLock(sqlite3_file* f, int level)
{
    if (state().counters.dead)
        return SQLITE_IOERR_LOCK;
    return realOf(f)->pMethods->xLock(realOf(f), level);
}

int faultUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}

int faultCheckReservedLock(sqlite3_file* f, int* out)
{
    if (state().counters.dead)
        return SQLITE_IOERR_CHECKRESERVEDLOCK;
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}

int faultFileControl(sqlite3_file* f, int op, void* arg)
{
    // A size hint may write (fallocate or zero bytes): after a power cut nothing writes.
    if (state().counters.dead && (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_SYNC))
        return SQLITE_IOERR;
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}

int faultSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}

int faultDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

int faultShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    if (state().counters.dead)
        return SQLITE_IOERR_SHMMAP;
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}

int faultShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}

void faultShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}

int faultShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

// Version 2: no xFetch, so SQLite never reads a page through a memory map behind the VFS's back.
const sqlite3_io_methods kMethods = {
    2,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    nullptr,
    nullptr,
};

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    auto* file = reinterpret_cast<FaultFile*>(f);
    file->base.pMethods = nullptr;
    if (s.counters.dead)
        return SQLITE_CANTOPEN;
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    std::memset(file->real, 0, static_cast<size_t>(s.unix->szOsFile));
    const int rc = s.unix->xOpen(s.unix, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods)
            file->real->pMethods->xClose(file->real);
        return rc;
    }
    new (&file->path) std::string(name ? name : "");
    file->tracked = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL |
                                      SQLITE_OPEN_SUPER_JOURNAL));
    file->base.pMethods = &kMethods;
    if (file->tracked) {
        ++s.counters.opens;
        auto [entry, inserted] = s.paths.try_emplace(file->path);
        if (inserted || !entry->second.changed) {
            sqlite3_int64 size = 0;
            file->real->pMethods->xFileSize(file->real, &size);
            entry->second.syncedSize = size;
        }
        entry->second.openFlags = flags;
        s.open.emplace(file->path, file);
    }
    return SQLITE_OK;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.counters.dead)
        return SQLITE_IOERR_DELETE;
    const int rc = s.unix->xDelete(s.unix, name, syncDir);
    if (rc == SQLITE_OK && s.open.find(name) == s.open.end())
        s.paths.erase(name);
    return rc;
}

int faultAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return state().unix->xAccess(state().unix, name, flags, out);
}

int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return state().unix->xFullPathname(state().unix, name, size, out);
}

void* faultDlOpen(sqlite3_vfs*, const char* name)
{
    return state().unix->xDlOpen(state().unix, name);
}

void faultDlError(sqlite3_vfs*, int size, char* out)
{
    state().unix->xDlError(state().unix, size, out);
}

void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return state().unix->xDlSym(state().unix, handle, symbol);
}

void faultDlClose(sqlite3_vfs*, void* handle)
{
    state().unix->xDlClose(state().unix, handle);
}

int faultRandomness(sqlite3_vfs*, int size, char* out)
{
    return state().unix->xRandomness(state().unix, size, out);
}

int faultSleep(sqlite3_vfs*, int microseconds)
{
    return state().unix->xSleep(state().unix, microseconds);
}

int faultCurrentTime(sqlite3_vfs*, double* out)
{
    return state().unix->xCurrentTime(state().unix, out);
}

int faultGetLastError(sqlite3_vfs*, int size, char* out)
{
    return state().unix->xGetLastError(state().unix, size, out);
}

int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return state().unix->xCurrentTimeInt64(state().unix, out);
}

sqlite3_vfs& faultVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs v{};
        sqlite3_vfs* unix = sqlite3_vfs_find("unix");
        state().unix = unix;
        v.iVersion = 2;
        v.szOsFile = static_cast<int>(sizeof(FaultFile)) + unix->szOsFile;
        v.mxPathname = unix->mxPathname;
        v.zName = "seminardesk-fault";
        v.xOpen = faultOpen;
        v.xDelete = faultDelete;
        v.xAccess = faultAccess;
        v.xFullPathname = faultFullPathname;
        v.xDlOpen = faultDlOpen;
        v.xDlError = faultDlError;
        v.xDlSym = faultDlSym;
        v.xDlClose = faultDlClose;
        v.xRandomness = faultRandomness;
        v.xSleep = faultSleep;
        v.xCurrentTime = faultCurrentTime;
        v.xGetLastError = faultGetLastError;
        v.xCurrentTimeInt64 = faultCurrentTimeInt64;
        return v;
    }();
    return vfs;
}

} // namespace

const char* faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return "none";
    case FaultKind::WriteError:
        return "write-error";
    case FaultKind::SyncError:
        return "sync-error";
    case FaultKind::TruncateError:
        return "truncate-error";
    case FaultKind::DiskFull:
        return "disk-full";
    case FaultKind::PowerCutWrite:
        return "power-cut-at-write";
    case FaultKind::PowerCutSync:
        return "power-cut-at-sync";
    }
    return "?";
}

void FaultVfs::install()
{
    sqlite3_initialize();
    sqlite3_vfs& vfs = faultVfs();
    sqlite3_vfs_register(&vfs, 1);
    State& s = state();
    std::lock_guard lock(s.mutex);
    // What earlier runs left is forgotten; files still open count as synced as they are.
    s.paths.clear();
    for (auto& [path, file] : s.open) {
        PathState& p = s.paths[path];
        file->real->pMethods->xFileSize(file->real, &p.syncedSize);
    }
    arm(FaultKind::None, 0);
}

void FaultVfs::uninstall()
{
    sqlite3_vfs_register(sqlite3_vfs_find("unix"), 1);
    std::lock_guard lock(state().mutex);
    state().kind = FaultKind::None;
}

void FaultVfs::arm(FaultKind kind, std::int64_t n)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.kind = kind;
    s.target = n;
    s.counters = {};
}

FaultCounters FaultVfs::counters()
{
    std::lock_guard lock(state().mutex);
    return state().counters;
}

} // namespace sd::test
