#include "storage/EvaluationStore.h"

#include "storage/Database.h"
#include "storage/NameCollation.h"
#include "storage/Statement.h"
#include "storage/StoreSupport.h"
#include "storage/TableRows.h"
#include "storage/Tables.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <numeric>

namespace sd {

EvaluationStore::EvaluationStore(Database& database)
    : m_database(database)
{
}

Result<QList<EvaluationStore::Line>> EvaluationStore::sheet(Id activityId) const
{
    const QString doing = tr("reading the evaluation of an activity");
    QList<Line> lines;
    QHash<Id, qsizetype> lineOf;
    {
        Statement people(m_database,
                         "SELECT e.id, p.id, p.given_names, p.family_names, e.sessions_attended"
                         " FROM enrolment e JOIN participant p ON p.id = e.participant_id"
                         " WHERE e.activity_id = ?",
                         doing);
        people.bind(1, activityId);
        while (people.next()) {
            Line line;
            line.enrolmentId = people.integer(0);
            line.participantId = people.integer(1);
            line.givenNames = people.text(2);
            line.familyNames = people.text(3);
            line.sessionsAttended = static_cast<int>(people.integer(4));
            lines.append(line);
        }
        if (!people.status())
            return people.status().error();
    }
    // Sorted here with the names' collation rather than by the column's bytes, so that the sheet lists
    // persons as every other list does (Cárdenas before Cruz), on a file and on a server alike, and
    // without registering the collation on a connection that may have statements under way.
    // The order is sorted as positions, not as lines: moving a line (with its empty optional
    // answers) through std::sort makes GCC 12 at -O1 warn of an uninitialised read that cannot happen.
    QList<qsizetype> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    const QList<Line>& unsorted = lines;
    std::sort(order.begin(), order.end(), [&unsorted](qsizetype left, qsizetype right) {
        const Line& a = unsorted[left];
        const Line& b = unsorted[right];
        if (const int family = compareNames(a.familyNames, b.familyNames); family != 0)
            return family < 0;
        if (const int given = compareNames(a.givenNames, b.givenNames); given != 0)
            return given < 0;
        return a.enrolmentId < b.enrolmentId;
    });
    QList<Line> sorted;
    sorted.reserve(lines.size());
    for (const qsizetype at : std::as_const(order))
        sorted.append(unsorted[at]);
    lines = std::move(sorted);
    for (qsizetype at = 0; at < lines.size(); ++at)
        lineOf.insert(lines[at].enrolmentId, at);
    const TableSpec<EvaluationAnswers>& spec = tableOf<EvaluationAnswers>();
    std::string columns;
    for (const ColumnShape& column : spec.columns()) {
        columns += columns.empty() ? "v." : ", v.";
        columns += column.name;
    }
    Statement answers(
        m_database,
        "SELECT " + columns +
            " FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id WHERE e.activity_id = ?",
        doing);
    answers.bind(1, activityId);
    while (answers.next()) {
        EvaluationAnswers read = spec.read(answers);
        if (const auto at = lineOf.constFind(read.enrolmentId); at != lineOf.constEnd())
            lines[*at].answers = read;
    }
    if (!answers.status())
        return answers.status().error();
    return lines;
}

QString EvaluationStore::problemWith(const EvaluationAnswers& answers, const Activity& design,
                                     const QString& who)
{
    const QLocale locale;
    for (const auto& [score, name] : {std::pair{answers.preScore, tr("pre-test score")},
                                      std::pair{answers.postScore, tr("post-test score")}}) {
        if (!score)
            continue;
        if (!design.hasKnowledgeTest())
            return tr("%1 has a %2, but activity %3 has no knowledge test. Give the activity a test and "
                      "its maximum score first, or leave the score empty.")
                .arg(who, name, design.code);
        if (*score < 0 || *score > design.testMaxScore)
            return tr("The %1 of %2 is %3, outside 0 to %4, the maximum score of activity %5's test. "
                      "Correct the score.")
                .arg(name, who, locale.toString(*score), locale.toString(design.testMaxScore), design.code);
    }
    for (const std::optional<int>& item :
         {answers.satisfactionOverall, answers.satisfactionRelevance, answers.satisfactionExperts,
          answers.satisfactionOrganisation, answers.satisfactionRecommend}) {
        if (item && (*item < 1 || *item > 5))
            return tr("A satisfaction answer of %1 is %2; each item is answered from 1 to 5. Correct it.")
                .arg(who)
                .arg(*item);
    }
    return {};
}

Status EvaluationStore::put(Id activityId, const QList<EvaluationAnswers>& answers)
{
    return store::written(m_database, [&]() -> Status {
        const QString doing = tr("recording evaluation answers");
        Result<std::optional<Activity>> design = rows::find<Activity>(m_database, activityId, doing);
        if (!design)
            return design.error();
        if (!design->has_value())
            return Error::notFound(tr(
                "The evaluation was not saved: the activity was deleted meanwhile. Reopen the programme."));
        const Activity& activity = **design;
        Statement belongs(m_database,
                          "SELECT p.given_names, p.family_names FROM enrolment e JOIN participant p"
                          " ON p.id = e.participant_id WHERE e.id = ? AND e.activity_id = ?",
                          doing);
        const TableSpec<EvaluationAnswers>& spec = tableOf<EvaluationAnswers>();
        Statement upsert(m_database, spec.sql(m_database.dialect(), StatementKind::Upsert), doing);
        Statement remove(m_database, spec.sql(m_database.dialect(), StatementKind::DeleteByKey), doing);
        for (const EvaluationAnswers& answer : answers) {
            belongs.bind(1, answer.enrolmentId).bind(2, activityId);
            if (!belongs.next()) {
                if (!belongs.status())
                    return belongs.status();
                return Error::conflict(tr("The evaluation was not saved: enrolment %1 is no longer in "
                                          "activity %2. Reopen the evaluation sheet.")
                                           .arg(answer.enrolmentId)
                                           .arg(activity.code));
            }
            const QString who = belongs.text(0) + QLatin1Char(' ') + belongs.text(1);
            if (const QString problem = problemWith(answer, activity, who); !problem.isEmpty())
                return Error::badInput(tr("The evaluation was not saved. %1").arg(problem));
            if (answer.isEmpty()) {
                spec.bind(remove, answer, StatementKind::DeleteByKey, Writing::AsStored);
                if (Status ran = remove.run(); !ran)
                    return ran;
            } else {
                spec.bind(upsert, answer, StatementKind::Upsert, Writing::AsEntered);
                if (Status ran = upsert.run(); !ran)
                    return ran;
            }
        }
        return {};
    });
}

} // namespace sd
