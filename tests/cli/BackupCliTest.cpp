// `seminardesk-cli backup`: the real executable copying a file while another real process writes it.
#include "ListFiles.h"
#include "Process.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <gtest/gtest.h>

using sd::test::cli;
using sd::test::ProcessRun;
using sd::test::TempDir;
using sd::test::writeGuestList;

namespace {

qint64 participantsIn(const QString& path)
{
    return sd::test::sqliteShell(path, QStringLiteral("SELECT count(*) FROM participant"))
        .out.trimmed()
        .toLongLong();
}

} // namespace

TEST(BackupCli, ConsistentCopiesWhileAnotherProcessImports)
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("p.sdesk"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const qint64 before = participantsIn(file);
    ASSERT_GT(before, 0);
    const int rows = 4000;
    const QString list = dir.path(QStringLiteral("list.csv"));
    writeGuestList(list, rows);

    QProcess importer;
    // Its report goes to files, so that it never waits for this test to read a pipe.
    importer.setStandardOutputFile(dir.path(QStringLiteral("import.out")));
    importer.setStandardErrorFile(dir.path(QStringLiteral("import.err")));
    importer.start(QStringLiteral(SD_CLI_PATH),
                   {QStringLiteral("import"), file, QStringLiteral("participants"), list});
    ASSERT_TRUE(importer.waitForStarted());
    // Copies one after the other for as long as the import runs (and one after it).
    int during = 0;
    QStringList copies;
    for (int n = 0; n < 200; ++n) {
        importer.waitForFinished(0); // takes note of its end (no event loop runs here)
        const bool importRunning = importer.state() != QProcess::NotRunning;
        const QString copy = dir.path(QStringLiteral("copy-%1.sdesk").arg(n));
        const ProcessRun backup = cli({QStringLiteral("backup"), file, QStringLiteral("-o"), copy});
        ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
        EXPECT_TRUE(backup.err.isEmpty()) << backup.err.toStdString();
        copies << copy;
        importer.waitForFinished(0);
        if (importRunning && importer.state() != QProcess::NotRunning)
            ++during;
        if (!importRunning)
            break;
    }
    if (importer.state() != QProcess::NotRunning) {
        ASSERT_TRUE(importer.waitForFinished(180000));
    }
    ASSERT_EQ(importer.exitStatus(), QProcess::NormalExit);
    QFile report(dir.path(QStringLiteral("import.err")));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    ASSERT_EQ(importer.exitCode(), 0) << report.readAll().toStdString();
    EXPECT_GT(during, 0) << "no copy was made while the import ran; make the list longer";

    for (const QString& copy : std::as_const(copies)) {
        EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
        const ProcessRun check = cli({QStringLiteral("check"), copy});
        EXPECT_EQ(check.exitCode, 0) << copy.toStdString() << ": " << check.out.toStdString()
                                     << check.err.toStdString();
        // All of the import or none of it: the copy is one moment of the file.
        const qint64 people = participantsIn(copy);
        EXPECT_TRUE(people == before || people == before + rows) << people;
    }
    // The last copy was made after the import: it holds everyone.
    EXPECT_EQ(participantsIn(copies.last()), before + rows);
}

TEST(BackupCli, RefusesAnExistingTargetAndExplainsMistakes)
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("p.sdesk"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString out = dir.path(QStringLiteral("out.sdesk"));
    {
        QFile existing(out);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("someone's file");
    }
    const ProcessRun refused = cli({QStringLiteral("backup"), file, QStringLiteral("-o"), out});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists"))) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.trimmed().contains(QLatin1Char('\n')));
    QFile kept(out);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("someone's file"));

    const ProcessRun noTarget = cli({QStringLiteral("backup"), file});
    EXPECT_EQ(noTarget.exitCode, 2) << noTarget.err.toStdString();

    const ProcessRun missing = cli({QStringLiteral("backup"), dir.path(QStringLiteral("none.sdesk")),
                                    QStringLiteral("-o"), dir.path(QStringLiteral("x.sdesk"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.sdesk"))) << missing.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.sdesk"))));

    const ProcessRun help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("backup FILE -o OUT")));
}
