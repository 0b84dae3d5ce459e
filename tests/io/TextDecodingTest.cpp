#include "io/TextDecoding.h"

#include <QFile>
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

// One stray byte does not turn a UTF-8 list into Windows-1252. The UTF-8 sequences
// outnumber the stray bytes, so the file stays UTF-8; the stray byte (a line pasted from a
// Windows-1252 file) is read as Windows-1252 and its line reported.
TEST(TextDecodingTest, Utf8WithAFewStrayBytesStaysUtf8AndReportsTheirLines)
{
    const QByteArray bytes = QByteArrayLiteral("Nombre(s);Instituci\xC3\xB3n;G\xC3\xA9nero\r\n"
                                               "Jos\xC3\xA9;Secretar\xC3\xAD"
                                               "a;H\r\n"
                                               "Jos\xE9;Salud;H\n"
                                               "Mar\xC3\xAD"
                                               "a;Migraci\xC3\xB3n;F\r"
                                               "Pe\xF1"
                                               "a;\x80;F\n");
    const auto decoded = TextDecoding::decode(bytes);
    EXPECT_EQ(decoded.encoding, TextDecoding::kUtf8);
    EXPECT_EQ(decoded.invalidLines, (QList<int>{3, 5}));
    EXPECT_EQ(decoded.text,
              QStringLiteral(u"Nombre(s);Institución;Género\r\nJosé;Secretaría;H\r\nJosé;Salud;H\n"
                             u"María;Migración;F\rPeña;€;F\n"));
}

TEST(TextDecodingTest, ByteOrderMarkedUtf8ReportsStrayBytesToo)
{
    const auto decoded = TextDecoding::decode(QByteArrayLiteral("\xEF\xBB\xBFG\xC3\xA9nero\nJos\xE9\n"));
    EXPECT_EQ(decoded.encoding, TextDecoding::kUtf8WithBom);
    EXPECT_EQ(decoded.invalidLines, (QList<int>{2}));
    EXPECT_EQ(decoded.text, QStringLiteral(u"Género\nJosé\n"));
}

// A genuine Windows-1252 list (accented letters are single bytes, which UTF-8 never accepts) stays
// Windows-1252, even with one byte pair that happens to be valid UTF-8.
TEST(TextDecodingTest, GenuineWindows1252StaysWindows1252)
{
    QFile file(QStringLiteral(SD_TEST_DATA_DIR "/import/cp1252-semicolon-acceptance/input.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_FALSE(TextDecoding::isValidUtf8(bytes));
    const auto decoded = TextDecoding::decode(bytes);
    EXPECT_EQ(decoded.encoding, TextDecoding::kWindows1252);
    EXPECT_TRUE(decoded.invalidLines.isEmpty());
    EXPECT_TRUE(decoded.text.contains(QStringLiteral(u"Instituci\u00f3n")))
        << decoded.text.left(200).toStdString();

    const auto mixed = TextDecoding::decode(QByteArrayLiteral("Jos\xE9;Pe\xF1"
                                                              "a;\xC3\xA9"));
    EXPECT_EQ(mixed.encoding, TextDecoding::kWindows1252);
    EXPECT_EQ(mixed.text, QStringLiteral(u"José;Peña;Ã©"));
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
