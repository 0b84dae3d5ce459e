#pragma once

// Programme files for the tests: new and empty, built from SQL fixtures under tests/data, or the demo
// programme; and the few records many tests of the core start from.

#include "TempDir.h"
#include "demo/DemoProgramme.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QString readText(const QString& path)
{
    return QString::fromUtf8(readBytes(path));
}

// An SQL file under tests/data, such as "golden-small/fixture.sql".
inline QString fixtureScript(const QString& relative)
{
    const QString script = readText(dataPath(relative));
    EXPECT_FALSE(script.isEmpty()) << relative.toStdString();
    return script;
}

// Runs the statements of an SQL text on the file, in one transaction.
inline void runScript(Database& database, const QString& script)
{
    Transaction transaction(database);
    ASSERT_TRUE(transaction.begun().ok()) << transaction.begun().error().message.toStdString();
    QSqlDatabase connection = database.connection();
    const Status ran = Database::runScript(connection, script, database.path());
    ASSERT_TRUE(ran.ok()) << ran.error().message.toStdString();
    ASSERT_TRUE(transaction.commit().ok());
}

// A new programme file at path holding the statements of each script, each in a transaction of its
// own; null, and a failed test, when it cannot be created.
inline std::unique_ptr<Database> newProgramme(const QString& path, const QStringList& scripts = {})
{
    Result<std::unique_ptr<Database>> created = Database::create(path);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    if (!created)
        return nullptr;
    for (const QString& script : scripts)
        runScript(**created, script);
    return std::move(created).value();
}

// The demo programme (Mexico II) in a new file at path.
inline std::unique_ptr<Database> newDemoProgramme(const QString& path)
{
    std::unique_ptr<Database> database = newProgramme(path);
    if (!database)
        return nullptr;
    ProgrammeStore store(*database);
    const Status written = writeDemoProgramme(store);
    EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
    return database;
}

// A test on a new, empty programme file in a folder of its own, with a store on it.
class NewProgrammeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = newProgramme(m_dir.path(QStringLiteral("programme.sdesk")));
        ASSERT_NE(m_database, nullptr);
        m_store = std::make_unique<ProgrammeStore>(*m_database);
    }

    TempDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_store;
};

// A participant of a fixture, from UTF-8 literals.
inline Participant fixturePerson(const char* given, const char* family, Gender gender, Id institution,
                                 const char* email = "", const char* position = "")
{
    Participant p;
    p.givenNames = QString::fromUtf8(given);
    p.familyNames = QString::fromUtf8(family);
    p.gender = gender;
    p.institutionId = institution;
    p.email = QString::fromUtf8(email);
    p.position = QString::fromUtf8(position);
    return p;
}

// The National Institute of Migration (INM), a federal institution of Mexico.
inline Id addInm(ProgrammeStore& store)
{
    Result<Id> id = store.addInstitution({0,
                                          QStringLiteral("National Institute of Migration"),
                                          QStringLiteral("INM"),
                                          InstitutionType::Federal,
                                          QStringLiteral("Mexico"),
                                          0,
                                          false,
                                          {},
                                          {}});
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id ? *id : 0;
}

// Project MX-II "Mexico II" (2017–2018) with component 1 "Asylum".
struct MexicoII
{
    Id project = 0;
    Id component = 0;
};

inline MexicoII addMexicoII(ProgrammeStore& store, const QList<Id>& requestingInstitutions = {})
{
    Project project;
    project.code = QStringLiteral("MX-II");
    project.title = QStringLiteral("Mexico II");
    project.startDate = QDate(2017, 1, 1);
    project.endDate = QDate(2018, 12, 31);
    project.requestingInstitutionIds = requestingInstitutions;
    MexicoII ids;
    Result<Id> projectId = store.addProject(project);
    EXPECT_TRUE(projectId.ok()) << projectId.error().message.toStdString();
    if (!projectId)
        return ids;
    ids.project = *projectId;
    Result<Id> component = store.addComponent({0, ids.project, 1, QStringLiteral("Asylum"), {}});
    EXPECT_TRUE(component.ok()) << component.error().message.toStdString();
    ids.component = component ? *component : 0;
    return ids;
}

// Activity `code` of the project: the "Seminar on International Protection" in Tapachula, 13-15 March
// 2017, under one component.
inline Activity tapachulaSeminar(Id projectId, Id componentId, const QString& code)
{
    Activity activity;
    activity.projectId = projectId;
    activity.code = code;
    activity.title = QStringLiteral("Seminar on International Protection");
    activity.type = ActivityType::Seminar;
    activity.componentIds = {componentId};
    activity.venueCity = QStringLiteral("Tapachula");
    activity.startDate = QDate(2017, 3, 13);
    activity.endDate = QDate(2017, 3, 15);
    return activity;
}

} // namespace sd::test
