#pragma once

// The small programme the editing and undo tests start from, and the plain-SQL reads with which they
// check the file as a second program would.

#include "Programmes.h"
#include "storage/ProgrammeStore.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <gtest/gtest.h>
#include <utility>

namespace sd::test {

// The value of a Result, with a test failure (and a default value) when it holds an error.
template <typename T>
T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : T();
}

// Institutions SEGOB > INM and COMAR, project MX-T (requested by INM) with two components and an
// objective, activity 2.1 (13–15 Mar 2017, three full-day sessions, both components, one expert),
// four participants of whom Ana, José and María are enrolled in 2.1. Written through the store, so
// the ids are the ones the database gives. A fixture inherits it to name the records.
struct SmallProgramme
{
    void writeSmallProgramme(ProgrammeStore& s)
    {
        m_segob = valueOf(s.addInstitution(Institution{0,
                                                       QStringLiteral("Secretaría de Gobernación"),
                                                       QStringLiteral("SEGOB"),
                                                       InstitutionType::Federal,
                                                       QStringLiteral("Mexico"),
                                                       0,
                                                       false,
                                                       {},
                                                       {}}));
        m_inm = valueOf(s.addInstitution(Institution{0,
                                                     QStringLiteral("Instituto Nacional de Migración"),
                                                     QStringLiteral("INM"),
                                                     InstitutionType::Federal,
                                                     QStringLiteral("Mexico"),
                                                     m_segob,
                                                     false,
                                                     {},
                                                     {}}));
        m_comar =
            valueOf(s.addInstitution(Institution{0,
                                                 QStringLiteral("Comisión Mexicana de Ayuda a Refugiados"),
                                                 QStringLiteral("COMAR"),
                                                 InstitutionType::Federal,
                                                 QStringLiteral("Mexico"),
                                                 m_segob,
                                                 false,
                                                 {},
                                                 {}}));
        Project project;
        project.code = QStringLiteral("MX-T");
        project.title = QStringLiteral("Test programme");
        project.beneficiaryCountry = QStringLiteral("Mexico");
        project.startDate = QDate(2017, 1, 1);
        project.endDate = QDate(2018, 12, 31);
        project.requestingInstitutionIds = {m_inm};
        m_project = valueOf(s.addProject(project));
        m_component1 =
            valueOf(s.addComponent(Component{0, m_project, 1, QStringLiteral("Asylum and protection"), {}}));
        m_component2 = valueOf(s.addComponent(Component{0, m_project, 2, QStringLiteral("Integration"), {}}));
        m_objective = valueOf(s.addObjective(
            Objective{0, m_project, 1, QStringLiteral("Strengthen asylum"), {m_component1}, {}}));

        Activity activity;
        activity.projectId = m_project;
        activity.code = QStringLiteral("2.1");
        activity.title = QStringLiteral("Seminar on international protection");
        activity.type = ActivityType::Seminar;
        activity.componentIds = {m_component1, m_component2};
        activity.venueCity = QStringLiteral("Tapachula");
        activity.venueCountry = QStringLiteral("Mexico");
        activity.startDate = QDate(2017, 3, 13);
        activity.endDate = QDate(2017, 3, 15);
        activity.status = ActivityStatus::Held;
        m_activity = valueOf(s.addActivity(activity));
        m_sessions = valueOf(s.sessions(m_activity));
        ASSERT_EQ(m_sessions.size(), 3);
        m_expert = valueOf(s.addExpert(
            Expert{0, QStringLiteral("Lucía"), QStringLiteral("García Martín"), QStringLiteral("Spain"),
                   QStringLiteral("Ministerio del Interior"), QStringLiteral("Asylum procedure"), false}));
        ASSERT_TRUE(s.setActivityExperts(m_activity, {{m_expert, ExpertRole::LeadExpert}}).ok());

        auto person = [&](const char* given, const char* family, Gender gender, Id institution,
                          const char* region) {
            Participant p = fixturePerson(given, family, gender, institution);
            p.region = QString::fromUtf8(region);
            return valueOf(s.addParticipant(p));
        };
        m_ana = person("Ana Lucía", "Ramírez Soto", Gender::Female, m_inm, "Chiapas");
        m_jose = person("José Ángel", "Ramírez Vidal", Gender::Male, m_comar, "");
        m_maria = person("María José", "Hernández Ruiz", Gender::Female, m_inm, "Tabasco");
        m_pedro = person("Pedro", "Zúñiga Pérez", Gender::Male, m_comar, "");
        m_enrolments.clear();
        for (Id participant : {m_ana, m_jose, m_maria})
            m_enrolments.append(valueOf(s.enrol(m_activity, participant)));
    }

