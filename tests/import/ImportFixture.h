#pragma once

// The small programme every import test starts from, built through the store so that its ids are
// fixed: project TEST with activity 1 (three full days, 13-15 March 2017) and activity 2 (a morning
// and an afternoon on 10 May 2017), five institutions (two share the acronym UN) and six
// participants, among them two "Juan Carlos López Díaz" at different institutions.
#include "Backends.h"
#include "Process.h"
#include "Programmes.h"
#include "TempDir.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

struct ImportFixtureIds
{
    Id inm = 0, comar = 0, segob = 0, university = 0, standards = 0;
    Id activity1 = 0, activity2 = 0;
    Id mariaJose = 0, joseLuis = 0, anaLucia = 0, jorge = 0, juanCarlosInm = 0, juanCarlosComar = 0;
};

// Writes the fixture programme to a new file at path; the file is closed (and checkpointed) on return.
inline ImportFixtureIds writeImportFixture(const QString& path)
{
    ImportFixtureIds ids;
    Result<std::unique_ptr<Database>> created = Database::create(path);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    if (!created)
        return ids;
    ProgrammeStore store(**created);
    const auto institution = [&](const char* name, const char* acronym, InstitutionType type) {
        Result<Id> id = store.addInstitution({0,
                                              QString::fromUtf8(name),
                                              QString::fromUtf8(acronym),
                                              type,
                                              QStringLiteral("Mexico"),
                                              0,
                                              false,
                                              {},
                                              {}});
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : Id(0);
    };
    ids.inm = institution("Instituto Nacional de Migración", "INM", InstitutionType::Federal);
    ids.comar = institution("Comisión Mexicana de Ayuda a Refugiados", "COMAR", InstitutionType::Federal);
    ids.segob = institution("Secretaría de Gobernación", "SEGOB", InstitutionType::Federal);
    ids.university = institution("Universidad Nacional", "UN", InstitutionType::Academic);
    ids.standards = institution("Unidad de Normatividad", "UN", InstitutionType::Federal);

    Project project;
    project.code = QStringLiteral("TEST");
    project.title = QStringLiteral("Import test programme");
    project.startDate = QDate(2017, 1, 1);
    project.endDate = QDate(2018, 12, 31);
    Result<Id> projectId = store.addProject(project);
    EXPECT_TRUE(projectId.ok());
    Result<Id> component = store.addComponent({0, *projectId, 1, QStringLiteral("Asylum"), {}});
    EXPECT_TRUE(component.ok());

    Activity seminar;
    seminar.projectId = *projectId;
    seminar.code = QStringLiteral("1");
    seminar.title = QStringLiteral("Seminar on international protection");
    seminar.type = ActivityType::Seminar;
    seminar.componentIds = {*component};
    seminar.startDate = QDate(2017, 3, 13);
    seminar.endDate = QDate(2017, 3, 15);
    // Evaluated: a knowledge test out of 20, the satisfaction questionnaire and the follow-up.
    seminar.testMaxScore = 20;
    seminar.masteryThresholdPct = 70;
    seminar.satisfactionSurvey = true;
    seminar.followUp = true;
    Result<Id> activity1 = store.addActivity(seminar);
    EXPECT_TRUE(activity1.ok()) << activity1.error().message.toStdString();
    ids.activity1 = *activity1;

    Activity workshop = seminar;
    workshop.code = QStringLiteral("2");
    workshop.title = QStringLiteral("Workshop on unaccompanied children");
    workshop.type = ActivityType::Workshop;
    workshop.testMaxScore = 0; // not evaluated
    workshop.satisfactionSurvey = false;
    workshop.followUp = false;
    workshop.startDate = QDate(2017, 5, 10);
    workshop.endDate = QDate(2017, 5, 10);
    Result<Id> activity2 = store.addActivity(workshop, {{0, 0, QDate(2017, 5, 10), SessionPart::Morning},
                                                        {0, 0, QDate(2017, 5, 10), SessionPart::Afternoon}});
    EXPECT_TRUE(activity2.ok()) << activity2.error().message.toStdString();
    ids.activity2 = *activity2;

    const auto person = [&](const Participant& p) {
        Result<Id> id = store.addParticipant(p);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : Id(0);
    };
    ids.mariaJose = person(fixturePerson("María José", "Hernández Ruiz", Gender::Female, ids.inm,
                                         "mj.hernandez@example.org", "Oficial de protección"));
    ids.joseLuis =
        person(fixturePerson("José Luis", "Pérez Gómez", Gender::Male, ids.comar, "", "Coordinador"));
    ids.anaLucia = person(fixturePerson("Ana Lucía", "Ramírez Soto", Gender::NotStated, 0));
    ids.jorge =
        person(fixturePerson("Jorge", "Cruz Peña", Gender::Male, ids.segob, "jorge.cruz@example.org"));
    ids.juanCarlosInm = person(fixturePerson("Juan Carlos", "López Díaz", Gender::Male, ids.inm));
    ids.juanCarlosComar = person(fixturePerson("Juan Carlos", "López Díaz", Gender::Male, ids.comar));

    Result<Id> enrolment = store.enrol(ids.activity1, ids.mariaJose);
    EXPECT_TRUE(enrolment.ok());
    EXPECT_TRUE(store.enrol(ids.activity1, ids.joseLuis).ok());
    Result<QList<Session>> sessions = store.sessions(ids.activity1);
    EXPECT_TRUE(sessions.ok() && !sessions->isEmpty());
    if (enrolment && sessions && !sessions->isEmpty()) {
        EXPECT_TRUE(
            store.setAttendance({{*enrolment, sessions->front().id, AttendanceStatus::Present}}).ok());
    }
    return ids;
}

