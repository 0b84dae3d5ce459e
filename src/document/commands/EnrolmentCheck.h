#pragma once

#include "common/Result.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// Undo and redo of enrolling and unenrolling go between two states of some of an activity's
// enrolments: there, with the marks they had (present), or gone. Inside the step's write transaction,
// asLeft checks that the file still holds the state the step left, so that the step never writes over
// someone else's enrolment or marks: with present, each enrolment of state exists for the same
// participant with exactly state's marks; without, none of state's participants is enrolled in the
// activity. Otherwise ErrorKind::ChangedElsewhere, naming up to three of the people. Two queries in
// all (the activity's enrolments and its marks), whatever the number of enrolments.
class EnrolmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(sd::EnrolmentCheck)

public:
    static Status asLeft(ProgrammeStore& store, Id activityId, const QString& activityCode,
                         const ProgrammeStore::EnrolmentSnapshot& state, bool present);
};

} // namespace sd
