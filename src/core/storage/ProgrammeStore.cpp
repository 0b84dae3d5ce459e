#include "storage/ProgrammeStore.h"

#include "domain/SearchText.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sd {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sd::ProgrammeStore", text, disambiguation, n);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QDate>());
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error validationError(const QString& what, const FieldErrors& errors)
{
    return Error::badInput(tr("The %1 was not saved: %2").arg(what, describe(errors)));
}

// A prepared statement on the store's connection with positional values.
class Statement
{
public:
    Statement(const Database& database, const QString& sql)
        : m_database(database)
        , m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    // A null QString would be bound as SQL NULL; text columns hold '' for "empty" instead.
    Statement& bind(const QVariant& value)
    {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.addBindValue(QString(QLatin1String("")));
        else
            m_query.addBindValue(value);
        return *this;
    }

    Status exec(const QString& doing)
    {
        if (!m_prepared || !m_query.exec())
            return m_database.errorFor(m_query, doing);
        return {};
    }

    QSqlQuery& query() { return m_query; }

private:
    const Database& m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
};

Result<qint64> scalar(const Database& database, const QString& sql, const QVariantList& values,
                      const QString& doing)
{
    Statement statement(database, sql);
    for (const QVariant& value : values)
        statement.bind(value);
    if (Status ran = statement.exec(doing); !ran)
        return ran.error();
    if (!statement.query().next())
        return qint64(0);
    return statement.query().value(0).toLongLong();
}

Project readProject(const QSqlQuery& q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.beneficiaryCountry = q.value(3).toString();
    p.startDate = toDate(q.value(4));
    p.endDate = toDate(q.value(5));
    p.summary = q.value(6).toString();
    p.resultsNarrative = q.value(7).toString();
    p.quotation = q.value(8).toString();
    return p;
}

const QString kProjectColumns = QStringLiteral(
    "id, code, title, beneficiary_country, start_date, end_date, summary, results_narrative, quotation");

Activity readActivity(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.projectId = q.value(1).toLongLong();
    a.code = q.value(2).toString();
    a.title = q.value(3).toString();
    a.type = fromCode<ActivityType>(q.value(4).toString()).value_or(ActivityType::Other);
    a.venueCity = q.value(5).toString();
    a.venueCountry = q.value(6).toString();
    a.startDate = toDate(q.value(7));
    a.endDate = toDate(q.value(8));
    a.status = fromCode<ActivityStatus>(q.value(9).toString()).value_or(ActivityStatus::Planned);
    a.description = q.value(10).toString();
    a.outputs = q.value(11).toString();
    a.illustrative = q.value(12).toBool();
    return a;
}

const QString kActivityColumns = QStringLiteral(
    "id, project_id, code, title, type, venue_city, venue_country, start_date, end_date, status, "
    "description, outputs, illustrative");

Institution readInstitution(const QSqlQuery& q)
{
    Institution i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.acronym = q.value(2).toString();
    i.type = fromCode<InstitutionType>(q.value(3).toString()).value_or(InstitutionType::Other);
    i.country = q.value(4).toString();
    i.parentId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    i.illustrative = q.value(6).toBool();
    return i;
}

const QString kInstitutionColumns =
    QStringLiteral("id, name, acronym, type, country, parent_id, illustrative");

Participant readParticipant(const QSqlQuery& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.givenNames = q.value(1).toString();
    p.familyNames = q.value(2).toString();
    p.gender = fromCode<Gender>(q.value(3).toString()).value_or(Gender::NotStated);
    p.institutionId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    p.position = q.value(5).toString();
    p.region = q.value(6).toString();
    p.email = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.consentDate = toDate(q.value(9));
    p.illustrative = q.value(10).toBool();
    return p;
}

const QString kParticipantColumns = QStringLiteral(
    "id, given_names, family_names, gender, institution_id, position, region, email, phone, consent_date, "
    "illustrative");

Expert readExpert(const QSqlQuery& q)
{
    Expert e;
    e.id = q.value(0).toLongLong();
    e.givenNames = q.value(1).toString();
    e.familyNames = q.value(2).toString();
    e.country = q.value(3).toString();
    e.institution = q.value(4).toString();
    e.expertise = q.value(5).toString();
    e.illustrative = q.value(6).toBool();
    return e;
}

const QString kExpertColumns =
    QStringLiteral("id, given_names, family_names, country, institution, expertise, illustrative");

} // namespace

ProgrammeStore::ProgrammeStore(Database& database)
    : m_database(database)
{
}

// ---- projects ---------------------------------------------------------------------------------

