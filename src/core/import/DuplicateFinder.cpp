#include "import/DuplicateFinder.h"

#include "import/KeyChains.h"
#include "import/NameIndex.h"
#include "import/NameMatching.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <tuple>
#include <utility>
#include <vector>

namespace sd {

DuplicateReason duplicateReasonOf(NameRelation relation)
{
    switch (relation) {
    case NameRelation::SplitDifferently:
        return DuplicateReason::SplitDifferently;
    case NameRelation::Swapped:
        return DuplicateReason::Swapped;
    case NameRelation::Abbreviated:
        return DuplicateReason::Abbreviated;
    case NameRelation::OneTypo:
        return DuplicateReason::OneTypo;
    }
    return DuplicateReason::OneTypo;
}

QString describe(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail:
        return QCoreApplication::translate("sd::DuplicateFinder", "the same email");
    case DuplicateReason::SameNames:
        return QCoreApplication::translate("sd::DuplicateFinder",
                                           "the same names, and the same institution or one "
                                           "missing");
    case DuplicateReason::SplitDifferently:
        return describe(NameRelation::SplitDifferently);
    case DuplicateReason::Swapped:
        return describe(NameRelation::Swapped);
    case DuplicateReason::Abbreviated:
        return describe(NameRelation::Abbreviated);
    case DuplicateReason::OneTypo:
        return describe(NameRelation::OneTypo);
    }
    return {};
}

QList<DuplicatePair> DuplicateFinder::find(const QList<Participant>& participants)
{
    QElapsedTimer timer;
    timer.start();
    QHash<std::pair<Id, Id>, DuplicateReason> found;
    const auto record = [&found](const Participant& a, const Participant& b, DuplicateReason reason) {
        // Erased persons keep no name to compare ("Erased participant 17", "… 18"): never duplicates.
        if (a.id == b.id || a.erasedOn.isValid() || b.erasedOn.isValid())
            return;
        const std::pair<Id, Id> key = std::minmax(a.id, b.id);
        const auto existing = found.find(key);
        if (existing == found.end())
            found.insert(key, reason);
        else if (reason < *existing)
            *existing = reason;
    };

    // People by email and by name, as chains, not lists.
    KeyChains byEmail;
    KeyChains byName;
    byEmail.reserve(participants.size());
    byName.reserve(participants.size());
    PersonNameKeys nameKeys;
    for (int at = 0; at < participants.size(); ++at) {
        const Participant& person = participants[at];
        const QString email = normaliseEmail(person.email);
        if (!email.isEmpty())
            byEmail.add(email, at);
        byName.add(nameKeys.of(person.givenNames, person.familyNames), at);
    }

    const auto pairsWithin = [&](const QList<int>& group, bool needSameInstitution, DuplicateReason reason) {
        for (qsizetype a = 0; a < group.size(); ++a) {
            for (qsizetype b = a + 1; b < group.size(); ++b) {
                const Participant& first = participants[group[a]];
                const Participant& second = participants[group[b]];
                if (!needSameInstitution || institutionsCompatible(first.institutionId, second.institutionId))
                    record(first, second, reason);
            }
        }
    };
    for (int last : byEmail.lastByKey())
        pairsWithin(byEmail.chain(last), false, DuplicateReason::SameEmail);

    NameIndex names;
    std::vector<QList<int>> peopleOfName;
    peopleOfName.reserve(std::size_t(byName.lastByKey().size()));
    for (int last : byName.lastByKey()) {
        const Participant& bearer = participants[last];
        names.add(PersonNameKey::from(bearer.givenNames, bearer.familyNames));
        peopleOfName.push_back(byName.chain(last));
        pairsWithin(peopleOfName.back(), true, DuplicateReason::SameNames);
    }
    for (const NameIndex::NearPair& pair : names.nearPairs()) {
        for (int a : peopleOfName[std::size_t(pair.first)]) {
            for (int b : peopleOfName[std::size_t(pair.second)]) {
                const Participant& first = participants[a];
                const Participant& second = participants[b];
                if (institutionsCompatible(first.institutionId, second.institutionId))
                    record(first, second, duplicateReasonOf(pair.relation));
            }
        }
    }

    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        pairs.append({it.key().first, it.key().second, it.value()});
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        return std::tie(a.reason, a.firstId, a.secondId) < std::tie(b.reason, b.firstId, b.secondId);
    });
    spdlog::info("duplicate finder: {} participants, {} distinct names, {} pairs in {} ms",
                 participants.size(), names.size(), pairs.size(), timer.elapsed());
    return pairs;
}

Result<QList<DuplicatePair>> DuplicateFinder::find(Database& database)
{
    ImportStore store(database);
    Result<QList<Participant>> participants = store.participants();
    if (!participants)
        return participants.error();
    return find(*participants);
}

} // namespace sd
