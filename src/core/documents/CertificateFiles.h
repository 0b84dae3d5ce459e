#pragma once

#include "common/Result.h"
#include "documents/CertificateDesign.h"
#include "documents/DocumentRecords.h"
#include "documents/PdfOutput.h"
#include "domain/Language.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace sd {

// How certificates saved one a person are drawn.
struct CertificateFileOptions
{
    CertificateDesign design; // the project's logos, signatories, place of issue and statement
    QImage logo;              // in place of the design's logos when given (`print --logo`)
    PaperSize paper = PaperSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    Language language = Language::English; // the certificates' language, and the mailing list's column
};

// What writeCertificateFiles wrote: the PDFs' names, in the certificates' order, and the list.
struct CertificateFilesWritten
{
    QStringList files;
    QString mailingList; // the path of mailing.csv
};

// The file name of each certificate: "2.1 Acosta Pacheco Fabiola.pdf", the activity's code and the
// person's family and given names, with the characters that a file name cannot hold on Windows, macOS
// or Linux (/ \ : * ? " < > | and control characters) made dashes and no dot or space at the end. A
// name an earlier certificate has taken gets " (2)", " (3)"; names differing only in case count as
// the same, since Windows and macOS would make them one file.
QStringList certificateFileNames(const QList<CertificateData>& certificates);

// Writes each certificate as a PDF of its own into `folder` (made when missing), each file written
// whole or not at all, then "mailing.csv" beside them: email, family names, given names, language,
// activity and file, one row per PDF, for any mail-merge tool. A file of the same name is replaced.
// Needs a QGuiApplication.
Result<CertificateFilesWritten> writeCertificateFiles(const QString& folder,
                                                      const QList<CertificateData>& certificates,
                                                      const CertificateFileOptions& options);

} // namespace sd
