#include "storage/GlobalSearch.h"

#include "Backends.h"
#include "Programmes.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace sd;

namespace {

// A small file whose names carry accents, ñ, capitals, an apostrophe and LIKE's wildcards; two
// activities whose codes contain each other; experts and institutions with acronyms.
class GlobalSearchTest : public test::NewProgrammeOnBackendTest
{
protected:
    void SetUp() override
    {
        NewProgrammeOnBackendTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());

        m_inm = addInstitution(QStringLiteral("Instituto Nacional de Migración"), QStringLiteral("INM"));
        m_comar = addInstitution(QStringLiteral("Comisión Mexicana de Ayuda a Refugiados"),
                                 QStringLiteral("COMAR"));
        m_unhcr = addInstitution(QStringLiteral("United Nations High Commissioner for Refugees"),
                                 QStringLiteral("UNHCR"));

        const test::MexicoII mexico = test::addMexicoII(*m_store);
        ASSERT_FALSE(HasFailure());
        for (const auto& [code, title, city] :
             {std::tuple{QStringLiteral("12.1"), QStringLiteral("Workshop on evidence assessment"),
                         QStringLiteral("Mexico City")},
              std::tuple{QStringLiteral("2.1"), QStringLiteral("Seminario sobre protección internacional"),
                         QStringLiteral("Tapachula")}}) {
            Activity activity;
            activity.projectId = mexico.project;
            activity.code = code;
            activity.title = title;
            activity.componentIds = {mexico.component};
            activity.venueCity = city;
            activity.startDate = QDate(2017, 3, 13);
            activity.endDate = QDate(2017, 3, 15);
            Result<Id> id = m_store->addActivity(activity);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            m_activities.insert(code, *id);
        }

        addParticipant(QStringLiteral("Iñaki"), QStringLiteral("Peña Ruiz"), m_inm,
                       QStringLiteral("inaki.pena@example.org"));
        addParticipant(QStringLiteral("Ana Lucía"), QStringLiteral("Ramírez Soto"), m_comar, QString());
        addParticipant(QStringLiteral("Ana"), QStringLiteral("Ortiz 100%_sure"), 0, QString());
        addParticipant(QStringLiteral("Elena"), QStringLiteral("Cruz Castro"), m_inm, QString());
        addParticipant(QStringLiteral("Luis"), QStringLiteral("Pérez Cruz"), m_inm, QString());
        addParticipant(QStringLiteral("Ángel"), QStringLiteral("Álvarez Bravo"), 0, QString());
        addParticipant(QStringLiteral("Seán"), QStringLiteral("O'Neil"), m_unhcr,
                       QStringLiteral("sean@unhcr.org"));

        Expert expert;
        expert.givenNames = QStringLiteral("Marta");
        expert.familyNames = QStringLiteral("Sánchez Gil");
        expert.country = QStringLiteral("España");
        expert.institution = QStringLiteral("Oficina de Asilo y Refugio");
        Result<Id> expertId = m_store->addExpert(expert);
        ASSERT_TRUE(expertId.ok()) << expertId.error().message.toStdString();
        m_expert = *expertId;
    }

    Id addInstitution(const QString& name, const QString& acronym)
    {
        Result<Id> id = m_store->addInstitution(
            {0, name, acronym, InstitutionType::Federal, QStringLiteral("Mexico"), 0, false, {}, {}});
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    Id addParticipant(const QString& given, const QString& family, Id institution, const QString& email)
    {
        Participant participant;
        participant.givenNames = given;
        participant.familyNames = family;
        participant.institutionId = institution;
        participant.email = email;
        Result<Id> id = m_store->addParticipant(participant);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        if (id)
            m_participants.insert(family, *id);
        return id ? *id : 0;
    }

    SearchGroup group(SearchKind kind, const QString& text, int limit = GlobalSearch::kDefaultLimit)
    {
        Result<SearchGroup> found = GlobalSearch(*m_database).find(kind, text, limit);
        EXPECT_TRUE(found.ok()) << (found ? std::string() : found.error().message.toStdString());
        return found ? *found : SearchGroup{};
    }

    QStringList titles(SearchKind kind, const QString& text)
    {
        QStringList list;
        for (const SearchHit& hit : group(kind, text).hits)
            list << hit.title;
        return list;
    }

    Id m_inm = 0;
    Id m_comar = 0;
    Id m_unhcr = 0;
    Id m_expert = 0;
    QHash<QString, Id> m_activities;
    QHash<QString, Id> m_participants;
};

} // namespace

