#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

// Qt Sql and the resources need an application object; no event loop runs.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    sd::installEnglishPlurals(); // "1 row", "2 rows", as the programs say them
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
