#include "DrillDownDialog.h"
#include "EvaluationTableModel.h"
#include "ExportFileChooser.h"
#include "FileDialog.h"
#include "Formatting.h"
#include "KeyFigureTile.h"
#include "MainWindowFixture.h"
#include "ProgrammeDocument.h"
#include "ProjectOverviewPage.h"
#include "ResultsPage.h"
#include "ResultsTableModel.h"
#include "counting/EvaluationFormatter.h"
#include "counting/EvaluationQuery.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace sd::test {
namespace {

DrillDownDialog* onlyDrillDown(MainWindow& window)
{
    const QList<DrillDownDialog*> dialogs = window.findChildren<DrillDownDialog*>();
    return dialogs.size() == 1 ? dialogs.first() : nullptr;
}

class EvaluationWindowTest : public MainWindowFixture
{
protected:
    // The evaluation table as the command line counts it, on a connection of the test's own.
    Result<EvaluationTable> coreTable(ResultsKey key, const ResultsPeriod& period = {})
    {
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> database = Database::open(window().document()->path(), options);
        if (!database)
            return database.error();
        return EvaluationQuery(**database).evaluation(window().currentProjectId(), key, period);
    }

    // The page on the evaluation measure, by key, once its table (or the core's refusal) is shown.
    ResultsPage* showEvaluation(ResultsKey key)
    {
        window().showResults(key);
        ResultsPage* page = window().resultsPage();
        page->measureChooser()->setCurrentIndex(
            page->measureChooser()->findData(int(ResultsPage::Measure::Evaluation)));
        EXPECT_TRUE(waitUntil([&] {
            return (page->evaluationModel()->hasTable() && page->evaluationModel()->table().by == key) ||
                   page->notice()->isVisibleTo(page);
        }));
        return page;
    }
};

TEST_F(EvaluationWindowTest, ResultsPageShowsTheEvaluationTableWithTheCommandLinesTotals)
{
    ResultsPage* page = showEvaluation(ResultsKey::Activity);
    EvaluationTableModel* model = page->evaluationModel();
    testModel(model);
    ASSERT_TRUE(model->hasTable());
    EXPECT_EQ(page->view()->model(), model);

    // What `results demo --by activity --measure evaluation --format json` writes, from the core.
    Result<EvaluationTable> counted = coreTable(ResultsKey::Activity);
    ASSERT_TRUE(counted.ok()) << counted.error().message.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(EvaluationFormatter::toJson(*counted)).object();
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    ASSERT_FALSE(totals.isEmpty());
    ASSERT_EQ(model->rowCount(), json.value(QStringLiteral("rows")).toArray().size() + 1);
    const int totalsRow = model->rowCount() - 1;
    EXPECT_TRUE(model->isTotalsRow(totalsRow));
    EXPECT_EQ(model->index(totalsRow, 0).data().toString(), QStringLiteral("Total"));

    // A column for every indicator, headed as the command line heads it, its definition as tooltip;
    // the totals row holds the command line's totals.
    for (const EvaluationField& field : EvaluationFields::all()) {
        const int column = model->columnOf(QString::fromLatin1(field.key));
        ASSERT_GT(column, 0) << field.key;
        EXPECT_EQ(model->headerData(column, Qt::Horizontal).toString(), headingOnTwoLines(field.title))
            << field.key;
        EXPECT_FALSE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
            << field.key;
        if (field.kind == EvaluationField::Kind::Design)
            continue;
        const QJsonValue expected = totals.value(QString::fromLatin1(field.key));
        ASSERT_FALSE(expected.isUndefined()) << field.key;
        const QVariant shown = model->index(totalsRow, column).data(Qt::EditRole);
        if (expected.isNull()) {
            EXPECT_TRUE(shown.isNull()) << field.key;
            EXPECT_EQ(model->index(totalsRow, column).data().toString(), QStringLiteral("–")) << field.key;
        } else {
            EXPECT_DOUBLE_EQ(shown.toDouble(), expected.toDouble()) << field.key;
        }
    }
    EXPECT_GT(totals.value(QStringLiteral("paired")).toInteger(), 0) << "the demo has knowledge tests";
    // Formatted as the command line's text: a percent to one decimal, a gain to two.
    const int improvedPct = model->columnOf(QStringLiteral("improved_pct"));
    EXPECT_EQ(model->index(totalsRow, improvedPct).data().toString(),
              QString::number(totals.value(QStringLiteral("improved_pct")).toDouble(), 'f', 1));
    const int gain = model->columnOf(QStringLiteral("normalised_gain"));
    EXPECT_EQ(model->index(totalsRow, gain).data().toString(),
              QString::number(totals.value(QStringLiteral("normalised_gain")).toDouble(), 'f', 2));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("resultsNotes"))
                    ->text()
                    .contains(EvaluationFields::countingRule().toHtmlEscaped()));

    // The improved of an activity with a test: its persons, as many as the cell.
    const int improved = model->columnOf(QStringLiteral("improved"));
    int row = -1;
    for (int each = 0; each < totalsRow && row < 0; ++each) {
        if (model->index(each, improved).data(Qt::EditRole).toLongLong() > 0)
            row = each;
    }
    ASSERT_GE(row, 0);
    const QModelIndex cell = model->index(row, improved);
    page->view()->scrollTo(cell);
    const QRect rect = page->view()->visualRect(cell);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    DrillDownDialog* dialog = onlyDrillDown(window());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->participationCount(), cell.data(Qt::EditRole).toLongLong());
    EXPECT_EQ(dialog->personCount(), cell.data(Qt::EditRole).toLongLong()) << "one activity: a person each";
    delete dialog;

    // The totals row's paired, by Enter: every paired participation of the project.
    const int paired = model->columnOf(QStringLiteral("paired"));
    page->view()->setFocus();
    page->view()->setCurrentIndex(model->index(totalsRow, paired));
    QTest::keyClick(page->view(), Qt::Key_Return);
    dialog = onlyDrillDown(window());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->participationCount(), totals.value(QStringLiteral("paired")).toInteger());
    EXPECT_LE(dialog->personCount(), dialog->participationCount());
    delete dialog;

    // A percent is no count: nothing to list.
    Q_EMIT page->view()->activated(model->index(row, improvedPct));
    EXPECT_EQ(onlyDrillDown(window()), nullptr);
}

