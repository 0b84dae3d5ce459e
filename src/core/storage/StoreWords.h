#pragma once

#include "storage/DeleteImpact.h"
#include "storage/ProgrammeStore.h"
#include "storage/TableSpec.h"

#include <vector>

namespace sd {

// How the store speaks of one kind of record in its messages: untranslated texts of the context
// "sd::ProgrammeStore", translated when they are said.
struct ProgrammeStore::Words
{
    const TableShape* table = nullptr;
    const char* noun = nullptr;     // "project", as in "The project was not saved: …"
    const char* adding = nullptr;   // what a failed statement was doing: "adding a project"
    const char* changing = nullptr; // "changing a project"
    const char* reading = nullptr;  // "reading a project"
    const char* missing = nullptr;  // "There is no project with id %1."
    const char* checking = nullptr; // what a delete counts first: "checking what a project holds"
    const char* deleting = nullptr; // "deleting a project"
    // A delete refused in RefuseIfReferenced mode: a sentence naming these counts as %1, %2, %3.
    const char* refusal = nullptr;
    std::vector<qint64 DeleteImpact::*> counts;
    // Whether changing or deleting a record that is not there is an error (otherwise nothing happens).
    bool missingChangeIsError = false;
    bool missingDeleteIsError = false;
};

} // namespace sd
