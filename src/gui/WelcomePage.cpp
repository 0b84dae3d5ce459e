#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("&Open a programme file…"), this))
    , m_newFile(new QPushButton(tr("&New programme…"), this))
    , m_demo(new QPushButton(tr("Open the &demo programme"), this))
    , m_newProject(new QPushButton(tr("New &project…"), this))
{
    m_heading->setObjectName(QStringLiteral("pageTitle"));
    m_heading->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // A fixed width in a row of its own: a wrapped label left to size itself takes a quarter of its
    // width for a short text, and a column layout asks its height for the column's whole width, a
    // line or two fewer than it wraps into, and cuts them.
    m_text->setFixedWidth(520);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_newFile, &QPushButton::clicked, this, &WelcomePage::newFileRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* button : {m_newProject, m_open, m_newFile, m_demo})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setMode(Mode::NoFile);
}

void WelcomePage::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::NoFile) {
        m_heading->setText(tr("Seminar Desk"));
        m_text->setText(tr("Programmes, activities, participants and attendance of capacity-building "
                           "programmes. Open a programme file, start a new one, or look around the demo "
                           "programme."));
    } else {
        m_heading->setText(tr("This programme file has no project yet"));
        m_text->setText(
            m_newProjectAvailable
                ? tr("Start with the project: its code, title, country and time frame. Components, "
                     "activities and participants follow.")
                : tr("Add a project to it, or open another programme file."));
    }
    m_newProject->setVisible(mode == Mode::NoProject && m_newProjectAvailable);
    m_open->setVisible(true);
    m_newFile->setVisible(mode == Mode::NoFile);
    m_demo->setVisible(mode == Mode::NoFile);
}

void WelcomePage::setNewProjectAvailable(bool available)
{
    m_newProjectAvailable = available;
    setMode(m_mode);
}

} // namespace sd
