// `info` and `check`: what a file holds and whether it holds together.
#include "Commands.h"
#include "counting/ResultsQuery.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace sd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::cli", text);
}

QString line(const QString& label, qint64 value)
{
    return QStringLiteral("  %1 %2\n").arg(label + QLatin1Char(':'), -22).arg(value);
}

} // namespace

int runInfo(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Counts of every kind of record, per project."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<ProgrammeStore::FileCounts> files = store.fileCounts();
    if (!files)
        return fail(files.error());
    Result<QList<Project>> projects = store.projects();
    if (!projects)
        return fail(projects.error());
    QString out = tr("%1 (file format %2)\n").arg(QFileInfo(path).fileName()).arg(Database::kSchemaVersion);
    out += line(tr("projects"), files->projects);
    out += line(tr("institutions"), files->institutions);
    out += line(tr("participants"), files->participants);
    out += line(tr("experts"), files->experts);
    for (const Project& project : *projects) {
        Result<RecordCounts> counts = store.counts(project.id);
        if (!counts)
            return fail(counts.error());
        out += QStringLiteral("\n%1 %2 (%3 – %4)\n")
                   .arg(project.code, project.title, project.startDate.toString(Qt::ISODate),
                        project.endDate.toString(Qt::ISODate));
        out += line(tr("objectives"), counts->objectives);
        out += line(tr("components"), counts->components);
        out += line(tr("activities"), counts->activities);
        out += line(tr("sessions"), counts->sessions);
        out += line(tr("experts"), counts->experts);
        out += line(tr("participants enrolled"), counts->participants);
        out += line(tr("enrolments"), counts->enrolments);
        out += line(tr("attendance marks"), counts->attendanceMarks);
    }
    printOut(out);
    return Done;
}

namespace {

struct CheckOutcome
{
    QString name;
    bool passed = true;
    QString detail;
};

// Each invariant is a query that counts the records breaking it: 0 means it holds.
struct Invariant
{
    const char* name;
    const char* sql;
};

constexpr Invariant kInvariants[] = {
    {"attendance marks belong to a session of the enrolment's own activity",
     "SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN session s ON s.id = "
     "a.session_id WHERE s.activity_id <> e.activity_id"},
    {"sessions lie within their activity's dates", "SELECT count(*) FROM session s JOIN activity a ON a.id = "
                                                   "s.activity_id WHERE s.date < a.start_date OR s.date > "
                                                   "a.end_date"},
    {"activities lie within their project's time frame",
     "SELECT count(*) FROM activity a JOIN project p ON p.id = a.project_id WHERE a.start_date < "
     "p.start_date OR "
     "a.end_date > p.end_date"},
    {"every activity belongs to at least one component",
     "SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM activity_component ac WHERE "
     "ac.activity_id = "
     "a.id)"},
    {"components of an activity belong to the activity's project",
     "SELECT count(*) FROM activity_component ac JOIN activity a ON a.id = ac.activity_id JOIN component c "
     "ON c.id = "
     "ac.component_id WHERE c.project_id <> a.project_id"},
    {"no day holds both a full-day and a half-day session of one activity",
     "SELECT count(*) FROM session f JOIN session h ON h.activity_id = f.activity_id AND h.date = f.date "
     "WHERE f.part "
     "= 'full_day' AND h.part <> 'full_day'"},
    // The results tables read these two columns; the schema's triggers keep them equal to the marks.
    {"each enrolment's sessions attended and participant-days equal its marks",
     "SELECT count(*) FROM enrolment e LEFT JOIN (SELECT m.enrolment_id, COUNT(*) AS sessions,"
     " SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END) AS days FROM attendance m"
     " JOIN session s ON s.id = m.session_id WHERE m.status = 'present' OR m.status = 'late'"
     " GROUP BY m.enrolment_id) c ON c.enrolment_id = e.id"
     " WHERE e.sessions_attended <> COALESCE(c.sessions, 0) OR abs(e.days_attended - COALESCE(c.days, 0)) > "
     "1e-9"},
};

bool sameDays(double a, double b)
{
    return std::fabs(a - b) < 1e-6;
}

void checkCounting(ResultsQuery& query, const Project& project, QList<CheckOutcome>& outcomes)
{
    const QString prefix = project.code + QStringLiteral(": ");
    Result<ResultsTable> byActivity = query.results(project.id, ResultsKey::Activity);
    if (!byActivity) {
        outcomes.append({prefix + tr("results can be computed"), false, byActivity.error().message});
        return;
    }
    const ResultsTotals& totals = byActivity->totals;
    qint64 participations = 0;
    double days = 0.0;
    bool rowsConsistent = true;
    for (const ResultsRow& row : byActivity->rows) {
        participations += row.participations;
        days += row.participantDays;
        rowsConsistent = rowsConsistent && row.participations == row.uniqueParticipants &&
                         row.female + row.male + row.other + row.notStated == row.uniqueParticipants;
    }
    outcomes.append({prefix + tr("participations per activity add up to the total"),
                     participations == totals.participations,
                     tr("%1 in the rows, %2 in the total").arg(participations).arg(totals.participations)});
    outcomes.append({prefix + tr("participant-days per activity add up to the total"),
                     sameDays(days, totals.participantDays),
                     tr("%1 in the rows, %2 in the total").arg(days).arg(totals.participantDays)});
    outcomes.append({prefix + tr("each activity row counts each person once, and the genders add up"),
                     rowsConsistent, tr("a row breaks the rule")});
    outcomes.append(
        {prefix + tr("unique participants do not exceed participations"),
         totals.uniqueParticipants <= totals.participations,
         tr("%1 unique, %2 participations").arg(totals.uniqueParticipants).arg(totals.participations)});
    outcomes.append(
        {prefix + tr("the genders add up to the unique participants"),
         totals.female + totals.male + totals.other + totals.notStated == totals.uniqueParticipants,
         tr("genders add up to %1, unique participants are %2")
             .arg(totals.female + totals.male + totals.other + totals.notStated)
             .arg(totals.uniqueParticipants)});
    // Breakdowns that put each participation in exactly one row must add up exactly.
    for (ResultsKey key :
         {ResultsKey::Gender, ResultsKey::Institution, ResultsKey::InstitutionType, ResultsKey::Region}) {
        Result<ResultsTable> table = query.results(project.id, key);
        if (!table) {
            outcomes.append({prefix + tr("results can be computed"), false, table.error().message});
            return;
        }
        qint64 sum = 0;
        for (const ResultsRow& row : table->rows)
            sum += row.participations;
        outcomes.append({prefix + tr("participations by %1 add up to the total").arg(resultsKeyCode(key)),
                         sum == totals.participations,
                         tr("%1 in the rows, %2 in the total").arg(sum).arg(totals.participations)});
    }
    // Component rows may count an activity twice, never less than once.
    Result<ResultsTable> byComponent = query.results(project.id, ResultsKey::Component);
    if (byComponent) {
        qint64 sum = 0;
        for (const ResultsRow& row : byComponent->rows)
            sum += row.participations;
        outcomes.append({prefix + tr("participations by component cover the total"),
                         sum >= totals.participations,
                         tr("%1 in the rows, %2 in the total").arg(sum).arg(totals.participations)});
    }
}

} // namespace

