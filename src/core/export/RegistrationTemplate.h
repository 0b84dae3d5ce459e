#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// What a registration list template holds besides its fixed columns.
struct RegistrationTemplateOptions
{
    QString language = QStringLiteral("es"); // "es" or "en": the headings, the lists, the notice
    QString projectTitle;                    // named by the default privacy notice
    QStringList institutions;                // the programme's institutions as the list should write them
    QString privacyNotice; // the project's notice in `language`; empty: defaultPrivacyNotice
};

// The registration list that import reads best (docs/import.md): one sheet with the headings import
// recognises without a mapping, in Spanish or English (Nombre(s), Apellidos, Sexo, Institución, Tipo
// de institución, Cargo, Entidad federativa, Correo electrónico, Teléfono), drop-down lists for
// gender and type of institution (refusing anything else) and for the programme's institutions
// (suggesting them, accepting a new one), and a second sheet with the privacy notice, which Mexican
// law requires where personal data is collected. Written atomically (writeWorkbookFile).
Status writeRegistrationTemplate(const QString& path, const RegistrationTemplateOptions& options);

// The programme's institutions as a list writes them so that import finds each, "Name (ACRONYM)" in
// `language` ("es" or "en", the other form where that one is empty), in alphabetical order.
QStringList registrationInstitutionChoices(const QList<Institution>& institutions, const QString& language);

// The short privacy notice a project uses until it writes its own (docs/privacy.md), in "es" or "en".
QString defaultPrivacyNotice(const QString& language, const QString& projectTitle);

// The rows of a template that carry the drop-down lists, below the headings.
inline constexpr int kRegistrationTemplateRows = 1000;

} // namespace sd
