#pragma once

#include "MainWindow.h"
#include "TempDir.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

class QAbstractItemModel;

namespace sd::test {

// The real main window on a fresh copy of the demo programme in a temporary folder. Qt's warnings
// during a test are collected: a test fails if the window printed any.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    MainWindow& window() { return *m_window; }
    const QString& demoPath() const { return m_demoPath; }

    // One number from a parameterised SELECT on the open file (a connection of the test's own).
    qint64 scalar(const QString& sql, const QVariantList& values = {});

    // Runs the event loop until condition holds or timeoutMs passes; true if it holds.
    static bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);
    // Waits for the results counting in the background to deliver.
    void waitForResults();

    // Attaches QAbstractItemModelTester (failures become warnings, which fail the test).
    void testModel(QAbstractItemModel* model);

    // Writes the demo programme to a new file at path.
    static void writeDemo(const QString& path);

    // A warning this test accepts (it comes from a part of the window another test covers).
    void tolerateWarning(const QString& message) { m_tolerated << message; }

    // Warnings Qt printed since SetUp (model tester failures, platform warnings...).
    static QStringList warnings();
    static void clearWarnings();

    TempDir m_dir;
    QString m_demoPath;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_tolerated;
};

} // namespace sd::test
