#pragma once

#include "commands/DocumentCommand.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <optional>

namespace sd {

// Saves the evaluation sheet's changes: every person's answers in one transaction, one undo step
// ("Record the evaluation of 4 persons in 2.1").
//
// Others may enter answers for the same activity while the sheet is open. Each change states the row
// it started from (`before`: the answers and their row version as the sheet read them, nullopt when
// the person had none) and the answers it writes (`after`, nullopt to clear them). Inside the write
// transaction every row is read again: a row no longer as it was read is a conflict, unless it
// holds `after` already (the other made the same change, which then is theirs). One conflict and
// nothing is written (ErrorKind::ChangedElsewhere, naming the persons): never a silent overwrite.
// Undo writes `before` back only over rows still holding the answers this step left; redo the
// other way round; otherwise the step is refused and stays in the history (DocumentCommand).
class SaveEvaluationCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(sd::SaveEvaluationCommand)

public:
    struct Change
    {
        Id enrolmentId = 0;
        QString who; // the person's name, for the conflict message only (never logged)
        std::optional<EvaluationAnswers> before;
        std::optional<EvaluationAnswers> after;
    };

    SaveEvaluationCommand(ProgrammeDocument& document, const Activity& activity, QList<Change> changes);

    const QList<Change>& changes() const { return m_changes; }

protected:
    Status apply() override;
    Status revert() override;
    QString logDescription() const override;

private:
    enum class Step
    {
        Save,
        Undo,
        Redo
    };
    // Inside the step's transaction: ErrorKind::ChangedElsewhere when a row it writes was changed by
    // someone else since it was read (a save) or since this step wrote it (undo, redo).
    Status checkRows(Step step);
    // Writes after (or before) for every change, then reads back what the rows now hold.
    Status write(Step step);

    QList<Change> m_changes;
    Id m_activityId = 0;
    QString m_activityCode;
    // What each row held after this step's last write (nullopt: no row), for undo and redo to check.
    QList<std::optional<EvaluationAnswers>> m_left;
};

} // namespace sd
