#include "FileWatcher.h"

#include "ProgrammeDocument.h"

#include <QEvent>
#include <QGuiApplication>
#include <QTimer>
#include <QWidget>

namespace sd {

FileWatcher::FileWatcher(ProgrammeDocument& document, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_version = readVersion();
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FileWatcher::checkNow);
    m_timer->start();
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            checkNow();
    });
    if (m_window)
        m_window->installEventFilter(this);
}

FileWatcher::~FileWatcher()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

qint64 FileWatcher::readVersion() const
{
    Result<qint64> version = m_document.dataVersion();
    return version ? *version : -1;
}

bool FileWatcher::checkNow()
{
    // A refresh can show a message box whose event loop brings the next tick: never nest.
    if (m_checking)
        return false;
    // A lost server connection answers nothing until the window has connected again.
    if (m_document.isConnectionLost())
        return false;
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = version;
    if (first)
        return false;
    m_checking = true;
    Q_EMIT changedElsewhere();
    m_checking = false;
    return true;
}

void FileWatcher::resynchronise()
{
    m_version = readVersion();
}

void FileWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool FileWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::WindowActivate)
        checkNow();
    return QObject::eventFilter(watched, event);
}

} // namespace sd
