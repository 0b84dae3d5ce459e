#include "documents/DocumentLanguageChoice.h"

#include "storage/ProgrammeLocation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace sd {

namespace {

// The window's settings (src/app/main.cpp names the organisation and the application), whichever
// program reads them: the command line names itself differently.
QSettings windowSettings()
{
    return QSettings(QSettings::UserScope, QStringLiteral("SeminarDesk"), QStringLiteral("seminardesk"));
}

// A programme's project as a settings key: a hash of where the programme is (paths and addresses hold
// characters keys cannot, and a server's address may hold a password), then the project's id.
QString choiceKey(const QString& location, qint64 projectId)
{
    QString where;
    if (!ProgrammeLocation::looksLikeServerAddress(location)) {
        where = QFileInfo(location).absoluteFilePath();
    } else if (const Result<ProgrammeLocation> parsed = ProgrammeLocation::parse(location)) {
        where = parsed->storableText();
    }
    const QByteArray hash =
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("documents/%1-%2/language").arg(QString::fromLatin1(hash)).arg(projectId);
}

} // namespace

std::optional<Language> rememberedDocumentLanguage(const QString& location, qint64 projectId)
{
    return languageFromCode(windowSettings().value(choiceKey(location, projectId)).toString());
}

void rememberDocumentLanguage(const QString& location, qint64 projectId, Language language)
{
    windowSettings().setValue(choiceKey(location, projectId), languageCode(language));
}

} // namespace sd