Result<Id> ProgrammeStore::addProject(const Project& project)
{
    if (FieldErrors errors = validate(project); !errors.isEmpty())
        return validationError(tr("project"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<qint64> taken = scalar(m_database, QStringLiteral("SELECT count(*) FROM project WHERE code = ?"),
                                  {project.code}, tr("checking the project code"));
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return validationError(
            tr("project"),
            {{QStringLiteral("code"), tr("Another project already has the code %1.").arg(project.code)}});
    Statement insert(
        m_database,
        QStringLiteral("INSERT INTO project (code, title, beneficiary_country, start_date, end_date, "
                       "summary, results_narrative, quotation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(project.code.trimmed())
        .bind(project.title.trimmed())
        .bind(project.beneficiaryCountry)
        .bind(dateValue(project.startDate))
        .bind(dateValue(project.endDate))
        .bind(project.summary)
        .bind(project.resultsNarrative)
        .bind(project.quotation);
    if (Status ran = insert.exec(tr("adding a project")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    for (Id institutionId : project.requestingInstitutionIds) {
        Statement link(m_database, QStringLiteral("INSERT INTO project_requesting_institution (project_id, "
                                                  "institution_id) VALUES (?, ?)"));
        link.bind(id).bind(institutionId);
        if (Status ran = link.exec(tr("linking a requesting institution")); !ran)
            return ran.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateProject(const Project& project)
{
    if (FieldErrors errors = validate(project); !errors.isEmpty())
        return validationError(tr("project"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<qint64> taken =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM project WHERE code = ? AND id <> ?"),
               {project.code, project.id}, tr("checking the project code"));
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return validationError(
            tr("project"),
            {{QStringLiteral("code"), tr("Another project already has the code %1.").arg(project.code)}});
    Result<qint64> outside =
        scalar(m_database,
               QStringLiteral(
                   "SELECT count(*) FROM activity WHERE project_id = ? AND (start_date < ? OR end_date > ?)"),
               {project.id, dateValue(project.startDate), dateValue(project.endDate)},
               tr("checking activity dates"));
    if (!outside)
        return outside.error();
    if (*outside > 0)
        return validationError(tr("project"), {{QStringLiteral("start_date"),
                                                tr("%n activity(ies) would fall outside the new time frame.",
                                                   nullptr, static_cast<int>(*outside))}});
    Statement update(m_database,
                     QStringLiteral("UPDATE project SET code = ?, title = ?, beneficiary_country = ?, "
                                    "start_date = ?, end_date = ?, summary = ?, results_narrative = ?, "
                                    "quotation = ? WHERE id = ?"));
    update.bind(project.code.trimmed())
        .bind(project.title.trimmed())
        .bind(project.beneficiaryCountry)
        .bind(dateValue(project.startDate))
        .bind(dateValue(project.endDate))
        .bind(project.summary)
        .bind(project.resultsNarrative)
        .bind(project.quotation)
        .bind(project.id);
    if (Status ran = update.exec(tr("changing a project")); !ran)
        return ran;
    Statement clear(m_database,
                    QStringLiteral("DELETE FROM project_requesting_institution WHERE project_id = ?"));
    clear.bind(project.id);
    if (Status ran = clear.exec(tr("changing a project")); !ran)
        return ran;
    for (Id institutionId : project.requestingInstitutionIds) {
        Statement link(m_database, QStringLiteral("INSERT INTO project_requesting_institution (project_id, "
                                                  "institution_id) VALUES (?, ?)"));
        link.bind(project.id).bind(institutionId);
        if (Status ran = link.exec(tr("linking a requesting institution")); !ran)
            return ran;
    }
    return transaction.commit();
}

namespace {

Result<QList<Id>> idList(const Database& database, const QString& sql, Id key, const QString& doing)
{
    Statement statement(database, sql);
    statement.bind(key);
    if (Status ran = statement.exec(doing); !ran)
        return ran.error();
    QList<Id> ids;
    while (statement.query().next())
        ids.append(statement.query().value(0).toLongLong());
    return ids;
}

} // namespace

Result<Project> ProgrammeStore::project(Id id) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT %1 FROM project WHERE id = ?").arg(kProjectColumns));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading a project")); !ran)
        return ran.error();
    if (!statement.query().next())
        return Error::notFound(tr("There is no project with id %1.").arg(id));
    Project project = readProject(statement.query());
    Result<QList<Id>> requesting = idList(
        m_database,
        QStringLiteral("SELECT institution_id FROM project_requesting_institution WHERE project_id = ? "
                       "ORDER BY institution_id"),
        id, tr("reading a project"));
    if (!requesting)
        return requesting.error();
    project.requestingInstitutionIds = *requesting;
    return project;
}

Result<Project> ProgrammeStore::projectByCode(const QString& code) const
{
    Result<qint64> id = scalar(m_database, QStringLiteral("SELECT id FROM project WHERE code = ?"), {code},
                               tr("finding a project"));
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::notFound(tr("There is no project with the code %1 in this file.").arg(code));
    return project(*id);
}

Result<QList<Project>> ProgrammeStore::projects() const
{
    Statement statement(m_database, QStringLiteral("SELECT id FROM project ORDER BY code"));
    if (Status ran = statement.exec(tr("listing projects")); !ran)
        return ran.error();
    QList<Id> ids;
    while (statement.query().next())
        ids.append(statement.query().value(0).toLongLong());
    QList<Project> list;
    for (Id id : ids) {
        Result<Project> one = project(id);
        if (!one)
            return one.error();
        list.append(*one);
    }
    return list;
}

// ---- components and objectives ----------------------------------------------------------------

Result<Id> ProgrammeStore::addComponent(const Component& component)
{
    if (FieldErrors errors = validate(component); !errors.isEmpty())
        return validationError(tr("component"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO component (project_id, number, title) VALUES (?, ?, ?)"));
    insert.bind(component.projectId).bind(component.number).bind(component.title.trimmed());
    if (Status ran = insert.exec(tr("adding a component")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateComponent(const Component& component)
{
    if (FieldErrors errors = validate(component); !errors.isEmpty())
        return validationError(tr("component"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement update(m_database, QStringLiteral("UPDATE component SET number = ?, title = ? WHERE id = ?"));
    update.bind(component.number).bind(component.title.trimmed()).bind(component.id);
    if (Status ran = update.exec(tr("changing a component")); !ran)
        return ran;
    return transaction.commit();
}

Result<QList<Component>> ProgrammeStore::components(Id projectId) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT id, project_id, number, title FROM component WHERE "
                                       "project_id = ? ORDER BY number"));
    statement.bind(projectId);
    if (Status ran = statement.exec(tr("listing components")); !ran)
        return ran.error();
    QList<Component> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()});
    return list;
}

namespace {

Status replaceLinks(const Database& database, const QString& table, const QString& ownerColumn,
                    const QString& otherColumn, Id owner, const QList<Id>& others, const QString& doing)
{
    // table and column names come from the callers below, never from input.
    Statement clear(database, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn));
    clear.bind(owner);
    if (Status ran = clear.exec(doing); !ran)
        return ran;
    for (Id other : others) {
        Statement link(
            database,
            QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(table, ownerColumn, otherColumn));
        link.bind(owner).bind(other);
        if (Status ran = link.exec(doing); !ran)
            return ran;
    }
    return {};
}

} // namespace

Result<Id> ProgrammeStore::addObjective(const Objective& objective)
{
    if (FieldErrors errors = validate(objective); !errors.isEmpty())
        return validationError(tr("objective"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Statement insert(
        m_database, QStringLiteral("INSERT INTO objective (project_id, number, statement) VALUES (?, ?, ?)"));
    insert.bind(objective.projectId).bind(objective.number).bind(objective.statement.trimmed());
    if (Status ran = insert.exec(tr("adding an objective")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status linked = replaceLinks(m_database, QStringLiteral("objective_component"),
                                     QStringLiteral("objective_id"), QStringLiteral("component_id"), id,
                                     objective.componentIds, tr("linking an objective to its components"));
        !linked)
        return linked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateObjective(const Objective& objective)
{
    if (FieldErrors errors = validate(objective); !errors.isEmpty())
        return validationError(tr("objective"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement update(m_database,
                     QStringLiteral("UPDATE objective SET number = ?, statement = ? WHERE id = ?"));
    update.bind(objective.number).bind(objective.statement.trimmed()).bind(objective.id);
    if (Status ran = update.exec(tr("changing an objective")); !ran)
        return ran;
    if (Status linked =
            replaceLinks(m_database, QStringLiteral("objective_component"), QStringLiteral("objective_id"),
                         QStringLiteral("component_id"), objective.id, objective.componentIds,
                         tr("linking an objective to its components"));
        !linked)
        return linked;
    return transaction.commit();
}

Result<QList<Objective>> ProgrammeStore::objectives(Id projectId) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT id, project_id, number, statement FROM objective WHERE "
                                       "project_id = ? ORDER BY number"));
    statement.bind(projectId);
    if (Status ran = statement.exec(tr("listing objectives")); !ran)
        return ran.error();
    QList<Objective> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append({q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     q.value(2).toInt(),
                     q.value(3).toString(),
                     {}});
    for (Objective& objective : list) {
        Result<QList<Id>> ids = idList(
            m_database,
            QStringLiteral(
                "SELECT component_id FROM objective_component WHERE objective_id = ? ORDER BY component_id"),
            objective.id, tr("listing objectives"));
        if (!ids)
            return ids.error();
        objective.componentIds = *ids;
    }
    return list;
}

// ---- institutions -----------------------------------------------------------------------------

namespace {

Status checkInstitution(const Database& database, const Institution& institution)
{
    FieldErrors errors = validate(institution);
    Result<qint64> taken = scalar(
        database, QStringLiteral("SELECT count(*) FROM institution WHERE lower(name) = lower(?) AND id <> ?"),
        {institution.name.trimmed(), institution.id},
        QCoreApplication::translate("sd::ProgrammeStore", "checking the name"));
    if (!taken)
        return taken.error();
    if (*taken > 0)
        errors.append(
            {QStringLiteral("name"),
             QCoreApplication::translate("sd::ProgrammeStore", "Another institution has this name.")});
    // A parent chain must not come back to the institution itself.
    if (institution.id > 0 && institution.parentId > 0) {
        Result<qint64> cycle =
            scalar(database,
                   QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT "
                                  "i.parent_id FROM institution i JOIN up ON i.id = up.id "
                                  "WHERE i.parent_id IS NOT NULL) SELECT count(*) FROM up "
                                  "WHERE id = ?"),
                   {institution.parentId, institution.id},
                   QCoreApplication::translate("sd::ProgrammeStore", "checking the parent"));
        if (!cycle)
            return cycle.error();
        if (*cycle > 0)
            errors.append({QStringLiteral("parent_id"),
                           QCoreApplication::translate(
                               "sd::ProgrammeStore", "The parent institution sits under this one already.")});
    }
    if (!errors.isEmpty())
        return validationError(QCoreApplication::translate("sd::ProgrammeStore", "institution"), errors);
    return {};
}

} // namespace

Result<Id> ProgrammeStore::addInstitution(const Institution& institution)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status valid = checkInstitution(m_database, institution); !valid)
        return valid.error();
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO institution (name, acronym, type, country, parent_id, "
                                    "illustrative) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(institution.name.trimmed())
        .bind(institution.acronym.trimmed())
        .bind(toCode(institution.type))
        .bind(institution.country)
        .bind(idOrNull(institution.parentId))
        .bind(institution.illustrative ? 1 : 0);
    if (Status ran = insert.exec(tr("adding an institution")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateInstitution(const Institution& institution)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status valid = checkInstitution(m_database, institution); !valid)
        return valid;
    Statement update(m_database,
                     QStringLiteral("UPDATE institution SET name = ?, acronym = ?, type = ?, country = ?, "
                                    "parent_id = ?, illustrative = ? WHERE id = ?"));
    update.bind(institution.name.trimmed())
        .bind(institution.acronym.trimmed())
        .bind(toCode(institution.type))
        .bind(institution.country)
        .bind(idOrNull(institution.parentId))
        .bind(institution.illustrative ? 1 : 0)
        .bind(institution.id);
    if (Status ran = update.exec(tr("changing an institution")); !ran)
        return ran;
    return transaction.commit();
}

Result<Institution> ProgrammeStore::institution(Id id) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT %1 FROM institution WHERE id = ?").arg(kInstitutionColumns));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading an institution")); !ran)
        return ran.error();
    if (!statement.query().next())
        return Error::notFound(tr("There is no institution with id %1.").arg(id));
    return readInstitution(statement.query());
}

Result<QList<Institution>> ProgrammeStore::institutions() const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT %1 FROM institution ORDER BY name").arg(kInstitutionColumns));
    if (Status ran = statement.exec(tr("listing institutions")); !ran)
        return ran.error();
    QList<Institution> list;
    while (statement.query().next())
        list.append(readInstitution(statement.query()));
    return list;
}

// ---- activities -------------------------------------------------------------------------------

namespace {

Status checkActivity(const ProgrammeStore& store, const Database& database, const Activity& activity,
                     const QList<Session>& sessions)
{
    FieldErrors errors = validate(activity);
    if (activity.projectId > 0) {
        Result<Project> project = store.project(activity.projectId);
        if (!project)
            return project.error();
        errors += validateWithinProject(activity, *project);
        Result<qint64> taken = scalar(
            database,
            QStringLiteral("SELECT count(*) FROM activity WHERE project_id = ? AND code = ? AND id <> ?"),
            {activity.projectId, activity.code.trimmed(), activity.id},
            QCoreApplication::translate("sd::ProgrammeStore", "checking the activity code"));
        if (!taken)
            return taken.error();
        if (*taken > 0)
            errors.append({QStringLiteral("code"),
                           QCoreApplication::translate("sd::ProgrammeStore",
                                                       "Another activity of this project has the code %1.")
                               .arg(activity.code.trimmed())});
        for (Id componentId : activity.componentIds) {
            Result<qint64> owned = scalar(
                database, QStringLiteral("SELECT count(*) FROM component WHERE id = ? AND project_id = ?"),
                {componentId, activity.projectId},
                QCoreApplication::translate("sd::ProgrammeStore", "checking the components"));
            if (!owned)
                return owned.error();
            if (*owned == 0)
                errors.append(
                    {QStringLiteral("components"),
                     QCoreApplication::translate("sd::ProgrammeStore",
                                                 "A chosen component does not belong to this project.")});
        }
    }
    if (activity.startDate.isValid() && activity.endDate.isValid())
        errors += validateSessions(sessions, activity);
    if (!errors.isEmpty())
        return validationError(QCoreApplication::translate("sd::ProgrammeStore", "activity"), errors);
    return {};
}

void bindActivity(Statement& statement, const Activity& activity)
{
    statement.bind(activity.code.trimmed())
        .bind(activity.title.trimmed())
        .bind(toCode(activity.type))
        .bind(activity.venueCity)
        .bind(activity.venueCountry)
        .bind(dateValue(activity.startDate))
        .bind(dateValue(activity.endDate))
        .bind(toCode(activity.status))
        .bind(activity.description)
        .bind(activity.outputs)
        .bind(activity.illustrative ? 1 : 0);
}

Status insertSession(const Database& database, Id activityId, const Session& session)
{
    Statement insert(database,
                     QStringLiteral("INSERT INTO session (activity_id, date, part) VALUES (?, ?, ?)"));
    insert.bind(activityId).bind(dateValue(session.date)).bind(toCode(session.part));
    return insert.exec(QCoreApplication::translate("sd::ProgrammeStore", "adding a session"));
}

} // namespace

Result<Id> ProgrammeStore::addActivity(const Activity& activity, const QList<Session>& sessions)
{
    const QList<Session> planned =
        sessions.isEmpty() ? defaultSessions(activity.startDate, activity.endDate) : sessions;
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status valid = checkActivity(*this, m_database, activity, planned); !valid)
        return valid.error();
    Statement insert(
        m_database,
        QStringLiteral("INSERT INTO activity (code, title, type, venue_city, venue_country, start_date, "
                       "end_date, status, description, outputs, illustrative, project_id) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindActivity(insert, activity);
    insert.bind(activity.projectId);
    if (Status ran = insert.exec(tr("adding an activity")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status linked = replaceLinks(m_database, QStringLiteral("activity_component"),
                                     QStringLiteral("activity_id"), QStringLiteral("component_id"), id,
                                     activity.componentIds, tr("linking an activity to its components"));
        !linked)
        return linked.error();
    for (const Session& session : planned) {
        if (Status ran = insertSession(m_database, id, session); !ran)
            return ran.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateActivity(const Activity& activity, const QList<Session>& sessions)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<Activity> stored = this->activity(activity.id);
    if (!stored)
        return stored.error();
    Activity changed = activity;
    changed.projectId = stored->projectId; // an activity does not move between projects
    if (Status valid = checkActivity(*this, m_database, changed, sessions); !valid)
        return valid;
    Statement update(m_database,
                     QStringLiteral("UPDATE activity SET code = ?, title = ?, type = ?, venue_city = ?, "
                                    "venue_country = ?, start_date = ?, end_date = ?, status = ?, "
                                    "description = ?, outputs = ?, illustrative = ? WHERE id = ?"));
    bindActivity(update, changed);
    update.bind(changed.id);
    if (Status ran = update.exec(tr("changing an activity")); !ran)
        return ran;
    if (Status linked =
            replaceLinks(m_database, QStringLiteral("activity_component"), QStringLiteral("activity_id"),
                         QStringLiteral("component_id"), changed.id, changed.componentIds,
                         tr("linking an activity to its components"));
        !linked)
        return linked;

    Result<QList<Session>> existing = this->sessions(changed.id);
    if (!existing)
        return existing.error();
    QList<Id> kept;
    for (const Session& session : sessions) {
        if (session.id > 0)
            kept.append(session.id);
    }
    for (const Session& old : *existing) {
        if (kept.contains(old.id))
            continue;
        Result<qint64> marks =
            scalar(m_database, QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = ?"),
                   {old.id}, tr("checking a session's marks"));
        if (!marks)
            return marks.error();
        if (*marks > 0)
            return Error::conflict(
                tr("The session of %1 has %n attendance mark(s); remove the marks first or keep "
                   "the session.",
                   nullptr, static_cast<int>(*marks))
                    .arg(QLocale().toString(old.date, QLocale::ShortFormat)));
        Statement remove(m_database, QStringLiteral("DELETE FROM session WHERE id = ?"));
        remove.bind(old.id);
        if (Status ran = remove.exec(tr("removing a session")); !ran)
            return ran;
    }
    for (const Session& session : sessions) {
        if (session.id > 0) {
            Statement move(
                m_database,
                QStringLiteral("UPDATE session SET date = ?, part = ? WHERE id = ? AND activity_id = ?"));
            move.bind(dateValue(session.date)).bind(toCode(session.part)).bind(session.id).bind(changed.id);
            if (Status ran = move.exec(tr("changing a session")); !ran)
                return ran;
        } else if (Status ran = insertSession(m_database, changed.id, session); !ran) {
            return ran;
        }
    }
    return transaction.commit();
}

Result<Activity> ProgrammeStore::activity(Id id) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT %1 FROM activity WHERE id = ?").arg(kActivityColumns));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading an activity")); !ran)
        return ran.error();
    if (!statement.query().next())
        return Error::notFound(tr("There is no activity with id %1.").arg(id));
    Activity activity = readActivity(statement.query());
    Result<QList<Id>> components =
        idList(m_database,
               QStringLiteral(
                   "SELECT component_id FROM activity_component WHERE activity_id = ? ORDER BY component_id"),
               id, tr("reading an activity"));
    if (!components)
        return components.error();
    activity.componentIds = *components;
    return activity;
}

Result<Activity> ProgrammeStore::activityByCode(Id projectId, const QString& code) const
{
    Result<qint64> id =
        scalar(m_database, QStringLiteral("SELECT id FROM activity WHERE project_id = ? AND code = ?"),
               {projectId, code.trimmed()}, tr("finding an activity"));
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::notFound(tr("There is no activity with the code %1 in this project.").arg(code));
    return activity(*id);
}

Result<QList<Activity>> ProgrammeStore::activities(Id projectId) const
{
    Statement statement(m_database, QStringLiteral("SELECT id FROM activity WHERE project_id = ?"));
    statement.bind(projectId);
    if (Status ran = statement.exec(tr("listing activities")); !ran)
        return ran.error();
    QList<Id> ids;
    while (statement.query().next())
        ids.append(statement.query().value(0).toLongLong());
    QList<Activity> list;
    for (Id id : ids) {
        Result<Activity> one = activity(id);
        if (!one)
            return one.error();
        list.append(*one);
    }
    // Codes sort as numbers part by part: 1, 2.1, 2.2, 3, …, 10.
    std::sort(list.begin(), list.end(), [](const Activity& a, const Activity& b) {
        const QStringList left = a.code.split(QLatin1Char('.'));
        const QStringList right = b.code.split(QLatin1Char('.'));
        for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
            bool leftNumber = false;
            bool rightNumber = false;
            const int l = left[i].toInt(&leftNumber);
            const int r = right[i].toInt(&rightNumber);
            if (leftNumber && rightNumber && l != r)
                return l < r;
            if (!(leftNumber && rightNumber) && left[i] != right[i])
                return left[i] < right[i];
        }
        return left.size() < right.size();
    });
    return list;
}

Result<QList<Session>> ProgrammeStore::sessions(Id activityId) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT id, activity_id, date, part FROM session WHERE activity_id "
                                       "= ? ORDER BY date, CASE part WHEN 'afternoon' THEN 1 ELSE 0 END"));
    statement.bind(activityId);
    if (Status ran = statement.exec(tr("listing sessions")); !ran)
        return ran.error();
    QList<Session> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), toDate(q.value(2)),
                     fromCode<SessionPart>(q.value(3).toString()).value_or(SessionPart::FullDay)});
    return list;
}

