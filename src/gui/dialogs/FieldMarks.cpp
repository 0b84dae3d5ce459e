#include "dialogs/FieldMarks.h"

#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace sd {
namespace {

const QColor kInvalidBackground(0xfd, 0xec, 0xea);
const QColor kInvalidText(0xb7, 0x1c, 0x1c);
const QColor kPendingText(0x5f, 0x63, 0x68);

} // namespace

FieldMarks::FieldMarks(QLabel* summary)
    : m_summary(summary)
{
    if (m_summary) {
        m_summary->setTextFormat(Qt::RichText);
        m_summary->setWordWrap(true);
    }
}

void FieldMarks::add(const QString& field, QWidget* widget, QLabel* caption)
{
    m_fields.insert(field, Field{widget, caption, widget ? widget->palette() : QPalette(),
                                 caption ? caption->palette() : QPalette()});
}

void FieldMarks::touch(const QString& field)
{
    m_touched.insert(field);
}

void FieldMarks::touchAll()
{
    m_allTouched = true;
}

bool FieldMarks::show(const FieldErrors& errors)
{
    m_messages.clear();
    m_marked.clear();
    QStringList lines;
    QSet<QString> listed;
    for (const FieldError& error : errors) {
        QString& message = m_messages[error.field];
        if (!message.contains(error.message))
            message = message.isEmpty() ? error.message : message + QLatin1Char(' ') + error.message;
        // Problems of fields the officer has not reached yet are listed in grey, not marked red.
        const bool known = m_fields.contains(error.field);
        const bool marked = !known || m_allTouched || m_touched.contains(error.field);
        if (marked)
            m_marked.insert(error.field);
        if (listed.contains(error.message))
            continue;
        listed.insert(error.message);
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg((marked ? kInvalidText : kPendingText).name(), error.message.toHtmlEscaped()));
    }

    // A widget shared by several names is marked when any of them is.
    QSet<QWidget*> markedWidgets;
    QSet<QLabel*> markedCaptions;
    QHash<QWidget*, QString> tips;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!m_marked.contains(it.key()))
            continue;
        if (it->widget)
            markedWidgets.insert(it->widget);
        if (it->caption) {
            markedCaptions.insert(it->caption);
            QString& tip = tips[it->caption];
            tip = tip.isEmpty() ? m_messages.value(it.key())
                                : tip + QLatin1Char('\n') + m_messages.value(it.key());
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->widget) {
            QPalette palette = it->widgetPalette;
            if (markedWidgets.contains(it->widget))
                palette.setColor(QPalette::Base, kInvalidBackground);
            it->widget->setPalette(palette);
        }
        if (it->caption) {
            QPalette palette = it->captionPalette;
            const bool marked = markedCaptions.contains(it->caption);
            if (marked)
                palette.setColor(QPalette::WindowText, kInvalidText);
            it->caption->setPalette(palette);
            it->caption->setToolTip(marked ? tips.value(it->caption) : QString());
        }
    }
    if (m_summary) {
        m_summary->setText(lines.join(QStringLiteral("<br>")));
        m_summary->setVisible(!lines.isEmpty());
    }
    return errors.isEmpty();
}

QString FieldMarks::messageFor(const QString& field) const
{
    return m_messages.value(field);
}

bool FieldMarks::isMarked(const QString& field) const
{
    return m_marked.contains(field);
}

} // namespace sd
