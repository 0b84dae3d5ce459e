#include "common/EnglishPlurals.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The main window tests need a QApplication. They run headless (offscreen, also when ctest lists
// the tests at build time), with English number formats ("1,736.5"), and with settings, the user's
// data folder and caches in a folder of their own, so they never touch a real user's files and two
// test processes that ctest runs at the same time never share a settings file (the recent-files
// test failed about one run in three when they did).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, QFile::encodeName(home.path() + QLatin1Char('/') + QLatin1String(variable)));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    sd::installEnglishPlurals(); // "1 row", "2 rows", as the programs say them
    QApplication::setOrganizationName(QStringLiteral("SeminarDeskTests"));
    QApplication::setApplicationName(QStringLiteral("seminardesk-gui-tests"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
