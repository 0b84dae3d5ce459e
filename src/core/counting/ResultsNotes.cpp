#include "counting/ResultsNotes.h"

#include "counting/ResultsQuery.h"
#include "domain/NaturalOrder.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace sd {

// The row key of a session's period, from its ISO date: "2017" or "2017-Q4".
QString periodKeyOf(ResultsKey by)
{
    return by == ResultsKey::Year
               ? QStringLiteral("substr(s.date, 1, 4)")
               : QStringLiteral("substr(s.date, 1, 4) || '-Q' ||"
                                " CAST((CAST(substr(s.date, 6, 2) AS INTEGER) + 2) / 3 AS TEXT)");
}

namespace {

QString codeList(QStringList codes)
{
    std::sort(codes.begin(), codes.end(), naturalLess);
    return codes.join(QStringLiteral(", "));
}

// Runs a prepared statement bound to the project and returns the first column of every row.
Result<QStringList> projectCodes(Database& database, const QString& statement, Id projectId,
                                 const ResultsPeriod& period = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return database.errorFor(query, ResultsQuery::tr("preparing the notes of a results table"));
    query.bindValue(QStringLiteral(":project"), projectId);
    if (statement.contains(QLatin1String(":from"))) {
        query.bindValue(QStringLiteral(":from"), period.fromText());
        query.bindValue(QStringLiteral(":to"), period.toText());
    }
    if (!query.exec())
        return database.errorFor(query, ResultsQuery::tr("writing the notes of a results table"));
    QStringList codes;
    while (query.next())
        codes.append(query.value(0).toString());
    return codes;
}

} // namespace

