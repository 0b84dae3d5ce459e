#pragma once

#include "counting/ParticipantFilter.h"
#include "counting/ResultsTable.h"
#include "domain/Records.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QPushButton;
class QTableView;

namespace sd {

class ResultsLoader;
class ResultsTableModel;

// The evaluator's numbers: a results table of the project by the chosen key, in the chosen period
// (all sessions, a year, a quarter or custom dates), with its totals row and notes. Double-clicking a
// number lists the persons behind it, in the same period.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    ResultsPage(ResultsLoader& loader, QWidget* parent = nullptr);

    void showProject(Id projectId, const QString& projectTitle);
    Id projectId() const { return m_projectId; }
    void setKey(ResultsKey key);
    ResultsKey key() const;
    // The period whose sessions count: whole, a year, a quarter or from-to.
    enum class PeriodKind
    {
        All,
        Year,
        Quarter,
        Custom
    };
    void setPeriod(const ResultsPeriod& period);
    ResultsPeriod period() const;
    // Asks for the table again (after a change to the file).
    void refresh();

    ResultsTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* keyChooser() const { return m_key; }
    QComboBox* periodChooser() const { return m_periodKind; }
    QSpinBox* yearChooser() const { return m_year; }
    QComboBox* quarterChooser() const { return m_quarter; }
    QDateEdit* fromChooser() const { return m_from; }
    QDateEdit* toChooser() const { return m_to; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* exportAllButton() const { return m_exportAll; }

    // The label column's narrowest width: below it, the numbers scroll instead.
    static constexpr int kNarrowestLabel = 160;

Q_SIGNALS:
    void drillDownRequested(sd::Id projectId, const sd::ParticipantFilter& filter, const QString& what);
    void exportRequested();
    // Every breakdown of the project, one sheet each.
    void exportAllRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void request();
    // Numbers as wide as they need; the label column takes the width left, up to what its longest
    // label needs, so that long labels are cut (their tooltip holds them whole) before a number
    // leaves the view.
    void fitColumns();
    void onTableReady(Id projectId, ResultsKey key);
    void onActivated(const QModelIndex& index);
    // Shows the choosers the period kind needs, then asks for the table.
    void onPeriodChanged();

    ResultsLoader& m_loader;
    Id m_projectId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_periodKind = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_quarter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportAll = nullptr;
    ResultsTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notes = nullptr;
    // What the longest label of the table needs, or the width the user dragged it to.
    int m_labelWidth = 0;
    bool m_fitting = false;
};

} // namespace sd
