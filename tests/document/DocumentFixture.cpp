#include "DocumentFixture.h"

#include "ProgrammeQueries.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

namespace sd::test {
namespace {

const char* const kTables[] = {"institution",
                               "project",
                               "project_requesting_institution",
                               "component",
                               "objective",
                               "objective_component",
                               "activity",
                               "activity_component",
                               "session",
                               "participant",
                               "expert",
                               "activity_expert",
                               "enrolment",
                               "attendance"};

} // namespace

void DocumentFixture::SetUp()
{
    m_path = m_dir.path(QStringLiteral("programme.sdesk"));
    Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(m_path);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    m_document = std::move(created).value();

    ProgrammeStore& s = store();
    m_segob = valueOf(
        s.addInstitution(Institution{0, QStringLiteral("Secretaría de Gobernación"), QStringLiteral("SEGOB"),
                                     InstitutionType::Federal, QStringLiteral("Mexico"), 0, false}));
    m_inm = valueOf(s.addInstitution(Institution{0, QStringLiteral("Instituto Nacional de Migración"),
                                                 QStringLiteral("INM"), InstitutionType::Federal,
                                                 QStringLiteral("Mexico"), m_segob, false}));
    m_comar = valueOf(s.addInstitution(
        Institution{0, QStringLiteral("Comisión Mexicana de Ayuda a Refugiados"), QStringLiteral("COMAR"),
                    InstitutionType::Federal, QStringLiteral("Mexico"), m_segob, false}));
    Project project;
    project.code = QStringLiteral("MX-T");
    project.title = QStringLiteral("Test programme");
    project.beneficiaryCountry = QStringLiteral("Mexico");
    project.startDate = QDate(2017, 1, 1);
    project.endDate = QDate(2018, 12, 31);
    project.requestingInstitutionIds = {m_inm};
    m_project = valueOf(s.addProject(project));
    m_component1 =
        valueOf(s.addComponent(Component{0, m_project, 1, QStringLiteral("Asylum and protection")}));
    m_component2 = valueOf(s.addComponent(Component{0, m_project, 2, QStringLiteral("Integration")}));
    m_objective = valueOf(
        s.addObjective(Objective{0, m_project, 1, QStringLiteral("Strengthen asylum"), {m_component1}}));

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
    m_expert = valueOf(s.addExpert(Expert{0, QStringLiteral("Lucía"), QStringLiteral("García Martín"),
                                          QStringLiteral("Spain"), QStringLiteral("Ministerio del Interior"),
                                          QStringLiteral("Asylum procedure"), false}));
    ASSERT_TRUE(s.setActivityExperts(m_activity, {{m_expert, ExpertRole::LeadExpert}}).ok());

    auto person = [&](const char* given, const char* family, Gender gender, Id institution) {
        Participant p;
        p.givenNames = QString::fromUtf8(given);
        p.familyNames = QString::fromUtf8(family);
        p.gender = gender;
        p.institutionId = institution;
        return valueOf(s.addParticipant(p));
    };
    m_ana = person("Ana Lucía", "Ramírez Soto", Gender::Female, m_inm);
    m_jose = person("José Ángel", "Ramírez Vidal", Gender::Male, m_comar);
    m_maria = person("María José", "Hernández Ruiz", Gender::Female, m_inm);
    m_pedro = person("Pedro", "Zúñiga Pérez", Gender::Male, m_comar);
    QList<ProgrammeStore::MarkChange> marks;
    for (Id participant : {m_ana, m_jose, m_maria}) {
        const Id enrolment = valueOf(s.enrol(m_activity, participant));
        if (participant == m_jose)
            continue;
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

void DocumentFixture::TearDown()
{
    m_document.reset();
}

QStringList DocumentFixture::dumpAll()
{
    Result<std::unique_ptr<Database>> reader = Database::openReader(m_document->queries().source());
    EXPECT_TRUE(reader.ok());
    if (!reader)
        return {};
    QStringList rows;
    for (const char* table : kTables) {
        QSqlQuery query((*reader)->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        while (query.next()) {
            QStringList values;
            for (int column = 0; column < query.record().count(); ++column)
                values.append(query.value(column).isNull() ? QStringLiteral("NULL")
                                                           : query.value(column).toString());
            rows.append(QLatin1String(table) + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

qint64 DocumentFixture::scalar(const QString& sql, const QVariantList& values)
{
    const QVariant value = firstValue(sql, values);
    return value.isValid() ? value.toLongLong() : -1;
}

QString DocumentFixture::text(const QString& sql, const QVariantList& values)
{
    return firstValue(sql, values).toString();
}

QVariant DocumentFixture::firstValue(const QString& sql, const QVariantList& values)
{
    Result<std::unique_ptr<Database>> reader = Database::openReader(m_document->queries().source());
    EXPECT_TRUE(reader.ok());
    if (!reader)
        return {};
    QSqlQuery query((*reader)->connection());
    EXPECT_TRUE(query.prepare(sql)) << sql.toStdString();
    for (const QVariant& value : values)
        query.addBindValue(value);
    EXPECT_TRUE(query.exec()) << sql.toStdString();
    return query.next() ? query.value(0) : QVariant();
}

void DocumentFixture::expectRoundTrip(const QStringList& before, const QStringList& after)
{
    EXPECT_NE(after, before);
    QUndoStack* stack = m_document->undoStack();
    ASSERT_EQ(stack->count(), 1);
    stack->undo();
    EXPECT_EQ(dumpAll(), before);
    stack->redo();
    EXPECT_EQ(dumpAll(), after);
    stack->undo();
    EXPECT_EQ(dumpAll(), before);
}

std::unique_ptr<Database> DocumentFixture::otherConnection()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message.toStdString());
    return opened.ok() ? std::move(opened).value() : nullptr;
}

} // namespace sd::test