TEST_F(EvaluationWindowTest, OtherBreakdownsCountAsTheCoreAndARefusedTableLeavesTheCoresSentence)
{
    // By gender: a person in two activities counts twice in their row; the drill-down says so.
    ResultsPage* page = showEvaluation(ResultsKey::Gender);
    EvaluationTableModel* model = page->evaluationModel();
    ASSERT_TRUE(model->hasTable());
    EXPECT_EQ(model->columnOf(QStringLiteral("test_max_score")), -1) << "the design by activity only";
    Result<EvaluationTable> counted = coreTable(ResultsKey::Gender);
    ASSERT_TRUE(counted.ok());
    const int tookPart = model->columnOf(QStringLiteral("took_part"));
    const int totalsRow = model->rowCount() - 1;
    EXPECT_EQ(model->index(totalsRow, tookPart).data(Qt::EditRole).toLongLong(), counted->totals.tookPart);
    Q_EMIT page->view()->activated(model->index(0, tookPart));
    DrillDownDialog* dialog = onlyDrillDown(window());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->participationCount(), counted->rows.at(0).tookPart);
    delete dialog;

    // A key or a period the core cannot count: its sentence in place of the table, word for word.
    page->keyChooser()->setCurrentIndex(page->keyChooser()->findData(QStringLiteral("year")));
    ASSERT_TRUE(waitUntil([&] {
        return (model->hasTable() && model->table().by == ResultsKey::Year) ||
               page->notice()->isVisibleTo(page);
    }));
    Result<EvaluationTable> byYear = coreTable(ResultsKey::Year);
    if (byYear) {
        EXPECT_TRUE(model->hasTable());
        EXPECT_FALSE(page->notice()->isVisibleTo(page));
    } else {
        EXPECT_EQ(page->notice()->text(), byYear.error().message);
        EXPECT_FALSE(page->view()->isVisibleTo(page));
        EXPECT_FALSE(model->hasTable());
    }
    // Attendance by year still counts.
    page->setMeasure(ResultsPage::Measure::Attendance);
    ASSERT_TRUE(waitUntil([&] { return page->model()->hasTable(); }));
    EXPECT_TRUE(page->view()->isVisibleTo(page));
    EXPECT_EQ(page->view()->model(), page->model());
}

