#include "storage/NameCollation.h"

#include "storage/Database.h"

#include <QChar>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QString>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <sqlite3.h>

namespace sd {
namespace {

// Primary weights of the first 0x250 code points (Basic Latin to Latin Extended-B): letters fold
// to their base letter in lower case, twice its code so that ñ can sit right after n.
struct Weights
{
    std::array<char32_t, 0x250> table{};

    Weights()
    {
        for (char32_t c = 0; c < table.size(); ++c) {
            const QChar ch(static_cast<char16_t>(c));
            char32_t base = c;
            const QString decomposed = ch.decomposition();
            if (!decomposed.isEmpty() && ch.decompositionTag() == QChar::Canonical)
                base = decomposed.at(0).unicode();
            base = QChar(static_cast<char16_t>(base)).toLower().unicode();
            table[c] = base * 2;
        }
        table[0x00D1] = table[0x00F1] = char32_t(U'n') * 2 + 1; // Ñ ñ
        table[0x00DF] = char32_t(U's') * 2;                     // ß
        table[0x00C6] = table[0x00E6] = char32_t(U'a') * 2;     // Æ æ
        table[0x00D8] = table[0x00F8] = char32_t(U'o') * 2;     // Ø ø
    }

    char32_t operator()(char32_t c) const { return c < table.size() ? table[c] : c * 2; }
};

const Weights& weights()
{
    static const Weights instance;
    return instance;
}

// Reads code points from UTF-16 or UTF-8 text (SQLite hands its text over as stored, in UTF-8).
struct Utf16Reader
{
    const char16_t* at;
    const char16_t* end;
    bool done() const { return at == end; }
    char32_t next()
    {
        const char16_t unit = *at++;
        if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at))
            return QChar::surrogateToUcs4(unit, *at++);
        return unit;
    }
};

struct Utf8Reader
{
    const unsigned char* at;
    const unsigned char* end;
    bool done() const { return at == end; }
    char32_t next()
    {
        const unsigned char lead = *at++;
        int more = 0;
        char32_t code = lead;
        if (lead >= 0xF0) {
            code = lead & 0x07;
            more = 3;
        } else if (lead >= 0xE0) {
            code = lead & 0x0F;
            more = 2;
        } else if (lead >= 0xC0) {
            code = lead & 0x1F;
            more = 1;
        }
        for (; more > 0 && at != end; --more)
            code = (code << 6) | (*at++ & 0x3F);
        return code;
    }
};

template <typename Reader>
int compareText(Reader left, Reader right)
{
    const Weights& weight = weights();
    const Reader leftStart = left;
    const Reader rightStart = right;
    while (!left.done() && !right.done()) {
        const char32_t a = weight(left.next());
        const char32_t b = weight(right.next());
        if (a != b)
            return a < b ? -1 : 1;
    }
    if (left.done() != right.done())
        return left.done() ? -1 : 1;
    // Same letters: the exact text decides, so that equal-looking names keep one order.
    left = leftStart;
    right = rightStart;
    while (!left.done() && !right.done()) {
        const char32_t a = left.next();
        const char32_t b = right.next();
        if (a != b)
            return a < b ? -1 : 1;
    }
    return 0;
}

// Search folds further than sorting: ñ is found by n.
template <typename Reader>
bool containsText(Reader text, Reader fragment)
{
    const Weights& weight = weights();
    // Names and fragments are short: fold both into small buffers, then compare by position.
    QVarLengthArray<char32_t, 128> haystack;
    while (!text.done())
        haystack.append(weight(text.next()) >> 1);
    QVarLengthArray<char32_t, 32> needle;
    while (!fragment.done())
        needle.append(weight(fragment.next()) >> 1);
    if (needle.isEmpty())
        return true;
    if (needle.size() > haystack.size())
        return false;
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

// The fragment of sd_contains() is the same for every row of a statement: its folded form is
// kept with the statement (SQLite's auxiliary data) instead of being folded again for each row.
struct FoldedFragment
{
    QVarLengthArray<char32_t, 32> weights;
};

void deleteFragment(void* fragment)
{
    delete static_cast<FoldedFragment*>(fragment);
}

void sqliteContains(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = sqlite3_value_text(values[0]);
    if (!text) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto* cached = static_cast<const FoldedFragment*>(sqlite3_get_auxdata(context, 1));
    FoldedFragment local;
    if (!cached) {
        const auto* fragment = sqlite3_value_text(values[1]);
        const int fragmentBytes = sqlite3_value_bytes(values[1]);
        Utf8Reader reader{fragment, fragment + (fragment ? fragmentBytes : 0)};
        while (!reader.done())
            local.weights.append(weights()(reader.next()) >> 1);
        sqlite3_set_auxdata(context, 1, new FoldedFragment(local), deleteFragment);
        cached = &local;
    }
    const QVarLengthArray<char32_t, 32>& needle = cached->weights;
    if (needle.isEmpty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    // Fold the text as it is read (ASCII without decoding), then look for the fragment.
    const Weights& weight = weights();
    const int textBytes = sqlite3_value_bytes(values[0]);
    QVarLengthArray<char32_t, 256> haystack;
    Utf8Reader reader{text, text + textBytes};
    while (!reader.done()) {
        const unsigned char byte = *reader.at;
        if (byte < 0x80) {
            ++reader.at;
            haystack.append(weight(byte) >> 1);
        } else {
            haystack.append(weight(reader.next()) >> 1);
        }
    }
    const bool found =
        haystack.size() >= needle.size() &&
        std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
    sqlite3_result_int(context, found ? 1 : 0);
}

int sqliteCompare(void*, int leftBytes, const void* left, int rightBytes, const void* right)
{
    const auto* l = static_cast<const unsigned char*>(left);
    const auto* r = static_cast<const unsigned char*>(right);
    return compareText(Utf8Reader{l, l + leftBytes}, Utf8Reader{r, r + rightBytes});
}

} // namespace

bool containsFolded(QStringView text, QStringView fragment)
{
    const char16_t* t = text.utf16();
    const char16_t* f = fragment.utf16();
    return containsText(Utf16Reader{t, t + text.size()}, Utf16Reader{f, f + fragment.size()});
}

int compareNames(QStringView left, QStringView right)
{
    const char16_t* l = left.utf16();
    const char16_t* r = right.utf16();
    return compareText(Utf16Reader{l, l + left.size()}, Utf16Reader{r, r + right.size()});
}

Status useNameCollation(Database& database)
{
    // A server's schema carries its own sd_name and sd_contains (docs/schema.md).
    if (database.isServer())
        return {};
    const QVariant handle = database.connection().driver()->handle();
    sqlite3* connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection ||
        sqlite3_create_collation_v2(connection, kNameCollation, SQLITE_UTF8, nullptr, sqliteCompare,
                                    nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(connection, kContainsFunction, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, sqliteContains, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::database(QCoreApplication::translate(
                                   "sd::NameCollation", "%1: the order and search of names could not be set "
                                                        "up on the connection. Reopen the file.")
                                   .arg(QFileInfo(database.path()).fileName()));
    return {};
}

} // namespace sd
