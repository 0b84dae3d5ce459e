// The activity page's evaluation charts on the demo programme: the numbers of the printed evaluation
// report (documents/EvaluationReportData), an empty state once nobody's answers are left, and no
// charts for an activity without a test or questionnaire.
#include "ActivityPage.h"
#include "EvaluationChartsView.h"
#include "FileWatcher.h"
#include "MainWindowFixture.h"
#include "NavigatorModel.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeView>

namespace sd::test {
namespace {

class EvaluationChartsTest : public MainWindowFixture
{
protected:
    Id activityId(const QString& code)
    {
        return scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {code});
    }

    ActivityPage* showActivity(Id id)
    {
        const QModelIndex node = window().navigatorModel()->find(NavigatorModel::Node::Activity, id);
        EXPECT_TRUE(node.isValid());
        window().navigator()->setCurrentIndex(node);
        ActivityPage* page = window().activityPage();
        EXPECT_EQ(window().pages()->currentWidget(), page);
        return page;
    }

    static QAbstractBarSeries* seriesOf(QChartView* view)
    {
        const QList<QAbstractSeries*> series = view->chart()->series();
        return series.size() == 1 ? qobject_cast<QAbstractBarSeries*>(series.first()) : nullptr;
    }

    static QString percent(double value) { return QLocale().toString(value, 'f', 1); }
};

TEST_F(EvaluationChartsTest, ActivityChartsShowTheNumbersOfTheEvaluationReport)
{
    const Id id = activityId(QStringLiteral("2.1"));
    ASSERT_GT(id, 0);
    ActivityPage* page = showActivity(id);
    Result<EvaluationReportData> report = window().document()->queries().evaluationReport(id);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const EvaluationCounts& counts = report->counts;
    ASSERT_GT(counts.paired, 0) << "the demo's activity 2.1 has pre and post scores";
    ASSERT_GT(counts.satisfactionResponses, 0) << "and satisfaction answers";

    EvaluationChartsView* charts = page->evaluationCharts();
    ASSERT_TRUE(charts->isVisible());
    EXPECT_FALSE(charts->emptyState()->isVisible());

    // Pre-test and post-test persons per tenth, side by side, with the paired count and the means.
    ASSERT_TRUE(charts->scoreChart()->isVisible());
    QAbstractBarSeries* scores = seriesOf(charts->scoreChart());
    ASSERT_NE(scores, nullptr);
    ASSERT_EQ(scores->barSets().size(), 2);
    const QBarSet* pre = scores->barSets().at(0);
    const QBarSet* post = scores->barSets().at(1);
    ASSERT_EQ(pre->count(), 10);
    ASSERT_EQ(post->count(), 10);
    qint64 prePersons = 0;
    qint64 postPersons = 0;
    for (int tenth = 0; tenth < 10; ++tenth) {
        EXPECT_EQ(pre->at(tenth), double(report->preSpread[std::size_t(tenth)])) << "pre, tenth " << tenth;
        EXPECT_EQ(post->at(tenth), double(report->postSpread[std::size_t(tenth)])) << "post, tenth " << tenth;
        prePersons += report->preSpread[std::size_t(tenth)];
        postPersons += report->postSpread[std::size_t(tenth)];
    }
    EXPECT_EQ(prePersons, counts.preTested);
    EXPECT_EQ(postPersons, counts.postTested);
    const QString title = charts->scoreChart()->chart()->title();
    EXPECT_TRUE(title.contains(QStringLiteral("%1 paired").arg(counts.paired))) << title.toStdString();
    EXPECT_TRUE(title.contains(percent(*counts.meanPrePct))) << title.toStdString();
    EXPECT_TRUE(title.contains(percent(*counts.meanPostPct))) << title.toStdString();
    EXPECT_TRUE(pre->label().contains(QString::number(counts.preTested))) << pre->label().toStdString();
    EXPECT_TRUE(post->label().contains(QString::number(counts.postTested))) << post->label().toStdString();

    // The mean of each item on 1-5, the first item on top (a horizontal series counts from the bottom).
    ASSERT_TRUE(charts->satisfactionChart()->isVisible());
    QAbstractBarSeries* satisfaction = seriesOf(charts->satisfactionChart());
    ASSERT_NE(satisfaction, nullptr);
    ASSERT_EQ(satisfaction->barSets().size(), 1);
    const QBarSet* means = satisfaction->barSets().first();
    const std::array<std::optional<double>, 5> expected{
        counts.satisfactionMeanOverall, counts.satisfactionMeanRelevance, counts.satisfactionMeanExperts,
        counts.satisfactionMeanOrganisation, counts.satisfactionMeanRecommend};
    ASSERT_EQ(means->count(), 5);
    for (int item = 0; item < 5; ++item) {
        const std::optional<double>& mean = expected[std::size_t(item)];
        ASSERT_TRUE(mean.has_value()) << "item " << item;
        EXPECT_NEAR(means->at(4 - item), *mean, 1e-9) << "item " << item;
    }
    const QString satisfactionTitle = charts->satisfactionChart()->chart()->title();
    EXPECT_TRUE(satisfactionTitle.contains(QStringLiteral("%1 responses").arg(counts.satisfactionResponses)))
        << satisfactionTitle.toStdString();
}

TEST_F(EvaluationChartsTest, AnActivityWhoseAnswersWereAllRemovedElsewhereSaysNobodyAnsweredYet)
{
    const Id id = activityId(QStringLiteral("2.1"));
    ActivityPage* page = showActivity(id);
    EvaluationChartsView* charts = page->evaluationCharts();
    ASSERT_TRUE(charts->scoreChart()->isVisible());

    // Another program empties every answer of 2.1; the window's live refresh shows the empty state.
    {
        Result<std::unique_ptr<Database>> other = Database::open(demoPath());
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        EvaluationStore store(**other);
        Result<QList<EvaluationStore::Line>> sheet = store.sheet(id);
        ASSERT_TRUE(sheet.ok());
        QList<EvaluationAnswers> removed;
        for (const EvaluationStore::Line& line : *sheet) {
            EvaluationAnswers none;
            none.enrolmentId = line.enrolmentId;
            removed.append(none);
        }
        const Status put = store.put(id, removed);
        ASSERT_TRUE(put.ok()) << put.error().message.toStdString();
    }
    ASSERT_TRUE(
        waitUntil([&] { return charts->emptyState()->isVisible(); }, FileWatcher::kIntervalMs + 1000));
    EXPECT_TRUE(charts->isVisible());
    EXPECT_FALSE(charts->scoreChart()->isVisible());
    EXPECT_FALSE(charts->satisfactionChart()->isVisible());
    EXPECT_TRUE(charts->emptyState()->text().contains(QStringLiteral("Nobody who took part has answered")))
        << charts->emptyState()->text().toStdString();
}

TEST_F(EvaluationChartsTest, AnActivityWithoutTestOrQuestionnaireShowsNoCharts)
{
    // Activity 1, the identification mission, has no evaluation in the demo.
    const Id mission = activityId(QStringLiteral("1"));
    ASSERT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM activity WHERE id = ? AND test_max_score = 0"
                                    " AND satisfaction_survey = 0"),
                     {mission}),
              1);
    EXPECT_TRUE(showActivity(activityId(QStringLiteral("2.1")))->evaluationCharts()->isVisible());
    EXPECT_FALSE(showActivity(mission)->evaluationCharts()->isVisible());
}

} // namespace
} // namespace sd::test
