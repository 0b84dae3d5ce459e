#include "RunningInstance.h"
#include "UiLanguage.h"
#include "WindowSet.h"
#include "common/Logging.h"
#include "storage/ProgrammeLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace {

// Without XDG_RUNTIME_DIR (containers, some remote sessions) Qt picks /tmp/runtime-$USER itself but
// warns on every start. Setting the same folder up front keeps Qt's behaviour without the warning.
void provideRuntimeFolder()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString folder = QDir::tempPath() + QStringLiteral("/runtime-") +
                           qEnvironmentVariable("USER", QStringLiteral("seminardesk"));
    if (!QDir().mkpath(folder))
        return;
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              QApplication::translate("sd::main",
                                                      "The language of the window: en or es (default: "
                                                      "SEMINARDESK_LANGUAGE, else the system's language)."),
                              QStringLiteral("CODE"));
}

// The window's language is chosen before the full command line is read, so that --help is already
// in that language: --language, else SEMINARDESK_LANGUAGE, else the system's UI languages.
void installUiLanguage(QApplication& app)
{
    QCommandLineParser early;
    early.addOption(languageOption());
    // Other options and FILE are read later; this pass only looks for --language.
    (void)early.parse(QApplication::arguments());
    const QString requested = early.isSet(QStringLiteral("language"))
                                  ? early.value(QStringLiteral("language"))
                                  : qEnvironmentVariable("SEMINARDESK_LANGUAGE");
    sd::Result<QString> language = sd::UiLanguage::choose(requested, QLocale::system().uiLanguages());
    if (!language) {
        std::fprintf(stderr, "seminardesk: %s\n", qPrintable(language.error().message));
        language = QStringLiteral("en");
    }
    const sd::Status installed = sd::UiLanguage::install(app, *language);
    if (!installed)
        std::fprintf(stderr, "seminardesk: %s\n", qPrintable(installed.error().message));
}

} // namespace

int main(int argc, char** argv)
{
    provideRuntimeFolder();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeminarDesk"));
    QApplication::setApplicationName(QStringLiteral("seminardesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seminar Desk"));
    QApplication::setApplicationVersion(QStringLiteral(SEMINARDESK_VERSION));
    // The desktop entry's name (dist/linux): Wayland compositors match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.seminardesk.SeminarDesk"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    installUiLanguage(app);

    sd::LoggingOptions logging;
    logging.appName = QStringLiteral("seminardesk");
    sd::initLogging(logging);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "sd::main", "Seminar Desk: programmes, activities, participants and attendance of capacity-building "
                    "programmes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("sd::main",
                                "The programme file, or a server address (postgresql://…), to open "
                                "(default: the last one, or the demo programme on a first run)."),
        QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    // A file by its absolute path; a server's address (postgresql://…) as it was given.
    const QString file = files.isEmpty() ? QString()
                         : sd::ProgrammeLocation::looksLikeServerAddress(files.first())
                             ? files.first()
                             : QFileInfo(files.first()).absoluteFilePath();

    // A Seminar Desk already running in this session opens the file in a window of its own (or
    // brings forward the window that shows it); this start then has nothing more to do.
    if (sd::RunningInstance::handOver(file)) {
        spdlog::info("handed the start over to the Seminar Desk already running");
        spdlog::default_logger()->flush();
        return 0;
    }
    sd::RunningInstance instance;
    if (const sd::Status listening = instance.listen(); !listening)
        spdlog::warn("{}", listening.error().message.toStdString());

    sd::WindowSet windows;
    QObject::connect(&instance, &sd::RunningInstance::openRequested, &windows, &sd::WindowSet::openRequested);
    windows.openFirst(file);
    return QApplication::exec();
}
