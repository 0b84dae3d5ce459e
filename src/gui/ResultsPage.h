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
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace sd {

class EvaluationTableModel;
class ResultsLoader;
class ResultsTableModel;

// The evaluator's numbers: a results table of the project by the chosen key, in the chosen period
// (all sessions, a year, a quarter or custom dates), with its totals row and notes; its measure is
// attendance (participations, participants, days) or evaluation (the indicators of the knowledge
// tests, satisfaction and follow-up). Double-clicking a number lists the persons behind it, in the
// same period. A table the core refuses (an evaluation in a period it cannot count yet) leaves the
// core's sentence in its place.
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
    PeriodKind periodKind() const;
    // Chooses the kind as it was chosen, with its dates: custom dates that happen to make a whole year
    // stay custom (setPeriod() would read them as the year).
    void setPeriodChoice(PeriodKind kind, const ResultsPeriod& period);
    enum class Measure
    {
        Attendance,
        Evaluation
    };
    Measure measure() const;
    void setMeasure(Measure measure);
    // Asks for the table again (after a change to the file).
    void refresh();

    ResultsTableModel* model() const { return m_model; }
    EvaluationTableModel* evaluationModel() const { return m_evaluationModel; }
    QComboBox* measureChooser() const { return m_measure; }
    // The sentence shown in place of the table when the core refused it.
    QLabel* notice() const { return m_notice; }
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
    // The measure or the period was chosen anew (for the window to remember them with the project).
    void choiceChanged();
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
    // The notes as tall as they need, up to a third of the page; longer ones (the evaluation's
    // definitions) scroll, so that the table keeps its room.
    void fitNotes();
    void onTableReady(Id projectId, ResultsKey key);
    void onEvaluationReady(Id projectId, ResultsKey key);
    // Shows the table (or the notice in its place), sized to its numbers, with its notes.
    void showTable(const QStringList& notes);
    void showNotice(const QString& text);
    void clearTable(const QString& status);
    bool hasTable() const;
    void onMeasureChanged();
    void onActivated(const QModelIndex& index);
    // Shows the choosers the period kind needs, then asks for the table.
    void onPeriodChanged();

    ResultsLoader& m_loader;
    Id m_projectId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_measure = nullptr;
    QComboBox* m_periodKind = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_quarter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportAll = nullptr;
    ResultsTableModel* m_model = nullptr;
    EvaluationTableModel* m_evaluationModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notes = nullptr;
    QScrollArea* m_notesArea = nullptr;
    // What the longest label of the table needs, or the width the user dragged it to.
    int m_labelWidth = 0;
    bool m_fitting = false;
};

} // namespace sd
