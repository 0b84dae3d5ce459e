#include "counting/ResultsQuery.h"

#include "counting/ResultsNotes.h"
#include "counting/SmallCells.h"
#include "domain/Enums.h"
#include "domain/NaturalOrder.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// How the statements are built (measured on the benchmark programme: 100,000 participants, 2,000
// activities, 200,000 enrolments, 1,000,000 marks; docs/performance.md). Since schema version 4 each
// enrolment carries its attendance summary (sessions attended, participant-days), kept equal to its
// marks by the schema's triggers, so no statement reads the marks: every table is a pass over the
// enrolments. The index enrolment_by_participant holds every column of an enrolment these statements
// read, in participant order; CROSS JOIN (an inner join whose order SQLite keeps) makes the
// enrolments the outer loop, so they are read from that index alone and a person's enrolments come
// together: grouping by person needs no sort. SQLite aggregates anything else by sorting, so each
// statement makes as few further passes as its breakdown allows. MATERIALIZED (SQLite 3.35,
// PostgreSQL 12) keeps a CTE read twice from being computed twice.

// The enrolments that count: the person took part (present or late at one session or more) in an
// activity of the project.
const QLatin1String kTakingPartFrom{
    " FROM enrolment e CROSS JOIN activity a CROSS JOIN participant p"
    " WHERE a.id = e.activity_id AND p.id = e.participant_id AND e.sessions_attended > 0"
    " AND a.project_id = :project"};

// Who took part in which activity of the project, with their participant-days there: one line per
// enrolment that counts. %1 adds the participant columns a breakdown needs.
QString tookPart(const QString& extra = {})
{
    return QStringLiteral("took_part AS MATERIALIZED (SELECT e.participant_id, e.activity_id,"
                          " e.days_attended AS days, p.gender%1%2)")
        .arg(extra.isEmpty() ? QString() : QStringLiteral(", p.") + extra, kTakingPartFrom);
}

// Per-person gender counts over lines that each hold one person.
const QLatin1String kGenderSums{"SUM(CASE WHEN gender = 'female' THEN 1 ELSE 0 END) AS female,"
                                " SUM(CASE WHEN gender = 'male' THEN 1 ELSE 0 END) AS male,"
                                " SUM(CASE WHEN gender = 'other' THEN 1 ELSE 0 END) AS other,"
                                " SUM(CASE WHEN gender = 'not_stated' THEN 1 ELSE 0 END) AS not_stated"};

// Experts over the whole project, each counted once.
const QLatin1String kProjectExperts{
    "(SELECT COUNT(DISTINCT ae.expert_id) FROM activity_expert ae"
    "  JOIN activity a ON a.id = ae.activity_id WHERE a.project_id = :project),"
    " (SELECT COUNT(DISTINCT x.country) FROM activity_expert ae"
    "  JOIN activity a ON a.id = ae.activity_id JOIN expert x ON x.id = ae.expert_id"
    "  WHERE a.project_id = :project)"};

// Every row of `row_list`, even with nothing counted; the totals row follows (UNION ALL).
const QLatin1String kRows{
    "SELECT 0 AS is_total, r.row_key, r.key_text, r.label,"
    " COALESCE(n.participations, 0), COALESCE(n.unique_participants, 0), COALESCE(n.female, 0),"
    " COALESCE(n.male, 0), COALESCE(n.other, 0), COALESCE(n.not_stated, 0), COALESCE(n.participant_days, 0),"
    " COALESCE(x.experts, 0), COALESCE(x.expert_countries, 0)"
    " FROM row_list r"
    " LEFT JOIN row_numbers n ON n.row_key = r.row_key"
    " LEFT JOIN row_experts x ON x.row_key = r.row_key"};

// Totals from `persons` (one line per person who took part), for breakdowns whose rows overlap.
QString totalsFromPersons()
{
    return QStringLiteral("SELECT 1, NULL, NULL, NULL, COALESCE(SUM(participations), 0), COUNT(*),"
                          " COALESCE(SUM(CASE WHEN gender = 'female' THEN 1 ELSE 0 END), 0),"
                          " COALESCE(SUM(CASE WHEN gender = 'male' THEN 1 ELSE 0 END), 0),"
                          " COALESCE(SUM(CASE WHEN gender = 'other' THEN 1 ELSE 0 END), 0),"
                          " COALESCE(SUM(CASE WHEN gender = 'not_stated' THEN 1 ELSE 0 END), 0),"
                          " COALESCE(SUM(days), 0), %1 FROM persons")
        .arg(kProjectExperts);
}

