#include "storage/RegisterQuery.h"

#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/NameCollation.h"
#include "storage/ProgrammeStore.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <map>

using namespace sd;
using sd::test::TempDir;

namespace {

// 700 more participants, half of them sharing a family name, so that ties are broken by id.
void addManyParticipants(ProgrammeStore& store, Database& database)
{
    Transaction transaction(database);
    ASSERT_TRUE(transaction.begun().ok());
    for (int i = 0; i < 700; ++i) {
        Participant participant;
        participant.givenNames = QStringLiteral("Persona");
        participant.familyNames = i % 2 ? QStringLiteral("Árbol %1").arg(i % 50) : QStringLiteral("Zapata");
        participant.region = i % 3 ? QStringLiteral("Chiapas") : QStringLiteral("Oaxaca");
        Result<Id> id = store.addParticipant(participant);
        ASSERT_TRUE(id.ok());
    }
    ASSERT_TRUE(transaction.commit().ok());
}

// A small register with names that a code-point order gets wrong (accents, ñ) and names holding
// LIKE's wildcards, made as a file and opened on a file and on the server (Backends.h). A server
// database costs a copy, so the tests that only read share one programme per backend within a run
// of the program: the small register (RegisterQueryTest), or the same with 700 more participants
// (LargerRegisterQueryTest); a test that writes gets its own (OwnRegisterQueryTest).
class RegisterQueryFixture : public ::testing::TestWithParam<test::Backend>
{
protected:
    enum class Programme
    {
        Small,
        Many,
        Own
    };

    struct Place
    {
        TempDir dir;
        test::BackendPlace place;
        std::unique_ptr<Database> database;
        std::unique_ptr<ProgrammeStore> store;
        QHash<QString, Id> ids;
    };

    static void TearDownTestSuite() { s_shared.clear(); }

    virtual Programme programme() const = 0;
    void SetUp() override { open(programme()); }

    // Points the test at the programme: one shared with the other tests of its backend, or its own.
    void open(Programme which)
    {
        std::unique_ptr<Place>* slot = &m_own;
        if (which != Programme::Own)
            slot = &s_shared[{int(GetParam()), int(which)}];
        if (!*slot) {
            auto made = std::make_unique<Place>();
            const QString path = made->dir.path(QStringLiteral("programme.sdesk"));
            {
                std::unique_ptr<Database> file = test::newProgramme(path);
                ASSERT_NE(file, nullptr);
                ProgrammeStore store(*file);
                fill(store, made->ids);
                ASSERT_FALSE(HasFatalFailure());
                if (which == Programme::Many) {
                    addManyParticipants(store, *file);
                    ASSERT_FALSE(HasFatalFailure());
                }
            }
            made->database = made->place.open(GetParam(), path);
            ASSERT_NE(made->database, nullptr);
            made->store = std::make_unique<ProgrammeStore>(*made->database);
            *slot = std::move(made);
        }
        m_database = (*slot)->database.get();
        m_store = (*slot)->store.get();
        m_ids = (*slot)->ids;
    }

    static void fill(ProgrammeStore& store, QHash<QString, Id>& ids)
    {
        const Id inm = test::addInm(store);
        ASSERT_NE(inm, 0);
        const QList<QPair<QString, QString>> names{
            {QStringLiteral("Elena"), QStringLiteral("Cruz Castro")},
            {QStringLiteral("Teresa"), QStringLiteral("Cárdenas López")},
            {QStringLiteral("Ángel"), QStringLiteral("Álvarez Ruiz")},
            {QStringLiteral("Rodrigo"), QStringLiteral("Núñez Díaz")},
            {QStringLiteral("Pedro"), QStringLiteral("Nuno Pérez")},
            {QStringLiteral("Ana"), QStringLiteral("Ortiz 100%_sure")},
        };
        for (const auto& [given, family] : names) {
            Participant participant;
            participant.givenNames = given;
            participant.familyNames = family;
            participant.region = QStringLiteral("Chiapas");
            participant.institutionId = family.startsWith(QLatin1Char('C')) ? inm : 0;
            Result<Id> id = store.addParticipant(participant);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            ids.insert(family, *id);
        }
    }

    QStringList names(const RegisterQuery& query)
    {
        Result<QList<RegisterRow>> rows = query.rows(0, 100);
        EXPECT_TRUE(rows.ok());
        QStringList list;
        if (rows) {
            for (const RegisterRow& row : rows.value())
                list << row.cells.at(0).toString();
        }
        return list;
    }

