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

} // namespace

TextDecoding::Decoded TextDecoding::decode(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        // A BOM says UTF-8 even when a stray byte is not; invalid sequences become U+FFFD.
        return {QString::fromUtf8(bytes.sliced(3)), QString(kUtf8WithBom), 3};
    }
    if (startsWith(bytes, {0xFF, 0xFE}))
        return {decodeUtf16(bytes.sliced(2), QStringConverter::Utf16LE), QString(kUtf16LeWithBom), 2};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return {decodeUtf16(bytes.sliced(2), QStringConverter::Utf16BE), QString(kUtf16BeWithBom), 2};
    if (isValidUtf8(bytes))
        return {QString::fromUtf8(bytes), QString(kUtf8), 0};
    return {decodeWindows1252(bytes), QString(kWindows1252), 0};
}

bool TextDecoding::isValidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int continuationBytes = 0;
        // The allowed range of the first continuation byte excludes overlong forms,
        // surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF).
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
            return false;
        }
        if (size - i - 1 < continuationBytes)
            return false;
        if (data[i + 1] < low || data[i + 1] > high)
            return false;
        for (int k = 2; k <= continuationBytes; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += continuationBytes + 1;
    }
    return true;
}

QString TextDecoding::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = (byte >= 0x80 && byte <= 0x9F) ? QChar(kWindows1252From80To9F[byte - 0x80])
                                                : QChar(char16_t(byte));
    }
    return text;
}

} // namespace sd
