#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace sd {

// Every keyboard shortcut of the window, read from its menus (so the list is never out of date),
// and the keys of the attendance sheet.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void addRow(const QString& where, const QString& what, const QString& keys);

    QTableWidget* m_table = nullptr;
};

} // namespace sd