int runCheck(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Integrity, foreign keys, schema version and counting invariants; exit 0 only if all hold."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    // A connection that enforces CHECK constraints, so that integrity_check verifies them too.
    Database::Options options;
    options.verifying = true;
    options.upgradeOlder = true;
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    if (!database)
        return fail(database.error());
    QSqlDatabase db = (*database)->connection();
    QList<CheckOutcome> outcomes;
    bool damaged = false;

    {
        QSqlQuery query(db);
        QStringList problems;
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return fail((*database)->errorFor(query, tr("checking its integrity")));
        while (query.next())
            problems.append(query.value(0).toString());
        const bool ok = problems == QStringList{QStringLiteral("ok")};
        damaged = !ok;
        outcomes.append(
            {tr("the database file is intact (integrity_check)"), ok, problems.join(QStringLiteral("; "))});
    }
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail((*database)->errorFor(query, tr("checking its references")));
        qint64 broken = 0;
        QStringList tables;
        while (query.next()) {
            ++broken;
            if (!tables.contains(query.value(0).toString()))
                tables.append(query.value(0).toString());
        }
        outcomes.append(
            {tr("every reference points to an existing record (foreign_key_check)"), broken == 0,
             tr("%1 broken reference(s) in %2").arg(broken).arg(tables.join(QStringLiteral(", ")))});
    }
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        const int version = query.next() ? query.value(0).toInt() : -1;
        query.exec(QStringLiteral("PRAGMA application_id"));
        const qint64 applicationId = query.next() ? query.value(0).toLongLong() : 0;
        outcomes.append({tr("the schema version is current (%1)").arg(Database::kSchemaVersion),
                         version == Database::kSchemaVersion, tr("the file says %1").arg(version)});
        outcomes.append({tr("the file is marked as a Seminar Desk programme (application_id)"),
                         applicationId == Database::kApplicationId,
                         tr("the file says %1").arg(applicationId)});
        query.exec(QStringLiteral("PRAGMA foreign_keys"));
        outcomes.append({tr("foreign keys are enforced on this connection"),
                         query.next() && query.value(0).toInt() == 1, tr("PRAGMA foreign_keys is off")});
    }
    for (const Invariant& invariant : kInvariants) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(invariant.sql)) || !query.next())
            return fail((*database)->errorFor(query, tr("checking an invariant")));
        const qint64 broken = query.value(0).toLongLong();
        outcomes.append({tr(invariant.name), broken == 0, tr("%1 record(s) break it").arg(broken)});
    }

    ProgrammeStore store(**database);
    Result<QList<Project>> projects = store.projects();
    if (!projects)
        return fail(projects.error());
    ResultsQuery results(**database);
    for (const Project& project : *projects)
        checkCounting(results, project, outcomes);

    QString report;
    int failures = 0;
    for (const CheckOutcome& outcome : outcomes) {
        if (outcome.passed) {
            report += QStringLiteral("ok      %1\n").arg(outcome.name);
        } else {
            ++failures;
            report += QStringLiteral("FAILED  %1: %2\n").arg(outcome.name, outcome.detail);
        }
    }
    report += failures == 0 ? tr("All %1 checks hold.\n").arg(outcomes.size())
                            : tr("%1 of %2 checks failed.\n").arg(failures).arg(outcomes.size());
    printOut(report);
    if (failures == 0)
        return Done;
    return fail(
        damaged ? Error::database(tr("%1 is damaged (integrity_check failed). Restore it from a backup copy.")
                                      .arg(QFileInfo(path).fileName()))
                : Error::badInput(tr("%1 breaks %2 rule(s) listed above. Correct the records named there.")
                                      .arg(QFileInfo(path).fileName())
                                      .arg(failures)));
}

} // namespace sd::cli
