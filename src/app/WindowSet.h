#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sd {

class MainWindow;

// The windows of this Seminar Desk process. Each shows one programme file; a file asked for by a
// later start opens in a new window, unless a window already shows it (then that window comes to
// the front), so that one file is never open twice in one session by accident.
class WindowSet : public QObject
{
    Q_OBJECT

public:
    explicit WindowSet(QObject* parent = nullptr);
    // Deletes the windows still there (their files close) while the application object still exists.
    ~WindowSet() override;

    // The first window, shown, with the file the command line names (else the last file, or the
    // demo programme on a first run).
    MainWindow* openFirst(const QString& fileArgument);

    // A later start's request: the file (absolute), or none to show the most recent window.
    void openRequested(const QString& absoluteFile);

    int count() const;

private:
    MainWindow* newWindow();
    MainWindow* showing(const QString& absoluteFile) const;
    static void bringToFront(MainWindow* window);

    QList<QPointer<MainWindow>> m_windows;
};

} // namespace sd
