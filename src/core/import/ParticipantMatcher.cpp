#include "import/ParticipantMatcher.h"

#include "domain/SearchText.h"
#include "import/NameIndex.h"
#include "import/NameMatching.h"
#include "storage/ImportStore.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace sd {

ParticipantMatcher::ParticipantMatcher(QList<Participant> people)
    : m_people(std::move(people))
{
    m_byEmail.reserve(m_people.size());
    m_byName.reserve(m_people.size());
    PersonNameKeys nameKeys;
    for (int at = 0; at < m_people.size(); ++at) {
        const Participant& person = m_people[at];
        const QString email = normaliseEmail(person.email);
        if (!email.isEmpty())
            m_byEmail.add(email, at);
        m_byName.add(nameKeys.of(person.givenNames, person.familyNames), at);
    }
    const QHash<QString, int>& lastByName = m_byName.lastByKey();
    m_names.reserve(std::size_t(lastByName.size()));
    for (auto it = lastByName.cbegin(); it != lastByName.cend(); ++it) {
        const qsizetype separator = it.key().indexOf(kNameKeySeparator);
        m_names.push_back({it.key().left(separator), it.key().mid(separator + 1), it.value()});
    }
}

Result<ParticipantMatcher> ParticipantMatcher::read(Database& database)
{
    ImportStore store(database);
    Result<QList<Participant>> people = store.participants();
    if (!people)
        return people.error();
    return ParticipantMatcher(std::move(people).value());
}

QList<ProbableMatch> ParticipantMatcher::find(const Participant& typed, qsizetype limit,
                                              qsizetype* total) const
{
    QHash<int, DuplicateReason> found; // person -> strongest reason
    const auto record = [&](int person, DuplicateReason reason) {
        if (typed.id != 0 && m_people[person].id == typed.id)
            return;
        const auto existing = found.find(person);
        if (existing == found.end())
            found.insert(person, reason);
        else if (reason < *existing)
            *existing = reason;
    };

    if (const QString email = normaliseEmail(typed.email); !email.isEmpty()) {
        for (int person : m_byEmail.values(email))
            record(person, DuplicateReason::SameEmail);
    }

    const PersonNameKey name = PersonNameKey::from(typed.givenNames, typed.familyNames);
    if (!name.given.isEmpty() && !name.family.isEmpty()) {
        const auto compatible = [&](int person) {
            return institutionsCompatible(typed.institutionId, m_people[person].institutionId);
        };
        const QString exact = name.given + kNameKeySeparator + name.family;
        for (int person : m_byName.values(exact)) {
            if (compatible(person))
                record(person, DuplicateReason::SameNames);
        }
        // The typed name first, as the one query, then the stored names that share a blocking key
        // with it: only those can be near, as in an import.
        NameIndex names;
        names.add(name);
        std::vector<bool> queries{true};
        std::vector<int> lastOfName{-1};
        const NameIndex::QueryFilter filter({name});
        for (const StoredName& stored : m_names) {
            if (stored.given == name.given && stored.family == name.family)
                continue;
            const Participant& bearer = m_people[stored.last];
            if (!filter.mayRelate(stored.given, stored.family, bearer.familyNames))
                continue;
            if (names.add(PersonNameKey::from(bearer.givenNames, bearer.familyNames)) != int(queries.size()))
                continue; // spelt like a name already taken (cannot happen: the keys are distinct)
            queries.push_back(false);
            lastOfName.push_back(stored.last);
        }
        for (const NameIndex::NearPair& pair : names.nearPairs(&queries)) {
            const int other = pair.first == 0 ? pair.second : pair.first;
            for (int person : m_byName.chain(lastOfName[std::size_t(other)])) {
                if (compatible(person))
                    record(person, duplicateReasonOf(pair.relation));
            }
        }
    }

    struct Sorted
    {
        DuplicateReason reason;
        QString family;
        QString given;
        Id id;
        int person;
        bool operator<(const Sorted& other) const
        {
            return std::tie(reason, family, given, id) <
                   std::tie(other.reason, other.family, other.given, other.id);
        }
    };
    std::vector<Sorted> sorted;
    sorted.reserve(std::size_t(found.size()));
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const Participant& person = m_people[it.key()];
        sorted.push_back({it.value(), foldForSearch(person.familyNames), foldForSearch(person.givenNames),
                          person.id, it.key()});
    }
    std::sort(sorted.begin(), sorted.end());
    if (total)
        *total = qsizetype(sorted.size());
    const std::size_t kept = limit < 0 ? sorted.size() : std::min(sorted.size(), std::size_t(limit));
    QList<ProbableMatch> matches;
    matches.reserve(qsizetype(kept));
    for (std::size_t i = 0; i < kept; ++i)
        matches.append({m_people[sorted[i].person], sorted[i].reason});
    return matches;
}

} // namespace sd
