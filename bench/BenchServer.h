#pragma once

// A PostgreSQL 15 server of the benchmarks' own: the tests' throw-away cluster
// (tests/server/pg-test-server.sh: initdb into a temporary folder, a Unix socket there, fsync=off),
// started and stopped by the benchmark, and new databases on it. Needs SD_SOURCE_DIR.

#include "storage/ProgrammeLocation.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <cstdlib>

namespace sd::bench {

[[noreturn]] inline void fail(const QString& why)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << why << Qt::endl;
    std::exit(1);
}

struct Server
{
    QString state;
    QString bin;
    QString socketDir;
    QString port;
    QString admin;

    QString uri(const QString& database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(socketDir)), port, admin);
    }
};

inline QString run(const QString& program, const QStringList& arguments, int timeoutMs = 600000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        fail(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline Server startServer(const QString& folder, const QString& bin)
{
    Server server{folder + QStringLiteral("/pg"), bin, {}, {}, {}};
    run(QStringLiteral(SD_SOURCE_DIR "/tests/server/pg-test-server.sh"),
        {QStringLiteral("start"), server.state, bin});
    QFile env(server.state + QStringLiteral("/server.env"));
    if (!env.open(QIODevice::ReadOnly))
        fail(QStringLiteral("the server did not start"));
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("socket_dir"))
            server.socketDir = value;
        else if (key == QLatin1String("port"))
            server.port = value;
        else if (key == QLatin1String("admin_user"))
            server.admin = value;
    }
    return server;
}

inline void stopServer(const Server& server)
{
    run(QStringLiteral(SD_SOURCE_DIR "/tests/server/pg-test-server.sh"),
        {QStringLiteral("stop"), server.state, server.bin});
}

// A new empty database; with the schema `server init` makes when initialised.
inline void createDatabase(const Server& server, const QString& name, bool initialised)
{
    const QString connection = QStringLiteral("bench-server-") + name;
    {
        sd::Result<QSqlDatabase> admin = sd::ServerConnection::open(
            sd::ProgrammeLocation::parse(server.uri(QStringLiteral("postgres"))).value(), connection);
        if (!admin)
            fail(admin.error().message);
        QSqlQuery query(*admin);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            fail(QStringLiteral("could not create the database %1").arg(name));
        query.finish();
        admin->close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!initialised)
        return;
    {
        sd::Result<QSqlDatabase> db =
            sd::ServerConnection::open(sd::ProgrammeLocation::parse(server.uri(name)).value(), connection);
        if (!db)
            fail(db.error().message);
        if (sd::Status created = sd::ServerSchema::create(*db); !created)
            fail(created.error().message);
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace sd::bench