// Totals as the sums of the rows, for breakdowns that put each person in exactly one row.
QString totalsFromRows()
{
    return QStringLiteral(
               "SELECT 1, NULL, NULL, NULL, COALESCE(SUM(participations), 0),"
               " COALESCE(SUM(unique_participants), 0), COALESCE(SUM(female), 0), COALESCE(SUM(male), 0),"
               " COALESCE(SUM(other), 0), COALESCE(SUM(not_stated), 0), COALESCE(SUM(participant_days), 0),"
               " %1 FROM row_numbers")
        .arg(kProjectExperts);
}

// One line per person who took part, with their participations and days; `extra` is the participant
// column a person breakdown groups by (or none). Grouped by the person alone, in the index's order; the
// person's own columns are the same on every line of the group, MIN takes that one value.
QString persons(const QString& extra = {})
{
    return QStringLiteral("persons AS (SELECT e.participant_id, MIN(p.gender) AS gender%1,"
                          " COUNT(*) AS participations, SUM(e.days_attended) AS days%2"
                          " GROUP BY e.participant_id)")
        .arg(extra.isEmpty() ? QString() : QStringLiteral(", MIN(p.%1) AS %1").arg(extra), kTakingPartFrom);
}

// An institution's key: its acronym when no other institution shares it, else its (unique) name.
const QLatin1String kInstitutionKey{
    "CASE WHEN i.acronym <> '' AND NOT EXISTS (SELECT 1 FROM institution twin"
    " WHERE twin.acronym = i.acronym AND twin.id <> i.id) THEN i.acronym ELSE i.name END"};

// A breakdown that groups persons (institution, type, gender, region): each person is in one row.
// `column` is the participant column it needs besides gender (or none), `rowKey` its key over `persons` and
// over `took_part t` (joined by `join`). The experts of a row are those of the activities its participants
// took part in; (row, expert) pairs are made distinct first, which is cheaper than counting distinct experts
// over (row, activity, expert) lines.
QString personBreakdown(const QString& column, const QString& rowKey, const QString& join,
                        const QString& rowList, const QString& rowExperts = {})
{
    const QString keyOfT = QString(rowKey).replace(QStringLiteral("%t"), QStringLiteral("t."));
    const QString keyOfPersons = QString(rowKey).replace(QStringLiteral("%t"), QString());
    const QString joinOfT = QString(join).replace(QStringLiteral("%t"), QStringLiteral("t."));
    const QString joinOfPersons = QString(join).replace(QStringLiteral("%t"), QString());
    // Gender is in took_part and persons already; the other person breakdowns add their column.
    const QStringList ctes{
        tookPart(column),
        persons(column),
        QStringLiteral(
            "row_numbers AS MATERIALIZED (SELECT %1 AS row_key, SUM(participations) AS participations,"
            " COUNT(*) AS unique_participants, %2, SUM(days) AS participant_days"
            " FROM persons %3 GROUP BY %1)")
            .arg(keyOfPersons, kGenderSums, joinOfPersons),
        rowList,
        !rowExperts.isEmpty()
            ? rowExperts
            : QStringLiteral(
                  "row_experts AS (SELECT pe.row_key, COUNT(*) AS experts,"
                  " COUNT(DISTINCT x.country) AS expert_countries"
                  " FROM (SELECT DISTINCT g.row_key, ae.expert_id"
                  "       FROM (SELECT DISTINCT %1 AS row_key, t.activity_id FROM took_part t %2) g"
                  "       JOIN activity_expert ae ON ae.activity_id = g.activity_id) pe"
                  " JOIN expert x ON x.id = pe.expert_id GROUP BY pe.row_key)")
                  .arg(keyOfT, joinOfT),
    };
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ') + kRows +
           QStringLiteral(" UNION ALL ") + totalsFromRows();
}

// Counts over the lines of `rowLines` (row_key, then an enrolment e that counts and its participant p),
// which must come in row order, so that the groups need no sort: a person counts once in a row however
// many of its activities they took part in. Each distinct count keeps a b-tree of the persons of one
// row only, which is cheaper than sorting every (row, person) line.
QString activityGroupNumbers(const QString& rowKey, const QString& rowLines)
{
    return QStringLiteral(
               "row_numbers AS (SELECT %1 AS row_key, COUNT(*) AS participations,"
               " COUNT(DISTINCT e.participant_id) AS unique_participants,"
               " COUNT(DISTINCT e.participant_id) FILTER (WHERE p.gender = 'female') AS female,"
               " COUNT(DISTINCT e.participant_id) FILTER (WHERE p.gender = 'male') AS male,"
               " COUNT(DISTINCT e.participant_id) FILTER (WHERE p.gender = 'other') AS other,"
               " COUNT(DISTINCT e.participant_id) FILTER (WHERE p.gender = 'not_stated') AS not_stated,"
               " SUM(e.days_attended) AS participant_days %2 GROUP BY %1)")
        .arg(rowKey, rowLines);
}

