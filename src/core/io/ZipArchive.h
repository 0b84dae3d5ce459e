#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

namespace sd {

// Reads the parts of a zip archive held in memory (an XLSX workbook), with Debian's minizip: the
// same zip code that libxlsxwriter writes with. (QuaZip exports functions with minizip's names
// but other signatures, so having both in one program crashes the XLSX export.)
//
// Parts are streamed: a part is inflated as its reader asks for bytes, so a worksheet of any size
// needs only a small buffer, and every limit below is checked before the memory is spent.
class ZipArchive
{
public:
    // nullptr when the bytes are not a readable zip archive.
    static std::unique_ptr<ZipArchive> open(const QByteArray& bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    enum class PartStatus
    {
        Read,          // read to the end, CRC checked (or, for a stream, fine so far)
        Missing,       // no part of that name
        Damaged,       // minizip refused it or its CRC is wrong (zipError says how)
        TooLarge,      // it expands (or says it expands) past maxBytes
        TooCompressed, // it expands more than maxRatio times its compressed size: a zip bomb
        RunTooLong,    // it holds more than maxRunBytes between two '<' or '>': no XML part does
    };

    // What a part may expand to. The ratio is checked only past ratioFreeBytes, since small
    // parts of repeated markup compress very well.
    struct Limits
    {
        qint64 maxBytes = 0;
        qint64 maxRatio = 0;
        qint64 ratioFreeBytes = 0;
        qint64 maxRunBytes = 0; // 0: not checked
    };

    struct Part
    {
        PartStatus status = PartStatus::Missing;
        QByteArray bytes;
        int zipError = 0; // minizip's code when Damaged
    };

    // A part being inflated, as a sequential read-only device: read() gives the next bytes and
    // returns -1 (and status() says why) as soon as a limit is passed or the data is damaged.
    class PartStream : public QIODevice
    {
    public:
        ~PartStream() override;
        PartStatus status() const { return m_status; }
        int zipError() const { return m_zipError; }
        qint64 inflatedBytes() const { return m_inflated; }
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char* data, qint64 maxSize) override;
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        friend class ZipArchive;
        PartStream(void* handle, const Limits& limits, qint64 compressedBytes);
        void fail(PartStatus status, int zipError = 0);
        void finish();

        void* m_handle = nullptr; // the archive's unzFile, with this part open
        Limits m_limits;
        qint64 m_compressed = 0;
        qint64 m_inflated = 0;
        qint64 m_run = 0; // bytes since the last '<' or '>'
        bool m_open = true;
        PartStatus m_status = PartStatus::Read;
        int m_zipError = 0;
    };

    struct Opened
    {
        PartStatus status = PartStatus::Missing;
        int zipError = 0;
        std::unique_ptr<PartStream> stream; // set when status is Read
    };

    // Opens a part by name, ignoring case (ECMA-376 Part 2). The sizes the archive declares are
    // checked against the limits first; the bytes actually inflated are checked as they come.
    // One part at a time: the stream must be gone before the next part is opened.
    Opened openPart(const QString& name, const Limits& limits);

    // Reads a whole (small) part into memory, with the same limits.
    Part read(const QString& name, const Limits& limits);

    struct Source; // the bytes and a read position, for minizip's file functions

private:
    ZipArchive(std::unique_ptr<Source> source, void* handle);

    std::unique_ptr<Source> m_source;
    void* m_handle = nullptr; // unzFile
};

} // namespace sd
