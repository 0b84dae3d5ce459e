#include "dialogs/EnrolParticipantDialog.h"

#include "dialogs/ParticipantSearchModel.h"
#include "ui_EnrolParticipantDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

namespace sd {

EnrolParticipantDialog::EnrolParticipantDialog(const ProgrammeStore& store, const Activity& activity,
                                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrolParticipantDialog>())
    , m_model(new ParticipantSearchModel(store, activity.id, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Enrol participants in %1").arg(activity.code));
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->setVisible(false);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(ParticipantSearchModel::NameColumn,
                                                                QHeaderView::Stretch);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(ParticipantSearchModel::InstitutionColumn,
                                                                QHeaderView::ResizeToContents);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    m_ui->searchEdit->installEventFilter(this);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &EnrolParticipantDialog::search);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->resultsView, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnrolParticipantDialog::updateButtons);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrolParticipantDialog::updateButtons);
    search();
}

EnrolParticipantDialog::~EnrolParticipantDialog() = default;

void EnrolParticipantDialog::search()
{
    if (Status found = m_model->search(m_ui->searchEdit->text()); !found) {
        m_ui->countLabel->setText(found.error().message);
        return;
    }
    const int shown = m_model->rowCount();
    if (m_model->isCapped())
        m_ui->countLabel->setText(
            tr("The first %1 matches are shown; type more of the name to narrow them.").arg(shown));
    else if (shown == 0)
        m_ui->countLabel->setText(tr("No participant who is not enrolled yet matches."));
    else
        m_ui->countLabel->setText(tr("%Ln participant(s) not enrolled yet found.", nullptr, shown));
    if (shown > 0)
        m_ui->resultsView->selectRow(0);
}

void EnrolParticipantDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!selectedParticipantIds().isEmpty());
}

QList<Id> EnrolParticipantDialog::selectedParticipantIds() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_ui->resultsView->selectionModel()->selectedRows())
        ids.append(index.data(ParticipantSearchModel::ParticipantIdRole).toLongLong());
    return ids;
}

bool EnrolParticipantDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and down in the search field move through the results, so the keyboard never leaves it.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_model->rowCount();
            if (rows == 0)
                return true;
            const QModelIndex current = m_ui->resultsView->currentIndex();
            int row = current.isValid() ? current.row() : -1;
            row = key->key() == Qt::Key_Down ? std::min(rows - 1, row + 1) : std::max(0, row - 1);
            m_ui->resultsView->selectRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sd
