// Kills at chosen system calls. A real process (seminardesk-cli import, and the
// attendance dialog's Save in sd-save-attendance) runs under strace, which kills it with SIGKILL on
// entering its Nth pwrite64, fdatasync, fsync, ftruncate or unlink; N walks over every such call a
// clean run makes (counted first from a trace of that run). After each kill, on the file exactly as
// the kill left it, the real `seminardesk-cli check` must pass, and the file must hold the change all
// or nothing.
#include "ImportFixture.h"
#include "ReliabilitySupport.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <gtest/gtest.h>
#include <iostream>
#include <map>

using namespace sd;
using namespace sd::test;

namespace {

// The system calls a write of SQLite's unix VFS goes through (writes, syncs, truncates, the deletion
// of the write-ahead log on close).
const QStringList kSyscalls{QStringLiteral("pwrite64"), QStringLiteral("fdatasync"), QStringLiteral("fsync"),
                            QStringLiteral("ftruncate"), QStringLiteral("unlink")};

// Every kill point up to this many per system call; beyond, this many spread evenly over the calls
// (the first and the last included).
constexpr int kMaxPointsPerSyscall = 150;

QString strace()
{
    return QStringLiteral("strace");
}

struct KillTarget
{
    QString program;
    QStringList arguments; // "{db}" stands for the programme file
    QString fileName = QStringLiteral("p.sdesk");
};

QStringList substitute(const QStringList& arguments, const QString& path)
{
    QStringList out;
    for (const QString& argument : arguments)
        out.append(argument == QLatin1String("{db}") ? path : argument);
    return out;
}

// How many times a clean run calls each system call, from strace's trace of it.
std::map<QString, int> countCalls(const QString& logPath)
{
    std::map<QString, int> counts;
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return counts;
    const QRegularExpression call(QStringLiteral("^(?:\\d+\\s+)?(\\w+)\\("));
    QTextStream in(&log);
    while (!in.atEnd()) {
        const QRegularExpressionMatch match = call.match(in.readLine());
        if (match.hasMatch())
            ++counts[match.captured(1)];
    }
    return counts;
}

QList<int> killPoints(int calls)
{
    QList<int> points;
    if (calls <= kMaxPointsPerSyscall) {
        for (int n = 1; n <= calls; ++n)
            points.append(n);
        return points;
    }
    for (int i = 0; i < kMaxPointsPerSyscall; ++i)
        points.append(1 +
                      static_cast<int>(static_cast<qint64>(i) * (calls - 1) / (kMaxPointsPerSyscall - 1)));
    return points;
}

class KillAtSyscall : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const ProcessRun probe =
            runProgram(strace(), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                                  QStringLiteral("/dev/null"), QStringLiteral("true")});
        ASSERT_EQ(probe.exitCode, 0) << "strace cannot trace here (install it with scripts/setup.sh; in a "
                                        "container it needs ptrace): "
                                     << probe.err.toStdString();
    }

    void walk(const char* name, const KillTarget& target)
    {
        const QString templateDir = m_dir.path(QStringLiteral("template"));
        QDir().mkpath(templateDir);
        const QString templatePath = templateDir + u'/' + target.fileName;
        writeImportFixture(templatePath);
        const FileState before = inspectFile(templatePath);
        ASSERT_EQ(before.integrity, QStringLiteral("ok"));

        // The clean run, traced: the state after, and the number of calls of each kind.
        const QString cleanPath = m_dir.path(QStringLiteral("clean.sdesk"));
        ASSERT_TRUE(QFile::copy(templatePath, cleanPath));
        const QString logPath = m_dir.path(QStringLiteral("clean.trace"));
        QStringList traced{QStringLiteral("-f"), QStringLiteral("-qq"),
                           QStringLiteral("-o"), logPath,
                           QStringLiteral("-e"), QStringLiteral("trace=%1").arg(kSyscalls.join(u',')),
                           target.program};
        traced += substitute(target.arguments, cleanPath);
        const ProcessRun clean = runProgram(strace(), traced);
        ASSERT_EQ(clean.exitCode, 0) << clean.err.toStdString();
        const FileState after = inspectFile(cleanPath);
        ASSERT_EQ(after.integrity, QStringLiteral("ok"));
        ASSERT_NE(after.content, before.content);
        const std::map<QString, int> counts = countCalls(logPath);

        int total = 0;
        for (const QString& syscall : kSyscalls) {
            const auto found = counts.find(syscall);
            const int calls = found == counts.end() ? 0 : found->second;
            int killed = 0, ranThrough = 0, rolledBack = 0, committed = 0, refused = 0;
            const QList<int> points = killPoints(calls);
            for (const int n : points) {
                const std::string where =
                    std::string(name) + ", SIGKILL at " + syscall.toStdString() + " #" + std::to_string(n);
                const QString path = m_dir.path(QStringLiteral("%1-%2.sdesk").arg(syscall).arg(n));
                ASSERT_TRUE(QFile::copy(templatePath, path));
                QStringList arguments{QStringLiteral("-f"),
                                      QStringLiteral("-qq"),
                                      QStringLiteral("-o"),
                                      QStringLiteral("/dev/null"),
                                      QStringLiteral("-e"),
                                      QStringLiteral("trace=%1").arg(syscall),
                                      QStringLiteral("-e"),
                                      QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(syscall).arg(n),
                                      target.program};
                arguments += substitute(target.arguments, path);
                const ProcessRun run = runProgram(strace(), arguments);
                if (run.exitCode == 0)
                    ++ranThrough; // this run made fewer such calls than the traced one
                else
                    ++killed;

                // First as the kill left it: the next command a user runs.
                const ProcessRun check = cli({QStringLiteral("check"), path});
                EXPECT_EQ(check.exitCode, 0)
                    << where << ": check said " << check.out.toStdString() << check.err.toStdString();
                if (check.exitCode != 0) {
                    ++refused;
                    ++m_refusedInAll;
                }
                const FileState state = inspectFile(path);
                ASSERT_EQ(state.integrity, QStringLiteral("ok")) << where;
                if (state.content == after.content) {
                    ++committed;
                } else {
                    EXPECT_EQ(state.content, before.content)
                        << where << ": neither the state before nor after";
                    EXPECT_NE(run.exitCode, 0) << where << ": exited 0 without the change in the file";
                    ++rolledBack;
                }
                {
                    Result<std::unique_ptr<Database>> reopened = Database::open(path);
                    EXPECT_TRUE(reopened.ok()) << where << ": " << reopened.error().message.toStdString();
                }
                for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(path + suffix);
                // A refusal by check is counted and the walk goes on; anything worse stops it.
                if (::testing::Test::HasFatalFailure() || failuresBesidesCheck())
                    return;
            }
            std::cout << "[kills] " << name << " " << syscall.toStdString() << ": " << calls << " calls, "
                      << points.size() << " kill points, " << killed << " killed (" << ranThrough
                      << " ran through), " << rolledBack << " left the file as before, " << committed
                      << " left the whole change, " << refused << " refused by check\n";
            total += static_cast<int>(points.size());
        }
        std::cout << "[kills] " << name << ": " << total << " kill points in all\n";
        EXPECT_GT(total, 0);
    }

    // Whether a failure other than check's refusals was recorded (each refusal is one failed EXPECT).
    bool failuresBesidesCheck() const
    {
        const ::testing::TestResult* result =
            ::testing::UnitTest::GetInstance()->current_test_info()->result();
        int failed = 0;
        for (int i = 0; i < result->total_part_count(); ++i)
            failed += result->GetTestPartResult(i).failed() ? 1 : 0;
        return failed > m_refusedInAll;
    }

    TempDir m_dir;
    int m_refusedInAll = 0;
};

} // namespace

