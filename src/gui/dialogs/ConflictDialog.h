#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;
class QTableWidget;

namespace sd {

// Shown when a change meets someone else's change to the same record: the record field by field as
// it was when the officer started, as they left it, and as the file holds it now. The fields both
// changed to different values are marked. "Keep theirs" leaves the file as it is; "Apply mine to the
// fields I changed" writes the file's record with the officer's changed fields over it; Cancel goes
// back to the record's dialog.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Cancel,
        KeepTheirs,
        ApplyMine,
    };

    struct Row
    {
        QString field; // the field's label
        QString base;
        QString mine;
        QString theirs;
        bool mineChanged = false;
        bool theirsChanged = false;
    };

    ConflictDialog(const QString& recordName, const QList<Row>& rows, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

    // For tests: the table (one row a field; columns field, when you started, yours, now in the file)
    // and the two choices.
    QTableWidget* table() const { return m_table; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    QPushButton* applyMineButton() const { return m_applyMine; }

private:
    QTableWidget* m_table = nullptr;
    QPushButton* m_keepTheirs = nullptr;
    QPushButton* m_applyMine = nullptr;
    Choice m_choice = Choice::Cancel;
};

} // namespace sd