// A breakdown that groups activities (component, expert country): `rowNumbers` counts each row (see
// activityGroupNumbers), with any CTE it needs before it; the totals count each person once.
QString activityGroupBreakdown(const QString& rowNumbers, const QString& rowList, const QString& rowExperts)
{
    const QStringList ctes{
        persons(),
        rowNumbers,
        rowList,
        rowExperts,
    };
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ') + kRows +
           QStringLiteral(" UNION ALL ") + totalsFromPersons();
}

// With a period, the stored per-enrolment totals count sessions outside it, so they are counted again
// from the marks of the period's sessions alone: the sessions are few and come through their activity,
// their marks through attendance_by_session. `period_enrolment` has the columns of the enrolments the
// statements read, so every statement reads it in place of `enrolment e` unchanged; the experts
// counted are those of activities with a session in the period.
const QLatin1String kPeriodCtes{
    "period_sessions AS MATERIALIZED (SELECT s.id, s.activity_id, s.part FROM activity pa"
    " CROSS JOIN session s WHERE pa.project_id = :project AND s.activity_id = pa.id"
    " AND s.date >= :from AND s.date <= :to),"
    " period_enrolment AS MATERIALIZED (SELECT en.id, en.activity_id, en.participant_id,"
    " COUNT(*) AS sessions_attended, SUM(CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END) AS "
    "days_attended"
    " FROM period_sessions s CROSS JOIN attendance m CROSS JOIN enrolment en"
    " WHERE m.session_id = s.id AND m.status IN ('present', 'late') AND en.id = m.enrolment_id"
    " GROUP BY en.id, en.activity_id, en.participant_id),"
    " period_activity_expert AS (SELECT pae.activity_id, pae.expert_id FROM activity_expert pae"
    " WHERE pae.activity_id IN (SELECT s.activity_id FROM period_sessions s))"};

QString inPeriod(QString statement)
{
    statement.replace(QLatin1String(" enrolment e "), QLatin1String(" period_enrolment e "));
    statement.replace(QLatin1String(" activity_expert ae "), QLatin1String(" period_activity_expert ae "));
    Q_ASSERT(statement.startsWith(QLatin1String("WITH ")));
    return QStringLiteral("WITH ") + kPeriodCtes + QStringLiteral(", ") + statement.mid(5);
}

// A table by year or quarter reads the marks of the sessions in range once: each session's row key and
// day are worked out once (10,000 sessions, not 1,000,000 marks), the marks grouped by (row, enrolment)
// through attendance_by_session, then by (row, person) so that a row counts each person once with one
// sort instead of a distinct count per column. A person counts in every row they attended a session
// in; the totals count each person once over the range.
QString periodBreakdown(ResultsKey by)
{
    const QStringList ctes{
        QStringLiteral("period_keys AS MATERIALIZED (SELECT s.id, s.activity_id, %1 AS row_key,"
                       " CASE WHEN s.part = 'full_day' THEN 1.0 ELSE 0.5 END AS day"
                       " FROM activity a CROSS JOIN session s WHERE a.project_id = :project"
                       " AND s.activity_id = a.id AND s.date >= :from AND s.date <= :to)")
            .arg(periodKeyOf(by)),
        QStringLiteral("mark_lines AS MATERIALIZED (SELECT k.row_key, m.enrolment_id, SUM(k.day) AS days"
                       " FROM period_keys k CROSS JOIN attendance m WHERE m.session_id = k.id"
                       " AND m.status IN ('present', 'late') GROUP BY k.row_key, m.enrolment_id)"),
        QStringLiteral(
            "row_persons AS MATERIALIZED (SELECT l.row_key, en.participant_id, COUNT(*) AS participations,"
            " SUM(l.days) AS days FROM mark_lines l CROSS JOIN enrolment en WHERE en.id = l.enrolment_id"
            " GROUP BY l.row_key, en.participant_id)"),
        QStringLiteral(
            "persons AS (SELECT en.participant_id, MIN(p.gender) AS gender, COUNT(*) AS participations,"
            " SUM(t.days) AS days FROM (SELECT enrolment_id, SUM(days) AS days FROM mark_lines"
            " GROUP BY enrolment_id) t CROSS JOIN enrolment en CROSS JOIN participant p"
            " WHERE en.id = t.enrolment_id AND p.id = en.participant_id GROUP BY en.participant_id)"),
        QStringLiteral("row_numbers AS (SELECT r.row_key, SUM(r.participations) AS participations,"
                       " COUNT(*) AS unique_participants, %1, SUM(r.days) AS participant_days"
                       " FROM row_persons r CROSS JOIN participant p WHERE p.id = r.participant_id"
                       " GROUP BY r.row_key)")
            .arg(kGenderSums),
        QStringLiteral(
            "period_activities AS MATERIALIZED (SELECT DISTINCT row_key, activity_id FROM period_keys)"),
        QStringLiteral("row_list AS (SELECT DISTINCT row_key, row_key AS key_text, row_key AS label"
                       " FROM period_activities)"),
        QStringLiteral("row_experts AS (SELECT pa.row_key, COUNT(DISTINCT ae.expert_id) AS experts,"
                       " COUNT(DISTINCT x.country) AS expert_countries FROM period_activities pa"
                       " JOIN activity_expert ae ON ae.activity_id = pa.activity_id"
                       " JOIN expert x ON x.id = ae.expert_id GROUP BY pa.row_key)"),
    };
    return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ') + kRows +
           QStringLiteral(" UNION ALL ") + totalsFromPersons();
}

