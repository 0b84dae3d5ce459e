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
    explicit DuplicatesDialog(ProgrammeDocument& document, QWidget* parent = nullptr);

    const QList<DuplicatePair>& pairs() const { return m_pairs; }
    // Merges the pair shown on `row`, keeping its first (or second) participant, after asking.
    Status mergeRow(int row, bool keepFirst);
    // Finds the pairs again (after a merge, an undo or any other change).
    void reload();

private:
    QString describeParticipant(Id id) const;
    void updateButtons();

    ProgrammeDocument& m_document;
    QList<DuplicatePair> m_pairs;
    QHash<Id, Participant> m_participants;
    QHash<Id, QString> m_institutions;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_keepFirst = nullptr;
    QPushButton* m_keepSecond = nullptr;
};

} // namespace sd