    static inline std::map<std::pair<int, int>, std::unique_ptr<Place>> s_shared;
    std::unique_ptr<Place> m_own;
    Database* m_database = nullptr;
    ProgrammeStore* m_store = nullptr;
    QHash<QString, Id> m_ids;
};

class RegisterQueryTest : public RegisterQueryFixture
{
protected:
    Programme programme() const override { return Programme::Small; }
};

class LargerRegisterQueryTest : public RegisterQueryFixture
{
protected:
    Programme programme() const override { return Programme::Many; }
};

class OwnRegisterQueryTest : public RegisterQueryFixture
{
protected:
    Programme programme() const override { return Programme::Own; }
};

INSTANTIATE_TEST_SUITE_P(Backends, RegisterQueryTest, test::bothBackends(), test::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, LargerRegisterQueryTest, test::bothBackends(), test::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, OwnRegisterQueryTest, test::bothBackends(), test::backendName);

TEST(NameCollationTest, IgnoresCaseAndAccentsAndPutsEnyeAfterN)
{
    EXPECT_LT(compareNames(u"Cárdenas", u"Cruz"), 0);
    EXPECT_LT(compareNames(u"Álvarez", u"Benítez"), 0);
    EXPECT_LT(compareNames(u"alvarez", u"Álvarez"), 0) << "same letters: the exact text breaks the tie";
    EXPECT_LT(compareNames(u"Nuno", u"Núñez"), 0);
    EXPECT_LT(compareNames(u"Núñez", u"Nuo"), 0) << "ñ sorts between n and o";
    EXPECT_EQ(compareNames(u"Pérez", u"Pérez"), 0);
}

TEST(NameCollationTest, SearchIgnoresCaseAndAccentsAndFindsEnyeByN)
{
    EXPECT_TRUE(containsFolded(u"Núñez Díaz", u"nunez"));
    EXPECT_TRUE(containsFolded(u"Núñez Díaz", u"ÑEZ D"));
    EXPECT_TRUE(containsFolded(u"Ramírez", u"RAMIR"));
    EXPECT_TRUE(containsFolded(u"Ramírez", u""));
    EXPECT_FALSE(containsFolded(u"Ramírez", u"ramos"));
    EXPECT_FALSE(containsFolded(u"Ana", u"Anabel"));
}

TEST_P(RegisterQueryTest, SortsNamesAsAReaderExpects)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    const QStringList ascending = names(query);
    EXPECT_EQ(ascending,
              (QStringList{QStringLiteral("Álvarez Ruiz, Ángel"), QStringLiteral("Cárdenas López, Teresa"),
                           QStringLiteral("Cruz Castro, Elena"), QStringLiteral("Nuno Pérez, Pedro"),
                           QStringLiteral("Núñez Díaz, Rodrigo"), QStringLiteral("Ortiz 100%_sure, Ana")}));
    query.setSort(0, Qt::DescendingOrder);
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(names(query), reversed);
    // The code-point order of very large registers: through the index, accented capitals last.
    query.setSort(0, Qt::AscendingOrder);
    query.setReaderOrder(false);
    EXPECT_EQ(names(query).last(), QStringLiteral("Álvarez Ruiz, Ángel"));
}

TEST_P(RegisterQueryTest, CountsAndFiltersInSqlWithEveryWordRequired)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    EXPECT_EQ(*query.count(), 6);
    query.setFilter(QStringLiteral("  núñez "));
    EXPECT_EQ(*query.count(), 1);
    EXPECT_EQ(names(query), QStringList{QStringLiteral("Núñez Díaz, Rodrigo")});
    // The institution's acronym matches its participants.
    query.setFilter(QStringLiteral("INM"));
    EXPECT_EQ(*query.count(), 2);
    // Both words must match, each in any column.
    query.setFilter(QStringLiteral("inm teresa"));
    EXPECT_EQ(names(query), QStringList{QStringLiteral("Cárdenas López, Teresa")});
    // Accents and case aside: typed without accents, or in capitals, names are still found.
    query.setFilter(QStringLiteral("nunez"));
    EXPECT_EQ(names(query), QStringList{QStringLiteral("Núñez Díaz, Rodrigo")});
    query.setFilter(QStringLiteral("CARDENAS"));
    EXPECT_EQ(names(query), QStringList{QStringLiteral("Cárdenas López, Teresa")});
    query.setFilter(QStringLiteral("ángel álvarez"));
    EXPECT_EQ(*query.count(), 1);
    query.setFilter(QStringLiteral("nobody"));
    EXPECT_EQ(*query.count(), 0);
    EXPECT_TRUE(names(query).isEmpty());
}

