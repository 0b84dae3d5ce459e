#pragma once

// Helpers for the command-line tests of exports and documents: run the real executable and the real
// readers (openpyxl, pdftotext, pdfinfo, pdffonts), and build programme files from SQL fixtures.

#include "TempDir.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace sd::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs a program to its end; `environment` replaces the inherited one when given.
inline CliRun runProgram(const QString& program, const QStringList& arguments,
                         const std::optional<QProcessEnvironment>& environment = std::nullopt)
{
    QProcess process;
    if (environment)
        process.setProcessEnvironment(*environment);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(180000))
        << program.toStdString() << ": " << process.errorString().toStdString();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CliRun cli(const QStringList& arguments,
                  const std::optional<QProcessEnvironment>& environment = std::nullopt)
{
    return runProgram(QStringLiteral(SD_CLI_PATH), arguments, environment);
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A new programme file at `path` holding the statements of each script (SQL files under tests/data,
// or SQL text), in one transaction.
inline void createProgramme(const QString& path, const QStringList& scripts)
{
    Result<std::unique_ptr<Database>> created = Database::create(path);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Database& database = **created;
    Transaction transaction(database);
    ASSERT_TRUE(transaction.begun().ok());
    QSqlDatabase connection = database.connection();
    for (const QString& script : scripts) {
        const Status ran = Database::runScript(connection, script, path);
        ASSERT_TRUE(ran.ok()) << ran.error().message.toStdString();
    }
    ASSERT_TRUE(transaction.commit().ok());
}

inline QString fixtureScript(const QString& relative)
{
    return QString::fromUtf8(readBytes(dataPath(relative)));
}

// An XLSX workbook as openpyxl reads it, through tests/tools/xlsx_to_json.py.
inline QJsonObject readWorkbook(const QString& path)
{
    // Debian's python3-openpyxl is importable by this interpreter, which need not be first on PATH.
    const CliRun run = runProgram(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral(SD_TEST_TOOLS_DIR "/xlsx_to_json.py"), path});
    EXPECT_EQ(run.exitCode, 0) << "xlsx_to_json.py (needs python3-openpyxl): " << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

// The text of a PDF in content-stream order (what pdftotext -raw gives), optionally of one page.
inline QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    const CliRun run = runProgram(QStringLiteral("pdftotext"), arguments);
    EXPECT_EQ(run.exitCode, 0) << "pdftotext (poppler-utils): " << run.err.toStdString();
    return QString::fromUtf8(run.out);
}

// Text with every space and line break taken out, so that a name wrapped over two lines still matches.
inline QString withoutSpaces(const QString& text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

// A field of pdfinfo's report, such as "Pages" or "Page size".
inline QString pdfInfo(const QString& path, const QString& field)
{
    const CliRun run = runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_EQ(run.exitCode, 0) << "pdfinfo (poppler-utils): " << run.err.toStdString();
    for (const QString& line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace sd::test
