#pragma once

// The real readers of what Seminar Desk writes: openpyxl for workbooks (through
// tests/tools/xlsx_to_json.py, SD_TEST_TOOLS_DIR), poppler-utils for PDFs.

#include "Process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace sd::test {

#ifdef SD_TEST_TOOLS_DIR
// The workbook as openpyxl reads it, or an empty object after a test failure saying why it could not
// be read.
inline QJsonObject readWorkbook(const QString& path)
{
    // Debian's python3-openpyxl is importable by this interpreter, which need not be first on PATH.
    const ProcessRun run = runProgram(QStringLiteral("/usr/bin/python3"),
                                      {QStringLiteral(SD_TEST_TOOLS_DIR "/xlsx_to_json.py"), path});
    if (run.exitCode != 0) {
        ADD_FAILURE() << "openpyxl could not read " << path.toStdString()
                      << " (install python3-openpyxl): " << run.err.toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.bytes, &error);
    if (!document.isObject()) {
        ADD_FAILURE() << "xlsx_to_json.py printed no JSON: " << error.errorString().toStdString();
        return {};
    }
    return document.object();
}
#endif

// The records of a CSV text as a spreadsheet reads them (RFC 4180): quoted fields with doubled
// quotes, CRLF between records.
inline QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        records << (fields << field);
    return records;
}

// How pdftotext orders a PDF's text.
enum class PdfTextOrder
{
    ContentStream, // as drawn (pdftotext -raw)
    Layout,        // as laid out on the page
};

// The text of a PDF, optionally of one page (1-based).
inline QString pdfText(const QString& path, int page = 0, PdfTextOrder order = PdfTextOrder::ContentStream)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (order == PdfTextOrder::ContentStream)
        arguments.prepend(QStringLiteral("-raw"));
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    const ProcessRun run = runProgram(QStringLiteral("pdftotext"), arguments);
    EXPECT_EQ(run.exitCode, 0) << "pdftotext (poppler-utils): " << run.err.toStdString();
    return run.out;
}

// Text with every space and line break taken out, so that a name wrapped over two lines still matches.
inline QString withoutSpaces(const QString& text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

// A field of pdfinfo's report, such as "Pages" or "Page size".
inline QString pdfInfo(const QString& path, const QString& field)
{
    const ProcessRun run = runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_EQ(run.exitCode, 0) << "pdfinfo (poppler-utils): " << run.err.toStdString();
    for (const QString& line : run.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace sd::test
