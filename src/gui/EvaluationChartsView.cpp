#include "EvaluationChartsView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sd {
namespace {

// The overview page's palette: its bar blue for the post-test, a light tint of it for the pre-test.
const QColor kPostColour(0x3B, 0x6E, 0xA5);
const QColor kPreColour(0xA9, 0xC1, 0xDC);

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->hide();
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() + 1);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setMinimumWidth(300);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString percentText(const std::optional<double>& value)
{
    return value ? EvaluationChartsView::tr("%1 %").arg(QLocale().toString(*value, 'f', 1))
                 : EvaluationChartsView::tr("–");
}

} // namespace

EvaluationChartsView::EvaluationChartsView(QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("Evaluation"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("hint"));
    m_empty->setWordWrap(true);
    m_scores = makeChartView(QStringLiteral("chartScores"), this);
    m_satisfaction = makeChartView(QStringLiteral("chartSatisfaction"), this);
    QLegend* legend = m_scores->chart()->legend();
    QFont legendFont = legend->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    legend->setFont(legendFont);
    legend->setAlignment(Qt::AlignBottom);
    legend->show();

    auto* charts = new QHBoxLayout;
    charts->setSpacing(12);
    // The ten pairs of bars need the room more than the five items.
    charts->addWidget(m_scores, 3);
    charts->addWidget(m_satisfaction, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addLayout(charts);
}

void EvaluationChartsView::showCharts(const EvaluationChartData& data)
{
    const bool designed = data.hasTest() || data.satisfactionSurvey;
    setVisible(designed);
    fillScores(data);
    fillSatisfaction(data);
    m_scores->setVisible(data.hasScores());
    m_satisfaction->setVisible(data.hasSatisfaction());
    QString empty;
    if (!data.hasScores() && !data.hasSatisfaction())
        empty = tr("Nobody who took part has answered the evaluation yet. Enter the scores and answers "
                   "with Evaluation….");
    else if (data.hasTest() && !data.hasScores())
        empty = tr("No test scores yet from those who took part.");
    else if (data.satisfactionSurvey && !data.hasSatisfaction())
        empty = tr("No satisfaction answers yet from those who took part.");
    m_empty->setText(empty);
    m_empty->setVisible(designed && !empty.isEmpty());
}

// Pre-test and post-test bars side by side for each tenth of the maximum score.
void EvaluationChartsView::fillScores(const EvaluationChartData& data)
{
    QChart* chart = m_scores->chart();
    clearChart(chart);
    chart->setTitle(tr("Scores before and after: %1 paired, mean %2 → %3")
                        .arg(QLocale().toString(data.paired), percentText(data.meanPrePct),
                             percentText(data.meanPostPct)));
    auto* pre = new QBarSet(tr("before (%1 pre-tested)").arg(QLocale().toString(data.preTested)));
    auto* post = new QBarSet(tr("after (%1 post-tested)").arg(QLocale().toString(data.postTested)));
    pre->setColor(kPreColour);
    pre->setBorderColor(kPreColour);
    post->setColor(kPostColour);
    post->setBorderColor(kPostColour);
    QStringList categories;
    qint64 highest = 1;
    for (std::size_t tenth = 0; tenth < std::size_t(EvaluationChartData::kTenths); ++tenth) {
        *pre << double(data.preSpread[tenth]);
        *post << double(data.postSpread[tenth]);
        highest = std::max({highest, data.preSpread[tenth], data.postSpread[tenth]});
        categories << tr("%1–%2").arg(tenth * 10).arg(tenth * 10 + 10);
    }
    auto* series = new QBarSeries;
    series->append(pre);
    series->append(post);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    categoryAxis->setLabelsFont(small);
    categoryAxis->setTitleText(tr("score, in percent of the maximum"));
    categoryAxis->setTitleFont(small);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Whole persons on the axis: a top that four or five ticks divide into whole numbers.
    const qint64 top = highest <= 4 ? 4 : (highest + 3) / 4 * 4;
    valueAxis->setRange(0, double(top));
    valueAxis->setTickCount(5);
    valueAxis->setTitleText(tr("persons"));
    valueAxis->setTitleFont(small);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

// One bar per satisfaction item, its mean on the 1-5 scale, the first item on top.
void EvaluationChartsView::fillSatisfaction(const EvaluationChartData& data)
{
    QChart* chart = m_satisfaction->chart();
    clearChart(chart);
    // On two lines: the chart is the narrower of the two.
    chart->setTitle(tr("Satisfaction per item, 1 to 5").toHtmlEscaped() + QStringLiteral("<br>") +
                    tr("%n response(s)", nullptr, int(data.satisfactionResponses)).toHtmlEscaped());
    // Short names, so that the chart holds them beside the bars (the report has the full questions).
    const QStringList items{tr("Overall"), tr("Relevance"), tr("Experts"), tr("Organisation"),
                            tr("Recommend")};
    auto* means = new QBarSet(tr("mean"));
    means->setColor(kPostColour);
    means->setBorderColor(kPostColour);
    means->setLabelColor(Qt::white);
    QStringList names;
    QStringList counts;
    // A horizontal bar series draws its first value at the bottom: the items go in from the last.
    for (int item = EvaluationChartData::kItems - 1; item >= 0; --item) {
        const auto at = static_cast<std::size_t>(item);
        const std::optional<double>& mean = data.itemMeans[at];
        // An item nobody answered has no bar (0 lies below the axis).
        *means << (mean ? *mean : 0.0);
        names << items[item];
        counts << (mean ? tr("%1: mean %2 of %3 answers")
                              .arg(items[item], QLocale().toString(*mean, 'f', 2),
                                   QLocale().toString(data.itemResponses[at]))
                        : tr("%1: no answers").arg(items[item]));
    }
    // How many answered each item, on hovering its bar (the axis has no room for it).
    connect(means, &QBarSet::hovered, m_satisfaction, [counts](bool over, int index) {
        if (over && index >= 0 && index < counts.size())
            QToolTip::showText(QCursor::pos(), counts.at(index));
        else
            QToolTip::hideText();
    });
    auto* series = new QHorizontalBarSeries;
    series->append(means);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    // Each mean written inside the end of its bar, which a mean of 5 would otherwise push off the plot.
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsVisible(true);
    auto* itemAxis = new QBarCategoryAxis;
    itemAxis->append(names);
    itemAxis->setGridLineVisible(false);
    chart->addAxis(itemAxis, Qt::AlignLeft);
    series->attachAxis(itemAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setRange(1, 5);
    valueAxis->setTickCount(5);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

} // namespace sd
