// Row versions: every editable record carries the version it was read at, an update states it and
// moves it on, and a change based on an old version is refused with nothing written. Two connections
// on one file, or on one server database, stand for two people (or two programs).

#include "Backends.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace sd;
using sd::test::TempDir;

namespace {

// On a file and on the server (Backends.h): the same refusals from both.
class RowVersionTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("programme.sdesk"));
        ASSERT_NE(test::newProgramme(path), nullptr);
        m_database = m_place.open(GetParam(), path);
        ASSERT_NE(m_database, nullptr);
        m_store = std::make_unique<ProgrammeStore>(*m_database);
        m_institution = test::addInm(*m_store);
        Participant person =
            test::fixturePerson("Iñaki", "Pérez", Gender::Male, m_institution, "inaki@example.org");
        Result<Id> id = m_store->addParticipant(person);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        m_person = *id;
        Result<std::unique_ptr<Database>> other = Database::open(m_place.address(), {});
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        m_otherDatabase = std::move(other).value();
        m_other = std::make_unique<ProgrammeStore>(*m_otherDatabase);
    }

    qint64 storedVersion(const char* table, Id id) const
    {
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(
            QStringLiteral("SELECT row_version FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(id)));
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    TempDir m_dir;
    test::BackendPlace m_place;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
    Id m_institution = 0;
    Id m_person = 0;
    std::unique_ptr<Database> m_otherDatabase;
    std::unique_ptr<ProgrammeStore> m_other; // another person's window on the same programme
};

INSTANTIATE_TEST_SUITE_P(Backends, RowVersionTest, test::bothBackends(), test::backendName);

TEST_P(RowVersionTest, ANewRecordIsAtVersionOneAndEachUpdateMovesItOn)
{
    Result<Participant> read = m_store->participant(m_person);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->rowVersion, 1);
    EXPECT_EQ(storedVersion("participant", m_person), 1);

    Participant changed = *read;
    changed.region = QStringLiteral("Chiapas");
    ASSERT_TRUE(m_store->updateParticipant(changed).ok());
    EXPECT_EQ(storedVersion("participant", m_person), 2);
    Result<Participant> again = m_store->participant(m_person);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->rowVersion, 2);
    EXPECT_EQ(again->region, QStringLiteral("Chiapas"));

    changed = *again;
    changed.phone = QStringLiteral("+52 55 1234 5678");
    ASSERT_TRUE(m_store->updateParticipant(changed).ok());
    EXPECT_EQ(storedVersion("participant", m_person), 3);
}

TEST_P(RowVersionTest, AnUpdateFromAnOldVersionIsRefusedAndTheOtherChangeStays)
{
    Result<Participant> mine = m_store->participant(m_person);
    Result<Participant> theirs = m_other->participant(m_person);
    ASSERT_TRUE(mine.ok() && theirs.ok());

    theirs->email = QStringLiteral("i.perez@example.org");
    ASSERT_TRUE(m_other->updateParticipant(*theirs).ok());

    mine->email = QStringLiteral("inaki.perez@example.org");
    const Status refused = m_store->updateParticipant(*mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Participant 'Iñaki Pérez' (id %1) was changed by someone else since you opened "
                             "it; nothing was saved; reload it and try again.")
                  .arg(m_person));

    Result<Participant> stored = m_store->participant(m_person);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->email, QStringLiteral("i.perez@example.org"));
    EXPECT_EQ(stored->rowVersion, 2);

    // Read again, the same change goes through.
    Participant reread = *stored;
    reread.email = QStringLiteral("inaki.perez@example.org");
    ASSERT_TRUE(m_store->updateParticipant(reread).ok());
    EXPECT_EQ(storedVersion("participant", m_person), 3);
}

