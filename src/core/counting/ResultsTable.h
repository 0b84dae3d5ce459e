#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// The breakdowns of the results tables (docs/counting.md).
enum class ResultsKey
{
    Activity,
    Component,
    Institution,
    InstitutionType,
    Gender,
    Region,
    ExpertCountry
};

// The stable code of a breakdown, as written after `--by` and in exports ("institution-type").
QString resultsKeyCode(ResultsKey key);
std::optional<ResultsKey> resultsKeyFromCode(const QString& code);
// Every breakdown, in the order of docs/counting.md.
QList<ResultsKey> allResultsKeys();
// The translated name of a breakdown, for headings ("Institution type").
QString resultsKeyLabel(ResultsKey key);

// The numbers of a row of a results table, or of the whole project. Gender columns count distinct
// persons, so they add up to uniqueParticipants.
struct ResultsCounts
{
    qint64 participations = 0;
    qint64 uniqueParticipants = 0;
    qint64 female = 0;
    qint64 male = 0;
    qint64 other = 0;
    qint64 notStated = 0;
    double participantDays = 0.0;
    qint64 experts = 0;
    qint64 expertCountries = 0;
};

// One row of a results table.
struct ResultsRow : ResultsCounts
{
    QString key;   // stable: activity code, component number, institution acronym, gender code, ...
    QString label; // for people: title, name, translated label
};

// The numbers over the whole project: every person once, every expert once.
using ResultsTotals = ResultsCounts;

struct ResultsTable
{
    QString projectCode;
    QString projectTitle;
    ResultsKey by = ResultsKey::Activity;
    QList<ResultsRow> rows;
    ResultsTotals totals;
    QStringList notes; // how to read the table: what the rows add up to, and why
};

} // namespace sd
