#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace sd {

class ConnectionBanner;
class ProgrammeDocument;

// Keeps a window's programme on a server connected. When a statement finds the connection lost (a
// write, a read, or FileWatcher's check every two seconds while idle), the banner says so and the
// guard connects again by itself: after 1 s, then 2, 4, 8, 16 and every 30 s, or at once from the
// banner's button. Nothing is ever tried again: a change that was in flight is as the server has it.
// Lives as long as the document (its parent).
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kLongestDelayMs = 30000;

    ConnectionGuard(ProgrammeDocument& document, ConnectionBanner* banner);
    ~ConnectionGuard() override;

    // The connection is lost and an attempt is scheduled.
    bool isWaiting() const;
    // How long until the next attempt (meaningful while waiting).
    int nextDelayMs() const { return m_delayMs; }
    // Attempts that failed since the connection was lost.
    int failedAttempts() const { return m_failures; }

    // Tries to connect again now; true when connected (also when the connection was never lost).
    bool reconnectNow();

Q_SIGNALS:
    // The connection was lost: the window stops offering changes.
    void lost();
    // Connected again (the window then reads the server again); historyKept as
    // ProgrammeDocument::reconnected says.
    void restored(bool historyKept);

private:
    void onLost();
    void onReconnected(bool historyKept);

    ProgrammeDocument& m_document;
    QPointer<ConnectionBanner> m_banner;
    QTimer* m_timer = nullptr;
    int m_delayMs = kFirstDelayMs;
    int m_failures = 0;
};

} // namespace sd
