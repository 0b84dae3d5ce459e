#include "import/NameMatching.h"

#include "import/NameIndex.h"

#include <QElapsedTimer>
#include <algorithm>
#include <gtest/gtest.h>

using namespace sd;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

TEST(NameMatchingTest, NormalisesCaseAccentsPunctuationAndSpaces)
{
    EXPECT_EQ(normaliseName(s("  RAMÍREZ-núñez,  Ana ")), s("ramirez nunez ana"));
    EXPECT_EQ(normaliseName(s("María José")), normaliseName(s("MARIA   JOSE")));
    EXPECT_EQ(normaliseName(s("O'Neil")), s("oneil"));
    EXPECT_EQ(normaliseName(s("O\u2019Neil")), s("oneil"));
    EXPECT_EQ(normaliseName(s("Mª José")), s("ma jose"));
    EXPECT_EQ(normaliseName(s("Begoña Iñiguez")), s("begona iniguez"));
    EXPECT_EQ(normaliseName(s("Ma.José")), s("ma jose"));
    EXPECT_EQ(normaliseName(s("\u00A0Ana\tLucía\n")), s("ana lucia"));
    EXPECT_EQ(normaliseName(s("")), QString());
}

TEST(NameMatchingTest, EmailsAndPhonesCompareByTheirSubstance)
{
    EXPECT_EQ(normaliseEmail(s("  MJ.Hernandez@Example.ORG ")), s("mj.hernandez@example.org"));
    EXPECT_EQ(normalisePhone(s("+52 (962) 555-0101")), s("529625550101"));
    EXPECT_EQ(normalisePhone(s("n/a")), s("n a"));
}

TEST(NameMatchingTest, TokensKnowAbbreviations)
{
    const QList<NameToken> tokens = nameTokens(s("Ma. José J Fco Hernández"));
    ASSERT_EQ(tokens.size(), 5);
    EXPECT_EQ(tokens[0].text, s("ma"));
    EXPECT_TRUE(tokens[0].abbreviated);
    EXPECT_FALSE(tokens[1].abbreviated);
    EXPECT_TRUE(tokens[2].abbreviated); // a single letter
    EXPECT_TRUE(tokens[3].abbreviated); // a usual abbreviation without its dot
    EXPECT_FALSE(tokens[4].abbreviated);

    EXPECT_TRUE(tokensCompatible(nameTokens(s("Ma. José")), nameTokens(s("María José"))));
    EXPECT_TRUE(tokensCompatible(nameTokens(s("J.")), nameTokens(s("José Luis"))));
    EXPECT_TRUE(tokensCompatible(nameTokens(s("Fco.")), nameTokens(s("Francisco"))));
    EXPECT_TRUE(tokensCompatible(nameTokens(s("Gpe")), nameTokens(s("Guadalupe"))));
    EXPECT_TRUE(tokensCompatible(nameTokens(s("Hernández R.")), nameTokens(s("Hernández Ruiz"))));
    EXPECT_TRUE(tokensCompatible(nameTokens(s("José")), nameTokens(s("José Luis"))));
    EXPECT_FALSE(tokensCompatible(nameTokens(s("Ana")),
                                  nameTokens(s("Andrea")))); // no dot: a name, not an abbreviation
    EXPECT_FALSE(tokensCompatible(nameTokens(s("Jose")), nameTokens(s("Jorge"))));
    EXPECT_FALSE(tokensCompatible(nameTokens(s("R.")), nameTokens(s("José"))));
}

TEST(NameMatchingTest, OneTypoIsOneEditOrOneSwapOfNeighbours)
{
    EXPECT_TRUE(differByOneTypo(u"perez", u"peres"));    // replaced
    EXPECT_TRUE(differByOneTypo(u"herrera", u"herera")); // deleted
    EXPECT_TRUE(differByOneTypo(u"ana", u"anna"));       // inserted
    EXPECT_TRUE(differByOneTypo(u"gomez", u"gomze"));    // neighbours swapped
    EXPECT_FALSE(differByOneTypo(u"gomez", u"gomez"));
    EXPECT_FALSE(differByOneTypo(u"lopez", u"gomez"));
    EXPECT_FALSE(differByOneTypo(u"ruiz", u"cruz"));
    EXPECT_FALSE(differByOneTypo(u"abcd", u"badc"));
}