QString personRowList()
{
    return QStringLiteral(
        "row_list AS (SELECT row_key, row_key AS key_text, row_key AS label FROM row_numbers)");
}

// The statement of a results table; the rows' labels (activity and component titles, institution names)
// in `language`, each falling back to its other form where that one is empty.
QString resultsStatement(ResultsKey by, Dialect dialect, bool inAPeriod, Language language)
{
    switch (by) {
    case ResultsKey::Activity: {
        const QStringList ctes{
            tookPart(),
            persons(),
            // One line of took_part per enrolment, and an enrolment is unique per activity and person:
            // within an activity, participations and unique participants are the same count.
            QStringLiteral("row_numbers AS (SELECT activity_id AS row_key, COUNT(*) AS participations,"
                           " COUNT(*) AS unique_participants, %1, SUM(days) AS participant_days"
                           " FROM took_part GROUP BY activity_id)")
                .arg(kGenderSums),
            // In a period, the activities with a session in it.
            QStringLiteral("row_list AS (SELECT a.id AS row_key, a.code AS key_text, %2 AS label"
                           " FROM activity a WHERE a.project_id = :project%1)")
                .arg(inAPeriod ? QStringLiteral(" AND a.id IN (SELECT s.activity_id FROM period_sessions s)")
                               : QString(),
                     inLanguageSql(language, "a.title")),
            QStringLiteral(
                "row_experts AS (SELECT ae.activity_id AS row_key, COUNT(DISTINCT ae.expert_id) AS experts,"
                " COUNT(DISTINCT x.country) AS expert_countries"
                " FROM activity_expert ae JOIN activity a ON a.id = ae.activity_id"
                " JOIN expert x ON x.id = ae.expert_id"
                " WHERE a.project_id = :project GROUP BY ae.activity_id)"),
        };
        return QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ') + kRows +
               QStringLiteral(" UNION ALL ") + totalsFromPersons();
    }
    case ResultsKey::Component:
        // The components are walked in id order (an IN list is read sorted), their activities through
        // the index activity_component_by_component, then the activities' enrolments.
        return activityGroupBreakdown(
            activityGroupNumbers(
                QStringLiteral("ac.component_id"),
                QStringLiteral("FROM activity_component ac CROSS JOIN enrolment e CROSS JOIN participant p"
                               " WHERE ac.component_id IN (SELECT c.id FROM component c WHERE c.project_id = "
                               ":project)"
                               " AND e.activity_id = ac.activity_id AND e.sessions_attended > 0"
                               " AND p.id = e.participant_id")),
            QStringLiteral(
                "row_list AS (SELECT c.id AS row_key, CAST(c.number AS TEXT) AS key_text, %1 AS label"
                " FROM component c WHERE c.project_id = :project)")
                .arg(inLanguageSql(language, "c.title")),
            QStringLiteral(
                "row_experts AS (SELECT ac.component_id AS row_key, COUNT(DISTINCT ae.expert_id) AS experts,"
                " COUNT(DISTINCT x.country) AS expert_countries"
                " FROM activity_component ac JOIN component c ON c.id = ac.component_id"
                " JOIN activity_expert ae ON ae.activity_id = ac.activity_id"
                " JOIN expert x ON x.id = ae.expert_id WHERE c.project_id = :project"
                " GROUP BY ac.component_id)"));
    case ResultsKey::ExpertCountry:
        // A country's row key is the smallest id of its experts in the project, so that rows group on
        // integers. The rows are walked in that order (an IN list is read sorted); each row's activities
        // come from an IN list too, so an activity with two experts of one country counts once. The
        // unary + keeps SQLite from reaching the activities through their project instead.
        return activityGroupBreakdown(
            QStringLiteral(
                "countries AS MATERIALIZED (SELECT x.country, MIN(x.id) AS country_key"
                " FROM activity_expert ae JOIN activity a ON a.id = ae.activity_id"
                " JOIN expert x ON x.id = ae.expert_id WHERE a.project_id = :project GROUP BY x.country), ") +
                (dialect == Dialect::Postgres
                     // PostgreSQL runs the correlated IN list above once per line; the pairs of a
                     // country and its activities, made distinct first, give the same lines in a join.
                     ? activityGroupNumbers(
                           QStringLiteral("r.country_key"),
                           QStringLiteral(
                               "FROM (SELECT DISTINCT c.country_key, ae.activity_id FROM countries c"
                               " JOIN expert x ON x.country = c.country JOIN activity_expert ae ON "
                               "ae.expert_id = x.id"
                               " JOIN activity a ON a.id = ae.activity_id WHERE a.project_id = :project) r"
                               " CROSS JOIN enrolment e CROSS JOIN participant p"
                               " WHERE e.activity_id = r.activity_id AND e.sessions_attended > 0"
                               " AND p.id = e.participant_id"))
                     : activityGroupNumbers(
                           QStringLiteral("r.id"),
                           QStringLiteral("FROM expert r CROSS JOIN activity a CROSS JOIN enrolment e CROSS "
                                          "JOIN participant p"
                                          " WHERE r.id IN (SELECT country_key FROM countries)"
                                          " AND a.id IN (SELECT ae.activity_id FROM activity_expert ae"
                                          "              JOIN expert x ON x.id = ae.expert_id WHERE "
                                          "x.country = r.country)"
                                          " AND +a.project_id = :project AND e.activity_id = a.id AND "
                                          "e.sessions_attended > 0"
                                          " AND p.id = e.participant_id"))),
            QStringLiteral("row_list AS (SELECT country_key AS row_key, country AS key_text, country AS label"
                           " FROM countries)"),
            QStringLiteral("row_experts AS (SELECT c.country_key AS row_key, COUNT(DISTINCT x.id) AS experts,"
                           " COUNT(DISTINCT x.country) AS expert_countries"
                           " FROM activity_expert ae JOIN activity a ON a.id = ae.activity_id"
                           " JOIN expert x ON x.id = ae.expert_id JOIN countries c ON c.country = x.country"
                           " WHERE a.project_id = :project GROUP BY c.country_key)"));
    case ResultsKey::Institution:
        // The experts of an institution's row: its participants are walked in institution order (the
        // index participant_by_institution), so the distinct counts need no sort and stay small.
        return personBreakdown(
            QStringLiteral("institution_id"), QStringLiteral("COALESCE(%tinstitution_id, 0)"), {},
            QStringLiteral("row_list AS (SELECT n.row_key, %1 AS key_text, %2 AS label"
                           " FROM row_numbers n LEFT JOIN institution i ON i.id = n.row_key)")
                .arg(kInstitutionKey, inLanguageSql(language, "i.name")),
            QStringLiteral(
                "row_experts AS (SELECT COALESCE(p.institution_id, 0) AS row_key,"
                " COUNT(DISTINCT ae.expert_id) AS experts, COUNT(DISTINCT x.country) AS expert_countries"
                " FROM participant p CROSS JOIN enrolment e CROSS JOIN activity a"
                " CROSS JOIN activity_expert ae CROSS JOIN expert x"
                " WHERE e.participant_id = p.id AND e.sessions_attended > 0 AND a.id = e.activity_id"
                " AND a.project_id = :project AND ae.activity_id = a.id AND x.id = ae.expert_id"
                " GROUP BY p.institution_id)"));
    case ResultsKey::InstitutionType:
        return personBreakdown(QStringLiteral("institution_id"), QStringLiteral("COALESCE(i.type, '')"),
                               QStringLiteral("LEFT JOIN institution i ON i.id = %tinstitution_id"),
                               personRowList());
    case ResultsKey::Gender:
        return personBreakdown({}, QStringLiteral("%tgender"), {}, personRowList());
    case ResultsKey::Region:
        return personBreakdown(QStringLiteral("region"), QStringLiteral("%tregion"), {}, personRowList());
    case ResultsKey::Year:
    case ResultsKey::Quarter:
        return periodBreakdown(by);
    }
    return {};
}

