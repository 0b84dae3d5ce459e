// Times the storage side of two of the window's budgets on a programme on a PostgreSQL 15 server,
// beside the same programme in a file, in the same run (docs/performance.md):
//   - opening the participants register: the count of its rows and its first page of 200, as
//     RegisterModel reads them (at most 100 ms);
//   - filtering it by a name fragment: the first page of matching rows (at most 100 ms), and the
//     count of them, which a large register reads in the background (reported apart);
//   - saving attendance of 500 enrolled × 5 sessions: the 2,500 marks in one transaction, as the
//     attendance dialog's save writes them (ProgrammeStore::setAttendance; at most 200 ms).
// What the window adds on top (models, painting) is the same for both places; gui_bench and
// attendance_bench time it on a file.
//
// The programme is the large one (100,000 participants, 2,000 activities, 1.3 million rows) with an
// activity of 500 × 5 added, generated into a file, then copied into a new database on the tests'
// throw-away server (bench/BenchServer.h: Unix socket, fsync=off), which the benchmark starts and
// stops.
//
// Usage: server_bench [--file PROGRAMME] [--participants N] [--activities M] [--repeat R]
//                     [--pg-bin DIR]   (default /usr/lib/postgresql/15/bin)

#include "BenchServer.h"
#include "demo/Generator.h"
#include "storage/Database.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ProgrammeStore.h"
#include "storage/RegisterQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

