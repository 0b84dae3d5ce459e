#include "import/NameIndex.h"

#include <QStringList>
#include <algorithm>
#include <climits>
#include <utility>

namespace sd {
namespace {

bool hasAbbreviation(const QList<NameToken>& tokens)
{
    return std::any_of(tokens.begin(), tokens.end(),
                       [](const NameToken& token) { return token.abbreviated; });
}

QStringView initialOf(const QList<NameToken>& tokens)
{
    return tokens.isEmpty() || tokens.front().text.isEmpty() ? QStringView()
                                                             : QStringView(tokens.front().text).left(1);
}

QStringView firstWordOf(const QList<NameToken>& tokens)
{
    return tokens.isEmpty() ? QStringView() : QStringView(tokens.front().text);
}

TextKey& addWords(TextKey& key, const QList<NameToken>& tokens, qsizetype count)
{
    for (qsizetype i = 0; i < count && i < tokens.size(); ++i) {
        if (i > 0)
            key.add(u' ');
        key.add(tokens[i].text);
    }
    return key;
}

// The given words up to `given` and the family words up to `family`.
quint64 prefixKey(const PersonNameKey& name, qsizetype given, qsizetype family)
{
    TextKey key;
    addWords(key, name.givenTokens, given).separator();
    return addWords(key, name.familyTokens, family).value();
}

quint64 fullKey(QStringView given, QStringView family)
{
    return TextKey().add(given).add(u' ').add(family).value();
}

quint64 exactKey(QStringView given, QStringView family)
{
    return TextKey().add(given).separator().add(family).value();
}

// How the abbreviation rule blocks names. Two names can abbreviate one another only when their first
// given words share a letter and so do their first family words (an abbreviation keeps the first
// letter); when neither first family word is abbreviated, those words are equal. So a name is
// compared only with names of its fine block (first given letter, first family word) or, when a first
// family word is abbreviated, of its coarse block (first given letter, first family letter) — and a
// name with no abbreviation only with the abbreviated names there, which are few.
quint64 fineKey(const PersonNameKey& name)
{
    return TextKey().add(initialOf(name.givenTokens)).separator().add(firstWordOf(name.familyTokens)).value();
}

quint64 coarseKey(const PersonNameKey& name)
{
    return TextKey().add(initialOf(name.givenTokens)).separator().add(initialOf(name.familyTokens)).value();
}

bool familyStartsAbbreviated(const PersonNameKey& name)
{
    return !name.familyTokens.isEmpty() && name.familyTokens.front().abbreviated;
}

// A multimap from keys to names as one sorted vector: no allocation per key.
class KeyTable
{
public:
    void add(quint64 key, int name) { m_entries.emplace_back(key, name); }
    void seal() { std::sort(m_entries.begin(), m_entries.end()); }

    template <typename Visit>
    void forEach(quint64 key, Visit visit) const
    {
        auto at = std::lower_bound(m_entries.begin(), m_entries.end(), std::pair<quint64, int>(key, INT_MIN));
        for (; at != m_entries.end() && at->first == key; ++at)
            visit(at->second);
    }

