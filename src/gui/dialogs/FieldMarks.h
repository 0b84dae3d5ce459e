#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QString>

class QLabel;
class QWidget;

namespace sd {

// Shows a dialog's validation problems beside its fields: the field is tinted, its caption turns
// red and carries the message as a tool tip, and a summary label lists the messages. A field is
// marked only once the officer has touched it (or the record existed before), so that a new
// record's empty form does not open all red; its problems are still listed, in grey.
//
// The summary keeps one height, kSummaryLines lines, whether it lists nothing or many problems, so
// that no field moves under the pointer when a message comes or goes: a message is cut to its line
// with "…", problems beyond the lines are counted on the last one, and the label's tool tip lists
// them all. Marked problems come first.
class FieldMarks
{
public:
    static constexpr int kSummaryLines = 2;

    explicit FieldMarks(QLabel* summary);

    // Registers a FieldError name (docs/schema.md's column name) with the widget that edits it.
    // Several names may share one widget (session.date and session.part: the sessions table).
    void add(const QString& field, QWidget* widget, QLabel* caption);
    void touch(const QString& field);
    void touchAll();

    // Marks the fields named by errors and clears the others; true when there are no errors.
    bool show(const FieldErrors& errors);

    // The message shown for a field ("" when it is valid), for tests and tool tips.
    QString messageFor(const QString& field) const;
    bool isMarked(const QString& field) const;

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> caption;
        QPalette widgetPalette;
        QPalette captionPalette;
    };

    QLabel* m_summary = nullptr;
    QHash<QString, Field> m_fields;
    QSet<QString> m_touched;
    QHash<QString, QString> m_messages;
    QSet<QString> m_marked;
    bool m_allTouched = false;
};

} // namespace sd
