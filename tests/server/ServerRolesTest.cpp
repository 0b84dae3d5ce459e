#include "Process.h"
#include "ServerSchemaFixture.h"

#include <QFile>
#include <QProcessEnvironment>

namespace sd::test {
namespace {

// Roles on a server programme, as the server enforces them: through seminardesk-cli as each login,
// and through psql as each login, which no greyed-out button stands in front of.
class ServerRolesTest : public ServerSchemaFixture
{
protected:
    void whenCreated() override
    {
        ServerSchemaFixture::whenCreated();
        m_url = m_database->socketUri();
        const QString demo = m_home.path(QStringLiteral("demo.sdesk"));
        ASSERT_EQ(run({QStringLiteral("demo"), demo}).exitCode, 0);
        ASSERT_EQ(run({QStringLiteral("server"), QStringLiteral("init"), m_url}).exitCode, 0);
        const ProcessRun copied = run({QStringLiteral("copy"), demo, m_url});
        ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    }

    static ProcessRun run(const QStringList& arguments)
    {
        return cli(arguments, withEnvironment(QProcessEnvironment::systemEnvironment()));
    }

    // A new login of the server, unique to this test (logins belong to the whole server).
    QString newLogin(const QString& stem)
    {
        const QString login = stem + QLatin1Char('_') + m_database->name();
        exec(m_db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(login));
        return login;
    }

    ProcessRun grant(const QString& login, const QString& role, const QStringList& more = {},
                     const QString& asLogin = {})
    {
        return run(QStringList{QStringLiteral("server"), QStringLiteral("grant"), urlAs(asLogin), login,
                               QStringLiteral("--role"), role} +
                   more);
    }

    QString urlAs(const QString& login) const
    {
        return login.isEmpty() ? m_url : m_database->socketUri(login);
    }

    // psql as that login, through the server's socket; one statement, unaligned output.
    ProcessRun psql(const QString& login, const QString& sql)
    {
        return runProgram(QStringLiteral("psql"),
                          {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), server.socketDir,
                           QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-U"), login,
                           QStringLiteral("-d"), m_database->name(), QStringLiteral("-c"), sql});
    }

    QString m_url;
};

TEST_F(ServerRolesTest, AnEvaluatorReadsCountsAndPseudonymsButNoName)
{
    const QString eva = newLogin(QStringLiteral("eva"));
    const ProcessRun given = grant(eva, QStringLiteral("evaluator"));
    ASSERT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_TRUE(
        given.out.startsWith(QStringLiteral("%1 is now evaluator of %2").arg(eva, m_database->name())))
        << given.out.toStdString();

    for (const QString& by :
         {QStringLiteral("activity"), QStringLiteral("gender"), QStringLiteral("expert-country")}) {
        const QStringList arguments{QStringLiteral("--by"), by, QStringLiteral("--format"),
                                    QStringLiteral("json")};
        const ProcessRun owner = run(QStringList{QStringLiteral("results"), m_url} + arguments);
        const ProcessRun evaluator = run(QStringList{QStringLiteral("results"), urlAs(eva)} + arguments);
        ASSERT_EQ(evaluator.exitCode, 0) << evaluator.err.toStdString();
        EXPECT_EQ(evaluator.out, owner.out) << by.toStdString();
    }

    const ProcessRun named = run({QStringLiteral("participants"), urlAs(eva)});
    EXPECT_EQ(named.exitCode, 5);
    EXPECT_TRUE(named.out.isEmpty());
    EXPECT_TRUE(named.err.contains(QStringLiteral("(evaluator) does not allow reading the participants")))
        << named.err.toStdString();
    EXPECT_EQ(named.err.count(QLatin1Char('\n')), 1) << "one sentence: " << named.err.toStdString();

    const QStringList pseudonymised{QStringLiteral("--pseudonymise"), QStringLiteral("--format"),
                                    QStringLiteral("json")};
    const ProcessRun owner = run(QStringList{QStringLiteral("participants"), m_url} + pseudonymised);
    const ProcessRun evaluator = run(QStringList{QStringLiteral("participants"), urlAs(eva)} + pseudonymised);
    ASSERT_EQ(evaluator.exitCode, 0) << evaluator.err.toStdString();
    EXPECT_TRUE(evaluator.out.contains(QStringLiteral("\"pseudonym\": \"P-")));
    EXPECT_EQ(evaluator.out, owner.out);

    // psql as the evaluator: no name, email or phone, of participants or experts; the rest reads.
    for (const QString& sql :
         {QStringLiteral("SELECT email FROM participant"),
          QStringLiteral("SELECT family_names FROM participant"), QStringLiteral("SELECT * FROM participant"),
          QStringLiteral("SELECT phone FROM participant"),
          QStringLiteral("SELECT given_names FROM expert")}) {
        const ProcessRun refused = psql(eva, sql);
        EXPECT_NE(refused.exitCode, 0) << sql.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("permission denied"))) << refused.err.toStdString();
        EXPECT_TRUE(refused.out.isEmpty()) << sql.toStdString();
    }
    const ProcessRun counted =
        psql(eva, QStringLiteral("SELECT count(*), count(DISTINCT gender) FROM participant"));
    EXPECT_EQ(counted.exitCode, 0) << counted.err.toStdString();
    EXPECT_EQ(counted.out,
              rows(m_db, QStringLiteral("SELECT count(*), count(DISTINCT gender) FROM participant"))
                      .join(QString()) +
                  QLatin1Char('\n'));
    const ProcessRun write = psql(eva, QStringLiteral("UPDATE activity SET title = 'x'"));
    EXPECT_NE(write.exitCode, 0);
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM activity WHERE title = 'x'")),
              QStringList{QStringLiteral("0")});
}

