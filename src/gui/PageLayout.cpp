#include "PageLayout.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd {

QLabel* makePageTitle(QWidget* parent)
{
    QLabel* title = makeWrappedLabel(QStringLiteral("pageTitle"), parent);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return title;
}

QLabel* makePageSubtitle(QWidget* parent)
{
    return makeWrappedLabel(QStringLiteral("pageSubtitle"), parent);
}

QLabel* makeWrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QHBoxLayout* makeTitleRow(std::initializer_list<QLabel*> titleLines)
{
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    for (QLabel* line : titleLines)
        titles->addWidget(line);
    auto* row = new QHBoxLayout;
    row->addLayout(titles, 1);
    return row;
}

QScrollArea* fillWithScrollArea(QWidget* page, QWidget* content)
{
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace sd
