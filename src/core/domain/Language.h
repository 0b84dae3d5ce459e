#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// The two languages of the programme's texts (docs/schema.md, "Languages"): every title and name a
// reader sees has an English form (the record's original column) and a Spanish one (`*_es`), and a
// document, export or results table is produced in one of them.
enum class Language
{
    English,
    Spanish
};

QString languageCode(Language language); // "en", "es"
std::optional<Language> languageFromCode(const QString& code);
QStringList languageCodes();

// The form of a text in `language`, or the other form where that one is empty.
QString inLanguage(Language language, const QString& english, const QString& spanish);
// Whether inLanguage falls back: the form in `language` is empty and the other is not.
bool isFallback(Language language, const QString& english, const QString& spanish);

// The SQL expression of a bilingual column in `language` with the same fallback, for a column
// `column` (an alias and a name from a compile-time list, "a.title") whose Spanish form is
// `column`_es: "COALESCE(NULLIF(a.title_es, ''), a.title)".
QString inLanguageSql(Language language, const char* column);

} // namespace sd
