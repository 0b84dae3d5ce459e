#pragma once

// How GoogleTest prints Qt's strings in a failure or a parameterised test's name: as their text, not
// as the bytes of the object. QString lives in the global namespace, where argument-dependent lookup
// finds this.
#include <QString>
#include <ostream>

inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
