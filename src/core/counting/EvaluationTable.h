#pragma once

#include "counting/EvaluationIndicator.h"
#include "counting/ResultsTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace sd {

// The evaluation indicators of a row of an evaluation table, or of the whole project
// (docs/counting.md, "Evaluation"). The unit is the participation: one person who took part in one
// activity, whose scores are read against that activity's maximum. Counts are participations; a
// value that has no denominator (no paired participations, no responses) is empty, never 0.
struct EvaluationCounts
{
    qint64 tookPart = 0;
    qint64 preTested = 0;
    qint64 postTested = 0;
    qint64 paired = 0;
    std::optional<double> meanPrePct;  // over paired
    std::optional<double> meanPostPct; // over paired
    qint64 improved = 0;
    std::optional<double> improvedPct; // of paired
    std::optional<double> normalisedGain;
    std::optional<double> meanIndividualGain;
    qint64 gainUndefined = 0; // paired with pre = 100 %
    qint64 mastery = 0;
    std::optional<double> masteryPct;        // of post-tested
    qint64 satisfactionResponses = 0;        // answered one satisfaction item or more
    qint64 satisfactionOverallResponses = 0; // answered the overall item
    qint64 satisfied = 0;                    // overall item 4 or 5
    std::optional<double> satisfiedPct;      // of satisfactionOverallResponses
    std::optional<double> satisfactionMean;  // every item answer of every response
    std::optional<double> satisfactionMeanOverall;
    std::optional<double> satisfactionMeanRelevance;
    std::optional<double> satisfactionMeanExperts;
    std::optional<double> satisfactionMeanOrganisation;
    std::optional<double> satisfactionMeanRecommend;
    qint64 followedUp = 0;            // answered the follow-up
    qint64 applied = 0;               // yes or partly
    std::optional<double> appliedPct; // of followedUp
};

struct EvaluationRow : EvaluationCounts
{
    QString key; // as in the results table of the same breakdown
    QString label;
    // The activity's design, in rows by activity only.
    std::optional<double> testMaxScore;
    std::optional<double> masteryThresholdPct;
};

struct EvaluationTable
{
    QString projectCode;
    QString projectTitle;
    ResultsKey by = ResultsKey::Activity;
    ResultsPeriod period; // whole by default
    QList<EvaluationRow> rows;
    EvaluationCounts totals;
    QStringList notes;
};

// One column of an evaluation table in every format: its JSON key (also the CSV header), its
// heading, and whether it is a count (integer), a number or a design value shown with the row.
struct EvaluationField
{
    enum class Kind
    {
        Count,
        Percent,  // 0-100
        Fraction, // a gain, 0.45 rather than 45
        Mean,     // a 1-5 scale
        Design,   // activity rows only
    };
    const char* key;
    QString title;
    Kind kind;
};

class EvaluationFields
{
    Q_DECLARE_TR_FUNCTIONS(sd::EvaluationFields)

public:
    // Every column after key and label, in the order of every format.
    static const QList<EvaluationField>& all();
    // A field's value: a qint64 count, a double, or a null QVariant when empty (or a design value
    // outside rows by activity).
    static QVariant value(const EvaluationCounts& counts, const EvaluationField& field);
    static QVariant value(const EvaluationRow& row, const EvaluationField& field);

    // The stable code of an indicator (the JSON key of its count) and back.
    static QString indicatorCode(EvaluationIndicator indicator);
    static std::optional<EvaluationIndicator> indicatorFromCode(const QString& code);
    static QStringList indicatorCodes();

    // The indicator reference: for each field, its definition, unit and denominator, in plain words.
    struct Reference
    {
        QString key;
        QString definition;
        QString unit;
        QString denominator;
    };
    static QList<Reference> reference();
    // The counting rule every indicator follows.
    static QString countingRule();
};

} // namespace sd
