#pragma once

#include "domain/Language.h"

#include <optional>

namespace sd {

// The language a document is drawn in, chosen per print and independent of the window's (or the
// command line's) language. While a scope is alive on a thread, the documents' fixed texts
// (Documents::tr) come from the translation of that language, loaded for documents alone, not from
// the application's translators; without one they follow the application as any other text does.
class DocumentLanguageScope
{
public:
    explicit DocumentLanguageScope(std::optional<Language> language);
    ~DocumentLanguageScope();
    DocumentLanguageScope(const DocumentLanguageScope&) = delete;
    DocumentLanguageScope& operator=(const DocumentLanguageScope&) = delete;

    // The language of the innermost scope alive on this thread, if any.
    static std::optional<Language> current();

private:
    std::optional<Language> m_previous;
};

// A document's fixed text in the document language of the current scope (see above).
QString documentTranslate(const char* context, const char* source, const char* disambiguation, int n);

} // namespace sd
