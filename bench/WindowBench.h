#pragma once

// The window benchmarks' application: offscreen and settings-free, so that a benchmark never
// touches the user's own.

#include <QApplication>
#include <QStandardPaths>
#include <QString>

namespace sd::bench {

// Before the QApplication: offscreen unless a platform is chosen, and settings in test mode, so a
// benchmark never touches the user's own.
inline void prepareWindowBench()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
}

// After it: the benchmark's own settings name, and one style whatever the desktop.
inline void setUpWindowBench(const QString& name)
{
    QApplication::setOrganizationName(QStringLiteral("SeminarDeskBench"));
    QApplication::setApplicationName(name);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

} // namespace sd::bench
