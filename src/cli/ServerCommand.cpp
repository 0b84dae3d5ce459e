#include "Commands.h"
#include "storage/ProgrammeLocation.h"
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

} // namespace

int runServer(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Sets up a programme database on a PostgreSQL server.\n"
                "  init URL   creates Seminar Desk's tables in the empty database URL names\n"
                "             (postgresql://[user@]host[:port]/database[?sslmode=...]); a database that\n"
                "             holds anything already is refused and left as it is. Run it as the\n"
                "             database's owner."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("init"));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("The server's database, as a libpq connection URI."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2, QStringLiteral("init URL"), exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().at(0);
    if (action != QLatin1String("init"))
        return usageError(invocation.command,
                          Cli::tr("'%1' is not a server action; the one there is: init.").arg(action));
    const QString address = parser.positionalArguments().at(1);
    if (!ProgrammeLocation::looksLikeServerAddress(address))
        return usageError(invocation.command,
                          Cli::tr("'server init' sets up a database on a server: give its address as "
                                  "postgresql://[user@]host[:port]/database, not a file."));
    Result<ProgrammeLocation> location = ProgrammeLocation::parse(address);
    if (!location)
        return fail(location.error());
    return runInit(*location);
}

} // namespace sd::cli
