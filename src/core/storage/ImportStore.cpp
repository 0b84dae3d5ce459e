#include "storage/ImportStore.h"

#include "storage/Database.h"
#include "storage/References.h"
#include "storage/SqlBuilder.h"
#include "storage/StoreSupport.h"
#include "storage/TableRows.h"

#include <QCoreApplication>

namespace sd {

namespace {

Status done(const Result<qint64>& ran)
{
    return ran ? Status() : Status(ran.error());
}

} // namespace

ImportStore::ImportStore(Database& database)
    : m_database(database)
{
}

Result<QList<Participant>> ImportStore::participants() const
{
    // Read through SQLite's own API (storage/Statement): Qt Sql's QVariant per value would cost several
    // times the query itself on 100,000 participants, and the importer and the duplicate finder read
    // them all.
    Result<qint64> count =
        store::scalar(m_database, "SELECT count(*) FROM participant", tr("reading the participants"));
    if (!count)
        return count.error();
    const TableSpec<Participant>& spec = tableOf<Participant>();
    Statement read(m_database, spec.sql(m_database.dialect(), StatementKind::SelectAll),
                   tr("reading the participants"));
    QList<Participant> list;
    list.reserve(*count);
    while (read.next())
        list.append(spec.read(read));
    if (!read.status())
        return read.status().error();
    return list;
}

Result<QHash<Id, Id>> ImportStore::enrolmentsByParticipant(Id activityId) const
{
    Result<QList<Enrolment>> enrolled =
        rows::owned<Enrolment>(m_database, activityId, tr("reading an activity's enrolments"));
    if (!enrolled)
        return enrolled.error();
    QHash<Id, Id> enrolments;
    for (const Enrolment& enrolment : *enrolled)
        enrolments.insert(enrolment.participantId, enrolment.id);
    return enrolments;
}

Result<QHash<ImportStore::MarkKey, AttendanceStatus>> ImportStore::marks(Id activityId) const
{
    const Selector marked =
        through(reference(Ref::AttendanceEnrolment), referring(reference(Ref::EnrolmentActivity)));
    Result<QList<AttendanceMark>> list = rows::selected<AttendanceMark>(
        m_database, SqlBuilder(m_database.dialect()).select(tableOf<AttendanceMark>(), marked.condition),
        activityId, tr("reading an activity's attendance"));
    if (!list)
        return list.error();
    QHash<MarkKey, AttendanceStatus> marks;
    for (const AttendanceMark& mark : *list)
        marks.insert({mark.enrolmentId, mark.sessionId}, mark.status);
    return marks;
}

Result<Id> ImportStore::insertInstitution(const Institution& institution)
{
    return rows::insertKeepingId(m_database, institution, Writing::AsEntered, tr("adding an institution"));
}

Result<Id> ImportStore::insertParticipant(const Participant& participant)
{
    return rows::insertKeepingId(m_database, participant, Writing::AsEntered, tr("adding a participant"));
}

Status ImportStore::updateParticipantDetails(const Participant& participant)
{
    return done(rows::update(m_database, participant, Writing::AsEntered,
                             tr("filling in a participant's details"), StatementKind::UpdateFillable));
}

Result<Id> ImportStore::insertEnrolment(const Enrolment& enrolment)
{
    return rows::insertKeepingId(m_database, enrolment, Writing::AsStored, tr("enrolling a participant"));
}

Status ImportStore::putMark(const AttendanceMark& mark)
{
    return rows::upsert(m_database, mark, tr("marking attendance"));
}

Status ImportStore::deleteMark(Id enrolmentId, Id sessionId)
{
    return done(
        rows::remove(m_database, AttendanceMark{enrolmentId, sessionId}, tr("removing an attendance mark")));
}

Status ImportStore::moveEnrolment(Id enrolmentId, Id participantId)
{
    return Dependents(m_database)
        .referAgain(reference(Ref::EnrolmentParticipant), participantId, {enrolmentId},
                    tr("moving an enrolment"));
}

Status ImportStore::deleteEnrolment(Id enrolmentId)
{
    // Bulk work (an import undone, a merge combining two enrolments) must not take a person's
    // evaluation answers with it unseen: they were entered by hand in the evaluation sheet.
    Result<qint64> answered =
        store::scalar(m_database, "SELECT count(*) FROM evaluation WHERE enrolment_id = ?",
                      tr("checking an enrolment's evaluation answers"), enrolmentId);
    if (!answered)
        return answered.error();
    if (*answered > 0)
        return Error::changedElsewhere(
            tr("An enrolment was not removed: it holds evaluation answers. Clear them in the activity's "
               "evaluation sheet first, then try again."));
    return done(
        Dependents(m_database).remove(tableOf<Enrolment>(), enrolmentId, tr("removing an enrolment")));
}

Status ImportStore::deleteParticipant(Id participantId)
{
    return done(rows::removeId<Participant>(m_database, participantId, tr("removing a participant")));
}

Status ImportStore::deleteInstitution(Id institutionId)
{
    return done(rows::removeId<Institution>(m_database, institutionId, tr("removing an institution")));
}

ImportWrites::ImportWrites(Database& database, std::function<void(qint64)> done)
    : m_database(database)
    , m_institution(database, tableOf<Institution>().sql(database.dialect(), StatementKind::Insert),
                    ImportStore::tr("adding an institution"))
    , m_participant(database, tableOf<Participant>().sql(database.dialect(), StatementKind::Insert),
                    ImportStore::tr("adding a participant"))
    , m_fill(database, tableOf<Participant>().sql(database.dialect(), StatementKind::UpdateFillable),
             ImportStore::tr("filling in a participant's details"))
    , m_enrolment(database, tableOf<Enrolment>().sql(database.dialect(), StatementKind::Insert),
                  ImportStore::tr("enrolling a participant"))
    , m_mark(database, tableOf<AttendanceMark>().sql(database.dialect(), StatementKind::Upsert),
             ImportStore::tr("marking attendance"))
    , m_batch(database, std::move(done))
{
    // The rows are written without the lists a record may keep in link tables: these records keep none.
    Q_ASSERT(tableOf<Institution>().links().empty() && tableOf<Participant>().links().empty() &&
             tableOf<Enrolment>().links().empty() && tableOf<AttendanceMark>().links().empty());
}

Status ImportWrites::insertInstitution(const Institution& institution)
{
    tableOf<Institution>().bind(m_institution, institution, StatementKind::Insert, Writing::AsEntered);
    return m_batch.add(m_institution);
}

Status ImportWrites::insertParticipant(const Participant& participant)
{
    tableOf<Participant>().bind(m_participant, participant, StatementKind::Insert, Writing::AsEntered);
    return m_batch.add(m_participant);
}

Status ImportWrites::updateParticipantDetails(const Participant& participant)
{
    tableOf<Participant>().bind(m_fill, participant, StatementKind::UpdateFillable, Writing::AsEntered);
    return m_batch.add(m_fill);
}

Status ImportWrites::insertEnrolment(const Enrolment& enrolment)
{
    tableOf<Enrolment>().bind(m_enrolment, enrolment, StatementKind::Insert, Writing::AsStored);
    return m_batch.add(m_enrolment);
}

Status ImportWrites::putMark(const AttendanceMark& mark)
{
    tableOf<AttendanceMark>().bind(m_mark, mark, StatementKind::Upsert, Writing::AsStored);
    return m_batch.add(m_mark);
}

} // namespace sd
