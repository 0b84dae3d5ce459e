#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sd {

// The language of the window: English (the source texts) or Spanish (translations/seminardesk_es.ts,
// compiled into the library as ":/i18n/seminardesk_es.qm"). Only the desktop application installs a
// translator; the command line and the widget tests stay English.
class UiLanguage
{
public:
    // The codes a user can ask for: "en", "es".
    static QStringList available();

    // The language to use: `requested` (the --language option, else SEMINARDESK_LANGUAGE) when it is
    // not empty, else the first of the system's UI languages (QLocale::uiLanguages()) that Seminar
    // Desk has, so "es-MX" or "es" gives Spanish; English otherwise. A requested code that is not
    // available is an error naming the available ones.
    static Result<QString> choose(const QString& requested, const QStringList& systemLanguages);

    // Installs the translators of `language` on `app`: Seminar Desk's own and Qt's (qtbase_es from
    // QLibraryInfo's translations folder, for standard buttons and dialogs; it is optional, since
    // some systems leave Qt's translations out). For Spanish on a system whose locale is not
    // Spanish, dates and numbers follow Mexico (es_MX). Every language first installs the English
    // forms of counted messages ("1 row", "2 rows"; see EnglishPlurals.h).
    static Status install(QCoreApplication& app, const QString& language);

    // The language install() last installed ("en" until then): what the user guide follows.
    static QString current();

    // The path of the embedded translation of `language` (empty for English).
    static QString translationPath(const QString& language);
};

} // namespace sd