TEST_F(ServerRolesTest, ACoordinatorReadsAndPrintsButChangesNothing)
{
    const QString coord = newLogin(QStringLiteral("coord"));
    ASSERT_EQ(grant(coord, QStringLiteral("coordinator")).exitCode, 0);

    const ProcessRun named = run(
        {QStringLiteral("participants"), urlAs(coord), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_EQ(
        named.out,
        run({QStringLiteral("participants"), m_url, QStringLiteral("--format"), QStringLiteral("json")}).out);

    const QString list = m_home.path(QStringLiteral("list.csv"));
    QFile file(list);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Given names,Family names,Email\nAna,Nueva,ana.nueva@example.org\n");
    file.close();
    const qint64 before = rows(m_db, QStringLiteral("SELECT count(*) FROM participant")).first().toLongLong();
    const ProcessRun import =
        run({QStringLiteral("import"), urlAs(coord), QStringLiteral("participants"), list});
    EXPECT_EQ(import.exitCode, 5) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("(coordinator) does not allow")))
        << import.err.toStdString();
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM participant")).first().toLongLong(), before);

    const ProcessRun write = psql(coord, QStringLiteral("DELETE FROM attendance"));
    EXPECT_NE(write.exitCode, 0);
    EXPECT_TRUE(write.err.contains(QStringLiteral("permission denied"))) << write.err.toStdString();

    // An officer may import the same list.
    const QString officer = newLogin(QStringLiteral("officer"));
    ASSERT_EQ(grant(officer, QStringLiteral("officer")).exitCode, 0);
    const ProcessRun imported =
        run({QStringLiteral("import"), urlAs(officer), QStringLiteral("participants"), list});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM participant")).first().toLongLong(),
              before + 1);
    // The change log names who made the change: the officer's login, as the server knows it.
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT kind, changed_by FROM change_log ORDER BY id DESC LIMIT 1")),
              QStringList{QStringLiteral("import|") + officer});
}

