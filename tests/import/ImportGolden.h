#pragma once

// The runner of the bulk-entry golden cases (tests/data/import/*/command.txt), shared by the file's
// golden test (import_tests) and the server's (server_tests), so that both places run the same
// commands and are held to the same expected files. Each case runs the real seminardesk-cli in a
// folder of its own holding the case's input files, with {db} standing for the programme's address.
#include "ImportFixture.h"
#include "QtPrinters.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <gtest/gtest.h>

namespace sd::test {

// The golden cases: every folder of tests/data/import/ with a command.txt, by name.
inline QStringList importGoldenCases()
{
    QStringList names;
    const QDir root(dataPath(QStringLiteral("import")));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(root.filePath(name + QStringLiteral("/command.txt"))))
            names.append(name);
    }
    return names;
}

// A case's name as a GoogleTest parameter name.
inline std::string importGoldenCaseName(const ::testing::TestParamInfo<QString>& param)
{
    QString name = param.param;
    return name.replace(u'-', u'_').toStdString();
}

// Splits a command line into arguments: spaces separate, double quotes group.
inline QStringList splitGoldenArguments(const QString& line)
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

inline QByteArray readGoldenFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// SEMINARDESK_UPDATE_GOLDEN=1 rewrites the expected files (from the file's run only), which a person
// then reads before committing them.
inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("SEMINARDESK_UPDATE_GOLDEN") == 1;
}

// Copies the case's input files (everything but command.txt and the expected-* files) into folder.
inline void copyGoldenInputs(const QString& caseName, const TempDir& folder)
{
    const QDir source(dataPath(QStringLiteral("import/") + caseName));
    for (const QString& name : source.entryList(QDir::Files)) {
        if (!name.startsWith(QStringLiteral("expected-")) && name != u"command.txt") {
            ASSERT_TRUE(QFile::copy(source.filePath(name), folder.path(name)));
        }
    }
}

// Where a case runs: the programme's address given for {db}, what seminardesk-cli calls it in its
// reports (written as "programme.sdesk" in the transcript, the file's name, so that both places meet
// the same expected report), and a fingerprint of its whole content, for "nothing was written".
struct GoldenPlace
{
    QString address;
    QString shownName;
    std::function<QByteArray()> fingerprint;
};

// What a case gave: the transcript (expected-report.txt), the counts (expected-counts.json) and the
// rejected rows' file when one was written (expected-rejected.csv).
struct GoldenOutcome
{
    QString transcript;
    QJsonObject counts;
    QString rejectedPath;
};

// Runs the case's command.txt line by line against place, in folder (which holds the inputs).
inline GoldenOutcome runGoldenCase(const QString& caseName, const TempDir& folder, const GoldenPlace& place)
{
    const QDir source(dataPath(QStringLiteral("import/") + caseName));
    const QByteArray before = place.fingerprint();
    GoldenOutcome outcome;
    QJsonArray exitCodes;
    const QStringList lines =
        QString::fromUtf8(readGoldenFile(source.filePath(QStringLiteral("command.txt"))))
            .split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        QStringList arguments = splitGoldenArguments(line);
        for (QString& argument : arguments) {
            if (argument == u"{db}")
                argument = place.address;
        }
        const ProcessRun run = cli(arguments, inFolder(folder.root()));
        QString said = run.out;
        if (!run.err.isEmpty())
            said += QStringLiteral("[stderr] ") + run.err;
        if (place.shownName != QLatin1String("programme.sdesk"))
            said.replace(place.shownName, QStringLiteral("programme.sdesk"));
        outcome.transcript += QStringLiteral("$ seminardesk-cli ") + line + u'\n' + said;
        outcome.transcript += QStringLiteral("[exit %1]\n\n").arg(run.exitCode);
        exitCodes.append(run.exitCode);
    }
    outcome.transcript.replace(folder.root(), QStringLiteral("<dir>"));

    outcome.counts.insert(QStringLiteral("exit_codes"), exitCodes);
    outcome.counts.insert(QStringLiteral("participants"), countRows(place.address, "participant"));
    outcome.counts.insert(QStringLiteral("institutions"), countRows(place.address, "institution"));
    outcome.counts.insert(QStringLiteral("enrolments"), countRows(place.address, "enrolment"));
    outcome.counts.insert(QStringLiteral("attendance_marks"), countRows(place.address, "attendance"));
    outcome.counts.insert(QStringLiteral("evaluation_answers"), countRows(place.address, "evaluation"));
    outcome.counts.insert(QStringLiteral("database_unchanged"), place.fingerprint() == before);
    for (const QString& name : QDir(folder.root()).entryList({QStringLiteral("*.rejected.csv")}, QDir::Files))
        outcome.rejectedPath = folder.path(name);
    outcome.counts.insert(QStringLiteral("rejected_file_written"), !outcome.rejectedPath.isEmpty());
    return outcome;
}

inline void compareOrUpdateGolden(const QString& expectedPath, const QByteArray& actual,
                                  const QString& caseName, bool mayUpdate)
{
    if (mayUpdate && updatingGolden()) {
        QFile file(expectedPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    ASSERT_TRUE(QFileInfo::exists(expectedPath)) << "missing " << expectedPath.toStdString();
    EXPECT_EQ(QString::fromUtf8(readGoldenFile(expectedPath)).toStdString(),
              QString::fromUtf8(actual).toStdString())
        << "case " << caseName.toStdString() << ", " << QFileInfo(expectedPath).fileName().toStdString();
}

// Holds an outcome to the case's expected files: the report, the counts and the rejected rows.
inline void expectGoldenOutcome(const QString& caseName, const GoldenOutcome& outcome, bool mayUpdate)
{
    const QDir source(dataPath(QStringLiteral("import/") + caseName));
    compareOrUpdateGolden(source.filePath(QStringLiteral("expected-report.txt")), outcome.transcript.toUtf8(),
                          caseName, mayUpdate);
    compareOrUpdateGolden(source.filePath(QStringLiteral("expected-counts.json")),
                          QJsonDocument(outcome.counts).toJson(QJsonDocument::Indented), caseName, mayUpdate);
    const QString expectedRejected = source.filePath(QStringLiteral("expected-rejected.csv"));
    if (!outcome.rejectedPath.isEmpty())
        compareOrUpdateGolden(expectedRejected, readGoldenFile(outcome.rejectedPath), caseName, mayUpdate);
    else
        EXPECT_FALSE(QFileInfo::exists(expectedRejected)) << "case " << caseName.toStdString();
}

} // namespace sd::test
