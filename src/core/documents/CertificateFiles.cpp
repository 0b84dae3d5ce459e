#include "documents/CertificateFiles.h"

#include "documents/CertificateDocument.h"
#include "documents/DocumentText.h"
#include "export/CsvWriter.h"
#include "export/Table.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace sd {

namespace {

// Longer names are cut at a word; 120 characters keep a whole path well inside every system's limits.
constexpr qsizetype kMaxStemLength = 120;

QString safeStem(const QString& text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || forbidden.contains(c))
            out += u'-';
        else if (c.isSpace())
            out += u' ';
        else
            out += c;
    }
    out = out.simplified();
    if (out.size() > kMaxStemLength) {
        out.truncate(kMaxStemLength);
        if (const qsizetype space = out.lastIndexOf(u' '); space > kMaxStemLength / 2)
            out.truncate(space);
    }
    while (!out.isEmpty() && (out.endsWith(u'.') || out.endsWith(u' ')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("certificate") : out;
}

} // namespace

QStringList certificateFileNames(const QList<CertificateData>& certificates)
{
    QStringList names;
    QSet<QString> taken;
    for (const CertificateData& certificate : certificates) {
        const QString stem =
            safeStem(QStringLiteral("%1 %2 %3")
                         .arg(certificate.attendance.activity.code, certificate.person.familyNames,
                              certificate.person.givenNames));
        QString name = stem + QStringLiteral(".pdf");
        for (int copy = 2; taken.contains(name.toCaseFolded()); ++copy)
            name = QStringLiteral("%1 (%2).pdf").arg(stem).arg(copy);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Result<CertificateFilesWritten> writeCertificateFiles(const QString& folder,
                                                      const QList<CertificateData>& certificates,
                                                      const CertificateFileOptions& options)
{
    const QFileInfo place(folder);
    if (place.exists() && !place.isDir())
        return Error::badInput(Documents::tr("%1 is a file, not a folder; give a folder for the certificates "
                                             "saved one a person.")
                                   .arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        return Error::badInput(Documents::tr("The folder %1 could not be made; check that its parent folder "
                                             "exists and can be written, then try again.")
                                   .arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const QStringList names = certificateFileNames(certificates);
    Table mailing;
    mailing.title = QStringLiteral("mailing");
    for (const char* column : {"email", "family_names", "given_names", "language", "activity", "file"})
        mailing.columns.append({QString::fromLatin1(column), TableColumn::Kind::Text});
    CertificateFilesWritten written;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const CertificateData& certificate = certificates[i];
        CertificateDocument document({certificate});
        document.setDesign(options.design);
        if (!options.logo.isNull())
            document.setLogo(options.logo);
        document.setLanguage(options.language);
        if (Status pdf = writePdf(dir.filePath(names[i]), document, options.paper, options.orientation); !pdf)
            return pdf.error();
        written.files.append(names[i]);
        mailing.rows.append({certificate.person.email, certificate.person.familyNames,
                             certificate.person.givenNames, languageCode(options.language),
                             certificate.attendance.activity.code, names[i]});
    }
    written.mailingList = dir.filePath(QStringLiteral("mailing.csv"));
    if (Status list = writeCsvFile(written.mailingList, mailing); !list)
        return list.error();
    return written;
}

} // namespace sd