TEST_F(ServerRolesTest, OnlyAnAdminGivesRolesAndUsersListsThem)
{
    const QString admin = newLogin(QStringLiteral("adm"));
    const QString officer = newLogin(QStringLiteral("off"));
    const QString other = newLogin(QStringLiteral("oth"));
    ASSERT_EQ(grant(admin, QStringLiteral("admin")).exitCode, 0);
    ASSERT_EQ(grant(officer, QStringLiteral("officer")).exitCode, 0);

    // An officer may not give roles; the server refuses it.
    const ProcessRun refused = grant(other, QStringLiteral("coordinator"), {}, officer);
    EXPECT_EQ(refused.exitCode, 5) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("(officer) does not allow")))
        << refused.err.toStdString();

    // An admin may, and may take them back.
    const ProcessRun given = grant(other, QStringLiteral("coordinator"),
                                   {QStringLiteral("--project"), QStringLiteral("MX-II")}, admin);
    EXPECT_EQ(given.exitCode, 0) << given.err.toStdString();
    const ProcessRun users = run({QStringLiteral("server"), QStringLiteral("users"), m_url,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_EQ(users.out,
              QStringLiteral("[{\"login\": \"%1\", \"role\": \"admin\", \"projects\": []},\n"
                             " {\"login\": \"%2\", \"role\": \"officer\", \"projects\": []},\n"
                             " {\"login\": \"%3\", \"role\": \"coordinator\", \"projects\": [\"MX-II\"]}]\n")
                  .arg(admin, officer, other));

    // A second grant replaces the first.
    ASSERT_EQ(grant(officer, QStringLiteral("evaluator")).exitCode, 0);
    const ProcessRun revoked = run({QStringLiteral("server"), QStringLiteral("revoke"), urlAs(admin), other});
    EXPECT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    const ProcessRun text = run({QStringLiteral("server"), QStringLiteral("users"), m_url});
    EXPECT_EQ(text.out, QStringLiteral("%1  %2  %3\n%4  %5  %6\n%7  %8  %9\n")
                            .arg(QStringLiteral("login"), -admin.size())
                            .arg(QStringLiteral("role"), -11)
                            .arg(QStringLiteral("projects"))
                            .arg(admin)
                            .arg(QStringLiteral("admin"), -11)
                            .arg(QStringLiteral("all"))
                            .arg(officer, -admin.size())
                            .arg(QStringLiteral("evaluator"), -11)
                            .arg(QStringLiteral("all")));
    const ProcessRun again = run({QStringLiteral("server"), QStringLiteral("revoke"), m_url, other});
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.err.contains(QStringLiteral("has no role"))) << again.err.toStdString();
}

TEST_F(ServerRolesTest, ALoginLimitedToAProjectSeesNoRowOfAnother)
{
    // A second project with an activity, a session, one person enrolled and marked present.
    exec(m_db, QStringLiteral("INSERT INTO project (code, title, start_date, end_date) VALUES "
                              "('OTRO', 'Otro proyecto', '2025-01-01', '2025-12-31')"));
    exec(m_db,
         QStringLiteral(
             "INSERT INTO activity (project_id, code, title, type, start_date, end_date) SELECT id, "
             "'O1', 'Taller', 'workshop', '2025-03-01', '2025-03-01' FROM project WHERE code = 'OTRO'"));
    exec(m_db,
         QStringLiteral("INSERT INTO session (activity_id, date) SELECT id, '2025-03-01' FROM activity WHERE "
                        "code = 'O1'"));
    exec(m_db, QStringLiteral("INSERT INTO participant (given_names, family_names) VALUES ('Sólo', 'Otro')"));
    exec(m_db, QStringLiteral(
                   "INSERT INTO enrolment (activity_id, participant_id) SELECT a.id, p.id FROM activity a, "
                   "participant p WHERE a.code = 'O1' AND p.family_names = 'Otro'"));
    exec(m_db, QStringLiteral(
                   "INSERT INTO attendance (enrolment_id, session_id, status) SELECT e.id, s.id, 'present' "
                   "FROM enrolment e JOIN session s ON s.activity_id = e.activity_id JOIN activity a ON "
                   "a.id = e.activity_id WHERE a.code = 'O1'"));

    const QString limited = newLogin(QStringLiteral("lim"));
    const ProcessRun given =
        grant(limited, QStringLiteral("officer"), {QStringLiteral("--project"), QStringLiteral("MX-II")});
    ASSERT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_TRUE(given.out.contains(QStringLiteral("for the projects MX-II only"))) << given.out.toStdString();

    const QString query = QStringLiteral(
        "SELECT (SELECT count(*) FROM project WHERE code = 'OTRO'), (SELECT count(*) FROM activity WHERE "
        "code = "
        "'O1'), (SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id WHERE a.code = "
        "'O1'), "
        "(SELECT count(*) FROM participant WHERE family_names = 'Otro'), (SELECT count(*) FROM enrolment), "
        "(SELECT count(*) FROM attendance), (SELECT count(*) FROM project)");
    const ProcessRun seen = psql(limited, query);
    ASSERT_EQ(seen.exitCode, 0) << seen.err.toStdString();
    const QStringList all = rows(m_db, query);
    ASSERT_EQ(all.size(), 1);
    const QStringList counts = all.first().split(QLatin1Char('|'));
    EXPECT_EQ(counts.mid(0, 4), QStringList(4, QStringLiteral("1")));
    EXPECT_EQ(seen.out, QStringLiteral("0|0|0|0|%1|%2|1\n")
                            .arg(counts.at(4).toLongLong() - 1)
                            .arg(counts.at(5).toLongLong() - 1));

    // Writing into the other project is refused by the server too.
    const ProcessRun write =
        psql(limited, QStringLiteral("INSERT INTO activity (project_id, code, title, type, "
                                     "start_date, end_date) SELECT id, 'O2', 't', 'workshop', "
                                     "'2025-04-01', '2025-04-01' FROM project WHERE code = 'OTRO'"));
    EXPECT_EQ(write.exitCode, 0) << "the other project is not even seen: " << write.err.toStdString();
    EXPECT_EQ(rows(m_db, QStringLiteral("SELECT count(*) FROM activity WHERE code = 'O2'")),
              QStringList{QStringLiteral("0")});
    const QString other = rows(m_db, QStringLiteral("SELECT id FROM project WHERE code = 'OTRO'")).first();
    const ProcessRun named =
        psql(limited, QStringLiteral("INSERT INTO activity (project_id, code, title, type, "
                                     "start_date, end_date) VALUES (%1, 'O3', 't', 'workshop', "
                                     "'2025-04-01', '2025-04-01')")
                          .arg(other));
    EXPECT_NE(named.exitCode, 0);
    EXPECT_TRUE(named.err.contains(QStringLiteral("row-level security"))) << named.err.toStdString();
    const ProcessRun direct = psql(limited, QStringLiteral("UPDATE attendance SET status = 'absent'"));
    EXPECT_EQ(direct.exitCode, 0) << direct.err.toStdString();
    EXPECT_EQ(rows(m_db, QStringLiteral(
                             "SELECT a.status FROM attendance a JOIN session s ON s.id = a.session_id JOIN "
                             "activity t ON t.id = s.activity_id WHERE t.code = 'O1'")),
              QStringList{QStringLiteral("present")});

    // The limited login's results of its project are those the owner sees of it.
    const QStringList arguments{QStringLiteral("--project"), QStringLiteral("MX-II"),
                                QStringLiteral("--by"),      QStringLiteral("activity"),
                                QStringLiteral("--format"),  QStringLiteral("json")};
    const ProcessRun owner = run(QStringList{QStringLiteral("results"), m_url} + arguments);
    const ProcessRun mine = run(QStringList{QStringLiteral("results"), urlAs(limited)} + arguments);
    ASSERT_EQ(mine.exitCode, 0) << mine.err.toStdString();
    EXPECT_EQ(mine.out, owner.out);
}

