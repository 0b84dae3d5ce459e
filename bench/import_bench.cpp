// Times the budgets of bulk entry (docs/performance.md):
//   - importing a list of 10,000 rows into the large generated programme (100,000 participants,
//     2,000 activities): <= 2 s, from reading the file to the committed transaction;
//   - the duplicate finder over the 100,000 participants of that programme: <= 5 s;
//   - the check of a person typed into the New participant or Walk-in form against those 100,000
//     participants (ParticipantMatcher): reading and indexing them once, then one check, which must
//     not hold up typing.
// The list is half people the programme already holds (retyped: capitals, no accents, some without
// their email) and half new people, some of whom appear twice.
//
// Usage: import_bench [--file PROGRAMME] [--rows N] [--participants N] [--activities M] [--repeat R]
//                     [--server [--pg-bin DIR]]
// Without --file the programme is generated into a temporary folder first. Prints one line per step
// with wall and CPU time, since the machine may be shared with other work.
//
// With --server the imports run against a programme on a PostgreSQL 15 server instead (budget 3 s):
// the benchmark starts the tests' throw-away server (bench/BenchServer.h; Unix socket, fsync=off)
// and copies the programme into a new database before each run (not timed).

#include "BenchServer.h"
#include "demo/Generator.h"
#include "import/DuplicateFinder.h"
#include "import/ImportReport.h"
#include "import/Importer.h"
#include "import/ParticipantMatcher.h"
#include "io/TabularFile.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/ProgrammeCopy.h"
#include "storage/ProgrammeLocation.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <array>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

struct Timing
{
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
};

Timing timed(const std::function<void()>& step)
{
    QElapsedTimer wall;
    const std::clock_t cpuStart = std::clock();
    wall.start();
    step();
    return {wall.elapsed(), qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC};
}

