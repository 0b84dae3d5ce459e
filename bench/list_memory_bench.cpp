// The hostile-input budget: seminardesk-cli import --dry-run of any list file
// costs at most 200 MB of peak memory and 10 s. For each hostile file of
// tests/data/hostile/make_hostile_files.py (written into a temporary folder, or taken from
// --folder) it runs the real command line as a child process and prints the peak resident memory
// the kernel counted (wait4) and the wall time, against the budget. A plain program; exit 1 when a
// file is over budget. docs/performance.md has the figures.
//
// Usage: list_memory_bench [--cli PATH] [--folder FOLDER] [NAME...]

#include "MeasuredRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

constexpr double kBudgetMegabytes = 200.0;
constexpr double kBudgetSeconds = 10.0;

const char* const kFiles[] = {
    "zip-bomb.xlsx",
    "lying-bomb.xlsx",
    "ratio-bomb.xlsx",
    "shared-strings-count.xlsx",
    "shared-strings-text.xlsx",
    "one-huge-text.xlsx",
    "repeated-shared-string.xlsx",
    "padded-sheet.xlsx",
    "deep-nesting.xlsx",
    "million-rows.xlsx",
    "largest-list.xlsx",
    "ten-megabyte-name.csv",
    "long-name.csv",
    "name-over-limit.csv",
    "huge-line.csv",
    "huge-quoted-cell.csv",
    "million-rows.csv",
    "wide-short-rows.csv",
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QString cli = QStringLiteral(SD_CLI_PATH);
    QString folder;
    QStringList names;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--cli" && i + 1 < arguments.size())
            cli = arguments[++i];
        else if (arguments[i] == u"--folder" && i + 1 < arguments.size())
            folder = arguments[++i];
        else
            names.append(arguments[i]);
    }
    if (names.isEmpty()) {
        for (const char* name : kFiles)
            names.append(QString::fromLatin1(name));
    }
    QTemporaryDir temporary;
    if (folder.isEmpty()) {
        folder = temporary.path();
        QProcess python;
        python.setProcessChannelMode(QProcess::ForwardedChannels);
        python.start(
            QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(SD_SOURCE_DIR "/tests/data/hostile/make_hostile_files.py"), folder} +
                names);
        if (!python.waitForFinished(-1) || python.exitCode() != 0) {
            std::fprintf(stderr, "list_memory_bench: make_hostile_files.py failed\n");
            return 2;
        }
    }
    const QString programme = QDir(temporary.path()).filePath(QStringLiteral("bench.sdesk"));
    if (sd::test::runMeasured(cli, {QStringLiteral("demo"), programme}).exitCode != 0) {
        std::fprintf(stderr, "list_memory_bench: %s demo failed\n", qPrintable(cli));
        return 2;
    }

    std::printf("%-28s %10s %9s %8s  %s\n", "file", "size MB", "peak MB", "wall s", "outcome");
    bool overBudget = false;
    for (const QString& name : names) {
        const QString list = QDir(folder).filePath(name);
        const sd::test::MeasuredRun run =
            sd::test::runMeasured(cli, {QStringLiteral("import"), programme, QStringLiteral("participants"),
                                        list, QStringLiteral("--dry-run")});
        const double megabytes = double(run.peakRssKiB) * 1024.0 / 1e6;
        const bool over = megabytes > kBudgetMegabytes || run.seconds > kBudgetSeconds || run.signal != 0;
        overBudget = overBudget || over;
        QString outcome = run.signal != 0 ? QStringLiteral("killed by signal %1").arg(run.signal)
                                          : QStringLiteral("exit %1").arg(run.exitCode);
        if (run.exitCode == 3 && !run.err.isEmpty())
            outcome += QStringLiteral(": ") + run.err.section(u'\n', 0, 0).left(110);
        std::printf("%-28s %10.1f %9.1f %8.2f  %s%s\n", qPrintable(name),
                    double(QFileInfo(list).size()) / 1e6, megabytes, run.seconds, over ? "OVER BUDGET " : "",
                    qPrintable(outcome));
    }
    std::printf("budget: %.0f MB peak resident memory and %.0f s per file\n", kBudgetMegabytes,
                kBudgetSeconds);
    return overBudget ? 1 : 0;
}
