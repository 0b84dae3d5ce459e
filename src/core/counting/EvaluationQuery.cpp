#include "counting/EvaluationQuery.h"

#include "counting/ResultsNotes.h"
#include "domain/Enums.h"
#include "domain/NaturalOrder.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

// How the statements are built (measured on the large programme with answers for every enrolment,
// docs/performance.md). Each participation is read once, with its answers, and turned into flags and
// values that add up: counts and sums, never means, so that sums of groups can be summed again.
// Breakdowns whose rows overlap (component, expert country) sum the participations per activity once
// and then add those sums up per row and for the totals; the others sum per row in one pass, and
// their rows add up to the totals. Means and ratios come out of the sums at the end
// (NULLIF leaves a value without a denominator empty). The sums of the rows (and of the activities)
// are materialised, since the rows, their list and the totals all read them; they are few. The
// participations are NOT MATERIALIZED: SQLite does not flatten a join into a grouped query and would
// otherwise write every participation to a temporary table twice (1.6 s instead of 0.9 s).

// Which participations a statement counts: every one of the project; those with a session attended
// in a reporting period; or, for a table by year or quarter, one line per (row, participation) with a
// session attended in that row (and in the period).
enum class Counted
{
    Whole,
    InPeriod,
    PeriodRows,
};

// The participations that count, one line per enrolment (per row and enrolment for PeriodRows): the
// person took part (present or late at one session or more) in an activity of the project, as in the
// attendance tables. Every evaluation statement starts from this one CTE, so that a reporting period
// is applied here once. Without a period the stored summary (sessions_attended) says who took part.
// In a period it says so only for an activity whose sessions all lie in the period (and, by year or
// quarter, in one row): `period_activities` tells those from the few that straddle a bound (an
// activity across a year's end, or across the period's start or end). Only for these is each
// enrolment's attendance read from its marks (through attendance_taking_part), once per row it may
// count in; the first row of an enrolment is flagged so that the totals count each participation
// once. So a period, or a table by year over the whole programme, costs one pass over the
// enrolments like the whole programme, not one over the marks.
QString countedParticipations(Counted counted, ResultsKey by)
{
    const QLatin1String columns{"e.id AS enrolment_id, e.participant_id, e.activity_id, p.gender,"
                                " p.institution_id, p.region, a.test_max_score AS max_score,"
                                " a.mastery_threshold_pct AS threshold"};
    if (counted == Counted::Whole)
        return QStringLiteral(
                   "counted AS NOT MATERIALIZED (SELECT %1"
                   " FROM activity a CROSS JOIN enrolment e CROSS JOIN participant p"
                   " WHERE a.project_id = :project AND e.activity_id = a.id AND e.sessions_attended > 0"
                   " AND p.id = e.participant_id)")
            .arg(columns);
    // The row key of a session `s`: its year or quarter, or one key for a whole period.
    const QString key = counted == Counted::PeriodRows ? periodKeyOf(by) : QStringLiteral("CAST('' AS TEXT)");
    // Whether enrolment e attended a session of its activity in the period whose key compares so to
    // the line's row (k.row_key).
    const auto attended = [&key](const char* comparison) {
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM attendance m CROSS JOIN session s"
                   " WHERE m.enrolment_id = e.id AND m.status IN ('present', 'late')"
                   " AND s.id = m.session_id AND s.date >= :from AND s.date <= :to AND %1 %2 k.row_key)")
            .arg(key, QLatin1String(comparison));
    };
    return QStringLiteral(
               "period_activities AS MATERIALIZED (SELECT s.activity_id, CASE WHEN COUNT(*) ="
               " (SELECT COUNT(*) FROM session t WHERE t.activity_id = s.activity_id)"
               " AND MIN(%1) = MAX(%1) THEN 1 ELSE 0 END AS whole"
               " FROM activity pa CROSS JOIN session s WHERE pa.project_id = :project"
               " AND s.activity_id = pa.id AND s.date >= :from AND s.date <= :to GROUP BY s.activity_id),"
               " activity_keys AS MATERIALIZED (SELECT DISTINCT w.activity_id, %1 AS row_key, w.whole"
               " FROM period_activities w CROSS JOIN session s WHERE s.activity_id = w.activity_id"
               " AND s.date >= :from AND s.date <= :to),"
               " counted AS NOT MATERIALIZED (SELECT %2%3 FROM activity_keys k CROSS JOIN enrolment e"
               " CROSS JOIN activity a CROSS JOIN participant p"
               " WHERE e.activity_id = k.activity_id AND e.sessions_attended > 0 AND a.id = e.activity_id"
               " AND p.id = e.participant_id AND (k.whole = 1 OR %4))")
        .arg(key,
             counted == Counted::PeriodRows
                 ? QStringLiteral(
                       "k.row_key, CASE WHEN k.whole = 1 OR NOT %1 THEN 1 ELSE 0 END AS first_line, ")
                       .arg(attended("<"))
                 : QString(),
             columns, attended("="));
}

