#include "check/FileCheck.h"

#include "counting/ResultsQuery.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cmath>
#include <sqlite3.h>

namespace sd {
namespace {

using Remedy = CheckFinding::Remedy;

// Each invariant is a query that counts the records breaking it: 0 means it holds.
struct Invariant
{
    const char* name;
    Remedy remedy;
    const char* sql;
};

constexpr Invariant kInvariants[] = {
    {QT_TRANSLATE_NOOP("sd::FileCheck",
                       "attendance marks belong to a session of the enrolment's own activity"),
     Remedy::CorrectRecords,
     "SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN session s ON s.id = "
     "a.session_id WHERE s.activity_id <> e.activity_id"},
    {QT_TRANSLATE_NOOP("sd::FileCheck", "sessions lie within their activity's dates"), Remedy::CorrectRecords,
     "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id WHERE s.date < a.start_date OR "
     "s.date > a.end_date"},
    {QT_TRANSLATE_NOOP("sd::FileCheck", "activities lie within their project's time frame"),
     Remedy::CorrectRecords,
     "SELECT count(*) FROM activity a JOIN project p ON p.id = a.project_id WHERE a.start_date < "
     "p.start_date OR a.end_date > p.end_date"},
    {QT_TRANSLATE_NOOP("sd::FileCheck", "every activity belongs to at least one component"),
     Remedy::CorrectRecords,
     "SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM activity_component ac WHERE "
     "ac.activity_id = a.id)"},
    {QT_TRANSLATE_NOOP("sd::FileCheck", "components of an activity belong to the activity's project"),
     Remedy::CorrectRecords,
     "SELECT count(*) FROM activity_component ac JOIN activity a ON a.id = ac.activity_id JOIN component c "
     "ON c.id = ac.component_id WHERE c.project_id <> a.project_id"},
    {QT_TRANSLATE_NOOP("sd::FileCheck",
                       "no day holds both a full-day and a half-day session of one activity"),
     Remedy::CorrectRecords,
     "SELECT count(*) FROM session f JOIN session h ON h.activity_id = f.activity_id AND h.date = f.date "
     "WHERE f.part = 'full_day' AND h.part <> 'full_day'"},
    // The results tables read these two columns; the schema's triggers keep them equal to the marks,
    // so a difference is a fault of the program, not of the records.
    {QT_TRANSLATE_NOOP("sd::FileCheck",
                       "each enrolment's sessions attended and participant-days equal its marks"),
     Remedy::ReportFault,
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

QString rowsAndTotal(qint64 rows, qint64 total)
{
    return FileCheck::tr("%1 in the rows, %2 in the total").arg(rows).arg(total);
}

// While it is installed, SQLite asks `stop` every few thousand steps of a statement and interrupts
// the statement once it is set, so that a long integrity_check ends soon after it is asked to.
class StopHandler
{
public:
    StopHandler(sqlite3* handle, const std::atomic<bool>* stop)
        : m_handle(stop != nullptr ? handle : nullptr)
    {
        if (m_handle != nullptr)
            sqlite3_progress_handler(m_handle, 10000, &StopHandler::asked,
                                     const_cast<std::atomic<bool>*>(stop));
    }
    ~StopHandler()
    {
        if (m_handle != nullptr)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    StopHandler(const StopHandler&) = delete;
    StopHandler& operator=(const StopHandler&) = delete;

private:
    static int asked(void* stop) { return static_cast<const std::atomic<bool>*>(stop)->load() ? 1 : 0; }

    sqlite3* m_handle;
};

// The rules of one file; failures of the statements themselves stop the check with an error.
class Checker
{
public:
    Checker(Database& database, const std::atomic<bool>* stop)
        : m_database(database)
        , m_stop(stop)
    {
    }

    Result<FileCheckReport> run()
    {
        const StopHandler handler(m_database.handle(), m_stop);
        for (Status (Checker::*step)() :
             {&Checker::checkIntegrity, &Checker::checkReferences, &Checker::checkFormat,
              &Checker::checkInvariants, &Checker::checkCounting}) {
            if (stopped())
                return stoppedError();
            if (Status done = (this->*step)(); !done)
                return stopped() ? stoppedError() : done.error();
        }
        // A statement interrupted while counting reads as a failed rule: no report then.
        if (stopped())
            return stoppedError();
        return std::move(m_report);
    }

private:
    bool stopped() const { return m_stop != nullptr && m_stop->load(); }

    Error stoppedError() const
    {
        return Error::database(
            FileCheck::tr("The check of %1 was stopped before it finished. Nothing was changed.")
                .arg(QFileInfo(m_database.path()).fileName()));
    }

    void add(const QString& name, bool passed, const QString& detail, Remedy remedy)
    {
        m_report.findings.append({name, passed, detail, remedy});
    }

    Status checkIntegrity()
    {
        // A server keeps its own pages; integrity_check is SQLite's look at a file's.
        if (m_database.isServer())
            return {};
        QSqlQuery query(m_database.connection());
        QStringList problems;
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return m_database.errorFor(query, FileCheck::tr("checking its integrity"));
        while (query.next())
            problems.append(query.value(0).toString());
        const bool ok = problems == QStringList{QStringLiteral("ok")};
        m_report.damaged = !ok;
        add(FileCheck::tr("the database file is intact (integrity_check)"), ok,
            problems.join(QStringLiteral("; ")), Remedy::RestoreBackup);
        return {};
    }

    Status checkReferences()
    {
        if (m_database.isServer())
            return checkServerReferences();
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return m_database.errorFor(query, FileCheck::tr("checking its references"));
        qint64 broken = 0;
        QStringList tables;
        while (query.next()) {
            ++broken;
            if (!tables.contains(query.value(0).toString()))
                tables.append(query.value(0).toString());
        }
        add(FileCheck::tr("every reference points to an existing record (foreign_key_check)"), broken == 0,
            FileCheck::tr("%1 broken reference(s) in %2").arg(broken).arg(tables.join(QStringLiteral(", "))),
            Remedy::RestoreBackup);
        return {};
    }

    // A server enforces every foreign key it holds, always: what can go wrong is a key that is not
    // there, was added without checking the rows (NOT VALID), or whose triggers were switched off.
    Status checkServerReferences()
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT count(*), count(*) FILTER (WHERE NOT c.convalidated) FROM pg_constraint c "
                "WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace")) ||
            !query.next())
            return m_database.errorFor(query, FileCheck::tr("checking its references"));
        const qint64 keys = query.value(0).toLongLong();
        const qint64 unchecked = query.value(1).toLongLong();
        add(FileCheck::tr("every reference is a foreign key the server has checked"),
            keys > 0 && unchecked == 0,
            FileCheck::tr("%1 foreign key(s), %2 not checked").arg(keys).arg(unchecked), Remedy::ReportFault);
        if (!query.exec(
                QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid "
                               "WHERE r.relnamespace = 'public'::regnamespace AND t.tgenabled = 'D'")) ||
            !query.next())
            return m_database.errorFor(query, FileCheck::tr("checking its references"));
        const qint64 disabled = query.value(0).toLongLong();
        add(FileCheck::tr("foreign keys and triggers are switched on"), disabled == 0,
            FileCheck::tr("%1 trigger(s) switched off").arg(disabled), Remedy::ReportFault);
        return {};
    }

