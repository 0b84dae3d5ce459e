#include "BackupDialog.h"

#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ui_BackupDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

enum Column
{
    TakenColumn,
    KindColumn,
    ParticipantsColumn,
    ActivitiesColumn,
    MarksColumn
};

constexpr int kPathRole = Qt::UserRole + 1;
// The count behind a number column, for sentences that say it with its noun.
constexpr int kCountRole = kPathRole + 1;

QString takenText(const QDateTime& at)
{
    return QLocale().toString(at, QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace

BackupDialog::BackupDialog(ProgrammeDocument& document, BackupStore store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupDialog>())
    , m_document(document)
    , m_store(std::move(store))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Restore %1 from a backup").arg(QFileInfo(document.path()).fileName()));
    m_ui->snapshotList->header()->setStretchLastSection(false);
    m_ui->snapshotList->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(m_ui->snapshotList, &QTreeWidget::currentItemChanged, this, &BackupDialog::updateButtons);
    connect(m_ui->snapshotList, &QTreeWidget::itemActivated, this, &BackupDialog::restoreSelected);
    refreshList();
}

BackupDialog::~BackupDialog() = default;

QTreeWidget* BackupDialog::snapshotList() const
{
    return m_ui->snapshotList;
}

QPushButton* BackupDialog::restoreButton() const
{
    return m_ui->restoreButton;
}

void BackupDialog::refreshList()
{
    QTreeWidget* list = m_ui->snapshotList;
    list->clear();
    const QLocale locale;
    const QList<BackupStore::Snapshot> snapshots = m_store.snapshots(m_document.path());
    for (const BackupStore::Snapshot& snapshot : snapshots) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(TakenColumn, takenText(snapshot.takenAt));
        item->setData(TakenColumn, kPathRole, snapshot.path);
        item->setText(KindColumn, snapshot.kind == BackupStore::Kind::BeforeRestore
                                      ? tr("just before a restore")
                                      : tr("when the file was opened"));
        if (Result<BackupStore::Counts> counts = BackupStore::countsOf(snapshot.path)) {
            item->setText(ParticipantsColumn, locale.toString(counts->participants));
            item->setText(ActivitiesColumn, locale.toString(counts->activities));
            item->setText(MarksColumn, locale.toString(counts->attendanceMarks));
            item->setData(ParticipantsColumn, kCountRole, counts->participants);
            item->setData(ActivitiesColumn, kCountRole, counts->activities);
            item->setData(MarksColumn, kCountRole, counts->attendanceMarks);
        } else {
            item->setText(ParticipantsColumn, tr("unreadable"));
            item->setToolTip(KindColumn, counts.error().message);
            item->setDisabled(true);
        }
        for (int column : {ParticipantsColumn, ActivitiesColumn, MarksColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    if (snapshots.isEmpty())
        m_ui->statusLabel->setText(tr("There is no backup of this file yet. One is made each day the file "
                                      "is opened."));
    else if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    updateButtons();
}

void BackupDialog::updateButtons()
{
    const QTreeWidgetItem* current = m_ui->snapshotList->currentItem();
    m_ui->restoreButton->setEnabled(current && !current->isDisabled());
}

bool BackupDialog::restoreSelected()
{
    const QTreeWidgetItem* current = m_ui->snapshotList->currentItem();
    if (!current || current->isDisabled())
        return false;
    const QString snapshot = current->data(TakenColumn, kPathRole).toString();
    const QString file = QFileInfo(m_document.path()).fileName();
    const QString question =
        tr("Replace everything in %1 with the backup taken %2 (%3, %4, %5)? The current contents are kept "
           "as a backup first, so you can come back to them from this list. The undo history is cleared.")
            .arg(file, current->text(TakenColumn),
                 tr("%Ln participant(s)", nullptr, current->data(ParticipantsColumn, kCountRole).toInt()),
                 tr("%Ln activity(ies)", nullptr, current->data(ActivitiesColumn, kCountRole).toInt()),
                 tr("%Ln attendance mark(s)", nullptr, current->data(MarksColumn, kCountRole).toInt()));
    if (MessageBox::question(this, tr("Restore from a backup"), question) != QMessageBox::Yes)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status done = [&]() -> Status {
        Result<QString> before = m_store.pathForNew(m_document.path(), QDateTime::currentDateTime(),
                                                    BackupStore::Kind::BeforeRestore);
        if (!before)
            return before.error();
        return m_document.restoreSnapshot(snapshot, *before);
    }();
    QApplication::restoreOverrideCursor();
    if (!done) {
        spdlog::error("restore from a backup failed: {}", done.error().message.toStdString());
        MessageBox::critical(this, tr("The backup was not restored"), done.error().message);
        refreshList();
        return false;
    }
    spdlog::info("restored the open file from a backup");
    Q_EMIT restored(snapshot);
    const QString taken = current->text(TakenColumn);
    refreshList();
    m_ui->statusLabel->setText(
        tr("%1 now holds the backup taken %2. The contents it had just before are the newest backup in the "
           "list.")
            .arg(file, taken));
    return true;
}

} // namespace sd
