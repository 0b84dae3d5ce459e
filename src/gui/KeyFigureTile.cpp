#include "KeyFigureTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace sd {

KeyFigureTile::KeyFigureTile(const QString& caption, const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    m_value->setObjectName(QStringLiteral("keyFigureValue"));
    m_caption->setObjectName(QStringLiteral("keyFigureCaption"));
    m_value->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KeyFigureTile::setValue(const QString& value)
{
    m_value->setText(value);
}

void KeyFigureTile::setPending()
{
    m_value->setText(QStringLiteral("…"));
}

QString KeyFigureTile::value() const
{
    return m_value->text();
}

void KeyFigureTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

QString KeyFigureTile::caption() const
{
    return m_caption->text();
}

void KeyFigureTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(clickable ? tr("Click to list the persons behind this number") : QString());
}

void KeyFigureTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace sd