// A sort key that ignores case and accents, so that "Órgano" sorts with the O's on every machine.
QString foldedForSorting(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

template <typename E>
int enumOrder(const QString& code)
{
    const std::optional<E> value = fromCode<E>(code);
    return value ? static_cast<int>(EnumInfo<E>::all().indexOf(*value))
                 : static_cast<int>(EnumInfo<E>::all().size());
}

// Rows in the order a reader expects; the "none recorded" row (empty key) comes last.
void sortRows(QList<ResultsRow>& rows, ResultsKey by)
{
    auto noneLast = [](const ResultsRow& a, const ResultsRow& b, auto less) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return less(a, b);
    };
    auto byLabel = [](const ResultsRow& a, const ResultsRow& b) {
        const QString left = foldedForSorting(a.label);
        const QString right = foldedForSorting(b.label);
        return left != right ? left < right : a.key < b.key;
    };
    switch (by) {
    case ResultsKey::Activity:
        std::sort(rows.begin(), rows.end(),
                  [](const ResultsRow& a, const ResultsRow& b) { return naturalLess(a.key, b.key); });
        break;
    case ResultsKey::Component:
        std::sort(rows.begin(), rows.end(),
                  [](const ResultsRow& a, const ResultsRow& b) { return a.key.toInt() < b.key.toInt(); });
        break;
    case ResultsKey::InstitutionType:
        std::sort(rows.begin(), rows.end(), [&](const ResultsRow& a, const ResultsRow& b) {
            return noneLast(a, b, [](const ResultsRow& x, const ResultsRow& y) {
                return enumOrder<InstitutionType>(x.key) < enumOrder<InstitutionType>(y.key);
            });
        });
        break;
    case ResultsKey::Gender:
        std::sort(rows.begin(), rows.end(), [](const ResultsRow& a, const ResultsRow& b) {
            return enumOrder<Gender>(a.key) < enumOrder<Gender>(b.key);
        });
        break;
    case ResultsKey::Institution:
    case ResultsKey::Region:
    case ResultsKey::ExpertCountry:
        std::sort(rows.begin(), rows.end(),
                  [&](const ResultsRow& a, const ResultsRow& b) { return noneLast(a, b, byLabel); });
        break;
    case ResultsKey::Year:
    case ResultsKey::Quarter: // "2017-Q4" sorts before "2018-Q1" as text
        std::sort(rows.begin(), rows.end(),
                  [](const ResultsRow& a, const ResultsRow& b) { return a.key < b.key; });
        break;
    }
}

