#pragma once

#include "dialogs/DialogSupport.h"
#include "dialogs/RecordDialog.h"

#include <QList>
#include <QString>
#include <utility>

namespace sd {

// The form of a record numbered within its project (an objective, a component), on a form with a
// numberSpin: a new record gets the number after the project's last, and a number another of the
// project's records has is refused, in the words of numberTakenMessage().
template <typename Value, typename Form>
class NumberedForm : public RecordForm<Value, Form>
{
protected:
    // siblings: the project's records of the kind, read when the dialog opens.
    NumberedForm(QList<Value> siblings, Id projectId, QWidget* parent)
        : RecordForm<Value, Form>(parent)
        , m_siblings(std::move(siblings))
    {
        this->shown().projectId = projectId;
        this->ui()->numberSpin->setValue(nextNumber(m_siblings));
    }

    // "Component 3 exists already in this project; …".
    virtual QString numberTakenMessage(int number) const = 0;

    void checkMore(const Value& value, FieldErrors& errors) const final
    {
        if (numberTaken(m_siblings, value))
            errors.append({QStringLiteral("number"), numberTakenMessage(value.number)});
    }

private:
    QList<Value> m_siblings;
};

} // namespace sd
