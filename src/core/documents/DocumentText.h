#pragma once

#include "documents/DocumentLanguage.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sd {

// The words of the printed documents, one translation context for all of them. Their language is the
// document language of the print (documents/DocumentLanguage), which may differ from the window's.
class Documents
{
public:
    static QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)
    {
        return documentTranslate("sd::Documents", sourceText, disambiguation, n);
    }
};

// How the coordinator's documents write dates, days and rates, in the document's language.

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
