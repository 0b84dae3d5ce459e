#pragma once

#include <QDate>
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
    ExpertCountry,
    Year,   // the calendar year of the sessions: "2017"
    Quarter // the calendar quarter of the sessions: "2017-Q4"
};

// The stable code of a breakdown, as written after `--by` and in exports ("institution-type").
QString resultsKeyCode(ResultsKey key);
std::optional<ResultsKey> resultsKeyFromCode(const QString& code);
// Every breakdown, in the order of docs/counting.md.
QList<ResultsKey> allResultsKeys();
// The translated name of a breakdown, for headings ("Institution type").
QString resultsKeyLabel(ResultsKey key);
// The translated label of a row of a table by year or quarter ("Q4 2017" for "2017-Q4"); the key itself
// for a year.
QString periodRowLabel(ResultsKey key, const QString& rowKey);

// The reporting period of a table: only the sessions held from `from` to `to` (both included) count.
// A null date leaves that end open; both null is the whole project, counted from the stored totals.
struct ResultsPeriod
{
    QDate from;
    QDate to;

    bool isWhole() const { return from.isNull() && to.isNull(); }
    // The sessions' dates as the statements compare them (ISO text); an open end is a date no session has.
    QString fromText() const;
    QString toText() const;
    // The part of this period that is also in `other`; empty() when they do not meet.
    ResultsPeriod intersected(const ResultsPeriod& other) const;
    bool isEmpty() const { return !from.isNull() && !to.isNull() && from > to; }
    // The period of a row of a table by year ("2017") or quarter ("2017-Q4"); nullopt for another text.
    static std::optional<ResultsPeriod> ofYear(const QString& key);
    static std::optional<ResultsPeriod> ofQuarter(const QString& key);
    // "from 2017-01-01 to 2017-12-31", "from 2017-01-01", "to 2017-12-31", translated; empty when whole.
    QString describe() const;

    friend bool operator==(const ResultsPeriod&, const ResultsPeriod&) = default;
};

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
    // Cells blanked by small-cell protection (SmallCells): a row's gender cells and % female, and its
    // participations, unique participants, participant-days and % of participations. Never the totals.
    enum Blank : quint8
    {
        BlankGenders = 1,
        BlankPersons = 2
    };
    quint8 blanked = 0;
};

// `part` as a percentage of `whole`, rounded to one decimal (12.3); nullopt when whole is 0. The share
// of participations (a row's over the totals') and the female share (female over unique participants).
std::optional<double> percentOf(qint64 part, qint64 whole);

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
    ResultsPeriod period; // the sessions counted; whole by default
    QList<ResultsRow> rows;
    ResultsTotals totals;
    QStringList notes; // how to read the table: what the rows add up to, and why
    // The note of small-cell protection (SmallCells) when a row could single a person out, also in
    // `notes`: for formats that hold no notes (CSV), which say it elsewhere.
    QString smallCellNote;
};

} // namespace sd
