#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sd {

class Database;

// What a merge changed, with all that its undo needs to put the two records back exactly.
struct MergeRecord
{
    Participant keptBefore;   // the kept record as it was
    Participant keptAfter;    // filled in from the other
    QStringList filledFields; // the kept record's empty fields the other filled
    ProgrammeStore::ParticipantSnapshot
        removed;                      // the other record with its enrolments and marks as they were
    QList<Id> movedEnrolmentIds;      // the other's enrolments in activities the kept one was not in
    QList<Id> combinedEnrolmentIds;   // the other's enrolments folded into the kept one's, then deleted
    QList<AttendanceMark> marksAdded; // marks copied onto the kept enrolments
    QList<AttendanceMark> marksImprovedBefore; // kept marks a better status replaced, as they were
    QList<AttendanceMark> marksImprovedAfter;  // the same marks after
};

// Merges two participant records that are one person, in one transaction: the kept record's empty
// fields are filled from the other (filled ones are never changed), the other's enrolments move to
// it, and where both were enrolled in an activity the marks are combined — where both are marked
// for a session the better status wins (present > late > excused > absent). Then the other record
// is deleted, so the results count the person once.
class ParticipantMerge
{
    Q_DECLARE_TR_FUNCTIONS(sd::ParticipantMerge)

public:
    static Result<MergeRecord> merge(Database& database, Id keepId, Id otherId);
    // Puts both records, their enrolments and marks back as they were, in one transaction.
    static Status undo(Database& database, const MergeRecord& record);

    // present 3, late 2, excused 1, absent 0.
    static int rank(AttendanceStatus status);
};

} // namespace sd
