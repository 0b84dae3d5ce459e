#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace sd {

class FileWatcher;
class ProgrammeDocument;
class RecordDialog;
class ServerNotifier;

// Shows other people's changes in a window within two seconds, without a restart. How a change is
// heard depends on where the programme lives:
// - a file: the FileWatcher's PRAGMA data_version check every two seconds;
// - a server: a notification on commit (ServerNotifier), with the FileWatcher's check of the change
//   log kept as a slow fallback (every minute; every two seconds while the window cannot listen).
// Then changedElsewhere() lets the window read its pages again (navigator, registers, results), and
// the window's open dialogs are told: an attendance sheet reads the marks again, keeping the ones
// not saved yet; an edit dialog whose record someone else changed or deleted says so in a line
// above its form, before the user saves.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    static constexpr int kServerFallbackMs = 60000;

    // Listens for changes to the document as a child of watcher, so that both go before the document;
    // the dialogs told are those whose parent is window.
    LiveRefresh(ProgrammeDocument& document, FileWatcher& watcher, QWidget* window);

    // The server's listener (nullptr on a file). After a reconnect, call its resubscribe() (the
    // document's reconnected() signal can be connected to resubscribe() below).
    ServerNotifier* serverNotifier() const { return m_notifier; }

public Q_SLOTS:
    // Listens again on the document's new connection, after a lost connection was made again.
    void resubscribe();
    // Tells the open dialogs what changed; runs after each changedElsewhere().
    void updateOpenDialogs();

Q_SIGNALS:
    // Someone else committed a change: the window reads what it shows again.
    void changedElsewhere();

private:
    void heard();
    void checkRecordDialog(RecordDialog* dialog);

    ProgrammeDocument& m_document;
    FileWatcher& m_watcher;
    QPointer<QWidget> m_window;
    ServerNotifier* m_notifier = nullptr;
};

} // namespace sd
