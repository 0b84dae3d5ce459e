#pragma once

#include "counting/ResultsTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct ParticipantExportRow;

// Small-cell protection, the usual statistical disclosure control (docs/privacy.md, docs/counting.md):
// a number of persons from 1 to k − 1 in a results table, or a group of fewer than k persons who share
// gender, institution and region in a pseudonymised list, could single a person out ("2 women from one
// municipal office"). Such cells are flagged in the export's notes, and blanked on request.
struct SmallCellOptions
{
    static constexpr int kDefaultK = 5;
    int k = kDefaultK; // 2 or more; a count of 1 to k - 1 is small
    bool suppress = false;
};

class SmallCells
{
    Q_DECLARE_TR_FUNCTIONS(sd::SmallCells)

public:
    // The rows of a results table that hold a small number of persons: unique participants, or any
    // of female, male, other and not stated.
    static QList<qsizetype> smallRows(const ResultsTable& table, int k);

    // Adds a note naming the rows with small cells; with `suppress`, blanks them (ResultsCounts::blanked):
    // in such a row the gender cells and % female, and when its unique participants are under k also its
    // participations, unique participants, participant-days and % of participations. When that leaves a
    // single row blanked, the smallest other row is blanked alike, so that the totals do not give the
    // blanked numbers away. The totals stay. Returns how many rows hold small cells.
    static qsizetype protect(ResultsTable& table, const SmallCellOptions& options);

    // The groups of a pseudonymised participant list (same gender, institution and region) of fewer than
    // k persons: their count and how many persons they hold. With `suppress`, the gender, institution and
    // region of those persons are blanked (ParticipantExportRow::generalised).
    struct GroupReport
    {
        qsizetype groups = 0;
        qsizetype persons = 0;
    };
    static GroupReport protect(QList<ParticipantExportRow>& rows, const SmallCellOptions& options);
    // The note of a participant list with small groups; empty when there are none.
    static QString groupNote(const GroupReport& report, const SmallCellOptions& options);
};

} // namespace sd
