#pragma once

#include "common/Result.h"
#include "io/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// The sentences of a table file that cannot be read.
class TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(sd::TabularFile)
};

// Reads a list file whatever the officer saved it as: an XLSX workbook when the bytes are a zip
// archive or the name ends in .xlsx/.xlsm, otherwise CSV (or tab-separated text). An old
// Excel 97-2003 workbook (.xls) is refused with a message saying how to convert it.
Result<CsvTable> readTabularFile(const QString& path);

// The same choice for bytes already in memory; fileName is used for the choice and messages.
Result<CsvTable> readTabularBytes(QByteArray bytes, const QString& fileName);

} // namespace sd
