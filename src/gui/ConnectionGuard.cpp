#include "ConnectionGuard.h"

#include "ConnectionBanner.h"
#include "ProgrammeDocument.h"

#include <QTimer>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace sd {

ConnectionGuard::ConnectionGuard(ProgrammeDocument& document, ConnectionBanner* banner)
    : QObject(&document)
    , m_document(document)
    , m_banner(banner)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::reconnectNow);
    connect(&m_document, &ProgrammeDocument::connectionLost, this, &ConnectionGuard::onLost);
    connect(&m_document, &ProgrammeDocument::reconnected, this, &ConnectionGuard::onReconnected);
    if (m_banner)
        connect(m_banner, &ConnectionBanner::reconnectRequested, this, &ConnectionGuard::reconnectNow);
}

ConnectionGuard::~ConnectionGuard()
{
    // The banner is the window's and speaks of this document only.
    if (m_banner)
        m_banner->hide();
}

bool ConnectionGuard::isWaiting() const
{
    return m_timer->isActive();
}

void ConnectionGuard::onLost()
{
    m_failures = 0;
    m_delayMs = kFirstDelayMs;
    if (m_banner)
        m_banner->showLost(m_document.serverName(), m_delayMs / 1000, {});
    m_timer->start(m_delayMs);
    Q_EMIT lost();
}

bool ConnectionGuard::reconnectNow()
{
    if (!m_document.isConnectionLost())
        return true;
    m_timer->stop();
    const Status connected = m_document.reconnect();
    if (connected)
        return true; // onReconnected has said so
    ++m_failures;
    // Every attempt waits for the server's answer in this thread: a server that is down is not asked
    // more often than every half minute.
    m_delayMs = std::min(kFirstDelayMs << std::min(m_failures, 5), kLongestDelayMs);
    spdlog::info("connecting to the server again failed ({} attempts); next attempt in {} s", m_failures,
                 m_delayMs / 1000);
    if (m_banner)
        m_banner->showLost(m_document.serverName(), m_delayMs / 1000, connected.error().message);
    m_timer->start(m_delayMs);
    return false;
}

void ConnectionGuard::onReconnected(bool historyKept)
{
    m_timer->stop();
    m_failures = 0;
    m_delayMs = kFirstDelayMs;
    if (m_banner) {
        if (historyKept)
            m_banner->hide();
        else
            m_banner->showUncertainChange(m_document.serverName());
    }
    Q_EMIT restored(historyKept);
}

} // namespace sd
