#include "documents/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace sd {

namespace {

thread_local std::optional<Language> t_language;

// The translation of a document language, loaded once: the Spanish one, or for English the English
// plural forms ("1 session", "2 sessions"). Both are embedded in the core library (src/core/CMakeLists.txt).
const QTranslator* translatorFor(Language language)
{
    const auto load = [](const QString& path) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(path))
            return std::unique_ptr<QTranslator>();
        return translator;
    };
    static const std::unique_ptr<QTranslator> english = load(QStringLiteral(":/i18n/seminardesk_en.qm"));
    static const std::unique_ptr<QTranslator> spanish = load(QStringLiteral(":/i18n/seminardesk_es.qm"));
    return language == Language::Spanish ? spanish.get() : english.get();
}

// What QCoreApplication::translate does with a count: %n as a number, %Ln in the language's digits.
void replaceCount(QString& text, Language language, int n)
{
    if (n < 0)
        return;
    const QLocale locale(language == Language::Spanish ? QLocale(QLocale::Spanish, QLocale::Mexico)
                                                       : QLocale(QLocale::English, QLocale::UnitedKingdom));
    text.replace(QStringLiteral("%Ln"), locale.toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace

DocumentLanguageScope::DocumentLanguageScope(std::optional<Language> language)
    : m_previous(t_language)
{
    if (language)
        t_language = language;
}

DocumentLanguageScope::~DocumentLanguageScope()
{
    t_language = m_previous;
}

std::optional<Language> DocumentLanguageScope::current()
{
    return t_language;
}

QString documentTranslate(const char* context, const char* source, const char* disambiguation, int n)
{
    if (!t_language)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text;
    if (const QTranslator* translator = translatorFor(*t_language))
        text = translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    replaceCount(text, *t_language, n);
    return text;
}

} // namespace sd
