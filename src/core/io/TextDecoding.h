#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace sd {

// Text of a file whose encoding nobody told us: lists arrive from Excel on Spanish-language
// Windows (Windows-1252), from LibreOffice and web forms (UTF-8, sometimes with a BOM) and as
// Excel's "Unicode text" (UTF-16 with a BOM).
class TextDecoding
{
public:
    struct Decoded
    {
        QString text;     // without the byte order mark
        QString encoding; // one of the encoding names below
        int bomBytes = 0; // bytes of byte order mark skipped at the start
        // For UTF-8 (with or without BOM): the lines (1-based, a line break being LF, CRLF or
        // a lone CR) holding bytes that are not UTF-8, each such byte read as Windows-1252.
        // Empty when the text is valid.
        QList<int> invalidLines;
    };

    static constexpr QLatin1String kUtf8WithBom{"UTF-8 with BOM"};
    static constexpr QLatin1String kUtf8{"UTF-8"};
    static constexpr QLatin1String kUtf16LeWithBom{"UTF-16LE with BOM"};
    static constexpr QLatin1String kUtf16BeWithBom{"UTF-16BE with BOM"};
    static constexpr QLatin1String kWindows1252{"Windows-1252"};

    // Detects the encoding once for the whole file, in this order: a UTF-8 BOM, a UTF-16 BOM,
    // UTF-8, and otherwise Windows-1252, which can decode any byte sequence. A file is UTF-8 when
    // its UTF-8 sequences of two bytes or more outnumber its bytes that are not UTF-8: a UTF-8
    // list with a few stray bytes (a line pasted from a Windows-1252 file) stays UTF-8, its
    // stray bytes read as Windows-1252 and their lines listed in invalidLines; a Windows-1252
    // file, whose accented letters are single bytes that UTF-8 never accepts, stays
    // Windows-1252.
    static Decoded decode(QByteArrayView bytes);

    // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    static bool isValidUtf8(QByteArrayView bytes);

    // Windows-1252 decoded by table, because QStringConverter does not promise to know it.
    // The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the
    // C1 control of the same value, as browsers do.
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace sd
