// Benchmarks of the main window's parts: on the large programme
// (100,000 participants, 2,000 activities, about 1,000,000 attendance marks)
//   - the window is interactive within 1 s of launch (constructed, file opened, first frame shown),
//   - opening the participants register takes at most 100 ms (page built, counted, first page
//     read and painted),
//   - filtering it by a name fragment takes at most 100 ms (the first page of matching rows read and
//     painted; the count of matching rows follows in the background, reported as counted_ms).
// and Ctrl+End in that register: from the first row to the true last one, in the
// register's own order, in the order of its Activities column, and filtered.
//
//   gui_bench [--file PATH | --large] [google benchmark flags]
//
// --file opens an existing programme file (e.g. written by `seminardesk-cli generate FILE
// --participants 100000 --activities 2000`); --large generates that programme into a temporary
// folder first; with neither, the demo programme is used. Runs headless (QT_QPA_PLATFORM=offscreen
// unless set). Settings go to Qt's test locations, never to the user's.
#include "MainWindow.h"
#include "ProgrammeDocument.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsLoader.h"
#include "SnapshotTaker.h"
#include "WindowBench.h"
#include "demo/DemoProgramme.h"
#include "demo/Generator.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstring>
#include <ctime>
#include <memory>

namespace {

QString g_path;
std::unique_ptr<QTemporaryDir> g_dir;

void fail(const char* doing, const QString& message)
{
    std::fprintf(stderr, "gui_bench: %s failed: %s\n", doing, message.toUtf8().constData());
    std::exit(1);
}

void prepareFile(bool large)
{
    g_dir = std::make_unique<QTemporaryDir>();
    g_path = g_dir->filePath(large ? QStringLiteral("large.sdesk") : QStringLiteral("demo.sdesk"));
    sd::Result<std::unique_ptr<sd::Database>> created = sd::Database::create(g_path);
    if (!created)
        fail("create", created.error().message);
    if (large) {
        sd::GeneratorOptions options;
        options.participants = 100000;
        options.activities = 2000;
        sd::Result<sd::GeneratorReport> report = sd::generateProgramme(*created.value(), options);
        if (!report)
            fail("generate", report.error().message);
        std::fprintf(stderr, "generated %lld rows in %.1f s\n", static_cast<long long>(report->rowsWritten),
                     report->seconds);
    } else {
        sd::ProgrammeStore store(*created.value());
        if (sd::Status written = sd::writeDemoProgramme(store); !written)
            fail("demo", written.error().message);
    }
}

// A fresh window with the file open, as after launch, for the benchmarks that start from there.
std::unique_ptr<sd::MainWindow> openWindow()
{
    auto window = std::make_unique<sd::MainWindow>();
    window->resize(1600, 1000);
    window->show();
    if (!window->openFile(g_path))
        fail("open", g_path);
    QApplication::processEvents();
    return window;
}

void closeWindow(std::unique_ptr<sd::MainWindow>& window)
{
    if (window->resultsLoader())
        window->resultsLoader()->waitForDone();
    window.reset();
    QApplication::processEvents();
}

// From launch to an interactive window: the window is built, shown, opens the file (the navigator,
// the project overview's facts, the status bar; the key figures are counted in the background) and
// the first frame is handled. The counting in the background is reported apart as figures_ms.
void LaunchToInteractiveWindow(benchmark::State& state)
{
    double figures = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto window = openWindow();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        window->resultsLoader()->waitForDone();
        QApplication::processEvents();
        figures = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        closeWindow(window);
    }
    state.counters["figures_ms"] = figures;
}

// Opening the participants register in the window: its page and model are built, the register
// counted, the first page read and painted.
void OpenParticipantsRegister(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto window = openWindow();
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        window->showRegister(sd::RegisterKind::Participants);
        QApplication::processEvents();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        state.counters["rows"] =
            static_cast<double>(window->registerPage(sd::RegisterKind::Participants)->model()->totalRows());
        state.PauseTiming();
        closeWindow(window);
        state.ResumeTiming();
    }
}

// Filtering the participants register by a name fragment (as typed, after the debounce): counted
// and the first page read in SQL, the view reset and painted.
void FilterParticipantsByName(benchmark::State& state)
{
    auto window = openWindow();
    window->showRegister(sd::RegisterKind::Participants);
    sd::RegisterPage* page = window->registerPage(sd::RegisterKind::Participants);
    QApplication::processEvents();
    const QStringList fragments{QStringLiteral("ram"), QStringLiteral("gonz"), QStringLiteral("mar"),
                                QStringLiteral("hern")};
    int round = 0;
    double counted = 0;
    for (auto _ : state) {
        page->setFilterText(fragments.at(round++ % fragments.size()));
        QElapsedTimer timer;
        timer.start();
        page->applyFilterNow();
        QApplication::processEvents();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        // In a large register the count of matching rows follows in the background.
        page->model()->waitForCount();
        QApplication::processEvents();
        counted += static_cast<double>(timer.nsecsElapsed()) / 1e6;
        state.counters["matching"] = static_cast<double>(page->model()->totalRows());
    }
    state.counters["counted_ms"] = counted / static_cast<double>(std::max<qint64>(1, state.iterations()));
    closeWindow(window);
}