    // Marks for Ana and María in 2.1 (present on the first day, late on the second), and activity 3
    // (5 Jun 2017, component 1) with Ana enrolled: what a delete takes with it and undo must restore.
    void writeMarksAndSecondActivity(ProgrammeStore& s)
    {
        ASSERT_EQ(m_enrolments.size(), 3);
        QList<ProgrammeStore::MarkChange> marks;
        for (Id enrolment : {m_enrolments[0], m_enrolments[2]}) {
            marks.append({enrolment, m_sessions[0].id, AttendanceStatus::Present});
            marks.append({enrolment, m_sessions[1].id, AttendanceStatus::Late});
        }
        ASSERT_TRUE(s.setAttendance(marks).ok());

        Activity second;
        second.projectId = m_project;
        second.code = QStringLiteral("3");
        second.title = QStringLiteral("Evidence assessment");
        second.componentIds = {m_component1};
        second.startDate = QDate(2017, 6, 5);
        second.endDate = QDate(2017, 6, 5);
        m_second = valueOf(s.addActivity(second));
        ASSERT_TRUE(s.enrol(m_second, m_ana).ok());
    }

    Id m_segob = 0;
    Id m_inm = 0;
    Id m_comar = 0;
    Id m_project = 0;
    Id m_component1 = 0;
    Id m_component2 = 0;
    Id m_objective = 0;
    Id m_activity = 0;
    Id m_second = 0; // activity 3, once writeMarksAndSecondActivity ran
    Id m_expert = 0;
    Id m_ana = 0;           // Ramírez Soto, Ana Lucía (INM, Chiapas), enrolled
    Id m_jose = 0;          // Ramírez Vidal, José Ángel (COMAR), enrolled
    Id m_maria = 0;         // Hernández Ruiz, María José (INM, Tabasco), enrolled
    Id m_pedro = 0;         // Zúñiga Pérez, Pedro (COMAR), not enrolled
    QList<Id> m_enrolments; // Ana's, José's and María's in 2.1
    QList<Session> m_sessions;
};

// The content tables of a programme file, parents first: every table but the change log. The dumps
// below build their SELECTs only from these names.
inline const QStringList& contentTables()
{
    static const QStringList tables{
        QStringLiteral("institution"),
        QStringLiteral("project"),
        QStringLiteral("project_requesting_institution"),
        QStringLiteral("component"),
        QStringLiteral("objective"),
        QStringLiteral("objective_component"),
        QStringLiteral("activity"),
        QStringLiteral("activity_component"),
        QStringLiteral("session"),
        QStringLiteral("participant"),
        QStringLiteral("expert"),
        QStringLiteral("activity_expert"),
        QStringLiteral("enrolment"),
        QStringLiteral("attendance"),
    };
    return tables;
}

// Every row of one content table, sorted, one string a row: its values joined by '|', NULL spelled
// out so that it differs from an empty text. The row version is left out: every write moves it on,
// undo and redo too, so that equal content is what a round trip gives back.
inline QStringList dumpTable(const QSqlDatabase& connection, const QString& table)
{
    EXPECT_TRUE(contentTables().contains(table)) << table.toStdString();
    if (!contentTables().contains(table))
        return {};
    QSqlQuery query(connection);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column) {
            if (query.record().fieldName(column) == QLatin1String("row_version"))
                continue;
            values.append(query.value(column).isNull() ? QStringLiteral("NULL")
                                                       : query.value(column).toString());
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

// The whole content of the file, "table:row" a line, table by table: equal dumps, the same rows
// with the same ids.
inline QStringList dumpContent(const QSqlDatabase& connection)
{
    QStringList all;
    for (const QString& table : contentTables()) {
        for (const QString& row : dumpTable(connection, table))
            all.append(table + QLatin1Char(':') + row);
    }
    return all;
}

// The first value of the first row of a parameterised SELECT; invalid when there is no row.
inline QVariant firstValue(const QSqlDatabase& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection);
    EXPECT_TRUE(query.prepare(sql)) << sql.toStdString();
    for (const QVariant& value : values)
        query.addBindValue(value);
    EXPECT_TRUE(query.exec()) << sql.toStdString();
    return query.next() ? query.value(0) : QVariant();
}

} // namespace sd::test