// Each counted participation with its answers turned into the flags and values the indicators add
// up. A score is a percent of its own activity's maximum (multiplied first, so 7 of 10 is exactly
// 70); scores of an activity without a test (maximum 0) are not counted.
QString scoredParticipations(Counted counted, ResultsKey by)
{
    // A percent of the maximum is empty (NULL) for an activity without a test (maximum 0); each
    // expression below tests as little as it needs (a pre % implies a test, so a post score then
    // has a post %), which SQLite evaluates 200,000 times per table.
    const QString pre = QStringLiteral("(100.0 * v.pre_score / NULLIF(c.max_score, 0))");
    const QString post = QStringLiteral("(100.0 * v.post_score / NULLIF(c.max_score, 0))");
    const QString paired = QStringLiteral("(%1 IS NOT NULL AND v.post_score IS NOT NULL)").arg(pre);
    const auto item = [](const char* column) {
        return QStringLiteral(
                   "CAST(v.%1 AS DOUBLE PRECISION) AS s_%2, CASE WHEN v.%1 IS NOT NULL THEN 1 ELSE 0 END"
                   " AS n_%2")
            .arg(QLatin1String("satisfaction_") + QLatin1String(column), QLatin1String(column));
    };
    return countedParticipations(counted, by) +
           QStringLiteral(
               ", scored AS NOT MATERIALIZED (SELECT %9c.participant_id, c.activity_id, c.gender, "
               "c.institution_id, c.region,"
               " CASE WHEN %1 IS NOT NULL THEN 1 ELSE 0 END AS pre_tested,"
               " CASE WHEN %2 IS NOT NULL THEN 1 ELSE 0 END AS post_tested,"
               " CASE WHEN %3 THEN 1 ELSE 0 END AS paired,"
               " CASE WHEN v.post_score IS NOT NULL THEN %1 END AS paired_pre,"
               " CASE WHEN v.pre_score IS NOT NULL THEN %2 END AS paired_post,"
               " CASE WHEN %2 > %1 THEN 1 ELSE 0 END AS improved,"
               " CASE WHEN v.post_score IS NOT NULL AND %1 >= 100 THEN 1 ELSE 0 END AS gain_undefined,"
               " CASE WHEN %1 < 100 THEN (%2 - %1) / (100 - %1) END AS gain,"
               " CASE WHEN v.post_score IS NOT NULL AND %1 < 100 THEN 1 ELSE 0 END AS gain_defined,"
               " CASE WHEN %2 >= c.threshold THEN 1 ELSE 0 END AS mastery,"
               " CASE WHEN v.satisfaction_overall IS NOT NULL OR v.satisfaction_relevance IS NOT NULL"
               "  OR v.satisfaction_experts IS NOT NULL OR v.satisfaction_organisation IS NOT NULL"
               "  OR v.satisfaction_recommend IS NOT NULL THEN 1 ELSE 0 END AS responded,"
               " CASE WHEN v.satisfaction_overall >= 4 THEN 1 ELSE 0 END AS satisfied,"
               " %4, %5, %6, %7, %8,"
               " CASE WHEN v.applied IS NOT NULL THEN 1 ELSE 0 END AS followed_up,"
               " CASE WHEN v.applied = 'yes' OR v.applied = 'partly' THEN 1 ELSE 0 END AS applied"
               " FROM counted c LEFT JOIN evaluation v ON v.enrolment_id = c.enrolment_id)")
               .arg(pre, post, paired, item("overall"), item("relevance"), item("experts"),
                    item("organisation"), item("recommend"),
                    counted == Counted::PeriodRows ? QStringLiteral("c.row_key, c.first_line, ") : QString());
}

