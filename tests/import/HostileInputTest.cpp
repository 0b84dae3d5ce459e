// Bounded work on hostile input. Each hostile list of
// tests/data/hostile/make_hostile_files.py (zip bombs, huge shared strings, padded sheets, a
// million rows, a 10 MB name, a huge line) goes through the real seminardesk-cli import --dry-run,
// which must refuse it with a message naming the file and the limit, or read it (rejecting the
// rows it must), within 200 MB of peak memory and 10 seconds, as measured by the kernel (wait4).
// Under AddressSanitizer the memory bound is not checked (ASan's shadow memory and quarantine
// multiply it) and the time bound is scaled; the outcome always is.
#include "ImportFixture.h"
#include "MeasuredRun.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cctype>
#include <cstdio>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

constexpr qint64 kMaxPeakRssKiB = 200'000'000 / 1024; // 200 MB
constexpr double kMaxSeconds = 10.0;

enum class Outcome
{
    Refused, // exit 3, the message on standard error
    Read,    // the report on standard output
};

struct HostileCase
{
    const char* file;
    Outcome outcome;
    const char* fragment; // what the message or the report must say
};

void PrintTo(const HostileCase& hostile, std::ostream* out)
{
    *out << hostile.file;
}

bool makeHostileFile(const QString& folder, const QString& name)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {dataPath(QStringLiteral("hostile/make_hostile_files.py")), folder, name});
    return python.waitForFinished(300'000) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

class HostileInputTest : public testing::TestWithParam<HostileCase>
{
};

TEST_P(HostileInputTest, RefusedOrReadWithinTheBudget)
{
    const HostileCase& hostile = GetParam();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("programme.sdesk"));
    writeImportFixture(db);
    const QString list = dir.path(QString::fromLatin1(hostile.file));
    ASSERT_TRUE(makeHostileFile(dir.root(), QString::fromLatin1(hostile.file)));
    ASSERT_TRUE(QFileInfo::exists(list));
    const QByteArray pristine = fileHash(db);

    const MeasuredRun run = runMeasured(
        QStringLiteral(SD_CLI_PATH),
        {QStringLiteral("import"), db, QStringLiteral("participants"), list, QStringLiteral("--dry-run")});
    ASSERT_TRUE(run.started);
    ASSERT_EQ(run.signal, 0) << "killed by signal " << run.signal << "\n" << run.err.toStdString();
    const QString fragment = QString::fromUtf8(hostile.fragment);
    if (hostile.outcome == Outcome::Refused) {
        EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(list)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(fragment)) << run.err.toStdString();
    } else {
        // Read: 0, or 3 because of the rows rejected (a dry run without --skip-invalid).
        EXPECT_TRUE(run.exitCode == 0 || run.exitCode == 3) << run.exitCode << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(fragment)) << run.out.left(4000).toStdString() << run.err.toStdString();
    }
    EXPECT_EQ(fileHash(db), pristine);

    std::printf("[ measured ] %s: peak RSS %.1f MB, %.2f s\n", hostile.file, double(run.peakRssKiB) / 1000.0,
                run.seconds);
    if (underSanitizer()) {
        EXPECT_LE(run.seconds, kMaxSeconds * 10);
    } else {
        EXPECT_LE(run.peakRssKiB, kMaxPeakRssKiB);
        EXPECT_LE(run.seconds, kMaxSeconds);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Lists, HostileInputTest,
    testing::Values(
        HostileCase{"zip-bomb.xlsx", Outcome::Refused,
                    "xl/worksheets/sheet1.xml expands to more than 128 MiB"},
        HostileCase{"ratio-bomb.xlsx", Outcome::Refused,
                    "expands to more than 200 times its compressed size"},
        HostileCase{"lying-bomb.xlsx", Outcome::Refused,
                    "the part xl/worksheets/sheet1.xml of the workbook cannot be read (zip error"},
        HostileCase{"shared-strings-count.xlsx", Outcome::Refused, "more than 1,000,000 shared strings"},
        HostileCase{"shared-strings-text.xlsx", Outcome::Refused,
                    "shared strings add up to more than 10,000,000 characters"},
        HostileCase{"one-huge-text.xlsx", Outcome::Refused,
                    "xl/sharedStrings.xml holds more than 512 KiB of text without markup"},
        HostileCase{"repeated-shared-string.xlsx", Outcome::Refused,
                    "cells pass 10,000,000 characters in all"},
        HostileCase{"padded-sheet.xlsx", Outcome::Refused,
                    "passes 1,000,000 cells (rows times the 16384 columns of the header)"},
        HostileCase{"deep-nesting.xlsx", Outcome::Refused, "elements are nested more than 64 deep"},
        HostileCase{"million-rows.xlsx", Outcome::Refused, "at row 30002 its list passes 30,000 rows"},
        HostileCase{"largest-list.xlsx", Outcome::Read, "rows read:                      30000"},
        HostileCase{"ten-megabyte-name.csv", Outcome::Read,
                    "line 3, field Nombre(s): The cell holds more than"},
        HostileCase{"long-name.csv", Outcome::Read, "line 2, field Apellidos: The cell holds more than"},
        HostileCase{"name-over-limit.csv", Outcome::Read,
                    "line 2, field Apellidos: Family names: 201 characters, more than the 200 allowed"},
        HostileCase{"huge-line.csv", Outcome::Refused, "the line has more than 16384 cells"},
        HostileCase{"huge-quoted-cell.csv", Outcome::Read,
                    "line 2, field Apellidos: The cell holds more than"},
        HostileCase{"million-rows.csv", Outcome::Refused, "it has more than 30,000 rows"},
        HostileCase{"wide-short-rows.csv", Outcome::Refused,
                    "it passes 1,000,000 cells (rows times the 16002 columns of the header)"}),
    [](const testing::TestParamInfo<HostileCase>& param) {
        std::string name = param.param.file;
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name;
    });

} // namespace

