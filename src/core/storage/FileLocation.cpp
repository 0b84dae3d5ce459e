#include "storage/FileLocation.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace sd {
namespace {

// From linux/magic.h and the kernel's fs/smb: the network file systems SQLite warns against.
constexpr long kNfs = 0x6969;
constexpr long kSmb = 0x517B;
constexpr long kCifs = static_cast<long>(0xFF534D42u);
constexpr long kSmb2 = static_cast<long>(0xFE534D42u);
constexpr long kAfs = 0x5346414F;
constexpr long kCeph = 0x00C36400;
constexpr long kCoda = 0x73757245;
constexpr long kNcp = 0x564C;
constexpr long k9p = 0x01021997;
constexpr long kFuse = 0x65735546;

// The FUSE subtype (sshfs, glusterfs, ...) of the mount that holds path, from /proc/self/mountinfo:
// the entry whose mount point is the longest prefix of the path.
QString fuseSubtypeOf(const QString& canonicalPath)
{
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountInfo.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString best;
    QString bestType;
    const QList<QByteArray> lines = mountInfo.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        const int dash = int(fields.indexOf("-"));
        if (fields.size() < 5 || dash < 0 || dash + 1 >= fields.size())
            continue;
        const QString mountPoint =
            QString::fromUtf8(fields[4]).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool contains = canonicalPath == mountPoint || mountPoint == u"/" ||
                              canonicalPath.startsWith(mountPoint + QLatin1Char('/'));
        if (contains && mountPoint.size() >= best.size()) {
            best = mountPoint;
            bestType = QString::fromUtf8(fields[dash + 1]);
        }
    }
    if (bestType.startsWith(QLatin1String("fuse.")))
        return bestType.mid(5);
    return {};
}

} // namespace

QString FileLocation::networkFileSystemName(long fileSystemType, const QString& fuseSubtype)
{
    switch (fileSystemType) {
    case kNfs:
        return QStringLiteral("NFS");
    case kSmb:
    case kCifs:
    case kSmb2:
        return QStringLiteral("SMB/CIFS");
    case kAfs:
        return QStringLiteral("AFS");
    case kCeph:
        return QStringLiteral("Ceph");
    case kCoda:
        return QStringLiteral("Coda");
    case kNcp:
        return QStringLiteral("NetWare");
    case k9p:
        return QStringLiteral("9P");
    case kFuse: {
        static const QStringList network{QStringLiteral("sshfs"),  QStringLiteral("glusterfs"),
                                         QStringLiteral("s3fs"),   QStringLiteral("davfs"),
                                         QStringLiteral("rclone"), QStringLiteral("smbnetfs")};
        if (network.contains(fuseSubtype))
            return fuseSubtype;
        return {};
    }
    default:
        return {};
    }
}

FileLocation FileLocation::probe(const QString& path)
{
    FileLocation location;
    const QFileInfo info(path);
    location.absolutePath = info.absoluteFilePath();
    location.exists = info.exists();
    location.isFolder = info.isDir();
    const QString folder = info.absolutePath();
    location.folderExists = QFileInfo(folder).isDir();
    const QByteArray file = QFile::encodeName(location.absolutePath);
    const QByteArray dir = QFile::encodeName(folder);
    // access() answers for this user (root included) and for read-only mounts (EROFS).
    location.readable = location.exists && ::access(file.constData(), R_OK) == 0;
    location.folderWritable = location.folderExists && ::access(dir.constData(), W_OK | X_OK) == 0;
    location.writable = location.exists ? ::access(file.constData(), W_OK) == 0 : location.folderWritable;

    const QByteArray probed = location.exists ? file : dir;
    struct statvfs volume = {};
    if (::statvfs(probed.constData(), &volume) == 0)
        location.readOnlyMount = (volume.f_flag & ST_RDONLY) != 0;
    struct statfs system = {};
    if (::statfs(probed.constData(), &system) == 0) {
        const long type = static_cast<long>(system.f_type);
        const QString subtype = type == kFuse ? fuseSubtypeOf(QFileInfo(path).canonicalFilePath().isEmpty()
                                                                  ? QFileInfo(folder).canonicalFilePath()
                                                                  : QFileInfo(path).canonicalFilePath())
                                              : QString();
        location.networkFileSystem = networkFileSystemName(type, subtype);
    }
    // Tests cannot mount a network share; this names the file system the probe would have found.
    const QString simulated = qEnvironmentVariable("SEMINARDESK_TEST_NETWORK_FILESYSTEM");
    if (!simulated.isEmpty())
        location.networkFileSystem = simulated;
    return location;
}

} // namespace sd