// The additive columns of a group, in this order; `%1(x)` sums them from the scored lines (COUNT and
// SUM) or from groups already summed (SUM).
const QList<std::pair<const char*, const char*>> kAdditive{
    {"took_part", nullptr},
    {"pre_tested", "pre_tested"},
    {"post_tested", "post_tested"},
    {"paired", "paired"},
    {"pre_sum", "paired_pre"},
    {"post_sum", "paired_post"},
    {"improved", "improved"},
    {"gain_sum", "gain"},
    {"gain_defined", "gain_defined"},
    {"gain_undefined", "gain_undefined"},
    {"mastery", "mastery"},
    {"responded", "responded"},
    {"satisfied", "satisfied"},
    {"overall_sum", "s_overall"},
    {"overall_n", "n_overall"},
    {"relevance_sum", "s_relevance"},
    {"relevance_n", "n_relevance"},
    {"experts_sum", "s_experts"},
    {"experts_n", "n_experts"},
    {"organisation_sum", "s_organisation"},
    {"organisation_n", "n_organisation"},
    {"recommend_sum", "s_recommend"},
    {"recommend_n", "n_recommend"},
    {"followed_up", "followed_up"},
    {"applied", "applied"},
};

// The sums of scored lines (`fromLines`) or of groups already summed.
QString sums(bool fromLines)
{
    QStringList columns;
    for (const auto& [name, line] : kAdditive) {
        if (fromLines)
            columns.append(
                line == nullptr
                    ? QStringLiteral("COUNT(*) AS %1").arg(QLatin1String(name))
                    : QStringLiteral("SUM(%1) AS %2").arg(QLatin1String(line), QLatin1String(name)));
        else if (QLatin1String(name).endsWith(QLatin1String("_sum")))
            columns.append(QStringLiteral("SUM(%1) AS %1").arg(QLatin1String(name)));
        else // a count stays an integer on PostgreSQL too, whose SUM of integers is a numeric
            columns.append(QStringLiteral("CAST(SUM(%1) AS BIGINT) AS %1").arg(QLatin1String(name)));
    }
    return columns.join(QStringLiteral(", "));
}

// The indicators from the sums of `n` (null when nothing counted): the columns readCounts reads.
const QLatin1String kIndicators{
    "COALESCE(n.took_part, 0), COALESCE(n.pre_tested, 0), COALESCE(n.post_tested, 0),"
    " COALESCE(n.paired, 0), n.pre_sum / NULLIF(n.paired, 0), n.post_sum / NULLIF(n.paired, 0),"
    " COALESCE(n.improved, 0), 100.0 * CAST(n.improved AS DOUBLE PRECISION) / NULLIF(n.paired, 0),"
    " (n.post_sum - n.pre_sum) / NULLIF(100.0 * n.paired - n.pre_sum, 0),"
    " n.gain_sum / NULLIF(n.gain_defined, 0), COALESCE(n.gain_undefined, 0), COALESCE(n.mastery, 0),"
    " 100.0 * CAST(n.mastery AS DOUBLE PRECISION) / NULLIF(n.post_tested, 0),"
    " COALESCE(n.responded, 0), COALESCE(n.overall_n, 0), COALESCE(n.satisfied, 0),"
    " 100.0 * CAST(n.satisfied AS DOUBLE PRECISION) / NULLIF(n.overall_n, 0),"
    " (COALESCE(n.overall_sum, 0) + COALESCE(n.relevance_sum, 0) + COALESCE(n.experts_sum, 0)"
    "  + COALESCE(n.organisation_sum, 0) + COALESCE(n.recommend_sum, 0))"
    "  / NULLIF(n.overall_n + n.relevance_n + n.experts_n + n.organisation_n + n.recommend_n, 0),"
    " n.overall_sum / NULLIF(n.overall_n, 0), n.relevance_sum / NULLIF(n.relevance_n, 0),"
    " n.experts_sum / NULLIF(n.experts_n, 0), n.organisation_sum / NULLIF(n.organisation_n, 0),"
    " n.recommend_sum / NULLIF(n.recommend_n, 0),"
    " COALESCE(n.followed_up, 0), COALESCE(n.applied, 0),"
    " 100.0 * CAST(n.applied AS DOUBLE PRECISION) / NULLIF(n.followed_up, 0)"};
constexpr int kFirstIndicatorColumn = 6;

// An institution's key, as in the results table by institution: its acronym when no other
// institution shares it, else its (unique) name.
const QLatin1String kInstitutionKey{
    "CASE WHEN i.acronym <> '' AND NOT EXISTS (SELECT 1 FROM institution twin"
    " WHERE twin.acronym = i.acronym AND twin.id <> i.id) THEN i.acronym ELSE i.name END"};