// ---- participants -----------------------------------------------------------------------------

namespace {

void bindParticipant(Statement& statement, const Participant& p)
{
    statement.bind(p.givenNames.trimmed())
        .bind(p.familyNames.trimmed())
        .bind(toCode(p.gender))
        .bind(idOrNull(p.institutionId))
        .bind(p.position.trimmed())
        .bind(p.region.trimmed())
        .bind(p.email.trimmed())
        .bind(p.phone.trimmed())
        .bind(dateValue(p.consentDate))
        .bind(p.illustrative ? 1 : 0);
}

} // namespace

Result<Id> ProgrammeStore::addParticipant(const Participant& participant)
{
    if (FieldErrors errors = validate(participant); !errors.isEmpty())
        return validationError(tr("participant"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Statement insert(
        m_database,
        QStringLiteral("INSERT INTO participant (given_names, family_names, gender, institution_id, "
                       "position, region, email, phone, consent_date, illustrative) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"));
    bindParticipant(insert, participant);
    if (Status ran = insert.exec(tr("adding a participant")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateParticipant(const Participant& participant)
{
    if (FieldErrors errors = validate(participant); !errors.isEmpty())
        return validationError(tr("participant"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement update(m_database,
                     QStringLiteral("UPDATE participant SET given_names = ?, family_names = ?, gender = ?, "
                                    "institution_id = ?, position = ?, region = ?, email = ?, phone = ?, "
                                    "consent_date = ?, illustrative = ? WHERE id = ?"));
    bindParticipant(update, participant);
    update.bind(participant.id);
    if (Status ran = update.exec(tr("changing a participant")); !ran)
        return ran;
    if (update.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no participant with id %1.").arg(participant.id));
    return transaction.commit();
}

Result<Participant> ProgrammeStore::participant(Id id) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT %1 FROM participant WHERE id = ?").arg(kParticipantColumns));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading a participant")); !ran)
        return ran.error();
    if (!statement.query().next())
        return Error::notFound(tr("There is no participant with id %1.").arg(id));
    return readParticipant(statement.query());
}

// ---- experts ----------------------------------------------------------------------------------

Result<Id> ProgrammeStore::addExpert(const Expert& expert)
{
    if (FieldErrors errors = validate(expert); !errors.isEmpty())
        return validationError(tr("expert"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO expert (given_names, family_names, country, institution, "
                                    "expertise, illustrative) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(expert.givenNames.trimmed())
        .bind(expert.familyNames.trimmed())
        .bind(expert.country.trimmed())
        .bind(expert.institution.trimmed())
        .bind(expert.expertise.trimmed())
        .bind(expert.illustrative ? 1 : 0);
    if (Status ran = insert.exec(tr("adding an expert")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeStore::updateExpert(const Expert& expert)
{
    if (FieldErrors errors = validate(expert); !errors.isEmpty())
        return validationError(tr("expert"), errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement update(m_database,
                     QStringLiteral("UPDATE expert SET given_names = ?, family_names = ?, country = ?, "
                                    "institution = ?, expertise = ?, illustrative = ? WHERE id = ?"));
    update.bind(expert.givenNames.trimmed())
        .bind(expert.familyNames.trimmed())
        .bind(expert.country.trimmed())
        .bind(expert.institution.trimmed())
        .bind(expert.expertise.trimmed())
        .bind(expert.illustrative ? 1 : 0)
        .bind(expert.id);
    if (Status ran = update.exec(tr("changing an expert")); !ran)
        return ran;
    return transaction.commit();
}

Result<Expert> ProgrammeStore::expert(Id id) const
{
    Statement statement(m_database, QStringLiteral("SELECT %1 FROM expert WHERE id = ?").arg(kExpertColumns));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading an expert")); !ran)
        return ran.error();
    if (!statement.query().next())
        return Error::notFound(tr("There is no expert with id %1.").arg(id));
    return readExpert(statement.query());
}

Result<QList<Expert>> ProgrammeStore::experts() const
{
    Statement statement(
        m_database,
        QStringLiteral("SELECT %1 FROM expert ORDER BY family_names, given_names").arg(kExpertColumns));
    if (Status ran = statement.exec(tr("listing experts")); !ran)
        return ran.error();
    QList<Expert> list;
    while (statement.query().next())
        list.append(readExpert(statement.query()));
    return list;
}

Status ProgrammeStore::setActivityExperts(Id activityId, const QList<ActivityExpert>& experts)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement clear(m_database, QStringLiteral("DELETE FROM activity_expert WHERE activity_id = ?"));
    clear.bind(activityId);
    if (Status ran = clear.exec(tr("changing an activity's experts")); !ran)
        return ran;
    for (const ActivityExpert& assignment : experts) {
        Statement insert(
            m_database,
            QStringLiteral("INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)"));
        insert.bind(activityId).bind(assignment.expertId).bind(toCode(assignment.role));
        if (Status ran = insert.exec(tr("changing an activity's experts")); !ran)
            return ran;
    }
    return transaction.commit();
}

Result<QList<ActivityExpert>> ProgrammeStore::activityExperts(Id activityId) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT ae.expert_id, ae.role FROM activity_expert ae JOIN expert e "
                                       "ON e.id = ae.expert_id WHERE ae.activity_id = ? ORDER BY CASE "
                                       "ae.role WHEN 'lead_expert' THEN 0 WHEN 'expert' THEN 1 ELSE 2 END, "
                                       "e.family_names"));
    statement.bind(activityId);
    if (Status ran = statement.exec(tr("listing an activity's experts")); !ran)
        return ran.error();
    QList<ActivityExpert> list;
    while (statement.query().next())
        list.append(
            {statement.query().value(0).toLongLong(),
             fromCode<ExpertRole>(statement.query().value(1).toString()).value_or(ExpertRole::Expert)});
    return list;
}

// ---- enrolment and attendance -----------------------------------------------------------------

Result<Id> ProgrammeStore::enrol(Id activityId, Id participantId)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<qint64> existing = scalar(
        m_database, QStringLiteral("SELECT id FROM enrolment WHERE activity_id = ? AND participant_id = ?"),
        {activityId, participantId}, tr("checking an enrolment"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::conflict(tr("This participant is already enrolled in this activity."));
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO enrolment (activity_id, participant_id) VALUES (?, ?)"));
    insert.bind(activityId).bind(participantId);
    if (Status ran = insert.exec(tr("enrolling a participant")); !ran)
        return ran.error();
    const Id id = insert.query().lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<Enrolment>> ProgrammeStore::enrolments(Id activityId) const
{
    Statement statement(
        m_database,
        QStringLiteral(
            "SELECT id, activity_id, participant_id FROM enrolment WHERE activity_id = ? ORDER BY id"));
    statement.bind(activityId);
    if (Status ran = statement.exec(tr("listing enrolments")); !ran)
        return ran.error();
    QList<Enrolment> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return list;
}

Status ProgrammeStore::setAttendance(const QList<MarkChange>& changes)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    // Both statements are prepared once for the whole batch.
    Statement upsert(m_database,
                     QStringLiteral("INSERT INTO attendance (enrolment_id, session_id, status) "
                                    "SELECT e.id, s.id, ? FROM enrolment e JOIN session s ON s.activity_id "
                                    "= e.activity_id WHERE e.id = ? AND s.id = ? "
                                    "ON CONFLICT (enrolment_id, session_id) DO UPDATE SET status = "
                                    "excluded.status"));
    Statement clear(m_database,
                    QStringLiteral("DELETE FROM attendance WHERE enrolment_id = ? AND session_id = ?"));
    for (const MarkChange& change : changes) {
        if (change.status) {
            QSqlQuery& q = upsert.query();
            q.bindValue(0, toCode(*change.status));
            q.bindValue(1, change.enrolmentId);
            q.bindValue(2, change.sessionId);
            if (!q.exec())
                return m_database.errorFor(q, tr("recording attendance"));
            if (q.numRowsAffected() == 0)
                return Error::badInput(
                    tr("The attendance mark was not saved: session %1 does not belong to the "
                       "activity of enrolment %2.")
                        .arg(change.sessionId)
                        .arg(change.enrolmentId));
        } else {
            QSqlQuery& q = clear.query();
            q.bindValue(0, change.enrolmentId);
            q.bindValue(1, change.sessionId);
            if (!q.exec())
                return m_database.errorFor(q, tr("clearing attendance"));
        }
    }
    return transaction.commit();
}

Result<QList<AttendanceMark>> ProgrammeStore::attendance(Id activityId) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT a.enrolment_id, a.session_id, a.status FROM attendance a "
                                       "JOIN enrolment e ON e.id = a.enrolment_id WHERE e.activity_id = ?"));
    statement.bind(activityId);
    if (Status ran = statement.exec(tr("reading attendance")); !ran)
        return ran.error();
    QList<AttendanceMark> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                     fromCode<AttendanceStatus>(q.value(2).toString()).value_or(AttendanceStatus::Absent)});
    return list;
}

// ---- deletes ----------------------------------------------------------------------------------

Result<DeleteImpact> ProgrammeStore::participantDeleteImpact(Id id) const
{
    DeleteImpact impact;
    Result<qint64> enrolments =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM enrolment WHERE participant_id = ?"), {id},
               tr("checking what refers to a participant"));
    if (!enrolments)
        return enrolments.error();
    Result<qint64> marks =
        scalar(m_database,
               QStringLiteral("SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = "
                              "a.enrolment_id WHERE e.participant_id = ?"),
               {id}, tr("checking what refers to a participant"));
    if (!marks)
        return marks.error();
    impact.enrolments = *enrolments;
    impact.attendanceMarks = *marks;
    return impact;
}

Status ProgrammeStore::deleteParticipant(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<DeleteImpact> impact = participantDeleteImpact(id);
    if (!impact)
        return impact.error();
    if (!impact->isEmpty() && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The participant was not deleted: %1 enrolment(s) and %2 attendance mark(s) refer "
               "to them. Delete those too, or keep the participant.")
                .arg(impact->enrolments)
                .arg(impact->attendanceMarks));
    const QStringList statements{
        QStringLiteral("DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE "
                       "participant_id = ?)"),
        QStringLiteral("DELETE FROM enrolment WHERE participant_id = ?"),
        QStringLiteral("DELETE FROM participant WHERE id = ?"),
    };
    for (const QString& sql : statements) {
        Statement remove(m_database, sql);
        remove.bind(id);
        if (Status ran = remove.exec(tr("deleting a participant")); !ran)
            return ran;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // A deleted person's bytes are overwritten in the file (secure_delete); empty the log as well.
    m_database.truncateWriteAheadLog();
    return {};
}

Result<DeleteImpact> ProgrammeStore::activityDeleteImpact(Id id) const
{
    DeleteImpact impact;
    const QString doing = tr("checking what refers to an activity");
    Result<qint64> enrolments = scalar(
        m_database, QStringLiteral("SELECT count(*) FROM enrolment WHERE activity_id = ?"), {id}, doing);
    Result<qint64> marks =
        scalar(m_database,
               QStringLiteral("SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = "
                              "a.enrolment_id WHERE e.activity_id = ?"),
               {id}, doing);
    Result<qint64> sessions =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM session WHERE activity_id = ?"), {id}, doing);
    if (!enrolments)
        return enrolments.error();
    if (!marks)
        return marks.error();
    if (!sessions)
        return sessions.error();
    impact.enrolments = *enrolments;
    impact.attendanceMarks = *marks;
    impact.sessions = *sessions;
    return impact;
}

Status ProgrammeStore::deleteActivity(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<DeleteImpact> impact = activityDeleteImpact(id);
    if (!impact)
        return impact.error();
    if ((impact->enrolments > 0 || impact->attendanceMarks > 0) && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The activity was not deleted: it has %1 enrolment(s) and %2 attendance mark(s). "
               "Delete those too, or keep the activity.")
                .arg(impact->enrolments)
                .arg(impact->attendanceMarks));
    const QStringList statements{
        QStringLiteral(
            "DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id = ?)"),
        QStringLiteral("DELETE FROM enrolment WHERE activity_id = ?"),
        QStringLiteral("DELETE FROM session WHERE activity_id = ?"),
        QStringLiteral("DELETE FROM activity WHERE id = ?"),
    };
    for (const QString& sql : statements) {
        Statement remove(m_database, sql);
        remove.bind(id);
        if (Status ran = remove.exec(tr("deleting an activity")); !ran)
            return ran;
    }
    return transaction.commit();
}

Status ProgrammeStore::unenrol(Id enrolmentId, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<qint64> marks =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM attendance WHERE enrolment_id = ?"),
               {enrolmentId}, tr("checking an enrolment's marks"));
    if (!marks)
        return marks.error();
    if (*marks > 0 && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The enrolment was not removed: it has %1 attendance mark(s).").arg(*marks));
    for (const QString& sql : {QStringLiteral("DELETE FROM attendance WHERE enrolment_id = ?"),
                               QStringLiteral("DELETE FROM enrolment WHERE id = ?")}) {
        Statement remove(m_database, sql);
        remove.bind(enrolmentId);
        if (Status ran = remove.exec(tr("removing an enrolment")); !ran)
            return ran;
    }
    return transaction.commit();
}

// ---- counts and change log --------------------------------------------------------------------

Result<RecordCounts> ProgrammeStore::counts(Id projectId) const
{
    // Table names come from this fixed list, never from input.
    struct Count
    {
        qint64 RecordCounts::*field;
        const char* sql;
    };
    static const Count queries[] = {
        {&RecordCounts::objectives, "SELECT count(*) FROM objective WHERE project_id = ?"},
        {&RecordCounts::components, "SELECT count(*) FROM component WHERE project_id = ?"},
        {&RecordCounts::activities, "SELECT count(*) FROM activity WHERE project_id = ?"},
        {&RecordCounts::sessions,
         "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id WHERE a.project_id = ?"},
        {&RecordCounts::experts,
         "SELECT count(DISTINCT ae.expert_id) FROM activity_expert ae JOIN activity a ON a.id "
         "= ae.activity_id WHERE a.project_id = ?"},
        {&RecordCounts::enrolments,
         "SELECT count(*) FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE a.project_id = ?"},
        {&RecordCounts::attendanceMarks,
         "SELECT count(*) FROM attendance t JOIN enrolment e ON e.id = t.enrolment_id "
         "JOIN activity a ON a.id = e.activity_id WHERE a.project_id = ?"},
        {&RecordCounts::participants,
         "SELECT count(DISTINCT e.participant_id) FROM enrolment e JOIN activity a ON "
         "a.id = e.activity_id WHERE a.project_id = ?"},
    };
    RecordCounts counts;
    for (const Count& query : queries) {
        Result<qint64> value =
            scalar(m_database, QString::fromLatin1(query.sql), {projectId}, tr("counting records"));
        if (!value)
            return value.error();
        counts.*query.field = *value;
    }
    return counts;
}

Result<ProgrammeStore::FileCounts> ProgrammeStore::fileCounts() const
{
    struct Count
    {
        qint64 FileCounts::*field;
        const char* sql;
    };
    static const Count queries[] = {
        {&FileCounts::projects, "SELECT count(*) FROM project"},
        {&FileCounts::institutions, "SELECT count(*) FROM institution"},
        {&FileCounts::participants, "SELECT count(*) FROM participant"},
        {&FileCounts::experts, "SELECT count(*) FROM expert"},
    };
    FileCounts counts;
    for (const Count& query : queries) {
        Result<qint64> value = scalar(m_database, QString::fromLatin1(query.sql), {}, tr("counting records"));
        if (!value)
            return value.error();
        counts.*query.field = *value;
    }
    return counts;
}

Status ProgrammeStore::logChange(const QString& kind, const QString& description)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement insert(
        m_database,
        QStringLiteral("INSERT INTO change_log (changed_at, kind, description) VALUES (?, ?, ?)"));
    insert.bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(kind).bind(description);
    if (Status ran = insert.exec(tr("logging a change")); !ran)
        return ran;
    return transaction.commit();
}

