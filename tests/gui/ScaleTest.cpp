// The window on a programme too large to read whole: registers that report every row and read pages
// on demand (Ctrl+End reaches the true end, the scroll bar spans the count, memory stays bounded),
// the overview's charts at many activities (the 15 largest, the others summed up, readable numbers)
// and the results page keeping its numbers in view.
#include "DrillDownDialog.h"
#include "MainWindowFixture.h"
#include "NavigatorModel.h"
#include "ProgrammeDocument.h"
#include "ProjectOverviewPage.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsPage.h"
#include "ResultsTableModel.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/RegisterQuery.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace sd::test {
namespace {

// The large programme of these tests: more participants than the reader's-order limit, more
// activities than the chart draws, and institution types with thousands of participations.
constexpr qint64 kParticipants = 30000;
constexpr qint64 kActivities = 40;

class LargeProgrammeTest : public MainWindowFixture
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        GeneratorOptions options;
        options.participants = kParticipants;
        options.activities = kActivities;
        options.sessionsPerActivity = 2;
        options.enrolmentsPerActivity = 300;
        s_path = s_dir->path(QStringLiteral("large.sdesk"));
        Result<GeneratorReport> generated = generateProgrammeFile(s_path, options);
        ASSERT_TRUE(generated.ok()) << generated.error().message.toStdString();
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_TRUE(window().openFile(s_path));
        waitForResults();
    }

    // The register's own query on a connection of the test's: the order the model must show.
    std::unique_ptr<Database> reader()
    {
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> database = Database::open(s_path, options);
        EXPECT_TRUE(database.ok());
        return database ? std::move(database.value()) : nullptr;
    }

    static TempDir* s_dir;
    static QString s_path;
};

TempDir* LargeProgrammeTest::s_dir = nullptr;
QString LargeProgrammeTest::s_path;

// Every text drawn in a chart: titles, axis labels, bar labels, legend entries.
QStringList chartTexts(QChart* chart)
{
    QStringList texts;
    const QList<QGraphicsItem*> items = chart->scene()->items();
    for (QGraphicsItem* item : items) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
            texts << text->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << simple->text();
    }
    return texts;
}

// Reads every row the view shows, as a paint would.
void paint(QTableView* view)
{
    view->viewport()->repaint();
    QCoreApplication::processEvents();
}

TEST_F(LargeProgrammeTest, CtrlEndReachesTheTrueEndOfALargeRegister)
{
    window().showRegister(RegisterKind::Participants);
    RegisterPage* page = window().registerPage(RegisterKind::Participants);
    RegisterModel* model = page->model();
    QTableView* view = page->view();
    testModel(model);
    ASSERT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM participant")), kParticipants);

    // Every row is reported, and the scroll bar spans them all.
    EXPECT_EQ(model->rowCount(), kParticipants);
    QScrollBar* bar = view->verticalScrollBar();
    EXPECT_GE(bar->maximum(), kParticipants - 100);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    paint(view);
    EXPECT_EQ(view->currentIndex().row(), kParticipants - 1);
    EXPECT_EQ(bar->value(), bar->maximum());
    // The last row is the register's last in SQL's order (code points above the reader's-order limit).
    const qint64 lastId = scalar(QStringLiteral(
        "SELECT id FROM participant ORDER BY family_names DESC, given_names DESC, id DESC LIMIT 1"));
    EXPECT_EQ(view->currentIndex().data(RegisterModel::IdRole).toLongLong(), lastId);
    EXPECT_FALSE(view->currentIndex().data().toString().isEmpty());

    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    paint(view);
    EXPECT_EQ(view->currentIndex().row(), 0);
    EXPECT_EQ(bar->value(), 0);

    // Scrolling through the whole register reads pages as they show and keeps only a few.
    const int step = std::max(1, bar->maximum() / 50);
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        paint(view);
        ASSERT_LE(model->cachedRows(), qint64(RegisterModel::kCachedPages) * RegisterModel::kPageSize);
    }
    EXPECT_GT(model->cachedRows(), RegisterModel::kPageSize * 4);
}

