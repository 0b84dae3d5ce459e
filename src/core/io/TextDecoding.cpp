#include "io/TextDecoding.h"

#include <QStringDecoder>
#include <array>

namespace sd {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr std::array<char16_t, 32> kWindows1252From80To9F = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char expected : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != expected)
            return false;
    }
    return true;
}

QString decodeUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// The length of the UTF-8 sequence at i (1 to 4), or 0 when the byte there starts none.
// The allowed range of the first continuation byte excludes overlong forms, surrogates (ED A0-BF)
// and code points above U+10FFFF (F4 90-BF).
qsizetype sequenceLength(const unsigned char* data, qsizetype i, qsizetype size)
{
    const unsigned char lead = data[i];
    if (lead < 0x80)
        return 1;
    int continuationBytes = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuationBytes = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuationBytes = 2;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuationBytes = 3;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (size - i - 1 < continuationBytes)
        return 0;
    if (data[i + 1] < low || data[i + 1] > high)
        return 0;
    for (int k = 2; k <= continuationBytes; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return 0;
    }
    return continuationBytes + 1;
}

struct Utf8Census
{
    qsizetype multibyte = 0; // valid sequences of two bytes or more
    qsizetype invalid = 0;   // bytes that start no valid sequence
};

Utf8Census countUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    Utf8Census census;
    for (qsizetype i = 0; i < bytes.size();) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(data, i, bytes.size());
        if (length == 0) {
            ++census.invalid;
            ++i;
        } else {
            ++census.multibyte;
            i += length;
        }
    }
    return census;
}

QChar windows1252Character(unsigned char byte)
{
    return (byte >= 0x80 && byte <= 0x9F) ? QChar(kWindows1252From80To9F[byte - 0x80])
                                          : QChar(char16_t(byte));
}

// UTF-8 with each byte that starts no sequence read as Windows-1252, listing the lines they are on.
QString decodeUtf8Leniently(QByteArrayView bytes, QList<int>& invalidLines)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    QString text;
    text.reserve(size);
    int line = 1;
    qsizetype runStart = 0; // start of the valid bytes not yet appended
    for (qsizetype i = 0; i < size;) {
        const unsigned char byte = data[i];
        if (byte < 0x80) {
            if (byte == '\n' || (byte == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
                ++line;
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(data, i, size);
        if (length > 0) {
            i += length;
            continue;
        }
        text += QString::fromUtf8(bytes.sliced(runStart, i - runStart));
        text += windows1252Character(byte);
        if (invalidLines.isEmpty() || invalidLines.last() != line)
            invalidLines.append(line);
        ++i;
        runStart = i;
    }
    text += QString::fromUtf8(bytes.sliced(runStart, size - runStart));
    return text;
}

} // namespace

TextDecoding::Decoded TextDecoding::decode(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        // A BOM says UTF-8 even when a stray byte is not.
        Decoded decoded{QString(), QString(kUtf8WithBom), 3, {}};
        decoded.text = decodeUtf8Leniently(bytes.sliced(3), decoded.invalidLines);
        return decoded;
    }
    if (startsWith(bytes, {0xFF, 0xFE}))
        return {decodeUtf16(bytes.sliced(2), QStringConverter::Utf16LE), QString(kUtf16LeWithBom), 2, {}};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return {decodeUtf16(bytes.sliced(2), QStringConverter::Utf16BE), QString(kUtf16BeWithBom), 2, {}};
    const Utf8Census census = countUtf8(bytes);
    if (census.invalid == 0)
        return {QString::fromUtf8(bytes), QString(kUtf8), 0, {}};
    if (census.multibyte > census.invalid) {
        Decoded decoded{QString(), QString(kUtf8), 0, {}};
        decoded.text = decodeUtf8Leniently(bytes, decoded.invalidLines);
        return decoded;
    }
    return {decodeWindows1252(bytes), QString(kWindows1252), 0, {}};
}

bool TextDecoding::isValidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = sequenceLength(data, i, bytes.size());
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QString TextDecoding::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = windows1252Character(byte);
    }
    return text;
}

} // namespace sd
