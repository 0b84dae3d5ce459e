#pragma once

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace sd {

class ProgrammeDocument;

// Notices changes another connection committed to the open file (another window, the command
// line's import, a colleague's copy of the app on a shared folder): SQLite's PRAGMA data_version on
// the document's own connection changes exactly then, and never for this connection's own writes.
// Checked every two seconds, when the application becomes active again and when the window is
// activated; one cheap query each time, which reads no table. On a server the same query is how a
// connection lost while the window is idle comes to light (ProgrammeDocument::connectionLost).
class FileWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 2000;

    // Watches the document's file for as long as this object lives; window (optional) is watched for
    // activation.
    FileWatcher(ProgrammeDocument& document, QWidget* window, QObject* parent = nullptr);
    ~FileWatcher() override;

    // Reads the version now; emits changedElsewhere() and returns true if another connection
    // committed since the last check.
    bool checkNow();
    // After this connection replaced the whole file (a restore): the current version is the base.
    void resynchronise();
    // How often the version is read (kIntervalMs unless told otherwise: a server that notifies
    // needs only a slow fallback).
    void setInterval(int milliseconds);

Q_SIGNALS:
    void changedElsewhere();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 readVersion() const;

    ProgrammeDocument& m_document;
    QPointer<QWidget> m_window;
    QTimer* m_timer = nullptr;
    qint64 m_version = -1;
    bool m_checking = false;
};

} // namespace sd
