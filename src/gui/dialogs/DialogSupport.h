#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QComboBox>
#include <QDate>
#include <QList>
#include <QVariant>
#include <algorithm>

class QDateEdit;
class QListWidget;

namespace sd {

using Id = qint64;

// Small helpers the editing dialogs share for their combos, date edits and checkable lists.

// Fills a combo with the labels of every value of an enum, each carrying its stable code.
template <typename E>
void fillEnumCombo(QComboBox* combo)
{
    combo->clear();
    for (E value : EnumInfo<E>::all())
        combo->addItem(toLabel(value), toCode(value));
}

template <typename E>
void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(toCode(value))));
}

template <typename E>
E selectedEnum(const QComboBox* combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

// Selects the item carrying id (0 selects the item carrying 0, "none", when there is one).
void selectId(QComboBox* combo, Id id);
Id selectedId(const QComboBox* combo);

// A checkable list item per entry, carrying its id.
void addCheckItem(QListWidget* list, const QString& text, Id id, bool checked);
void setCheckedIds(QListWidget* list, const QList<Id>& ids);
QList<Id> checkedIds(const QListWidget* list);

// The number after the highest among a project's objectives or components (1 for the first).
template <typename Numbered>
int nextNumber(const QList<Numbered>& siblings)
{
    int next = 1;
    for (const Numbered& sibling : siblings)
        next = std::max(next, sibling.number + 1);
    return next;
}

// Whether another of the project's objectives or components has the record's number.
template <typename Numbered>
bool numberTaken(const QList<Numbered>& siblings, const Numbered& record)
{
    return std::any_of(siblings.cbegin(), siblings.cend(), [&record](const Numbered& sibling) {
        return sibling.id != record.id && sibling.number == record.number;
    });
}

// What a dialog reads from the store to offer (a list to choose from, the project): on a failure
// the dialog opens with nothing to offer and the log says which dialog could not read.
void warnUnread(const char* dialog, const QString& message);

template <typename T>
T readOrWarn(Result<T> result, const char* dialog)
{
    if (result)
        return std::move(result).value();
    warnUnread(dialog, result.error().message);
    return T();
}

// Date edits accept the years a programme can span and show the same format everywhere.
void setUpDateEdit(QDateEdit* edit);

// "14 Mar 2017", the way dates are written in texts and headers.
QString shortDate(const QDate& date);

} // namespace sd
