#pragma once

#include <QString>
#include <initializer_list>

class QHBoxLayout;
class QLabel;
class QScrollArea;
class QWidget;

namespace sd {

// The pieces the window's pages (and the dialogs that look like them) are built from, so that they
// keep one look: the style sheet (MainWindow) styles them by object name.

// A page's title, wrapped and selectable (officers copy a code or a name from it).
QLabel* makePageTitle(QWidget* parent);
// The line under a page's title, wrapped.
QLabel* makePageSubtitle(QWidget* parent);
// A wrapped label with the object name the style sheet and the tests know it by.
QLabel* makeWrappedLabel(const QString& objectName, QWidget* parent);
// The top row of a page: the title lines over each other, taking the width the page's buttons,
// added after them, leave.
QHBoxLayout* makeTitleRow(std::initializer_list<QLabel*> titleLines);
// Lays content out to fill page, scrolling when the page is shorter than the content.
QScrollArea* fillWithScrollArea(QWidget* page, QWidget* content);

} // namespace sd
