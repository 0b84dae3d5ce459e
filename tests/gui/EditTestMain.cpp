#include <QApplication>
#include <QLocale>
#include <gtest/gtest.h>

// The widget tests of the editing and attendance dialogs need a QApplication; they run headless
// (offscreen, also when ctest lists the tests at build time) and with English dates ("14 Mar 2017").
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
