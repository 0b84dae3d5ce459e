// The store and the counting on both places a programme lives: each test runs once on a new file and
// once on a new database on the test server, through the same Database, ProgrammeStore and
// ResultsQuery the program uses.

#include "Backends.h"
#include "PgTestServer.h"
#include "Programmes.h"
#include "SmallProgramme.h"
#include "counting/ResultsFormatter.h"
#include "counting/ResultsQuery.h"
#include "demo/DemoProgramme.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/GlobalSearch.h"
#include "storage/ProgrammeStore.h"
#include "storage/RegisterQuery.h"
#include "storage/ServerSchema.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace sd::test {
namespace {

class BothBackendsTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::File) {
            m_database = newProgramme(m_dir.path(QStringLiteral("programme.sdesk")));
        } else {
            QString why;
            std::optional<PgTestServer> found = PgTestServer::find(&why);
            if (!found)
                GTEST_FAIL() << why.toStdString();
            m_server = *found;
            for (const char* name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE"})
                qunsetenv(name);
            m_serverDatabase = std::make_unique<PgTestDatabase>(m_server);
            ASSERT_TRUE(m_serverDatabase->created());
            const QString connectionName = QStringLiteral("both-backends-init-") + m_serverDatabase->name();
            {
                Result<ProgrammeLocation> location = ProgrammeLocation::parse(m_serverDatabase->socketUri());
                ASSERT_TRUE(location.ok());
                Result<QSqlDatabase> db = ServerConnection::open(*location, connectionName);
                ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
                const Status created = ServerSchema::create(*db);
                db->close();
                ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            }
            QSqlDatabase::removeDatabase(connectionName);
            Result<std::unique_ptr<Database>> opened = Database::open(m_serverDatabase->socketUri(), {});
            ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
            m_database = std::move(opened).value();
        }
        ASSERT_NE(m_database, nullptr);
        m_store = std::make_unique<ProgrammeStore>(*m_database);
    }

    void TearDown() override
    {
        m_store.reset();
        m_database.reset();
        m_serverDatabase.reset();
    }

    QStringList dumpAll() { return dumpContent(m_database->connection()); }

    qint64 count(const QString& table)
    {
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    TempDir m_dir;
    PgTestServer m_server;
    std::unique_ptr<PgTestDatabase> m_serverDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
};

INSTANTIATE_TEST_SUITE_P(Backends, BothBackendsTest, bothBackends(), backendName);

TEST_P(BothBackendsTest, RecordsAreAddedReadChangedAndDeletedThenComeBackWithTheirIds)
{
    const Id inm = valueOf(m_store->addInstitution({0,
                                                    QStringLiteral("Instituto Nacional de Migración"),
                                                    QStringLiteral("INM"),
                                                    InstitutionType::Federal,
                                                    QStringLiteral("México"),
                                                    0,
                                                    false,
                                                    {},
                                                    {}}));
    Project project;
    project.code = QStringLiteral("MX-T");
    project.title = QStringLiteral("Programa de prueba");
    project.startDate = QDate(2017, 1, 1);
    project.endDate = QDate(2018, 12, 31);
    project.requestingInstitutionIds = {inm};
    const Id projectId = valueOf(m_store->addProject(project));
    const Id component = valueOf(m_store->addComponent({0, projectId, 1, QStringLiteral("Asilo"), {}}));
    Activity activity;
    activity.projectId = projectId;
    activity.code = QStringLiteral("2.1");
    activity.title = QStringLiteral("Seminario sobre protección");
    activity.componentIds = {component};
    activity.startDate = QDate(2017, 3, 13);
    activity.endDate = QDate(2017, 3, 14);
    const Id activityId = valueOf(m_store->addActivity(activity));

    QList<Id> people;
    for (const char* given : {"Ana", "María José", "Iñaki"})
        people.append(
            valueOf(m_store->addParticipant(fixturePerson(given, "Hernández Núñez", Gender::Female, inm))));
    Result<QList<Session>> sessions = m_store->sessions(activityId);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 2);
    QList<ProgrammeStore::MarkChange> marks;
    for (Id person : people) {
        const Id enrolment = valueOf(m_store->enrol(activityId, person));
        marks.append({enrolment, sessions->at(0).id, AttendanceStatus::Present});
        marks.append({enrolment, sessions->at(1).id, AttendanceStatus::Late});
    }
    ASSERT_TRUE(m_store->setAttendance(marks).ok());
    EXPECT_EQ(count(QStringLiteral("attendance")), 6);

    Participant changed = valueOf(m_store->participant(people.at(2)));
    EXPECT_EQ(changed.givenNames, QStringLiteral("Iñaki"));
    changed.email = QStringLiteral("inaki@example.org");
    changed.gender = Gender::Male;
    ASSERT_TRUE(m_store->updateParticipant(changed).ok());
    ++changed.rowVersion; // the update moves the row version on
    EXPECT_EQ(valueOf(m_store->participant(people.at(2))), changed);

    const QStringList before = dumpAll();
    Result<ProgrammeStore::ParticipantSnapshot> snapshot =
        m_store->participantSnapshot(people.at(0), ProgrammeStore::SnapshotDepth::WithDependents);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(m_store->deleteParticipant(people.at(0), DeleteMode::RefuseIfReferenced).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(dumpAll(), before);
    ASSERT_TRUE(m_store->deleteParticipant(people.at(0), DeleteMode::Cascade).ok());
    EXPECT_EQ(count(QStringLiteral("participant")), 2);
    EXPECT_EQ(count(QStringLiteral("attendance")), 4);
    ASSERT_TRUE(m_store->restoreParticipant(*snapshot).ok());
    EXPECT_EQ(dumpAll(), before);

    // A new record after the restore gets a new id, not one of the restored ones.
    const Id later = valueOf(m_store->addParticipant(fixturePerson("Luis", "Pérez", Gender::Male, inm)));
    EXPECT_GT(later, people.last());
}

