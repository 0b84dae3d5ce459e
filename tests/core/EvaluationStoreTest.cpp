// The evaluation sheet lists an activity's persons in the order of every other list of names.
#include "storage/EvaluationStore.h"

#include "Programmes.h"
#include "storage/ProgrammeStore.h"

#include <gtest/gtest.h>

using namespace sd;

namespace {

class EvaluationStoreTest : public test::NewProgrammeTest
{
};

TEST_F(EvaluationStoreTest, SheetOrdersFamilyNamesLikeEveryOtherList)
{
    const test::MexicoII mexico = test::addMexicoII(*m_store);
    Activity activity = test::tapachulaSeminar(mexico.project, mexico.component, QStringLiteral("2.1"));
    activity.testMaxScore = 20;
    Result<Id> activityId = m_store->addActivity(activity);
    ASSERT_TRUE(activityId.ok());
    // Entered so that the bytes' order (Cruz, Ortiz, Cárdenas, Álvarez) differs from the readers'.
    const QList<std::pair<const char*, const char*>> persons{
        {"Luis", "Cruz"}, {"Ana", "ortiz"}, {"Rosa", "Cárdenas"}, {"Iñaki", "Álvarez"}, {"Ana", "Cárdenas"}};
    for (const auto& [given, family] : persons) {
        Result<Id> id = m_store->addParticipant(test::fixturePerson(given, family, Gender::Female, 0));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(m_store->enrol(*activityId, *id).ok());
    }
    Result<QList<EvaluationStore::Line>> sheet = EvaluationStore(*m_database).sheet(*activityId);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    QStringList names;
    for (const EvaluationStore::Line& line : *sheet)
        names.append(line.familyNames + QStringLiteral(", ") + line.givenNames);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Álvarez, Iñaki"), QStringLiteral("Cárdenas, Ana"),
                                  QStringLiteral("Cárdenas, Rosa"), QStringLiteral("Cruz, Luis"),
                                  QStringLiteral("ortiz, Ana")}));
}

} // namespace
