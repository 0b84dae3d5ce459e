#pragma once

#include "ProgrammeDocument.h"
#include "RecordKind.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sd {

// What the window does when an edit meets someone else's change to the same record (the store
// refused it with ErrorKind::ChangedElsewhere): it reads the record as the file holds it now and
// compares it field by field with the record as the officer started (base) and left it (mine).
// When no field was changed on both sides, the fields merge by themselves and the merged record is
// written at the file's version; otherwise the ConflictDialog shows the three and the officer keeps
// theirs or applies theirs with their own changed fields over it. An activity (its sessions and
// experts with it) is not merged: the refusal stands and the officer reloads it.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(sd::ConflictResolution)

public:
    struct Outcome
    {
        Status status;     // what the record's dialog gets: ok closes it, an error keeps it open
        QString statusBar; // what the window's status bar says about it (empty: nothing)
    };

    static Outcome resolve(ProgrammeDocument& document, QWidget* parent, const RecordValue& base,
                           const RecordValue& mine, const Error& refusal);
};

} // namespace sd
