#include "storage/References.h"

#include "storage/Database.h"
#include "storage/SqlBuilder.h"
#include "storage/Statement.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <array>
#include <cstring>

namespace sd {
namespace {

constexpr bool kAsks = true;
constexpr bool kSilent = false;

const std::array<Reference, 19>& list()
{
    // In the order of Ref. The schema's own ON DELETE clauses say RESTRICT for most of these: the
    // program deletes children first, in one transaction, only when the user has confirmed.
    using Rule = DeleteRule;
    using Impact = DeleteImpact;
    const TableShape* attendance = &tableOf<AttendanceMark>();
    const TableShape* evaluation = &tableOf<EvaluationAnswers>();
    const TableShape* enrolment = &tableOf<Enrolment>();
    const TableShape* session = &tableOf<Session>();
    const TableShape* participant = &tableOf<Participant>();
    const TableShape* activity = &tableOf<Activity>();
    const TableShape* expert = &tableOf<Expert>();
    const TableShape* component = &tableOf<Component>();
    const TableShape* objective = &tableOf<Objective>();
    const TableShape* project = &tableOf<Project>();
    const TableShape* institution = &tableOf<Institution>();
    const TableShape* activityExpert = &tableOf<ActivityExpertRow>();
    const TableShape* activityComponent = &linkTables().activityComponent;
    const TableShape* objectiveComponent = &linkTables().objectiveComponent;
    const TableShape* requesting = &linkTables().projectRequestingInstitution;
    // An activity keeps at least one component.
    const char* kept = QT_TRANSLATE_NOOP("sd::ProgrammeStore",
                                         "The component was not deleted: activity(ies) %1 belong to no other "
                                         "component. Give them another component first.");
    // clang-format off
    static const std::array<Reference, 19> references{{
        {attendance, "enrolment_id", enrolment, Rule::Cascade, &Impact::attendanceMarks, kAsks},
        {attendance, "session_id", session, Rule::Restrict, nullptr, kSilent},
        {enrolment, "participant_id", participant, Rule::Cascade, &Impact::enrolments, kAsks},
        {enrolment, "activity_id", activity, Rule::Cascade, &Impact::enrolments, kAsks},
        {session, "activity_id", activity, Rule::Cascade, &Impact::sessions, kSilent},
        {activityExpert, "activity_id", activity, Rule::Unlink, nullptr, kSilent},
        {activityExpert, "expert_id", expert, Rule::Unlink, &Impact::activities, kAsks},
        {activityComponent, "activity_id", activity, Rule::Unlink, nullptr, kSilent},
        {activityComponent, "component_id", component, Rule::UnlinkKeepingOne, &Impact::activities, kAsks, kept},
        {objectiveComponent, "objective_id", objective, Rule::Unlink, nullptr, kSilent},
        {objectiveComponent, "component_id", component, Rule::Unlink, nullptr, kSilent},
        {activity, "project_id", project, Rule::Cascade, &Impact::activities, kAsks},
        {objective, "project_id", project, Rule::Cascade, nullptr, kSilent},
        {component, "project_id", project, Rule::Cascade, nullptr, kSilent},
        {requesting, "project_id", project, Rule::Unlink, nullptr, kSilent},
        {requesting, "institution_id", institution, Rule::Unlink, &Impact::projects, kAsks},
        {participant, "institution_id", institution, Rule::SetNull, &Impact::participants, kAsks},
        {institution, "parent_id", institution, Rule::SetNull, &Impact::institutions, kAsks},
        {evaluation, "enrolment_id", enrolment, Rule::Cascade, &Impact::evaluations, kAsks},
    }};
    // clang-format on
    return references;
}

// The table a link table's other column refers to.
const TableShape* farTable(const Reference& ref)
{
    const char* far = ref.child->otherKey(ref.column);
    for (const Reference& other : list()) {
        if (other.child == ref.child && far && std::strcmp(other.column, far) == 0)
            return other.parent;
    }
    return nullptr;
}

} // namespace

std::span<const Reference> references()
{
    return list();
}

const Reference& reference(Ref ref)
{
    return list()[static_cast<std::size_t>(ref)];
}

Selector byKey(const TableShape& table)
{
    return {&table, SqlBuilder::equals(table.generatedKey()), true};
}

Selector through(const Reference& ref, const Selector& parent)
{
    // Straight from the record's id when the parent is the record itself.
    if (parent.key)
        return {ref.child, SqlBuilder::equals(ref.column), false};
    return {ref.child, SqlBuilder::within(ref.column, *parent.table, parent.condition), false};
}

Selector referring(const Reference& ref)
{
    return {ref.child, SqlBuilder::equals(ref.column), false};
}

namespace {

void planImpact(const SqlBuilder& builder, const Selector& selector, int depth, std::vector<ImpactStep>& plan)
{
    for (const Reference& ref : list()) {
        if (ref.parent != selector.table || ref.rule == DeleteRule::Restrict)
            continue;
        const Selector children = through(ref, selector);
        if (ref.counted && (ref.rule == DeleteRule::Cascade || depth == 0))
            plan.push_back({ref.counted, ref.asks, builder.count(*children.table, children.condition)});
        if (ref.rule == DeleteRule::Cascade)
            planImpact(builder, children, depth + 1, plan);
    }
}

// The statements that delete what refers to the rows the selector picks, then those rows.
void planDelete(const SqlBuilder& builder, const Selector& selector, std::vector<std::string>& plan)
{
    for (const Reference& ref : list()) {
        if (ref.parent != selector.table)
            continue;
        const Selector children = through(ref, selector);
        switch (ref.rule) {
        case DeleteRule::Cascade:
            planDelete(builder, children, plan);
            break;
        case DeleteRule::SetNull:
            plan.push_back(builder.setNull(*children.table, ref.column, children.condition));
            break;
        case DeleteRule::Unlink:
        case DeleteRule::UnlinkKeepingOne:
            plan.push_back(builder.remove(*children.table, children.condition));
            break;
        case DeleteRule::Restrict:
            break; // the database refuses while such rows are left
        }
    }
    plan.push_back(builder.remove(*selector.table, selector.condition));
}

} // namespace

std::vector<ImpactStep> impactPlan(const TableShape& table, Dialect dialect)
{
    std::vector<ImpactStep> plan;
    planImpact(SqlBuilder(dialect), byKey(table), 0, plan);
    return plan;
}

std::vector<std::string> deletePlan(const TableShape& table, Dialect dialect)
{
    std::vector<std::string> plan;
    planDelete(SqlBuilder(dialect), byKey(table), plan);
    return plan;
}

Dependents::Dependents(Database& database)
    : m_database(database)
{
}

Result<qint64> Dependents::count(const Selector& selector, Id id, const QString& doing) const
{
    Statement count(m_database, SqlBuilder(m_database.dialect()).count(*selector.table, selector.condition),
                    doing);
    count.bind(1, id);
    return count.scalar();
}

Result<DeleteImpact> Dependents::impact(const TableShape& table, Id id, bool& asks,
                                        const QString& doing) const
{
    DeleteImpact impact;
    asks = false;
    for (const ImpactStep& step : impactPlan(table, m_database.dialect())) {
        Statement count(m_database, step.sql, doing);
        count.bind(1, id);
        Result<qint64> rows = count.scalar();
        if (!rows)
            return rows.error();
        impact.*step.counted += *rows;
        asks = asks || (step.asks && *rows > 0);
    }
    for (const Reference& ref : list()) {
        if (ref.parent != &table || ref.rule != DeleteRule::UnlinkKeepingOne)
            continue;
        const TableShape* far = farTable(ref);
        Statement alone(m_database, SqlBuilder(m_database.dialect()).onlyLinks(*ref.child, ref.column, *far),
                        doing);
        alone.bind(1, id);
        while (alone.next())
            impact.keptBy.append(alone.text(0));
        if (!alone.status())
            return alone.status().error();
    }
    return impact;
}

QString Dependents::keptRefusal(const TableShape& table, const DeleteImpact& impact)
{
    for (const Reference& ref : list()) {
        if (ref.parent == &table && ref.rule == DeleteRule::UnlinkKeepingOne)
            return QCoreApplication::translate("sd::ProgrammeStore", ref.keptRefusal)
                .arg(impact.keptBy.join(QStringLiteral(", ")));
    }
    return QString();
}

Result<qint64> Dependents::remove(const TableShape& table, Id id, const QString& doing) const
{
    qint64 removed = 0;
    for (const std::string& sql : deletePlan(table, m_database.dialect())) {
        Statement statement(m_database, sql, doing);
        statement.bind(1, id);
        if (Status ran = statement.run(); !ran)
            return ran.error();
        removed = statement.changes(); // the last statement deletes the record itself
    }
    return removed;
}

Result<QList<Id>> Dependents::referringIds(const Reference& ref, Id id, const QString& doing) const
{
    // A row keyed by the reference itself (an enrolment's evaluation answers) is named by it.
    const char* column = ref.child->generatedKey()         ? ref.child->generatedKey()
                         : ref.child->otherKey(ref.column) ? ref.child->otherKey(ref.column)
                                                           : ref.column;
    Statement select(
        m_database,
        SqlBuilder(m_database.dialect()).selectColumn(*ref.child, column, SqlBuilder::equals(ref.column)),
        doing);
    select.bind(1, id);
    QList<Id> ids;
    while (select.next())
        ids.append(select.integer(0));
    if (!select.status())
        return select.status().error();
    return ids;
}

Status Dependents::referAgain(const Reference& ref, Id id, const QList<Id>& ids, const QString& doing) const
{
    const TableShape& child = *ref.child;
    if (child.generatedKey()) {
        Statement point(m_database, SqlBuilder(m_database.dialect()).setColumn(child, ref.column), doing);
        for (Id row : ids) {
            point.bind(1, id).bind(2, row);
            if (Status ran = point.run(); !ran)
                return ran;
        }
        return {};
    }
    // A link table: its upsert keeps a link that is there already.
    Statement link(m_database, child.sql(m_database.dialect(), StatementKind::Upsert), doing);
    for (Id other : ids) {
        int position = 1;
        for (int index : child.bound(StatementKind::Upsert)) {
            const bool mine =
                std::strcmp(child.columns()[static_cast<std::size_t>(index)].name, ref.column) == 0;
            link.bind(position++, mine ? id : other);
        }
        if (Status ran = link.run(); !ran)
            return ran;
    }
    return {};
}

} // namespace sd
