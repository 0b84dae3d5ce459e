#pragma once

#include "common/Result.h"
#include "dialogs/FieldMarks.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;

namespace sd {

// What every editing dialog shares: inline validation after each change (OK stays disabled
// until all is valid) and a submit step run on OK, so that a change the store refuses keeps the
// dialog open with the officer's input. Nothing is written before OK: the dialog only returns
// its value, the caller (EditActions) writes it through an undo command in the submit handler.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using SubmitHandler = std::function<Status()>;

    // Called on OK; when it returns an error, the dialog says so and stays open.
    void setSubmitHandler(SubmitHandler handler);

    bool isValid() const { return m_valid; }
    const FieldMarks& fieldMarks() const { return m_marks; }

    void accept() override;

protected:
    RecordDialog(QWidget* parent);

    // Wires the OK button and the summary label; call once the Ui is set up.
    void setUpValidation(QDialogButtonBox* buttons, QLabel* summary);
    FieldMarks& marks() { return m_marks; }

    // The problems of the current input: sd::validate(...) of the value plus the checks that need
    // other records (unique codes, the project's time frame), made on records read at opening.
    virtual FieldErrors check() const = 0;

    // Re-checks after a change of the widget; its field counts as touched. Watches line edits,
    // plain text edits, combo boxes, date edits, spin boxes, check boxes, list and table widgets.
    void watch(QWidget* widget, const QString& field);
    void revalidate();

private:
    FieldMarks m_marks{nullptr};
    QDialogButtonBox* m_buttons = nullptr;
    SubmitHandler m_submit;
    bool m_valid = false;
};

} // namespace sd
