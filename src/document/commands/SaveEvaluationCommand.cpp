#include "commands/SaveEvaluationCommand.h"

#include "storage/EvaluationStore.h"
#include "storage/ProgrammeStore.h"

#include <QHash>
#include <QStringList>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// Same answers, whatever version they were read at.
bool sameAnswers(const std::optional<EvaluationAnswers>& a, const std::optional<EvaluationAnswers>& b)
{
    const bool aEmpty = !a || a->isEmpty();
    const bool bEmpty = !b || b->isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    EvaluationAnswers left = *a;
    EvaluationAnswers right = *b;
    left.rowVersion = right.rowVersion = 0;
    left.submittedAt = right.submittedAt = QString();
    return left == right;
}

// The same row: the same version, or both absent.
bool sameRow(const std::optional<EvaluationAnswers>& a, const std::optional<EvaluationAnswers>& b)
{
    if (!a || !b)
        return !a && !b;
    return a->rowVersion == b->rowVersion && sameAnswers(a, b);
}

} // namespace

SaveEvaluationCommand::SaveEvaluationCommand(ProgrammeDocument& document, const Activity& activity,
                                             QList<Change> changes)
    : DocumentCommand(document, {ProgrammeDocument::Scope::Attendance})
    , m_changes(std::move(changes))
    , m_activityId(activity.id)
    , m_activityCode(activity.code)
{
    setText(tr("Record the evaluation of %n person(s) in %1", nullptr, int(m_changes.size()))
                .arg(m_activityCode));
}

QString SaveEvaluationCommand::logDescription() const
{
    // A marker the activity's history finds ("activity#3[2.1]"), with a count: no names, no values.
    return QStringLiteral("evaluation of activity#%1[%2] changed: %3 persons")
        .arg(m_activityId)
        .arg(QString(m_activityCode).remove(QLatin1Char(']')))
        .arg(m_changes.size());
}

Status SaveEvaluationCommand::checkRows(Step step)
{
    // On a server, saves of one activity's sheets wait for each other (the attendance lock of the
    // activity, which serialises the sheets opened on it); a file is locked whole already.
    if (Status locked = store().lockAttendance(m_activityId); !locked)
        return locked;
    Result<QList<EvaluationStore::Line>> sheet = EvaluationStore(database()).sheet(m_activityId);
    if (!sheet)
        return sheet.error();
    QHash<Id, const EvaluationStore::Line*> lines;
    for (const EvaluationStore::Line& line : std::as_const(*sheet))
        lines.insert(line.enrolmentId, &line);

    QStringList names;
    QList<Change> kept;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const Change& change = m_changes.at(i);
        const auto line = lines.constFind(change.enrolmentId);
        if (line == lines.cend()) {
            names.append(tr("%1 (no longer enrolled)").arg(change.who));
            continue;
        }
        const std::optional<EvaluationAnswers>& now = (*line)->answers;
        if (step == Step::Save) {
            if (sameAnswers(now, change.after) && !sameRow(now, change.before))
                continue; // the other made the same change: it is theirs, not this step's to undo
            if (sameRow(now, change.before)) {
                kept.append(change);
                continue;
            }
        } else if (sameAnswers(now, m_left.value(i))) {
            // Undo and redo go by the answers: a change someone else took back again leaves the
            // row as this step left it, with a newer version.
            continue;
        }
        names.append(change.who);
    }
    if (names.isEmpty()) {
        if (step == Step::Save)
            m_changes = std::move(kept);
        return {};
    }
    spdlog::warn("evaluation {} of activity {} refused: {} row(s) changed elsewhere",
                 step == Step::Save ? "save" : (step == Step::Undo ? "undo" : "redo"), m_activityId,
                 names.size());
    constexpr qsizetype kNamed = 3;
    QString list = QStringList(names.mid(0, kNamed)).join(QStringLiteral(", "));
    if (names.size() > kNamed)
        list += tr(" and %n more", nullptr, int(names.size() - kNamed));
    if (step == Step::Save)
        return Error::changedElsewhere(
            tr("Someone else changed the evaluation answers of %n person(s) in activity %1 since this sheet "
               "was opened (%2), so none of your answers were saved.",
               nullptr, int(names.size()))
                .arg(m_activityCode, list));
    return Error::changedElsewhere(tr("Someone else changed the evaluation answers of %n person(s) in "
                                      "activity %1 since (%2); nothing was written.",
                                      nullptr, int(names.size()))
                                       .arg(m_activityCode, list));
}

Status SaveEvaluationCommand::write(Step step)
{
    QList<EvaluationAnswers> rows;
    rows.reserve(m_changes.size());
    for (const Change& change : std::as_const(m_changes)) {
        const std::optional<EvaluationAnswers>& to = step == Step::Undo ? change.before : change.after;
        EvaluationAnswers row = to.value_or(EvaluationAnswers{});
        row.enrolmentId = change.enrolmentId;
        rows.append(row);
    }
    EvaluationStore answers(database());
    if (Status put = answers.put(m_activityId, rows); !put)
        return put;
    // What the rows hold now, versions included: undo and redo check against it.
    Result<QList<EvaluationStore::Line>> sheet = answers.sheet(m_activityId);
    if (!sheet)
        return sheet.error();
    QHash<Id, std::optional<EvaluationAnswers>> now;
    for (const EvaluationStore::Line& line : std::as_const(*sheet))
        now.insert(line.enrolmentId, line.answers);
    m_left.clear();
    for (const Change& change : std::as_const(m_changes))
        m_left.append(now.value(change.enrolmentId));
    return {};
}

Status SaveEvaluationCommand::apply()
{
    const Step step = m_left.isEmpty() ? Step::Save : Step::Redo;
    // The write lock first, then the check: nobody can change the rows between the two.
    return inOneTransaction(database(), [this, step]() -> Status {
        if (Status unchanged = checkRows(step); !unchanged)
            return unchanged;
        if (step == Step::Save && m_changes.isEmpty())
            return {};
        if (Status written = write(step); !written)
            return written;
        return logInTransaction(false);
    });
}

Status SaveEvaluationCommand::revert()
{
    return inOneTransaction(database(), [this]() -> Status {
        if (Status unchanged = checkRows(Step::Undo); !unchanged)
            return unchanged;
        if (Status written = write(Step::Undo); !written)
            return written;
        return logInTransaction(true);
    });
}

} // namespace sd
