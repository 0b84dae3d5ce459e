// The one search and the person's page in the real window, on the large programme: what a keystroke in
// the Find field costs on screen (the search, the drop-down's model and its painting), and what opening a
// participant's and an institution's page costs (read and painted).
//
//   search_window_bench --file PATH [google benchmark flags]
//
// PATH is a programme file such as `seminardesk-cli generate PATH --participants 100000 --activities
// 2000` writes. Runs headless (QT_QPA_PLATFORM=offscreen unless set); settings go to Qt's test
// locations, never to the user's.
#include "MainWindow.h"
#include "PersonPage.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "WindowBench.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeView>
#include <benchmark/benchmark.h>
#include <cstring>
#include <memory>

namespace {

QString g_path;
std::unique_ptr<sd::MainWindow> g_window;

void Keystroke(benchmark::State& state, const QString& text)
{
    sd::SearchPanel* panel = g_window->searchPanel();
    for (auto _ : state) {
        g_window->findField()->setText(text);
        panel->searchNow();
        panel->repaint();
        panel->view()->viewport()->repaint();
    }
    state.counters["hits"] = panel->model()->hitCount();
    panel->dismiss();
}

qint64 firstId(const QString& sql)
{
    sd::Result<std::unique_ptr<sd::Database>> reader =
        sd::Database::openReader(g_window->document()->queries().source());
    if (!reader)
        return 0;
    QSqlQuery query((*reader)->connection());
    if (!query.exec(sql) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void OpenPage(benchmark::State& state, sd::SearchKind kind, const QString& sql)
{
    const sd::Id id = firstId(sql);
    if (id == 0) {
        state.SkipWithError("no such record in the file");
        return;
    }
    for (auto _ : state) {
        g_window->openRecord(kind, id);
        g_window->personPage()->repaint();
    }
}

} // namespace

int main(int argc, char** argv)
{
    sd::bench::prepareWindowBench();
    QApplication app(argc, argv);
    sd::bench::setUpWindowBench(QStringLiteral("search_window_bench"));
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--file") == 0 && i + 1 < argc)
            g_path = QString::fromLocal8Bit(argv[++i]);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    if (g_path.isEmpty()) {
        std::fprintf(stderr, "search_window_bench: --file PATH is required\n");
        return 2;
    }
    g_window = std::make_unique<sd::MainWindow>();
    g_window->resize(1600, 1000);
    g_window->show();
    if (!g_window->openFile(g_path)) {
        std::fprintf(stderr, "search_window_bench: %s cannot be opened\n", g_path.toUtf8().constData());
        return 1;
    }
    QApplication::processEvents();

    for (const QString& text :
         {QStringLiteral("i"), QStringLiteral("inaki"), QStringLiteral("inaki pena ruiz"),
          QStringLiteral("zzzz"), QStringLiteral("person99999@")}) {
        const std::string name = "Keystroke/" + text.toStdString();
        benchmark::RegisterBenchmark(name.c_str(),
                                     [text](benchmark::State& state) { Keystroke(state, text); })
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0);
    }
    benchmark::RegisterBenchmark("PersonPage/participant", [](benchmark::State& state) {
        // The participant enrolled in the most activities.
        OpenPage(
            state, sd::SearchKind::Participant,
            QStringLiteral("SELECT participant_id FROM enrolment GROUP BY participant_id ORDER BY COUNT(*) "
                           "DESC, participant_id LIMIT 1"));
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("PersonPage/institution", [](benchmark::State& state) {
        // The institution with the most participants.
        OpenPage(
            state, sd::SearchKind::Institution,
            QStringLiteral("SELECT institution_id FROM participant WHERE institution_id IS NOT NULL GROUP BY "
                           "institution_id ORDER BY COUNT(*) DESC LIMIT 1"));
    })->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_window.reset();
    return 0;
}
