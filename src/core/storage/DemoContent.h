#pragma once

#include "common/Result.h"

#include <QString>

namespace sd {

class Database;

// Whether a file is a demo. The demo writer (and `generate`) flag every record they make up with
// `illustrative` = 1 and real data leaves the flag 0 (docs/schema.md), so the flags themselves tell a
// demo from a real programme, in every demo file ever written and in every copy of one, without a
// mark of their own: a file is a demo while it holds fictional people.
struct DemoContent
{
    // Participants or experts made up for the demo.
    bool fictionalPeople = false;
    // The title of the first project whose activities were made up for the demo ("" when none is).
    QString projectTitle;
};

// Reads it in two short statements: existence checks that stop at the first flagged row (on a file
// with none, a scan of the participants, a few milliseconds at 100,000).
Result<DemoContent> readDemoContent(Database& database);

} // namespace sd