TEST_P(RegisterQueryTest, WildcardsInTheFilterAreTakenLiterally)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    query.setFilter(QStringLiteral("%"));
    EXPECT_EQ(*query.count(), 1);
    query.setFilter(QStringLiteral("0%_s"));
    EXPECT_EQ(*query.count(), 1);
    query.setFilter(QStringLiteral("_"));
    EXPECT_EQ(names(query), QStringList{QStringLiteral("Ortiz 100%_sure, Ana")});
}

TEST_P(RegisterQueryTest, PagesFollowEachOtherWithoutOverlap)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    const QStringList all = names(query);
    QStringList paged;
    for (qint64 offset = 0; offset < 6; offset += 4) {
        Result<QList<RegisterRow>> page = query.rows(offset, 4);
        ASSERT_TRUE(page.ok());
        for (const RegisterRow& row : page.value())
            paged << row.cells.at(0).toString();
    }
    EXPECT_EQ(paged, all);
}

TEST_P(OwnRegisterQueryTest, RowsWithIdsComeInTheSortOrderAcrossStatements)
{
    // More ids than one statement takes, so that the chunks are merged; names that sort alike on
    // both backends (a number after each, of three digits).
    {
        Transaction transaction(*m_database);
        ASSERT_TRUE(transaction.begun().ok());
        for (int i = 0; i < 700; ++i) {
            Participant participant;
            participant.givenNames = QStringLiteral("Persona");
            participant.familyNames = (i % 2 ? QStringLiteral("Árbol %1") : QStringLiteral("Zapata %1"))
                                          .arg(i, 3, 10, QLatin1Char('0'));
            Result<Id> id = m_store->addParticipant(participant);
            ASSERT_TRUE(id.ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    RegisterQuery query(*m_database, RegisterKind::Participants);
    QList<Id> ids;
    Result<qint64> total = query.count();
    ASSERT_TRUE(total.ok());
    Result<QList<RegisterRow>> everyone = query.rows(0, int(*total));
    ASSERT_TRUE(everyone.ok());
    for (const RegisterRow& row : everyone.value())
        ids.prepend(row.id); // reversed: the order must come from the query, not the list
    Result<QList<RegisterRow>> chosen = query.rowsWithIds(ids);
    ASSERT_TRUE(chosen.ok());
    ASSERT_EQ(chosen->size(), everyone->size());
    for (qsizetype i = 0; i < chosen->size(); ++i)
        EXPECT_EQ(chosen->at(i).id, everyone->at(i).id) << "row " << i;
}

TEST_P(LargerRegisterQueryTest, PagesReadFromTheEndMatchThePagesReadFromTheStart)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    for (bool readerOrder : {true, false}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.setReaderOrder(readerOrder);
            query.setSort(0, order);
            const qint64 total = *query.count();
            Result<QList<RegisterRow>> everyone = query.rows(0, -1);
            ASSERT_TRUE(everyone.ok());
            ASSERT_EQ(everyone->size(), total);
            // Pages past the middle are read backwards from the end; the last one is short.
            for (qint64 offset : {qint64(0), total / 2 - 3, total / 2 + 1, total - 200, total - 7}) {
                Result<QList<RegisterRow>> page = query.rows(offset, 200, total);
                ASSERT_TRUE(page.ok());
                ASSERT_EQ(page->size(), std::min<qint64>(200, total - offset)) << "offset " << offset;
                for (qsizetype i = 0; i < page->size(); ++i)
                    ASSERT_EQ(page->at(i).id, everyone->at(offset + i).id)
                        << "offset " << offset << " row " << i;
            }
        }
    }
}

TEST_P(LargerRegisterQueryTest, PositionOfARecordFollowsTheFilterAndTheSort)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    query.setFilter(QStringLiteral("oaxaca"));
    query.setSort(0, Qt::DescendingOrder);
    Result<QList<RegisterRow>> rows = query.rows(0, -1);
    ASSERT_TRUE(rows.ok());
    ASSERT_GT(rows->size(), 100);
    for (qsizetype row : {qsizetype(0), qsizetype(57), rows->size() - 1}) {
        Result<std::optional<qint64>> position = query.positionOf(rows->at(row).id);
        ASSERT_TRUE(position.ok()) << position.error().message.toStdString();
        ASSERT_TRUE(position->has_value());
        EXPECT_EQ(**position, row);
    }
    // Núñez lives in Chiapas: not among the rows the filter keeps.
    Result<std::optional<qint64>> missing = query.positionOf(m_ids.value(QStringLiteral("Núñez Díaz")));
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_P(LargerRegisterQueryTest, OnlyIdsAreCountedAndPagedInSqlInsteadOfTheFilter)
{
    RegisterQuery query(*m_database, RegisterKind::Participants);
    Result<QList<RegisterRow>> everyone = query.rows(0, -1);
    ASSERT_TRUE(everyone.ok());
    QList<Id> chosen;
    for (qsizetype i = 0; i < everyone->size(); i += 3)
        chosen.prepend(everyone->at(i).id); // reversed: the order comes from the query
    chosen << 999999;                       // no such person: not counted
    query.setFilter(QStringLiteral("nobody matches this"));
    query.setOnlyIds(chosen);
    ASSERT_EQ(*query.count(), chosen.size() - 1);
    Result<QList<RegisterRow>> rows = query.rows(0, -1);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), chosen.size() - 1);
    for (qsizetype i = 0; i < rows->size(); ++i)
        EXPECT_EQ(rows->at(i).id, everyone->at(i * 3).id) << "row " << i;
    Result<QList<RegisterRow>> last = query.rows(rows->size() - 5, 200, rows->size());
    ASSERT_TRUE(last.ok());
    ASSERT_EQ(last->size(), 5);
    EXPECT_EQ(last->last().id, rows->last().id);
    query.setOnlyIds(std::nullopt);
    EXPECT_EQ(*query.count(), 0) << "the filter applies again";
}

