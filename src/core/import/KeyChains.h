#pragma once

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

} // namespace sd