TEST_F(EvaluationWindowTest, MeasureAndPeriodComeBackWhenTheProjectIsReopened)
{
    ResultsPage* page = showEvaluation(ResultsKey::Activity);
    page->yearChooser()->setValue(2017);
    page->periodChooser()->setCurrentIndex(
        page->periodChooser()->findData(int(ResultsPage::PeriodKind::Year)));
    const ResultsPeriod year2017{QDate(2017, 1, 1), QDate(2017, 12, 31)};
    ASSERT_EQ(page->period(), year2017);

    window().closeFile();
    ASSERT_TRUE(window().openFile(demoPath()));
    window().showResults();
    page = window().resultsPage();
    EXPECT_EQ(page->measure(), ResultsPage::Measure::Evaluation);
    EXPECT_EQ(page->periodKind(), ResultsPage::PeriodKind::Year);
    EXPECT_EQ(page->period(), year2017);
    EXPECT_TRUE(page->yearChooser()->isVisibleTo(page));

    // Custom dates that make a whole year stay custom; attendance comes back as attendance.
    page->setMeasure(ResultsPage::Measure::Attendance);
    page->setPeriodChoice(ResultsPage::PeriodKind::Custom, year2017);
    window().closeFile();
    ASSERT_TRUE(window().openFile(demoPath()));
    window().showResults();
    page = window().resultsPage();
    EXPECT_EQ(page->measure(), ResultsPage::Measure::Attendance);
    EXPECT_EQ(page->periodKind(), ResultsPage::PeriodKind::Custom);
    EXPECT_EQ(page->period(), year2017);
    ASSERT_TRUE(waitUntil([&] { return page->model()->hasTable(); }));
    EXPECT_EQ(page->model()->table().period, year2017);
}

TEST_F(EvaluationWindowTest, OverviewTileSaysHowManyImprovedTheirKnowledgeAndListsThem)
{
    window().showOverview(window().currentProjectId());
    ProjectOverviewPage* overview = window().overviewPage();
    auto* tile = overview->findChild<KeyFigureTile*>(QStringLiteral("tileImprovedKnowledge"));
    ASSERT_NE(tile, nullptr);
    Result<EvaluationTable> counted = coreTable(ResultsKey::Activity);
    ASSERT_TRUE(counted.ok());
    const QLocale locale;
    ASSERT_TRUE(
        waitUntil([&] { return tile->value() != QStringLiteral("…") && tile->isVisibleTo(overview); }));
    EXPECT_EQ(tile->value(), locale.toString(counted->totals.improved));
    EXPECT_EQ(tile->caption(), QStringLiteral("improved their knowledge, of %1 tested")
                                   .arg(locale.toString(counted->totals.paired)));
    // Its definition in the notes' words.
    for (const EvaluationFields::Reference& reference : EvaluationFields::reference()) {
        if (reference.key == QLatin1String("improved")) {
            EXPECT_TRUE(tile->toolTip().contains(reference.definition));
        }
    }

    QTest::mouseClick(tile, Qt::LeftButton);
    DrillDownDialog* dialog = onlyDrillDown(window());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->participationCount(), counted->totals.improved);
    EXPECT_GT(dialog->personCount(), 0);
    delete dialog;
}

TEST_F(EvaluationWindowTest, ExportWritesTheShownEvaluationTableAsTheCommandLineDoes)
{
    ResultsPage* page = showEvaluation(ResultsKey::Component);
    ASSERT_TRUE(page->evaluationModel()->hasTable());
    Result<EvaluationTable> counted = coreTable(ResultsKey::Component);
    ASSERT_TRUE(counted.ok());
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QString csv = m_dir.path(QStringLiteral("evaluation.csv"));
    FileDialog::setNextFileName(csv);
    ASSERT_TRUE(window().exportResults());
    EXPECT_EQ(read(csv), EvaluationFormatter::toCsv(*counted));
    const QString json = m_dir.path(QStringLiteral("evaluation.json"));
    FileDialog::setNextFileName(json);
    ASSERT_TRUE(window().exportResults());
    EXPECT_EQ(read(json), EvaluationFormatter::toJson(*counted));
    const QString xlsx = m_dir.path(QStringLiteral("evaluation"));
    FileDialog::setNextFileName(xlsx, ExportFileChooser::filterText(ExportFormat::Xlsx));
    ASSERT_TRUE(window().exportResults());
    EXPECT_TRUE(QFile::exists(xlsx + QStringLiteral(".xlsx")));
}

} // namespace
} // namespace sd::test
