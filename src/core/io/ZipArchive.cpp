#include "io/ZipArchive.h"

#include <algorithm>
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

ZipArchive::Opened ZipArchive::openPart(const QString& name, const Limits& limits)
{
    Opened opened;
    auto handle = static_cast<unzFile>(m_handle);
    // 2: compare names without regard to case.
    if (unzLocateFile(handle, name.toUtf8().constData(), 2) != UNZ_OK)
        return opened;
    unz_file_info64 info{};
    if (int got = unzGetCurrentFileInfo64(handle, &info, nullptr, 0, nullptr, 0, nullptr, 0); got != UNZ_OK) {
        opened.status = PartStatus::Damaged;
        opened.zipError = got;
        return opened;
    }
    // What the archive declares is refused before a byte is inflated; a lie is caught while reading.
    const auto declared = static_cast<qint64>(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(1) << 62));
    const auto compressed = static_cast<qint64>(std::min<ZPOS64_T>(info.compressed_size, ZPOS64_T(1) << 62));
    if (declared > limits.maxBytes) {
        opened.status = PartStatus::TooLarge;
        return opened;
    }
    if (declared > limits.ratioFreeBytes && declared / std::max<qint64>(compressed, 1) >= limits.maxRatio) {
        opened.status = PartStatus::TooCompressed;
        return opened;
    }
    if (int open = unzOpenCurrentFile(handle); open != UNZ_OK) {
        opened.status = PartStatus::Damaged;
        opened.zipError = open;
        return opened;
    }
    opened.status = PartStatus::Read;
    opened.stream.reset(new PartStream(m_handle, limits, compressed));
    opened.stream->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return opened;
}

ZipArchive::PartStream::PartStream(void* handle, const Limits& limits, qint64 compressedBytes)
    : m_handle(handle)
    , m_limits(limits)
    , m_compressed(compressedBytes)
{
}

ZipArchive::PartStream::~PartStream()
{
    if (m_open)
        unzCloseCurrentFile(static_cast<unzFile>(m_handle));
}

void ZipArchive::PartStream::fail(PartStatus status, int zipError)
{
    if (m_status == PartStatus::Read) {
        m_status = status;
        m_zipError = zipError;
    }
    if (m_open) {
        unzCloseCurrentFile(static_cast<unzFile>(m_handle));
        m_open = false;
    }
}

void ZipArchive::PartStream::finish()
{
    if (!m_open)
        return;
    m_open = false;
    // Closing checks the CRC, so a damaged part is caught here.
    if (int closed = unzCloseCurrentFile(static_cast<unzFile>(m_handle)); closed != UNZ_OK) {
        m_status = PartStatus::Damaged;
        m_zipError = closed;
    }
}

qint64 ZipArchive::PartStream::readData(char* data, qint64 maxSize)
{
    if (m_status != PartStatus::Read)
        return -1;
    if (!m_open || maxSize <= 0)
        return 0;
    const auto wanted = static_cast<unsigned>(std::min<qint64>(maxSize, 256 * 1024));
    const int count = unzReadCurrentFile(static_cast<unzFile>(m_handle), data, wanted);
    if (count < 0) {
        fail(PartStatus::Damaged, count);
        return -1;
    }
    if (count == 0) {
        finish();
        return m_status == PartStatus::Read ? 0 : -1;
    }
    m_inflated += count;
    if (m_inflated > m_limits.maxBytes) {
        fail(PartStatus::TooLarge);
        return -1;
    }
    if (m_inflated > m_limits.ratioFreeBytes &&
        m_inflated / std::max<qint64>(m_compressed, 1) >= m_limits.maxRatio) {
        fail(PartStatus::TooCompressed);
        return -1;
    }
    if (m_limits.maxRunBytes > 0) {
        for (int i = 0; i < count; ++i) {
            const char c = data[i];
            if (c == '<' || c == '>') {
                m_run = 0;
            } else if (++m_run > m_limits.maxRunBytes) {
                fail(PartStatus::RunTooLong);
                return -1;
            }
        }
    }
    return count;
}

ZipArchive::Part ZipArchive::read(const QString& name, const Limits& limits)
{
    Part part;
    Opened opened = openPart(name, limits);
    part.status = opened.status;
    part.zipError = opened.zipError;
    if (!opened.stream)
        return part;
    constexpr int kChunk = 64 * 1024;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 count = opened.stream->read(chunk.data(), kChunk);
        if (count < 0 || opened.stream->status() != PartStatus::Read) {
            part.status = opened.stream->status();
            part.zipError = opened.stream->zipError();
            part.bytes.clear();
            return part;
        }
        if (count == 0)
            break;
        part.bytes.append(chunk.constData(), count);
    }
    part.status = PartStatus::Read;
    part.bytes.squeeze();
    return part;
}

} // namespace sd
