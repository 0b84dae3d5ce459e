#pragma once

#include "Process.h"
#include "TempDir.h"

#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

// A suite of tests on the demo programme, which the real seminardesk-cli writes once for the suite;
// each test works on copies of its own, in a folder of its own.
class CliDemoSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        s_demo = s_dir->path(QStringLiteral("demo.sdesk"));
        const ProcessRun run = cli({QStringLiteral("demo"), s_demo});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    // A copy of the demo for a test that damages or locks its file.
    QString demoCopy(const QString& name,
                     QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner) const
    {
        const QString path = m_dir.path(name);
        EXPECT_TRUE(QFile::copy(s_demo, path));
        QFile::setPermissions(path, permissions);
        return path;
    }

    static inline std::unique_ptr<TempDir> s_dir;
    static inline QString s_demo;
    TempDir m_dir;
};

} // namespace sd::test
