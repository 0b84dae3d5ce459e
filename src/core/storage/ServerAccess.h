#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

class Database;

// What a login may do with a programme on a server. The server itself enforces it, so that psql as
// that login is held to the same rules as the window and the command line:
// - officer: reads and edits the programme, its people and attendance;
// - coordinator: reads everything (and prints), changes nothing;
// - evaluator: reads counts and the persons without their names, positions, emails and phones
//   (column privileges on participant and expert), changes nothing;
// - admin: everything, and gives and takes roles.
// The database's owner (who ran `server init`) is above the roles.
enum class ServerRole
{
    Evaluator,
    Coordinator,
    Officer,
    Admin,
};

// Roles are group roles of the server, one per role and programme database ("mexico-ii:officer"),
// of which a login is made a member. A login can further be limited to some projects: row-level
// security policies on every table of a project's records then show and accept only the rows of
// those projects (and the persons and experts enrolled in them or in none).
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServerAccess)

public:
    struct LoginAccess
    {
        QString login;
        ServerRole role = ServerRole::Evaluator;
        QStringList projects; // project codes the login is limited to; empty: every project
    };

    static QString code(ServerRole role);
    static std::optional<ServerRole> fromCode(const QString& code);
    // The role's name for people ("evaluator", in Spanish "evaluador").
    static QString displayName(ServerRole role);

    // The group role of `role` for the programme database named `database`.
    static QString groupName(const QString& database, ServerRole role);

    // Makes an existing login a member of the role's group (and of no other of this programme),
    // limited to the projects with these codes when any are given. Sets up the groups, their
    // privileges and the policies first when this is the first grant. One transaction, tried again
    // (up to three times) when another grant on the same server got in the way: roles are the
    // server's, shared by all its databases, and two GRANTs at once can collide in its catalog.
    static Status grant(Database& database, const QString& login, ServerRole role,
                        const QStringList& projectCodes);
    // Takes every role of this programme from the login; refuses a login that has none.
    static Status revoke(Database& database, const QString& login);
    // Every login with a role on this programme, by name.
    static Result<QList<LoginAccess>> users(Database& database);
    // The role of the connection's own login; none for the database's owner, a superuser, or a
    // login given no role (the server then grants what it grants).
    static Result<std::optional<ServerRole>> roleOf(Database& database);

private:
    static Status grantOnce(Database& database, const QString& login, ServerRole role,
                            const QStringList& projectCodes);
    static Status revokeOnce(Database& database, const QString& login);
};

} // namespace sd