// The key and label a reader sees for a row, from what the statement returned.
// The numbers of a row or of the totals, from the statement's columns 4 to 12.
void readCounts(const QSqlQuery& query, ResultsCounts& counts)
{
    counts.participations = query.value(4).toLongLong();
    counts.uniqueParticipants = query.value(5).toLongLong();
    counts.female = query.value(6).toLongLong();
    counts.male = query.value(7).toLongLong();
    counts.other = query.value(8).toLongLong();
    counts.notStated = query.value(9).toLongLong();
    counts.participantDays = query.value(10).toDouble();
    counts.experts = query.value(11).toLongLong();
    counts.expertCountries = query.value(12).toLongLong();
}

void nameRow(ResultsRow& row, ResultsKey by, const QVariant& keyText, const QVariant& label)
{
    const QString noInstitution = ResultsQuery::tr("(no institution)");
    const QString notStated = ResultsQuery::tr("(not stated)");
    row.key = keyText.toString();
    row.label = label.toString();
    switch (by) {
    case ResultsKey::Activity:
    case ResultsKey::Component:
        break;
    case ResultsKey::Institution:
        if (keyText.isNull()) {
            row.key.clear();
            row.label = noInstitution;
        }
        break;
    case ResultsKey::InstitutionType:
        if (const std::optional<InstitutionType> type = fromCode<InstitutionType>(row.key))
            row.label = toLabel(*type);
        else
            row.label = noInstitution;
        break;
    case ResultsKey::Gender:
        if (const std::optional<Gender> gender = fromCode<Gender>(row.key))
            row.label = toLabel(*gender);
        break;
    case ResultsKey::Region:
    case ResultsKey::ExpertCountry:
        if (row.key.isEmpty())
            row.label = notStated;
        break;
    case ResultsKey::Year:
    case ResultsKey::Quarter:
        row.label = periodRowLabel(by, row.key);
        break;
    }
}