namespace {

constexpr int kEnrolled = 500;
constexpr int kSessions = 5;
constexpr int kPage = 200;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

template <typename T>
T orDie(sd::Result<T> result, const char* doing)
{
    if (!result)
        sd::bench::fail(QStringLiteral("%1: %2").arg(QLatin1String(doing), result.error().message));
    return std::move(result).value();
}

void orDie(const sd::Status& status, const char* doing)
{
    if (!status)
        sd::bench::fail(QStringLiteral("%1: %2").arg(QLatin1String(doing), status.error().message));
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timed(const std::function<void()>& step)
{
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    step();
    return {double(wall.nsecsElapsed()) / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

// The activity of 500 × 5 with half of its marks set, written into the programme; its id.
sd::Id addAttendanceActivity(sd::Database& database)
{
    sd::ProgrammeStore store(database);
    const QList<sd::Project> projects = orDie(store.projects(), "projects");
    if (projects.isEmpty())
        sd::bench::fail(QStringLiteral("the programme has no project"));
    const sd::Project project = projects.first();
    const sd::Id component = orDie(store.components(project.id), "components").first().id;
    sd::Transaction transaction(database);
    orDie(transaction.begun(), "begin");
    sd::Activity activity;
    activity.projectId = project.id;
    activity.code = QStringLiteral("B.500");
    activity.title = QStringLiteral("Seminar with 500 participants");
    activity.componentIds = {component};
    activity.venueCity = QStringLiteral("Tapachula");
    activity.startDate = project.startDate.addDays(30);
    activity.endDate = activity.startDate.addDays(kSessions - 1);
    const sd::Id id = orDie(store.addActivity(activity), "add activity");
    const QList<sd::Session> sessions = orDie(store.sessions(id), "sessions");
    QList<sd::ProgrammeStore::MarkChange> marks;
    for (int i = 0; i < kEnrolled; ++i) {
        sd::Participant participant;
        participant.givenNames = QStringLiteral("María %1").arg(i);
        participant.familyNames = QStringLiteral("Hernández Núñez %1").arg(i, 3, 10, QLatin1Char('0'));
        participant.region = QStringLiteral("Chiapas");
        const sd::Id person = orDie(store.addParticipant(participant), "add participant");
        const sd::Id enrolment = orDie(store.enrol(id, person), "enrol");
        for (int s = 0; s < sessions.size(); ++s) {
            if ((i + s) % 2 == 0)
                marks.append({enrolment, sessions[s].id, sd::AttendanceStatus::Present});
        }
    }
    orDie(store.setAttendance(marks), "marks");
    orDie(transaction.commit(), "commit");
    return id;
}

// One place's figures: each step `repeat` times, the best and the slowest.
void measure(const QString& where, const QString& address, sd::Id activity, int repeat)
{
    const std::unique_ptr<sd::Database> database =
        orDie(sd::Database::open(orDie(sd::ProgrammeLocation::parse(address), "address"), {}), "open");
    const auto report = [&](const QString& what, const std::function<void()>& step, double budgetMs) {
        Timing best{1e12, 0};
        Timing slowest;
        for (int run = 0; run < repeat; ++run) {
            const Timing t = timed(step);
            if (t.wallMs < best.wallMs)
                best = t;
            if (t.wallMs > slowest.wallMs)
                slowest = t;
        }
        out() << where << ": " << what << ": best " << QString::number(best.wallMs, 'f', 1) << " ms (CPU "
              << QString::number(best.cpuMs, 'f', 1) << " ms), slowest "
              << QString::number(slowest.wallMs, 'f', 1) << " ms of " << repeat;
        if (budgetMs > 0)
            out() << (slowest.wallMs <= budgetMs ? " - within" : " - OVER") << " the budget of " << budgetMs
                  << " ms";
        out() << Qt::endl;
    };

    // A register is read on a connection that has already been used, as the window's is.
    qint64 total = 0;
    report(
        QStringLiteral("open the participants register (count + first page)"),
        [&] {
            sd::RegisterQuery query(*database, sd::RegisterKind::Participants);
            total = orDie(query.count(), "count");
            query.setReaderOrder(total <= sd::RegisterQuery::kReaderOrderLimit);
            const QList<sd::RegisterRow> page = orDie(query.rows(0, kPage, total), "first page");
            if (page.size() != std::min<qint64>(kPage, total))
                sd::bench::fail(QStringLiteral("the first page is short"));
        },
        100);
    // The fragments gui_bench types.
    for (const QString& fragment :
         {QStringLiteral("ram"), QStringLiteral("gonz"), QStringLiteral("mar"), QStringLiteral("hern")}) {
        report(
            QStringLiteral("filter it by \"%1\" (first page)").arg(fragment),
            [&] {
                sd::RegisterQuery query(*database, sd::RegisterKind::Participants);
                query.setReaderOrder(total <= sd::RegisterQuery::kReaderOrderLimit);
                query.setFilter(fragment);
                orDie(query.rows(0, kPage), "filtered page");
            },
            100);
        report(
            QStringLiteral("  count of the rows matching \"%1\" (in the background)").arg(fragment),
            [&] {
                sd::RegisterQuery query(*database, sd::RegisterKind::Participants);
                query.setFilter(fragment);
                orDie(query.count(), "filtered count");
            },
            0);
    }

    sd::ProgrammeStore store(*database);
    QList<sd::Id> enrolments;
    for (const sd::Enrolment& enrolment : orDie(store.enrolments(activity), "enrolments"))
        enrolments.append(enrolment.id);
    const QList<sd::Session> sessions = orDie(store.sessions(activity), "sessions");
    int round = 0;
    report(
        QStringLiteral("save attendance of %1 x %2 (%3 marks)")
            .arg(kEnrolled)
            .arg(kSessions)
            .arg(kEnrolled * kSessions),
        [&] {
            // Every cell changes: present and absent swap places from one save to the next.
            QList<sd::ProgrammeStore::MarkChange> marks;
            marks.reserve(enrolments.size() * sessions.size());
            for (qsizetype i = 0; i < enrolments.size(); ++i) {
                for (qsizetype s = 0; s < sessions.size(); ++s)
                    marks.append({enrolments[i], sessions[s].id,
                                  (i + s + round) % 2 == 0 ? sd::AttendanceStatus::Absent
                                                           : sd::AttendanceStatus::Present});
            }
            ++round;
            orDie(store.setAttendance(marks), "save attendance");
        },
        200);
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
    const int repeat = std::max(1, option(QStringLiteral("--repeat"), QStringLiteral("5")).toInt());
    const QString pgBin = option(QStringLiteral("--pg-bin"), QStringLiteral("/usr/lib/postgresql/15/bin"));
    QTemporaryDir scratch;
    const QString programme = scratch.filePath(QStringLiteral("large.sdesk"));
    const QString given = option(QStringLiteral("--file"), QString());
    if (!given.isEmpty()) {
        if (!QFile::copy(given, programme))
            sd::bench::fail(QStringLiteral("could not copy %1").arg(given));
    } else {
        auto database = orDie(sd::Database::create(programme), "create");
        sd::GeneratorOptions options;
        options.participants =
            option(QStringLiteral("--participants"), QStringLiteral("100000")).toLongLong();
        options.activities = option(QStringLiteral("--activities"), QStringLiteral("2000")).toLongLong();
        const sd::GeneratorReport report = orDie(sd::generateProgramme(*database, options), "generate");
        out() << "generated " << report.rowsWritten << " rows in " << report.seconds << " s" << Qt::endl;
    }
    sd::Id activity = 0;
    {
        auto database = orDie(sd::Database::open(programme), "open");
        activity = addAttendanceActivity(*database);
    }

    const sd::bench::Server server = sd::bench::startServer(scratch.path(), pgBin);
    sd::bench::createDatabase(server, QStringLiteral("programme"), false);
    const QString url = server.uri(QStringLiteral("programme"));
    orDie(sd::ProgrammeCopy::copy(sd::ProgrammeLocation::file(programme),
                                  orDie(sd::ProgrammeLocation::parse(url), "address")),
          "copy to the server");

    measure(QStringLiteral("file"), programme, activity, repeat);
    measure(QStringLiteral("server"), url, activity, repeat);
    sd::bench::stopServer(server);
    return 0;
}
