#pragma once

#include <QString>

namespace sd {

// Sets up spdlog once per process: a rotating log file in the user's data folder (or in
// $SEMINARDESK_LOG_DIR) and warnings and errors on standard error. Log lines describe what the
// program did (counts, file formats, timings), never a participant's name, email or phone.
struct LoggingOptions
{
    QString appName = QStringLiteral("seminardesk");
    bool warningsToStderr = true;
    bool routeQtMessages = true; // qDebug/qWarning go through the same sinks
};

void initLogging(const LoggingOptions& options);
QString logFilePath();

} // namespace sd