Result<QString> ProgrammeStore::lastChange() const
{
    Statement statement(
        m_database,
        QStringLiteral("SELECT changed_at, description FROM change_log ORDER BY id DESC LIMIT 1"));
    if (Status ran = statement.exec(tr("reading the change log")); !ran)
        return ran.error();
    if (!statement.query().next())
        return QString();
    const QDateTime at =
        QDateTime::fromString(statement.query().value(0).toString(), Qt::ISODate).toLocalTime();
    return tr("%1, %2").arg(statement.query().value(1).toString(),
                            QLocale().toString(at, QLocale::ShortFormat));
}

} // namespace sd

// ---- the window's reads: the attendance sheet, participant search, single records ----------

namespace sd {
namespace {

bool foldedLess(const QString& leftFamily, const QString& leftGiven, const QString& rightFamily,
                const QString& rightGiven)
{
    // Sorted as a reader expects, "Álvarez" beside "Alvarez", not after "Zúñiga" as SQLite's BINARY order
    // puts it.
    const int family = QString::compare(foldForSearch(leftFamily), foldForSearch(rightFamily));
    if (family != 0)
        return family < 0;
    return QString::compare(foldForSearch(leftGiven), foldForSearch(rightGiven)) < 0;
}

// A LIKE pattern that finds the folded text whatever accents the stored names carry: each letter
// that may carry an accent in Spanish, Portuguese or French names matches any one character; the
// candidates are then checked exactly on their folded text.
QString accentTolerantPattern(const QString& folded)
{
    static const QString accentable = QStringLiteral("aeiouncy");
    QString pattern = QStringLiteral("%");
    for (const QChar c : folded) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            pattern.append(QLatin1Char('\\'));
            pattern.append(c);
        } else if (accentable.contains(c)) {
            pattern.append(QLatin1Char('_'));
        } else {
            pattern.append(c);
        }
    }
    pattern.append(QLatin1Char('%'));
    return pattern;
}

} // namespace

