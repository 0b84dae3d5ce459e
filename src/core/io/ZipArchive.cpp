#include "io/ZipArchive.h"

#include <cstring>
#include <minizip/unzip.h>

namespace sd {

// The archive's bytes and a read position: minizip's file functions over memory.
struct ZipArchive::Source
{
    QByteArray bytes;
    ZPOS64_T position = 0;
};

namespace {

voidpf openSource(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readSource(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* source = static_cast<ZipArchive::Source*>(stream);
    const auto total = static_cast<ZPOS64_T>(source->bytes.size());
    const ZPOS64_T available = source->position < total ? total - source->position : 0;
    const uLong count = static_cast<uLong>(std::min<ZPOS64_T>(size, available));
    std::memcpy(buffer, source->bytes.constData() + source->position, count);
    source->position += count;
    return count;
}

uLong writeSource(voidpf, voidpf, const void*, uLong)
{
    return 0; // read only
}

ZPOS64_T tellSource(voidpf, voidpf stream)
{
    return static_cast<ZipArchive::Source*>(stream)->position;
}

long seekSource(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* source = static_cast<ZipArchive::Source*>(stream);
    const auto total = static_cast<ZPOS64_T>(source->bytes.size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = offset;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = source->position + offset;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = total + offset;
        break;
    default:
        return -1;
    }
    if (target > total)
        return -1;
    source->position = target;
    return 0;
}

int closeSource(voidpf, voidpf)
{
    return 0;
}

int errorSource(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipArchive::ZipArchive(std::unique_ptr<Source> source, void* handle)
    : m_source(std::move(source))
    , m_handle(handle)
{
}

ZipArchive::~ZipArchive()
{
    if (m_handle)
        unzClose(static_cast<unzFile>(m_handle));
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QByteArray& bytes)
{
    auto source = std::make_unique<Source>();
    source->bytes = bytes;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openSource;
    functions.zread_file = readSource;
    functions.zwrite_file = writeSource;
    functions.ztell64_file = tellSource;
    functions.zseek64_file = seekSource;
    functions.zclose_file = closeSource;
    functions.zerror_file = errorSource;
    functions.opaque = source.get();
    unzFile handle = unzOpen2_64("memory", &functions);
    if (!handle)
        return nullptr;
    return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(source), handle));
}

ZipArchive::Part ZipArchive::read(const QString& name, qint64 limit)
{
    Part part;
    auto handle = static_cast<unzFile>(m_handle);
    // 2: compare names without regard to case.
    if (unzLocateFile(handle, name.toUtf8().constData(), 2) != UNZ_OK)
        return part;
    if (int opened = unzOpenCurrentFile(handle); opened != UNZ_OK) {
        part.status = PartStatus::Damaged;
        part.zipError = opened;
        return part;
    }
    constexpr int kChunk = 256 * 1024;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const int count = unzReadCurrentFile(handle, chunk.data(), kChunk);
        if (count < 0) {
            unzCloseCurrentFile(handle);
            part.status = PartStatus::Damaged;
            part.zipError = count;
            return part;
        }
        if (count == 0)
            break;
        if (part.bytes.size() + count > limit) {
            unzCloseCurrentFile(handle);
            part.status = PartStatus::TooLarge;
            part.bytes.clear();
            return part;
        }
        part.bytes.append(chunk.constData(), count);
    }
    // Closing checks the CRC, so a damaged part is caught here.
    if (int closed = unzCloseCurrentFile(handle); closed != UNZ_OK) {
        part.status = PartStatus::Damaged;
        part.zipError = closed;
        part.bytes.clear();
        return part;
    }
    part.status = PartStatus::Read;
    return part;
}

} // namespace sd
