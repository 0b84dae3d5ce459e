#include "export/CellSafety.h"

#include <QStringList>
#include <gtest/gtest.h>

namespace sd {
namespace {

TEST(CellSafety, PrefixesEveryFormulaTrigger)
{
    const QStringList triggers = {QStringLiteral("=1+1"),     QStringLiteral("+1"),  QStringLiteral("-2"),
                                  QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"),
                                  QStringLiteral("\nx")};
    for (const QString& text : triggers)
        EXPECT_EQ(neutraliseCell(text), QLatin1Char('\'') + text) << text.toStdString();
}

TEST(CellSafety, LeavesOrdinaryTextAlone)
{
    const QStringList harmless = {QString(),
                                  QString::fromUtf8("Peña Núñez"),
                                  QStringLiteral("a=b"),
                                  QStringLiteral("2.1"),
                                  QStringLiteral(" =not at the start"),
                                  QStringLiteral("'already quoted"),
                                  QStringLiteral("\"quoted\"")};
    for (const QString& text : harmless)
        EXPECT_EQ(neutraliseCell(text), text) << text.toStdString();
}

TEST(CellSafety, TheHyperlinkAttackBecomesText)
{
    const QString attack = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    EXPECT_EQ(neutraliseCell(attack), QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")"));
}

} // namespace
} // namespace sd
