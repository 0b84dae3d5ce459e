#include "import/DuplicateFinder.h"

#include <gtest/gtest.h>
#include <optional>

using namespace sd;

namespace {

Participant person(Id id, const char* given, const char* family, Id institution = 0, const char* email = "")
{
    Participant p;
    p.id = id;
    p.givenNames = QString::fromUtf8(given);
    p.familyNames = QString::fromUtf8(family);
    p.institutionId = institution;
    p.email = QString::fromUtf8(email);
    return p;
}

std::optional<DuplicateReason> reasonFor(const QList<DuplicatePair>& pairs, Id a, Id b)
{
    for (const DuplicatePair& pair : pairs) {
        if (pair.firstId == std::min(a, b) && pair.secondId == std::max(a, b))
            return pair.reason;
    }
    return std::nullopt;
}

TEST(DuplicateFinderTest, EachPairWithItsStrongestReason)
{
    const QList<Participant> people{
        person(1, "María José", "Hernández Ruiz", 10, "mj@example.org"),
        person(2, "MARIA JOSE", "HERNANDEZ RUIZ", 0),      // same names, institution missing
        person(3, "Ma. José", "Hernández Ruiz", 10),       // abbreviated
        person(4, "Hernández Ruiz", "María José", 10),     // swapped
        person(5, "María José", "Hernandez Ruis", 10),     // one typo
        person(6, "Luis", "Ortega", 20, "MJ@EXAMPLE.ORG"), // same email as 1, nothing else alike
        person(7, "María José", "Hernández Ruiz", 30), // same names, another institution: not a pair with 1
        person(8, "María", "José Hernández Ruiz", 10), // split differently
        person(9, "Jorge", "Cruz Peña", 10),
    };
    const QList<DuplicatePair> pairs = DuplicateFinder::find(people);
    EXPECT_EQ(reasonFor(pairs, 1, 2), DuplicateReason::SameNames);
    EXPECT_EQ(reasonFor(pairs, 1, 3), DuplicateReason::Abbreviated);
    EXPECT_EQ(reasonFor(pairs, 1, 4), DuplicateReason::Swapped);
    EXPECT_EQ(reasonFor(pairs, 1, 5), DuplicateReason::OneTypo);
    EXPECT_EQ(reasonFor(pairs, 1, 6), DuplicateReason::SameEmail);
    EXPECT_EQ(reasonFor(pairs, 1, 8), DuplicateReason::SplitDifferently);
    EXPECT_FALSE(reasonFor(pairs, 1, 7).has_value());
    EXPECT_EQ(reasonFor(pairs, 2, 7), DuplicateReason::SameNames); // 2 has no institution
    for (Id other = 1; other <= 8; ++other)
        EXPECT_FALSE(reasonFor(pairs, 9, other).has_value());
    for (qsizetype i = 1; i < pairs.size(); ++i)
        EXPECT_LE(int(pairs[i - 1].reason), int(pairs[i].reason));
}

TEST(DuplicateFinderTest, DistinctPeopleGiveNoPairs)
{
    QList<Participant> people;
    const char* given[] = {"Ana", "Luis", "Sofía", "Raúl"};
    const char* family[] = {"García López", "Martínez Ruiz", "Castillo Peña", "Núñez Ortiz"};
    Id id = 0;
    for (const char* g : given) {
        for (const char* f : family)
            people.append(person(++id, g, f, 1));
    }
    EXPECT_TRUE(DuplicateFinder::find(people).isEmpty());
}

} // namespace
