#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The demo programme's words, written in the language of the window that creates it.
class DemoProgramme
{
    Q_DECLARE_TR_FUNCTIONS(sd::DemoProgramme)
};

class ProgrammeStore;

// The embedded readable data of the demo programme: the Mexico II seed facts and the name lists
// from which its fictional people are generated.
inline constexpr char kDemoProgrammeResource[] = ":/demo/mexico-ii.json";

// Writes the Mexico II demo programme through the store in one transaction, so a failure leaves
// the file as it was. The seed's facts are written as given; dates, venues the seed does not
// name, further institutions and every person are illustrative (flagged so in the data) and are
// generated with a fixed seed, so every demo file holds the same records.
Status writeDemoProgramme(ProgrammeStore& store);

// The same from another copy of the demo data (tests use it to see that bad data is refused).
Status writeDemoProgramme(ProgrammeStore& store, const QString& dataPath);

} // namespace sd
