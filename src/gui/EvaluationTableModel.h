#pragma once

#include "FlatTableModel.h"
#include "counting/EvaluationTable.h"
#include "counting/ParticipantFilter.h"

#include <QList>
#include <optional>

namespace sd {

// An evaluation table for a view: one row a key, then the totals row; a column for each indicator
// (and the activity's design in rows by activity), in the order and with the headings of the command
// line's text. Every count traces to the participations behind it through filterFor().
class EvaluationTableModel : public FlatTableModel
{
    Q_OBJECT

public:
    explicit EvaluationTableModel(QObject* parent = nullptr);

    void setTable(const EvaluationTable& table);
    void clear();
    const EvaluationTable& table() const { return m_table; }
    bool hasTable() const { return m_hasTable; }
    bool isTotalsRow(int row) const;

    // The indicator shown in a column (column 0 is the row's label): its JSON key, heading and kind.
    std::optional<EvaluationField> field(int column) const;
    // The column of an indicator by its JSON key ("improved"), or -1.
    int columnOf(const QString& key) const;
    // The value at index as a number: a qint64 count, a double, or null when empty.
    QVariant value(const QModelIndex& index) const;

    // The participations behind the count at index: the row's filter (none on the totals row), the
    // table's period and the column's indicator. Nothing for the label, a percent, a mean or the design.
    std::optional<ParticipantFilter> filterFor(const QModelIndex& index) const;
    // What the number at index counts, for the drill-down's heading ("Improved · 2.1  Seminar on …").
    QString describe(const QModelIndex& index) const;
    QString rowLabel(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A value as the window writes it, like the command line's text: counts whole, percents to one
    // decimal, gains (a fraction, 0.45) and 1-5 means to two, "–" where there is no denominator.
    static QString displayText(const QVariant& value, EvaluationField::Kind kind);

private:
    int rows() const override;
    int columns() const override;
    QString columnTitle(int section) const;

    EvaluationTable m_table;
    QList<EvaluationField> m_fields;
    // Each cell's value and text, worked out once per table: a view sizing its columns asks every
    // cell of thousands of rows (2,000 activities) several times.
    QList<QVariantList> m_values;
    QList<QStringList> m_texts;
    bool m_hasTable = false;
};

} // namespace sd
