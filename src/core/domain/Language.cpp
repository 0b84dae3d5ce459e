#include "domain/Language.h"

namespace sd {

QString languageCode(Language language)
{
    return language == Language::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == QLatin1String("en"))
        return Language::English;
    if (wanted == QLatin1String("es"))
        return Language::Spanish;
    return std::nullopt;
}

QStringList languageCodes()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

QString inLanguage(Language language, const QString& english, const QString& spanish)
{
    const QString& chosen = language == Language::Spanish ? spanish : english;
    return chosen.isEmpty() ? (language == Language::Spanish ? english : spanish) : chosen;
}

bool isFallback(Language language, const QString& english, const QString& spanish)
{
    const QString& chosen = language == Language::Spanish ? spanish : english;
    const QString& other = language == Language::Spanish ? english : spanish;
    return chosen.isEmpty() && !other.isEmpty();
}

QString inLanguageSql(Language language, const char* column)
{
    const QString english = QString::fromLatin1(column);
    const QString spanish = english + QStringLiteral("_es");
    const bool es = language == Language::Spanish;
    return QStringLiteral("COALESCE(NULLIF(%1, ''), %2)").arg(es ? spanish : english, es ? english : spanish);
}

} // namespace sd
