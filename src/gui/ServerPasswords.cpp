#include "ServerPasswords.h"

#include "storage/ProgrammeLocation.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// Runs a keychain job to its end (or the timeout), returning its error code and words.
std::pair<QKeychain::Error, QString> runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    // Never a file of passwords in plain text where there is no keychain.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(ServerPasswords::kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        return {QKeychain::OtherError, QStringLiteral("the keychain did not answer")};
    return {job.error(), job.errorString()};
}

QString keyOf(const ProgrammeLocation& location)
{
    return location.storableText();
}

} // namespace

QString ServerPasswords::service()
{
    return QStringLiteral("Seminar Desk");
}

std::optional<QString> ServerPasswords::read(const ProgrammeLocation& location)
{
    if (!location.isServer())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(service());
    job.setKey(keyOf(location));
    const auto [error, words] = runJob(job);
    if (error == QKeychain::NoError)
        return job.textData();
    if (error != QKeychain::EntryNotFound)
        spdlog::warn("the system keychain could not be read: {}", words.toStdString());
    return std::nullopt;
}

Status ServerPasswords::write(const ProgrammeLocation& location, const QString& password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(keyOf(location));
    job.setTextData(password);
    const auto [error, words] = runJob(job);
    if (error == QKeychain::NoError)
        return {};
    spdlog::warn("the system keychain refused a password: {}", words.toStdString());
    return Error::database(
        tr("The password was not remembered: this computer's keychain cannot be reached (on "
           "Linux, a Secret Service such as GNOME Keyring or KWallet must be running and "
           "unlocked). You will be asked for the password when you connect again."));
}

Status ServerPasswords::forget(const ProgrammeLocation& location)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(keyOf(location));
    const auto [error, words] = runJob(job);
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        return {};
    spdlog::warn("the system keychain could not forget a password: {}", words.toStdString());
    return Error::database(tr("The remembered password could not be removed from this computer's keychain. "
                              "Remove the entry \"%1\" with the keychain's own program.")
                               .arg(service()));
}

} // namespace sd
