#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace sd {

bool installEnglishPlurals()
{
    // Goes back to null with the application that owns the translator.
    static QPointer<QTranslator> installed;
    if (installed)
        return true;
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return false;
    auto* translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/seminardesk_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    return true;
}

} // namespace sd
