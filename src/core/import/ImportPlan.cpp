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

} // namespace sd
