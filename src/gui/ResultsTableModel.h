#pragma once

#include "FlatTableModel.h"
#include "counting/ParticipantFilter.h"
#include "counting/ResultsTable.h"

#include <optional>

namespace sd {

// A results table for a view: one row a key, then the totals row. Every participant number can be
// traced to the persons behind it through filterFor().
class ResultsTableModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Participations,
        UniqueParticipants,
        Female,
        Male,
        Other,
        NotStated,
        ParticipantDays,
        Experts,
        ExpertCountries,
        ParticipationsPct, // the row's share of the total participations
        FemalePct,         // female of the row's unique participants
        ColumnCount
    };

    explicit ResultsTableModel(QObject* parent = nullptr);

    void setTable(const ResultsTable& table);
    void clear();
    const ResultsTable& table() const { return m_table; }
    bool hasTable() const { return m_hasTable; }
    bool isTotalsRow(int row) const;
    // A count of persons from 1 to k - 1 in a row (not the totals): shaded, with a tooltip.
    bool isSmallCell(int row, int column) const;

    // The persons behind the number at index, in the table's period: those of the row (all of them on
    // the totals row), of one gender in a gender column and the female share. Nothing for expert
    // columns and the label column.
    std::optional<ParticipantFilter> filterFor(const QModelIndex& index) const;
    // What the number at index counts, for the drill-down's heading ("participations · 2.1 Seminar …").
    QString describe(const QModelIndex& index) const;
    // The row's heading as shown ("2.1  Seminar on …", "Female", "Total").
    QString rowLabel(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    int columns() const override;
    QVariant number(int row, int column) const;
    // A column's heading on one line (headerData() breaks the numbers' headings in two).
    QString columnTitle(int section) const;

    ResultsTable m_table;
    bool m_hasTable = false;
};

} // namespace sd
