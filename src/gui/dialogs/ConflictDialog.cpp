#include "dialogs/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {

ConflictDialog::ConflictDialog(const QString& recordName, const QList<Row>& rows, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    setObjectName(QStringLiteral("conflictDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone else changed %1 while you were editing it, and some of the same "
                                "fields. The fields only one of you changed are taken as they are; the "
                                "marked fields were changed by both of you. Nothing has been saved yet.")
                                 .arg(recordName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you started"), tr("Yours"), tr("Now in the file (theirs)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        const bool both = row.mineChanged && row.theirsChanged && row.mine != row.theirs;
        const QString marked = both ? tr("%1 (changed by both)").arg(row.field) : row.field;
        const QStringList texts{marked, row.base, row.mine, row.theirs};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            QFont font = item->font();
            // A changed value is bold on its side; a field both changed is bold all along.
            font.setBold(both || (c == 2 && row.mineChanged) || (c == 3 && row.theirsChanged));
            item->setFont(font);
            if (both)
                item->setBackground(palette().color(QPalette::AlternateBase));
            m_table->setItem(r, c, item);
        }
    }
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    m_applyMine = buttons->addButton(tr("&Apply mine to the fields I changed"), QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_applyMine->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        done(QDialog::Accepted);
    });
    connect(m_applyMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ApplyMine;
        done(QDialog::Accepted);
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Cancel;
        done(QDialog::Rejected);
    });
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace sd
