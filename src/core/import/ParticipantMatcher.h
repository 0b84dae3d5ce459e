#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "import/DuplicateFinder.h"
#include "import/KeyChains.h"

#include <QList>
#include <QString>
#include <vector>

namespace sd {

class Database;

// A stored participant that a person being entered probably is, and why.
struct ProbableMatch
{
    Participant participant;
    DuplicateReason reason = DuplicateReason::OneTypo;
};

// The participants a person typed into a form probably is, by the rules of the import and the
// duplicate finder: the same email; the same names with the same institution or one missing; or
// names split differently, swapped, abbreviated or one typo apart, again with matching or missing
// institutions. Built once from the file's participants; each find() then looks at the few names
// that share a blocking key with the typed one (NameIndex::QueryFilter), never at every pair, so
// that it can run as the officer types. Immutable after construction: find() may run on any thread.
class ParticipantMatcher
{
public:
    explicit ParticipantMatcher(QList<Participant> people = {});
    // Every participant of the file, read in one query.
    static Result<ParticipantMatcher> read(Database& database);

    // The people the typed person probably is (never typed.id itself), strongest reason first, then
    // by family and given names; at most limit of them (all with limit < 0). total, when given,
    // receives how many there are in all. Names are compared only when given and family names are
    // both typed.
    QList<ProbableMatch> find(const Participant& typed, qsizetype limit = -1,
                              qsizetype* total = nullptr) const;

    qsizetype size() const { return m_people.size(); }

private:
    // One distinct name: normalised given and family names and the last person who bears it.
    struct StoredName
    {
        QString given;
        QString family;
        int last = -1;
    };

    QList<Participant> m_people;
    KeyChains m_byEmail;
    KeyChains m_byName;
    std::vector<StoredName> m_names;
};

} // namespace sd
