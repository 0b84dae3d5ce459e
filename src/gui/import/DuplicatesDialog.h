#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "import/DuplicateFinder.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {

class ProgrammeDocument;

// The probable duplicate participants of the whole file, each pair with its reason, and a merge of a
// pair that is one person (one step of the undo history; the results then count the person once).
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    // With onlyParticipant, only the pairs that participant is in (see showOnlyPairsOf).
    explicit DuplicatesDialog(ProgrammeDocument& document, QWidget* parent = nullptr, Id onlyParticipant = 0);

    const QList<DuplicatePair>& pairs() const { return m_pairs; }
    // Merges the pair shown on `row`, keeping its first (or second) participant, after asking.
    Status mergeRow(int row, bool keepFirst);
    // Finds the pairs again (after a merge, an undo or any other change).
    void reload();
    // Lists only the pairs one participant is in (a person's page); 0 lists every pair again.
    void showOnlyPairsOf(Id participantId);

Q_SIGNALS:
    // Two records were merged into one: `removedId` is gone, its enrolments now belong to `keptId`.
    void merged(sd::Id keptId, sd::Id removedId);

private:
    QString describeParticipant(Id id) const;
    void updateButtons();

    ProgrammeDocument& m_document;
    QList<DuplicatePair> m_pairs;
    QHash<Id, Participant> m_participants;
    QHash<Id, QString> m_institutions;
    Id m_onlyParticipant = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_keepFirst = nullptr;
    QPushButton* m_keepSecond = nullptr;
};

} // namespace sd
