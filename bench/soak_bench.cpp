// A concurrency soak: several processes edit one programme at once, as officers in several windows
// do, and afterwards nothing is damaged, no update is lost and the change log has every edit
// (docs/performance.md).
//
// The programme is the demo, copied into a new database on the tests' throw-away PostgreSQL server
// (bench/BenchServer.h), and, with --file too, the demo in one programme file. Each worker is this
// program again (--worker), with a document of its own (ProgrammeDocument: the window's path, undo
// command, row versions and change log included). It makes random edits to a few participants and
// activities that every worker shares, so that they meet: a field of a record, set to a value no
// other edit writes. An edit refused because another worker changed the record since it was read
// (ErrorKind::ChangedElsewhere) is done again the way an officer would: read the record again, make
// the same change, save; a file kept busy past its busy timeout is tried again after a moment, as its
// message says. The worker notes each saved edit (record, field, value, the version the
// edit moved the record to) and its time.
//
// Then the parent verifies:
//   - `seminardesk-cli check` passes on the programme;
//   - no update is lost: for every record and field, the value stored is the one written by the saved
//     edit that moved the record to the highest version among the edits of that field (the last
//     one saved, whichever process saved it);
//   - every record's version is the number of edits saved to it, beyond where it started;
//   - the change log has one entry for each saved edit;
// and reports edits/s, conflicts and the p50/p95 latency of an edit (retries included).
//
// Usage: soak_bench [--workers 4] [--edits 1000] [--file] [--pg-bin DIR] [--cli PATH]
//        soak_bench --worker N --target ADDRESS --edits E --seed S --out FILE   (a worker; internal)

#include "BenchServer.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RecordKind.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