TEST_P(RowVersionTest, EveryEditableKindStatesItsVersion)
{
    const test::MexicoII mexico = test::addMexicoII(*m_store, {m_institution});
    Result<Project> project = m_store->project(mexico.project);
    Result<Component> component = m_store->component(mexico.component);
    Result<Institution> institution = m_store->institution(m_institution);
    ASSERT_TRUE(project.ok() && component.ok() && institution.ok());

    Result<Project> projectThere = m_other->project(mexico.project);
    projectThere->title = QStringLiteral("Mexico II, second phase");
    ASSERT_TRUE(m_other->updateProject(*projectThere).ok());
    project->summary = QStringLiteral("A summary");
    EXPECT_EQ(m_store->updateProject(*project).error().kind, ErrorKind::ChangedElsewhere);

    Result<Component> componentThere = m_other->component(mexico.component);
    componentThere->title = QStringLiteral("Protection");
    ASSERT_TRUE(m_other->updateComponent(*componentThere).ok());
    component->title = QStringLiteral("Asylum and protection");
    EXPECT_EQ(m_store->updateComponent(*component).error().kind, ErrorKind::ChangedElsewhere);

    Result<Institution> institutionThere = m_other->institution(m_institution);
    institutionThere->acronym = QStringLiteral("INAMI");
    ASSERT_TRUE(m_other->updateInstitution(*institutionThere).ok());
    institution->country = QStringLiteral("México");
    const Status refused = m_store->updateInstitution(*institution);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_TRUE(
        refused.error().message.startsWith(QStringLiteral("Institution 'National Institute of Migration'")))
        << refused.error().message.toStdString();

    // An activity is changed with its sessions: the activity's version covers them.
    Activity activity = test::tapachulaSeminar(mexico.project, mexico.component, QStringLiteral("1"));
    Result<Id> activityId = m_store->addActivity(activity);
    ASSERT_TRUE(activityId.ok()) << activityId.error().message.toStdString();
    Result<Activity> mineActivity = m_store->activity(*activityId);
    Result<Activity> theirActivity = m_other->activity(*activityId);
    Result<QList<Session>> sessions = m_store->sessions(*activityId);
    ASSERT_TRUE(mineActivity.ok() && theirActivity.ok() && sessions.ok());
    EXPECT_EQ(mineActivity->rowVersion, 1);
    EXPECT_EQ(sessions->first().rowVersion, 1);
    theirActivity->title = QStringLiteral("Their title");
    ASSERT_TRUE(m_other->updateActivity(*theirActivity, *sessions).ok());
    mineActivity->venueCity = QStringLiteral("Tijuana");
    const Status activityRefused = m_store->updateActivity(*mineActivity, *sessions);
    EXPECT_EQ(activityRefused.ok() ? ErrorKind::BadInput : activityRefused.error().kind,
              ErrorKind::ChangedElsewhere);
    EXPECT_EQ(m_store->activity(*activityId)->title, QStringLiteral("Their title"));
    EXPECT_EQ(m_store->activity(*activityId)->venueCity, theirActivity->venueCity);
}

TEST_P(RowVersionTest, ADeleteFromAnOldVersionIsRefused)
{
    Result<Participant> mine = m_store->participant(m_person);
    Result<Participant> theirs = m_other->participant(m_person);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    theirs->position = QStringLiteral("Officer");
    ASSERT_TRUE(m_other->updateParticipant(*theirs).ok());

    const Status refused = m_store->remove<Participant>(m_person, DeleteMode::Cascade, mine->rowVersion);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::ChangedElsewhere);
    EXPECT_TRUE(m_store->participant(m_person).ok());

    ASSERT_TRUE(m_store->remove<Participant>(m_person, DeleteMode::Cascade, theirs->rowVersion + 1).ok());
    EXPECT_EQ(m_store->participant(m_person).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(*m_store->versionNow<Participant>(m_person), 0);
}

TEST_P(RowVersionTest, AnUndoRestoreMovesTheVersionOnAndAnImportFillMovesItToo)
{
    Result<ProgrammeStore::ParticipantSnapshot> before =
        m_store->participantSnapshot(m_person, ProgrammeStore::SnapshotDepth::Record);
    ASSERT_TRUE(before.ok());
    Participant changed = before->participant;
    changed.region = QStringLiteral("Sonora");
    ASSERT_TRUE(m_store->updateParticipant(changed).ok());
    ASSERT_TRUE(m_store->restoreParticipant(*before).ok());
    EXPECT_EQ(storedVersion("participant", m_person), 3);
    EXPECT_EQ(m_store->participant(m_person)->region, QString());
}

