#include "export/CsvWriter.h"

#include "common/WriteFailure.h"
#include "export/CellSafety.h"
#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>
#include <cerrno>

namespace sd {
namespace {

// Records are gathered into chunks of about this many UTF-16 units before each write to the device.
constexpr qsizetype ChunkSize = 64 * 1024;

QString deviceName(const QIODevice* device)
{
    if (const auto* file = qobject_cast<const QFileDevice*>(device))
        return QDir::toNativeSeparators(file->fileName());
    return QCoreApplication::translate("sd::Export", "the output");
}

Status writeChunk(QIODevice* device, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    errno = 0;
    if (device->write(bytes) != bytes.size()) {
        return Error::badInput(
            QCoreApplication::translate("sd::Export",
                                        "Could not write the CSV to %1: %2. Nothing was written; free "
                                        "some space or choose another folder, then export again.")
                .arg(deviceName(device), WriteFailure::reason(device, errno)));
    }
    return {};
}

} // namespace

CsvWriter::CsvWriter(CsvOptions options)
    : m_options(options)
{
}

QString CsvWriter::field(const QString& text) const
{
    const bool needsQuotes = text.contains(m_options.separator) || text.contains(u'"') ||
                             text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::cell(TableColumn::Kind kind, const QVariant& value) const
{
    if (value.isNull())
        return {};
    if (isNumberCell(kind, value)) {
        if (isIntegralNumber(value)) {
            return value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::ULong
                       ? QString::number(value.toULongLong())
                       : QString::number(value.toLongLong());
        }
        // The C locale's decimal point and no exponent, so that any spreadsheet reads the number back.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    return field(neutraliseCell(value.toString()));
}

void CsvWriter::appendRecord(QString& out, const QList<TableColumn>& columns,
                             const QList<QVariant>& values) const
{
    for (qsizetype column = 0; column < columns.size(); ++column) {
        if (column > 0)
            out += m_options.separator;
        if (column < values.size())
            out += cell(columns[column].kind, values[column]);
    }
    out += QLatin1String("\r\n");
}

Status CsvWriter::write(const Table& table, QIODevice* device) const
{
    if (device == nullptr || !device->isWritable()) {
        return Error::badInput(QCoreApplication::translate(
            "sd::Export",
            "The CSV output is not open for writing; open the file or buffer before exporting."));
    }
    if (m_options.separator == u'"' || m_options.separator == u'\r' || m_options.separator == u'\n') {
        return Error::badInput(QCoreApplication::translate(
            "sd::Export", "A CSV separator cannot be a double quote or a line break; choose a comma or a "
                          "semicolon."));
    }

    QString out;
    out.reserve(ChunkSize + 1024);
    if (m_options.bom)
        out += QChar(QChar::ByteOrderMark);

    QString header;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        if (column > 0)
            header += m_options.separator;
        header += field(neutraliseCell(table.columns[column].title));
    }
    out += header + QLatin1String("\r\n");

    for (const QList<QVariant>& row : table.rows) {
        appendRecord(out, table.columns, row);
        if (out.size() >= ChunkSize) {
            if (Status written = writeChunk(device, out); !written)
                return written;
            out.resize(0); // keeps the capacity for the next chunk
        }
    }
    if (table.totals)
        appendRecord(out, table.columns, *table.totals);
    return writeChunk(device, out);
}

Status writeCsvFile(const QString& path, const Table& table, const CsvOptions& options)
{
    const CsvWriter writer(options);
    return writeFileAtomically(path, [&](QIODevice* device) { return writer.write(table, device); });
}

} // namespace sd
