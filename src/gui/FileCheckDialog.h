#pragma once

#include "check/FileCheck.h"

#include <QDialog>
#include <memory>

class QLabel;
class QTreeWidget;

namespace Ui {
class FileCheckDialog;
}

namespace sd {

// What Help ▸ Check this file found, in plain words: that every rule holds, or which failed, what
// was found and what to do about it (restore a backup, correct the records, or report a fault).
// The failed rules come first in the list, then those that hold.
class FileCheckDialog : public QDialog
{
    Q_OBJECT

public:
    // Where the programme checked lives: a file, or a database on a server (whose pages are the
    // server's to keep, and whose backups are the IT officer's).
    enum class Place
    {
        File,
        Server
    };

    FileCheckDialog(const QString& fileName, const FileCheckReport& report, QWidget* parent = nullptr,
                    Place place = Place::File);
    ~FileCheckDialog() override;

    QLabel* summaryLabel() const;
    QLabel* adviceLabel() const;
    QTreeWidget* findingsList() const;

    // What to do about failed rules that ask for `remedy`, in a sentence or two.
    static QString advice(CheckFinding::Remedy remedy, Place place = Place::File);

private:
    std::unique_ptr<Ui::FileCheckDialog> m_ui;
};

} // namespace sd