TEST_P(GlobalSearchTest, FindsNamesWhateverTheAccentsAndCase)
{
    for (const QString& typed : {QStringLiteral("inaki"), QStringLiteral("IÑAKI"), QStringLiteral("Iñaki"),
                                 QStringLiteral("pena"), QStringLiteral("PEÑA ruiz")}) {
        const SearchGroup found = group(SearchKind::Participant, typed);
        ASSERT_EQ(found.hits.size(), 1) << typed.toStdString();
        EXPECT_EQ(found.hits[0].id, m_participants.value(QStringLiteral("Peña Ruiz")));
        EXPECT_EQ(found.hits[0].title, QStringLiteral("Peña Ruiz, Iñaki"));
        EXPECT_EQ(found.hits[0].detail, QStringLiteral("INM · inaki.pena@example.org"));
        EXPECT_FALSE(found.more);
    }
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("angel alvarez")),
              QStringList{QStringLiteral("Álvarez Bravo, Ángel")});
}

TEST_P(GlobalSearchTest, FindsInstitutionsByNameOrAcronym)
{
    EXPECT_EQ(titles(SearchKind::Institution, QStringLiteral("migracion")),
              QStringList{QStringLiteral("Instituto Nacional de Migración")});
    const SearchGroup comar = group(SearchKind::Institution, QStringLiteral("COMAR"));
    ASSERT_EQ(comar.hits.size(), 1);
    EXPECT_EQ(comar.hits[0].id, m_comar);
    EXPECT_EQ(comar.hits[0].detail, QStringLiteral("COMAR · Mexico"));
    // Refugees appear in two names; the acronym typed exactly comes first whatever the name order.
    EXPECT_EQ(titles(SearchKind::Institution, QStringLiteral("refugees")),
              QStringList{QStringLiteral("United Nations High Commissioner for Refugees")});
    EXPECT_EQ(titles(SearchKind::Institution, QStringLiteral("unhcr")).value(0),
              QStringLiteral("United Nations High Commissioner for Refugees"));
    // Participants are not found through their institution: that is the institution's page.
    EXPECT_TRUE(group(SearchKind::Participant, QStringLiteral("COMAR")).hits.isEmpty());
}

TEST_P(GlobalSearchTest, EveryWordMustAppearInSomeField)
{
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("ana ramirez")),
              QStringList{QStringLiteral("Ramírez Soto, Ana Lucía")});
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("ana")).size(), 2);
    EXPECT_TRUE(titles(SearchKind::Participant, QStringLiteral("ana zzz")).isEmpty());
    // An email, and its parts.
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("inaki.pena@")),
              QStringList{QStringLiteral("Peña Ruiz, Iñaki")});
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("unhcr.org")),
              QStringList{QStringLiteral("O'Neil, Seán")});
}

TEST_P(GlobalSearchTest, WildcardsAndQuotesAreText)
{
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("100%")),
              QStringList{QStringLiteral("Ortiz 100%_sure, Ana")});
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("%_")),
              QStringList{QStringLiteral("Ortiz 100%_sure, Ana")});
    EXPECT_TRUE(titles(SearchKind::Participant, QStringLiteral("_")).size() == 1);
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("o'neil")),
              QStringList{QStringLiteral("O'Neil, Seán")});
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("sean")),
              QStringList{QStringLiteral("O'Neil, Seán")});
    EXPECT_TRUE(titles(SearchKind::Participant, QStringLiteral("'; DROP TABLE participant; --")).isEmpty());
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("cruz")).size(), 2);
}

TEST_P(GlobalSearchTest, NamesStartingWithTheWordComeFirstThenTheReadersOrder)
{
    // "Cruz Castro" starts with the word; "Pérez Cruz" only contains it.
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("cruz")),
              (QStringList{QStringLiteral("Cruz Castro, Elena"), QStringLiteral("Pérez Cruz, Luis")}));
    // Among equals, accents aside: Álvarez before Cruz, though Á sorts after every ASCII letter by code.
    EXPECT_EQ(titles(SearchKind::Participant, QStringLiteral("a")).value(0),
              QStringLiteral("Álvarez Bravo, Ángel"));
}

