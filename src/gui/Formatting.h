#pragma once

#include "counting/ResultsTable.h"

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
// A number column's heading on two lines, so that the column is as narrow as its numbers: "Unique
// participants" as "Unique / participants", broken at the space nearest the middle (or after a
// hyphen: "Participant- / days"); one word stays on one line.
QString headingOnTwoLines(const QString& title);
// A row of a results or evaluation table as the window heads it: "2.1  Seminar on …" (activities and
// components with their code), "Instituto Nacional de Migración (INM)", "Female".
QString resultsRowHeading(ResultsKey by, const QString& key, const QString& label);

} // namespace sd
