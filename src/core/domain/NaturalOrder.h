#pragma once

#include <QString>

namespace sd {

// The order in which people number things: activity codes sort 1, 2.1, 2.2, 2.10, 3, …, 10. Runs of
// digits compare as numbers (leading zeros ignored), other characters without regard to case.
bool naturalLess(const QString& a, const QString& b);

} // namespace sd
