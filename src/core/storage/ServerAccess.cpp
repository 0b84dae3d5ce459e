// Roles on a programme database, enforced by PostgreSQL: group roles with table and column
// privileges, and row-level security policies for logins limited to some projects.
#include "storage/ServerAccess.h"

#include "storage/Database.h"
#include "storage/ServerConnection.h"

#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <array>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

constexpr std::array kRoles{ServerRole::Evaluator, ServerRole::Coordinator, ServerRole::Officer,
                            ServerRole::Admin};

// The longest name PostgreSQL keeps (NAMEDATALEN - 1), in bytes.
constexpr int kMaxNameBytes = 63;

// A name written into a statement as an identifier: in double quotes, its quotes doubled. The names
// quoted are a role's group (made from the database's name and a role of kRoles), a login the
// caller checked exists, and tables and columns read from the catalog or listed below.
QString quoted(const QString& name)
{
    QString text = name;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The columns that say who a person is, and the secret behind certificates' verification codes:
// withheld from evaluators.
bool isPersonal(const QString& table, const QString& column)
{
    if (table == QLatin1String("certificate_secret"))
        return column == QLatin1String("secret");
    static const QStringList participant{QStringLiteral("given_names"),
                                         QStringLiteral("family_names"),
                                         QStringLiteral("position"),
                                         QStringLiteral("email"),
                                         QStringLiteral("phone"),
                                         QStringLiteral("consent_purpose"),
                                         QStringLiteral("legal_hold_reason")};
    static const QStringList expert{QStringLiteral("given_names"), QStringLiteral("family_names")};
    if (table == QLatin1String("participant"))
        return participant.contains(column);
    if (table == QLatin1String("expert"))
        return expert.contains(column);
    return false;
}

// The condition of each table's policy: the rows a login limited to some projects sees and may write.
// Children follow their parent (whose own policy applies inside the subquery); persons and experts
// are shown when enrolled in a visible activity or in none, so that a new person can be entered.
struct Policy
{
    const char* table;
    const char* rows;
};
constexpr std::array kPolicies{
    Policy{"project", "id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"component", "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"objective", "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"activity", "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"project_requesting_institution",
           "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"objective_component", "objective_id IN (SELECT id FROM public.objective)"},
    Policy{"activity_component", "activity_id IN (SELECT id FROM public.activity)"},
    Policy{"activity_expert", "activity_id IN (SELECT id FROM public.activity)"},
    Policy{"session", "activity_id IN (SELECT id FROM public.activity)"},
    Policy{"enrolment", "activity_id IN (SELECT id FROM public.activity)"},
    Policy{"attendance", "session_id IN (SELECT id FROM public.session)"},
    Policy{"evaluation", "enrolment_id IN (SELECT id FROM public.enrolment)"},
    Policy{"certificate_design", "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"certificate_issue", "project_id = ANY ((SELECT seminardesk_access.projects())::bigint[])"},
    Policy{"participant",
           "id IN (SELECT participant_id FROM public.enrolment) OR NOT seminardesk_access.enrolled(id)"},
    Policy{"expert",
           "id IN (SELECT expert_id FROM public.activity_expert) OR NOT seminardesk_access.engaged(id)"},
};

// The access schema's own objects. The functions run as the owner (SECURITY DEFINER, a fixed
// search_path) so that a policy can ask about rows the login cannot see.
const char* const kAccessObjects[] = {
    "CREATE SCHEMA IF NOT EXISTS seminardesk_access",
    "CREATE TABLE IF NOT EXISTS seminardesk_access.login_project ("
    " login TEXT COLLATE \"C\" NOT NULL,"
    " project_id BIGINT NOT NULL REFERENCES public.project (id) ON DELETE CASCADE,"
    " PRIMARY KEY (login, project_id))",
    "CREATE OR REPLACE FUNCTION seminardesk_access.scoped() RETURNS boolean LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = pg_catalog AS $$"
    " SELECT EXISTS (SELECT 1 FROM seminardesk_access.login_project WHERE login = session_user) $$",
    "CREATE OR REPLACE FUNCTION seminardesk_access.projects() RETURNS bigint[] LANGUAGE sql STABLE"
    " SECURITY DEFINER SET search_path = pg_catalog AS $$"
    " SELECT coalesce(array_agg(project_id), '{}') FROM seminardesk_access.login_project"
    " WHERE login = session_user $$",
    "CREATE OR REPLACE FUNCTION seminardesk_access.enrolled(person bigint) RETURNS boolean LANGUAGE sql"
    " STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$"
    " SELECT EXISTS (SELECT 1 FROM public.enrolment WHERE participant_id = person) $$",
    "CREATE OR REPLACE FUNCTION seminardesk_access.engaged(person bigint) RETURNS boolean LANGUAGE sql"
    " STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$"
    " SELECT EXISTS (SELECT 1 FROM public.activity_expert WHERE expert_id = person) $$",
};

class Work
{
public:
    explicit Work(Database& database)
        : m_database(database)
        , m_query(database.connection())
    {
    }

    Status exec(const QString& sql, const QString& doing)
    {
        if (!m_query.exec(sql))
            return m_database.errorFor(m_query, doing);
        return {};
    }

    // A statement with bound values, ready to be read.
    Status run(const QString& sql, const QVariantList& values, const QString& doing)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            return m_database.errorFor(m_query, doing);
        for (const QVariant& value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            return m_database.errorFor(m_query, doing);
        return {};
    }

    Result<bool> exists(const QString& sql, const QVariantList& values, const QString& doing)
    {
        if (Status ran = run(sql, values, doing); !ran)
            return ran.error();
        return m_query.next();
    }

    QSqlQuery& query() { return m_query; }

private:
    Database& m_database;
    QSqlQuery m_query;
};

// The programme database's name as the server knows it (after a service entry's defaults).
QString databaseName(Database& database)
{
    return ServerConnection::identity(database.connection()).database;
}

Result<bool> isOwner(Work& work)
{
    return work.exists(QStringLiteral("SELECT 1 FROM pg_catalog.pg_database d JOIN pg_catalog.pg_roles r"
                                      " ON r.rolname = current_user WHERE d.datname = current_database()"
                                      " AND (d.datdba = r.oid OR r.rolsuper)"),
                       {}, ServerAccess::tr("reading who owns the programme"));
}

Result<QStringList> columnsOf(Work& work, const QString& table)
{
    if (Status ran =
            work.run(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE"
                                    " table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"),
                     {table}, ServerAccess::tr("reading the columns of %1").arg(table));
        !ran)
        return ran.error();
    QStringList columns;
    while (work.query().next())
        columns.append(work.query().value(0).toString());
    return columns;
}

Result<QStringList> programmeTables(Work& work)
{
    if (Status ran =
            work.run(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE"
                                    " table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"),
                     {}, ServerAccess::tr("reading the tables of the programme"));
        !ran)
        return ran.error();
    QStringList tables;
    while (work.query().next())
        tables.append(work.query().value(0).toString());
    return tables;
}

// The groups, their privileges, the access schema and the policies; run by the owner, again on each
// grant, so that tables and columns added by a later schema step are covered after it.
Status setUp(Database& database, Work& work)
{
    const QString name = databaseName(database);
    const QString doing = ServerAccess::tr("setting up the roles of the programme");
    // DROP POLICY IF EXISTS and its kind say "skipping" as a notice; nobody needs to read it.
    if (Status quiet = work.exec(QStringLiteral("SET LOCAL client_min_messages = warning"), doing); !quiet)
        return quiet;
    for (const ServerRole role : kRoles) {
        const QString group = ServerAccess::groupName(name, role);
        Result<bool> there = work.exists(
            QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {group}, doing);
        if (!there)
            return there.error();
        if (!*there)
            if (Status made = work.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group)), doing);
                !made)
                return made;
    }
    for (const char* statement : kAccessObjects)
        if (Status made = work.exec(QString::fromLatin1(statement), doing); !made)
            return made;

    const QString evaluator = quoted(ServerAccess::groupName(name, ServerRole::Evaluator));
    const QString coordinator = quoted(ServerAccess::groupName(name, ServerRole::Coordinator));
    const QString officer = quoted(ServerAccess::groupName(name, ServerRole::Officer));
    const QString admin = quoted(ServerAccess::groupName(name, ServerRole::Admin));
    const QString groups = QStringList{evaluator, coordinator, officer, admin}.join(QLatin1String(", "));
    QStringList statements{
        QStringLiteral("GRANT USAGE ON SCHEMA public, seminardesk_access TO %1").arg(groups),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(coordinator, officer),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(officer),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON public.meta FROM %1").arg(officer),
        // Coordinators print certificates, which records their numbers.
        QStringLiteral("GRANT INSERT ON public.certificate_issue TO %1").arg(coordinator),
        // Issued numbers are never changed or given again, and the secret is written once.
        QStringLiteral("REVOKE UPDATE, DELETE ON public.certificate_issue FROM %1").arg(officer),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON public.certificate_secret FROM %1").arg(officer),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1, %2").arg(officer, admin),
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public, seminardesk_access TO %1").arg(admin),
        QStringLiteral("REVOKE ALL ON seminardesk_access.login_project FROM %1, %2, %3")
            .arg(evaluator, coordinator, officer),
    };
    for (const QString& statement : statements)
        if (Status ran = work.exec(statement, doing); !ran)
            return ran;

    Result<QStringList> tables = programmeTables(work);
    if (!tables)
        return tables.error();
    for (const QString& table : *tables) {
        Result<QStringList> columns = columnsOf(work, table);
        if (!columns)
            return columns.error();
        QStringList readable;
        for (const QString& column : *columns)
            if (!isPersonal(table, column))
                readable.append(quoted(column));
        if (Status ran = work.exec(
                QStringLiteral("REVOKE SELECT ON public.%1 FROM %2").arg(quoted(table), evaluator), doing);
            !ran)
            return ran;
        const QString grant =
            readable.size() == columns->size()
                ? QStringLiteral("GRANT SELECT ON public.%1 TO %2").arg(quoted(table), evaluator)
                : QStringLiteral("GRANT SELECT (%1) ON public.%2 TO %3")
                      .arg(readable.join(QLatin1String(", ")), quoted(table), evaluator);
        if (Status ran = work.exec(grant, doing); !ran)
            return ran;
    }

    for (const Policy& policy : kPolicies) {
        const QString table = QString::fromLatin1(policy.table);
        const QString rows = QStringLiteral("(SELECT NOT seminardesk_access.scoped()) OR %1")
                                 .arg(QString::fromLatin1(policy.rows));
        const QStringList steps{
            QStringLiteral("DROP POLICY IF EXISTS seminardesk_projects ON public.%1").arg(quoted(table)),
            QStringLiteral("CREATE POLICY seminardesk_projects ON public.%1 USING (%2) WITH CHECK (%2)")
                .arg(quoted(table), rows),
            QStringLiteral("ALTER TABLE public.%1 ENABLE ROW LEVEL SECURITY").arg(quoted(table)),
        };
        for (const QString& step : steps)
            if (Status ran = work.exec(step, doing); !ran)
                return ran;
    }
    return {};
}

