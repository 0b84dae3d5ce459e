#pragma once

#include <QDate>
#include <QString>

namespace sd {

// How the window writes dates and numbers, in the user's locale.

// "14 Mar 2017", "13 – 15 Mar 2017", "28 Feb – 2 Mar 2017", "30 Dec 2017 – 2 Jan 2018".
QString dateRangeText(const QDate& start, const QDate& end);
// "Tue 14 Mar 2017"
QString dayText(const QDate& date);
// Participant-days: whole numbers without decimals, half days with one.
QString daysText(double days);

} // namespace sd