namespace {

// One invalid UTF-8 byte must not switch the whole list to Windows-1252, which would store every
// accented name garbled ("JosÃ©") and drop the Institución and Género columns without a word. The
// list stays UTF-8, the stray byte is read as Windows-1252 and its
// line is reported, and every heading is recognised.
TEST(ListEncodingTest, Utf8ListWithAStrayByteIsReadAsUtf8AndTheLineReported)
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("programme.sdesk"));
    writeImportFixture(db);
    const QString list = dir.path(QStringLiteral("lista.csv"));
    QFile file(list);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Nombre(s),Apellidos,Instituci\xC3\xB3n,G\xC3\xA9nero\r\n"
               "Mar\xC3\xAD"
               "a,Ram\xC3\xAD"
               "rez N\xC3\xBA\xC3\xB1"
               "ez,Instituto Nacional de Migraci\xC3\xB3n,F\r\n"
               "Jos\xE9,P\xC3\xA9rez,Instituto Nacional de Migraci\xC3\xB3n,H\r\n"
               "Bego\xC3\xB1"
               "a,Pe\xC3\xB1"
               "a,Comisi\xC3\xB3n Mexicana de Ayuda a Refugiados,F\r\n");
    file.close();

    const ProcessRun run = cli({QStringLiteral("import"), db, QStringLiteral("participants"), list});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("(UTF-8, separated by"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Bytes that are not UTF-8 were read as Windows-1252 on line 3; check the accents")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(u"Institución -> institution"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(u"Género -> gender"))) << run.out.toStdString();
    const QString tables = dumpImportTables(db, false);
    EXPECT_TRUE(tables.contains(QStringLiteral(u"|José|Pérez|"))) << tables.toStdString();
    EXPECT_TRUE(tables.contains(QStringLiteral(u"|María|Ramírez Núñez|"))) << tables.toStdString();
    EXPECT_TRUE(tables.contains(QStringLiteral(u"Comisión Mexicana de Ayuda a Refugiados")))
        << tables.toStdString();
    EXPECT_FALSE(tables.contains(QStringLiteral(u"Ã"))) << tables.toStdString();
}

} // namespace
