#pragma once

#include "import/NameMatching.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace sd {

// People by a key (email, names) without a list per key: the last person added under each key,
// and from each person the one added before it under the same key.
class KeyChains
{
public:
    void reserve(qsizetype people) { m_last.reserve(people); }

    void add(const QString& key, int person)
    {
        if (std::size_t(person) >= m_previous.size())
            m_previous.resize(std::size_t(person) + 1, -1);
        const auto last = m_last.find(key);
        if (last == m_last.end()) {
            m_last.insert(key, person);
            m_previous[std::size_t(person)] = -1;
        } else {
            m_previous[std::size_t(person)] = *last;
            *last = person;
        }
    }

    // The people under a key, in the order they were added.
    QList<int> values(const QString& key) const { return chain(m_last.value(key, -1)); }

    QList<int> chain(int last) const
    {
        QList<int> people;
        for (int person = last; person >= 0; person = m_previous[std::size_t(person)])
            people.prepend(person);
        return people;
    }

    const QHash<QString, int>& lastByKey() const { return m_last; }

private:
    QHash<QString, int> m_last;
    std::vector<int> m_previous;
};

// The key under which two people's names match: given and family names, each normalised
// (normaliseName), joined by kNameKeySeparator.
inline constexpr QChar kNameKeySeparator{0x1F};

inline QString personNameKey(const QString& given, const QString& family)
{
    return normaliseName(given) + kNameKeySeparator + normaliseName(family);
}

// The same keys for a whole file of people, normalising each spelling once: names repeat (many people
// are called María, many Hernández).
class PersonNameKeys
{
public:
    QString of(const QString& given, const QString& family)
    {
        return normalised(given) + kNameKeySeparator + normalised(family);
    }

private:
    QString normalised(const QString& text)
    {
        auto known = m_normalised.constFind(text);
        if (known == m_normalised.constEnd())
            known = m_normalised.insert(text, normaliseName(text));
        return *known;
    }

    QHash<QString, QString> m_normalised;
};

// Of the matching rule: two people's institutions agree when they are the same or one is missing (0).
inline bool institutionsCompatible(qint64 a, qint64 b)
{
    return a == 0 || b == 0 || a == b;
}

} // namespace sd
