#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;

namespace sd {

// The user guide shipped with the program: Markdown pages in docs/guide/<language>/, embedded as
// ":/guide/<language>/<page>.md" with their screenshots in ":/guide/images/<language>/", one page
// per daily job and per window part, so that F1 can open the page of what is in view.
namespace UserGuide {

enum class Topic
{
    Contents,
    Overview,
    Activity,
    Registers,
    Results,
    Attendance,
    Import,
    Setup,
    Certificates,
    Undo,
    Server
};

// Every topic, in the order of the guide's contents.
QList<Topic> topics();
// The page's file name ("attendance.md").
QString pageName(Topic topic);
// The page of a topic in a language ("en", "es"; UiLanguage::current() when empty), as a qrc URL.
QUrl pageUrl(Topic topic, const QString& language = {});
// The topic of a widget: the window part or dialog it is, or the nearest such ancestor
// (Contents when none is known).
Topic topicFor(const QWidget* widget);

} // namespace UserGuide
} // namespace sd