// The CPU time the server's process for this connection has used so far, in ms (0 on a file): on
// a loaded machine, the client's CPU plus this is what the import costs without the waiting.
qint64 serverCpuMs(sd::Database& database)
{
    if (!database.isServer())
        return 0;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(query.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toLongLong() + fields[12].toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void line(const QString& what, const Timing& timing, qint64 budgetMs = 0)
{
    out() << what << ": " << timing.wallMs << " ms (CPU " << timing.cpuMs << " ms)";
    if (budgetMs > 0)
        out() << (timing.wallMs <= budgetMs ? " - within" : " - OVER") << " the budget of " << budgetMs
              << " ms";
    out() << Qt::endl;
}

[[noreturn]] void die(const sd::Error& error)
{
    out() << "import_bench: " << error.message << Qt::endl;
    std::exit(1);
}

QString stripAccents(const QString& text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (!c.isMark())
            plain.append(c);
    }
    return plain;
}

// A list of `rows` rows: even rows retype stored participants, odd rows are new people.
QByteArray makeList(const QList<sd::Participant>& stored, const QHash<sd::Id, QString>& institutionNames,
                    int rows)
{
    constexpr std::array kGiven{"Alejandro", "Beatriz",  "Claudia", "Daniel",  "Elena",
                                "Fernando",  "Gabriela", "Hugo",    "Irene",   "Julián",
                                "Karla",     "Leonardo", "Marisol", "Nicolás", "Olga",
                                "Patricio",  "Rebeca",   "Sergio",  "Teresa",  "Ulises"};
    constexpr std::array kFamily{"Aguilar", "Benítez",  "Cabrera",  "Domínguez", "Espinoza",
                                 "Fuentes", "Guerrero", "Ibarra",   "Juárez",    "Lara",
                                 "Medina",  "Navarro",  "Orozco",   "Pacheco",   "Quintero",
                                 "Rosales", "Salazar",  "Trujillo", "Valencia",  "Zamora"};
    QString text =
        QStringLiteral("\uFEFFNombre(s);Apellidos;Sexo;Institución;Cargo;Estado;Correo electrónico\r\n");
    for (int i = 0; i < rows; ++i) {
        if (i % 2 == 0) {
            const sd::Participant& p = stored[(qsizetype(i) * 7919) % stored.size()];
            const bool retyped = i % 4 == 0;
            const QString given = retyped ? stripAccents(p.givenNames).toUpper() : p.givenNames;
            const QString family = retyped ? stripAccents(p.familyNames).toUpper() : p.familyNames;
            text += QStringLiteral("%1;%2;%3;%4;Oficial;;%5\r\n")
                        .arg(given, family, sd::toCode(p.gender), institutionNames.value(p.institutionId),
                             i % 8 == 0 ? QString() : p.email);
        } else {
            const int n = i / 2;
            text += QStringLiteral("%1;%2 %3;%4;Institution %5;Analista;Chiapas;nuevo%6@example.org\r\n")
                        .arg(QString::fromUtf8(kGiven[std::size_t(n % 20)]),
                             QString::fromUtf8(kFamily[std::size_t((n / 20) % 20)]),
                             QString::fromUtf8(kFamily[std::size_t((n / 400) % 20)]),
                             n % 2 ? QStringLiteral("M") : QStringLiteral("F"))
                        .arg(1 + n % 400)
                        .arg(n % 4000);
        }
    }
    return text.toUtf8();
}

// One check of a typed person against the matcher, timed over `repeat` runs: the slowest run.
void timeChecks(const sd::ParticipantMatcher& matcher,
                const QList<std::pair<QString, sd::Participant>>& typed, int repeat)
{
    for (const auto& [what, person] : typed) {
        Timing slowest;
        qsizetype total = 0;
        for (int run = 0; run < std::max(1, repeat); ++run) {
            const Timing timing = timed([&] { matcher.find(person, 5, &total); });
            if (timing.wallMs >= slowest.wallMs)
                slowest = timing;
        }
        line(QStringLiteral("  one check, %1 (%2 matches; slowest of %3)").arg(what).arg(total).arg(repeat),
             slowest, 100);
    }
}

// What an officer types: a stored person retyped in capitals without accents, with one typo, with
// the given names abbreviated, and a name the file does not hold.
QList<std::pair<QString, sd::Participant>> typedPeople(const QList<sd::Participant>& stored)
{
    QList<std::pair<QString, sd::Participant>> typed;
    const sd::Participant& someone = stored[stored.size() / 2];
    sd::Participant retyped;
    retyped.givenNames = stripAccents(someone.givenNames).toUpper();
    retyped.familyNames = stripAccents(someone.familyNames).toUpper();
    typed.append({QStringLiteral("a stored name retyped"), retyped});
    sd::Participant typo = someone;
    typo.id = 0;
    typo.email.clear();
    typo.familyNames.insert(2, QLatin1Char('x'));
    typed.append({QStringLiteral("one typo"), typo});
    sd::Participant initial = typo;
    initial.familyNames = someone.familyNames;
    initial.givenNames = someone.givenNames.left(1) + QLatin1Char('.');
    typed.append({QStringLiteral("an initial for the given names"), initial});
    sd::Participant stranger;
    stranger.givenNames = QStringLiteral("Wenceslao");
    stranger.familyNames = QStringLiteral("Quiroga Ybarra");
    typed.append({QStringLiteral("a name the file does not hold"), stranger});
    return typed;
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
    QString programme = option(QStringLiteral("--file"), QString());
    const int rows = option(QStringLiteral("--rows"), QStringLiteral("10000")).toInt();
    const int repeat = option(QStringLiteral("--repeat"), QStringLiteral("3")).toInt();
    const bool onServer = arguments.contains(QStringLiteral("--server"));
    const QString pgBin = option(QStringLiteral("--pg-bin"), QStringLiteral("/usr/lib/postgresql/15/bin"));
    QTemporaryDir scratch;

    if (programme.isEmpty()) {
        programme = scratch.filePath(QStringLiteral("large.sdesk"));
        sd::GeneratorOptions options;
        options.participants =
            option(QStringLiteral("--participants"), QStringLiteral("100000")).toLongLong();
        options.activities = option(QStringLiteral("--activities"), QStringLiteral("2000")).toLongLong();
        line(QStringLiteral("generate %1 participants, %2 activities")
                 .arg(options.participants)
                 .arg(options.activities),
             timed([&] {
                 auto database = sd::Database::create(programme);
                 if (!database)
                     die(database.error());
                 if (auto report = sd::generateProgramme(**database, options); !report)
                     die(report.error());
             }));
    }

    // The list, made from what the programme holds.
    const QString listPath = scratch.filePath(QStringLiteral("lista.csv"));
    {
        auto database = sd::Database::open(programme);
        if (!database)
            die(database.error());
        sd::ImportStore bulk(**database);
        auto stored = bulk.participants();
        if (!stored)
            die(stored.error());
        sd::ProgrammeStore store(**database);
        auto institutions = store.institutions();
        if (!institutions)
            die(institutions.error());
        QHash<sd::Id, QString> names;
        for (const sd::Institution& institution : std::as_const(*institutions))
            names.insert(institution.id, institution.name);
        QFile list(listPath);
        if (!list.open(QIODevice::WriteOnly) || list.write(makeList(*stored, names, rows)) < 0)
            die(sd::Error::badInput(QStringLiteral("Could not write the list.")));

        line(QStringLiteral("duplicate finder over %1 participants (reading them included)")
                 .arg(stored->size()),
             timed([&] {
                 auto pairs = sd::DuplicateFinder::find(**database);
                 if (!pairs)
                     die(pairs.error());
                 out() << "  " << pairs->size() << " probable pairs" << Qt::endl;
             }),
             5000);

        std::optional<sd::ParticipantMatcher> matcher;
        line(QStringLiteral("entry check: read and index the %1 participants").arg(stored->size()),
             timed([&] {
                 auto read = sd::ParticipantMatcher::read(**database);
                 if (!read)
                     die(read.error());
                 matcher.emplace(std::move(read).value());
             }));
        timeChecks(*matcher, typedPeople(*stored), repeat);
    }

    // The finder's worst case: every name distinct (the generated programme repeats 6,400 names).
    {
        constexpr std::array kSyllables{"ra", "mi", "lo", "sa", "te", "no", "ca", "du", "ve", "li",
                                        "mo", "ña", "ré", "bi", "go", "zu", "fe", "há", "pi", "co"};
        const auto word = [&](quint64 seed, int syllables) {
            QString text;
            for (int i = 0; i < syllables; ++i) {
                text += QString::fromUtf8(kSyllables[seed % kSyllables.size()]);
                seed /= kSyllables.size();
            }
            text[0] = text[0].toUpper();
            return text;
        };
        QList<sd::Participant> people;
        for (int i = 0; i < 100000; ++i) {
            sd::Participant p;
            p.id = i + 1;
            const quint64 seed = quint64(i) * 2654435761ULL;
            p.givenNames = word(seed % 8000, 3);
            p.familyNames = word((seed / 8000) % 160000, 3) + u' ' + word(seed % 7919 + 13, 3);
            p.institutionId = 1 + i % 300;
            p.email = QStringLiteral("p%1@example.org").arg(i);
            people.append(p);
        }
        line(QStringLiteral("duplicate finder over 100000 participants with distinct names (in memory)"),
             timed([&] {
                 out() << "  " << sd::DuplicateFinder::find(people).size() << " probable pairs" << Qt::endl;
             }),
             5000);
        std::optional<sd::ParticipantMatcher> matcher;
        line(QStringLiteral("entry check: index 100000 participants with distinct names (in memory)"),
             timed([&] { matcher.emplace(people); }));
        timeChecks(*matcher, typedPeople(people), repeat);
    }

    std::optional<sd::bench::Server> server;
    if (onServer)
        server = sd::bench::startServer(scratch.path(), pgBin);
    for (const bool enrol : {false, true}) {
        for (int run = 1; run <= repeat; ++run) {
            QString copy = scratch.filePath(QStringLiteral("import-%1-%2.sdesk").arg(enrol).arg(run));
            QFile::remove(copy);
            if (server) {
                const QString name = QStringLiteral("import_%1_%2").arg(int(enrol)).arg(run);
                sd::bench::createDatabase(*server, name, false);
                copy = server->uri(name);
                auto copied = sd::ProgrammeCopy::copy(sd::ProgrammeLocation::file(programme),
                                                      sd::ProgrammeLocation::parse(copy).value());
                if (!copied)
                    die(copied.error());
            } else if (!QFile::copy(programme, copy)) {
                die(sd::Error::badInput(QStringLiteral("Could not copy the programme.")));
            }
            Timing read, planning, writing;
            qint64 serverCpu = 0;
            const Timing total = timed([&] {
                sd::Result<sd::CsvTable> table = sd::CsvTable();
                read = timed([&] { table = sd::readTabularFile(listPath); });
                if (!table)
                    die(table.error());
                auto database =
                    sd::Database::open(sd::ProgrammeLocation::parse(copy).value(), sd::Database::Options());
                if (!database)
                    die(database.error());
                sd::ImportOptions options;
                if (enrol) {
                    options.projectId = 1;
                    options.activityCode = QStringLiteral("1.1");
                }
                sd::Importer importer(**database);
                const qint64 serverCpuBefore = serverCpuMs(**database);
                sd::Result<sd::ImportPlan> plan = sd::ImportPlan();
                planning = timed([&] { plan = importer.plan(*table, listPath, options); });
                if (!plan)
                    die(plan.error());
                writing = timed([&] {
                    // Planned again under the write lock, as every import is written.
                    if (auto written = importer.run(*table, listPath, options, {}); !written)
                        die(written.error());
                });
                serverCpu = serverCpuMs(**database) - serverCpuBefore;
                if (run == 1) {
                    const sd::ImportCounts counts = plan->counts();
                    out() << "  " << counts.rowsRead << " rows: " << counts.newParticipants << " new, "
                          << counts.matchedParticipants << " matched, " << counts.repeatedRows
                          << " repeated, " << counts.newEnrolments << " enrolments, " << counts.rejectedRows
                          << " rejected, " << counts.possibleDuplicates << " possible duplicates" << Qt::endl;
                }
            });
            const QString what = enrol ? QStringLiteral("import %1 rows enrolling everyone, run %2")
                                       : QStringLiteral("import %1 rows, run %2");
            line(what.arg(rows).arg(run) + (server ? QStringLiteral(", on the server") : QString()), total,
                 server ? 3000 : 2000);
            line(QStringLiteral("  read the list"), read);
            line(QStringLiteral("  plan (match, validate)"), planning);
            line(QStringLiteral("  write (one transaction)"), writing);
            if (server)
                out() << "  the server's CPU for plan and write: " << serverCpu << " ms" << Qt::endl;
        }
    }
    if (server)
        sd::bench::stopServer(*server);
    return 0;
}
