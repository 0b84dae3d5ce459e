#include "io/ZipWriter.h"

#include <algorithm>
#include <cstring>
#include <minizip/zip.h>
#include <zlib.h>

namespace sd {

namespace {

// The archive's bytes and a write position: minizip's file functions over memory. minizip seeks back
// to fill in each entry's sizes, so writes may land inside what is already there.
struct Sink
{
    QByteArray bytes;
    ZPOS64_T position = 0;
};

voidpf openSink(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readSink(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* sink = static_cast<Sink*>(stream);
    const auto total = static_cast<ZPOS64_T>(sink->bytes.size());
    const ZPOS64_T available = sink->position < total ? total - sink->position : 0;
    const uLong count = static_cast<uLong>(std::min<ZPOS64_T>(size, available));
    std::memcpy(buffer, sink->bytes.constData() + sink->position, count);
    sink->position += count;
    return count;
}

uLong writeSink(voidpf, voidpf stream, const void* buffer, uLong size)
{
    auto* sink = static_cast<Sink*>(stream);
    const ZPOS64_T end = sink->position + size;
    if (end > static_cast<ZPOS64_T>(sink->bytes.size()))
        sink->bytes.resize(static_cast<qsizetype>(end));
    std::memcpy(sink->bytes.data() + sink->position, buffer, size);
    sink->position = end;
    return size;
}

ZPOS64_T tellSink(voidpf, voidpf stream)
{
    return static_cast<Sink*>(stream)->position;
}

long seekSink(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* sink = static_cast<Sink*>(stream);
    const auto total = static_cast<ZPOS64_T>(sink->bytes.size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = offset;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = sink->position + offset;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = total + offset;
        break;
    default:
        return -1;
    }
    if (target > total)
        return -1;
    sink->position = target;
    return 0;
}

int closeSink(voidpf, voidpf)
{
    return 0;
}

int errorSink(voidpf, voidpf)
{
    return 0;
}

zip_fileinfo fileInfo(const QDateTime& modified)
{
    const QDateTime local = modified.toLocalTime();
    zip_fileinfo info{};
    info.tmz_date.tm_sec = static_cast<uInt>(local.time().second());
    info.tmz_date.tm_min = static_cast<uInt>(local.time().minute());
    info.tmz_date.tm_hour = static_cast<uInt>(local.time().hour());
    info.tmz_date.tm_mday = static_cast<uInt>(local.date().day());
    info.tmz_date.tm_mon = static_cast<uInt>(local.date().month() - 1); // 0-11, as struct tm
    info.tmz_date.tm_year = static_cast<uInt>(local.date().year());
    return info;
}

} // namespace

Result<QByteArray> ZipWriter::archive(const QList<ZipEntry>& entries, const QDateTime& modified)
{
    Sink sink;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openSink;
    functions.zread_file = readSink;
    functions.zwrite_file = writeSink;
    functions.ztell64_file = tellSink;
    functions.zseek64_file = seekSink;
    functions.zclose_file = closeSink;
    functions.zerror_file = errorSink;
    functions.opaque = &sink;
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    const auto failed = [&zip](const QString& name) {
        if (zip)
            zipClose(zip, nullptr);
        return Error::badInput(tr("Could not pack %1 into the zip archive; the data is held in memory "
                                  "only, so try again, and report it if it keeps failing.")
                                   .arg(name));
    };
    if (!zip)
        return failed(tr("the archive"));
    const zip_fileinfo info = fileInfo(modified);
    for (const ZipEntry& entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        // Bit 11 of the flags: the name is UTF-8.
        if (zipOpenNewFileInZip4_64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                    nullptr, 0, 0, 1 << 11, 0) != ZIP_OK)
            return failed(entry.name);
        if (!entry.bytes.isEmpty() &&
            zipWriteInFileInZip(zip, entry.bytes.constData(), static_cast<unsigned>(entry.bytes.size())) !=
                ZIP_OK)
            return failed(entry.name);
        if (zipCloseFileInZip(zip) != ZIP_OK)
            return failed(entry.name);
    }
    const int closed = zipClose(zip, nullptr);
    zip = nullptr;
    if (closed != ZIP_OK)
        return failed(tr("the archive"));
    return sink.bytes;
}

} // namespace sd