namespace {

using sd::Id;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

template <typename T>
T orDie(sd::Result<T> result, const QString& doing)
{
    if (!result)
        sd::bench::fail(QStringLiteral("%1: %2").arg(doing, result.error().message));
    return std::move(result).value();
}

template <typename T>
T orDie(sd::Result<T> result, const char* doing)
{
    return orDie(std::move(result), QString::fromLatin1(doing));
}

// The records the workers share: few enough that they meet often.
constexpr int kParticipants = 24;
constexpr int kActivities = 8;
constexpr int kMaxAttempts = 100;

struct Field
{
    sd::RecordKind kind;
    const char* column;
};

constexpr Field kFields[] = {
    {sd::RecordKind::Participant, "position"}, {sd::RecordKind::Participant, "region"},
    {sd::RecordKind::Activity, "venue_city"},  {sd::RecordKind::Activity, "outputs"},
    {sd::RecordKind::Activity, "description"},
};

const char* tableOf(sd::RecordKind kind)
{
    return kind == sd::RecordKind::Participant ? "participant" : "activity";
}

// Sets one field of a record value read from the document.
void setField(sd::RecordValue& value, const QString& column, const QString& text)
{
    if (auto* participant = std::get_if<sd::Participant>(&value)) {
        (column == u"position" ? participant->position : participant->region) = text;
    } else if (auto* activity = std::get_if<sd::ActivityValue>(&value)) {
        (column == u"venue_city" ? activity->activity.venueCity
         : column == u"outputs"  ? activity->activity.outputs
                                 : activity->activity.description) = text;
    }
}

qint64 versionOf(const sd::RecordValue& value)
{
    if (const auto* participant = std::get_if<sd::Participant>(&value))
        return participant->rowVersion;
    return std::get<sd::ActivityValue>(value).activity.rowVersion;
}

QList<Id> ids(sd::Database& database, const char* table, int count)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT ?").arg(QLatin1String(table)));
    query.addBindValue(count);
    if (!query.exec())
        sd::bench::fail(QStringLiteral("could not list the %1 records").arg(QLatin1String(table)));
    QList<Id> list;
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

// ---- a worker -------------------------------------------------------------------------------------

int runWorker(int worker, const QString& target, int edits, quint32 seed, const QString& outPath)
{
    auto document = orDie(sd::ProgrammeDocument::open(orDie(sd::ProgrammeLocation::parse(target), "address")),
                          QStringLiteral("worker %1 opening the programme").arg(worker));
    const QList<Id> participants = ids(document->store().database(), "participant", kParticipants);
    const QList<Id> activities = ids(document->store().database(), "activity", kActivities);
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        sd::bench::fail(QStringLiteral("could not write %1").arg(outPath));
    QTextStream log(&file);
    QRandomGenerator random(seed);
    qint64 conflicts = 0;
    qint64 busy = 0;
    QElapsedTimer clock;
    clock.start();
    for (int edit = 0; edit < edits; ++edit) {
        const Field& field = kFields[random.bounded(int(std::size(kFields)))];
        const QList<Id>& pool = field.kind == sd::RecordKind::Participant ? participants : activities;
        const Id id = pool[random.bounded(int(pool.size()))];
        // Unique over the whole run: a value found in the file says which edit wrote it.
        const QString text = QStringLiteral("w%1-e%2").arg(worker).arg(edit);
        const qint64 started = clock.nsecsElapsed();
        qint64 savedAt = 0;
        for (int attempt = 1;; ++attempt) {
            sd::RecordValue value =
                orDie(document->queries().record(field.kind, id), QStringLiteral("reading"));
            const qint64 readAt = versionOf(value);
            setField(value, QLatin1String(field.column), text);
            const sd::Status saved = document->editRecord(value);
            if (saved) {
                savedAt = readAt + 1; // the update moves the version on by one from the one it stated
                break;
            }
            const QString why =
                QStringLiteral("worker %1, edit %2: %3").arg(worker).arg(edit).arg(saved.error().message);
            if (attempt == kMaxAttempts)
                sd::bench::fail(why);
            if (saved.error().kind == sd::ErrorKind::ChangedElsewhere) {
                ++conflicts;
            } else if (saved.error().kind == sd::ErrorKind::Database) {
                // A file kept busy by the other writers beyond the busy timeout: nothing was written,
                // and the message says to wait a moment and try again, which the officer does.
                if (++busy == 1)
                    QTextStream(stderr) << "soak_bench: " << why << " (tried again)" << Qt::endl;
                QThread::msleep(50);
            } else {
                sd::bench::fail(why);
            }
        }
        const qint64 micros = (clock.nsecsElapsed() - started) / 1000;
        log << "edit " << tableOf(field.kind) << ' ' << id << ' ' << field.column << ' ' << savedAt << ' '
            << text << ' ' << micros << '\n';
    }
    log << "done " << conflicts << ' ' << busy << ' ' << clock.nsecsElapsed() / 1000 << '\n';
    return 0;
}

// ---- the parent -----------------------------------------------------------------------------------

struct Saved
{
    qint64 version = 0;
    QString value;
    int worker = 0;
};

struct Figures
{
    qint64 edits = 0;
    qint64 conflicts = 0;
    qint64 busy = 0; // refused because the file stayed busy past the busy timeout, tried again
    double seconds = 0;
    std::vector<qint64> latencies; // µs
    int lost = 0;
    int versionMismatches = 0;
    qint64 logged = 0;
    bool checkPassed = false;
};

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at =
        std::min(values.size() - 1, static_cast<std::size_t>(p * double(values.size() - 1) + 0.5));
    return double(values[at]) / 1000.0;
}

qint64 loggedRecordEdits(sd::Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM change_log WHERE kind = 'edit' AND "
            "(description LIKE 'participant#%changed%' OR description LIKE 'activity#%changed%')")) ||
        !query.next())
        sd::bench::fail(QStringLiteral("could not count the change log"));
    return query.value(0).toLongLong();
}

