#pragma once

// The large programme's command-line options and the running of Google Benchmark, which the core
// benchmarks share.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

namespace sd::bench {

// --file PATH, or the size of the large programme to generate (--participants N, --activities M;
// 100,000 and 2,000 unless said); every other argument is Google Benchmark's, the program's name
// first.
struct LargeProgrammeArgs
{
    QString file;
    qint64 participants = 100000;
    qint64 activities = 2000;
    std::vector<char*> benchmarkArgs;
    // The folder the benchmarks write their files into, removed when the program ends.
    std::shared_ptr<QTemporaryDir> scratch;
};

inline LargeProgrammeArgs largeProgrammeArgs(int argc, char** argv)
{
    LargeProgrammeArgs args;
    args.scratch = std::make_shared<QTemporaryDir>();
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--file" && i + 1 < argc)
            args.file = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--participants" && i + 1 < argc)
            args.participants = QByteArray(argv[++i]).toLongLong();
        else if (arg == "--activities" && i + 1 < argc)
            args.activities = QByteArray(argv[++i]).toLongLong();
        else
            args.benchmarkArgs.push_back(argv[i]);
    }
    return args;
}
// Runs the benchmarks registered, with Google Benchmark's arguments.
inline void runBenchmarks(std::vector<char*> benchmarkArgs)
{
    int count = static_cast<int>(benchmarkArgs.size());
    benchmark::Initialize(&count, benchmarkArgs.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}

} // namespace sd::bench
