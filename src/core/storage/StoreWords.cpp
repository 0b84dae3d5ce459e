#include "storage/StoreWords.h"

#include "storage/ProgrammeStore.h"
#include "storage/Tables.h"

#include <QtGlobal>
#include <array>

namespace sd {

const ProgrammeStore::Words& ProgrammeStore::wordsFor(const TableShape& table)
{
    using Impact = DeleteImpact;
    constexpr std::size_t kinds = 8;
    // For each kind of record, in this order: noun, adding, changing, reading, missing, checking,
    // deleting, refusal (see StoreWords.h). The texts are filed under this class's translation context,
    // sd::ProgrammeStore.
    // clang-format off
    static const std::array<const char*, kinds * 8> texts{
        // project
        QT_TR_NOOP("project"),
        QT_TR_NOOP("adding a project"),
        QT_TR_NOOP("changing a project"),
        QT_TR_NOOP("reading a project"),
        QT_TR_NOOP("There is no project with id %1."),
        QT_TR_NOOP("checking what a project holds"),
        QT_TR_NOOP("deleting a project"),
        QT_TR_NOOP("The project was not deleted: it has %1 activity(ies). Delete those too, or keep the "
                   "project."),
        // objective
        QT_TR_NOOP("objective"),
        QT_TR_NOOP("adding an objective"),
        QT_TR_NOOP("changing an objective"),
        QT_TR_NOOP("reading an objective"),
        QT_TR_NOOP("There is no objective with id %1."),
        QT_TR_NOOP("deleting an objective"),
        QT_TR_NOOP("deleting an objective"),
        nullptr,
        // component
        QT_TR_NOOP("component"),
        QT_TR_NOOP("adding a component"),
        QT_TR_NOOP("changing a component"),
        QT_TR_NOOP("reading a component"),
        QT_TR_NOOP("There is no component with id %1."),
        QT_TR_NOOP("checking what refers to a component"),
        QT_TR_NOOP("deleting a component"),
        QT_TR_NOOP("The component was not deleted: %1 activity(ies) belong to it."),
        // activity
        QT_TR_NOOP("activity"),
        QT_TR_NOOP("adding an activity"),
        QT_TR_NOOP("changing an activity"),
        QT_TR_NOOP("reading an activity"),
        QT_TR_NOOP("There is no activity with id %1."),
        QT_TR_NOOP("checking what refers to an activity"),
        QT_TR_NOOP("deleting an activity"),
        QT_TR_NOOP("The activity was not deleted: it has %1 enrolment(s) and %2 attendance mark(s). "
                   "Delete those too, or keep the activity."),
        // institution
        QT_TR_NOOP("institution"),
        QT_TR_NOOP("adding an institution"),
        QT_TR_NOOP("changing an institution"),
        QT_TR_NOOP("reading an institution"),
        QT_TR_NOOP("There is no institution with id %1."),
        QT_TR_NOOP("checking what refers to an institution"),
        QT_TR_NOOP("deleting an institution"),
        QT_TR_NOOP("The institution was not deleted: %1 participant(s), %2 institution(s) under it and %3 "
                   "project(s) refer to it."),
        // participant
        QT_TR_NOOP("participant"),
        QT_TR_NOOP("adding a participant"),
        QT_TR_NOOP("changing a participant"),
        QT_TR_NOOP("reading a participant"),
        QT_TR_NOOP("There is no participant with id %1."),
        QT_TR_NOOP("checking what refers to a participant"),
        QT_TR_NOOP("deleting a participant"),
        QT_TR_NOOP("The participant was not deleted: %1 enrolment(s) and %2 attendance mark(s) refer to "
                   "them. Delete those too, or keep the participant."),
        // expert
        QT_TR_NOOP("expert"),
        QT_TR_NOOP("adding an expert"),
        QT_TR_NOOP("changing an expert"),
        QT_TR_NOOP("reading an expert"),
        QT_TR_NOOP("There is no expert with id %1."),
        QT_TR_NOOP("checking what refers to an expert"),
        QT_TR_NOOP("deleting an expert"),
        QT_TR_NOOP("The expert was not deleted: they take part in %1 activity(ies). Remove them from "
                   "those activities first, or keep the expert."),
        // enrolment
        QT_TR_NOOP("enrolment"),
        QT_TR_NOOP("enrolling a participant"),
        QT_TR_NOOP("moving an enrolment"),
        QT_TR_NOOP("reading enrolments"),
        QT_TR_NOOP("There is no enrolment with id %1."),
        QT_TR_NOOP("checking an enrolment's marks"),
        QT_TR_NOOP("removing an enrolment"),
        QT_TR_NOOP("The enrolment was not removed: it has %1 attendance mark(s)."),
    };
    // The table, the counts its refusal names, and whether changing or deleting a record of it that is
    // not there is an error.
    struct Rules
    {
        const TableShape* table;
        std::vector<qint64 DeleteImpact::*> counts;
        bool missingChangeIsError;
        bool missingDeleteIsError;
    };
    static const std::array<Rules, kinds> rules{{
        {&tableOf<Project>(), {&Impact::activities}, false, true},
        {&tableOf<Objective>(), {}, false, true},
        {&tableOf<Component>(), {&Impact::activities}, false, true},
        {&tableOf<Activity>(), {&Impact::enrolments, &Impact::attendanceMarks}, false, false},
        {&tableOf<Institution>(), {&Impact::participants, &Impact::institutions, &Impact::projects},
         false, true},
        {&tableOf<Participant>(), {&Impact::enrolments, &Impact::attendanceMarks}, true, false},
        {&tableOf<Expert>(), {&Impact::activities}, false, true},
        {&tableOf<Enrolment>(), {&Impact::attendanceMarks}, false, false},
    }};
    // clang-format on
    static const std::array<Words, kinds> all = [] {
        std::array<Words, kinds> list;
        for (std::size_t i = 0; i < kinds; ++i) {
            const char* const* said = &texts[i * 8];
            list[i] = {rules[i].table,
                       said[0],
                       said[1],
                       said[2],
                       said[3],
                       said[4],
                       said[5],
                       said[6],
                       said[7],
                       rules[i].counts,
                       rules[i].missingChangeIsError,
                       rules[i].missingDeleteIsError};
        }
        return list;
    }();
    for (const Words& words : all) {
        if (words.table == &table)
            return words;
    }
    Q_ASSERT(false); // every table the generic operations serve has its words here
    return all.front();
}

} // namespace sd