// A sheet saved, then saved again with a cell changed twice and a cell cleared, then a mark on
// another activity's session: the same marks, summaries and refusal in both places (a server
// writes a sheet in a few statements, a file one mark at a time).
TEST_P(BothBackendsTest, AttendanceIsSavedClearedAndRefusedAsOnAFile)
{
    const Id inm = valueOf(m_store->addInstitution({0,
                                                    QStringLiteral("Instituto Nacional de Migración"),
                                                    QStringLiteral("INM"),
                                                    InstitutionType::Federal,
                                                    QStringLiteral("México"),
                                                    0,
                                                    false,
                                                    {},
                                                    {}}));
    Project project;
    project.code = QStringLiteral("MX-A");
    project.title = QStringLiteral("Programa de asistencia");
    project.startDate = QDate(2017, 1, 1);
    project.endDate = QDate(2018, 12, 31);
    project.requestingInstitutionIds = {inm};
    const Id projectId = valueOf(m_store->addProject(project));
    const Id component = valueOf(m_store->addComponent({0, projectId, 1, QStringLiteral("Asilo"), {}}));
    const auto addActivity = [&](const char* code, QDate start) {
        Activity activity;
        activity.projectId = projectId;
        activity.code = QString::fromLatin1(code);
        activity.title = QStringLiteral("Seminario %1").arg(activity.code);
        activity.componentIds = {component};
        activity.startDate = start;
        activity.endDate = start.addDays(1);
        return valueOf(m_store->addActivity(activity));
    };
    const Id activityId = addActivity("3.1", QDate(2017, 5, 8));
    const Id otherId = addActivity("3.2", QDate(2017, 6, 12));
    const QList<Session> sessions = valueOf(m_store->sessions(activityId));
    const QList<Session> otherSessions = valueOf(m_store->sessions(otherId));
    ASSERT_EQ(sessions.size(), 2);
    const Id ana = valueOf(m_store->addParticipant(fixturePerson("Ana", "Ríos", Gender::Female, inm)));
    const Id luis = valueOf(m_store->addParticipant(fixturePerson("Luis", "Mora", Gender::Male, inm)));
    const Id first = valueOf(m_store->enrol(activityId, ana));
    const Id second = valueOf(m_store->enrol(activityId, luis));
    const Id s0 = sessions.at(0).id;
    const Id s1 = sessions.at(1).id;

    ASSERT_TRUE(m_store
                    ->setAttendance({{first, s0, AttendanceStatus::Present},
                                     {first, s1, AttendanceStatus::Late},
                                     {second, s0, AttendanceStatus::Present}})
                    .ok());
    EXPECT_EQ(count(QStringLiteral("enrolment WHERE sessions_attended = 2")), 1);
    ASSERT_TRUE(m_store
                    ->setAttendance({{first, s0, AttendanceStatus::Absent},
                                     {second, s0, std::nullopt},
                                     {first, s1, AttendanceStatus::Present},
                                     {first, s1, AttendanceStatus::Excused}})
                    .ok());
    const QList<AttendanceMark> marks = valueOf(m_store->attendance(activityId));
    ASSERT_EQ(marks.size(), 2);
    for (const AttendanceMark& mark : marks) {
        EXPECT_EQ(mark.enrolmentId, first);
        EXPECT_EQ(mark.status, mark.sessionId == s0 ? AttendanceStatus::Absent : AttendanceStatus::Excused);
    }
    EXPECT_EQ(count(QStringLiteral("enrolment WHERE sessions_attended > 0 OR days_attended > 0")), 0);

    const QStringList before = dumpAll();
    Status refused = m_store->setAttendance({{second, s1, AttendanceStatus::Present},
                                             {first, otherSessions.at(0).id, AttendanceStatus::Present}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("session %1 does not belong to the activity of enrolment %2")
            .arg(otherSessions.at(0).id)
            .arg(first)))
        << refused.error().message.toStdString();
    EXPECT_EQ(dumpAll(), before);
}

