#pragma once

#include <QString>

namespace sd {

// A text folded for searching: lower case, accents removed ("Ramírez Núñez" -> "ramirez nunez"), so
// that an officer typing on a keyboard without accents still finds the person.
QString foldForSearch(const QString& text);

} // namespace sd
