#pragma once

#include "common/Result.h"
#include "export/Table.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

typedef struct lxw_workbook lxw_workbook;

namespace sd {

// Key/value lines of a workbook's "About" sheet: source file, project, time of export, counting rules.
using AboutLines = QList<QPair<QString, QString>>;

// Writes tables as the sheets of an XLSX workbook (libxlsxwriter), followed by an "About" sheet.
// Each sheet has a bold, frozen header row, numbers stored as numbers (decimals shown as "0.0"), a
// bold totals row, column widths from the longest value (capped) and the notes below the table.
// Text is written as strings, never as formulas, and neutralised (see neutraliseCell). Sheet names
// are made valid for Excel: at most 31 characters, none of []:*?/\, unique.
//
// The workbook is written to a temporary file beside the destination and then saved over it
// through QSaveFile, so a failed export leaves no half file and an existing file unchanged.
class XlsxWorkbookWriter
{
public:
    void addTable(const Table& table);
    void setAbout(const AboutLines& lines);

    Status write(const QString& path) const;

private:
    QList<Table> m_tables;
    AboutLines m_about;
};

// Writes the workbook that `fill` builds (libxlsxwriter) to a temporary file beside `path`, then over
// `path` through QSaveFile: a failure of `fill` or of the disk leaves no half file and an existing file
// unchanged. `streamRows`: constant_memory mode, each sheet written top to bottom and finished before
// the next starts (data validation and such need it off).
Status writeWorkbookFile(const QString& path, bool streamRows,
                         const std::function<Status(lxw_workbook*)>& fill);

// One table and its About sheet as a workbook at `path`.
Status writeTableToXlsx(const QString& path, const Table& table, const AboutLines& about);

} // namespace sd
