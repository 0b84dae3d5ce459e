#include "ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace sd {
namespace {

// Red while nothing is saved: the user must not take the window for working. Amber afterwards: a
// caution about one change, nothing blocked.
const char kAlarmStyle[] =
    "QFrame#connectionBanner { background: #fde2e1; border-bottom: 2px solid #c62828; }"
    "QLabel#connectionBannerText { color: #5c0b0b; }";
const char kCautionStyle[] =
    "QFrame#connectionBanner { background: #fff1c2; border-bottom: 2px solid #d99a00; }"
    "QLabel#connectionBannerText { color: #4d3200; }";

} // namespace

ConnectionBanner::ConnectionBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Re&connect now"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_reconnect->setObjectName(QStringLiteral("reconnectNowButton"));
    m_reconnect->setToolTip(tr("Try to connect to the server again now instead of waiting"));
    m_dismiss->setObjectName(QStringLiteral("dismissConnectionBannerButton"));
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBanner::reconnectRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reconnect);
    layout->addWidget(m_dismiss);
    hide();
}

void ConnectionBanner::showLost(const QString& server, int seconds, const QString& lastFailure)
{
    setTone(true);
    QString text = tr("<b>The connection to %1 was lost.</b> Your changes are not being saved; reconnecting…")
                       .arg(server.toHtmlEscaped());
    if (!lastFailure.isEmpty()) {
        text += QLatin1Char(' ') + tr("Next attempt in %n second(s).", nullptr, seconds);
        text += QStringLiteral("<br>") + lastFailure.toHtmlEscaped();
    }
    m_text->setText(text);
    m_reconnect->show();
    m_dismiss->hide();
    show();
}

void ConnectionBanner::showUncertainChange(const QString& server)
{
    setTone(false);
    m_text->setText(tr("<b>Connected to %1 again.</b> The last change may or may not have reached the server "
                       "before the connection was lost: the window now shows what the server holds, so check "
                       "it before making the change again. The undo history was cleared.")
                        .arg(server.toHtmlEscaped()));
    m_reconnect->hide();
    m_dismiss->show();
    show();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::setTone(bool alarm)
{
    setStyleSheet(QString::fromLatin1(alarm ? kAlarmStyle : kCautionStyle));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(alarm ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
                                         nullptr, this)
                          .pixmap(size, size));
}

} // namespace sd