Result<QList<ProgrammeStore::EnrolledParticipant>> ProgrammeStore::enrolledParticipants(Id activityId) const
{
    Statement statement(
        m_database, QStringLiteral("SELECT e.id, p.id, p.family_names, p.given_names, "
                                   "COALESCE(NULLIF(i.acronym, ''), i.name, ''), p.region FROM enrolment e "
                                   "JOIN participant p ON p.id = e.participant_id LEFT JOIN institution i ON "
                                   "i.id = p.institution_id WHERE e.activity_id = ?"));
    statement.bind(activityId);
    if (Status ran = statement.exec(tr("reading an activity's participants")); !ran)
        return ran.error();
    QList<EnrolledParticipant> list;
    QSqlQuery& q = statement.query();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    std::sort(list.begin(), list.end(), [](const EnrolledParticipant& a, const EnrolledParticipant& b) {
        return foldedLess(a.familyNames, a.givenNames, b.familyNames, b.givenNames);
    });
    return list;
}

Result<QList<ProgrammeStore::ParticipantMatch>>
ProgrammeStore::participantsNotEnrolled(Id activityId, const QString& text, int limit) const
{
    const QString folded = foldForSearch(text.simplified());
    const QString pattern = accentTolerantPattern(folded);
    // Accent-tolerant patterns let through some near misses, so more candidates are read than shown.
    const int candidates = folded.isEmpty() ? limit : limit * 5;
    Statement statement(
        m_database,
        QStringLiteral(
            "SELECT p.id, p.family_names, p.given_names, COALESCE(NULLIF(i.acronym, ''), i.name, ''), "
            "COALESCE(i.name, '') FROM participant p LEFT JOIN institution i ON i.id = p.institution_id "
            "WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.activity_id = ? AND e.participant_id = "
            "p.id) AND (? = '' OR (p.family_names || ' ' || p.given_names) LIKE ? ESCAPE '\\' OR "
            "(p.given_names || ' ' || p.family_names) LIKE ? ESCAPE '\\' OR COALESCE(i.name, '') LIKE ? "
            "ESCAPE '\\' OR COALESCE(i.acronym, '') LIKE ? ESCAPE '\\') "
            "ORDER BY p.family_names, p.given_names, p.id LIMIT ?"));
    statement.bind(activityId)
        .bind(folded)
        .bind(pattern)
        .bind(pattern)
        .bind(pattern)
        .bind(pattern)
        .bind(candidates);
    if (Status ran = statement.exec(tr("searching participants")); !ran)
        return ran.error();
    QList<ParticipantMatch> list;
    QSqlQuery& q = statement.query();
    while (q.next() && list.size() < limit) {
        ParticipantMatch match{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()};
        if (!folded.isEmpty()) {
            const QString haystack =
                foldForSearch(match.familyNames + QLatin1Char(' ') + match.givenNames + QLatin1Char('\n') +
                              match.givenNames + QLatin1Char(' ') + match.familyNames + QLatin1Char('\n') +
                              q.value(4).toString() + QLatin1Char('\n') + match.institution);
            if (!haystack.contains(folded))
                continue;
        }
        list.append(match);
    }
    std::sort(list.begin(), list.end(), [](const ParticipantMatch& a, const ParticipantMatch& b) {
        return foldedLess(a.familyNames, a.givenNames, b.familyNames, b.givenNames);
    });
    return list;
}

Result<Objective> ProgrammeStore::objective(Id id) const
{
    Statement statement(
        m_database, QStringLiteral("SELECT id, project_id, number, statement FROM objective WHERE id = ?"));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading an objective")); !ran)
        return ran.error();
    QSqlQuery& q = statement.query();
    if (!q.next())
        return Error::notFound(tr("There is no objective with id %1.").arg(id));
    Objective objective{
        q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(), {}};
    Result<QList<Id>> components = idList(
        m_database,
        QStringLiteral(
            "SELECT component_id FROM objective_component WHERE objective_id = ? ORDER BY component_id"),
        id, tr("reading an objective"));
    if (!components)
        return components.error();
    objective.componentIds = *components;
    return objective;
}

Result<Component> ProgrammeStore::component(Id id) const
{
    Statement statement(m_database,
                        QStringLiteral("SELECT id, project_id, number, title FROM component WHERE id = ?"));
    statement.bind(id);
    if (Status ran = statement.exec(tr("reading a component")); !ran)
        return ran.error();
    QSqlQuery& q = statement.query();
    if (!q.next())
        return Error::notFound(tr("There is no component with id %1.").arg(id));
    return Component{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     q.value(3).toString()};
}

// ---- restore (undo) ---------------------------------------------------------------------------
// Undo and redo write back snapshots read before a change. They skip the validation of add and
// update: a snapshot is a state the file has already held. Foreign keys still hold every write.

