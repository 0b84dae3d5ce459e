#pragma once

#include "counting/EvaluationTable.h"
#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace sd {

// What an activity's evaluation report shows: the activity, its design, the indicators of its row of
// the evaluation table (docs/counting.md, "Evaluation"), how the scores spread and the comments.
struct EvaluationReportData
{
    DocumentActivity activity;
    double testMaxScore = 0.0; // 0: no knowledge test
    double masteryThresholdPct = 0.0;
    bool satisfactionSurvey = false;
    bool followUp = false;

    // The activity's row of the evaluation table by activity: every indicator with its denominator.
    EvaluationCounts counts;

    // Persons per tenth of the maximum score (0-10 %, ..., 90-100 %), of those who took part.
    std::array<qint64, 10> preSpread{};
    std::array<qint64, 10> postSpread{};
    // The comments of those who took part, as written, without who wrote them, in a fixed order.
    QStringList comments;
};

// A printable evaluation report of one activity: the numbers with their denominators, the spread of
// pre-test and post-test scores, the mean of each satisfaction item, and the comments, which carry no
// names. In the language of the window (or English from the command line).
class EvaluationReportDocument : public CoordinatorDocument
{
public:
    explicit EvaluationReportDocument(EvaluationReportData data);

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    void scoreChart(PageComposer& composer) const;
    void satisfactionChart(PageComposer& composer) const;

    EvaluationReportData m_data;
};

} // namespace sd