// A filter value as bound text: a null QString would bind SQL NULL, which equals nothing, while
// the filter means the empty value ("(not stated)").
QVariant boundText(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

ResultsQuery::ResultsQuery(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{
}

Result<ResultsTable> ResultsQuery::results(Id projectId, ResultsKey by, const ResultsPeriod& period,
                                           const SmallCellOptions& smallCells) const
{
    QElapsedTimer timer;
    timer.start();
    if (period.isEmpty())
        return Error::badInput(tr("The period starts on %1, after its end on %2. Give a start date on or "
                                  "before the end date.")
                                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    ResultsTable table;
    table.by = by;
    table.period = period;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT code, %1 FROM project WHERE id = :project")
                               .arg(inLanguageSql(m_language, "title"))))
            return m_database.errorFor(query, tr("reading the project"));
        query.bindValue(QStringLiteral(":project"), projectId);
        if (!query.exec())
            return m_database.errorFor(query, tr("reading the project"));
        if (!query.next())
            return Error::notFound(tr("There is no project with id %1 in the file. List the projects with "
                                      "'seminardesk-cli info FILE'.")
                                       .arg(projectId));
        table.projectCode = query.value(0).toString();
        table.projectTitle = query.value(1).toString();
    }

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString doing = tr("counting the results by %1").arg(resultsKeyCode(by));
    const QString statement = period.isWhole()
                                  ? resultsStatement(by, m_database.dialect(), false, m_language)
                                  : inPeriod(resultsStatement(by, m_database.dialect(), true, m_language));
    if (!query.prepare(statement))
        return m_database.errorFor(query, doing);
    query.bindValue(QStringLiteral(":project"), projectId);
    if (statement.contains(QLatin1String(":from"))) {
        query.bindValue(QStringLiteral(":from"), period.fromText());
        query.bindValue(QStringLiteral(":to"), period.toText());
    }
    if (!query.exec())
        return m_database.errorFor(query, doing);
    while (query.next()) {
        const bool isTotal = query.value(0).toInt() == 1;
        if (isTotal) {
            readCounts(query, table.totals);
            continue;
        }
        ResultsRow row;
        nameRow(row, by, query.value(2), query.value(3));
        readCounts(query, row);
        table.rows.append(row);
    }
    if (query.lastError().isValid())
        return m_database.errorFor(query, doing);
    sortRows(table.rows, by);

    Result<QStringList> notes = notesFor(m_database, projectId, by, period);
    if (!notes)
        return notes.error();
    table.notes = std::move(notes).value();
    SmallCells::protect(table, smallCells);
    spdlog::debug("results by {}: {} rows in {} ms", resultsKeyCode(by).toStdString(), table.rows.size(),
                  timer.elapsed());
    return table;
}