Figures soak(const QString& label, const QString& target, int workers, int edits, const QString& cli,
             const QString& scratch)
{
    Figures figures;
    qint64 loggedBefore = 0;
    std::map<std::pair<QString, Id>, qint64> versionsBefore;
    {
        auto database = orDie(sd::Database::open(target), QStringLiteral("opening %1").arg(label));
        loggedBefore = loggedRecordEdits(*database);
        for (const char* table : {"participant", "activity"}) {
            QSqlQuery query(database->connection());
            query.exec(QStringLiteral("SELECT id, row_version FROM %1").arg(QLatin1String(table)));
            while (query.next())
                versionsBefore[{QLatin1String(table), query.value(0).toLongLong()}] =
                    query.value(1).toLongLong();
        }
    }

    QList<QProcess*> processes;
    QElapsedTimer wall;
    wall.start();
    for (int worker = 1; worker <= workers; ++worker) {
        auto* process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--worker"), QString::number(worker), QStringLiteral("--target"),
                        target, QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--seed"),
                        QString::number(1000 * worker + 7), QStringLiteral("--out"),
                        QStringLiteral("%1/%2-worker-%3.txt").arg(scratch, label).arg(worker)});
        processes.append(process);
    }
    for (QProcess* process : processes) {
        if (!process->waitForFinished(3600000) || process->exitStatus() != QProcess::NormalExit ||
            process->exitCode() != 0)
            sd::bench::fail(QStringLiteral("a worker on the %1 failed").arg(label));
        delete process;
    }
    figures.seconds = double(wall.nsecsElapsed()) / 1e9;

    // The last saved write of every record's field, and the edits saved to each record.
    std::map<std::tuple<QString, Id, QString>, Saved> last;
    std::map<std::pair<QString, Id>, qint64> savedPerRecord;
    for (int worker = 1; worker <= workers; ++worker) {
        QFile file(QStringLiteral("%1/%2-worker-%3.txt").arg(scratch, label).arg(worker));
        if (!file.open(QIODevice::ReadOnly))
            sd::bench::fail(QStringLiteral("a worker left no notes"));
        bool done = false;
        while (!file.atEnd()) {
            const QStringList parts = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(' '));
            if (parts.first() == u"done" && parts.size() == 4) {
                figures.conflicts += parts[1].toLongLong();
                figures.busy += parts[2].toLongLong();
                done = true;
                continue;
            }
            if (parts.size() != 7)
                sd::bench::fail(QStringLiteral("a worker's notes are garbled"));
            ++figures.edits;
            figures.latencies.push_back(parts[6].toLongLong());
            const Id id = parts[2].toLongLong();
            ++savedPerRecord[{parts[1], id}];
            Saved& field = last[{parts[1], id, parts[3]}];
            const qint64 version = parts[4].toLongLong();
            if (version == field.version)
                sd::bench::fail(QStringLiteral("two saved edits of %1 %2 claim version %3")
                                    .arg(parts[1])
                                    .arg(id)
                                    .arg(version));
            if (version > field.version)
                field = {version, parts[5], worker};
        }
        if (!done)
            sd::bench::fail(QStringLiteral("worker %1 did not finish").arg(worker));
    }

    auto database = orDie(sd::Database::open(target), QStringLiteral("opening %1").arg(label));
    for (const auto& [key, saved] : last) {
        const auto& [table, id, column] = key;
        QSqlQuery query(database->connection());
        // Table and column names come from kFields, never from input.
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            sd::bench::fail(QStringLiteral("could not read %1 %2").arg(table).arg(id));
        if (query.value(0).toString() != saved.value) {
            ++figures.lost;
            out() << "  LOST: " << table << ' ' << id << ' ' << column << " holds '"
                  << query.value(0).toString() << "', the last saved write was '" << saved.value << "'"
                  << Qt::endl;
        }
    }
    for (const auto& [record, count] : savedPerRecord) {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(record.first));
        query.addBindValue(record.second);
        if (!query.exec() || !query.next())
            sd::bench::fail(QStringLiteral("could not read a version"));
        if (query.value(0).toLongLong() != versionsBefore[record] + count)
            ++figures.versionMismatches;
    }
    figures.logged = loggedRecordEdits(*database) - loggedBefore;
    database.reset();

    QProcess check;
    check.start(cli, {QStringLiteral("check"), target});
    figures.checkPassed =
        check.waitForFinished(600000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0;
    if (!figures.checkPassed)
        out() << QString::fromUtf8(check.readAllStandardOutput())
              << QString::fromUtf8(check.readAllStandardError());
    return figures;
}

