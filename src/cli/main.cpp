#include "CommandLine.h"
#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <cstring>

namespace {

// What Qt says while the application object starts, before the command line sets up its log (on a
// server QGuiApplication warns that XDG_RUNTIME_DIR is not set): kept for the log, so that standard
// error carries only the command's own messages.
QStringList& startupMessages()
{
    static QStringList messages;
    return messages;
}

void keepStartupMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    startupMessages().append(message);
}

} // namespace

int main(int argc, char** argv)
{
    // The same data folder as the window's, ~/.local/share/SeminarDesk/seminardesk/, so that both
    // logs sit side by side where the README says.
    QCoreApplication::setOrganizationName(QStringLiteral("SeminarDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("seminardesk"));
    // `print` and `person` draw PDFs with Qt Gui's fonts, which need a QGuiApplication. It shows no window,
    // so the offscreen platform serves, unless the user chose another; every other command stays on the
    // lighter QCoreApplication.
    const bool drawsDocuments =
        argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "person") == 0);
    if (!drawsDocuments) {
        QCoreApplication app(argc, argv);
        sd::installEnglishPlurals();
        return sd::cli::run(QCoreApplication::arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(keepStartupMessage);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(nullptr);
    sd::installEnglishPlurals();
    return sd::cli::run(QCoreApplication::arguments(), startupMessages());
}
