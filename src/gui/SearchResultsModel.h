#pragma once

#include "storage/GlobalSearch.h"

#include <QAbstractTableModel>

namespace sd {

// The one search's results as the drop-down under the Find field shows them: a heading row per kind
// that found something, its records (title, then detail in a second column), and, where more match
// than are shown, a row that shows them all in the register. Only records and "show all" rows can be
// chosen; headings and messages cannot.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowType
    {
        Heading,
        Hit,
        ShowAll,
        Message
    };
    Q_ENUM(RowType)
    static constexpr int RowTypeRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // SearchKind as int
    static constexpr int IdRole = Qt::UserRole + 3;

    explicit SearchResultsModel(QObject* parent = nullptr);

    // Shows the groups found for text; groups without hits are left out.
    void setResults(const QString& text, const QList<SearchGroup>& groups);
    // Shows one message row instead of results (an error, say).
    void setMessage(const QString& message);
    void clear();

    const QString& text() const { return m_text; }
    RowType rowType(int row) const;
    SearchKind kind(int row) const;
    Id id(int row) const;
    bool isChoosable(int row) const;
    // The first row that can be chosen after (or, with step -1, before) row; -1 when none.
    int nextChoosable(int row, int step) const;
    int hitCount() const;

    // The heading of a kind: "Participants".
    static QString kindLabel(SearchKind kind);
    // "Show every match in the participants register…" (none for activities).
    static QString showAllLabel(SearchKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        RowType type = RowType::Hit;
        SearchKind kind = SearchKind::Participant;
        Id id = 0;
        QString title;
        QString detail;
    };

    QString m_text;
    QList<Row> m_rows;
};

} // namespace sd
