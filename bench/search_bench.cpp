// The window's one search (GlobalSearch) on the large programme: each keystroke must answer in at
// most 100 ms with 100,000 participants.
//
//   search_bench [--file PATH] [--participants N] [--activities M] [google benchmark flags]
//
// Without --file it generates the large programme (`seminardesk-cli generate FILE --participants
// 100000 --activities 2000`) into a temporary folder first. Each benchmark is one keystroke's
// search over every kind (activities, participants, experts, institutions), eight hits a kind:
// the prefixes a user types on the way to a name, words that match a few records or thousands,
// a word that matches nothing (every row is read), and an email.
#include "BenchSupport.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/GlobalSearch.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

namespace {

sd::bench::LargeProgrammeArgs g_args;
std::unique_ptr<sd::Database> g_database;

void Search(benchmark::State& state, const QString& text)
{
    sd::GlobalSearch search(*g_database);
    qint64 hits = 0;
    bool more = false;
    for (auto _ : state) {
        auto groups = search.find(text);
        if (!groups) {
            state.SkipWithError(groups.error().message.toStdString().c_str());
            return;
        }
        hits = 0;
        more = false;
        for (const sd::SearchGroup& group : *groups) {
            hits += group.hits.size();
            more = more || group.more;
        }
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = static_cast<double>(hits);
    state.counters["more"] = more ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    g_args = sd::bench::largeProgrammeArgs(argc, argv);
    if (g_args.file.isEmpty()) {
        g_args.file = g_args.scratch->filePath(QStringLiteral("large.sdesk"));
        sd::GeneratorOptions options;
        options.participants = g_args.participants;
        options.activities = g_args.activities;
        auto report = sd::generateProgrammeFile(g_args.file, options);
        if (!report) {
            fprintf(stderr, "%s\n", report.error().message.toLocal8Bit().constData());
            return 1;
        }
    }
    auto database = sd::Database::open(g_args.file);
    if (!database) {
        fprintf(stderr, "%s\n", database.error().message.toLocal8Bit().constData());
        return 1;
    }
    g_database = std::move(database).value();

    // Typing "Iñaki" without accents, key by key; then other searches a user makes.
    const QStringList texts{
        QStringLiteral("i"),
        QStringLiteral("in"),
        QStringLiteral("ina"),
        QStringLiteral("inak"),
        QStringLiteral("inaki"),
        QStringLiteral("inaki pena"),
        QStringLiteral("inaki pena ruiz"),
        QStringLiteral("hernandez"),
        QStringLiteral("migracion"),
        QStringLiteral("COMAR"),
        QStringLiteral("2.1"),
        QStringLiteral("person99999@"),
        QStringLiteral("zzzz"),
        QStringLiteral("núñez díaz zúñiga"),
    };
    for (const QString& text : texts) {
        const std::string name = "Keystroke/" + text.toStdString();
        benchmark::RegisterBenchmark(name.c_str(), [text](benchmark::State& state) { Search(state, text); })
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0);
    }
    sd::bench::runBenchmarks(g_args.benchmarkArgs);
    g_database.reset();
    return 0;
}
