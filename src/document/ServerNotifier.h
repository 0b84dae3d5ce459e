#pragma once

#include "common/Result.h"

#include <QByteArrayList>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>

class QTimer;

namespace sd {

class Database;

// Hears other people's changes to a programme on a server as soon as they are committed: LISTEN on
// the programme's channel (storage/ChangeNotices) through QSqlDriver::subscribeToNotification on the
// document's own QPSQL connection. Notifications this connection sent itself are ignored (QPSQL
// compares the sender's backend pid with its own), so the window's own saves never read as others'.
//
// Two things QPSQL does not do are done here:
// - The store runs its statements with libpq directly on QPSQL's connection (storage/Statement).
//   When a notification arrives while such a statement waits for its result, libpq reads it into its
//   queue along with the result; the socket then has nothing more to read and QPSQL, which looks at
//   its queue only when the socket wakes it or after its own statements, would leave it there until
//   the next change. Every kDrainIntervalMs the queue is emptied through QPSQL (no round trip to the
//   server: libpq only reads what has already arrived).
// - QPSQL does not notice a lost connection, and LISTEN does not survive a new one: resubscribe()
//   after a reconnect.
class ServerNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDrainIntervalMs = 500;
    // Notifications that arrive this close together make one changedElsewhere() (an import sends a
    // few in one commit).
    static constexpr int kGatherMs = 50;

    // Listens on the database's connection for as long as this object lives; nothing on a file.
    explicit ServerNotifier(Database& database, QObject* parent = nullptr);
    ~ServerNotifier() override;

    bool isListening() const { return m_listening; }
    // The payloads heard since the last changedElsewhere(), oldest first ("participant:42:7").
    const QByteArrayList& lastPayloads() const { return m_delivered; }

public Q_SLOTS:
    // Listens again, on the connection the database holds now: connect a reconnect's signal here.
    // The error says why not (the connection is still down).
    Status resubscribe();
    // Hands over the notifications libpq has already read (see above); runs by itself every
    // kDrainIntervalMs, and may be called after the window's own statements.
    void drain();

Q_SIGNALS:
    // Someone else committed a change; payloads are what their commits announced.
    void changedElsewhere(const QByteArrayList& payloads);

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_database;
    QTimer* m_drainTimer = nullptr;
    QTimer* m_gather = nullptr;
    QByteArrayList m_pending;
    QByteArrayList m_delivered;
    bool m_listening = false;
};

} // namespace sd
