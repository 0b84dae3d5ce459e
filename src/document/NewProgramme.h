#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// The words of a new programme: its checks and the records it starts with.
class NewProgrammeWords
{
    Q_DECLARE_TR_FUNCTIONS(sd::NewProgramme)
};

class ProgrammeStore;

// What a new programme file starts with: its project (code, title, time frame) and the project's
// components, numbered from 1 in the order given.
struct NewProgramme
{
    Project project;
    QStringList componentTitles; // component n is componentTitles[n - 1]
};

// The problems of the input: the project's own checks ("code", "title", "start_date", "end_date")
// and, for a component without a title or with one too long, "component.N".
FieldErrors validate(const NewProgramme& programme);
QString componentField(int number);

// Writes the project and its components through the store in one transaction (a savepoint inside
// the caller's), with one line in the change log; a refused record leaves the file as it was.
Status writeNewProgramme(ProgrammeStore& store, const NewProgramme& programme);

} // namespace sd