struct Breakdown
{
    QString rowNumbers; // CTEs ending in row_numbers (row_key and the sums) and totals (the sums)
    QString rowList;    // row_key, key_text, label, max_score, threshold
};

// Rows over activities: the sums of each activity, added up per row through `rowActivities` (a
// query of row_key, activity_id) and once for the totals.
Breakdown activityBreakdown(const QString& rowActivities, const QString& rowList)
{
    return {QStringLiteral(
                "by_activity AS MATERIALIZED (SELECT activity_id, %1 FROM scored GROUP BY activity_id),"
                " row_numbers AS MATERIALIZED (SELECT g.row_key, %2 FROM (%3) g"
                "  JOIN by_activity b ON b.activity_id = g.activity_id GROUP BY g.row_key),"
                " totals AS (SELECT %2 FROM by_activity)")
                .arg(sums(true), sums(false), rowActivities),
            rowList};
}

// Rows that put each participation in one row (by activity, or a person's gender, institution,
// type, region), so the rows add up to the totals.
Breakdown personBreakdown(const QString& rowKey, const QString& join, const QString& rowList)
{
    return {
        QStringLiteral("row_numbers AS MATERIALIZED (SELECT %1 AS row_key, %2 FROM scored s %3 GROUP BY %1),"
                       " totals AS (SELECT %4 FROM row_numbers)")
            .arg(rowKey, sums(true), join, sums(false)),
        rowList};
}

// A table by year or quarter: each (row, participation) line counts in its row, and the totals
// count each participation once, on its first line. The lines are summed once, per row and first
// flag, and those few sums are added up for the rows and (first lines only) for the totals. Its rows
// are the years or quarters with a session of the project in the period, as in the attendance table.
Breakdown periodBreakdown(ResultsKey by)
{
    return {
        QStringLiteral("row_groups AS MATERIALIZED (SELECT s.row_key, s.first_line, %1 FROM scored s"
                       " GROUP BY s.row_key, s.first_line),"
                       " row_numbers AS MATERIALIZED (SELECT row_key, %2 FROM row_groups GROUP BY row_key),"
                       " totals AS (SELECT %2 FROM row_groups WHERE first_line = 1)")
            .arg(sums(true), sums(false)),
        QStringLiteral("row_list AS (SELECT k.row_key, k.row_key AS key_text, k.row_key AS label,"
                       " NULL AS max_score, NULL AS threshold FROM (SELECT DISTINCT %1 AS row_key"
                       " FROM activity pa CROSS JOIN session s WHERE pa.project_id = :project"
                       " AND s.activity_id = pa.id AND s.date >= :from AND s.date <= :to) k)")
            .arg(periodKeyOf(by))};
}

Breakdown breakdownOf(ResultsKey by, bool inPeriod)
{
    const QString fromRows = QStringLiteral(
        "row_list AS (SELECT row_key, row_key AS key_text, row_key AS label, NULL AS max_score,"
        " NULL AS threshold FROM row_numbers)");
    switch (by) {
    case ResultsKey::Activity:
        // Each participation is in its activity's row only: the rows add up to the totals. In a
        // period, the rows are the activities with a session in it, as in the attendance table.
        return personBreakdown(
            QStringLiteral("s.activity_id"), {},
            QStringLiteral("row_list AS (SELECT a.id AS row_key, a.code AS key_text, a.title AS label,"
                           " a.test_max_score AS max_score, a.mastery_threshold_pct AS threshold"
                           " FROM activity a WHERE a.project_id = :project%1)")
                .arg(inPeriod ? QStringLiteral(" AND a.id IN (SELECT s.activity_id FROM session s"
                                               " WHERE s.date >= :from AND s.date <= :to)")
                              : QString()));
    case ResultsKey::Component:
        // An activity in two components counts in both rows.
        return activityBreakdown(
            QStringLiteral("SELECT component_id AS row_key, activity_id FROM activity_component"),
            QStringLiteral("row_list AS (SELECT c.id AS row_key, CAST(c.number AS TEXT) AS key_text,"
                           " c.title AS label, NULL AS max_score, NULL AS threshold"
                           " FROM component c WHERE c.project_id = :project)"));
    case ResultsKey::ExpertCountry:
        // An activity counts under each country that had an expert in it, once.
        return activityBreakdown(
            QStringLiteral("SELECT DISTINCT x.country AS row_key, ae.activity_id"
                           " FROM activity_expert ae JOIN expert x ON x.id = ae.expert_id"),
            fromRows);
    case ResultsKey::Institution:
        return personBreakdown(
            QStringLiteral("COALESCE(s.institution_id, 0)"), {},
            QStringLiteral("row_list AS (SELECT n.row_key, %1 AS key_text, i.name AS label,"
                           " NULL AS max_score, NULL AS threshold"
                           " FROM row_numbers n LEFT JOIN institution i ON i.id = n.row_key)")
                .arg(kInstitutionKey));
    case ResultsKey::InstitutionType:
        return personBreakdown(QStringLiteral("COALESCE(i.type, '')"),
                               QStringLiteral("LEFT JOIN institution i ON i.id = s.institution_id"),
                               fromRows);
    case ResultsKey::Gender:
        return personBreakdown(QStringLiteral("s.gender"), {}, fromRows);
    case ResultsKey::Region:
        return personBreakdown(QStringLiteral("s.region"), {}, fromRows);
    case ResultsKey::Year:
    case ResultsKey::Quarter:
        return periodBreakdown(by);
    }
    return {};
}