bool report(const QString& label, int workers, int edits, const Figures& f)
{
    out() << label << ": " << workers << " processes x " << edits << " edits\n"
          << "  saved edits        " << f.edits << " in " << QString::number(f.seconds, 'f', 2)
          << " s = " << QString::number(double(f.edits) / f.seconds, 'f', 0) << " edits/s\n"
          << "  conflicts (retried) " << f.conflicts << " ("
          << QString::number(100.0 * double(f.conflicts) / double(std::max<qint64>(1, f.edits)), 'f', 1)
          << " % of edits)\n"
          << "  busy (retried)      " << f.busy << "\n"
          << "  latency of an edit  p50 " << QString::number(percentile(f.latencies, 0.50), 'f', 1)
          << " ms, p95 " << QString::number(percentile(f.latencies, 0.95), 'f', 1) << " ms, max "
          << QString::number(percentile(f.latencies, 1.0), 'f', 1) << " ms\n"
          << "  lost updates        " << f.lost << "\n"
          << "  versions off        " << f.versionMismatches << "\n"
          << "  change log entries  " << f.logged << " for " << f.edits << " saved edits\n"
          << "  check               " << (f.checkPassed ? "passed" : "FAILED") << Qt::endl;
    return f.lost == 0 && f.versionMismatches == 0 && f.logged == f.edits && f.checkPassed &&
           f.edits == qint64(workers) * edits;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
    };
    const int edits = std::max(1, option(QStringLiteral("--edits"), QStringLiteral("1000")).toInt());
    if (arguments.contains(QStringLiteral("--worker")))
        return runWorker(option(QStringLiteral("--worker"), {}).toInt(),
                         option(QStringLiteral("--target"), {}), edits,
                         option(QStringLiteral("--seed"), QStringLiteral("1")).toUInt(),
                         option(QStringLiteral("--out"), {}));

    const int workers = std::max(1, option(QStringLiteral("--workers"), QStringLiteral("4")).toInt());
    const QString pgBin = option(QStringLiteral("--pg-bin"), QStringLiteral("/usr/lib/postgresql/15/bin"));
    const QString cli = option(QStringLiteral("--cli"), QStringLiteral(SD_CLI_PATH));
    QTemporaryDir scratch;
    const QString demo = scratch.filePath(QStringLiteral("demo.sdesk"));
    sd::bench::run(cli, {QStringLiteral("demo"), demo});

    bool allHeld = true;
    if (arguments.contains(QStringLiteral("--file"))) {
        const QString file = scratch.filePath(QStringLiteral("soak.sdesk"));
        if (!QFile::copy(demo, file))
            sd::bench::fail(QStringLiteral("could not copy the demo"));
        allHeld = report(QStringLiteral("file"), workers, edits,
                         soak(QStringLiteral("file"), file, workers, edits, cli, scratch.path())) &&
                  allHeld;
    }

    const sd::bench::Server server = sd::bench::startServer(scratch.path(), pgBin);
    sd::bench::createDatabase(server, QStringLiteral("soak"), false);
    const QString url = server.uri(QStringLiteral("soak"));
    orDie(sd::ProgrammeCopy::copy(sd::ProgrammeLocation::file(demo),
                                  orDie(sd::ProgrammeLocation::parse(url), "address")),
          QStringLiteral("copy to the server"));
    allHeld = report(QStringLiteral("server"), workers, edits,
                     soak(QStringLiteral("server"), url, workers, edits, cli, scratch.path())) &&
              allHeld;
    sd::bench::stopServer(server);
    out() << (allHeld ? "every check held" : "A CHECK FAILED") << Qt::endl;
    return allHeld ? 0 : 1;
}