namespace {

// Reads enrolments (id, activity_id, participant_id) and their marks selected by one key.
Status readEnrolled(const Database& database, const QString& enrolmentSql, const QString& markSql, Id key,
                    ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = QCoreApplication::translate("sd::ProgrammeStore", "reading enrolments");
    Statement enrolments(database, enrolmentSql);
    enrolments.bind(key);
    if (Status ran = enrolments.exec(doing); !ran)
        return ran;
    while (enrolments.query().next()) {
        const QSqlQuery& q = enrolments.query();
        snapshot.enrolments.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    Statement marks(database, markSql);
    marks.bind(key);
    if (Status ran = marks.exec(doing); !ran)
        return ran;
    while (marks.query().next()) {
        const QSqlQuery& q = marks.query();
        snapshot.marks.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(),
             fromCode<AttendanceStatus>(q.value(2).toString()).value_or(AttendanceStatus::Absent)});
    }
    return {};
}

// Inserts enrolments and marks with their ids; the caller holds the transaction.
Status insertEnrolled(const Database& database, const ProgrammeStore::EnrolmentSnapshot& snapshot)
{
    const QString doing = QCoreApplication::translate("sd::ProgrammeStore", "restoring enrolments");
    Statement enrol(
        database, QStringLiteral("INSERT INTO enrolment (id, activity_id, participant_id) VALUES (?, ?, ?)"));
    for (const Enrolment& enrolment : snapshot.enrolments) {
        QSqlQuery& q = enrol.query();
        q.bindValue(0, enrolment.id);
        q.bindValue(1, enrolment.activityId);
        q.bindValue(2, enrolment.participantId);
        if (!q.exec())
            return database.errorFor(q, doing);
    }
    Statement mark(
        database, QStringLiteral("INSERT INTO attendance (enrolment_id, session_id, status) VALUES (?, ?, ?) "
                                 "ON CONFLICT (enrolment_id, session_id) DO UPDATE SET status = "
                                 "excluded.status"));
    for (const AttendanceMark& attendance : snapshot.marks) {
        QSqlQuery& q = mark.query();
        q.bindValue(0, attendance.enrolmentId);
        q.bindValue(1, attendance.sessionId);
        q.bindValue(2, toCode(attendance.status));
        if (!q.exec())
            return database.errorFor(q, doing);
    }
    return {};
}

// Runs statements that each take the same one id, in order.
Status runEach(const Database& database, const QStringList& statements, Id id, const QString& doing)
{
    for (const QString& sql : statements) {
        Statement statement(database, sql);
        statement.bind(id);
        if (Status ran = statement.exec(doing); !ran)
            return ran;
    }
    return {};
}

} // namespace

Result<ProgrammeStore::EnrolmentSnapshot>
ProgrammeStore::enrolmentSnapshot(const QList<Id>& enrolmentIds) const
{
    EnrolmentSnapshot snapshot;
    for (Id id : enrolmentIds) {
        if (Status read = readEnrolled(
                m_database,
                QStringLiteral("SELECT id, activity_id, participant_id FROM enrolment WHERE id = ?"),
                QStringLiteral(
                    "SELECT enrolment_id, session_id, status FROM attendance WHERE enrolment_id = ?"),
                id, snapshot);
            !read)
            return read.error();
    }
    return snapshot;
}

Result<ProgrammeStore::ActivitySnapshot> ProgrammeStore::activitySnapshot(Id id, SnapshotDepth depth) const
{
    ActivitySnapshot snapshot;
    Result<Activity> activity = this->activity(id);
    if (!activity)
        return activity.error();
    snapshot.activity = *activity;
    Result<QList<Session>> sessions = this->sessions(id);
    if (!sessions)
        return sessions.error();
    snapshot.sessions = *sessions;
    Result<QList<ActivityExpert>> experts = activityExperts(id);
    if (!experts)
        return experts.error();
    snapshot.experts = *experts;
    if (depth == SnapshotDepth::WithDependents) {
        if (Status read = readEnrolled(
                m_database,
                QStringLiteral("SELECT id, activity_id, participant_id FROM enrolment WHERE "
                               "activity_id = ? ORDER BY id"),
                QStringLiteral("SELECT a.enrolment_id, a.session_id, a.status FROM attendance a "
                               "JOIN enrolment e ON e.id = a.enrolment_id WHERE e.activity_id = ?"),
                id, snapshot.enrolled);
            !read)
            return read.error();
    }
    return snapshot;
}

Result<ProgrammeStore::ParticipantSnapshot> ProgrammeStore::participantSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    ParticipantSnapshot snapshot;
    Result<Participant> participant = this->participant(id);
    if (!participant)
        return participant.error();
    snapshot.participant = *participant;
    if (depth == SnapshotDepth::WithDependents) {
        if (Status read =
                readEnrolled(m_database,
                             QStringLiteral("SELECT id, activity_id, participant_id FROM enrolment WHERE "
                                            "participant_id = ? ORDER BY id"),
                             QStringLiteral("SELECT a.enrolment_id, a.session_id, a.status FROM attendance a "
                                            "JOIN enrolment e ON e.id = a.enrolment_id WHERE "
                                            "e.participant_id = ?"),
                             id, snapshot.enrolled);
            !read)
            return read.error();
    }
    return snapshot;
}

Result<ProgrammeStore::ExpertSnapshot> ProgrammeStore::expertSnapshot(Id id, SnapshotDepth depth) const
{
    ExpertSnapshot snapshot;
    Result<Expert> expert = this->expert(id);
    if (!expert)
        return expert.error();
    snapshot.expert = *expert;
    if (depth == SnapshotDepth::WithDependents) {
        Statement statement(m_database,
                            QStringLiteral("SELECT activity_id, role FROM activity_expert WHERE expert_id "
                                           "= ? ORDER BY activity_id"));
        statement.bind(id);
        if (Status ran = statement.exec(tr("reading an expert's activities")); !ran)
            return ran.error();
        while (statement.query().next())
            snapshot.assignments.append(
                {statement.query().value(0).toLongLong(),
                 fromCode<ExpertRole>(statement.query().value(1).toString()).value_or(ExpertRole::Expert)});
    }
    return snapshot;
}

Result<ProgrammeStore::InstitutionSnapshot> ProgrammeStore::institutionSnapshot(Id id,
                                                                                SnapshotDepth depth) const
{
    InstitutionSnapshot snapshot;
    Result<Institution> institution = this->institution(id);
    if (!institution)
        return institution.error();
    snapshot.institution = *institution;
    if (depth == SnapshotDepth::WithDependents) {
        const QString doing = tr("reading what refers to an institution");
        Result<QList<Id>> participants = idList(
            m_database, QStringLiteral("SELECT id FROM participant WHERE institution_id = ? ORDER BY id"), id,
            doing);
        Result<QList<Id>> children =
            idList(m_database, QStringLiteral("SELECT id FROM institution WHERE parent_id = ? ORDER BY id"),
                   id, doing);
        Result<QList<Id>> projects =
            idList(m_database,
                   QStringLiteral("SELECT project_id FROM project_requesting_institution "
                                  "WHERE institution_id = ? ORDER BY project_id"),
                   id, doing);
        if (!participants)
            return participants.error();
        if (!children)
            return children.error();
        if (!projects)
            return projects.error();
        snapshot.participantIds = *participants;
        snapshot.childIds = *children;
        snapshot.requestingProjectIds = *projects;
    }
    return snapshot;
}

Result<ProgrammeStore::ComponentSnapshot> ProgrammeStore::componentSnapshot(Id id, SnapshotDepth depth) const
{
    ComponentSnapshot snapshot;
    Result<Component> component = this->component(id);
    if (!component)
        return component.error();
    snapshot.component = *component;
    if (depth == SnapshotDepth::WithDependents) {
        const QString doing = tr("reading what refers to a component");
        Result<QList<Id>> activities = idList(
            m_database,
            QStringLiteral(
                "SELECT activity_id FROM activity_component WHERE component_id = ? ORDER BY activity_id"),
            id, doing);
        Result<QList<Id>> objectives = idList(
            m_database,
            QStringLiteral(
                "SELECT objective_id FROM objective_component WHERE component_id = ? ORDER BY objective_id"),
            id, doing);
        if (!activities)
            return activities.error();
        if (!objectives)
            return objectives.error();
        snapshot.activityIds = *activities;
        snapshot.objectiveIds = *objectives;
    }
    return snapshot;
}

Result<ProgrammeStore::ProjectSnapshot> ProgrammeStore::projectSnapshot(Id id, SnapshotDepth depth) const
{
    ProjectSnapshot snapshot;
    Result<Project> project = this->project(id);
    if (!project)
        return project.error();
    snapshot.project = *project;
    if (depth == SnapshotDepth::Record)
        return snapshot;
    Result<QList<Component>> components = this->components(id);
    if (!components)
        return components.error();
    for (const Component& component : *components) {
        Result<ComponentSnapshot> one = componentSnapshot(component.id, SnapshotDepth::WithDependents);
        if (!one)
            return one.error();
        snapshot.components.append(*one);
    }
    Result<QList<Objective>> objectives = this->objectives(id);
    if (!objectives)
        return objectives.error();
    snapshot.objectives = *objectives;
    Result<QList<Id>> activityIds =
        idList(m_database, QStringLiteral("SELECT id FROM activity WHERE project_id = ? ORDER BY id"), id,
               tr("reading a project's activities"));
    if (!activityIds)
        return activityIds.error();
    for (Id activityId : *activityIds) {
        Result<ActivitySnapshot> one = activitySnapshot(activityId, SnapshotDepth::WithDependents);
        if (!one)
            return one.error();
        snapshot.activities.append(*one);
    }
    return snapshot;
}

