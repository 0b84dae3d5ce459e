// Benchmarks of the core: writing a large programme and computing every results table and every
// evaluation table over it.
//
//   core_bench [--file PATH] [--participants N] [--activities M] [google benchmark flags]
//
// Without --file it generates the large programme (100,000 participants, 2,000 activities,
// about 10,000 sessions, 1,000,000 attendance marks and evaluation answers for every enrolment) into
// a temporary folder first and reports that as the Generate benchmark. Every attendance table is also
// counted for a reporting period: the generated sessions run from 2020 to 2022, so the year 2021 and
// its second quarter are inside.
#include "BenchSupport.h"
#include "counting/EvaluationQuery.h"
#include "counting/ResultsQuery.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

sd::bench::LargeProgrammeArgs g_args;

void Generate(benchmark::State& state)
{
    for (auto _ : state) {
        const QString path =
            g_args.scratch->filePath(QStringLiteral("generate-%1.sdesk").arg(state.iterations()));
        sd::GeneratorOptions options;
        options.participants = g_args.participants;
        options.activities = g_args.activities;
        options.evaluation = true; // answers for every enrolment, for the evaluation tables
        // As `seminardesk-cli generate` writes it: creating the file to naming it, all included.
        auto report = sd::generateProgrammeFile(path, options);
        if (!report) {
            state.SkipWithError(report.error().message.toStdString().c_str());
            return;
        }
        state.counters["rows"] = static_cast<double>(report->rowsWritten);
        state.counters["rows_per_s"] =
            benchmark::Counter(static_cast<double>(report->rowsWritten), benchmark::Counter::kIsRate);
        if (g_args.file.isEmpty())
            g_args.file = path; // the first generated file serves the results benchmarks
    }
}

void Results(benchmark::State& state, sd::ResultsKey key, const sd::ResultsPeriod& period)
{
    auto database = sd::Database::open(g_args.file);
    if (!database) {
        state.SkipWithError(database.error().message.toStdString().c_str());
        return;
    }
    sd::ProgrammeStore store(**database);
    const auto projects = store.projects();
    if (!projects || projects->isEmpty()) {
        state.SkipWithError("the file holds no project");
        return;
    }
    sd::ResultsQuery query(**database);
    qint64 participations = 0;
    for (auto _ : state) {
        auto table = query.results(projects->first().id, key, period);
        if (!table) {
            state.SkipWithError(table.error().message.toStdString().c_str());
            return;
        }
        participations = table->totals.participations;
        benchmark::DoNotOptimize(table->rows.size());
    }
    state.counters["participations"] = static_cast<double>(participations);
}

// The evaluation table by one key in a period, over answers for every enrolment.
void Evaluation(benchmark::State& state, sd::ResultsKey key, const sd::ResultsPeriod& period)
{
    auto database = sd::Database::open(g_args.file);
    if (!database) {
        state.SkipWithError(database.error().message.toStdString().c_str());
        return;
    }
    sd::ProgrammeStore store(**database);
    const auto projects = store.projects();
    if (!projects || projects->isEmpty()) {
        state.SkipWithError("the file holds no project");
        return;
    }
    sd::EvaluationQuery query(**database);
    qint64 paired = 0;
    for (auto _ : state) {
        auto table = query.evaluation(projects->first().id, key, period);
        if (!table) {
            state.SkipWithError(table.error().message.toStdString().c_str());
            return;
        }
        paired = table->totals.paired;
        benchmark::DoNotOptimize(table->rows.size());
    }
    state.counters["paired"] = static_cast<double>(paired);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    g_args = sd::bench::largeProgrammeArgs(argc, argv);
    if (g_args.file.isEmpty())
        benchmark::RegisterBenchmark("Generate", Generate)->Unit(benchmark::kSecond)->Iterations(1);
    const std::pair<const char*, sd::ResultsPeriod> periods[] = {
        {"", {}},
        {"/2021", {QDate(2021, 1, 1), QDate(2021, 12, 31)}},
        {"/2021-Q2", {QDate(2021, 4, 1), QDate(2021, 6, 30)}},
    };
    for (const auto& [suffix, period] : periods) {
        for (sd::ResultsKey key : sd::allResultsKeys()) {
            const std::string name = "Results/" + sd::resultsKeyCode(key).toStdString() + suffix;
            benchmark::RegisterBenchmark(
                name.c_str(), [key, period](benchmark::State& state) { Results(state, key, period); })
                ->Unit(benchmark::kMillisecond)
                ->MinTime(2.0);
        }
    }
    for (const auto& [suffix, period] : periods) {
        for (sd::ResultsKey key : sd::allResultsKeys()) {
            const std::string name = "Evaluation/" + sd::resultsKeyCode(key).toStdString() + suffix;
            benchmark::RegisterBenchmark(
                name.c_str(), [key, period](benchmark::State& state) { Evaluation(state, key, period); })
                ->Unit(benchmark::kMillisecond)
                ->MinTime(2.0);
        }
    }
    sd::bench::runBenchmarks(g_args.benchmarkArgs);
    return 0;
}
