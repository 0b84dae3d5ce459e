#pragma once

#include <QStringList>
#include <QtGlobal>

namespace sd {

// What a delete would take with it, so the caller can say so and ask.
struct DeleteImpact
{
    qint64 enrolments = 0;
    qint64 attendanceMarks = 0;
    qint64 sessions = 0;
    qint64 participants = 0; // for an institution: participants that refer to it
    qint64 institutions = 0; // for an institution: child institutions
    qint64 activities = 0;   // for an expert: activities they are assigned to
    qint64 projects = 0;     // for an institution: projects it requested
    qint64 evaluations = 0;  // the evaluation answers of the enrolments that go
    // Records that hold this one as their only link and must keep it (the activities whose only
    // component this is), by their codes: the delete is refused whatever the mode.
    QStringList keptBy;
    bool isEmpty() const
    {
        return enrolments == 0 && attendanceMarks == 0 && sessions == 0 && participants == 0 &&
               institutions == 0 && activities == 0 && projects == 0 && evaluations == 0;
    }
};

enum class DeleteMode
{
    RefuseIfReferenced,
    Cascade
};

} // namespace sd
