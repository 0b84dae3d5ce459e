#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

namespace sd {

class Database;
enum class NameRelation;

// Why two participant records probably are one person, strongest first.
enum class DuplicateReason
{
    SameEmail,        // the same email, ignoring case
    SameNames,        // the same names, and the same institution or one missing
    SplitDifferently, // the same words split differently between given and family names
    Swapped,          // given and family names exchanged
    Abbreviated,      // "Ma." for "María", initials, a given or family name left out
    OneTypo,          // the full names one typo apart
};

QString describe(DuplicateReason reason);

// The reason a name-based match gives, for the relation NameIndex found between the two names.
DuplicateReason duplicateReasonOf(NameRelation relation);

struct DuplicatePair
{
    Id firstId = 0; // firstId < secondId
    Id secondId = 0;
    DuplicateReason reason = DuplicateReason::OneTypo;
};

// Probable duplicate participants across a whole file. People are grouped by normalised keys
// (email, names, and the blocking keys of NameIndex) and only people sharing a key are compared,
// so 100,000 participants take well under a second, not the hours of comparing every pair.
// Name-based reasons need the institutions to match or one to be missing; a shared email needs
// nothing more.
class DuplicateFinder
{
public:
    // The pairs sorted by reason, then by ids.
    static QList<DuplicatePair> find(const QList<Participant>& participants);
    static Result<QList<DuplicatePair>> find(Database& database);
};

} // namespace sd
