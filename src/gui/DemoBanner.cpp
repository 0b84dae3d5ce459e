#include "DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace sd {
namespace {

// Quiet: the window's pale blue of information. Prominent: amber, the colour of a caution that
// does not block.
const char kQuietStyle[] = "QFrame#demoBanner { background: #e8f1fb; border-bottom: 1px solid #b9cfe6; }"
                           "QLabel#demoBannerText { color: #1d2b3a; }";
const char kProminentStyle[] = "QFrame#demoBanner { background: #fff1c2; border-bottom: 2px solid #d99a00; }"
                               "QLabel#demoBannerText { color: #4d3200; }";

} // namespace

DemoBanner::DemoBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_start(new QPushButton(tr("&Start your own programme…"), this))
{
    setObjectName(QStringLiteral("demoBanner"));
    m_text->setObjectName(QStringLiteral("demoBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_start->setObjectName(QStringLiteral("startOwnProgrammeButton"));
    m_start->setToolTip(tr("Create a programme file of your own: its project, time frame and components"));
    connect(m_start, &QPushButton::clicked, this, &DemoBanner::startOwnProgrammeRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_start);
    setProminent(false);
    hide();
}

QString DemoBanner::shortTitle(const QString& projectTitle)
{
    const qsizetype colon = projectTitle.indexOf(QLatin1Char(':'));
    return (colon > 0 ? projectTitle.left(colon) : projectTitle).trimmed();
}

void DemoBanner::showFor(const DemoContent& content)
{
    // Read again after the whole file changed, a demo that was warned of stays so.
    m_name = shortTitle(content.projectTitle);
    setProminent(m_prominent && content.fictionalPeople);
    setVisible(content.fictionalPeople);
}

void DemoBanner::warnOfChange()
{
    if (isVisible())
        setProminent(true);
}

QString DemoBanner::text() const
{
    return m_text->text();
}

void DemoBanner::setProminent(bool prominent)
{
    m_prominent = prominent;
    setStyleSheet(QString::fromLatin1(prominent ? kProminentStyle : kQuietStyle));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(prominent ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                           nullptr, this)
            .pixmap(size, size));
    const QString what =
        m_name.isEmpty()
            ? tr("<b>Demo data</b>: this file holds fictional people.")
            : tr("<b>Demo programme: %1</b>, with fictional people.").arg(m_name.toHtmlEscaped());
    if (prominent)
        m_text->setText(what + QLatin1Char(' ') +
                        tr("You have just changed it. Real participants belong in a programme of your own, "
                           "never in the demo."));
    else
        m_text->setText(what);
}

} // namespace sd
