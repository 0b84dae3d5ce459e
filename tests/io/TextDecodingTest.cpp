#include "io/TextDecoding.h"

#include <gtest/gtest.h>

namespace sd {
namespace {

TEST(TextDecodingTest, Utf8WithBomIsDetectedAndTheBomDropped)
{
    const auto decoded = TextDecoding::decode(QByteArrayLiteral("\xEF\xBB\xBFNombre;Pe\xC3\xB1"
                                                                "a"));
    EXPECT_EQ(decoded.encoding, TextDecoding::kUtf8WithBom);
    EXPECT_EQ(decoded.text, QStringLiteral(u"Nombre;Peña"));
    EXPECT_EQ(decoded.bomBytes, 3);
}

TEST(TextDecodingTest, ValidUtf8WithoutBomIsUtf8)
{
    const auto decoded =
        TextDecoding::decode(QByteArrayLiteral("Ram\xC3\xADrez \xE2\x82\xAC \xF0\x9F\x98\x80"));
    EXPECT_EQ(decoded.encoding, TextDecoding::kUtf8);
    EXPECT_EQ(decoded.text, QStringLiteral(u"Ramírez € 😀"));
}

TEST(TextDecodingTest, PlainAsciiIsUtf8)
{
    EXPECT_EQ(TextDecoding::decode(QByteArrayLiteral("a,b\n")).encoding, TextDecoding::kUtf8);
    EXPECT_EQ(TextDecoding::decode(QByteArray()).encoding, TextDecoding::kUtf8);
}

TEST(TextDecodingTest, InvalidUtf8IsWindows1252)
{
    // "Núñez;Peña" as Excel on a Spanish-language Windows writes it.
    const auto decoded = TextDecoding::decode(QByteArrayLiteral("N\xFA\xF1"
                                                                "ez;Pe\xF1"
                                                                "a"));
    EXPECT_EQ(decoded.encoding, TextDecoding::kWindows1252);
    EXPECT_EQ(decoded.text, QStringLiteral(u"Núñez;Peña"));
}

TEST(TextDecodingTest, Windows1252RangeFrom80To9FUsesTheTable)
{
    const QString text =
        TextDecoding::decodeWindows1252(QByteArrayLiteral("\x80\x85\x8A\x91\x92\x93\x94\x96\x99\x9F"));
    EXPECT_EQ(text, QStringLiteral(u"€…Š‘’“”–™Ÿ"));
    // The five undefined bytes become the C1 controls of the same value.
    const QString undefined = TextDecoding::decodeWindows1252(QByteArrayLiteral("\x81\x8D\x8F\x90\x9D"));
    ASSERT_EQ(undefined.size(), 5);
    EXPECT_EQ(undefined[0].unicode(), 0x81);
    EXPECT_EQ(undefined[4].unicode(), 0x9D);
}

TEST(TextDecodingTest, Windows1252AboveA0IsLatin1)
{
    QByteArray bytes;
    QString expected;
    for (int byte = 0xA0; byte <= 0xFF; ++byte) {
        bytes.append(char(byte));
        expected.append(QChar(byte));
    }
    EXPECT_EQ(TextDecoding::decodeWindows1252(bytes), expected);
}

TEST(TextDecodingTest, StrictUtf8RefusesOverlongSurrogateAndOutOfRangeForms)
{
    EXPECT_TRUE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xC3\xB1")));
    EXPECT_TRUE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xF4\x8F\xBF\xBF")));  // U+10FFFF
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xC0\xAF")));         // overlong "/"
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xE0\x80\xAF")));     // overlong
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xED\xA0\x80")));     // surrogate D800
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xF4\x90\x80\x80"))); // above U+10FFFF
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xC3")));             // truncated
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xE2\x82")));         // truncated
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xF5\x80\x80\x80"))); // no such lead byte
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xE2\x28\xA1")));     // bad continuation
}

TEST(TextDecodingTest, Utf16ByteOrderMarksAreDetected)
{
    const QString text = QStringLiteral(u"Nombre\tPeña");
    QByteArray littleEndian = QByteArrayLiteral("\xFF\xFE");
    QByteArray bigEndian = QByteArrayLiteral("\xFE\xFF");
    for (QChar c : text) {
        littleEndian.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const auto little = TextDecoding::decode(littleEndian);
    EXPECT_EQ(little.encoding, TextDecoding::kUtf16LeWithBom);
    EXPECT_EQ(little.text, text);
    const auto big = TextDecoding::decode(bigEndian);
    EXPECT_EQ(big.encoding, TextDecoding::kUtf16BeWithBom);
    EXPECT_EQ(big.text, text);
}

} // namespace
} // namespace sd