TEST_F(LargeProgrammeTest, SortingAndFilteringStayInSqlAndReachTheEnd)
{
    window().showRegister(RegisterKind::Participants);
    RegisterPage* page = window().registerPage(RegisterKind::Participants);
    RegisterModel* model = page->model();
    QTableView* view = page->view();
    testModel(model);

    // By the number of activities, most first: the first and last rows hold SQL's extremes.
    const int activities = 5;
    ASSERT_EQ(model->columnValue(activities), RegisterValue::Count);
    view->sortByColumn(activities, Qt::DescendingOrder);
    EXPECT_EQ(model->rowCount(), kParticipants);
    const QString most = QStringLiteral(
        "SELECT COUNT(*) FROM enrolment GROUP BY participant_id ORDER BY COUNT(*) DESC LIMIT 1");
    EXPECT_EQ(model->index(0, activities).data().toString(), QLocale().toString(scalar(most)));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    paint(view);
    EXPECT_EQ(view->currentIndex().row(), kParticipants - 1);
    const qint64 neverEnrolled =
        scalar(QStringLiteral("SELECT COUNT(*) FROM participant p WHERE NOT EXISTS (SELECT 1 FROM enrolment "
                              "e WHERE e.participant_id = p.id)"));
    ASSERT_GT(neverEnrolled, 0);
    EXPECT_EQ(view->currentIndex().siblingAtColumn(activities).data().toString(), QStringLiteral("0"));
    const qint64 lowestIdOfNone =
        scalar(QStringLiteral("SELECT MIN(id) FROM participant p WHERE NOT EXISTS (SELECT 1 FROM enrolment e "
                              "WHERE e.participant_id = p.id)"));
    EXPECT_EQ(view->currentIndex().data(RegisterModel::IdRole).toLongLong(), lowestIdOfNone)
        << "ties are broken by id, descending with the sort";

    // A filter counts in the background; once counted, Ctrl+End reaches the last match.
    page->setFilterText(QStringLiteral("mar"));
    page->applyFilterNow();
    model->waitForCount();
    ASSERT_TRUE(waitUntil([&] { return model->totalKnown(); }));
    std::unique_ptr<Database> database = reader();
    ASSERT_NE(database, nullptr);
    RegisterQuery query(*database, RegisterKind::Participants);
    query.setReaderOrder(false);
    query.setFilter(QStringLiteral("mar"));
    query.setSort(activities, Qt::DescendingOrder);
    const qint64 matching = *query.count();
    ASSERT_GT(matching, RegisterModel::kPageSize * 2);
    EXPECT_EQ(model->rowCount(), matching);
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    paint(view);
    EXPECT_EQ(view->currentIndex().row(), matching - 1);
    Result<QList<RegisterRow>> last = query.rows(matching - 1, 1);
    ASSERT_TRUE(last.ok());
    ASSERT_EQ(last->size(), 1);
    EXPECT_EQ(view->currentIndex().data(RegisterModel::IdRole).toLongLong(), last->first().id);
    EXPECT_LE(model->cachedRows(), qint64(RegisterModel::kCachedPages) * RegisterModel::kPageSize);
}

TEST_F(LargeProgrammeTest, ThePersonsBehindANumberArePagedToo)
{
    ProjectOverviewPage* overview = window().overviewPage();
    ASSERT_TRUE(waitUntil([&] {
        return !overview->findChild<QChartView*>(QStringLiteral("chartGender"))->chart()->series().isEmpty();
    }));
    auto* pie = qobject_cast<QPieSeries*>(
        overview->findChild<QChartView*>(QStringLiteral("chartGender"))->chart()->series().first());
    ASSERT_NE(pie, nullptr);
    Q_EMIT pie->slices().first()->clicked();
    const QList<DrillDownDialog*> dialogs = window().findChildren<DrillDownDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    DrillDownDialog* dialog = dialogs.first();
    RegisterModel* model = dialog->model();
    testModel(model);
    ASSERT_GT(dialog->personCount(), RegisterModel::kPageSize * 10);
    EXPECT_EQ(model->rowCount(), dialog->personCount());
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("drillDownTable"));
    ASSERT_NE(view, nullptr);
    view->setFocus();
    // As after a click into the list: a cursor to move from.
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    paint(view);
    EXPECT_EQ(view->currentIndex().row(), dialog->personCount() - 1);
    EXPECT_NE(view->currentIndex().data(RegisterModel::IdRole).toLongLong(), 0);
    EXPECT_LE(model->cachedRows(), qint64(RegisterModel::kCachedPages) * RegisterModel::kPageSize);
    dialog->close();
}

