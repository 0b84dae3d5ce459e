#include "Commands.h"
#include "export/JsonText.h"
#include "storage/Database.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ServerAccess.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace sd::cli {
namespace {

// The connection's name in Qt Sql; the command holds one connection at a time.
const QString kConnectionName = QStringLiteral("seminardesk-cli-server");

int runInit(const ProgrammeLocation& location)
{
    int exitCode = Done;
    {
        Result<QSqlDatabase> db = ServerConnection::open(location, kConnectionName);
        if (!db)
            return fail(db.error());
        if (Status created = ServerSchema::create(*db); !created) {
            exitCode = fail(created.error());
        } else {
            printOut(Cli::tr("Set up an empty programme (schema version %1) in %2.\n")
                         .arg(ServerSchema::kVersion)
                         .arg(ServerConnection::identity(*db).displayText()));
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(kConnectionName);
    return exitCode;
}

// "mexico-ii on db.example.org": the programme without the login that runs the command, which a
// sentence about another login's role would otherwise name as well ("… as sd_admin").
QString programmeWithoutLogin(const Database& database)
{
    const ServerIdentity identity = ServerConnection::identity(database.connection());
    return ProgrammeLocation::serverDisplayText(identity.database, identity.host, identity.port, QString());
}

// The login and the programme's address of grant and revoke; the programme opened for writing.
int runGrant(const QString& address, const QString& login, const QString& roleName,
             const QStringList& projects)
{
    const std::optional<ServerRole> role = ServerAccess::fromCode(roleName);
    if (!role)
        return usageError(
            QStringLiteral("server"),
            Cli::tr("'%1' is not a role; the roles are officer, coordinator, evaluator and admin.")
                .arg(roleName));
    Result<std::unique_ptr<Database>> database = openFile(address, false);
    if (!database)
        return fail(database.error());
    if (Status given = ServerAccess::grant(**database, login, *role, projects); !given)
        return fail(given.error());
    const QString where = programmeWithoutLogin(**database);
    printOut(projects.isEmpty()
                 ? Cli::tr("%1 is now %2 of %3.\n").arg(login, ServerAccess::code(*role), where)
                 : Cli::tr("%1 is now %2 of %3, for the projects %4 only.\n")
                       .arg(login, ServerAccess::code(*role), where, projects.join(QLatin1String(", "))));
    return Done;
}

int runRevoke(const QString& address, const QString& login)
{
    Result<std::unique_ptr<Database>> database = openFile(address, false);
    if (!database)
        return fail(database.error());
    if (Status taken = ServerAccess::revoke(**database, login); !taken)
        return fail(taken.error());
    printOut(Cli::tr("%1 has no role on %2 any more.\n").arg(login, programmeWithoutLogin(**database)));
    return Done;
}

int runUsers(const QString& address, const QString& format)
{
    Result<std::unique_ptr<Database>> database = openFile(address, true);
    if (!database)
        return fail(database.error());
    Result<QList<ServerAccess::LoginAccess>> users = ServerAccess::users(**database);
    if (!users)
        return fail(users.error());
    QString text;
    if (format == QLatin1String("json")) {
        QStringList objects;
        for (const ServerAccess::LoginAccess& user : *users) {
            QStringList projects;
            for (const QString& project : user.projects)
                projects.append(jsonString(project));
            objects.append(QStringLiteral("{\"login\": %1, \"role\": %2, \"projects\": [%3]}")
                               .arg(jsonString(user.login), jsonString(ServerAccess::code(user.role)),
                                    projects.join(QLatin1String(", "))));
        }
        text = QLatin1String("[") + objects.join(QLatin1String(",\n ")) + QLatin1String("]\n");
    } else {
        int width = 5;
        for (const ServerAccess::LoginAccess& user : *users)
            width = std::max(width, int(user.login.size()));
        text = QStringLiteral("%1  %2  %3\n")
                   .arg(Cli::tr("login"), -width)
                   .arg(Cli::tr("role"), -11)
                   .arg(Cli::tr("projects"));
        for (const ServerAccess::LoginAccess& user : *users)
            text +=
                QStringLiteral("%1  %2  %3\n")
                    .arg(user.login, -width)
                    .arg(ServerAccess::code(user.role), -11)
                    .arg(user.projects.isEmpty() ? Cli::tr("all") : user.projects.join(QLatin1String(", ")));
        if (users->isEmpty())
            text = Cli::tr("No login has a role on %1 yet; give one with server grant.\n")
                       .arg(programmeWithoutLogin(**database));
    }
    printOut(text);
    return Done;
}

} // namespace

int runServer(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Sets up a programme database on a PostgreSQL server and says who may do what with it.\n"
        "  init URL              creates Seminar Desk's tables in the empty database URL names\n"
        "                        (postgresql://[user@]host[:port]/database[?sslmode=...]); a database\n"
        "                        that holds anything already is refused and left as it is. Run it as\n"
        "                        the database's owner.\n"
        "  grant URL LOGIN       gives an existing login a role (--role): officer (edits the programme,\n"
        "                        its people and attendance), coordinator (reads everything, prints),\n"
        "                        evaluator (reads counts and persons without names, emails or phones)\n"
        "                        or admin (everything, and gives roles); --project limits it to some\n"
        "                        projects. The server enforces it, for psql too. The first grant is\n"
        "                        made by the database's owner, who may create roles.\n"
        "  revoke URL LOGIN      takes the login's role away.\n"
        "  users URL             lists the logins with a role, and their projects."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("init, grant, revoke or users"));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("The server's database, as a libpq connection URI."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), Cli::tr("The login (grant and revoke)."));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("The role grant gives."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     Cli::tr("Limits grant to this project (repeat for more)."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("users: text (the default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({role, project, format});
    // The action decides how many words follow it.
    QString action;
    for (const QString& argument : invocation.arguments)
        if (!argument.startsWith(QLatin1Char('-'))) {
            action = argument;
            break;
        }
    const bool withLogin = action == QLatin1String("grant") || action == QLatin1String("revoke");
    const QString syntax = action == QLatin1String("grant")    ? QStringLiteral("grant URL LOGIN --role ROLE")
                           : action == QLatin1String("revoke") ? QStringLiteral("revoke URL LOGIN")
                           : action == QLatin1String("users")  ? QStringLiteral("users URL")
                                                               : QStringLiteral("init URL");
    int exitCode = Done;
    if (!parseOptions(parser, invocation, withLogin ? 3 : 2, syntax, exitCode))
        return exitCode;
    action = parser.positionalArguments().at(0);
    if (action != QLatin1String("init") && !withLogin && action != QLatin1String("users"))
        return usageError(
            invocation.command,
            Cli::tr("'%1' is not a server action; they are init, grant, revoke and users.").arg(action));
    const QString address = parser.positionalArguments().at(1);
    if (!ProgrammeLocation::looksLikeServerAddress(address))
        return usageError(invocation.command,
                          Cli::tr("'server %1' works on a database on a server: give its address as "
                                  "postgresql://[user@]host[:port]/database, not a file.")
                              .arg(action));
    Result<ProgrammeLocation> location = ProgrammeLocation::parse(address);
    if (!location)
        return fail(location.error());
    if (action == QLatin1String("grant")) {
        if (!parser.isSet(role))
            return usageError(invocation.command,
                              Cli::tr("grant needs --role officer|coordinator|evaluator|admin."));
        return runGrant(address, parser.positionalArguments().at(2), parser.value(role),
                        parser.values(project));
    }
    if (parser.isSet(role) || parser.isSet(project))
        return usageError(invocation.command, Cli::tr("--role and --project go with grant only."));
    if (action == QLatin1String("revoke"))
        return runRevoke(address, parser.positionalArguments().at(2));
    if (action == QLatin1String("users")) {
        if (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json"))
            return usageError(invocation.command, Cli::tr("--format is text or json."));
        return runUsers(address, parser.value(format));
    }
    return runInit(*location);
}

} // namespace sd::cli
