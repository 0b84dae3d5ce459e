#pragma once

#include <QAbstractTableModel>

namespace sd {

// The base of the window's read-only tables: cells at the top level only, shown and never edited.
// A subclass says how many rows and columns it holds, and data() and headerData() what they show.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    Qt::ItemFlags flags(const QModelIndex& index) const final;

protected:
    enum class Selection
    {
        Cells,  // a view may select cells (to act on them, to copy them)
        Nothing // for display only, as a totals row under another table
    };

    explicit FlatTableModel(Selection selection, QObject* parent = nullptr);

private:
    // What rowCount() and columnCount() answer at the top level.
    virtual int rows() const = 0;
    virtual int columns() const = 0;

    Selection m_selection;
};

} // namespace sd
