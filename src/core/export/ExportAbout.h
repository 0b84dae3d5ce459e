#pragma once

#include "export/XlsxWriter.h"

#include <QDateTime>
#include <QString>

namespace sd {

// What a workbook's About sheet states, so that a number read months later can be traced: which file,
// which project, when, by which program, what was asked for, and the counting rules behind every number.
struct ExportContext
{
    QString sourcePath;
    QString projectCode; // empty: every project of the file
    QString projectTitle;
    QString contents;   // "Results by activity", "Participants who took part in activity 2.1"
    AboutLines details; // more lines after the contents (filters, pseudonymisation)
    QDateTime exportedAt = QDateTime::currentDateTime();
};

AboutLines aboutLines(const ExportContext& context);

} // namespace sd
