// Counted messages are written once with %n; the English forms come from the embedded
// translations/seminardesk_en.ts, which every program installs (TestMain does it as the programs do).
#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace {

QString counted(const char* context, const char* text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

TEST(EnglishPluralsTest, CountedMessagesSayOneInTheSingularAndMoreInThePlural)
{
    ASSERT_TRUE(sd::installEnglishPlurals()) << "the English forms are embedded in the core";
    EXPECT_TRUE(sd::installEnglishPlurals()) << "a second call changes nothing";
    const char* activities = "%n activity(ies) would fall outside the new time frame.";
    EXPECT_EQ(counted("sd::ProgrammeStore", activities, 1),
              QStringLiteral("1 activity would fall outside the new time frame."));
    EXPECT_EQ(counted("sd::ProgrammeStore", activities, 3),
              QStringLiteral("3 activities would fall outside the new time frame."));
    EXPECT_EQ(counted("sd::Importer", "%n new participant(s)", 1), QStringLiteral("1 new participant"));
    EXPECT_EQ(counted("sd::Importer", "%n new participant(s)", 0), QStringLiteral("0 new participants"));
    EXPECT_EQ(
        counted("sd::XlsxReader",
                "%1, row %2: cell %3 holds a value but the header has only %n column(s); give the column "
                "a header or clear the cell and try again.",
                1)
            .arg(QStringLiteral("list.xlsx"))
            .arg(3)
            .arg(QStringLiteral("B3")),
        QStringLiteral("list.xlsx, row 3: cell B3 holds a value but the header has only 1 column; give the "
                       "column a header or clear the cell and try again."));
}

} // namespace
