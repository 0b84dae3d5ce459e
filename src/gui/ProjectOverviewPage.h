#pragma once

#include "counting/ParticipantFilter.h"
#include "counting/ResultsTable.h"
#include "domain/Records.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace sd {

class KeyFigureTile;
class ProgrammeDocument;
class ResultsLoader;

// A project at a glance: its facts, the key figures as big tiles (with how many improved their
// knowledge once an activity has a test), three charts (participations
// per activity, gender split, participations by institution type) and its objectives, components
// and results narrative. Tiles and chart bars lead to the persons behind them.
class ProjectOverviewPage : public QWidget
{
    Q_OBJECT

public:
    ProjectOverviewPage(ProgrammeDocument& document, ResultsLoader& loader, QWidget* parent = nullptr);

    void showProject(Id projectId);
    Id projectId() const { return m_projectId; }
    // Reads the facts again and asks for the figures (after a change to the file).
    void refresh();

    // The figure on a tile, as shown ("755"); for tests.
    QString keyFigure(const QString& tileName) const;
    QChart* participationsChart() const;

    // At most this many activities are drawn in the chart; the largest are kept, and a note under
    // the chart sums up the others and leads to the full table.
    static constexpr int kMaxActivityBars = 15;

Q_SIGNALS:
    void drillDownRequested(sd::Id projectId, const sd::ParticipantFilter& filter, const QString& what);
    void editProjectRequested(sd::Id projectId);
    void editObjectiveRequested(sd::Id objectiveId);
    void editComponentRequested(sd::Id componentId);
    // The user asked for the full results table behind a chart.
    void resultsRequested(sd::ResultsKey key);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setChartTitle(QChartView* view, const QString& title);
    void fitChartTitle(QChartView* view);
    void showFacts();
    // The edit button and links only where the programme may be changed (not for a coordinator, an
    // evaluator or while the server is out of reach), the reason on the button.
    void showEditable();
    // " edit" after an objective or a component, or nothing when the programme is read-only.
    QString editLink(const QString& kind, Id id) const;
    void onLink(const QString& link);
    void showFigures();
    void onTableReady(Id projectId, ResultsKey key);
    // The knowledge tile, from the evaluation's totals by activity; hidden while no activity has a test.
    void onEvaluationReady(Id projectId, ResultsKey key);
    void fillActivityChart(const ResultsTable& table);
    void fillGenderChart(const ResultsTable& table);
    void fillInstitutionTypeChart(const ResultsTable& table);

    ProgrammeDocument& m_document;
    ResultsLoader& m_loader;
    Id m_projectId = 0;

    QLabel* m_title = nullptr;
    QPushButton* m_editProject = nullptr;
    QLabel* m_subtitle = nullptr;
    KeyFigureTile* m_participations = nullptr;
    KeyFigureTile* m_uniqueParticipants = nullptr;
    KeyFigureTile* m_participantDays = nullptr;
    KeyFigureTile* m_experts = nullptr;
    KeyFigureTile* m_expertCountries = nullptr;
    KeyFigureTile* m_improved = nullptr;
    QChartView* m_activityChart = nullptr;
    QLabel* m_activityNote = nullptr;
    QChartView* m_genderChart = nullptr;
    QChartView* m_institutionTypeChart = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_objectives = nullptr;
    QLabel* m_components = nullptr;
    QLabel* m_narrative = nullptr;
};

} // namespace sd
