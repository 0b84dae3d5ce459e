#include "dialogs/LanguageForms.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

namespace {

QString textOf(const QWidget* edit)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(edit))
        return line->text();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(edit))
        return plain->toPlainText();
    return {};
}

QString placeholderOf(const QWidget* edit)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(edit))
        return line->placeholderText();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(edit))
        return plain->placeholderText();
    return {};
}

void setPlaceholder(QWidget* edit, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit))
        line->setPlaceholderText(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit))
        plain->setPlaceholderText(text);
}

template <typename Slot>
void onChange(QWidget* edit, QObject* context, Slot slot)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit))
        QObject::connect(line, &QLineEdit::textChanged, context, slot);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit))
        QObject::connect(plain, &QPlainTextEdit::textChanged, context, slot);
}

} // namespace

void LanguageForms::link(QWidget* spanish, QWidget* english)
{
    // The forms' own placeholders ("Spanish", "City (Spanish)"), as the dialog's form gives them.
    const QString spanishName = placeholderOf(spanish);
    const QString englishName = placeholderOf(english);
    const auto update = [=] {
        const bool spanishEmpty = textOf(spanish).trimmed().isEmpty();
        const bool englishEmpty = textOf(english).trimmed().isEmpty();
        setPlaceholder(
            spanish, spanishEmpty && !englishEmpty
                         ? tr("%1: empty, documents in Spanish print the English form (EN)").arg(spanishName)
                         : spanishName);
        setPlaceholder(
            english, englishEmpty && !spanishEmpty
                         ? tr("%1: empty, documents in English print the Spanish form (ES)").arg(englishName)
                         : englishName);
    };
    onChange(spanish, spanish, update);
    onChange(english, english, update);
    update();
}

} // namespace sd
