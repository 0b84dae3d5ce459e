// Golden cases of bulk entry: every folder of tests/data/import/ runs its command.txt through the real
// seminardesk-cli against a copy of the fixture programme, and compares what it printed
// (expected-report.txt), what the file holds afterwards (expected-counts.json) and the rejected rows
// it wrote (expected-rejected.csv). SEMINARDESK_UPDATE_GOLDEN=1 rewrites the expected files, which
// a person then reads before committing them.
#include "ImportFixture.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sd;
using namespace sd::test;

namespace {

QStringList caseNames()
{
    QStringList names;
    const QDir root(dataPath(QStringLiteral("import")));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(root.filePath(name + QStringLiteral("/command.txt"))))
            names.append(name);
    }
    return names;
}

// Splits a command line into arguments: spaces separate, double quotes group.
QStringList splitArguments(const QString& line)
{
    QStringList arguments;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c == u' ' && !quoted) {
            if (any)
                arguments.append(current);
            current.clear();
            any = false;
        } else {
            current.append(c);
            any = true;
        }
    }
    if (any)
        arguments.append(current);
    return arguments;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool updating()
{
    return qEnvironmentVariableIntValue("SEMINARDESK_UPDATE_GOLDEN") == 1;
}

void compareOrUpdate(const QString& expectedPath, const QByteArray& actual, const QString& caseName)
{
    if (updating()) {
        QFile file(expectedPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    ASSERT_TRUE(QFileInfo::exists(expectedPath)) << "missing " << expectedPath.toStdString();
    EXPECT_EQ(QString::fromUtf8(readAll(expectedPath)).toStdString(), QString::fromUtf8(actual).toStdString())
        << "case " << caseName.toStdString() << ", " << QFileInfo(expectedPath).fileName().toStdString();
}

class ImportGoldenTest : public ::testing::TestWithParam<QString>
{
};

TEST_P(ImportGoldenTest, MatchesExpectedReportCountsAndRejectedRows)
{
    const QString caseName = GetParam();
    const QDir source(dataPath(QStringLiteral("import/") + caseName));
    TempDir dir;
    for (const QString& name : source.entryList(QDir::Files)) {
        if (!name.startsWith(QStringLiteral("expected-")) && name != u"command.txt") {
            ASSERT_TRUE(QFile::copy(source.filePath(name), dir.path(name)));
        }
    }
    const QString db = dir.path(QStringLiteral("programme.sdesk"));
    writeImportFixture(db);
    const QByteArray before = fileHash(db);

    QString transcript;
    QJsonArray exitCodes;
    const QStringList lines = QString::fromUtf8(readAll(source.filePath(QStringLiteral("command.txt"))))
                                  .split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        QStringList arguments = splitArguments(line);
        for (QString& argument : arguments) {
            if (argument == u"{db}")
                argument = db;
        }
        const ProcessRun run = cli(arguments, inFolder(dir.root()));
        transcript += QStringLiteral("$ seminardesk-cli ") + line + u'\n';
        transcript += run.out;
        if (!run.err.isEmpty())
            transcript += QStringLiteral("[stderr] ") + run.err;
        transcript += QStringLiteral("[exit %1]\n\n").arg(run.exitCode);
        exitCodes.append(run.exitCode);
    }
    transcript.replace(dir.root(), QStringLiteral("<dir>"));

    QJsonObject counts;
    counts.insert(QStringLiteral("exit_codes"), exitCodes);
    counts.insert(QStringLiteral("participants"), countRows(db, "participant"));
    counts.insert(QStringLiteral("institutions"), countRows(db, "institution"));
    counts.insert(QStringLiteral("enrolments"), countRows(db, "enrolment"));
    counts.insert(QStringLiteral("attendance_marks"), countRows(db, "attendance"));
    counts.insert(QStringLiteral("database_unchanged"), fileHash(db) == before);
    QString rejectedPath;
    for (const QString& name : QDir(dir.root()).entryList({QStringLiteral("*.rejected.csv")}, QDir::Files))
        rejectedPath = dir.path(name);
    counts.insert(QStringLiteral("rejected_file_written"), !rejectedPath.isEmpty());

    compareOrUpdate(source.filePath(QStringLiteral("expected-report.txt")), transcript.toUtf8(), caseName);
    compareOrUpdate(source.filePath(QStringLiteral("expected-counts.json")),
                    QJsonDocument(counts).toJson(QJsonDocument::Indented), caseName);
    const QString expectedRejected = source.filePath(QStringLiteral("expected-rejected.csv"));
    if (!rejectedPath.isEmpty())
        compareOrUpdate(expectedRejected, readAll(rejectedPath), caseName);
    else
        EXPECT_FALSE(QFileInfo::exists(expectedRejected)) << "case " << caseName.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, ImportGoldenTest, ::testing::ValuesIn(caseNames()),
                         [](const ::testing::TestParamInfo<QString>& param) {
                             QString name = param.param;
                             return name.replace(u'-', u'_').toStdString();
                         });

} // namespace