TEST_P(GlobalSearchTest, ActivitiesByCodeTitleOrVenueTheExactCodeFirst)
{
    const SearchGroup found = group(SearchKind::Activity, QStringLiteral("2.1"));
    ASSERT_EQ(found.hits.size(), 2);
    EXPECT_EQ(found.hits[0].id, m_activities.value(QStringLiteral("2.1")));
    EXPECT_EQ(found.hits[1].id, m_activities.value(QStringLiteral("12.1")));
    EXPECT_EQ(found.hits[0].title, QStringLiteral("2.1 Seminario sobre protección internacional"));
    EXPECT_EQ(found.hits[0].detail, QStringLiteral("MX-II · Tapachula"));
    EXPECT_EQ(found.hits[0].date, QDate(2017, 3, 13));
    EXPECT_EQ(titles(SearchKind::Activity, QStringLiteral("proteccion")).size(), 1);
    EXPECT_EQ(titles(SearchKind::Activity, QStringLiteral("tapachula")).size(), 1);
    EXPECT_EQ(titles(SearchKind::Activity, QStringLiteral("mx-ii evidence")).size(), 1);
}

TEST_P(GlobalSearchTest, ExpertsByNameCountryOrInstitution)
{
    for (const QString& typed :
         {QStringLiteral("sanchez"), QStringLiteral("espana"), QStringLiteral("asilo")}) {
        const SearchGroup found = group(SearchKind::Expert, typed);
        ASSERT_EQ(found.hits.size(), 1) << typed.toStdString();
        EXPECT_EQ(found.hits[0].id, m_expert);
        EXPECT_EQ(found.hits[0].title, QStringLiteral("Sánchez Gil, Marta"));
        EXPECT_EQ(found.hits[0].detail, QStringLiteral("España · Oficina de Asilo y Refugio"));
    }
}

TEST_P(GlobalSearchTest, GroupsComeInOrderAndEachIsBounded)
{
    for (int i = 0; i < 12; ++i)
        addParticipant(QStringLiteral("Persona %1").arg(i),
                       QStringLiteral("García %1").arg(i, 2, 10, QLatin1Char('0')), 0, QString());
    const SearchGroup five = group(SearchKind::Participant, QStringLiteral("garcia"), 5);
    ASSERT_EQ(five.hits.size(), 5);
    EXPECT_TRUE(five.more);
    EXPECT_EQ(five.hits[0].title, QStringLiteral("García 00, Persona 0"));
    const SearchGroup all = group(SearchKind::Participant, QStringLiteral("garcia"), 12);
    EXPECT_EQ(all.hits.size(), 12);
    EXPECT_FALSE(all.more);

    // Refugio (expert), Refugiados and Refugees (institutions): every kind is asked, in a fixed order.
    Result<QList<SearchGroup>> groups = GlobalSearch(*m_database).find(QStringLiteral("refug"));
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 4);
    EXPECT_EQ((*groups)[0].kind, SearchKind::Activity);
    EXPECT_EQ((*groups)[1].kind, SearchKind::Participant);
    EXPECT_EQ((*groups)[2].kind, SearchKind::Expert);
    EXPECT_EQ((*groups)[3].kind, SearchKind::Institution);
    EXPECT_TRUE((*groups)[0].hits.isEmpty());
    EXPECT_EQ((*groups)[2].hits.size(), 1);
    EXPECT_EQ((*groups)[3].hits.size(), 2);
}

TEST_P(GlobalSearchTest, BlankTextFindsNothingAndWordsAreCapped)
{
    Result<QList<SearchGroup>> groups = GlobalSearch(*m_database).find(QStringLiteral("   "));
    ASSERT_TRUE(groups.ok());
    for (const SearchGroup& found : *groups)
        EXPECT_TRUE(found.hits.isEmpty());
    EXPECT_EQ(GlobalSearch::words(QStringLiteral("  a  b c d e f g h ")).size(), GlobalSearch::kMaxWords);
    EXPECT_EQ(GlobalSearch::words(QStringLiteral(" ana\tlucía ")),
              (QStringList{QStringLiteral("ana"), QStringLiteral("lucía")}));
}

INSTANTIATE_TEST_SUITE_P(Backends, GlobalSearchTest, test::bothBackends(), test::backendName);
