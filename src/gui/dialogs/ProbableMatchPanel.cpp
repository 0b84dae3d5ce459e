#include "dialogs/ProbableMatchPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {
namespace {

constexpr int kVisibleRows = 3;

} // namespace

ProbableMatchPanel::ProbableMatchPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("probableMatchPanel"));
    setFrameShape(QFrame::StyledPanel);
    // A soft warning colour, readable in light and dark themes alike through the palette's text.
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    tinted.setColor(QPalette::WindowText, QColor(0x3e, 0x2c, 0x00));
    setPalette(tinted);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("matchHeading"));
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("matchList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_list->setFixedHeight(m_list->fontMetrics().height() * kVisibleRows + 4 * kVisibleRows +
                           2 * m_list->frameWidth());
    m_more = new QLabel(this);
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("takeMatchButton"));
    m_take->setAutoDefault(false);
    m_createAnyway = new QPushButton(tr("Create &anyway"), this);
    m_createAnyway->setObjectName(QStringLiteral("createAnywayButton"));
    m_createAnyway->setAutoDefault(false);
    m_createAnyway->setToolTip(tr("Add the person as typed, as someone new"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_createAnyway);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_more);
    layout->addLayout(buttons);

    connect(m_take, &QPushButton::clicked, this, [this] {
        if (const std::optional<Participant> match = chosen())
            Q_EMIT takeRequested(*match);
    });
    connect(m_createAnyway, &QPushButton::clicked, this, &ProbableMatchPanel::createAnywayRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProbableMatchPanel::updateTakeButton);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_take->click(); });
    hide();
}

void ProbableMatchPanel::setTakeText(std::function<QString(const Participant&)> text)
{
    m_takeText = std::move(text);
    updateTakeButton();
}

void ProbableMatchPanel::setInstitutionName(std::function<QString(Id)> name)
{
    m_institutionName = std::move(name);
}

void ProbableMatchPanel::setMatches(const QList<ProbableMatch>& matches, qsizetype total)
{
    m_matches = matches;
    m_list->clear();
    for (const ProbableMatch& match : matches) {
        const Participant& person = match.participant;
        QStringList facts;
        if (m_institutionName && person.institutionId != 0) {
            const QString institution = m_institutionName(person.institutionId);
            if (!institution.isEmpty())
                facts.append(institution);
        }
        if (!person.email.isEmpty())
            facts.append(person.email);
        const QString who = facts.isEmpty() ? person.displayName()
                                            : tr("%1 — %2").arg(person.displayName(), facts.join(tr(" · ")));
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(who, describe(match.reason)), m_list);
        item->setToolTip(item->text());
    }
    m_heading->setText(matches.size() == 1
                           ? tr("<b>This person may be in the file already:</b>")
                           : tr("<b>This person may be in the file already, as one of these:</b>"));
    const qsizetype more = total - matches.size();
    m_more->setText(more > 0 ? tr("and %n more", nullptr, int(more)) : QString());
    m_more->setVisible(more > 0);
    if (!matches.isEmpty())
        m_list->setCurrentRow(0);
    updateTakeButton();
    setVisible(!matches.isEmpty());
}

std::optional<Participant> ProbableMatchPanel::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_matches.size())
        return std::nullopt;
    return m_matches[row].participant;
}

void ProbableMatchPanel::ask()
{
    m_heading->setText(
        m_matches.size() == 1
            ? tr("<b>This person may be in the file already.</b> Choose below before adding "
                 "them:")
            : tr("<b>This person may be in the file already, as one of these.</b> Choose below "
                 "before adding them:"));
    m_createAnyway->setFocus();
}

void ProbableMatchPanel::updateTakeButton()
{
    const std::optional<Participant> match = chosen();
    m_take->setVisible(m_takeText && match);
    if (m_takeText && match)
        m_take->setText(m_takeText(*match));
}

} // namespace sd
