#pragma once

#include "common/Result.h"

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace sd {

// One Seminar Desk per user session: the first start listens on a local socket in the user's
// runtime folder; a later start hands its file (or, without one, a request to show itself) to the
// running instance and ends, so that double-clicking a .sdesk file opens it in the app that is
// already running instead of a second process that would open the same file twice.
//
// The exchange is one line of UTF-8 each way: "open ABSOLUTE_PATH\n" or "show\n", answered "ok\n"
// once the running instance has acted on it.
class RunningInstance : public QObject
{
    Q_OBJECT

public:
    explicit RunningInstance(QObject* parent = nullptr);

    // The socket's path: $XDG_RUNTIME_DIR/seminardesk.instance.
    static QString socketPath();

    // Hands the file (empty: "show yourself") to a running instance. True when one answered; false
    // when none runs (or it did not answer in time), and this process should start the window.
    static bool handOver(const QString& absoluteFile);

    // Becomes the instance that later starts hand over to. A socket left by an instance that ended
    // without removing it (a crash) is replaced. The error says what to do; the window works
    // without it, only later starts then open windows of their own.
    Status listen();

Q_SIGNALS:
    // A later start asked for this file (empty: show the window); emitted from the event loop after
    // the answer went back.
    void openRequested(const QString& absoluteFile);

private:
    void onNewConnection();

    QLocalServer m_server;
};

} // namespace sd
