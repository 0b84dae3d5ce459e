#include "io/TabularFile.h"

#include "io/CsvReader.h"
#include "io/FileBytes.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

namespace {

// Compound File Binary: Excel 97-2003 workbooks, and password-protected .xlsx files.
bool isCompoundFile(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

} // namespace

Result<CsvTable> readTabularFile(const QString& path)
{
    Result<QByteArray> bytes = FileBytes::read(path);
    if (!bytes)
        return bytes.error();
    return readTabularBytes(std::move(*bytes), path);
}

Result<CsvTable> readTabularBytes(QByteArray bytes, const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || suffix == u"xlsx" || suffix == u"xlsm")
        return XlsxReader::read(bytes, fileName);
    if (isCompoundFile(bytes)) {
        return Error::badInput(
            TabularFile::tr("%1 is an Excel 97-2003 workbook (.xls) or a password-protected one, which "
                            "cannot be read; open it in the spreadsheet program, save it as .xlsx "
                            "without a password or as CSV and try again.")
                .arg(fileName));
    }
    return CsvReader::read(std::move(bytes), fileName);
}

} // namespace sd
