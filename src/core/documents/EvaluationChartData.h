#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <array>
#include <optional>

namespace sd {

class Database;

// What an activity's two evaluation charts show, on its page and in its printed report: how the
// pre-test and post-test scores spread over tenths of the maximum, and the mean of each satisfaction
// item. Only the answers of those who took part count (docs/counting.md, "Evaluation"), so the
// means here equal those of the activity's row of the evaluation table.
struct EvaluationChartData
{
    static constexpr int kTenths = 10;
    static constexpr int kItems = 5; // overall, relevance, experts, organisation, recommend

    double testMaxScore = 0.0; // 0: no knowledge test
    bool satisfactionSurvey = false;

    qint64 preTested = 0;
    qint64 postTested = 0;
    qint64 paired = 0;                 // both scores
    std::optional<double> meanPrePct;  // over paired, in percent of the maximum
    std::optional<double> meanPostPct; // over paired
    // Persons per tenth of the maximum score (0-10 %, ..., 90-100 %, 100 % in the last).
    std::array<qint64, kTenths> preSpread{};
    std::array<qint64, kTenths> postSpread{};

    qint64 satisfactionResponses = 0; // answered one item or more
    std::array<std::optional<double>, kItems> itemMeans{};
    std::array<qint64, kItems> itemResponses{};

    bool hasTest() const { return testMaxScore > 0.0; }
    // Whether the design has something to chart and somebody who took part has answered it.
    bool hasScores() const { return hasTest() && (preTested > 0 || postTested > 0); }
    bool hasSatisfaction() const { return satisfactionSurvey && satisfactionResponses > 0; }
};

// Reads the charts of the activity `design` (its stored record): one statement over the activity's
// scores when it has a test, one over its satisfaction answers when it has the questionnaire, each
// touching only that activity's enrolments, so that a page can show them at any size of programme.
Result<EvaluationChartData> readEvaluationCharts(Database& database, const Activity& design);

} // namespace sd
