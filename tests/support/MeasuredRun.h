#pragma once

// Runs a program as a child process and measures what it cost: its peak resident memory (from
// wait4's rusage, the kernel's own count) and its wall time. Shared by the hostile-input tests and
// list_memory_bench, which hold seminardesk-cli to 200 MB and 10 s on any list file.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace sd::test {

struct MeasuredRun
{
    bool started = false;
    int exitCode = -1; // -1 when killed by a signal
    int signal = 0;
    QString out;
    QString err;
    qint64 peakRssKiB = 0;
    double seconds = 0;
};

inline MeasuredRun runMeasured(const QString& program, const QStringList& arguments)
{
    MeasuredRun run;
    QTemporaryDir dir;
    if (!dir.isValid())
        return run;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));

    std::vector<std::string> storage;
    storage.push_back(QFile::encodeName(program).toStdString());
    for (const QString& argument : arguments)
        storage.push_back(argument.toUtf8().toStdString());
    std::vector<char*> argv;
    for (std::string& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakRssKiB = usage.ru_maxrss; // KiB on Linux
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    QFile out(dir.filePath(QStringLiteral("out")));
    if (out.open(QIODevice::ReadOnly))
        run.out = QString::fromUtf8(out.readAll());
    QFile err(dir.filePath(QStringLiteral("err")));
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromUtf8(err.readAll());
    return run;
}

// True when this build runs under AddressSanitizer (which multiplies memory and time), or
// SEMINARDESK_SANITIZED is set for a sanitized seminardesk-cli run from a plain test.
inline bool underSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    const char* flag = std::getenv("SEMINARDESK_SANITIZED");
    return flag != nullptr && *flag != '\0' && std::string(flag) != "0";
#endif
}

} // namespace sd::test
