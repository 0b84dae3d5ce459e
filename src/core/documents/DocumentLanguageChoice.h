#pragma once

#include "domain/Language.h"

#include <QString>
#include <optional>

namespace sd {

// The document language chosen for a project of a programme (Reports ▸ Document language in the
// window), kept in the user's settings per programme (file path or server address) and project, so
// that the window and `seminardesk-cli print` start from the same choice. Nothing personal is kept:
// the place is stored as a hash.
std::optional<Language> rememberedDocumentLanguage(const QString& location, qint64 projectId);
void rememberDocumentLanguage(const QString& location, qint64 projectId, Language language);

} // namespace sd
