#include "import/DuplicatesDialog.h"

#include "MessageBox.h"
#include "PageLayout.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "commands/DocumentCommand.h"
#include "commands/MergeCommand.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {

DuplicatesDialog::DuplicatesDialog(ProgrammeDocument& document, QWidget* parent, Id onlyParticipant)
    : QDialog(parent)
    , m_document(document)
    , m_onlyParticipant(onlyParticipant)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Probable duplicate participants"));
    m_summary = makeWrappedLabel(QStringLiteral("duplicatesSummary"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("pairs"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Probable duplicate"), tr("Why")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepFirst = buttons->addButton(tr("Merge, keep the &first"), QDialogButtonBox::ActionRole);
    m_keepSecond = buttons->addButton(tr("Merge, keep the &second"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // mergeRow tells the officer of a failure itself; the buttons need nothing more.
    connect(m_keepFirst, &QPushButton::clicked, this,
            [this] { static_cast<void>(mergeRow(m_table->currentRow(), true)); });
    connect(m_keepSecond, &QPushButton::clicked, this,
            [this] { static_cast<void>(mergeRow(m_table->currentRow(), false)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(&m_document, &ProgrammeDocument::changed, this, &DuplicatesDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
}

QString DuplicatesDialog::describeParticipant(Id id) const
{
    const Participant person = m_participants.value(id);
    QString text = tr("%1 (%2)").arg(person.displayName()).arg(id);
    if (const QString institution = m_institutions.value(person.institutionId); !institution.isEmpty())
        text += QStringLiteral(" — ") + institution;
    if (!person.email.isEmpty())
        text += QStringLiteral(" — ") + person.email;
    return text;
}

void DuplicatesDialog::reload()
{
    Result<QList<Participant>> participants = m_document.queries().participants();
    Result<QList<Institution>> institutions = m_document.store().institutions();
    if (!participants || !institutions) {
        m_pairs.clear();
        m_table->setRowCount(0);
        m_summary->setText(!participants ? participants.error().message : institutions.error().message);
        updateButtons();
        return;
    }
    m_participants.clear();
    for (const Participant& participant : std::as_const(*participants))
        m_participants.insert(participant.id, participant);
    m_institutions.clear();
    for (const Institution& institution : std::as_const(*institutions))
        m_institutions.insert(institution.id,
                              institution.acronym.isEmpty() ? institution.name : institution.acronym);
    m_pairs = DuplicateFinder::find(*participants);
    if (m_onlyParticipant != 0) {
        m_pairs.removeIf([this](const DuplicatePair& pair) {
            return pair.firstId != m_onlyParticipant && pair.secondId != m_onlyParticipant;
        });
    }

    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair& pair = m_pairs[row];
        m_table->setItem(row, 0, new QTableWidgetItem(describeParticipant(pair.firstId)));
        m_table->setItem(row, 1, new QTableWidgetItem(describeParticipant(pair.secondId)));
        m_table->setItem(row, 2, new QTableWidgetItem(describe(pair.reason)));
    }
    if (m_onlyParticipant != 0) {
        const QString who = describeParticipant(m_onlyParticipant);
        const QString merging =
            tr("Merging keeps one record, fills its empty fields from the other and moves the "
               "other's enrolments and attendance marks over; Edit ▸ Undo takes it back.");
        if (m_pairs.isEmpty())
            m_summary->setText(
                tr("No probable duplicate of %1 among the participants of the file.").arg(who));
        else
            m_summary->setText(
                tr("%n probable duplicate(s) of %1. %2", nullptr, int(m_pairs.size())).arg(who, merging));
        if (m_pairs.size() == 1)
            m_table->selectRow(0);
        updateButtons();
        return;
    }
    const QString among = tr("%n participant(s)", nullptr, int(participants->size()));
    m_summary->setText(
        m_pairs.isEmpty()
            ? tr("No probable duplicates among %1.").arg(among)
            : tr("%1 among %2. Merging keeps one record, fills its empty fields from the "
                 "other and moves the other's enrolments and attendance marks over; Edit ▸ "
                 "Undo takes it back.")
                  .arg(tr("%n probable duplicate pair(s)", nullptr, int(m_pairs.size())), among));
    updateButtons();
}

void DuplicatesDialog::showOnlyPairsOf(Id participantId)
{
    m_onlyParticipant = participantId;
    reload();
}

void DuplicatesDialog::updateButtons()
{
    const bool chosen = m_table->currentRow() >= 0 && m_table->currentRow() < m_pairs.size() &&
                        !m_table->selectedItems().isEmpty();
    m_keepFirst->setEnabled(chosen);
    m_keepSecond->setEnabled(chosen);
}

Status DuplicatesDialog::mergeRow(int row, bool keepFirst)
{
    if (row < 0 || row >= m_pairs.size())
        return Error::notFound(tr("No pair is chosen; choose one in the list first."));
    const DuplicatePair pair = m_pairs[row];
    const Id keep = keepFirst ? pair.firstId : pair.secondId;
    const Id other = keepFirst ? pair.secondId : pair.firstId;
    const QMessageBox::StandardButton answer =
        MessageBox::question(this, tr("Merge two participants"),
                             tr("Merge %1 into %2? Its enrolments and attendance marks move over and the "
                                "record is deleted; Edit ▸ "
                                "Undo puts it back.")
                                 .arg(describeParticipant(other), describeParticipant(keep)));
    if (answer != QMessageBox::Yes)
        return Error::conflict(tr("The merge was cancelled."));
    Status done = DocumentCommand::push(m_document, std::make_unique<MergeCommand>(m_document, keep, other));
    if (!done)
        MessageBox::warning(this, tr("Merge two participants"), done.error().message);
    else
        Q_EMIT merged(keep, other);
    return done; // on success the document's change signal has reloaded the list
}

} // namespace sd
