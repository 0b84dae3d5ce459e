#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sd {

// The words of the printed documents, one translation context for all of them.
class Documents
{
    Q_DECLARE_TR_FUNCTIONS(sd::Documents)
};

// How the coordinator's documents write dates, days and rates (English, like the rest of the program).

// "13 March 2017"
QString documentDate(const QDate& date);
// "13–15 March 2017", "28 February – 2 March 2017", "13 March 2017" for one day.
QString documentDateRange(const QDate& start, const QDate& end);
// "Monday 13 March 2017, morning"; a full day says just the date.
QString documentSessionDate(const Session& session);
// Participant-days: "3" or "2.5".
QString documentDays(double days);
// The language the documents are printed in, as the translation in force for them says: "en" or "es".
// Picks the form of a text the programme keeps in both (the privacy notice).
QString documentLanguage();
// An attendance rate, rounded down so that 74.9 % never reads as 75 %: "83 %".
QString documentRate(double percent);

} // namespace sd
