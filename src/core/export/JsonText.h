#pragma once

#include <QString>

namespace sd {

// A JSON string literal for `text`, quotes included: quotes, backslashes and control characters escaped,
// everything else (accents too) kept as UTF-8 text. For exporters that write JSON in a fixed key order.
QString jsonString(const QString& text);

} // namespace sd
