#include "WindowSet.h"

#include "MainWindow.h"
#include "ProgrammeDocument.h"
#include "storage/ProgrammeLocation.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

// What the windows do at a start goes to the log at once (the log otherwise flushes on warnings
// only), so that it is there however the session ends.
template <typename... Args>
void logNow(spdlog::format_string_t<Args...> format, Args&&... args)
{
    spdlog::info(format, std::forward<Args>(args)...);
    spdlog::default_logger()->flush();
}

// The same file however it is named (a relative path, a symbolic link); a file that does not exist
// yet keeps its absolute name.
QString sameFileKey(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

WindowSet::WindowSet(QObject* parent)
    : QObject(parent)
{
}

WindowSet::~WindowSet()
{
    for (const QPointer<MainWindow>& window : std::as_const(m_windows))
        delete window.data();
}

MainWindow* WindowSet::newWindow()
{
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.append(window);
    return window;
}

MainWindow* WindowSet::openFirst(const QString& fileArgument)
{
    MainWindow* window = newWindow();
    window->show();
    // The window shows first; the file opens as soon as the event loop runs.
    QPointer<MainWindow> shown(window);
    QTimer::singleShot(0, window, [this, shown, fileArgument] {
        if (!shown)
            return;
        shown->openAtStartup(fileArgument);
        logNow("the window is ready ({} open)", count());
    });
    return window;
}

int WindowSet::count() const
{
    int open = 0;
    for (const QPointer<MainWindow>& window : m_windows)
        open += window && window->isVisible() ? 1 : 0;
    return open;
}

MainWindow* WindowSet::showing(const QString& absoluteFile) const
{
    const QString key = sameFileKey(absoluteFile);
    const Result<ProgrammeLocation> server = ProgrammeLocation::looksLikeServerAddress(absoluteFile)
                                                 ? ProgrammeLocation::parse(absoluteFile)
                                                 : Result<ProgrammeLocation>(ProgrammeLocation());
    for (const QPointer<MainWindow>& window : m_windows) {
        if (!window || !window->document())
            continue;
        const bool same = server && server->isServer()
                              ? window->document()->location().storableText() == server->storableText()
                              : sameFileKey(window->document()->path()) == key;
        if (same)
            return window;
    }
    return nullptr;
}

void WindowSet::bringToFront(MainWindow* window)
{
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
}

void WindowSet::openRequested(const QString& absoluteFile)
{
    m_windows.removeAll(nullptr);
    if (absoluteFile.isEmpty()) {
        // A start from the menu while the app runs: the window used last comes to the front.
        auto* active = qobject_cast<MainWindow*>(QApplication::activeWindow());
        MainWindow* window = active ? active : (m_windows.isEmpty() ? nullptr : m_windows.last().data());
        if (window) {
            bringToFront(window);
            logNow("a later start without a file: brought a window to the front ({} open)", count());
        } else {
            openFirst(QString());
            logNow("a later start without a file: opened a window ({} open)", count());
        }
        return;
    }
    if (MainWindow* window = showing(absoluteFile)) {
        bringToFront(window);
        logNow("a later start asked for a file already open: brought its window to the front ({} open)",
               count());
        return;
    }
    MainWindow* window = newWindow();
    window->show();
    bringToFront(window);
    if (ProgrammeLocation::looksLikeServerAddress(absoluteFile)) {
        // A server that cannot be reached brings the connect dialog up in this window, with why.
        window->openAtStartup(absoluteFile);
        logNow("a later start asked for a server programme: opened a window for it ({} open)", count());
        return;
    }
    if (!window->openFile(absoluteFile)) {
        // openFile said why in a message box; an empty window would only be in the way.
        window->close();
        logNow("a later start asked for a file that could not be opened ({} open)", count());
        return;
    }
    logNow("a later start asked for another file: opened it in a new window ({} open)", count());
}

} // namespace sd
