#pragma once

#include "storage/BackupStore.h"

#include <QDialog>
#include <memory>

class QPushButton;
class QTreeWidget;

namespace Ui {
class BackupDialog;
}

namespace sd {

class ProgrammeDocument;

// File ▸ Restore from a backup…: the open file's snapshots, newest first, each with when it was
// taken and its counts (participants, activities, attendance marks). Restoring one first keeps the
// current contents as a snapshot of its own (so the restore can be undone from the same list), then
// writes the chosen snapshot into the file through SQLite.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(ProgrammeDocument& document, BackupStore store, QWidget* parent = nullptr);
    ~BackupDialog() override;

    QTreeWidget* snapshotList() const;
    QPushButton* restoreButton() const;

    // Lists the snapshots again.
    void refreshList();
    // Restores the selected snapshot after asking; false if nothing was restored.
    bool restoreSelected();

Q_SIGNALS:
    // The file's contents were replaced: everything shown of it must be read again.
    void restored(const QString& snapshotPath);

private:
    void updateButtons();

    std::unique_ptr<Ui::BackupDialog> m_ui;
    ProgrammeDocument& m_document;
    BackupStore m_store;
};

} // namespace sd