// The groups of this programme the login is a member of.
Result<QList<ServerRole>> rolesOf(Database& database, Work& work, const QString& login)
{
    QList<ServerRole> held;
    for (const ServerRole role : kRoles) {
        Result<bool> member = work.exists(
            QStringLiteral(
                "SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid"
                " JOIN pg_catalog.pg_roles l ON l.oid = m.member WHERE g.rolname = ? AND l.rolname = ?"),
            {ServerAccess::groupName(databaseName(database), role), login},
            ServerAccess::tr("reading the roles of %1").arg(login));
        if (!member)
            return member.error();
        if (*member)
            held.append(role);
    }
    return held;
}

Status takeRoles(Database& database, Work& work, const QString& login)
{
    Result<QList<ServerRole>> held = rolesOf(database, work, login);
    if (!held)
        return held.error();
    for (const ServerRole role : *held)
        if (Status ran = work.exec(
                QStringLiteral("REVOKE %1 FROM %2")
                    .arg(quoted(ServerAccess::groupName(databaseName(database), role)), quoted(login)),
                ServerAccess::tr("taking the role from %1").arg(login));
            !ran)
            return ran;
    return work.run(QStringLiteral("DELETE FROM seminardesk_access.login_project WHERE login = ?"), {login},
                    ServerAccess::tr("taking the projects from %1").arg(login));
}