TEST_P(BothBackendsTest, TheDemoProgrammeCountsTheSameAsOnAFile)
{
    ASSERT_TRUE(writeDemoProgramme(*m_store).ok());
    std::unique_ptr<Database> reference = newDemoProgramme(m_dir.path(QStringLiteral("reference.sdesk")));
    ASSERT_NE(reference, nullptr);
    ProgrammeStore referenceStore(*reference);
    const Project project = valueOf(m_store->projects()).first();
    const Project referenceProject = valueOf(referenceStore.projects()).first();
    EXPECT_EQ(project.code, referenceProject.code);
    const ResultsQuery here(*m_database);
    const ResultsQuery there(*reference);
    for (ResultsKey key : allResultsKeys()) {
        const ResultsTable table = valueOf(here.results(project.id, key));
        const ResultsTable expected = valueOf(there.results(referenceProject.id, key));
        EXPECT_EQ(ResultsFormatter::toJson(table), ResultsFormatter::toJson(expected))
            << resultsKeyCode(key).toStdString();
        if (key == ResultsKey::Activity) {
            EXPECT_EQ(table.totals.participations, 755);
        }
    }
}

TEST_P(BothBackendsTest, ACopyIntoAFileHoldsEveryRowAndReplacesAnOlderFileOnlyWhenComplete)
{
    ASSERT_TRUE(writeDemoProgramme(*m_store).ok());
    // A file of the same name that the user agreed to replace.
    const QString copy = m_dir.write(QStringLiteral("offline.sdesk"), "an older file\n");
    ASSERT_FALSE(copy.isEmpty());
    const Status written = writeDatabaseCopy(*m_database, copy);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));
    Result<std::unique_ptr<Database>> opened = Database::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(dumpContent((*opened)->connection()), dumpAll());

    // A folder that does not exist: refused with why, nothing written.
    const QString nowhere = m_dir.path(QStringLiteral("no-such-folder/offline.sdesk"));
    const Status refused = writeDatabaseCopy(*m_database, nowhere);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("does not exist")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

// What a search finds, hit by hit, in the order shown.
QStringList hitsOf(const QList<SearchGroup>& groups)
{
    QStringList lines;
    for (const SearchGroup& group : groups) {
        for (const SearchHit& hit : group.hits)
            lines << QStringLiteral("%1|%2|%3|%4")
                         .arg(hit.id)
                         .arg(hit.title, hit.detail, hit.date.toString(Qt::ISODate));
        lines << (group.more ? QStringLiteral("more") : QStringLiteral("end"));
    }
    return lines;
}