// A test on the fixture programme, written to a folder of the test's own and opened for writing.
class ImportFixtureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("programme.sdesk"));
        m_ids = writeImportFixture(m_path);
        Result<std::unique_ptr<Database>> opened = Database::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_database = std::move(opened).value();
    }

    TempDir m_dir;
    QString m_path;
    ImportFixtureIds m_ids;
    std::unique_ptr<Database> m_database;
};

// The same on the parameter's backend: on the server, a database of the test's own holding a copy of
// the fixture file; m_path is then its address, which the dumps below and seminardesk-cli take too.
class ImportFixtureOnBackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        const QString file = m_dir.path(QStringLiteral("programme.sdesk"));
        m_ids = writeImportFixture(file);
        m_database = m_place.open(GetParam(), file);
        ASSERT_NE(m_database, nullptr);
        m_path = m_place.address();
    }

    TempDir m_dir;
    BackendPlace m_place;
    QString m_path;
    ImportFixtureIds m_ids;
    std::unique_ptr<Database> m_database;
};

// Every row of the tables an import writes, as text, for "the file is exactly as before". Undo leaves
// the change log's line (it records that the change happened), so undo tests leave the log out. The
// row version is left out too: undo and redo move it on (others' stale edits must meet a conflict),
// while the content comes back exactly.
inline QString dumpImportTables(const QString& path, bool withChangeLog = true)
{
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    EXPECT_TRUE(database.ok()) << database.error().message.toStdString();
    if (!database)
        return {};
    QString dump;
    for (const char* sql :
         {"SELECT * FROM institution ORDER BY id", "SELECT * FROM participant ORDER BY id",
          "SELECT * FROM enrolment ORDER BY id", "SELECT * FROM attendance ORDER BY enrolment_id, session_id",
          "SELECT id, kind, description FROM change_log ORDER BY id"}) {
        if (!withChangeLog && QByteArray(sql).contains("change_log"))
            continue;
        QSqlQuery q((*database)->connection());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) != QLatin1String("row_version"))
                    cells.append(q.value(i).toString());
            }
            dump += cells.join(u'|') + u'\n';
        }
        dump += QStringLiteral("--\n");
    }
    return dump;
}

inline qint64 countRows(const QString& path, const char* table)
{
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    if (!database)
        return -1;
    QSqlQuery q((*database)->connection());
    // The table names come from the callers' literals, never from input.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace sd::test
