#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace sd {

// The text rules that decide whether two typed names are the same person ("one person,
// one record"). Everything here is pure and cheap: the importer and the duplicate finder call it
// for every participant of the file.

// A name as compared: case folded, accents and other marks removed (compatibility decomposition,
// so "Mª" becomes "ma"), apostrophes dropped ("O'Neil" = "ONeil") and every other run of
// punctuation or white space made one space. "  RAMÍREZ-núñez,  Ana " -> "ramirez nunez ana".
QString normaliseName(QStringView text);

// An email address as compared: trimmed and case folded as a whole.
QString normaliseEmail(QStringView text);
QString normaliseEmail(const QString& text);

// A phone number as compared: its digits only; the text normalised like a name when it has none.
QString normalisePhone(QStringView text);

// One word of a typed name, and whether it was written as an abbreviation: followed by a dot
// ("Ma.", "J."), a single letter, or one of the usual Spanish abbreviations of given names
// written without a dot (Ma, Fco, Gpe).
struct NameToken
{
    QString text; // normalised
    bool abbreviated = false;
};

QList<NameToken> nameTokens(QStringView text);

// True when `shortForm` can abbreviate `longForm`: it is marked abbreviated, starts with the same
// letter and its letters appear in order in the longer word ("ma" in "maria", "fco" in
// "francisco", "j" in "jose").
bool abbreviates(const NameToken& shortForm, const NameToken& longForm);

// True when two lists of name words can be the same names written differently: word by word equal
// or one abbreviating the other, and the shorter list a prefix of the longer ("José" for "José
// Luis", "Hernández R." for "Hernández Ruiz"). Identical lists are compatible too.
bool tokensCompatible(const QList<NameToken>& a, const QList<NameToken>& b);

// True when a and b differ by exactly one typo: a letter inserted, deleted or replaced, or two
// neighbouring letters swapped (optimal string alignment distance 1).
bool differByOneTypo(QStringView a, QStringView b);

// A 64-bit key of one or more texts (FNV-1a over their UTF-16 units), for blocking tables that should
// not hold a string per entry. Equal texts give equal keys; a rare collision of different texts only
// adds a candidate, which the caller's own check then refuses.
class TextKey
{
public:
    TextKey& add(QStringView text)
    {
        for (const QChar c : text)
            add(c);
        return *this;
    }
    TextKey& add(QChar c)
    {
        m_hash = (m_hash ^ (c.unicode() & 0xFFu)) * kPrime;
        m_hash = (m_hash ^ (c.unicode() >> 8)) * kPrime;
        return *this;
    }
    // Between two parts, so that ("ab", "c") and ("a", "bc") differ.
    TextKey& separator() { return add(QChar(0x1F)); }
    quint64 value() const { return m_hash; }

private:
    static constexpr quint64 kPrime = 1099511628211ULL;
    quint64 m_hash = 14695981039346656037ULL;
};

// The deletion neighbourhood of a text: a hash of the text itself and of every text made by
// deleting one of its characters. Two texts within one typo of each other share at least one of
// these keys, so candidates are found by equal keys instead of by comparing every pair.
// Computed in time linear in the text's length (rolling hashes of its prefixes and suffixes).
std::vector<quint64> deletionKeys(QStringView text);
// The key deletionKeys gives a text for itself.
quint64 deletionKey(QStringView text);

} // namespace sd