TEST_P(BothBackendsTest, TheSearchesFindTheSameAsOnAFile)
{
    ASSERT_TRUE(writeDemoProgramme(*m_store).ok());
    std::unique_ptr<Database> reference = newDemoProgramme(m_dir.path(QStringLiteral("reference.sdesk")));
    ASSERT_NE(reference, nullptr);
    // Accents and case aside, parts of names, codes and acronyms.
    for (const QString& text : {QStringLiteral("inaki"), QStringLiteral("HERNANDEZ"), QStringLiteral("comar"),
                                QStringLiteral("2.1"), QStringLiteral("mar"), QStringLiteral("garcía lópez"),
                                QStringLiteral("tapachula"), QStringLiteral("50%_x")}) {
        const Result<QList<SearchGroup>> here = GlobalSearch(*m_database).find(text, 8);
        ASSERT_TRUE(here.ok()) << here.error().message.toStdString();
        const Result<QList<SearchGroup>> there = GlobalSearch(*reference).find(text, 8);
        ASSERT_TRUE(there.ok());
        EXPECT_EQ(hitsOf(*here), hitsOf(*there)) << text.toStdString();
    }
    ProgrammeStore referenceStore(*reference);
    for (const QString& text : {QString(), QStringLiteral("nunez"), QStringLiteral("INM")}) {
        const auto here = valueOf(m_store->participantsNotEnrolled(1, text, 20));
        const auto there = valueOf(referenceStore.participantsNotEnrolled(1, text, 20));
        ASSERT_EQ(here.size(), there.size()) << text.toStdString();
        for (qsizetype i = 0; i < here.size(); ++i)
            EXPECT_EQ(here[i].id, there[i].id) << text.toStdString();
    }
}

// A register's rows as text; numbers rounded to 9 decimals, since a server's numeric and a file's
// real print their last digits differently.
std::string registerLines(const QList<RegisterRow>& rows)
{
    QStringList lines;
    for (const RegisterRow& row : rows) {
        QStringList cells{QString::number(row.id)};
        for (const QVariant& cell : row.cells) {
            bool number = false;
            const double value = cell.toDouble(&number);
            cells << (number && cell.typeId() != QMetaType::QString ? QString::number(value, 'f', 9)
                                                                    : cell.toString());
        }
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n')).toStdString();
}

TEST_P(BothBackendsTest, TheRegistersReadTheSameAsOnAFile)
{
    ASSERT_TRUE(writeDemoProgramme(*m_store).ok());
    std::unique_ptr<Database> reference = newDemoProgramme(m_dir.path(QStringLiteral("reference.sdesk")));
    ASSERT_NE(reference, nullptr);
    for (RegisterKind kind : {RegisterKind::Participants, RegisterKind::Experts, RegisterKind::Institutions,
                              RegisterKind::ActivityRoster}) {
        const Id activity = kind == RegisterKind::ActivityRoster ? 1 : 0;
        RegisterQuery here(*m_database, kind, activity);
        RegisterQuery there(*reference, kind, activity);
        for (const QString& filter : {QString(), QStringLiteral("nunez"), QStringLiteral("INM mar")}) {
            for (int column = 0; column < here.columnCount(); ++column) {
                // Emails order punctuation against digits ("robles@" and "robles2@") by code point in a
                // file and by ICU's table on a server (docs/schema.md): the one known difference.
                if (here.columnTitle(column) == QLatin1String("Email"))
                    continue;
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    for (RegisterQuery* query : {&here, &there}) {
                        query->setFilter(filter);
                        query->setSort(column, order);
                    }
                    const std::string what = QStringLiteral("kind %1, filter '%2', column %3, order %4")
                                                 .arg(int(kind))
                                                 .arg(filter)
                                                 .arg(column)
                                                 .arg(int(order))
                                                 .toStdString();
                    EXPECT_EQ(valueOf(here.count()), valueOf(there.count())) << what;
                    EXPECT_EQ(registerLines(valueOf(here.rows(0, 30))),
                              registerLines(valueOf(there.rows(0, 30))))
                        << what;
                    EXPECT_EQ(registerLines(valueOf(here.rows(30, 10))),
                              registerLines(valueOf(there.rows(30, 10))))
                        << what;
                }
            }
        }
        const QList<Id> some{3, 1, 7};
        here.setFilter({});
        there.setFilter({});
        here.setOnlyIds(some);
        there.setOnlyIds(some);
        EXPECT_EQ(registerLines(valueOf(here.rows(0, 10))), registerLines(valueOf(there.rows(0, 10))));
        here.setOnlyIds(std::nullopt);
        there.setOnlyIds(std::nullopt);
        EXPECT_EQ(valueOf(here.positionOf(5)), valueOf(there.positionOf(5)));
        EXPECT_EQ(registerLines(valueOf(here.rowsWithIds(some))),
                  registerLines(valueOf(there.rowsWithIds(some))));
    }
}

} // namespace
} // namespace sd::test