Status ProgrammeStore::restoreEnrolments(const EnrolmentSnapshot& snapshot)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status inserted = insertEnrolled(m_database, snapshot); !inserted)
        return inserted;
    return transaction.commit();
}

Status ProgrammeStore::restoreActivity(const ActivitySnapshot& snapshot)
{
    const Activity& activity = snapshot.activity;
    const QString doing = tr("restoring an activity");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(
        m_database,
        QStringLiteral("INSERT INTO activity (code, title, type, venue_city, venue_country, start_date, "
                       "end_date, status, description, outputs, illustrative, project_id, id) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = "
                       "excluded.code, title = excluded.title, type = excluded.type, venue_city = "
                       "excluded.venue_city, venue_country = excluded.venue_country, start_date = "
                       "excluded.start_date, end_date = excluded.end_date, status = excluded.status, "
                       "description = excluded.description, outputs = excluded.outputs, illustrative = "
                       "excluded.illustrative"));
    bindActivity(upsert, activity);
    upsert.bind(activity.projectId).bind(activity.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    if (Status linked =
            replaceLinks(m_database, QStringLiteral("activity_component"), QStringLiteral("activity_id"),
                         QStringLiteral("component_id"), activity.id, activity.componentIds, doing);
        !linked)
        return linked;

    // Sessions the snapshot does not hold were added by the change being undone; they carry no
    // marks by now, since the changes that marked them were undone first.
    Result<QList<Session>> existing = sessions(activity.id);
    if (!existing)
        return existing.error();
    for (const Session& old : *existing) {
        const bool kept = std::any_of(snapshot.sessions.begin(), snapshot.sessions.end(),
                                      [&old](const Session& session) { return session.id == old.id; });
        if (kept)
            continue;
        Statement remove(m_database, QStringLiteral("DELETE FROM session WHERE id = ?"));
        remove.bind(old.id);
        if (Status ran = remove.exec(doing); !ran)
            return ran;
    }
    for (const Session& session : snapshot.sessions) {
        Statement put(m_database,
                      QStringLiteral("INSERT INTO session (id, activity_id, date, part) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET date = excluded.date, part = "
                                     "excluded.part"));
        put.bind(session.id).bind(activity.id).bind(dateValue(session.date)).bind(toCode(session.part));
        if (Status ran = put.exec(doing); !ran)
            return ran;
    }

    if (Status ran =
            runEach(m_database, {QStringLiteral("DELETE FROM activity_expert WHERE activity_id = ?")},
                    activity.id, doing);
        !ran)
        return ran;
    for (const ActivityExpert& assignment : snapshot.experts) {
        Statement insert(
            m_database,
            QStringLiteral("INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)"));
        insert.bind(activity.id).bind(assignment.expertId).bind(toCode(assignment.role));
        if (Status ran = insert.exec(doing); !ran)
            return ran;
    }
    if (Status inserted = insertEnrolled(m_database, snapshot.enrolled); !inserted)
        return inserted;
    return transaction.commit();
}

Status ProgrammeStore::restoreParticipant(const ParticipantSnapshot& snapshot)
{
    const Participant& participant = snapshot.participant;
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(
        m_database,
        QStringLiteral("INSERT INTO participant (given_names, family_names, gender, institution_id, "
                       "position, region, email, phone, consent_date, illustrative, id) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET given_names = "
                       "excluded.given_names, family_names = excluded.family_names, gender = "
                       "excluded.gender, institution_id = excluded.institution_id, position = "
                       "excluded.position, region = excluded.region, email = excluded.email, phone = "
                       "excluded.phone, consent_date = excluded.consent_date, illustrative = "
                       "excluded.illustrative"));
    bindParticipant(upsert, participant);
    upsert.bind(participant.id);
    if (Status ran = upsert.exec(tr("restoring a participant")); !ran)
        return ran;
    if (Status inserted = insertEnrolled(m_database, snapshot.enrolled); !inserted)
        return inserted;
    return transaction.commit();
}

Status ProgrammeStore::restoreExpert(const ExpertSnapshot& snapshot)
{
    const Expert& expert = snapshot.expert;
    const QString doing = tr("restoring an expert");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(
        m_database,
        QStringLiteral("INSERT INTO expert (given_names, family_names, country, institution, expertise, "
                       "illustrative, id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "given_names = excluded.given_names, family_names = excluded.family_names, country "
                       "= excluded.country, institution = excluded.institution, expertise = "
                       "excluded.expertise, illustrative = excluded.illustrative"));
    upsert.bind(expert.givenNames)
        .bind(expert.familyNames)
        .bind(expert.country)
        .bind(expert.institution)
        .bind(expert.expertise)
        .bind(expert.illustrative ? 1 : 0)
        .bind(expert.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    for (const ExpertAssignment& assignment : snapshot.assignments) {
        Statement insert(m_database,
                         QStringLiteral("INSERT INTO activity_expert (activity_id, expert_id, role) VALUES "
                                        "(?, ?, ?) ON CONFLICT (activity_id, expert_id) DO UPDATE SET "
                                        "role = excluded.role"));
        insert.bind(assignment.activityId).bind(expert.id).bind(toCode(assignment.role));
        if (Status ran = insert.exec(doing); !ran)
            return ran;
    }
    return transaction.commit();
}

Status ProgrammeStore::restoreInstitution(const InstitutionSnapshot& snapshot)
{
    const Institution& institution = snapshot.institution;
    const QString doing = tr("restoring an institution");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(
        m_database,
        QStringLiteral("INSERT INTO institution (name, acronym, type, country, parent_id, illustrative, id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                       "acronym = excluded.acronym, type = excluded.type, country = excluded.country, "
                       "parent_id = excluded.parent_id, illustrative = excluded.illustrative"));
    upsert.bind(institution.name)
        .bind(institution.acronym)
        .bind(toCode(institution.type))
        .bind(institution.country)
        .bind(idOrNull(institution.parentId))
        .bind(institution.illustrative ? 1 : 0)
        .bind(institution.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    Statement member(m_database, QStringLiteral("UPDATE participant SET institution_id = ? WHERE id = ?"));
    for (Id participantId : snapshot.participantIds) {
        QSqlQuery& q = member.query();
        q.bindValue(0, institution.id);
        q.bindValue(1, participantId);
        if (!q.exec())
            return m_database.errorFor(q, doing);
    }
    Statement child(m_database, QStringLiteral("UPDATE institution SET parent_id = ? WHERE id = ?"));
    for (Id childId : snapshot.childIds) {
        QSqlQuery& q = child.query();
        q.bindValue(0, institution.id);
        q.bindValue(1, childId);
        if (!q.exec())
            return m_database.errorFor(q, doing);
    }
    for (Id projectId : snapshot.requestingProjectIds) {
        Statement link(m_database, QStringLiteral("INSERT INTO project_requesting_institution (project_id, "
                                                  "institution_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        link.bind(projectId).bind(institution.id);
        if (Status ran = link.exec(doing); !ran)
            return ran;
    }
    return transaction.commit();
}

Status ProgrammeStore::restoreObjective(const Objective& objective)
{
    const QString doing = tr("restoring an objective");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(m_database,
                     QStringLiteral("INSERT INTO objective (project_id, number, statement, id) VALUES (?, ?, "
                                    "?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, "
                                    "statement = excluded.statement"));
    upsert.bind(objective.projectId).bind(objective.number).bind(objective.statement).bind(objective.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    if (Status linked =
            replaceLinks(m_database, QStringLiteral("objective_component"), QStringLiteral("objective_id"),
                         QStringLiteral("component_id"), objective.id, objective.componentIds, doing);
        !linked)
        return linked;
    return transaction.commit();
}

Status ProgrammeStore::restoreComponent(const ComponentSnapshot& snapshot)
{
    const Component& component = snapshot.component;
    const QString doing = tr("restoring a component");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(m_database,
                     QStringLiteral("INSERT INTO component (project_id, number, title, id) VALUES (?, ?, ?, "
                                    "?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = "
                                    "excluded.title"));
    upsert.bind(component.projectId).bind(component.number).bind(component.title).bind(component.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    for (Id activityId : snapshot.activityIds) {
        Statement link(m_database,
                       QStringLiteral("INSERT INTO activity_component (activity_id, component_id) VALUES "
                                      "(?, ?) ON CONFLICT DO NOTHING"));
        link.bind(activityId).bind(component.id);
        if (Status ran = link.exec(doing); !ran)
            return ran;
    }
    for (Id objectiveId : snapshot.objectiveIds) {
        Statement link(m_database,
                       QStringLiteral("INSERT INTO objective_component (objective_id, component_id) VALUES "
                                      "(?, ?) ON CONFLICT DO NOTHING"));
        link.bind(objectiveId).bind(component.id);
        if (Status ran = link.exec(doing); !ran)
            return ran;
    }
    return transaction.commit();
}

Status ProgrammeStore::restoreProject(const ProjectSnapshot& snapshot)
{
    const Project& project = snapshot.project;
    const QString doing = tr("restoring a project");
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Statement upsert(
        m_database,
        QStringLiteral("INSERT INTO project (code, title, beneficiary_country, start_date, end_date, "
                       "summary, results_narrative, quotation, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                       "CONFLICT (id) DO UPDATE SET code = excluded.code, title = excluded.title, "
                       "beneficiary_country = excluded.beneficiary_country, start_date = "
                       "excluded.start_date, end_date = excluded.end_date, summary = excluded.summary, "
                       "results_narrative = excluded.results_narrative, quotation = excluded.quotation"));
    upsert.bind(project.code)
        .bind(project.title)
        .bind(project.beneficiaryCountry)
        .bind(dateValue(project.startDate))
        .bind(dateValue(project.endDate))
        .bind(project.summary)
        .bind(project.resultsNarrative)
        .bind(project.quotation)
        .bind(project.id);
    if (Status ran = upsert.exec(doing); !ran)
        return ran;
    if (Status linked = replaceLinks(m_database, QStringLiteral("project_requesting_institution"),
                                     QStringLiteral("project_id"), QStringLiteral("institution_id"),
                                     project.id, project.requestingInstitutionIds, doing);
        !linked)
        return linked;
    // Components first: objectives and activities link to them.
    for (const ComponentSnapshot& component : snapshot.components) {
        ComponentSnapshot alone = component;
        alone.activityIds.clear();
        alone.objectiveIds.clear();
        if (Status restored = restoreComponent(alone); !restored)
            return restored;
    }
    for (const Objective& objective : snapshot.objectives) {
        if (Status restored = restoreObjective(objective); !restored)
            return restored;
    }
    for (const ActivitySnapshot& activity : snapshot.activities) {
        if (Status restored = restoreActivity(activity); !restored)
            return restored;
    }
    return transaction.commit();
}

// ---- deletes the core had no delete for -------------------------------------------------------

Result<DeleteImpact> ProgrammeStore::projectDeleteImpact(Id id) const
{
    const QString doing = tr("checking what a project holds");
    DeleteImpact impact;
    struct Count
    {
        qint64 DeleteImpact::*field;
        const char* sql;
    };
    // Fixed statements, never built from input.
    static const Count queries[] = {
        {&DeleteImpact::activities, "SELECT count(*) FROM activity WHERE project_id = ?"},
        {&DeleteImpact::sessions,
         "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id WHERE a.project_id = ?"},
        {&DeleteImpact::enrolments,
         "SELECT count(*) FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE a.project_id = ?"},
        {&DeleteImpact::attendanceMarks,
         "SELECT count(*) FROM attendance t JOIN enrolment e ON e.id = t.enrolment_id "
         "JOIN activity a ON a.id = e.activity_id WHERE a.project_id = ?"},
    };
    for (const Count& query : queries) {
        Result<qint64> value = scalar(m_database, QString::fromLatin1(query.sql), {id}, doing);
        if (!value)
            return value.error();
        impact.*query.field = *value;
    }
    return impact;
}

Status ProgrammeStore::deleteProject(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<DeleteImpact> impact = projectDeleteImpact(id);
    if (!impact)
        return impact.error();
    if (impact->activities > 0 && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The project was not deleted: it has %1 activity(ies). Delete those too, or keep "
               "the project.")
                .arg(impact->activities));
    const QString inProject = QStringLiteral("(SELECT id FROM activity WHERE project_id = ?)");
    const QStringList statements{
        QStringLiteral(
            "DELETE FROM attendance WHERE enrolment_id IN (SELECT id FROM enrolment WHERE activity_id IN %1)")
            .arg(inProject),
        QStringLiteral("DELETE FROM enrolment WHERE activity_id IN %1").arg(inProject),
        QStringLiteral("DELETE FROM session WHERE activity_id IN %1").arg(inProject),
        QStringLiteral("DELETE FROM activity_expert WHERE activity_id IN %1").arg(inProject),
        QStringLiteral("DELETE FROM activity_component WHERE activity_id IN %1").arg(inProject),
        QStringLiteral("DELETE FROM activity WHERE project_id = ?"),
        QStringLiteral(
            "DELETE FROM objective_component WHERE objective_id IN (SELECT id FROM objective WHERE "
            "project_id = ?)"),
        QStringLiteral("DELETE FROM objective WHERE project_id = ?"),
        QStringLiteral("DELETE FROM component WHERE project_id = ?"),
        QStringLiteral("DELETE FROM project_requesting_institution WHERE project_id = ?"),
    };
    if (Status ran = runEach(m_database, statements, id, tr("deleting a project")); !ran)
        return ran;
    Statement remove(m_database, QStringLiteral("DELETE FROM project WHERE id = ?"));
    remove.bind(id);
    if (Status ran = remove.exec(tr("deleting a project")); !ran)
        return ran;
    if (remove.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no project with id %1.").arg(id));
    return transaction.commit();
}

Status ProgrammeStore::deleteObjective(Id id)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status ran =
            runEach(m_database, {QStringLiteral("DELETE FROM objective_component WHERE objective_id = ?")},
                    id, tr("deleting an objective"));
        !ran)
        return ran;
    Statement remove(m_database, QStringLiteral("DELETE FROM objective WHERE id = ?"));
    remove.bind(id);
    if (Status ran = remove.exec(tr("deleting an objective")); !ran)
        return ran;
    if (remove.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no objective with id %1.").arg(id));
    return transaction.commit();
}

Result<DeleteImpact> ProgrammeStore::componentDeleteImpact(Id id) const
{
    DeleteImpact impact;
    Result<qint64> activities =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM activity_component WHERE component_id = ?"),
               {id}, tr("checking what refers to a component"));
    if (!activities)
        return activities.error();
    impact.activities = *activities;
    return impact;
}

Status ProgrammeStore::deleteComponent(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    // An activity must keep one component at least, so its component alone is never taken away.
    Statement alone(
        m_database,
        QStringLiteral("SELECT a.code FROM activity_component ac JOIN activity a ON a.id = ac.activity_id "
                       "WHERE ac.component_id = ? AND NOT EXISTS (SELECT 1 FROM activity_component o WHERE "
                       "o.activity_id = ac.activity_id AND o.component_id <> ac.component_id) ORDER BY "
                       "a.code"));
    alone.bind(id);
    if (Status ran = alone.exec(tr("checking what refers to a component")); !ran)
        return ran;
    QStringList codes;
    while (alone.query().next())
        codes.append(alone.query().value(0).toString());
    if (!codes.isEmpty())
        return Error::conflict(
            tr("The component was not deleted: activity(ies) %1 belong to no other component. Give "
               "them another component first.")
                .arg(codes.join(QStringLiteral(", "))));
    Result<DeleteImpact> impact = componentDeleteImpact(id);
    if (!impact)
        return impact.error();
    if (impact->activities > 0 && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The component was not deleted: %1 activity(ies) belong to it.").arg(impact->activities));
    if (Status ran = runEach(m_database,
                             {QStringLiteral("DELETE FROM activity_component WHERE component_id = ?"),
                              QStringLiteral("DELETE FROM objective_component WHERE component_id = ?")},
                             id, tr("deleting a component"));
        !ran)
        return ran;
    Statement remove(m_database, QStringLiteral("DELETE FROM component WHERE id = ?"));
    remove.bind(id);
    if (Status ran = remove.exec(tr("deleting a component")); !ran)
        return ran;
    if (remove.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no component with id %1.").arg(id));
    return transaction.commit();
}

Result<DeleteImpact> ProgrammeStore::expertDeleteImpact(Id id) const
{
    DeleteImpact impact;
    Result<qint64> activities =
        scalar(m_database, QStringLiteral("SELECT count(*) FROM activity_expert WHERE expert_id = ?"), {id},
               tr("checking what refers to an expert"));
    if (!activities)
        return activities.error();
    impact.activities = *activities;
    return impact;
}

Status ProgrammeStore::deleteExpert(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<DeleteImpact> impact = expertDeleteImpact(id);
    if (!impact)
        return impact.error();
    if (impact->activities > 0 && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The expert was not deleted: they take part in %1 activity(ies). Remove them from "
               "those activities first, or keep the expert.")
                .arg(impact->activities));
    if (Status ran = runEach(m_database, {QStringLiteral("DELETE FROM activity_expert WHERE expert_id = ?")},
                             id, tr("deleting an expert"));
        !ran)
        return ran;
    Statement remove(m_database, QStringLiteral("DELETE FROM expert WHERE id = ?"));
    remove.bind(id);
    if (Status ran = remove.exec(tr("deleting an expert")); !ran)
        return ran;
    if (remove.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no expert with id %1.").arg(id));
    return transaction.commit();
}

Result<DeleteImpact> ProgrammeStore::institutionDeleteImpact(Id id) const
{
    const QString doing = tr("checking what refers to an institution");
    DeleteImpact impact;
    Result<qint64> participants = scalar(
        m_database, QStringLiteral("SELECT count(*) FROM participant WHERE institution_id = ?"), {id}, doing);
    Result<qint64> children = scalar(
        m_database, QStringLiteral("SELECT count(*) FROM institution WHERE parent_id = ?"), {id}, doing);
    Result<qint64> projects =
        scalar(m_database,
               QStringLiteral("SELECT count(*) FROM project_requesting_institution WHERE institution_id = ?"),
               {id}, doing);
    if (!participants)
        return participants.error();
    if (!children)
        return children.error();
    if (!projects)
        return projects.error();
    impact.participants = *participants;
    impact.institutions = *children;
    impact.projects = *projects;
    return impact;
}

Status ProgrammeStore::deleteInstitution(Id id, DeleteMode mode)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Result<DeleteImpact> impact = institutionDeleteImpact(id);
    if (!impact)
        return impact.error();
    if (!impact->isEmpty() && mode == DeleteMode::RefuseIfReferenced)
        return Error::conflict(
            tr("The institution was not deleted: %1 participant(s), %2 institution(s) under it and "
               "%3 project(s) refer to it.")
                .arg(impact->participants)
                .arg(impact->institutions)
                .arg(impact->projects));
    if (Status ran =
            runEach(m_database,
                    {QStringLiteral("UPDATE participant SET institution_id = NULL WHERE institution_id = ?"),
                     QStringLiteral("UPDATE institution SET parent_id = NULL WHERE parent_id = ?"),
                     QStringLiteral("DELETE FROM project_requesting_institution WHERE institution_id = ?")},
                    id, tr("deleting an institution"));
        !ran)
        return ran;
    Statement remove(m_database, QStringLiteral("DELETE FROM institution WHERE id = ?"));
    remove.bind(id);
    if (Status ran = remove.exec(tr("deleting an institution")); !ran)
        return ran;
    if (remove.query().numRowsAffected() == 0)
        return Error::notFound(tr("There is no institution with id %1.").arg(id));
    return transaction.commit();
}

} // namespace sd