TEST_F(KillAtSyscall, CommandLineImportAtEveryWriteSyncTruncateAndUnlink)
{
    walk("seminardesk-cli import",
         {QStringLiteral(SD_CLI_PATH),
          {QStringLiteral("import"), QStringLiteral("{db}"), QStringLiteral("participants"),
           dataPath(QStringLiteral("import/utf8-comma/input.csv")), QStringLiteral("--activity"),
           QStringLiteral("1")}});
}

// 600 people: the import grows the file from a few pages to about a hundred, and the checkpoint at the
// end extends the main file. Its kill points are sampled (beyond kMaxPointsPerSyscall per system call).
TEST_F(KillAtSyscall, CommandLineImportOfALongListAtSampledWritesAndEverySync)
{
    const QString list = m_dir.path(QStringLiteral("long-list.csv"));
    {
        QFile file(list);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(longRegistrationList(600));
    }
    walk("seminardesk-cli import (600 rows)",
         {QStringLiteral(SD_CLI_PATH),
          {QStringLiteral("import"), QStringLiteral("{db}"), QStringLiteral("participants"), list,
           QStringLiteral("--activity"), QStringLiteral("1")}});
}

TEST_F(KillAtSyscall, AttendanceSaveAtEveryWriteSyncTruncateAndUnlink)
{
    walk("attendance save",
         {QStringLiteral(SD_SAVE_ATTENDANCE_PATH), {QStringLiteral("{db}"), QStringLiteral("1")}});
}
