#include "dialogs/FieldMarks.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QWidget>
#include <algorithm>

namespace sd {
namespace {

const QColor kInvalidBackground(0xfd, 0xec, 0xea);
const QColor kInvalidText(0xb7, 0x1c, 0x1c);
const QColor kPendingText(0x5f, 0x63, 0x68);

// The summary's lines, written again to the label's width whenever it is resized; a child of the
// label, so that every copy of a FieldMarks writes to the same one.
class SummaryLines : public QObject
{
public:
    struct Line
    {
        QString message;
        bool marked = false;
    };

    explicit SummaryLines(QLabel* label)
        : QObject(label)
        , m_label(label)
    {
        setObjectName(QStringLiteral("summaryLines"));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(false);
        label->setFixedHeight(FieldMarks::kSummaryLines * label->fontMetrics().lineSpacing() +
                              label->contentsMargins().top() + label->contentsMargins().bottom());
        // A long line is cut, never made wider: the dialog keeps its width too.
        label->setMinimumWidth(0);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        label->installEventFilter(this);
    }

    static SummaryLines* of(QLabel* label)
    {
        auto* lines =
            label->findChild<SummaryLines*>(QStringLiteral("summaryLines"), Qt::FindDirectChildrenOnly);
        return lines ? lines : new SummaryLines(label);
    }

    void setLines(QList<Line> lines)
    {
        std::stable_sort(lines.begin(), lines.end(),
                         [](const Line& a, const Line& b) { return a.marked && !b.marked; });
        m_lines = std::move(lines);
        render();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)
            render();
        return QObject::eventFilter(watched, event);
    }

private:
    void render()
    {
        const QFontMetrics metrics(m_label->font());
        const int width = std::max(1, m_label->contentsRect().width());
        const auto line = [&metrics, width](const QString& text, bool marked) {
            return QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg((marked ? kInvalidText : kPendingText).name(),
                     metrics.elidedText(text, Qt::ElideRight, width).toHtmlEscaped());
        };
        QStringList shown;
        const int room = FieldMarks::kSummaryLines;
        const bool counted = m_lines.size() > room;
        for (int i = 0; i < m_lines.size() && i < (counted ? room - 1 : room); ++i)
            shown << line(m_lines.at(i).message, m_lines.at(i).marked);
        if (counted) {
            const int more = int(m_lines.size()) - (room - 1);
            shown << line(QCoreApplication::translate("sd::FieldMarks",
                                                      "…and %n more problem(s): point here to read them all.",
                                                      nullptr, more),
                          m_lines.at(room - 1).marked);
        }
        m_label->setText(shown.join(QStringLiteral("<br>")));
        QStringList all;
        for (const Line& entry : std::as_const(m_lines))
            all << entry.message;
        bool cut = counted;
        for (const Line& entry : std::as_const(m_lines))
            cut = cut || metrics.horizontalAdvance(entry.message) > width;
        m_label->setToolTip(cut ? all.join(QLatin1Char('\n')) : QString());
    }

    QLabel* m_label;
    QList<Line> m_lines;
};

} // namespace

FieldMarks::FieldMarks(QLabel* summary)
    : m_summary(summary)
{
    if (m_summary)
        SummaryLines::of(m_summary);
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
    QList<SummaryLines::Line> lines;
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
        lines.append({error.message, marked});
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
    if (m_summary)
        SummaryLines::of(m_summary)->setLines(std::move(lines));
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
