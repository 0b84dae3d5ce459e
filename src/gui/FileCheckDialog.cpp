#include "FileCheckDialog.h"

#include "ui_FileCheckDialog.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <algorithm>

namespace sd {

FileCheckDialog::FileCheckDialog(const QString& fileName, const FileCheckReport& report, QWidget* parent,
                                 Place place)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FileCheckDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Check of %1").arg(fileName));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int failures = report.failures();
    const int total = int(report.findings.size());
    const QStyle::StandardPixmap icon =
        failures == 0 ? QStyle::SP_MessageBoxInformation
                      : (report.damaged ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    if (failures == 0) {
        m_ui->summaryLabel->setText(
            (place == Place::Server
                 ? tr("All %1 checks passed. %2 holds together: its schema is current, every reference is a "
                      "foreign key the server has checked, its triggers are switched on, the records keep "
                      "the programme's rules and every results table adds up.")
                 : tr("All %1 checks passed. %2 is intact: SQLite finds no damage in it, every reference "
                      "points to an existing record, the records keep the programme's rules and every "
                      "results table adds up."))
                .arg(total)
                .arg(fileName));
        m_ui->adviceLabel->hide();
    } else {
        m_ui->summaryLabel->setText(
            tr("%1 of %2 checks failed on %3. The failed checks come first in the list below, with what was "
               "found.")
                .arg(failures)
                .arg(total)
                .arg(fileName));
        QStringList advised;
        for (CheckFinding::Remedy remedy :
             {CheckFinding::Remedy::RestoreBackup, CheckFinding::Remedy::CorrectRecords,
              CheckFinding::Remedy::ReportFault}) {
            const bool asked = std::any_of(report.findings.begin(), report.findings.end(),
                                           [remedy](const CheckFinding& finding) {
                                               return !finding.passed && finding.remedy == remedy;
                                           });
            if (asked)
                advised.append(advice(remedy, place));
        }
        m_ui->adviceLabel->setText(advised.join(QStringLiteral("\n\n")));
    }

    QTreeWidget* list = m_ui->findingsList;
    const QIcon failedIcon = style()->standardIcon(QStyle::SP_DialogCancelButton, nullptr, this);
    const QIcon passedIcon = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
    for (bool failedOnes : {true, false}) {
        for (const CheckFinding& finding : report.findings) {
            if (finding.passed == failedOnes)
                continue;
            auto* item = new QTreeWidgetItem(list);
            item->setIcon(0, finding.passed ? passedIcon : failedIcon);
            item->setText(0, finding.passed ? tr("Passed") : tr("Failed"));
            item->setText(1, finding.name);
            item->setToolTip(1, finding.name);
            if (!finding.passed) {
                item->setText(2, finding.detail);
                item->setToolTip(2, finding.detail);
            }
        }
    }
    // The rule takes the room; what was found gets a fixed share (its tooltip holds all of it).
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    list->setColumnWidth(2, fontMetrics().averageCharWidth() * 36);
}

FileCheckDialog::~FileCheckDialog() = default;

QLabel* FileCheckDialog::summaryLabel() const
{
    return m_ui->summaryLabel;
}

QLabel* FileCheckDialog::adviceLabel() const
{
    return m_ui->adviceLabel;
}

QTreeWidget* FileCheckDialog::findingsList() const
{
    return m_ui->findingsList;
}

QString FileCheckDialog::advice(CheckFinding::Remedy remedy, Place place)
{
    if (place == Place::Server) {
        switch (remedy) {
        case CheckFinding::Remedy::RestoreBackup:
            return tr("The programme on the server is damaged. Stop working in it: keep a copy of it as it "
                      "is (File ▸ Save a copy…), then ask your IT officer to restore the server's backup "
                      "taken before the damage.");
        case CheckFinding::Remedy::CorrectRecords:
            return tr("Some records break a rule of the programme. Correct the records the failed checks "
                      "name (for example, move a session into its activity's dates), then check the "
                      "programme again.");
        case CheckFinding::Remedy::ReportFault:
            return tr("The programme's schema or its counting disagrees with itself, which is a fault of "
                      "Seminar Desk, not of your records. Keep a copy of the programme (File ▸ Save a "
                      "copy…) and report the failed checks to whoever supports Seminar Desk for you.");
        }
    }
    switch (remedy) {
    case CheckFinding::Remedy::RestoreBackup:
        return tr(
            "The file is damaged. Stop working in it: keep a copy of it as it is (File ▸ Save a copy…), "
            "then go back to a backup taken before the damage (File ▸ Restore from a backup…).");
    case CheckFinding::Remedy::CorrectRecords:
        return tr("Some records break a rule of the programme. Correct the records the failed checks name "
                  "(for example, move a session into its activity's dates), then check the file again.");
    case CheckFinding::Remedy::ReportFault:
        return tr(
            "The file's format or its counting disagrees with itself, which is a fault of Seminar Desk, "
            "not of your records. Keep a copy of the file (File ▸ Save a copy…) and report the failed "
            "checks to whoever supports Seminar Desk for you.");
    }
    return {};
}

} // namespace sd