    Status checkFormat()
    {
        if (m_database.isServer())
            return checkServerFormat();
        QSqlQuery query(m_database.connection());
        query.exec(QStringLiteral("PRAGMA user_version"));
        const int version = query.next() ? query.value(0).toInt() : -1;
        query.exec(QStringLiteral("PRAGMA application_id"));
        const qint64 applicationId = query.next() ? query.value(0).toLongLong() : 0;
        add(FileCheck::tr("the schema version is current (%1)").arg(Database::kSchemaVersion),
            version == Database::kSchemaVersion, FileCheck::tr("the file says %1").arg(version),
            Remedy::ReportFault);
        add(FileCheck::tr("the file is marked as a Seminar Desk programme (application_id)"),
            applicationId == Database::kApplicationId, FileCheck::tr("the file says %1").arg(applicationId),
            Remedy::ReportFault);
        query.exec(QStringLiteral("PRAGMA foreign_keys"));
        add(FileCheck::tr("foreign keys are enforced on this connection"),
            query.next() && query.value(0).toInt() == 1, FileCheck::tr("PRAGMA foreign_keys is off"),
            Remedy::ReportFault);
        return {};
    }

    Status checkServerFormat()
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT schema_version, application_id FROM meta WHERE id = 1")))
            return m_database.errorFor(query, FileCheck::tr("reading its schema version"));
        const bool found = query.next();
        const int version = found ? query.value(0).toInt() : -1;
        const qint64 applicationId = found ? query.value(1).toLongLong() : 0;
        add(FileCheck::tr("the schema version is current (%1)").arg(Database::kSchemaVersion),
            version == Database::kSchemaVersion, FileCheck::tr("the database says %1").arg(version),
            Remedy::ReportFault);
        add(FileCheck::tr("the database is marked as a Seminar Desk programme (meta)"),
            applicationId == Database::kApplicationId,
            FileCheck::tr("the database says %1").arg(applicationId), Remedy::ReportFault);
        return {};
    }

    Status checkInvariants()
    {
        for (const Invariant& invariant : kInvariants) {
            QSqlQuery query(m_database.connection());
            if (!query.exec(QString::fromLatin1(invariant.sql)) || !query.next())
                return m_database.errorFor(query, FileCheck::tr("checking an invariant"));
            const qint64 broken = query.value(0).toLongLong();
            add(FileCheck::tr(invariant.name), broken == 0,
                FileCheck::tr("%1 record(s) break it").arg(broken), invariant.remedy);
        }
        return {};
    }

    Status checkCounting()
    {
        ProgrammeStore store(m_database);
        Result<QList<Project>> projects = store.projects();
        if (!projects)
            return projects.error();
        ResultsQuery results(m_database);
        for (const Project& project : *projects) {
            if (stopped())
                return stoppedError();
            checkCounting(results, project);
        }
        return {};
    }

    // The results tables of one project add up: a failure here is a fault of the counting.
    void checkCounting(ResultsQuery& query, const Project& project)
    {
        const QString prefix = project.code + QStringLiteral(": ");
        const auto addCounting = [&](const QString& name, bool passed, const QString& detail) {
            add(prefix + name, passed, detail, Remedy::ReportFault);
        };
        Result<ResultsTable> byActivity = query.results(project.id, ResultsKey::Activity);
        if (!byActivity) {
            addCounting(FileCheck::tr("results can be computed"), false, byActivity.error().message);
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
        addCounting(FileCheck::tr("participations per activity add up to the total"),
                    participations == totals.participations,
                    rowsAndTotal(participations, totals.participations));
        addCounting(FileCheck::tr("participant-days per activity add up to the total"),
                    sameDays(days, totals.participantDays),
                    FileCheck::tr("%1 in the rows, %2 in the total").arg(days).arg(totals.participantDays));
        addCounting(FileCheck::tr("each activity row counts each person once, and the genders add up"),
                    rowsConsistent, FileCheck::tr("a row breaks the rule"));
        addCounting(FileCheck::tr("unique participants do not exceed participations"),
                    totals.uniqueParticipants <= totals.participations,
                    FileCheck::tr("%1 unique, %2 participations")
                        .arg(totals.uniqueParticipants)
                        .arg(totals.participations));
        const qint64 genders = totals.female + totals.male + totals.other + totals.notStated;
        addCounting(FileCheck::tr("the genders add up to the unique participants"),
                    genders == totals.uniqueParticipants,
                    FileCheck::tr("genders add up to %1, unique participants are %2")
                        .arg(genders)
                        .arg(totals.uniqueParticipants));
        // Breakdowns that put each participation in exactly one row must add up exactly.
        for (ResultsKey key :
             {ResultsKey::Gender, ResultsKey::Institution, ResultsKey::InstitutionType, ResultsKey::Region}) {
            Result<ResultsTable> table = query.results(project.id, key);
            if (!table) {
                addCounting(FileCheck::tr("results can be computed"), false, table.error().message);
                return;
            }
            const qint64 sum = participationsIn(*table);
            addCounting(FileCheck::tr("participations by %1 add up to the total").arg(resultsKeyCode(key)),
                        sum == totals.participations, rowsAndTotal(sum, totals.participations));
        }
        // Component rows may count an activity twice, never less than once.
        if (Result<ResultsTable> byComponent = query.results(project.id, ResultsKey::Component)) {
            const qint64 sum = participationsIn(*byComponent);
            addCounting(FileCheck::tr("participations by component cover the total"),
                        sum >= totals.participations, rowsAndTotal(sum, totals.participations));
        }
    }

    static qint64 participationsIn(const ResultsTable& table)
    {
        qint64 sum = 0;
        for (const ResultsRow& row : table.rows)
            sum += row.participations;
        return sum;
    }

    Database& m_database;
    const std::atomic<bool>* m_stop;
    FileCheckReport m_report;
};

} // namespace

int FileCheckReport::failures() const
{
    int failed = 0;
    for (const CheckFinding& finding : findings)
        failed += finding.passed ? 0 : 1;
    return failed;
}

Result<std::unique_ptr<Database>> FileCheck::open(const QString& path, bool upgradeOlder)
{
    Database::Options options;
    options.verifying = true;
    options.upgradeOlder = upgradeOlder;
    return Database::open(path, options);
}

Result<FileCheckReport> FileCheck::run(Database& database, const std::atomic<bool>* stop)
{
    return Checker(database, stop).run();
}

} // namespace sd