    const std::vector<std::pair<quint64, int>>& entries() const { return m_entries; }

private:
    std::vector<std::pair<quint64, int>> m_entries;
};

} // namespace

PersonNameKey PersonNameKey::from(const QString& givenNames, const QString& familyNames)
{
    PersonNameKey key;
    key.given = normaliseName(givenNames);
    key.family = normaliseName(familyNames);
    key.givenTokens = nameTokens(givenNames);
    key.familyTokens = nameTokens(familyNames);
    return key;
}

QString describe(NameRelation relation)
{
    switch (relation) {
    case NameRelation::SplitDifferently:
        return QCoreApplication::translate("sd::NameIndex",
                                           "the same name split differently between given and "
                                           "family names");
    case NameRelation::Swapped:
        return QCoreApplication::translate("sd::NameIndex", "given and family names swapped");
    case NameRelation::Abbreviated:
        return QCoreApplication::translate("sd::NameIndex", "names abbreviated or shortened");
    case NameRelation::OneTypo:
        return QCoreApplication::translate("sd::NameIndex", "one typo apart");
    }
    return {};
}

int NameIndex::add(const PersonNameKey& key)
{
    const QString exact = key.exact();
    if (const auto found = m_byExact.constFind(exact); found != m_byExact.constEnd())
        return *found;
    const int index = size();
    m_names.push_back(key);
    m_byExact.insert(exact, index);
    return index;
}

QList<NameIndex::NearPair> NameIndex::nearPairs(const std::vector<bool>* queries) const
{
    const int count = size();
    const auto isQuery = [queries](int index) {
        return queries == nullptr || (*queries)[std::size_t(index)];
    };
    QHash<quint64, NameRelation> found;
    const auto record = [&](int a, int b, NameRelation relation) {
        if (a == b || (!isQuery(a) && !isQuery(b)))
            return;
        if (a > b)
            std::swap(a, b);
        const quint64 pair = (quint64(quint32(a)) << 32) | quint32(b);
        const auto existing = found.find(pair);
        if (existing == found.end())
            found.insert(pair, relation);
        else if (relation < *existing)
            *existing = relation;
    };
    const auto compatible = [this](int a, int b) {
        return tokensCompatible(at(a).givenTokens, at(b).givenTokens) &&
               tokensCompatible(at(a).familyTokens, at(b).familyTokens);
    };

    KeyTable byFull;
    KeyTable byExact;
    KeyTable byShorterPrefix; // each name under every shorter prefix of its given and family words
    KeyTable fineAll;
    KeyTable fineAbbreviated;
    KeyTable coarseAll;
    KeyTable coarseFamilyAbbreviated;
    std::vector<bool> abbreviated(std::size_t(count), false);
    for (int i = 0; i < count; ++i) {
        const PersonNameKey& name = at(i);
        byFull.add(fullKey(name.given, name.family), i);
        byExact.add(exactKey(name.given, name.family), i);
        const qsizetype givenWords = name.givenTokens.size();
        const qsizetype familyWords = name.familyTokens.size();
        for (qsizetype g = 1; g <= givenWords; ++g) {
            for (qsizetype f = 1; f <= familyWords; ++f) {
                if (g < givenWords || f < familyWords)
                    byShorterPrefix.add(prefixKey(name, g, f), i);
            }
        }
        abbreviated[std::size_t(i)] = hasAbbreviation(name.givenTokens) || hasAbbreviation(name.familyTokens);
        fineAll.add(fineKey(name), i);
        coarseAll.add(coarseKey(name), i);
        if (abbreviated[std::size_t(i)])
            fineAbbreviated.add(fineKey(name), i);
        if (familyStartsAbbreviated(name))
            coarseFamilyAbbreviated.add(coarseKey(name), i);
    }
    for (KeyTable* table : {&byFull, &byExact, &byShorterPrefix, &fineAll, &fineAbbreviated, &coarseAll,
                            &coarseFamilyAbbreviated})
        table->seal();

    const auto abbreviatedAgainst = [&](int i, const KeyTable& table, quint64 key) {
        table.forEach(key, [&](int other) {
            if (other != i && (isQuery(i) || isQuery(other)) && compatible(i, other))
                record(i, other, NameRelation::Abbreviated);
        });
    };
    for (int i = 0; i < count; ++i) {
        if (!isQuery(i))
            continue;
        const PersonNameKey& name = at(i);
        byFull.forEach(fullKey(name.given, name.family), [&](int other) {
            if (at(other).full() == name.full())
                record(i, other, NameRelation::SplitDifferently);
        });
        byExact.forEach(exactKey(name.family, name.given), [&](int other) {
            if (at(other).given == name.family && at(other).family == name.given)
                record(i, other, NameRelation::Swapped);
        });
        // Shortened: the longer names this one is a prefix of, and the shorter ones that are its prefixes.
        byShorterPrefix.forEach(prefixKey(name, name.givenTokens.size(), name.familyTokens.size()),
                                [&](int other) {
                                    if (compatible(i, other))
                                        record(i, other, NameRelation::Abbreviated);
                                });
        for (qsizetype g = 1; g <= name.givenTokens.size(); ++g) {
            for (qsizetype f = 1; f <= name.familyTokens.size(); ++f) {
                if (g == name.givenTokens.size() && f == name.familyTokens.size())
                    continue;
                byExact.forEach(prefixKey(name, g, f), [&](int other) {
                    if (compatible(i, other))
                        record(i, other, NameRelation::Abbreviated);
                });
            }
        }
        abbreviatedAgainst(i, coarseFamilyAbbreviated, coarseKey(name));
        if (familyStartsAbbreviated(name))
            abbreviatedAgainst(i, coarseAll, coarseKey(name));
        else if (abbreviated[std::size_t(i)])
            abbreviatedAgainst(i, fineAll, fineKey(name));
        else
            abbreviatedAgainst(i, fineAbbreviated, fineKey(name));
    }

    // One typo: names sharing a deletion key are candidates, checked by the distance itself. Each entry
    // packs 40 bits of the key above the name's index, so that one sort of plain integers groups them;
    // the bits left out only let a few more candidates through to the check.
    constexpr int kIndexBits = 24;
    constexpr quint64 kIndexMask = (quint64(1) << kIndexBits) - 1;
    std::vector<QString> fulls(static_cast<std::size_t>(count));
    std::vector<quint64> entries;
    KeySet queryKeys;
    const auto pack = [](quint64 key, int index) {
        return (key << kIndexBits) | quint64(index);
    };
    for (int i = 0; i < count; ++i) {
        if (!isQuery(i))
            continue;
        fulls[std::size_t(i)] = at(i).full();
        for (quint64 key : deletionKeys(fulls[std::size_t(i)])) {
            entries.push_back(pack(key, i));
            if (queries != nullptr)
                queryKeys.insert(key);
        }
    }
    if (queries != nullptr) {
        queryKeys.seal();
        for (int i = 0; i < count; ++i) {
            if (isQuery(i))
                continue;
            const QString full = at(i).full();
            for (quint64 key : deletionKeys(full)) {
                if (queryKeys.count(key) != 0) {
                    entries.push_back(pack(key, i));
                    fulls[std::size_t(i)] = full;
                }
            }
        }
    }
    std::sort(entries.begin(), entries.end());
    for (std::size_t start = 0; start < entries.size();) {
        std::size_t end = start + 1;
        while (end < entries.size() && (entries[end] >> kIndexBits) == (entries[start] >> kIndexBits))
            ++end;
        for (std::size_t a = start; a < end; ++a) {
            for (std::size_t b = a + 1; b < end; ++b) {
                const int first = int(entries[a] & kIndexMask);
                const int second = int(entries[b] & kIndexMask);
                if (first != second && (isQuery(first) || isQuery(second)) &&
                    differByOneTypo(fulls[std::size_t(first)], fulls[std::size_t(second)]))
                    record(first, second, NameRelation::OneTypo);
            }
        }
        start = end;
    }

    QList<NearPair> pairs;
    pairs.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        pairs.append({int(it.key() >> 32), int(it.key() & 0xFFFFFFFFu), it.value()});
    std::sort(pairs.begin(), pairs.end(), [](const NearPair& a, const NearPair& b) {
        return std::pair(a.first, a.second) < std::pair(b.first, b.second);
    });
    return pairs;
}

NameIndex::QueryFilter::QueryFilter(const QList<PersonNameKey>& queries)
{
    for (const PersonNameKey& name : queries) {
        m_fulls.insert(fullKey(name.given, name.family));
        m_swapped.insert(exactKey(name.family, name.given));
        m_fine.insert(fineKey(name));
        m_coarse.insert(coarseKey(name));
        if (familyStartsAbbreviated(name))
            m_coarseFamilyAbbreviated.insert(coarseKey(name));
        for (quint64 key : deletionKeys(name.full()))
            m_deletions.insert(key);
    }
    for (KeySet* set : {&m_fulls, &m_swapped, &m_fine, &m_coarse, &m_coarseFamilyAbbreviated, &m_deletions})
        set->seal();
}

bool NameIndex::QueryFilter::mayRelate(const QString& given, const QString& family,
                                       const QString& typedFamily) const
{
    if (m_fulls.count(fullKey(given, family)) != 0 || m_swapped.count(exactKey(given, family)) != 0)
        return true;
    const QStringView givenInitial = QStringView(given).left(1);
    const qsizetype space = family.indexOf(u' ');
    const QStringView firstFamilyWord = QStringView(family).left(space < 0 ? family.size() : space);
    if (m_fine.count(TextKey().add(givenInitial).separator().add(firstFamilyWord).value()) != 0)
        return true;
    const quint64 coarse = TextKey().add(givenInitial).separator().add(firstFamilyWord.left(1)).value();
    if (m_coarseFamilyAbbreviated.count(coarse) != 0)
        return true;
    if (m_coarse.count(coarse) != 0) {
        // Only a stored name whose first family word is abbreviated needs the coarse block.
        const qsizetype typedSpace = typedFamily.indexOf(u' ');
        const QList<NameToken> firstWord =
            nameTokens(QStringView(typedFamily).left(typedSpace < 0 ? typedFamily.size() : typedSpace + 1));
        if (!firstWord.isEmpty() && firstWord.front().abbreviated)
            return true;
    }
    const std::vector<quint64> keys = deletionKeys(QString(given + u' ' + family));
    return std::any_of(keys.begin(), keys.end(), [this](quint64 key) { return m_deletions.count(key) != 0; });
}

} // namespace sd
