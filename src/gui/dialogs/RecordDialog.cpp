#include "dialogs/RecordDialog.h"

#include "MessageBox.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace sd {

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
{
}

void RecordDialog::setSubmitHandler(SubmitHandler handler)
{
    m_submit = std::move(handler);
}

void RecordDialog::setUpFields(QDialogButtonBox* buttons, QLabel* summary, const QList<Field>& fields)
{
    m_buttons = buttons;
    m_marks = FieldMarks(summary);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    for (const Field& field : fields) {
        if (field.caption)
            m_marks.add(QLatin1String(field.name), field.widget, field.caption);
    }
    for (const Field& field : fields) {
        if (field.watched)
            watch(field.widget, QLatin1String(field.name));
    }
    revalidate();
}

void RecordDialog::watch(QWidget* widget, const QString& field)
{
    auto changed = [this, field] {
        m_marks.touch(field);
        revalidate();
    };
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* date = qobject_cast<QDateEdit*>(widget))
        connect(date, &QDateEdit::dateChanged, this, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto* number = qobject_cast<QDoubleSpinBox*>(widget))
        connect(number, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto* check = qobject_cast<QCheckBox*>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto* list = qobject_cast<QListWidget*>(widget))
        connect(list, &QListWidget::itemChanged, this, changed);
    else if (auto* table = qobject_cast<QTableWidget*>(widget))
        connect(table, &QTableWidget::itemChanged, this, changed);
}

void RecordDialog::revalidate()
{
    m_valid = m_marks.show(check());
    if (m_buttons) {
        if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
            ok->setEnabled(m_valid);
    }
}

void RecordDialog::noticeChangedElsewhere(qint64 version, const QString& text)
{
    if (version == m_noticedVersion)
        return;
    m_noticedVersion = version;
    if (!m_notice) {
        m_notice = new QLabel(this);
        m_notice->setObjectName(QStringLiteral("changedElsewhereNotice"));
        m_notice->setWordWrap(true);
        m_notice->setFrameShape(QFrame::StyledPanel);
        m_notice->setMargin(6);
        m_notice->setAutoFillBackground(true);
        m_notice->setBackgroundRole(QPalette::ToolTipBase);
        m_notice->setForegroundRole(QPalette::ToolTipText);
        if (auto* box = qobject_cast<QBoxLayout*>(layout()))
            box->insertWidget(0, m_notice);
    }
    m_notice->setText(text);
    m_notice->show();
}

QString RecordDialog::changedElsewhereNotice() const
{
    return m_notice ? m_notice->text() : QString();
}

void RecordDialog::accept()
{
    revalidate();
    if (!m_valid) {
        m_marks.touchAll();
        revalidate();
        return;
    }
    if (m_submit) {
        if (Status submitted = m_submit(); !submitted) {
            MessageBox::warning(this, tr("Not saved"), submitted.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace sd
