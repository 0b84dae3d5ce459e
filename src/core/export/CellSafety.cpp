#include "export/CellSafety.h"

namespace sd {

QString neutraliseCell(const QString& text)
{
    // OWASP's advice is to prepend a single quote; it is also what spreadsheet users type themselves
    // to make a cell text, and the value stays readable. The quote is added, never a space or a tab,
    // because those are stripped by some readers (which would make the cell live again). Quoting
    // the field and doubling its quotes is the CSV writer's job (RFC 4180).
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

} // namespace sd
