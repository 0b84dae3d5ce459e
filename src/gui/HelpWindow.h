#pragma once

#include "UserGuide.h"

#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace sd {

// The user guide in a window of its own: the contents on the left, the page on the right, Back,
// Forward and Contents above. Pages are the embedded Markdown files (see UserGuide), rendered by
// QTextBrowser's own Markdown support; links between pages and to screenshots resolve inside the
// resources, links to the web open in the browser.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Opens the topic in the help window of host's window (made the first time), and brings it
    // forward. A window of its own per host, so that a modal dialog's guide is not blocked by it.
    static HelpWindow* showTopic(QWidget* host, UserGuide::Topic topic);

    void openTopic(UserGuide::Topic topic);
    QUrl source() const;
    QTextBrowser* browser() const { return m_browser; }
    QToolButton* backButton() const { return m_back; }

    static constexpr int kWidestImage = 760;

private:
    void onSourceChanged(const QUrl& url);
    // Screenshots wider than the page shrink to it.
    void fitImages();

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_home = nullptr;
};

} // namespace sd