TEST_P(OwnRegisterQueryTest, RosterShowsEachEnrolledPersonsAttendanceRate)
{
    const test::MexicoII mexico = test::addMexicoII(*m_store);
    ASSERT_FALSE(HasFailure());
    Result<Id> activityId =
        m_store->addActivity(test::tapachulaSeminar(mexico.project, mexico.component, QStringLiteral("2.1")));
    ASSERT_TRUE(activityId.ok()) << activityId.error().message.toStdString();
    Result<QList<Session>> sessions = m_store->sessions(*activityId);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 3);
    Result<Id> cruz = m_store->enrol(*activityId, m_ids.value(QStringLiteral("Cruz Castro")));
    Result<Id> nuno = m_store->enrol(*activityId, m_ids.value(QStringLiteral("Nuno Pérez")));
    ASSERT_TRUE(cruz.ok() && nuno.ok());
    using Mark = ProgrammeStore::MarkChange;
    ASSERT_TRUE(m_store
                    ->setAttendance({Mark{*cruz, sessions->at(0).id, AttendanceStatus::Present},
                                     Mark{*cruz, sessions->at(1).id, AttendanceStatus::Late},
                                     Mark{*cruz, sessions->at(2).id, AttendanceStatus::Present},
                                     Mark{*nuno, sessions->at(0).id, AttendanceStatus::Present},
                                     Mark{*nuno, sessions->at(1).id, AttendanceStatus::Absent}})
                    .ok());

    RegisterQuery roster(*m_database, RegisterKind::ActivityRoster, *activityId);
    EXPECT_EQ(*roster.count(), 2);
    Result<QList<RegisterRow>> rows = roster.rows(0, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    const int attended = 3, marked = 4, rate = 5;
    ASSERT_EQ(roster.columnValue(rate), RegisterValue::Percent);
    EXPECT_EQ(rows->at(0).cells.at(0).toString(), QStringLiteral("Cruz Castro, Elena"));
    EXPECT_EQ(rows->at(0).cells.at(attended).toLongLong(), 3);
    EXPECT_EQ(rows->at(0).cells.at(marked).toLongLong(), 3);
    EXPECT_DOUBLE_EQ(rows->at(0).cells.at(rate).toDouble(), 100.0);
    EXPECT_EQ(rows->at(1).cells.at(attended).toLongLong(), 1);
    EXPECT_EQ(rows->at(1).cells.at(marked).toLongLong(), 2) << "unmarked is not absent";
    EXPECT_NEAR(rows->at(1).cells.at(rate).toDouble(), 100.0 / 3.0, 1e-9);
    // Sorting by the rate puts the lower first.
    roster.setSort(rate, Qt::AscendingOrder);
    rows = roster.rows(0, 10);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->at(0).id, m_ids.value(QStringLiteral("Nuno Pérez")));
}

} // namespace

namespace {

TEST_P(RegisterQueryTest, EveryColumnOfEveryRegisterSortsBothWays)
{
    for (RegisterKind kind : {RegisterKind::Participants, RegisterKind::Experts, RegisterKind::Institutions,
                              RegisterKind::ActivityRoster}) {
        RegisterQuery query(*m_database, kind, 1);
        query.setFilter(QStringLiteral("a"));
        for (int column = 0; column < query.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                query.setSort(column, order);
                Result<QList<RegisterRow>> rows = query.rows(0, 10);
                EXPECT_TRUE(rows.ok()) << "register " << int(kind) << ", column " << column << ": "
                                       << (rows ? "" : rows.error().message.toStdString());
            }
        }
        EXPECT_TRUE(query.count().ok());
    }
}

} // namespace
