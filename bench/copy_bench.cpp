// Times `seminardesk-cli copy` of the large programme (100,000 participants, 2,000 activities,
// 1.3 million rows) from a file into a PostgreSQL 15 server on this machine, against `psql \copy` of
// the same rows into the same tables, in the same run (docs/performance.md):
//   - file → server at least half as fast as psql \copy, and at least 150,000 rows/s;
//   - and, for the record, server → file of the same programme, and psql \copy of the same rows
//     with the copy's bulk load around it (keys, indexes and triggers taken away and made again by
//     \gexec from the same catalogue queries): what COPY itself costs, without the copy's own work.
//
// The reference: every table exported to CSV with the sqlite3 shell (before any timing), in the
// columns the specs give for rows that keep their ids (the enrolments' participation summary is left
// to the server's triggers, so that psql's result is a correct programme too), then one psql script,
// BEGIN, one \copy per table, parents first, COMMIT, timed as a whole, into a database that
// `server init` has just set up. The copy: ProgrammeCopy, as the command runs it, into a new empty
// database. Each repeat makes new databases and alternates which of the two goes first.
//
// The server is the tests' own (tests/server/pg-test-server.sh): a new cluster in a temporary
// folder, on a Unix socket, stopped at the end. It runs with fsync=off and synchronous_commit=off,
// the same for both sides.
//
// Usage: copy_bench [--file PROGRAMME] [--participants N] [--activities M] [--repeat R]
//                   [--pg-bin DIR]   (default /usr/lib/postgresql/15/bin)

#include "BenchServer.h"
#include "demo/Generator.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ServerConnection.h"
#include "storage/ServerSchema.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <cstdio>
#include <vector>

namespace {

using sd::bench::createDatabase;
using sd::bench::run;
using sd::bench::Server;
using sd::bench::startServer;
using sd::bench::stopServer;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& why)
{
    out() << "copy_bench: " << why << Qt::endl;
    std::exit(1);
}

// The tables parents first, with the columns of rows that keep their ids (InsertWithKey), or every
// column, the participation summary included (Load), from the specs.
std::vector<std::pair<QString, QString>> tablesAndColumns(sd::StatementKind kind)
{
    using namespace sd;
    const LinkTables& links = linkTables();
    const std::vector<const TableShape*> tables{
        &tableOf<Institution>(), &tableOf<Project>(),        &links.projectRequestingInstitution,
        &tableOf<Component>(),   &tableOf<Objective>(),      &links.objectiveComponent,
        &tableOf<Activity>(),    &links.activityComponent,   &tableOf<Session>(),
        &tableOf<Participant>(), &tableOf<Expert>(),         &tableOf<ActivityExpertRow>(),
        &tableOf<Enrolment>(),   &tableOf<AttendanceMark>(), &tableOf<ChangeLogEntry>()};
    std::vector<std::pair<QString, QString>> list;
    for (const TableShape* table : tables) {
        QStringList names;
        for (int index : table->written(kind))
            names.append(QLatin1String(table->columns()[std::size_t(index)].name));
        list.emplace_back(QLatin1String(table->name()), names.join(QLatin1Char(',')));
    }
    return list;
}

// The statements of the second reference, made by the server from its catalogue as the copy's bulk
// load makes them: first those that make everything again (kept in a temporary table), then those
// that take the foreign keys, keys, indexes and triggers away.
const char* const kBulkBefore = R"(CREATE TEMP TABLE restore_steps ON COMMIT DROP AS
SELECT 1 AS step, format('ALTER TABLE %I ENABLE TRIGGER USER', c.relname) AS sql FROM pg_trigger g
  JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal AND c.relnamespace = 'public'::regnamespace
  GROUP BY c.relname
UNION ALL SELECT CASE WHEN k.contype = 'f' THEN 4 ELSE 2 END,
  format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
  WHERE c.relnamespace = 'public'::regnamespace AND k.contype IN ('f', 'p', 'u')
UNION ALL SELECT 3, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
  WHERE t.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k
  WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid);
SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.relname, k.conname) FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = 'public'::regnamespace
  AND k.contype IN ('f', 'p', 'u') ORDER BY k.contype = 'f' DESC \gexec
SELECT format('DROP INDEX %I', i.relname) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = 'public'::regnamespace \gexec
SELECT DISTINCT format('ALTER TABLE %I DISABLE TRIGGER USER', c.relname) FROM pg_trigger g
  JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal AND c.relnamespace = 'public'::regnamespace \gexec
)";
const char* const kBulkAfter = "SELECT sql FROM restore_steps ORDER BY step \\gexec\n";

// Exports every table to CSV with the sqlite3 shell and writes the psql script that loads them: as
// they are (plain) or as the copy's bulk load does (bulk).
QString prepareReference(const QString& programme, const QString& folder, bool bulk)
{
    const QString name = bulk ? QStringLiteral("bulk") : QStringLiteral("plain");
    QString script = QStringLiteral("BEGIN;\n");
    if (bulk)
        script += QString::fromUtf8(kBulkBefore);
    for (const auto& [table, columns] :
         tablesAndColumns(bulk ? sd::StatementKind::Load : sd::StatementKind::InsertWithKey)) {
        const QString csv = QStringLiteral("%1/%2-%3.csv").arg(folder, name, table);
        run(QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), QStringLiteral("-cmd"), QStringLiteral(".output %1").arg(csv), programme,
             QStringLiteral("SELECT %1 FROM %2").arg(columns, table)});
        script += QStringLiteral("\\copy %1 (%2) FROM '%3' (FORMAT csv)\n").arg(table, columns, csv);
    }
    if (bulk)
        script += QString::fromUtf8(kBulkAfter);
    script += QStringLiteral("COMMIT;\n");
    const QString path = QStringLiteral("%1/load-%2.sql").arg(folder, name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("could not write %1").arg(path));
    file.write(script.toUtf8());
    return path;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double timePsql(const Server& server, const QString& database, const QString& script)
{
    QElapsedTimer timer;
    timer.start();
    run(server.bin + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
         QStringLiteral("-h"), server.socketDir, QStringLiteral("-p"), server.port, QStringLiteral("-U"),
         server.admin, QStringLiteral("-d"), database, QStringLiteral("-f"), script});
    return seconds(timer);
}

