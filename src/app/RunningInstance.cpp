#include "RunningInstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

constexpr int kAnswerTimeoutMs = 10000; // the running instance may be busy opening a large file
constexpr int kConnectTimeoutMs = 2000;
const QByteArray kOpen = QByteArrayLiteral("open ");
const QByteArray kShow = QByteArrayLiteral("show");
const QByteArray kOk = QByteArrayLiteral("ok");

} // namespace

RunningInstance::RunningInstance(QObject* parent)
    : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &RunningInstance::onNewConnection);
}

QString RunningInstance::socketPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("seminardesk.instance"));
}

bool RunningInstance::handOver(const QString& absoluteFile)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    const QByteArray request = absoluteFile.isEmpty() ? kShow : kOpen + absoluteFile.toUtf8();
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(kConnectTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kAnswerTimeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == kOk;
}

Status RunningInstance::listen()
{
    const QString path = socketPath();
    if (m_server.listen(path))
        return {};
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it a moment ago (handOver failed), so the socket is left over from an
        // instance that ended without removing it.
        QLocalServer::removeServer(path);
        if (m_server.listen(path))
            return {};
    }
    return Error::badInput(tr("Seminar Desk cannot listen on %1, so a file opened later will start a second "
                              "window of its own instead of joining this one. Check that the folder is "
                              "writable by you.")
                               .arg(QDir::toNativeSeparators(path)));
}

void RunningInstance::onNewConnection()
{
    while (QLocalSocket* connection = m_server.nextPendingConnection()) {
        connect(connection, &QLocalSocket::disconnected, connection, &QObject::deleteLater);
        connect(connection, &QLocalSocket::readyRead, this, [this, connection] {
            if (!connection->canReadLine())
                return;
            const QByteArray line = connection->readLine();
            QByteArray request = line;
            if (request.endsWith('\n'))
                request.chop(1);
            QString file;
            if (request.startsWith(kOpen)) {
                file = QString::fromUtf8(request.mid(kOpen.size()));
            } else if (request != kShow) {
                spdlog::warn("a later start sent a request this version does not know; ignored it");
                connection->disconnectFromServer();
                return;
            }
            // The answer goes back at once: opening may show a message box whose event loop waits
            // for the user, and the later start must not give up and open a window of its own.
            connection->write(kOk + '\n');
            connection->flush();
            connection->disconnectFromServer();
            QMetaObject::invokeMethod(
                this, [this, file] { Q_EMIT openRequested(file); }, Qt::QueuedConnection);
        });
    }
}

} // namespace sd
