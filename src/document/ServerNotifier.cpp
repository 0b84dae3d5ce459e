#include "ServerNotifier.h"

#include "storage/ChangeNotices.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace sd {

ServerNotifier::ServerNotifier(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_drainTimer(new QTimer(this))
    , m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(kGatherMs);
    connect(m_gather, &QTimer::timeout, this, [this] {
        m_delivered = std::exchange(m_pending, {});
        Q_EMIT changedElsewhere(m_delivered);
    });
    if (!m_database.isServer())
        return;
    m_drainTimer->setInterval(kDrainIntervalMs);
    connect(m_drainTimer, &QTimer::timeout, this, &ServerNotifier::drain);
    // The sentence names the server and the login: the log says only that the fallback is in use.
    if (!resubscribe())
        spdlog::warn(
            "not listening for other people's changes; the change log is looked at every two seconds");
}

ServerNotifier::~ServerNotifier()
{
    if (!m_listening)
        return;
    QSqlDriver* driver = m_database.connection().driver();
    if (driver && driver->isOpen())
        driver->unsubscribeFromNotification(ChangeNotices::channel());
}

Status ServerNotifier::resubscribe()
{
    if (!m_database.isServer())
        return {};
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver)
        return Error::database(tr("The window cannot listen for other people's changes to %1: it has no "
                                  "connection. It will look for them every two seconds instead.")
                                   .arg(m_database.path()));
    disconnect(driver, &QSqlDriver::notification, this, &ServerNotifier::received);
    // A subscription QPSQL still lists is dropped first: QPSQL watches the socket of the connection
    // it subscribed on, and a new connection may have another socket.
    if (driver->subscribedToNotifications().contains(ChangeNotices::channel()))
        driver->unsubscribeFromNotification(ChangeNotices::channel());
    m_listening = driver->subscribeToNotification(ChangeNotices::channel());
    if (!m_listening) {
        m_drainTimer->stop();
        spdlog::warn("LISTEN refused: {}", driver->lastError().nativeErrorCode().toStdString());
        return Error::database(tr("The window cannot listen for other people's changes to %1; it will "
                                  "look for them every two seconds instead.")
                                   .arg(m_database.path()));
    }
    connect(driver, &QSqlDriver::notification, this, &ServerNotifier::received);
    m_drainTimer->start();
    return {};
}

void ServerNotifier::drain()
{
    if (!m_listening)
        return;
    if (QSqlDriver* driver = m_database.connection().driver(); driver && driver->isOpen()) {
        // QPSQL's own handler: reads what the socket holds and empties libpq's queue of notifications,
        // emitting QSqlDriver::notification for each. It only reads what has already arrived.
        QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::DirectConnection);
    }
    // The same read finds a connection the server closed (a restart, a terminated session): the
    // window learns of it now rather than at the next statement or the minute's fallback check.
    if (m_database.noticeIfConnectionLost()) {
        m_listening = false;
        m_drainTimer->stop();
    }
}

void ServerNotifier::received(const QString& name, QSqlDriver::NotificationSource source,
                              const QVariant& payload)
{
    if (name != ChangeNotices::channel() || source == QSqlDriver::SelfSource)
        return;
    m_pending.append(payload.toString().toUtf8());
    if (!m_gather->isActive())
        m_gather->start();
}

} // namespace sd
