#include "import/ParticipantMerge.h"

#include "storage/BulkWorkLock.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <utility>

namespace sd {

namespace {

// Fills the empty fields of `kept` from `other`; returns the codes of the fields filled.
QStringList fillFrom(Participant& kept, const Participant& other)
{
    QStringList filled;
    if (kept.gender == Gender::NotStated && other.gender != Gender::NotStated) {
        kept.gender = other.gender;
        filled.append(QStringLiteral("gender"));
    }
    if (kept.institutionId == 0 && other.institutionId != 0) {
        kept.institutionId = other.institutionId;
        filled.append(QStringLiteral("institution"));
    }
    const auto text = [&](QString Participant::*member, const char* code) {
        if ((kept.*member).trimmed().isEmpty() && !(other.*member).trimmed().isEmpty()) {
            kept.*member = other.*member;
            filled.append(QString::fromLatin1(code));
        }
    };
    text(&Participant::position, "position");
    text(&Participant::region, "region");
    text(&Participant::email, "email");
    text(&Participant::phone, "phone");
    if (!kept.consentDate.isValid() && other.consentDate.isValid()) {
        kept.consentDate = other.consentDate;
        filled.append(QStringLiteral("consent_date"));
    }
    return filled;
}

} // namespace

int ParticipantMerge::rank(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return 3;
    case AttendanceStatus::Late:
        return 2;
    case AttendanceStatus::Excused:
        return 1;
    case AttendanceStatus::Absent:
        return 0;
    }
    return 0;
}

Result<MergeRecord> ParticipantMerge::merge(Database& database, Id keepId, Id otherId)
{
    if (keepId == otherId)
        return Error::badInput(
            tr("A participant cannot be merged with itself (id %1); name two different ids.").arg(keepId));
    // The write lock first: what the merge reads is what it writes over, even with another program
    // changing the same people.
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status locked = lockForBulkWork(database); !locked)
        return locked.error();
    ProgrammeStore store(database);
    Result<ProgrammeStore::ParticipantSnapshot> kept =
        store.participantSnapshot(keepId, ProgrammeStore::SnapshotDepth::WithDependents);
    if (!kept)
        return kept.error();
    Result<ProgrammeStore::ParticipantSnapshot> other =
        store.participantSnapshot(otherId, ProgrammeStore::SnapshotDepth::WithDependents);
    if (!other)
        return other.error();

    MergeRecord record;
    record.keptBefore = kept->participant;
    record.keptAfter = kept->participant;
    record.filledFields = fillFrom(record.keptAfter, other->participant);
    record.removed = *other;

    QHash<Id, Id> keptEnrolmentOf; // activity -> the kept participant's enrolment
    for (const Enrolment& enrolment : std::as_const(kept->enrolled.enrolments))
        keptEnrolmentOf.insert(enrolment.activityId, enrolment.id);
    QHash<std::pair<Id, Id>, AttendanceStatus> keptMarks;
    for (const AttendanceMark& mark : std::as_const(kept->enrolled.marks))
        keptMarks.insert({mark.enrolmentId, mark.sessionId}, mark.status);

    ImportStore bulk(database);
    for (const Enrolment& enrolment : std::as_const(other->enrolled.enrolments)) {
        const Id keptEnrolment = keptEnrolmentOf.value(enrolment.activityId, 0);
        if (keptEnrolment == 0) {
            if (Status moved = bulk.moveEnrolment(enrolment.id, keepId); !moved)
                return moved.error();
            record.movedEnrolmentIds.append(enrolment.id);
            continue;
        }
        for (const AttendanceMark& mark : std::as_const(other->enrolled.marks)) {
            if (mark.enrolmentId != enrolment.id)
                continue;
            const AttendanceMark combined{keptEnrolment, mark.sessionId, mark.status};
            const auto existing = keptMarks.constFind({keptEnrolment, mark.sessionId});
            if (existing == keptMarks.constEnd()) {
                record.marksAdded.append(combined);
            } else if (rank(mark.status) > rank(*existing)) {
                record.marksImprovedBefore.append({keptEnrolment, mark.sessionId, *existing});
                record.marksImprovedAfter.append(combined);
            } else {
                continue;
            }
            if (Status put = bulk.putMark(combined); !put)
                return put.error();
        }
        if (Status removed = bulk.deleteEnrolment(enrolment.id); !removed)
            return removed.error();
        record.combinedEnrolmentIds.append(enrolment.id);
    }
    if (!record.filledFields.isEmpty()) {
        if (Status filled = bulk.updateParticipantDetails(record.keptAfter); !filled)
            return filled.error();
    }
    if (Status removed = bulk.deleteParticipant(otherId); !removed)
        return removed.error();
    if (Status logged =
            store.logChange(QStringLiteral("merge"), tr("two participant records merged into one"));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    // The merged-away record's bytes are overwritten in the file (secure_delete); empty the log too.
    database.truncateWriteAheadLog();
    return record;
}

Status ParticipantMerge::undo(Database& database, const MergeRecord& record)
{
    ProgrammeStore store(database);
    ImportStore bulk(database);
    const Id otherId = record.removed.participant.id;
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status restored = store.restoreParticipant({record.removed.participant, {}}); !restored)
        return restored;
    for (Id enrolmentId : record.movedEnrolmentIds) {
        if (Status moved = bulk.moveEnrolment(enrolmentId, otherId); !moved)
            return moved;
    }
    for (const AttendanceMark& mark : record.marksAdded) {
        if (Status removed = bulk.deleteMark(mark.enrolmentId, mark.sessionId); !removed)
            return removed;
    }
    for (const AttendanceMark& mark : record.marksImprovedBefore) {
        if (Status put = bulk.putMark(mark); !put)
            return put;
    }
    ProgrammeStore::EnrolmentSnapshot combined;
    for (const Enrolment& enrolment : record.removed.enrolled.enrolments) {
        if (record.combinedEnrolmentIds.contains(enrolment.id))
            combined.enrolments.append(enrolment);
    }
    for (const AttendanceMark& mark : record.removed.enrolled.marks) {
        if (record.combinedEnrolmentIds.contains(mark.enrolmentId))
            combined.marks.append(mark);
    }
    if (Status restored = store.restoreEnrolments(combined); !restored)
        return restored;
    if (Status restored = store.restoreParticipant({record.keptBefore, {}}); !restored)
        return restored;
    return transaction.commit();
}

} // namespace sd
