#pragma once

#include "common/Result.h"
#include "storage/PersonData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// A person's right-of-access bundle (docs/privacy.md): a zip archive holding person.json, everything
// the programme holds about them for computers, and person.pdf, the same for people. Both are in the
// language of the installed translation; the JSON's keys and codes stay the same in every language.
class AccessBundle
{
    Q_DECLARE_TR_FUNCTIONS(sd::AccessBundle)

public:
    // The JSON: an object with one member per section ("participant", "institution", "enrolments",
    // "certificates_qualified", "evaluations", "change_log") beside "about", so that a section added
    // later is one more member.
    static QByteArray toJson(const PersonData& data, const QString& language);

    // Writes the archive at `path` atomically (nothing is left behind on failure). Draws the PDF, so
    // it needs a QGuiApplication.
    static Status write(const QString& path, const PersonData& data, const QString& language);

    static QString jsonName() { return QStringLiteral("person.json"); }
    static QString pdfName() { return QStringLiteral("person.pdf"); }
};

} // namespace sd