TEST(RowVersionMigration, AnOlderFileGetsVersionOneOnEveryRecord)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sdesk"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("migrations/v1-programme.sdesk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    QSqlQuery query((*opened)->connection());
    int tablesWithRows = 0;
    for (const char* table : {"project", "objective", "component", "activity", "session", "institution",
                              "participant", "expert", "enrolment", "attendance"}) {
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), min(row_version), max(row_version) FROM %1")
                                   .arg(QLatin1String(table))))
            << table;
        ASSERT_TRUE(query.next());
        if (query.value(0).toLongLong() == 0)
            continue;
        ++tablesWithRows;
        EXPECT_EQ(query.value(1).toLongLong(), 1) << table;
        EXPECT_EQ(query.value(2).toLongLong(), 1) << table;
    }
    EXPECT_GE(tablesWithRows, 5);
}

} // namespace

#include "storage/RecordMerge.h"

namespace {

TEST(RecordMerge, FieldsOnlyOneSideChangedMergeAndBothChangedAreConflicts)
{
    Participant base = test::fixturePerson("Iñaki", "Pérez", Gender::Male, 7, "inaki@example.org");
    base.id = 42;
    base.region = QStringLiteral("Chiapas");
    Participant mine = base;
    mine.position = QStringLiteral("Officer");
    Participant theirs = base;
    theirs.email = QStringLiteral("i.perez@example.org");
    theirs.rowVersion = 2;

    QList<FieldVersions> fields = fieldVersions(base, mine, theirs);
    EXPECT_FALSE(anyConflict(fields));
    QStringList changed;
    for (const FieldVersions& field : fields) {
        EXPECT_STRNE(field.column, "id");
        EXPECT_STRNE(field.column, "row_version");
        if (field.mineChanged || field.theirsChanged)
            changed << QString::fromLatin1(field.column);
    }
    EXPECT_EQ(changed, (QStringList{QStringLiteral("position"), QStringLiteral("email")}));
    Participant merged = withMyChanges(base, mine, theirs);
    EXPECT_EQ(merged.position, QStringLiteral("Officer"));
    EXPECT_EQ(merged.email, QStringLiteral("i.perez@example.org"));
    EXPECT_EQ(merged.rowVersion, 2);

    mine.region = QStringLiteral("Oaxaca");
    theirs.region = QStringLiteral("Yucatán");
    fields = fieldVersions(base, mine, theirs);
    EXPECT_TRUE(anyConflict(fields));
    const auto region = std::find_if(fields.begin(), fields.end(), [](const FieldVersions& field) {
        return QLatin1String(field.column) == QLatin1String("region");
    });
    ASSERT_NE(region, fields.end());
    EXPECT_EQ(region->base, QStringLiteral("Chiapas"));
    EXPECT_EQ(region->mine, QStringLiteral("Oaxaca"));
    EXPECT_EQ(region->theirs, QStringLiteral("Yucatán"));
    EXPECT_TRUE(region->conflicts());
    EXPECT_EQ(withMyChanges(base, mine, theirs).region, QStringLiteral("Oaxaca"));

    // The same value on both sides is no conflict.
    theirs.region = mine.region;
    EXPECT_FALSE(anyConflict(fieldVersions(base, mine, theirs)));

    // Lists kept in link tables compare as lists.
    Objective objective{1, 3, 1, QStringLiteral("Protect"), {5}, {}};
    Objective myObjective = objective;
    myObjective.componentIds = {5, 6};
    const QList<FieldVersions> objectiveFields = fieldVersions(objective, myObjective, objective);
    ASSERT_FALSE(objectiveFields.isEmpty());
    EXPECT_STREQ(objectiveFields.last().column, "objective_component");
    EXPECT_EQ(objectiveFields.last().mine, QStringLiteral("5, 6"));
    EXPECT_TRUE(objectiveFields.last().mineChanged);
}

} // namespace
