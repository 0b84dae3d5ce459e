#include "import/NameMatching.h"

#include <QChar>
#include <algorithm>
#include <array>

namespace sd {
namespace {

bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'`':
    case 0x00B4: // acute accent typed as an apostrophe
    case 0x2018:
    case 0x2019:
    case 0x02BC:
        return true;
    default:
        return false;
    }
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || isApostrophe(c);
}

// Appends the folded, unaccented form of one character: letters and digits go to `out`, marks
// vanish, anything else asks for a separator before the next letter.
class FoldingWriter
{
public:
    explicit FoldingWriter(QString& out)
        : m_out(out)
    {
    }

    void write(QChar c)
    {
        const char16_t code = c.unicode();
        if (code < 0x80) {
            if ((code >= u'a' && code <= u'z') || (code >= u'0' && code <= u'9'))
                emit(c);
            else if (code >= u'A' && code <= u'Z')
                emit(QChar(code + (u'a' - u'A')));
            else if (!isApostrophe(c))
                m_separatorPending = true;
            return;
        }
        if (isApostrophe(c))
            return;
        if (c.isSurrogate()) {
            emit(c);
            return;
        }
        const QString parts = c.decomposition();
        if (!parts.isEmpty()) {
            for (const QChar part : parts)
                write(part);
            return;
        }
        if (c.isMark())
            return;
        if (c.isLetterOrNumber())
            emit(c.toCaseFolded());
        else
            m_separatorPending = true;
    }

private:
    void emit(QChar c)
    {
        if (m_separatorPending && !m_out.isEmpty())
            m_out.append(u' ');
        m_separatorPending = false;
        m_out.append(c);
    }

    QString& m_out;
    bool m_separatorPending = false;
};

// Spanish abbreviations of given names that officers write without the dot.
bool isUsualAbbreviation(const QString& token)
{
    static const std::array<QLatin1String, 3> kAbbreviations{QLatin1String("ma"), QLatin1String("fco"),
                                                             QLatin1String("gpe")};
    return std::any_of(kAbbreviations.begin(), kAbbreviations.end(),
                       [&token](QLatin1String abbreviation) { return token == abbreviation; });
}

bool isSubsequence(QStringView shorter, QStringView longer)
{
    qsizetype at = 0;
    for (const QChar c : shorter) {
        at = longer.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// Deletion keys are polynomial hashes over the UTF-16 units (mod 2^64): the hash of a text
// without unit i is its prefix's hash shifted past the suffix plus the suffix's hash, so every
// deletion costs the same whatever the length, and the whole neighbourhood is linear in it.
constexpr quint64 kDeletionBase = 0x100000001B3ULL * 2 + 1; // odd, so no unit's weight vanishes

// Spreads the bits of a polynomial hash, whose low bits depend only on the units' low bits: the
// callers keep some bits of a key only.
quint64 finishKey(quint64 hash, qsizetype length)
{
    quint64 z = hash ^ (quint64(length) * 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

QString normaliseName(QStringView text)
{
    QString out;
    out.reserve(text.size());
    FoldingWriter writer(out);
    for (const QChar c : text)
        writer.write(c);
    return out;
}

QString normaliseEmail(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
}

QString normaliseEmail(const QString& text)
{
    // Most stored addresses are already lower-case ASCII: then the text itself is the key, shared.
    const bool alreadyNormal = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x80 && !(c >= u'A' && c <= u'Z') && c != u' ' && c != u'\t';
    });
    return alreadyNormal ? text : normaliseEmail(QStringView(text));
}

QString normalisePhone(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits.isEmpty() ? normaliseName(text) : digits;
}

QList<NameToken> nameTokens(QStringView text)
{
    QList<NameToken> tokens;
    qsizetype start = -1;
    const auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        NameToken token;
        token.text = normaliseName(text.mid(start, end - start));
        start = -1;
        if (token.text.isEmpty())
            return;
        token.abbreviated = (end < text.size() && text[end] == u'.') ||
                            (token.text.size() == 1 && token.text.front().isLetter()) ||
                            isUsualAbbreviation(token.text);
        tokens.append(token);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isNameCharacter(text[i])) {
            if (start < 0)
                start = i;
        } else {
            finish(i);
        }
    }
    finish(text.size());
    return tokens;
}

bool abbreviates(const NameToken& shortForm, const NameToken& longForm)
{
    return shortForm.abbreviated && !shortForm.text.isEmpty() &&
           shortForm.text.size() < longForm.text.size() && shortForm.text.front() == longForm.text.front() &&
           isSubsequence(shortForm.text, longForm.text);
}

bool tokensCompatible(const QList<NameToken>& a, const QList<NameToken>& b)
{
    const qsizetype common = std::min(a.size(), b.size());
    if (common == 0)
        return a.size() == b.size();
    for (qsizetype i = 0; i < common; ++i) {
        if (a[i].text == b[i].text || abbreviates(a[i], b[i]) || abbreviates(b[i], a[i]))
            continue;
        return false;
    }
    return true;
}

bool differByOneTypo(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype extra = a.size() - b.size();
    if (extra > 1)
        return false;
    qsizetype i = 0;
    while (i < b.size() && a[i] == b[i])
        ++i;
    if (extra == 1)
        return a.mid(i + 1) == b.mid(i); // one letter inserted at i
    if (i == a.size())
        return false; // identical
    if (a.mid(i + 1) == b.mid(i + 1))
        return true; // one letter replaced at i
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
}

quint64 deletionKey(QStringView text)
{
    quint64 hash = 0;
    for (const QChar c : text)
        hash = hash * kDeletionBase + c.unicode() + 1;
    return finishKey(hash, text.size());
}

std::vector<quint64> deletionKeys(QStringView text)
{
    const auto n = static_cast<std::size_t>(text.size());
    // prefix[i]: hash of the first i units; suffix[i]: hash of units i.. weighted as the tail of the
    // text; power[k]: base^k.
    std::vector<quint64> prefix(n + 1, 0);
    std::vector<quint64> suffix(n + 1, 0);
    std::vector<quint64> power(n + 1, 1);
    for (std::size_t i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] * kDeletionBase + text[qsizetype(i)].unicode() + 1;
        power[i + 1] = power[i] * kDeletionBase;
    }
    for (std::size_t i = n; i > 0; --i)
        suffix[i - 1] = suffix[i] + (text[qsizetype(i - 1)].unicode() + 1) * power[n - i];

    std::vector<quint64> keys;
    keys.reserve(n + 1);
    keys.push_back(finishKey(prefix[n], text.size()));
    for (std::size_t i = 0; i < n; ++i)
        keys.push_back(finishKey(prefix[i] * power[n - i - 1] + suffix[i + 1], text.size() - 1));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace sd
