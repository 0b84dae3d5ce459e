#include "EditFixture.h"

#include "ProgrammeQueries.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

int g_modelTestWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelTestWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") &&
        type >= QtWarningMsg)
        ++g_modelTestWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template <typename T>
T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : T();
}

} // namespace

void EditFixture::SetUp()
{
    g_modelTestWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countModelTestWarnings);

    Result<std::unique_ptr<ProgrammeDocument>> created =
        ProgrammeDocument::create(m_dir.path(QStringLiteral("t.sdesk")));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    m_document = std::move(created).value();
    m_window = std::make_unique<QWidget>();
    m_window->resize(1200, 800);
    m_window->show();
    m_actions = std::make_unique<EditActions>(*m_document, m_window.get());

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
    ASSERT_TRUE(
        s.addObjective(Objective{0, m_project, 1, QStringLiteral("Strengthen asylum"), {m_component1}}).ok());

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

    auto person = [&](const char* given, const char* family, Gender gender, Id institution,
                      const char* region) {
        Participant p;
        p.givenNames = QString::fromUtf8(given);
        p.familyNames = QString::fromUtf8(family);
        p.gender = gender;
        p.institutionId = institution;
        p.region = QString::fromUtf8(region);
        return valueOf(s.addParticipant(p));
    };
    m_ana = person("Ana Lucía", "Ramírez Soto", Gender::Female, m_inm, "Chiapas");
    m_jose = person("José Ángel", "Ramírez Vidal", Gender::Male, m_comar, "");
    m_maria = person("María José", "Hernández Ruiz", Gender::Female, m_inm, "Tabasco");
    m_pedro = person("Pedro", "Zúñiga Pérez", Gender::Male, m_comar, "");
    for (Id participant : {m_ana, m_jose, m_maria})
        ASSERT_TRUE(s.enrol(m_activity, participant).ok());
}

void EditFixture::TearDown()
{
    m_actions.reset();
    m_window.reset();
    m_document.reset();
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

std::unique_ptr<Database> EditFixture::reader()
{
    Result<std::unique_ptr<Database>> database = Database::openReader(m_document->queries().source());
    EXPECT_TRUE(database.ok()) << (database.ok() ? std::string() : database.error().message.toStdString());
    return database.ok() ? std::move(database).value() : nullptr;
}

qint64 EditFixture::scalar(const QString& sql, const QVariantList& values)
{
    const std::unique_ptr<Database> database = reader();
    QSqlQuery query(database->connection());
    EXPECT_TRUE(query.prepare(sql)) << sql.toStdString();
    for (const QVariant& value : values)
        query.addBindValue(value);
    EXPECT_TRUE(query.exec()) << sql.toStdString();
    return query.next() ? query.value(0).toLongLong() : -1;
}

QString EditFixture::text(const QString& sql, const QVariantList& values)
{
    const std::unique_ptr<Database> database = reader();
    QSqlQuery query(database->connection());
    EXPECT_TRUE(query.prepare(sql)) << sql.toStdString();
    for (const QVariant& value : values)
        query.addBindValue(value);
    EXPECT_TRUE(query.exec()) << sql.toStdString();
    return query.next() ? query.value(0).toString() : QString();
}

QStringList EditFixture::dump(const QString& table)
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
    EXPECT_TRUE(tables.contains(table));
    if (!tables.contains(table))
        return {};
    const std::unique_ptr<Database> database = reader();
    QSqlQuery query(database->connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column)
            values.append(query.value(column).isNull() ? QStringLiteral("NULL")
                                                       : query.value(column).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

QStringList EditFixture::dumpAll()
{
    QStringList all;
    for (const char* table : {"institution", "project", "project_requesting_institution", "component",
                              "objective", "objective_component", "activity", "activity_component", "session",
                              "participant", "expert", "activity_expert", "enrolment", "attendance"}) {
        const QString name = QString::fromLatin1(table);
        for (const QString& row : dump(name))
            all.append(name + QLatin1Char(':') + row);
    }
    return all;
}

void EditFixture::typeDate(QDateEdit* edit, const QDate& date)
{
    // Section by section, as after a click into the day, the month and the year.
    edit->setFocus();
    const QList<QPair<QDateTimeEdit::Section, QString>> sections{
        {QDateTimeEdit::YearSection, QString::number(date.year())},
        {QDateTimeEdit::MonthSection, QLocale().monthName(date.month(), QLocale::ShortFormat)},
        {QDateTimeEdit::DaySection, QString::number(date.day())},
    };
    for (const auto& [section, text] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, text);
    }
}

void EditFixture::typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void EditFixture::retype(QWidget* edit, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Delete);
        else
            typeText(line, text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit)) {
        plain->setFocus();
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Delete);
        typeText(plain, text);
    }
}

void EditFixture::testModel(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
}

int EditFixture::modelTestWarnings()
{
    return g_modelTestWarnings;
}

} // namespace sd::test
