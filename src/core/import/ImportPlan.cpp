#include "import/ImportPlan.h"

namespace sd {

ImportCounts ImportPlan::counts() const
{
    ImportCounts counts;
    counts.rowsRead = rowsRead;
    for (const PlannedPerson& person : persons) {
        if (person.isNew)
            ++counts.newParticipants;
        else
            ++counts.matchedParticipants;
        if (!person.isNew && !person.filledFields.isEmpty())
            ++counts.filledParticipants;
        counts.repeatedRows += std::max<qsizetype>(0, person.lines.size() - 1);
    }
    counts.newInstitutions = newInstitutions.size();
    counts.newEnrolments = enrolments.size();
    counts.newMarks = marks.size();
    counts.unchangedMarks = unchangedMarks;
    counts.rejectedRows = rejected.size();
    counts.possibleDuplicates = possibleDuplicates.size();
    counts.differences = differences.size();
    return counts;
}

bool ImportPlan::changesAnything() const
{
    const ImportCounts c = counts();
    return c.newParticipants > 0 || c.filledParticipants > 0 || c.newInstitutions > 0 ||
           c.newEnrolments > 0 || c.newMarks > 0;
}

bool ImportPlan::writesTheSameAs(const ImportPlan& other) const
{
    if (persons.size() != other.persons.size() || newInstitutions.size() != other.newInstitutions.size() ||
        enrolments.size() != other.enrolments.size() || marks.size() != other.marks.size())
        return false;
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const PlannedPerson& mine = persons[i];
        const PlannedPerson& theirs = other.persons[i];
        if (mine.isNew != theirs.isNew || mine.record.id != theirs.record.id ||
            mine.institution != theirs.institution || mine.filledFields != theirs.filledFields ||
            mine.record != theirs.record)
            return false;
    }
    for (qsizetype i = 0; i < newInstitutions.size(); ++i) {
        if (newInstitutions[i].institution != other.newInstitutions[i].institution)
            return false;
    }
    for (qsizetype i = 0; i < enrolments.size(); ++i) {
        if (enrolments[i].person != other.enrolments[i].person ||
            enrolments[i].activityId != other.enrolments[i].activityId)
            return false;
    }
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const PlannedMark& mine = marks[i];
        const PlannedMark& theirs = other.marks[i];
        if (mine.person != theirs.person || mine.sessionId != theirs.sessionId ||
            mine.enrolmentId != theirs.enrolmentId || mine.status != theirs.status)
            return false;
    }
    return true;
}

} // namespace sd
