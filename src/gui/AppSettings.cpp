#include "AppSettings.h"

#include "storage/ProgrammeLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace sd {
namespace {

const QString kLastFile = QStringLiteral("files/last");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kPaperSize = QStringLiteral("print/paperSize");
const QString kResults = QStringLiteral("results");

// How a programme's place is kept: a file's absolute path; a server's address rebuilt without any
// password it held; nothing for an address that cannot be read.
QString storedForm(const QString& location)
{
    if (!ProgrammeLocation::looksLikeServerAddress(location))
        return QFileInfo(location).absoluteFilePath();
    const Result<ProgrammeLocation> parsed = ProgrammeLocation::parse(location);
    return parsed ? parsed->storableText() : QString();
}

// A programme's project as a settings group: a hash of where the programme is, since paths and
// addresses hold characters that settings keys cannot.
QString resultsGroup(const QString& location, qint64 projectId)
{
    const QByteArray where =
        QCryptographicHash::hash(storedForm(location).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return kResults + QLatin1Char('/') + QString::fromLatin1(where) + QLatin1Char('-') +
           QString::number(projectId);
}

} // namespace

QString AppSettings::lastFile()
{
    return QSettings().value(kLastFile).toString();
}

void AppSettings::setLastFile(const QString& location)
{
    // Empty forgets the last programme.
    QSettings().setValue(kLastFile, location.isEmpty() ? QString() : storedForm(location));
}

QStringList AppSettings::recentFiles()
{
    QStringList existing;
    const QStringList stored = QSettings().value(kRecentFiles).toStringList();
    for (const QString& entry : stored) {
        if (ProgrammeLocation::looksLikeServerAddress(entry) || QFileInfo::exists(entry))
            existing << entry;
    }
    return existing;
}

QStringList AppSettings::recentServers()
{
    QStringList servers;
    const QStringList stored = QSettings().value(kRecentFiles).toStringList();
    for (const QString& entry : stored) {
        if (ProgrammeLocation::looksLikeServerAddress(entry))
            servers << entry;
    }
    return servers;
}

void AppSettings::addRecentFile(const QString& location)
{
    const QString absolute = storedForm(location);
    if (absolute.isEmpty())
        return;
    QStringList recent = QSettings().value(kRecentFiles).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecentFiles, recent);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecentFiles);
}

QString AppSettings::lastFolder()
{
    const QString folder = QSettings().value(kLastFolder).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir() && !isHiddenFolder(folder))
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool AppSettings::isHiddenFolder(const QString& folder)
{
    const QStringList parts =
        QDir::cleanPath(QFileInfo(folder).absoluteFilePath()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString& part) { return part.startsWith(QLatin1Char('.')); });
}

void AppSettings::setLastFolder(const QString& folder)
{
    QSettings().setValue(kLastFolder, folder);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

QByteArray AppSettings::splitterState()
{
    return QSettings().value(kSplitter).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                                  const QByteArray& splitter)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
    settings.setValue(kSplitter, splitter);
}

QString AppSettings::demoProgrammePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("mexico-ii.sdesk"));
}

std::optional<AppSettings::ResultsChoice> AppSettings::resultsChoice(const QString& location,
                                                                     qint64 projectId)
{
    QSettings settings;
    settings.beginGroup(resultsGroup(location, projectId));
    if (!settings.contains(QStringLiteral("measure")))
        return std::nullopt;
    ResultsChoice choice;
    choice.measure = settings.value(QStringLiteral("measure")).toString();
    choice.periodKind = settings.value(QStringLiteral("period")).toString();
    choice.from = QDate::fromString(settings.value(QStringLiteral("from")).toString(), Qt::ISODate);
    choice.to = QDate::fromString(settings.value(QStringLiteral("to")).toString(), Qt::ISODate);
    return choice;
}

void AppSettings::setResultsChoice(const QString& location, qint64 projectId, const ResultsChoice& choice)
{
    QSettings settings;
    settings.beginGroup(resultsGroup(location, projectId));
    settings.setValue(QStringLiteral("measure"), choice.measure);
    settings.setValue(QStringLiteral("period"), choice.periodKind);
    settings.setValue(QStringLiteral("from"), choice.from.toString(Qt::ISODate));
    settings.setValue(QStringLiteral("to"), choice.to.toString(Qt::ISODate));
}

QString AppSettings::paperSize()
{
    return QSettings().value(kPaperSize).toString();
}

void AppSettings::setPaperSize(const QString& code)
{
    QSettings().setValue(kPaperSize, code);
}

} // namespace sd