// CPU time of this thread, in milliseconds: what the step costs, apart from waiting for the 2 cores.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(widget, &release);
}

// Ctrl+End in the participants register: the cursor moves to the last of all the matching rows, the
// scroll bar to its end, and the rows shown there are read from SQL and painted. Each round starts
// from a fresh reading of the register at its first row (not timed), so the last page is never
// in the model's cache. range(0): 0 the register's order (names, through their index), 1 sorted by
// the Activities column (a count per person, which SQLite must sort), 2 filtered by "mar".
void CtrlEndInParticipantsRegister(benchmark::State& state)
{
    auto window = openWindow();
    window->showRegister(sd::RegisterKind::Participants);
    sd::RegisterPage* page = window->registerPage(sd::RegisterKind::Participants);
    sd::RegisterModel* model = page->model();
    QTableView* view = page->view();
    QApplication::processEvents();
    if (state.range(0) == 1)
        view->sortByColumn(5, Qt::DescendingOrder);
    if (state.range(0) == 2) {
        page->setFilterText(QStringLiteral("mar"));
        page->applyFilterNow();
        model->waitForCount();
        QApplication::processEvents();
    }
    view->setFocus();
    double cpu = 0;
    for (auto _ : state) {
        model->refresh();
        model->waitForCount();
        QApplication::processEvents();
        pressKey(view, Qt::Key_Home, Qt::ControlModifier);
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        pressKey(view, Qt::Key_End, Qt::ControlModifier);
        view->viewport()->repaint();
        QApplication::processEvents();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        cpu += threadCpuMs() - cpuBefore;
        if (view->currentIndex().row() != model->rowCount() - 1 ||
            view->verticalScrollBar()->value() != view->verticalScrollBar()->maximum())
            fail("Ctrl+End", QStringLiteral("the view did not reach the last row"));
    }
    state.counters["rows"] = static_cast<double>(model->rowCount());
    state.counters["cached_rows"] = static_cast<double>(model->cachedRows());
    state.counters["cpu_ms"] = cpu / static_cast<double>(std::max<qint64>(1, state.iterations()));
    closeWindow(window);
}

// The daily snapshot taken when the file is opened: SQLite's online backup copies
// a few hundred pages per turn of the event loop. Timed from the opening to the named snapshot; the
// longest single step (the longest the window cannot answer because of it) is longest_step_ms.
void DailySnapshotOnOpen(benchmark::State& state)
{
    double longest = 0;
    double pages = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const sd::BackupStore store(sd::SnapshotTaker::defaultRoot());
        QDir(store.folderFor(g_path)).removeRecursively(); // one is taken once a day only
        auto window = openWindow();
        sd::SnapshotTaker* taker = window->snapshotTaker();
        if (!taker)
            fail("snapshot", QStringLiteral("no file open"));
        state.ResumeTiming();
        while (taker->running())
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        const sd::SnapshotTaker::Timing& timing = taker->lastTiming();
        state.SetIterationTime(static_cast<double>(timing.totalMs) / 1e3);
        longest = std::max(longest, static_cast<double>(timing.longestStepMs));
        pages = timing.pages;
        state.PauseTiming();
        if (store.snapshots(g_path).size() != 1)
            fail("snapshot", QStringLiteral("the snapshot was not written"));
        closeWindow(window);
        state.ResumeTiming();
    }
    state.counters["longest_step_ms"] = longest;
    state.counters["pages"] = pages;
}

BENCHMARK(LaunchToInteractiveWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(OpenParticipantsRegister)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(FilterParticipantsByName)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(CtrlEndInParticipantsRegister)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK(DailySnapshotOnOpen)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    sd::bench::prepareWindowBench();
    QApplication app(argc, argv);
    sd::bench::setUpWindowBench(QStringLiteral("gui_bench"));
    bool large = false;
    QString file;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--large") == 0) {
            large = true;
        } else if (std::strcmp(argv[i], "--file") == 0 && i + 1 < argc) {
            file = QString::fromLocal8Bit(argv[++i]);
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    if (file.isEmpty())
        prepareFile(large);
    else
        g_path = file;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