Result<QStringList> notesFor(Database& database, Id projectId, ResultsKey by, const ResultsPeriod& period)
{
    QStringList notes{
        ResultsQuery::tr("A participant took part in an activity when marked present or late at one of its "
                         "sessions or more. Participations add up the participants who took part in each "
                         "activity; unique participants count each person once."),
        ResultsQuery::tr("Participant-days count the sessions marked present or late; a half-day session "
                         "counts 0.5."),
        ResultsQuery::tr("Female, male, other and not stated count persons, so they add up to the unique "
                         "participants."),
    };
    const QString eachPersonOnce =
        ResultsQuery::tr("Each person is in exactly one row, so the rows' participations, unique "
                         "participants and participant-days add up to the totals.");
    const QString expertsOfRowActivities = ResultsQuery::tr(
        "The experts of a row are those of the activities its participants took part in; an "
        "expert counts in every row whose participants they worked with, so the rows' experts "
        "and expert countries can add up to more than the total.");
    switch (by) {
    case ResultsKey::Activity:
        notes << ResultsQuery::tr(
                     "A person who took part in several activities counts in each of their rows, so the "
                     "rows' unique participants can add up to more than the total.")
              << ResultsQuery::tr(
                     "An expert who worked in several activities counts in each of their rows, so the "
                     "rows' experts and expert countries can add up to more than the total.");
        break;
    case ResultsKey::Component: {
        notes << ResultsQuery::tr(
            "An activity in two components counts in both, so the rows can add up to more than "
            "the total; a person who took part in activities of several components counts in each.");
        Result<QStringList> shared = projectCodes(
            database,
            QStringLiteral("SELECT a.code FROM activity a JOIN activity_component ac ON ac.activity_id = a.id"
                           " WHERE a.project_id = :project GROUP BY a.id, a.code HAVING COUNT(*) > 1"),
            projectId);
        if (!shared)
            return shared.error();
        if (!shared->isEmpty())
            notes << ResultsQuery::tr("Activities in more than one component: %1.").arg(codeList(*shared));
        Result<QStringList> loose = projectCodes(
            database,
            QStringLiteral("SELECT a.code FROM activity a WHERE a.project_id = :project AND NOT EXISTS"
                           " (SELECT 1 FROM activity_component ac WHERE ac.activity_id = a.id)"),
            projectId);
        if (!loose)
            return loose.error();
        if (!loose->isEmpty())
            notes << ResultsQuery::tr(
                         "Activities in no component are in no row, so the rows can also add up to less "
                         "than the total: %1.")
                         .arg(codeList(*loose));
        break;
    }
    case ResultsKey::Institution:
    case ResultsKey::InstitutionType:
        notes << eachPersonOnce
              << ResultsQuery::tr(
                     "A participant counts under the institution recorded for them now, for every activity.")
              << expertsOfRowActivities;
        break;
    case ResultsKey::Region:
        notes << eachPersonOnce
              << ResultsQuery::tr(
                     "A participant counts under the region recorded for them now, for every activity.")
              << expertsOfRowActivities;
        break;
    case ResultsKey::Gender:
        notes << eachPersonOnce << expertsOfRowActivities;
        break;
    case ResultsKey::Year:
    case ResultsKey::Quarter: {
        notes << (by == ResultsKey::Year
                      ? ResultsQuery::tr("A row counts the sessions held in that calendar year.")
                      : ResultsQuery::tr("A row counts the sessions held in that calendar quarter."))
              << ResultsQuery::tr(
                     "A person counts in every row in which they attended a session, so the rows' unique "
                     "participants can add up to more than the total; participant-days add up to the total.");
        Result<QStringList> spanning =
            projectCodes(database,
                         QStringLiteral("SELECT a.code FROM activity a JOIN session s ON s.activity_id = a.id"
                                        " WHERE a.project_id = :project AND s.date >= :from AND s.date <= :to"
                                        " GROUP BY a.id, a.code HAVING COUNT(DISTINCT %1) > 1")
                             .arg(periodKeyOf(by)),
                         projectId, period);
        if (!spanning)
            return spanning.error();
        if (spanning->isEmpty())
            notes << ResultsQuery::tr(
                "Every activity's sessions fall in one row, so the rows' participations "
                "add up to the total.");
        else
            notes << ResultsQuery::tr(
                         "Activities with sessions in more than one row count in each, so the rows' "
                         "participations can add up to more than the total: %1.")
                         .arg(codeList(*spanning));
        notes << ResultsQuery::tr("The experts of a row are those of the activities with a session in it.");
        break;
    }
    case ResultsKey::ExpertCountry: {
        notes << ResultsQuery::tr(
                     "A participation counts under each country that had an expert in that activity, so "
                     "the rows can add up to more than the total.")
              << ResultsQuery::tr("The experts of a row are the experts from that country.");
        Result<QStringList> mixed = projectCodes(
            database,
            QStringLiteral("SELECT a.code FROM activity a JOIN activity_expert ae ON ae.activity_id = a.id"
                           " JOIN expert x ON x.id = ae.expert_id WHERE a.project_id = :project"
                           " GROUP BY a.id, a.code HAVING COUNT(DISTINCT x.country) > 1"),
            projectId);
        if (!mixed)
            return mixed.error();
        if (!mixed->isEmpty())
            notes << ResultsQuery::tr("Activities with experts from more than one country: %1.")
                         .arg(codeList(*mixed));
        Result<QStringList> without = projectCodes(
            database,
            QStringLiteral("SELECT a.code FROM activity a WHERE a.project_id = :project AND NOT EXISTS"
                           " (SELECT 1 FROM activity_expert ae WHERE ae.activity_id = a.id)"),
            projectId);
        if (!without)
            return without.error();
        if (!without->isEmpty())
            notes << ResultsQuery::tr(
                         "Activities without experts are in no row, so the rows can also add up to less "
                         "than the total: %1.")
                         .arg(codeList(*without));
        break;
    }
    }
    if (period.isWhole()) {
        notes << ResultsQuery::tr(
            "The totals' experts and expert countries count those of all the project's activities, "
            "each once.");
    } else {
        notes << ResultsQuery::tr("Only the sessions held %1 count: a participant took part in an activity "
                                  "when marked present or late at one of its sessions in that period.")
                     .arg(period.describe())
              << ResultsQuery::tr("Experts and expert countries count those of the activities with a session "
                                  "in the period, each once in the totals.");
    }
    return notes;
}

} // namespace sd
