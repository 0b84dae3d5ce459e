#pragma once

// The large programme's command-line options, which the core benchmarks share.

#include <QByteArray>
#include <QString>
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
};

inline LargeProgrammeArgs largeProgrammeArgs(int argc, char** argv)
{
    LargeProgrammeArgs args;
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
} // namespace sd::bench