TEST_F(LargeProgrammeTest, TheActivityChartShowsTheLargestAndLeadsToEveryActivity)
{
    ProjectOverviewPage* overview = window().overviewPage();
    QChart* chart = overview->participationsChart();
    ASSERT_TRUE(waitUntil([&] { return !chart->series().isEmpty(); }));
    auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    ASSERT_NE(bars, nullptr) << "many activities are drawn as horizontal bars, one a line";
    QBarSet* set = bars->barSets().first();
    ASSERT_EQ(set->count(), ProjectOverviewPage::kMaxActivityBars);
    // The largest on top: horizontal bars are drawn from the bottom up.
    for (int i = 1; i < set->count(); ++i)
        EXPECT_LE(set->at(i - 1), set->at(i));
    EXPECT_EQ(chart->title(), QStringLiteral("Participations per activity"));

    auto* note = overview->findChild<QLabel*>(QStringLiteral("activityChartNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(
        note->text().contains(QStringLiteral("The 15 largest of 40 activities. The other 25 together:")))
        << note->text().toStdString();

    // The top bar still lists the persons behind it: those of the largest activity.
    auto* categories = qobject_cast<QBarCategoryAxis*>(bars->attachedAxes().first());
    if (!categories)
        categories = qobject_cast<QBarCategoryAxis*>(bars->attachedAxes().last());
    ASSERT_NE(categories, nullptr);
    const QString largest = categories->categories().last();
    // Every code is drawn whole beside its bar.
    QCoreApplication::processEvents();
    const QStringList texts = chartTexts(chart);
    for (const QString& code : categories->categories())
        EXPECT_TRUE(texts.contains(code)) << code.toStdString() << " in " << texts.join(u'|').toStdString();
    Q_EMIT set->clicked(set->count() - 1);
    const QList<DrillDownDialog*> dialogs = window().findChildren<DrillDownDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs.first()->windowTitle().size() > 0);
    EXPECT_EQ(
        dialogs.first()->personCount(),
        scalar(QStringLiteral("SELECT COUNT(DISTINCT e.participant_id) FROM enrolment e JOIN activity a ON "
                              "a.id = e.activity_id WHERE a.code = ? AND e.sessions_attended > 0"),
               {largest}));
    dialogs.first()->close();

    // The note's link opens every activity in the results.
    Q_EMIT note->linkActivated(QStringLiteral("results:activity"));
    EXPECT_EQ(window().pages()->currentWidget(), window().resultsPage());
    EXPECT_EQ(window().resultsPage()->key(), ResultsKey::Activity);
    waitForResults();
    EXPECT_EQ(window().resultsPage()->model()->table().rows.size(), kActivities);
}

TEST_F(LargeProgrammeTest, ChartNumbersHaveThousandsSeparatorsOfTheWindowsLocale)
{
    ProjectOverviewPage* overview = window().overviewPage();
    auto* types = overview->findChild<QChartView*>(QStringLiteral("chartInstitutionType"));
    ASSERT_NE(types, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !types->chart()->series().isEmpty(); }));
    const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
    const QRegularExpression ungrouped(QStringLiteral("\\d{4,}"));
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::Spanish, QLocale::Mexico)}) {
        QLocale::setDefault(locale);
        overview->refresh();
        waitForResults();
        QCoreApplication::processEvents();
        const QStringList texts = chartTexts(types->chart()) + chartTexts(overview->participationsChart());
        bool anyGrouped = false;
        for (const QString& text : texts) {
            anyGrouped = anyGrouped || grouped.match(text).hasMatch();
            EXPECT_FALSE(ungrouped.match(text).hasMatch()) << text.toStdString();
        }
        EXPECT_TRUE(anyGrouped) << texts.join(QLatin1Char('|')).toStdString();
        // The value axes are labelled too, starting at 0, in both charts.
        EXPECT_GE(texts.count(QStringLiteral("0")), 2) << texts.join(QLatin1Char('|')).toStdString();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// The demo programme (and a new, empty file): the overview's gender chart, the results page's
// columns, the empty file's first page.
using OverviewAndResultsTest = MainWindowFixture;

TEST_F(OverviewAndResultsTest, ANewFileSaysWhatToDoInFullLines)
{
    const QString path = m_dir.path(QStringLiteral("new.sdesk"));
    ASSERT_TRUE(ProgrammeDocument::create(path).ok());
    ASSERT_TRUE(window().openFile(path));
    QCoreApplication::processEvents();
    auto* text = window().findChild<QLabel*>(QStringLiteral("welcomeText"));
    ASSERT_NE(text, nullptr);
    ASSERT_TRUE(text->isVisible());
    EXPECT_TRUE(text->text().startsWith(QStringLiteral("Start with the project")))
        << text->text().toStdString();
    // Wide enough for a sentence a line, and tall enough for every line it wraps into.
    EXPECT_GE(text->width(), 400);
    EXPECT_GE(text->height(), text->heightForWidth(text->width()));
    EXPECT_GE(text->height(), 2 * text->fontMetrics().lineSpacing());
}

TEST_F(OverviewAndResultsTest, GenderLegendKeepsItsSizeThroughRefreshes)
{
    auto* gender = window().overviewPage()->findChild<QChartView*>(QStringLiteral("chartGender"));
    ASSERT_NE(gender, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !gender->chart()->series().isEmpty(); }));
    const qreal size = gender->chart()->legend()->font().pointSizeF();
    for (int press = 0; press < 6; ++press) {
        QTest::keyClick(&window(), Qt::Key_F5);
        waitForResults();
    }
    ASSERT_FALSE(gender->chart()->series().isEmpty());
    EXPECT_DOUBLE_EQ(gender->chart()->legend()->font().pointSizeF(), size);
}

