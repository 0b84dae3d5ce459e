#include "common/EnglishPlurals.h"

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
    sd::installEnglishPlurals(); // "1 row", "2 rows", as the programs say them
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
