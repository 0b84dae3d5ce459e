#pragma once

#include "documents/EvaluationChartData.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace sd {

// The evaluation of one activity at a glance, on its page: the pre-test and post-test scores per
// tenth of the maximum side by side, and the mean of each satisfaction item on its 1-5 scale, each
// with the number of persons behind it. Says so when nobody who took part has answered yet, and
// hides itself for an activity without a test or questionnaire.
class EvaluationChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationChartsView(QWidget* parent = nullptr);

    void showCharts(const EvaluationChartData& data);

    QChartView* scoreChart() const { return m_scores; }
    QChartView* satisfactionChart() const { return m_satisfaction; }
    QLabel* emptyState() const { return m_empty; }

private:
    void fillScores(const EvaluationChartData& data);
    void fillSatisfaction(const EvaluationChartData& data);

    QChartView* m_scores = nullptr;
    QChartView* m_satisfaction = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace sd