QString evaluationStatement(ResultsKey by, const ResultsPeriod& period)
{
    const bool byPeriod = by == ResultsKey::Year || by == ResultsKey::Quarter;
    const Counted counted = byPeriod            ? Counted::PeriodRows
                            : !period.isWhole() ? Counted::InPeriod
                                                : Counted::Whole;
    const Breakdown breakdown = breakdownOf(by, !period.isWhole());
    return QStringLiteral("WITH ") + scoredParticipations(counted, by) + QStringLiteral(", ") +
           breakdown.rowNumbers + QStringLiteral(", ") + breakdown.rowList +
           QStringLiteral(" SELECT 0 AS is_total, r.key_text, r.label, CAST(r.max_score AS DOUBLE PRECISION),"
                          " CAST(r.threshold AS DOUBLE PRECISION), 0, %1"
                          " FROM row_list r LEFT JOIN row_numbers n ON n.row_key = r.row_key"
                          " UNION ALL SELECT 1, NULL, NULL, NULL, NULL, 0, %1 FROM totals n")
               .arg(kIndicators);
}

std::optional<double> optionalNumber(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

void readCounts(const QSqlQuery& query, EvaluationCounts& c)
{
    int column = kFirstIndicatorColumn;
    const auto count = [&] {
        return query.value(column++).toLongLong();
    };
    const auto number = [&] {
        return optionalNumber(query.value(column++));
    };
    c.tookPart = count();
    c.preTested = count();
    c.postTested = count();
    c.paired = count();
    c.meanPrePct = number();
    c.meanPostPct = number();
    c.improved = count();
    c.improvedPct = number();
    c.normalisedGain = number();
    c.meanIndividualGain = number();
    c.gainUndefined = count();
    c.mastery = count();
    c.masteryPct = number();
    c.satisfactionResponses = count();
    c.satisfactionOverallResponses = count();
    c.satisfied = count();
    c.satisfiedPct = number();
    c.satisfactionMean = number();
    c.satisfactionMeanOverall = number();
    c.satisfactionMeanRelevance = number();
    c.satisfactionMeanExperts = number();
    c.satisfactionMeanOrganisation = number();
    c.satisfactionMeanRecommend = number();
    c.followedUp = count();
    c.applied = count();
    c.appliedPct = number();
}

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
qsizetype enumOrder(const QString& code)
{
    const std::optional<E> value = fromCode<E>(code);
    return value ? EnumInfo<E>::all().indexOf(*value) : EnumInfo<E>::all().size();
}

// The key and label a reader sees, and the order of the rows: those of the results table of the
// same breakdown, so that the two tables line up row by row.
void nameRow(EvaluationRow& row, ResultsKey by, const QVariant& keyText, const QVariant& label)
{
    row.key = keyText.toString();
    row.label = label.toString();
    switch (by) {
    case ResultsKey::Activity:
    case ResultsKey::Component:
        break;
    case ResultsKey::Institution:
        if (keyText.isNull()) {
            row.key.clear();
            row.label = EvaluationQuery::tr("(no institution)");
        }
        break;
    case ResultsKey::InstitutionType:
        if (const std::optional<InstitutionType> type = fromCode<InstitutionType>(row.key))
            row.label = toLabel(*type);
        else
            row.label = EvaluationQuery::tr("(no institution)");
        break;
    case ResultsKey::Gender:
        if (const std::optional<Gender> gender = fromCode<Gender>(row.key))
            row.label = toLabel(*gender);
        break;
    case ResultsKey::Region:
    case ResultsKey::ExpertCountry:
        if (row.key.isEmpty())
            row.label = EvaluationQuery::tr("(not stated)");
        break;
    case ResultsKey::Year:
    case ResultsKey::Quarter:
        row.label = periodRowLabel(by, row.key);
        break;
    }
}

void sortRows(QList<EvaluationRow>& rows, ResultsKey by)
{
    const auto less = [by](const EvaluationRow& a, const EvaluationRow& b) {
        switch (by) {
        case ResultsKey::Activity:
            return naturalLess(a.key, b.key);
        case ResultsKey::Component:
            return a.key.toInt() < b.key.toInt();
        case ResultsKey::Gender:
            return enumOrder<Gender>(a.key) < enumOrder<Gender>(b.key);
        case ResultsKey::InstitutionType:
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty();
            return enumOrder<InstitutionType>(a.key) < enumOrder<InstitutionType>(b.key);
        case ResultsKey::Year:
        case ResultsKey::Quarter: // "2017-Q4" sorts before "2018-Q1" as text
            return a.key < b.key;
        case ResultsKey::Institution:
        case ResultsKey::Region:
        case ResultsKey::ExpertCountry:
            break;
        }
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        const QString left = foldedForSorting(a.label);
        const QString right = foldedForSorting(b.label);
        return left != right ? left < right : a.key < b.key;
    };
    std::stable_sort(rows.begin(), rows.end(), less);
}

// How to read the table; `spanning` names the activities with sessions in more than one row of a
// table by year or quarter.
QStringList notesFor(ResultsKey by, const ResultsPeriod& period, QStringList spanning)
{
    QStringList notes{EvaluationFields::countingRule()};
    for (const EvaluationFields::Reference& reference : EvaluationFields::reference()) {
        if (by != ResultsKey::Activity && reference.key.startsWith(QLatin1String("test_max")))
            continue;
        if (by != ResultsKey::Activity && reference.key.startsWith(QLatin1String("mastery_threshold")))
            continue;
        notes << QStringLiteral("%1: %2").arg(reference.key, reference.definition);
    }
    switch (by) {
    case ResultsKey::Activity:
        break;
    case ResultsKey::Component:
        notes << EvaluationQuery::tr("A participation in an activity of two components counts in both rows, "
                                     "so the rows can add up to more than the totals; activities in no "
                                     "component are in no row.");
        break;
    case ResultsKey::ExpertCountry:
        notes << EvaluationQuery::tr("A participation counts under each country that had an expert in its "
                                     "activity, so the rows can add up to more than the totals; activities "
                                     "without experts are in no row.");
        break;
    case ResultsKey::Institution:
    case ResultsKey::InstitutionType:
    case ResultsKey::Gender:
    case ResultsKey::Region:
        notes << EvaluationQuery::tr(
            "Each participation is in exactly one row, so the rows' counts add up to "
            "the totals; a person in two activities counts twice in their row.");
        break;
    case ResultsKey::Year:
    case ResultsKey::Quarter:
        notes
            << (by == ResultsKey::Year
                    ? EvaluationQuery::tr("A row counts the participations with a session attended (present "
                                          "or late) in that calendar year.")
                    : EvaluationQuery::tr("A row counts the participations with a session attended (present "
                                          "or late) in that calendar quarter."))
            << EvaluationQuery::tr("A participation with sessions attended in two rows counts in each, "
                                   "with all its answers, so the rows can add up to more than the totals.");
        if (spanning.isEmpty()) {
            notes << EvaluationQuery::tr(
                "Every activity's sessions fall in one row, so the rows add up to the totals.");
        } else {
            std::sort(spanning.begin(), spanning.end(), naturalLess);
            notes << EvaluationQuery::tr("Activities with sessions in more than one row: %1.")
                         .arg(spanning.join(QStringLiteral(", ")));
        }
        break;
    }
    if (period.isWhole()) {
        notes << EvaluationQuery::tr("The totals count every participation of the project once.");
    } else {
        notes << EvaluationQuery::tr(
                     "Only the sessions held %1 count: a participation counts when the person "
                     "was marked present or late at one of its activity's sessions in that "
                     "period, and its answers count with it.")
                     .arg(period.describe())
              << EvaluationQuery::tr("The totals count every participation of the period once.");
    }
    return notes;
}

QVariant boundText(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// The scored line's flag an indicator counts, from a fixed list.
QString indicatorCondition(EvaluationIndicator indicator)
{
    switch (indicator) {
    case EvaluationIndicator::TookPart:
        return QStringLiteral("1 = 1");
    case EvaluationIndicator::PreTested:
        return QStringLiteral("s.pre_tested = 1");
    case EvaluationIndicator::PostTested:
        return QStringLiteral("s.post_tested = 1");
    case EvaluationIndicator::Paired:
        return QStringLiteral("s.paired = 1");
    case EvaluationIndicator::Improved:
        return QStringLiteral("s.improved = 1");
    case EvaluationIndicator::GainUndefined:
        return QStringLiteral("s.gain_undefined = 1");
    case EvaluationIndicator::Mastery:
        return QStringLiteral("s.mastery = 1");
    case EvaluationIndicator::SatisfactionResponses:
        return QStringLiteral("s.responded = 1");
    case EvaluationIndicator::SatisfactionOverallResponses:
        return QStringLiteral("s.n_overall = 1");
    case EvaluationIndicator::Satisfied:
        return QStringLiteral("s.satisfied = 1");
    case EvaluationIndicator::FollowedUp:
        return QStringLiteral("s.followed_up = 1");
    case EvaluationIndicator::Applied:
        return QStringLiteral("s.applied = 1");
    }
    return QStringLiteral("1 = 0");
}

} // namespace

EvaluationQuery::EvaluationQuery(Database& database)
    : m_database(database)
{
}

Result<EvaluationTable> EvaluationQuery::evaluation(Id projectId, ResultsKey by,
                                                    const ResultsPeriod& period) const
{
    if (period.isEmpty())
        return Error::badInput(tr("The period starts on %1, after its end on %2. Give a start date on or "
                                  "before the end date.")
                                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    QElapsedTimer timer;
    timer.start();
    EvaluationTable table;
    table.by = by;
    table.period = period;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT code, title FROM project WHERE id = :project")))
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
    const QString doing = tr("counting the evaluation by %1").arg(resultsKeyCode(by));
    const QString statement = evaluationStatement(by, period);
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
        if (query.value(0).toInt() == 1) {
            readCounts(query, table.totals);
            continue;
        }
        EvaluationRow row;
        nameRow(row, by, query.value(1), query.value(2));
        if (by == ResultsKey::Activity) {
            row.testMaxScore = optionalNumber(query.value(3));
            row.masteryThresholdPct = optionalNumber(query.value(4));
        }
        readCounts(query, row);
        table.rows.append(row);
    }
    if (query.lastError().isValid())
        return m_database.errorFor(query, doing);
    sortRows(table.rows, by);
    QStringList spanning;
    if (by == ResultsKey::Year || by == ResultsKey::Quarter) {
        const QString naming = tr("naming the activities in more than one row");
        QSqlQuery activities(m_database.connection());
        activities.setForwardOnly(true);
        if (!activities.prepare(
                QStringLiteral("SELECT a.code FROM activity a JOIN session s ON s.activity_id = a.id"
                               " WHERE a.project_id = :project AND s.date >= :from AND s.date <= :to"
                               " GROUP BY a.id, a.code HAVING COUNT(DISTINCT %1) > 1")
                    .arg(periodKeyOf(by))))
            return m_database.errorFor(activities, naming);
        activities.bindValue(QStringLiteral(":project"), projectId);
        activities.bindValue(QStringLiteral(":from"), period.fromText());
        activities.bindValue(QStringLiteral(":to"), period.toText());
        if (!activities.exec())
            return m_database.errorFor(activities, naming);
        while (activities.next())
            spanning.append(activities.value(0).toString());
        if (activities.lastError().isValid())
            return m_database.errorFor(activities, naming);
    }
    table.notes = notesFor(by, period, spanning);
    spdlog::debug("evaluation by {}: {} rows in {} ms", resultsKeyCode(by).toStdString(), table.rows.size(),
                  timer.elapsed());
    return table;
}

Result<QList<EvaluationQuery::Participation>>
EvaluationQuery::participations(Id projectId, const ParticipantFilter& filter) const
{
    const EvaluationIndicator indicator = filter.indicator.value_or(EvaluationIndicator::TookPart);
    // The table's period, narrowed to the row's year or quarter: the row counts the participations
    // with a session attended in that part of the period.
    if (filter.period.isEmpty())
        return Error::badInput(
            tr("The period starts on %1, after its end on %2. Give a start date on or before the end date.")
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
        return QList<Participation>{}; // a row outside the period has no one behind it
    // The row filters as conditions on the scored lines; an unknown value matches nobody (the
    // command line checks the values through ResultsQuery::participantIds first, which names them).
    QStringList conditions{indicatorCondition(indicator)};
    QList<std::pair<QString, QVariant>> bindings{{QStringLiteral(":project"), projectId}};
    if (filter.activityCode) {
        conditions << QStringLiteral(
            "s.activity_id IN (SELECT id FROM activity WHERE project_id = :project AND code = :code)");
        bindings.append({QStringLiteral(":code"), boundText(*filter.activityCode)});
    }
    if (filter.componentNumber) {
        conditions << QStringLiteral("s.activity_id IN (SELECT ac.activity_id FROM activity_component ac"
                                     " JOIN component c ON c.id = ac.component_id"
                                     " WHERE c.project_id = :project AND c.number = :number)");
        bindings.append({QStringLiteral(":number"), filter.componentNumber->toInt()});
    }
    if (filter.institution) {
        if (filter.institution->isEmpty()) {
            conditions << QStringLiteral("s.institution_id IS NULL");
        } else {
            conditions << QStringLiteral(
                              "s.institution_id IN (SELECT i.id FROM institution i WHERE %1 = :key)")
                              .arg(kInstitutionKey);
            bindings.append({QStringLiteral(":key"), boundText(*filter.institution)});
        }
    }
    if (filter.institutionType) {
        if (filter.institutionType->isEmpty()) {
            conditions << QStringLiteral("s.institution_id IS NULL");
        } else {
            conditions << QStringLiteral(
                "s.institution_id IN (SELECT i.id FROM institution i WHERE i.type = :institution_type)");
            bindings.append({QStringLiteral(":institution_type"), boundText(*filter.institutionType)});
        }
    }
    if (filter.gender) {
        conditions << QStringLiteral("s.gender = :gender");
        bindings.append({QStringLiteral(":gender"), boundText(*filter.gender)});
    }
    if (filter.region) {
        conditions << QStringLiteral("s.region = :region");
        bindings.append({QStringLiteral(":region"), boundText(*filter.region)});
    }
    if (filter.expertCountry) {
        conditions << QStringLiteral(
            "s.activity_id IN (SELECT ae.activity_id FROM activity_expert ae"
            " JOIN expert x ON x.id = ae.expert_id WHERE x.country = :expert_country)");
        bindings.append({QStringLiteral(":expert_country"), boundText(*filter.expertCountry)});
    }
    if (!period.isWhole()) {
        bindings.append({QStringLiteral(":from"), period.fromText()});
        bindings.append({QStringLiteral(":to"), period.toText()});
    }
    const QString statement =
        QStringLiteral("WITH ") +
        scoredParticipations(period.isWhole() ? Counted::Whole : Counted::InPeriod, ResultsKey::Activity) +
        QStringLiteral(" SELECT s.participant_id, s.activity_id FROM scored s WHERE ") +
        conditions.join(QStringLiteral(" AND ")) +
        QStringLiteral(" ORDER BY s.participant_id, s.activity_id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString doing = tr("listing the participations behind an evaluation number");
    if (!query.prepare(statement))
        return m_database.errorFor(query, doing);
    for (const auto& [placeholder, value] : std::as_const(bindings))
        query.bindValue(placeholder, value);
    if (!query.exec())
        return m_database.errorFor(query, doing);
    QList<Participation> lines;
    while (query.next())
        lines.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    if (query.lastError().isValid())
        return m_database.errorFor(query, doing);
    return lines;
}

Result<QList<Id>> EvaluationQuery::participantIds(Id projectId, const ParticipantFilter& filter) const
{
    Result<QList<Participation>> lines = participations(projectId, filter);
    if (!lines)
        return lines.error();
    QList<Id> ids;
    for (const Participation& line : std::as_const(*lines)) {
        if (ids.isEmpty() || ids.last() != line.participantId)
            ids.append(line.participantId);
    }
    return ids;
}

} // namespace sd
