#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace sd {

// Reads the parts of a zip archive held in memory (an XLSX workbook), with Debian's minizip: the
// same zip code that libxlsxwriter writes with. (QuaZip exports functions with minizip's names
// but other signatures, so having both in one program crashes the XLSX export.)
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
        Read,
        Missing,
        Damaged,
        TooLarge
    };
    struct Part
    {
        PartStatus status = PartStatus::Missing;
        QByteArray bytes;
        int zipError = 0; // minizip's code when Damaged
    };

    // Reads a part by name, ignoring case (ECMA-376 Part 2), refusing one that expands past limit.
    Part read(const QString& name, qint64 limit);

    struct Source; // the bytes and a read position, for minizip's file functions

private:
    ZipArchive(std::unique_ptr<Source> source, void* handle);

    std::unique_ptr<Source> m_source;
    void* m_handle = nullptr; // unzFile
};

} // namespace sd
