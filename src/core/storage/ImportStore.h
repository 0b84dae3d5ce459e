#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <utility>

namespace sd {

class Database;

// The reads and writes of bulk entry — the importer, the duplicate finder and the merge — which
// work on many rows at once: every participant read in one query, and writes run per row inside the
// caller's transaction through statements the connection prepares once (storage/Statement), made
// from the table specs (storage/Tables). All SQL parameterised.
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImportStore)

public:
    explicit ImportStore(Database& database);

    Database& database() { return m_database; }

    // Every participant of the file, by id.
    Result<QList<Participant>> participants() const;
    // The enrolments of an activity: participant id -> enrolment id.
    Result<QHash<Id, Id>> enrolmentsByParticipant(Id activityId) const;
    // The attendance marks of an activity, keyed by (enrolment id, session id).
    using MarkKey = std::pair<Id, Id>;
    Result<QHash<MarkKey, AttendanceStatus>> marks(Id activityId) const;

    // ---- writes: the caller holds the transaction ----
    // Inserts with the record's id when it has one (redo), otherwise with a new id.
    Result<Id> insertInstitution(const Institution& institution);
    Result<Id> insertParticipant(const Participant& participant);
    // Writes the fields an import or a merge may fill: gender, institution, position, region, email, phone
    // and consent date.
    Status updateParticipantDetails(const Participant& participant);
    Result<Id> insertEnrolment(const Enrolment& enrolment);
    // Inserts a mark, or changes the status of the one already there.
    Status putMark(const AttendanceMark& mark);
    Status deleteMark(Id enrolmentId, Id sessionId);
    // Gives an enrolment (with its marks) to another participant.
    Status moveEnrolment(Id enrolmentId, Id participantId);
    // Deletes an enrolment and its marks; refused (ErrorKind::ChangedElsewhere: undo keeps the step)
    // when it has evaluation answers, which were entered by hand since.
    Status deleteEnrolment(Id enrolmentId);
    // Deletes a participant that has no enrolment left, and an institution nothing refers to.
    Status deleteParticipant(Id participantId);
    Status deleteInstitution(Id institutionId);

private:
    Database& m_database;
};

// The importer's writes of many rows, inside the caller's transaction: each statement prepared once,
// the rows sent together on a server (storage/Statement's WriteBatch), one by one on a file. Rows
// added for a new record get their id through done(id), in the order added, by finish() at the
// latest; a row that needs another's id waits for the finish() after that one.
class ImportWrites
{
public:
    ImportWrites(Database& database, std::function<void(qint64)> done);

    Status insertInstitution(const Institution& institution);
    Status insertParticipant(const Participant& participant);
    // As ImportStore::updateParticipantDetails; done(0).
    Status updateParticipantDetails(const Participant& participant);
    Status insertEnrolment(const Enrolment& enrolment);
    // As ImportStore::putMark; done(0).
    Status putMark(const AttendanceMark& mark);
    Status finish() { return m_batch.finish(); }

private:
    Database& m_database;
    Statement m_institution;
    Statement m_participant;
    Statement m_fill;
    Statement m_enrolment;
    Statement m_mark;
    WriteBatch m_batch;
};

} // namespace sd
