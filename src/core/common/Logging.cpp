#include "common/Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

QString g_logFile;

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}

} // namespace

QString logFilePath()
{
    return g_logFile;
}

void initLogging(const LoggingOptions& options)
{
    QString folder = qEnvironmentVariable("SEMINARDESK_LOG_DIR");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    std::vector<spdlog::sink_ptr> sinks;
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        g_logFile = QDir(folder).filePath(options.appName + QStringLiteral(".log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                               2 * 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            g_logFile.clear(); // an unwritable log folder must not stop the program
        }
    }
    if (options.warningsToStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        console->set_pattern("%n: %l: %v");
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>(options.appName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (options.routeQtMessages)
        qInstallMessageHandler(qtMessageHandler);
}

} // namespace sd