// Runs a role change, which is one transaction, again when it failed because another transaction
// got in the way (Database::isBusy: a serialization failure, a deadlock, or the catalog's "tuple
// concurrently updated" when two GRANTs touch the same role at once). The failed try rolled back.
template <typename Change>
Status retriedWhenBusy(Database& database, Change change)
{
    constexpr int kTries = 3;
    Status status = change();
    for (int tried = 1; !status && status.error().kind == ErrorKind::Database && tried < kTries &&
                        database.lastErrorWasBusy();
         ++tried) {
        QThread::msleep(static_cast<unsigned long>(50 * tried));
        status = change();
    }
    return status;
}

} // namespace

QString ServerAccess::code(ServerRole role)
{
    switch (role) {
    case ServerRole::Evaluator:
        return QStringLiteral("evaluator");
    case ServerRole::Coordinator:
        return QStringLiteral("coordinator");
    case ServerRole::Officer:
        return QStringLiteral("officer");
    case ServerRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<ServerRole> ServerAccess::fromCode(const QString& text)
{
    for (const ServerRole role : kRoles)
        if (code(role) == text)
            return role;
    return std::nullopt;
}

QString ServerAccess::displayName(ServerRole role)
{
    switch (role) {
    case ServerRole::Evaluator:
        return tr("evaluator");
    case ServerRole::Coordinator:
        return tr("coordinator");
    case ServerRole::Officer:
        return tr("officer");
    case ServerRole::Admin:
        return tr("admin");
    }
    return {};
}

QString ServerAccess::groupName(const QString& database, ServerRole role)
{
    const QByteArray suffix = (QLatin1Char(':') + code(role)).toUtf8();
    QByteArray base = database.toUtf8();
    if (base.size() + suffix.size() > kMaxNameBytes) {
        // Cut at a character boundary, then tell long names apart by a digest of the whole.
        const QByteArray digest = QByteArray::number(qHash(database, 0) & 0xffffffu, 16);
        QString cut = database;
        while ((cut.toUtf8().size() + 1 + digest.size() + suffix.size()) > kMaxNameBytes)
            cut.chop(1);
        base = cut.toUtf8() + '~' + digest;
    }
    return QString::fromUtf8(base + suffix);
}

Status ServerAccess::grant(Database& database, const QString& login, ServerRole role,
                           const QStringList& projectCodes)
{
    return retriedWhenBusy(database, [&] { return grantOnce(database, login, role, projectCodes); });
}

Status ServerAccess::revoke(Database& database, const QString& login)
{
    return retriedWhenBusy(database, [&] { return revokeOnce(database, login); });
}

Status ServerAccess::grantOnce(Database& database, const QString& login, ServerRole role,
                               const QStringList& projectCodes)
{
    if (!database.isServer())
        return Error::badInput(
            tr("%1 is a file: roles are given on a server, where the server enforces them. "
               "On a file, whoever can open the file can change it.")
                .arg(database.path()));
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    Work work(database);
    Result<bool> exists =
        work.exists(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ? AND rolcanlogin"),
                    {login}, tr("looking for the login %1").arg(login));
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::badInput(
            tr("There is no login %1 on the server of %2. Create it first (for example "
               "createuser --pwprompt %1, as a user who may create roles), then give the role "
               "again.")
                .arg(login, database.path()));
    Result<bool> owner = isOwner(work);
    if (!owner)
        return owner.error();
    if (*owner) {
        if (Status ready = setUp(database, work); !ready)
            return ready;
    } else {
        Result<bool> ready = work.exists(
            QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"),
            {groupName(databaseName(database), ServerRole::Admin)}, tr("reading the roles of the programme"));
        if (!ready)
            return ready.error();
        if (!*ready)
            return Error::notAllowed(tr("The roles of %1 are not set up yet: the first role is given by the "
                                        "database's owner, who may create roles. Nothing was changed.")
                                         .arg(database.path()));
    }

    QList<qint64> projects;
    for (const QString& projectCode : projectCodes) {
        if (Status ran = work.run(QStringLiteral("SELECT id FROM public.project WHERE code = ?"),
                                  {projectCode}, tr("looking for the project %1").arg(projectCode));
            !ran)
            return ran;
        if (!work.query().next())
            return Error::badInput(
                tr("%1 holds no project with the code %2; nothing was changed. `seminardesk-cli "
                   "info` lists the projects.")
                    .arg(database.path(), projectCode));
        projects.append(work.query().value(0).toLongLong());
    }

    if (Status taken = takeRoles(database, work, login); !taken)
        return taken;
    const QString name = databaseName(database);
    const QString doing = tr("giving %1 the role %2").arg(login, displayName(role));
    // An admin holds every group with the right to give it, which is what lets an admin give roles.
    const QList<ServerRole> groups =
        role == ServerRole::Admin ? QList<ServerRole>(kRoles.begin(), kRoles.end()) : QList<ServerRole>{role};
    for (const ServerRole group : groups) {
        QString statement =
            QStringLiteral("GRANT %1 TO %2").arg(quoted(groupName(name, group)), quoted(login));
        if (role == ServerRole::Admin)
            statement += QLatin1String(" WITH ADMIN OPTION");
        if (Status ran = work.exec(statement, doing); !ran)
            return ran;
    }
    for (const qint64 project : projects)
        if (Status ran =
                work.run(QStringLiteral("INSERT INTO seminardesk_access.login_project (login, project_id)"
                                        " VALUES (?, ?)"),
                         {login, project}, doing);
            !ran)
            return ran;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    spdlog::info("server role {} given to a login ({} projects)", code(role).toStdString(), projects.size());
    return {};
}

Status ServerAccess::revokeOnce(Database& database, const QString& login)
{
    if (!database.isServer())
        return Error::badInput(tr("%1 is a file: roles are given on a server.").arg(database.path()));
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    Work work(database);
    Result<QList<ServerRole>> held = rolesOf(database, work, login);
    if (!held)
        return held.error();
    if (held->isEmpty())
        return Error::notFound(
            tr("%1 has no role on %2; nothing was changed. `seminardesk-cli server users` lists "
               "who has one.")
                .arg(login, database.path()));
    if (Status taken = takeRoles(database, work, login); !taken)
        return taken;
    return transaction.commit();
}

Result<QList<ServerAccess::LoginAccess>> ServerAccess::users(Database& database)
{
    if (!database.isServer())
        return Error::badInput(tr("%1 is a file: roles are given on a server.").arg(database.path()));
    Work work(database);
    const QString name = databaseName(database);
    if (Status ran =
            work.run(QStringLiteral("SELECT l.rolname, g.rolname FROM pg_catalog.pg_auth_members m"
                                    " JOIN pg_catalog.pg_roles g ON g.oid = m.roleid"
                                    " JOIN pg_catalog.pg_roles l ON l.oid = m.member"
                                    " WHERE g.rolname IN (?, ?, ?, ?) ORDER BY l.rolname"),
                     {groupName(name, ServerRole::Evaluator), groupName(name, ServerRole::Coordinator),
                      groupName(name, ServerRole::Officer), groupName(name, ServerRole::Admin)},
                     tr("reading who has a role"));
        !ran)
        return ran.error();
    QList<LoginAccess> found;
    while (work.query().next()) {
        const QString login = work.query().value(0).toString();
        const QString group = work.query().value(1).toString();
        ServerRole role = ServerRole::Evaluator;
        for (const ServerRole candidate : kRoles)
            if (groupName(name, candidate) == group)
                role = candidate;
        if (!found.isEmpty() && found.last().login == login) {
            found.last().role = std::max(found.last().role, role);
            continue;
        }
        found.append({login, role, {}});
    }
    Result<bool> scoped =
        work.exists(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE"
                                   " table_schema = 'seminardesk_access' AND table_name = 'login_project'"),
                    {}, tr("reading who has a role"));
    if (!scoped)
        return scoped.error();
    if (!*scoped)
        return found;
    for (LoginAccess& access : found) {
        if (Status ran =
                work.run(QStringLiteral("SELECT p.code FROM seminardesk_access.login_project s"
                                        " JOIN public.project p ON p.id = s.project_id WHERE s.login = ?"
                                        " ORDER BY p.code"),
                         {access.login}, tr("reading the projects of %1").arg(access.login));
            !ran)
            return ran.error();
        while (work.query().next())
            access.projects.append(work.query().value(0).toString());
    }
    return found;
}

Result<std::optional<ServerRole>> ServerAccess::roleOf(Database& database)
{
    if (!database.isServer())
        return std::optional<ServerRole>();
    Work work(database);
    const QString name = databaseName(database);
    Result<bool> owner = isOwner(work);
    if (!owner)
        return owner.error();
    if (*owner)
        return std::optional<ServerRole>();
    std::optional<ServerRole> highest;
    for (const ServerRole role : kRoles) {
        Result<bool> member =
            work.exists(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"
                                       " AND pg_catalog.pg_has_role(session_user, oid, 'MEMBER')"),
                        {groupName(name, role)}, tr("reading your role"));
        if (!member)
            return member.error();
        if (*member)
            highest = role;
    }
    return highest;
}

} // namespace sd