TEST_F(OverviewAndResultsTest, FewActivitiesKeepOneBarEachInCodeOrderWithoutANote)
{
    ProjectOverviewPage* overview = window().overviewPage();
    ASSERT_TRUE(waitUntil([&] { return !overview->participationsChart()->series().isEmpty(); }));
    auto* bars = qobject_cast<QHorizontalBarSeries*>(overview->participationsChart()->series().first());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().first()->count(), 8);
    // Codes from the top in code order: the category axis lists them from the bottom up.
    auto* codes =
        qobject_cast<QBarCategoryAxis*>(overview->participationsChart()->axes(Qt::Vertical).first());
    ASSERT_NE(codes, nullptr);
    EXPECT_EQ(codes->categories(),
              (QStringList{QStringLiteral("7"), QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("4"),
                           QStringLiteral("3"), QStringLiteral("2.2"), QStringLiteral("2.1"),
                           QStringLiteral("1")}));
    // Every code is drawn whole, also in a chart a third of a laptop's screen wide.
    window().resize(1280, 760);
    QCoreApplication::processEvents();
    const QStringList texts = chartTexts(overview->participationsChart());
    for (const QString& code : codes->categories())
        EXPECT_TRUE(texts.contains(code)) << code.toStdString() << " in " << texts.join(u'|').toStdString();
    EXPECT_FALSE(overview->findChild<QLabel*>(QStringLiteral("activityChartNote"))->isVisible());

    // In a narrow window a title too long for its chart goes on two lines instead of being cut.
    window().resize(800, 700);
    QCoreApplication::processEvents();
    for (const QString& title :
         {QStringLiteral("Participations per activity"), QStringLiteral("Participants by gender"),
          QStringLiteral("Participations by institution type")}) {
        bool whole = false;
        for (QChartView* view : overview->findChildren<QChartView*>()) {
            for (QString text : chartTexts(view->chart()))
                whole = whole || text.replace(QLatin1Char('\n'), QLatin1Char(' ')) == title;
        }
        EXPECT_TRUE(whole) << title.toStdString();
    }
}

TEST_F(OverviewAndResultsTest, LongLabelsAreCutSoThatTheNumbersStayInView)
{
    window().resize(1500, 900);
    window().showResults(ResultsKey::Institution);
    ResultsPage* page = window().resultsPage();
    waitForResults();
    ASSERT_TRUE(waitUntil(
        [&] { return page->model()->hasTable() && page->model()->table().by == ResultsKey::Institution; }));
    QCoreApplication::processEvents();
    QTableView* view = page->view();
    const int last = page->model()->columnCount() - 1;
    int numbers = 0;
    for (int column = 1; column <= last; ++column)
        numbers += view->columnWidth(column);
    // Number headings take two lines, so their columns are as narrow as their numbers.
    EXPECT_EQ(page->model()->headerData(2, Qt::Horizontal).toString(),
              QStringLiteral("Unique\nparticipants"));
    // A window with room for the numbers and 200 px of labels, fewer than the longest needs.
    window().resize(window().width() + numbers + 200 - view->viewport()->width(), 900);
    QCoreApplication::processEvents();
    ASSERT_LE(numbers + ResultsPage::kNarrowestLabel, view->viewport()->width())
        << "the window is wide enough for every number";
    // Every number column ends inside the view, without scrolling sideways.
    EXPECT_LE(view->columnViewportPosition(last) + view->columnWidth(last), view->viewport()->width());
    EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0);
    // The longest label does not fit whole: it is cut, and its tooltip holds it whole.
    int longest = 0;
    int longestRow = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const int width =
            view->fontMetrics().horizontalAdvance(page->model()->index(row, 0).data().toString());
        if (width > longest) {
            longest = width;
            longestRow = row;
        }
    }
    EXPECT_LT(view->columnWidth(0), longest) << "this test needs a label wider than the room left";
    const QModelIndex label = page->model()->index(longestRow, 0);
    EXPECT_EQ(label.data(Qt::ToolTipRole).toString(), label.data().toString());

    // A wider window gives the labels their room back.
    window().resize(1900, 900);
    QCoreApplication::processEvents();
    EXPECT_GE(view->columnWidth(0), longest);
}

} // namespace
} // namespace sd::test
