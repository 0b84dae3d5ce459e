#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const QList<QAction*> menus = menuBar->actions();
    for (QAction* menuAction : menus) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        const QList<QAction*> actions = menu->actions();
        for (QAction* action : actions) {
            const QList<QKeySequence> shortcuts = action->shortcuts();
            if (action->isSeparator() || shortcuts.isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& shortcut : shortcuts)
                keys << shortcut.toString(QKeySequence::NativeText);
            addRow(plainText(menu->title()), plainText(action->text()), keys.join(tr(" or ")));
        }
    }
    const QString sheet = tr("Attendance sheet");
    addRow(sheet, tr("Present"), QStringLiteral("P"));
    addRow(sheet, tr("Late"), QStringLiteral("L"));
    addRow(sheet, tr("Excused"), QStringLiteral("E"));
    addRow(sheet, tr("Absent"), QStringLiteral("A"));
    addRow(sheet, tr("Not recorded (clear the mark)"),
           QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText));
    addRow(sheet, tr("Move between cells"), tr("Arrow keys"));
    const QString find = tr("Find field");
    addRow(find, tr("Choose a match; jump to the next or previous kind"), tr("Down, Up; Page Down, Page Up"));
    addRow(find, tr("Open the match chosen"), tr("Enter"));
    addRow(find, tr("Close the matches; pressed again, back to the page"), tr("Esc"));
    addRow(tr("A person's page"), tr("Back to where you came from"),
           QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText));
    addRow(tr("Registers"), tr("From the filter field into the table"), tr("Down"));
    addRow(tr("Registers"), tr("Open the selected row"), tr("Enter"));
    addRow(tr("Results"), tr("List the persons behind a number"), tr("Enter or double-click"));

    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    setMinimumSize(420, 320);
    resize(620, 560);
}

void KeyboardShortcutsDialog::addRow(const QString& where, const QString& what, const QString& keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}

} // namespace sd