TEST(NameMatchingTest, DeletionKeysMeetForEveryOneTypoPair)
{
    const auto share = [](const QString& a, const QString& b) {
        const std::vector<quint64> ka = deletionKeys(a);
        const std::vector<quint64> kb = deletionKeys(b);
        return std::any_of(ka.begin(), ka.end(),
                           [&kb](quint64 k) { return std::binary_search(kb.begin(), kb.end(), k); });
    };
    EXPECT_TRUE(share(s("ana garcia"), s("ana garsia")));
    EXPECT_TRUE(share(s("ana garcia"), s("ana gracia")));
    EXPECT_TRUE(share(s("ana garcia"), s("ana garcias")));
    EXPECT_TRUE(share(s("ana garcia"), s("an garcia")));
}

// The neighbourhood is the key of the text and of each text one deletion shorter, computed
// as each of those texts' own key, and it costs time linear in the text's length (a name of 80,000 characters
// took 28 s when each deletion was hashed from scratch).
TEST(NameMatchingTest, DeletionKeysAreTheKeysOfEachDeletionAndLinearInTheLength)
{
    const QString text = s("maría ramírez");
    std::vector<quint64> expected{deletionKey(text)};
    for (qsizetype i = 0; i < text.size(); ++i)
        expected.push_back(deletionKey(QString(text).remove(i, 1)));
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    EXPECT_EQ(deletionKeys(text), expected);
    EXPECT_EQ(deletionKeys(text), deletionKeys(QString(text)));
    EXPECT_NE(deletionKeys(s("ab")), deletionKeys(s("ba")));

    QString longName(1'000'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < longName.size(); ++i)
        longName[i] = QChar(char16_t(u'a' + (i * 7919) % 26));
    QElapsedTimer timer;
    timer.start();
    const std::vector<quint64> many = deletionKeys(longName);
    // Quadratic work would be 10^12 steps; linear work is a few milliseconds.
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_GT(many.size(), std::size_t(1000));
    EXPECT_LE(many.size(), std::size_t(longName.size()) + 1);
}

TEST(NameIndexTest, FindsEachKindOfNearNameOnce)
{
    NameIndex index;
    const int maria = index.add(PersonNameKey::from(s("María José"), s("Hernández Ruiz")));
    const int abbreviated = index.add(PersonNameKey::from(s("Ma. José"), s("Hernández Ruiz")));
    const int swapped = index.add(PersonNameKey::from(s("Hernández Ruiz"), s("María José")));
    const int typo = index.add(PersonNameKey::from(s("Maria Jose"), s("Hernandez Ruis")));
    const int split = index.add(PersonNameKey::from(s("María"), s("José Hernández Ruiz")));
    const int stranger = index.add(PersonNameKey::from(s("Jorge"), s("Cruz Peña")));
    EXPECT_EQ(index.add(PersonNameKey::from(s("MARIA JOSE"), s("HERNANDEZ RUIZ"))), maria);

    const QList<NameIndex::NearPair> pairs = index.nearPairs();
    const auto relation = [&](int a, int b) -> int {
        for (const NameIndex::NearPair& pair : pairs) {
            if (pair.first == std::min(a, b) && pair.second == std::max(a, b))
                return int(pair.relation);
        }
        return -1;
    };
    EXPECT_EQ(relation(maria, abbreviated), int(NameRelation::Abbreviated));
    EXPECT_EQ(relation(maria, swapped), int(NameRelation::Swapped));
    EXPECT_EQ(relation(maria, typo), int(NameRelation::OneTypo));
    EXPECT_EQ(relation(maria, split), int(NameRelation::SplitDifferently));
    for (int other : {maria, abbreviated, swapped, typo, split})
        EXPECT_EQ(relation(stranger, other), -1);

    // With queries, only pairs that involve a flagged name.
    std::vector<bool> queries(std::size_t(index.size()), false);
    queries[std::size_t(typo)] = true;
    for (const NameIndex::NearPair& pair : index.nearPairs(&queries))
        EXPECT_TRUE(pair.first == typo || pair.second == typo);
}

} // namespace