std::pair<double, qint64> timeCopy(const QString& source, const QString& target)
{
    QElapsedTimer timer;
    timer.start();
    sd::Result<sd::ProgrammeCopyReport> report = sd::ProgrammeCopy::copy(
        sd::ProgrammeLocation::parse(source).value(), sd::ProgrammeLocation::parse(target).value());
    if (!report)
        die(report.error().message);
    return {seconds(timer), report->rows};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString file;
    qint64 participants = 100000;
    qint64 activities = 2000;
    int repeat = 3;
    QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const QString& option = arguments[i];
        const QString& value = arguments[i + 1];
        if (option == QLatin1String("--file"))
            file = value;
        else if (option == QLatin1String("--participants"))
            participants = value.toLongLong();
        else if (option == QLatin1String("--activities"))
            activities = value.toLongLong();
        else if (option == QLatin1String("--repeat"))
            repeat = std::max(1, value.toInt());
        else if (option == QLatin1String("--pg-bin"))
            pgBin = value;
        else
            die(QStringLiteral("unknown option %1").arg(option));
    }

    QTemporaryDir folder;
    if (file.isEmpty()) {
        file = folder.path() + QStringLiteral("/big.sdesk");
        sd::GeneratorOptions options;
        options.participants = participants;
        options.activities = activities;
        sd::Result<sd::GeneratorReport> generated = sd::generateProgrammeFile(file, options);
        if (!generated)
            die(generated.error().message);
        out() << "generated " << generated->rowsWritten << " rows in " << generated->seconds << " s"
              << Qt::endl;
    }
    const QString script = prepareReference(file, folder.path(), false);
    const QString bulkScript = prepareReference(file, folder.path(), true);
    const Server server = startServer(folder.path(), pgBin);

    double bestPsql = 1e9;
    double bestCopy = 1e9;
    double bestBack = 1e9;
    double bestBulk = 1e9;
    qint64 rows = 0;
    for (int round = 0; round < repeat; ++round) {
        const QString reference = QStringLiteral("reference_%1").arg(round);
        const QString copied = QStringLiteral("copied_%1").arg(round);
        createDatabase(server, reference, true);
        createDatabase(server, copied, false);
        double psqlSeconds = 0;
        double copySeconds = 0;
        for (int side = 0; side < 2; ++side) {
            if ((side + round) % 2 == 0) {
                psqlSeconds = timePsql(server, reference, script);
            } else {
                const auto [taken, written] = timeCopy(file, server.uri(copied));
                copySeconds = taken;
                rows = written;
            }
        }
        const QString bulkReference = QStringLiteral("bulk_reference_%1").arg(round);
        createDatabase(server, bulkReference, true);
        const double bulkSeconds = timePsql(server, bulkReference, bulkScript);
        const QString back = QStringLiteral("%1/back_%2.sdesk").arg(folder.path()).arg(round);
        const double backSeconds = timeCopy(server.uri(copied), back).first;
        QFile::remove(back);
        out() << QStringLiteral(
                     "round %1: psql \\copy %2 s (%3 rows/s); copy file → server %4 s (%5 rows/s), "
                     "%6 of psql's speed; copy server → file %7 s (%8 rows/s); psql \\copy with the copy's "
                     "bulk load "
                     "%9 s")
                     .arg(round + 1)
                     .arg(psqlSeconds, 0, 'f', 2)
                     .arg(qint64(double(rows) / psqlSeconds))
                     .arg(copySeconds, 0, 'f', 2)
                     .arg(qint64(double(rows) / copySeconds))
                     .arg(psqlSeconds / copySeconds, 0, 'f', 2)
                     .arg(backSeconds, 0, 'f', 2)
                     .arg(qint64(double(rows) / backSeconds))
                     .arg(bulkSeconds, 0, 'f', 2)
              << Qt::endl;
        bestPsql = std::min(bestPsql, psqlSeconds);
        bestCopy = std::min(bestCopy, copySeconds);
        bestBack = std::min(bestBack, backSeconds);
        bestBulk = std::min(bestBulk, bulkSeconds);
    }
    stopServer(server);

    const double copyRate = double(rows) / bestCopy;
    const double ratio = bestPsql / bestCopy;
    out()
        << QStringLiteral(
               "best of %1, %2 rows: psql \\copy %3 s; copy file → server %4 s = %5 rows/s (budget "
               ">= 150000: %6), %7 × psql's speed (budget >= 0.5: %8); server → file %9 s; psql \\copy with "
               "the copy's bulk load %10 s")
               .arg(repeat)
               .arg(rows)
               .arg(bestPsql, 0, 'f', 2)
               .arg(bestCopy, 0, 'f', 2)
               .arg(qint64(copyRate))
               .arg(copyRate >= 150000 ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(ratio, 0, 'f', 2)
               .arg(ratio >= 0.5 ? QStringLiteral("met") : QStringLiteral("MISSED"))
               .arg(bestBack, 0, 'f', 2)
               .arg(bestBulk, 0, 'f', 2)
        << Qt::endl;
    return copyRate >= 150000 && ratio >= 0.5 ? 0 : 1;
}