TEST_F(ServerRolesTest, WrongUsesAreToldInOneSentence)
{
    const ProcessRun noRole =
        run({QStringLiteral("server"), QStringLiteral("grant"), m_url, QStringLiteral("x")});
    EXPECT_EQ(noRole.exitCode, 2);
    EXPECT_TRUE(noRole.err.contains(QStringLiteral("--role"))) << noRole.err.toStdString();
    const ProcessRun badRole = grant(QStringLiteral("x"), QStringLiteral("boss"));
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("'boss' is not a role"))) << badRole.err.toStdString();
    const ProcessRun noLogin = grant(QStringLiteral("nobody_here"), QStringLiteral("officer"));
    EXPECT_EQ(noLogin.exitCode, 3);
    EXPECT_TRUE(noLogin.err.contains(QStringLiteral("There is no login nobody_here")))
        << noLogin.err.toStdString();
    const QString login = newLogin(QStringLiteral("some"));
    const ProcessRun noProject =
        grant(login, QStringLiteral("officer"), {QStringLiteral("--project"), QStringLiteral("NOPE")});
    EXPECT_EQ(noProject.exitCode, 3);
    EXPECT_TRUE(noProject.err.contains(QStringLiteral("no project with the code NOPE")))
        << noProject.err.toStdString();
    const ProcessRun file =
        run({QStringLiteral("server"), QStringLiteral("users"), m_home.path(QStringLiteral("demo.sdesk"))});
    EXPECT_EQ(file.exitCode, 2);
    const ProcessRun nobody = run({QStringLiteral("server"), QStringLiteral("users"), m_url});
    EXPECT_EQ(nobody.exitCode, 0);
    EXPECT_TRUE(nobody.out.startsWith(QStringLiteral("No login has a role"))) << nobody.out.toStdString();
}

} // namespace
} // namespace sd::test
