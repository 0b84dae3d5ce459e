#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <gtest/gtest.h>

// The main window tests need a QApplication. They run headless (offscreen, also when ctest lists
// the tests at build time), with English number formats ("1,736.5"), and with settings and the
// user's data folder in Qt's test locations, so they never touch a real user's files.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeminarDeskTests"));
    QApplication::setApplicationName(QStringLiteral("seminardesk-gui-tests"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