Result<QList<Id>> ResultsQuery::participantIds(Id projectId, const ParticipantFilter& filter) const
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> bindings{{QStringLiteral(":project"), projectId}};
    // The id a filter value names, if any.
    auto lookUp = [&](const QString& statement,
                      const QList<std::pair<QString, QVariant>>& values) -> Result<std::optional<Id>> {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return m_database.errorFor(query, tr("reading a filter"));
        for (const auto& [placeholder, value] : values)
            query.bindValue(placeholder, value);
        if (!query.exec())
            return m_database.errorFor(query, tr("reading a filter"));
        if (!query.next())
            return std::optional<Id>{};
        return std::optional<Id>{query.value(0).toLongLong()};
    };

    {
        Result<std::optional<Id>> project =
            lookUp(QStringLiteral("SELECT id FROM project WHERE id = :project"), {bindings.front()});
        if (!project)
            return project.error();
        if (!project->has_value())
            return Error::notFound(tr("There is no project with id %1 in the file. List the projects with "
                                      "'seminardesk-cli info FILE'.")
                                       .arg(projectId));
    }
    if (filter.activityCode) {
        Result<std::optional<Id>> activity =
            lookUp(QStringLiteral("SELECT id FROM activity WHERE project_id = :project AND code = :code"),
                   {bindings.front(), {QStringLiteral(":code"), boundText(*filter.activityCode)}});
        if (!activity)
            return activity.error();
        if (!activity->has_value())
            return Error::notFound(tr("There is no activity %1 in this project. Use an activity code from "
                                      "'seminardesk-cli results FILE --by activity'.")
                                       .arg(*filter.activityCode));
        conditions << QStringLiteral("e.activity_id = :activity");
        bindings.append({QStringLiteral(":activity"), **activity});
    }
    if (filter.componentNumber) {
        bool isNumber = false;
        const int number = filter.componentNumber->toInt(&isNumber);
        if (!isNumber)
            return Error::badInput(tr("The component filter \"%1\" is not a number. Give a component "
                                      "number, such as 1.")
                                       .arg(*filter.componentNumber));
        Result<std::optional<Id>> component = lookUp(
            QStringLiteral("SELECT id FROM component WHERE project_id = :project AND number = :number"),
            {bindings.front(), {QStringLiteral(":number"), number}});
        if (!component)
            return component.error();
        if (!component->has_value())
            return Error::notFound(tr("There is no component %1 in this project. Use a component number from "
                                      "'seminardesk-cli results FILE --by component'.")
                                       .arg(number));
        conditions << QStringLiteral("e.activity_id IN (SELECT ac.activity_id FROM activity_component ac "
                                     "WHERE ac.component_id = :component)");
        bindings.append({QStringLiteral(":component"), **component});
    }
    if (filter.institution) {
        if (filter.institution->isEmpty()) {
            conditions << QStringLiteral("p.institution_id IS NULL");
        } else {
            Result<std::optional<Id>> institution =
                lookUp(QStringLiteral("SELECT i.id FROM institution i WHERE %1 = :key").arg(kInstitutionKey),
                       {{QStringLiteral(":key"), boundText(*filter.institution)}});
            if (!institution)
                return institution.error();
            if (!institution->has_value())
                return Error::notFound(
                    tr("There is no institution \"%1\" in the file. Use an institution key from "
                       "'seminardesk-cli results FILE --by institution'.")
                        .arg(*filter.institution));
            conditions << QStringLiteral("p.institution_id = :institution");
            bindings.append({QStringLiteral(":institution"), **institution});
        }
    }
    if (filter.institutionType) {
        if (filter.institutionType->isEmpty()) {
            conditions << QStringLiteral("p.institution_id IS NULL");
        } else {
            if (!fromCode<InstitutionType>(*filter.institutionType))
                return Error::badInput(
                    tr("\"%1\" is not an institution type. Use one of federal, state, municipal, "
                       "judiciary, civil_society, international_organisation, "
                       "eu_member_state_administration, academic, other.")
                        .arg(*filter.institutionType));
            conditions << QStringLiteral(
                "p.institution_id IN (SELECT i.id FROM institution i WHERE i.type = :institution_type)");
            bindings.append({QStringLiteral(":institution_type"), boundText(*filter.institutionType)});
        }
    }
    if (filter.gender) {
        if (!fromCode<Gender>(*filter.gender))
            return Error::badInput(tr("\"%1\" is not a gender. Use one of female, male, other, not_stated.")
                                       .arg(*filter.gender));
        conditions << QStringLiteral("p.gender = :gender");
        bindings.append({QStringLiteral(":gender"), boundText(*filter.gender)});
    }
    if (filter.region) {
        conditions << QStringLiteral("p.region = :region");
        bindings.append({QStringLiteral(":region"), boundText(*filter.region)});
    }
    if (filter.expertCountry) {
        conditions << QStringLiteral(
            "e.activity_id IN (SELECT ae.activity_id FROM activity_expert ae"
            " JOIN expert x ON x.id = ae.expert_id WHERE x.country = :expert_country)");
        bindings.append({QStringLiteral(":expert_country"), boundText(*filter.expertCountry)});
    }

    // A row by year or quarter narrows the period to that row's.
    if (filter.period.isEmpty())
        return Error::badInput(
            tr("The period starts on %1, after its end on %2. Give a start date on or "
               "before the end date.")
                .arg(filter.period.from.toString(Qt::ISODate), filter.period.to.toString(Qt::ISODate)));
    ResultsPeriod period = filter.period;
    if (filter.year) {
        const std::optional<ResultsPeriod> year = ResultsPeriod::ofYear(*filter.year);
        if (!year)
            return Error::badInput(tr("The year filter \"%1\" is not a year. Give four digits, such as 2017.")
                                       .arg(*filter.year));
        period = period.intersected(*year);
    }
    if (filter.quarter) {
        const std::optional<ResultsPeriod> quarter = ResultsPeriod::ofQuarter(*filter.quarter);
        if (!quarter)
            return Error::badInput(tr("The quarter filter \"%1\" is not a quarter. Give a year and a quarter "
                                      "number, such as 2017-Q4.")
                                       .arg(*filter.quarter));
        period = period.intersected(*quarter);
    }
    if (period.isEmpty())
        return QList<Id>{}; // a row outside the period has no one behind it

    // Took part: enrolled and marked present or late at one session or more (same rule as the tables);
    // in a period, at a session of the period (the marks through attendance_taking_part).
    QString statement = QStringLiteral("SELECT DISTINCT e.participant_id FROM enrolment e"
                                       " JOIN activity a ON a.id = e.activity_id"
                                       " JOIN participant p ON p.id = e.participant_id"
                                       " WHERE a.project_id = :project AND ");
    if (period.isWhole()) {
        statement += QStringLiteral("e.sessions_attended > 0");
    } else {
        statement += QStringLiteral("EXISTS (SELECT 1 FROM attendance m JOIN session s ON s.id = m.session_id"
                                    " WHERE m.enrolment_id = e.id AND m.status IN ('present', 'late')"
                                    " AND s.date >= :from AND s.date <= :to)");
        bindings.append({QStringLiteral(":from"), period.fromText()});
        bindings.append({QStringLiteral(":to"), period.toText()});
    }
    for (const QString& condition : std::as_const(conditions))
        statement += QStringLiteral(" AND ") + condition;
    statement += QStringLiteral(" ORDER BY e.participant_id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString doing = tr("listing the participants behind a number");
    if (!query.prepare(statement))
        return m_database.errorFor(query, doing);
    for (const auto& [placeholder, value] : std::as_const(bindings))
        query.bindValue(placeholder, value);
    if (!query.exec())
        return m_database.errorFor(query, doing);
    QList<Id> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return m_database.errorFor(query, doing);
    return ids;
}

} // namespace sd
