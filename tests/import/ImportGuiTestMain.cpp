#include "common/EnglishPlurals.h"

#include <QApplication>
#include <gtest/gtest.h>

// The wizard and dialog tests need a QApplication; they run headless.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    sd::installEnglishPlurals(); // "1 row", "2 rows", as the programs say them
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
