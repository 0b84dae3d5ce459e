#include "UiLanguage.h"

#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sd {
namespace {

const QString kEnglish = QStringLiteral("en");
const QString kSpanish = QStringLiteral("es");

// "es", "es-MX", "es_ES" → "es"; "en-GB" → "en".
QString languageOf(const QString& code)
{
    return code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QString g_current = kEnglish;

} // namespace

QString UiLanguage::current()
{
    return g_current;
}

QStringList UiLanguage::available()
{
    return {kEnglish, kSpanish};
}

Result<QString> UiLanguage::choose(const QString& requested, const QStringList& systemLanguages)
{
    const QString wanted = requested.trimmed();
    if (!wanted.isEmpty()) {
        const QString language = languageOf(wanted);
        if (available().contains(language))
            return language;
        return Error::badInput(
            QCoreApplication::translate("sd::UiLanguage",
                                        "The language \"%1\" (--language or SEMINARDESK_LANGUAGE) is not "
                                        "available; use one of %2.")
                .arg(wanted, available().join(QStringLiteral(", "))));
    }
    for (const QString& code : systemLanguages) {
        const QString language = languageOf(code);
        if (available().contains(language))
            return language;
    }
    return kEnglish;
}

QString UiLanguage::translationPath(const QString& language)
{
    if (language == kEnglish)
        return {};
    return QStringLiteral(":/i18n/seminardesk_%1.qm").arg(language);
}

Status UiLanguage::install(QCoreApplication& app, const QString& language)
{
    if (!available().contains(language))
        return Error::badInput(QCoreApplication::translate(
                                   "sd::UiLanguage", "The language \"%1\" is not available; use one of %2.")
                                   .arg(language, available().join(QStringLiteral(", "))));
    // Counted messages ("1 row", "2 rows") in English, and under any translation that lacks one.
    installEnglishPlurals();
    if (language == kEnglish) {
        g_current = kEnglish;
        return {};
    }

    auto* own = new QTranslator(&app);
    const QString path = translationPath(language);
    if (!own->load(path)) {
        delete own;
        return Error::notFound(QCoreApplication::translate("sd::UiLanguage",
                                                           "The translation %1 is missing from this build; "
                                                           "rebuild Seminar Desk with Qt's LinguistTools.")
                                   .arg(path));
    }
    QCoreApplication::installTranslator(own);

    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Dates and numbers follow the system's locale when it is of this language (es_ES stays
    // Spanish from Spain); otherwise those of Mexico, where the programme officers work.
    if (language == kSpanish && QLocale().language() != QLocale::Spanish)
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    g_current = language;
    return {};
}

} // namespace sd
