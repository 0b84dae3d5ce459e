#pragma once

#include "RecordKind.h"
#include "common/Result.h"
#include "dialogs/FieldMarks.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QList>
#include <functional>
#include <memory>
#include <type_traits>

class QDialogButtonBox;
class QLabel;

namespace sd {

// What every editing dialog shares: inline validation after each change (OK stays disabled
// until all is valid) and a submit step run on OK, so that a change the store refuses keeps the
// dialog open with the officer's input. Nothing is written before OK: the dialog only returns
// its value, the caller (EditActions) writes it through the document in the submit handler.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using SubmitHandler = std::function<Status()>;

    // Called on OK; when it returns an error, the dialog says so and stays open.
    void setSubmitHandler(SubmitHandler handler);

    bool isValid() const { return m_valid; }
    const FieldMarks& fieldMarks() const { return m_marks; }

    // The record as edited, and the record to edit, whatever its kind (see RecordForm).
    virtual RecordValue record() const = 0;
    virtual void setRecord(const RecordValue& record) = 0;

    void accept() override;

    // Says in a line above the form that someone else changed (or deleted: version 0) the record
    // since it was shown, before the user saves; version is the one they left it at, so the line is
    // written again only when the record changes again.
    void noticeChangedElsewhere(qint64 version, const QString& text);
    // That line's text; empty while nobody else has changed the record.
    QString changedElsewhereNotice() const;

protected:
    RecordDialog(QWidget* parent);

    // A field as the dialog shows it: its FieldError name (docs/schema.md's column), the widget that
    // edits it and, when the field can be wrong, the caption marked with its problems. A watched
    // field is checked again after each change of its widget, and then counts as touched.
    struct Field
    {
        const char* name = nullptr;
        QWidget* widget = nullptr;
        QLabel* caption = nullptr;
        bool watched = true;
    };
    // Wires the OK button and the summary label, registers the fields and checks the input once;
    // call once the Ui is set up. Watches line edits, plain text edits, combo boxes, date edits,
    // spin boxes, check boxes, list and table widgets.
    void setUpFields(QDialogButtonBox* buttons, QLabel* summary, const QList<Field>& fields);
    FieldMarks& marks() { return m_marks; }

    // The problems of the current input: sd::validate(...) of the value plus the checks that need
    // other records (unique codes, the project's time frame), made on records read at opening.
    virtual FieldErrors check() const = 0;

    void revalidate();

private:
    void watch(QWidget* widget, const QString& field);

    FieldMarks m_marks{nullptr};
    QDialogButtonBox* m_buttons = nullptr;
    SubmitHandler m_submit;
    bool m_valid = false;
    QLabel* m_notice = nullptr;
    qint64 m_noticedVersion = -1;
};

// An editing dialog of one kind of record on its Designer form. setValue() shows a record and
// value() returns it as edited: what was shown, with what the widgets hold now written over it. A
// dialog fills its widgets from a record, reads them back and adds the checks that need other
// records; the rest is shared.
template <typename Value, typename Form>
class RecordForm : public RecordDialog
{
public:
    void setValue(const Value& value)
    {
        m_shown = value;
        fill(m_shown);
        // An existing record is judged whole at once; a new one only where the officer has been.
        if (idOf(m_shown) > 0)
            marks().touchAll();
        revalidate();
    }

    Value value() const
    {
        Value value = m_shown;
        read(value);
        return value;
    }

    RecordValue record() const final { return value(); }
    void setRecord(const RecordValue& record) final { setValue(std::get<Value>(record)); }

protected:
    // Sets the form up on the dialog.
    explicit RecordForm(QWidget* parent)
        : RecordDialog(parent)
        , m_ui(new Form, [](Form* form) { delete form; })
    {
        m_ui->setupUi(this);
    }

    Form* ui() const { return m_ui.get(); }

    // Puts the record into the widgets, and names it in the title.
    virtual void fill(const Value& value) = 0;
    // Writes what the widgets hold into the record.
    virtual void read(Value& value) const = 0;
    // Adds the problems sd::validate() cannot see: those that need other records (a code another
    // record has, the project's time frame), read when the dialog opened.
    virtual void checkMore(const Value& value, FieldErrors& errors) const
    {
        Q_UNUSED(value);
        Q_UNUSED(errors);
    }

    FieldErrors check() const override
    {
        const Value value = this->value();
        FieldErrors errors;
        // An activity's own fields; its sessions are checked against its dates by its dialog.
        if constexpr (std::is_same_v<Value, ActivityValue>)
            errors = validate(value.activity);
        else
            errors = validate(value);
        checkMore(value, errors);
        return errors;
    }

    // The record last shown: its id, its project and what the dialog does not edit.
    Value& shown() { return m_shown; }
    const Value& shown() const { return m_shown; }

private:
    // Deleted through a function made where the generated form is complete (the dialog's .cpp), so
    // that the dialogs' headers need not include it.
    std::unique_ptr<Form, void (*)(Form*)> m_ui;
    Value m_shown;
};

} // namespace sd
