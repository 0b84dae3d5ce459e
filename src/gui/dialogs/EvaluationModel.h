#pragma once

#include "commands/SaveEvaluationCommand.h"
#include "common/Result.h"
#include "domain/Records.h"
#include "storage/EvaluationStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace sd {

class Database;

// The evaluation sheet of one activity: a row for each enrolled person, a column for each answer the
// activity's design asks for (pre and post scores with a knowledge test; the five satisfaction items
// and the comment with the questionnaire; the follow-up). Edits stay pending until the dialog saves
// them; a value that does not fit the design is refused at the cell with the reason (refused()).
//
// Each edited row remembers the answers it was based on (with their row version). Reading the file
// again keeps the pending edits; a row someone else changed since it was based is a conflict, shown
// in the cell colour with their answers in the tooltip. Reading again after a refused save rebases
// such rows on what the file holds, so that saving again keeps the officer's answers knowingly.
class EvaluationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Field
    {
        Name,
        Pre,
        Post,
        Overall,
        Relevance,
        Experts,
        Organisation,
        Recommend,
        Comment,
        Applied
    };

    EvaluationModel(Database& database, Id activityId, QObject* parent = nullptr);

    // Reads the activity's design and sheet, keeping the pending edits of persons still enrolled.
    Status load(bool rebaseConflicts = false);

    const Activity& activity() const { return m_activity; }
    Field fieldAt(int column) const { return m_fields.value(column, Field::Name); }
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes the text typed into a cell; an empty text clears it. Refuses (false, refused()) what
    // does not fit the design.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The rows whose answers differ from those they were based on.
    QList<SaveEvaluationCommand::Change> changes() const;
    qsizetype pendingCount() const { return changes().size(); }
    int conflictCount() const;
    // Pending edits of persons no longer enrolled, dropped by the last load.
    int droppedByLastLoad() const { return m_dropped; }
    // After a save: reads again with no pending edits.
    Status acceptChanges();

Q_SIGNALS:
    void refused(const QString& reason);
    void pendingChanged();

private:
    struct Row
    {
        EvaluationStore::Line line;
        std::optional<EvaluationAnswers> base; // the answers the edit started from
        std::optional<EvaluationAnswers> edited;
        bool conflict = false;
    };
    EvaluationAnswers answersOf(const Row& row) const;
    QString nameOf(const Row& row) const;
    QString text(const EvaluationAnswers& answers, Field field) const;
    // Parses and checks the typed text into answers; the reason when it does not fit.
    QString put(EvaluationAnswers& answers, Field field, const QString& typed) const;

    Database& m_database;
    Id m_activityId = 0;
    Activity m_activity;
    QList<Field> m_fields;
    QList<Row> m_rows;
    int m_dropped = 0;
};

} // namespace sd
