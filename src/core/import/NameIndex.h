#pragma once

#include "import/NameMatching.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <algorithm>
#include <unordered_set>
#include <vector>

namespace sd {

// A person's name as the matching rules see it: given and family names normalised, and their words.
struct PersonNameKey
{
    QString given;  // normalised
    QString family; // normalised
    QList<NameToken> givenTokens;
    QList<NameToken> familyTokens;

    static PersonNameKey from(const QString& givenNames, const QString& familyNames);
    // Given and family names together: the text a typo is looked for in.
    QString full() const { return given + u' ' + family; }
    // Given and family names apart: equal keys are the same names.
    QString exact() const { return given + QChar(0x1F) + family; }
};

// How two different names may still belong to one person, strongest first.
enum class NameRelation
{
    SplitDifferently, // "María José | Hernández Ruiz" and "María | José Hernández Ruiz"
    Swapped,          // given and family names exchanged
    Abbreviated,      // "Ma. José" for "María José", "J." for "José", "José" for "José Luis"
    OneTypo,          // one letter inserted, deleted, replaced or two neighbours swapped
};

QString describe(NameRelation relation);

// The distinct names of a set of people, with blocking keys that find near names without comparing
// every pair: the full name (split differently), the swapped name, the first given initial with the
// first family word (abbreviations), and the deletion neighbourhood of the full name (one typo).
class NameIndex
{
public:
    // Adds a name (once: an equal name returns the index it already has).
    int add(const PersonNameKey& key);
    int indexOf(const PersonNameKey& key) const { return m_byExact.value(key.exact(), -1); }
    const PersonNameKey& at(int index) const { return m_names[static_cast<std::size_t>(index)]; }
    int size() const { return static_cast<int>(m_names.size()); }

    struct NearPair
    {
        int first = 0; // first < second
        int second = 0;
        NameRelation relation = NameRelation::OneTypo;
    };
    // Every pair of distinct names related by a near-match rule, each pair once with its strongest
    // relation. With `queries` (one flag per name), only the pairs that involve a flagged name.
    QList<NearPair> nearPairs(const std::vector<bool>* queries = nullptr) const;

    // Tells, cheaply and before their words are read, which names cannot be near any of a few query
    // names, so that an import indexes only the stored names its list may be near: a name passes when
    // it shares one of the blocking keys of nearPairs with a query.
    // A set of 64-bit keys as one sorted array: filled with insert(), then seal()ed, then asked
    // with count(). Against an import of many new people it holds millions of deletion keys, where
    // a node-based set costs about six times the memory.
    class KeySet
    {
    public:
        void insert(quint64 key) { m_keys.push_back(key); }
        void seal()
        {
            std::sort(m_keys.begin(), m_keys.end());
            m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
            m_keys.shrink_to_fit();
            // Where each value of the top kBucketBits bits starts, so that a look-up searches a
            // handful of keys instead of all of them.
            m_starts.assign(kBuckets + 1, 0);
            for (quint64 key : m_keys)
                ++m_starts[bucket(key) + 1];
            for (std::size_t b = 0; b < kBuckets; ++b)
                m_starts[b + 1] += m_starts[b];
        }
        std::size_t count(quint64 key) const
        {
            if (m_starts.empty())
                return 0;
            const auto first = m_keys.begin() + m_starts[bucket(key)];
            const auto last = m_keys.begin() + m_starts[bucket(key) + 1];
            return std::binary_search(first, last, key) ? 1 : 0;
        }

    private:
        static constexpr int kBucketBits = 16;
        static constexpr std::size_t kBuckets = std::size_t(1) << kBucketBits;
        static std::size_t bucket(quint64 key) { return std::size_t(key >> (64 - kBucketBits)); }

        std::vector<quint64> m_keys;
        std::vector<quint32> m_starts;
    };

    class QueryFilter
    {
    public:
        explicit QueryFilter(const QList<PersonNameKey>& queries);
        // given and family are normalised; typedFamily is the family names as typed (for a final dot).
        bool mayRelate(const QString& given, const QString& family, const QString& typedFamily) const;

    private:
        KeySet m_fulls;
        KeySet m_swapped;
        KeySet m_fine;
        KeySet m_coarse;
        KeySet m_coarseFamilyAbbreviated;
        KeySet m_deletions;
    };

private:
    std::vector<PersonNameKey> m_names;
    QHash<QString, int> m_byExact;
};

} // namespace sd
