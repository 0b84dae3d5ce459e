#include "counting/SmallCells.h"

#include "export/ParticipantExport.h"

#include <QHash>
#include <algorithm>

namespace sd {

namespace {

constexpr qsizetype kNamedRows = 12; // rows named in a note; more are counted

bool isSmall(qint64 count, int k)
{
    return count > 0 && count < k;
}

bool hasSmallGender(const ResultsCounts& row, int k)
{
    return isSmall(row.female, k) || isSmall(row.male, k) || isSmall(row.other, k) ||
           isSmall(row.notStated, k);
}

// Blanks `flag` in one more row when exactly one row has it, so that the totals cannot give it away:
// the row without it that has the fewest unique participants.
void blankComplement(QList<ResultsRow>& rows, quint8 flag)
{
    const auto blanked = std::count_if(rows.cbegin(), rows.cend(),
                                       [flag](const ResultsRow& row) { return (row.blanked & flag) != 0; });
    if (blanked != 1)
        return;
    ResultsRow* smallest = nullptr;
    for (ResultsRow& row : rows) {
        if ((row.blanked & flag) == 0 && row.uniqueParticipants > 0 &&
            (!smallest || row.uniqueParticipants < smallest->uniqueParticipants))
            smallest = &row;
    }
    // Unique participants add up the gender cells, so a row blanked for them is blanked for both.
    if (smallest)
        smallest->blanked |= flag == ResultsCounts::BlankPersons
                                 ? ResultsCounts::BlankPersons | ResultsCounts::BlankGenders
                                 : flag;
}

QString rowNames(const ResultsTable& table, const QList<qsizetype>& indices)
{
    QStringList names;
    for (qsizetype i = 0; i < indices.size() && i < kNamedRows; ++i) {
        const ResultsRow& row = table.rows.at(indices.at(i));
        names.append(row.key.isEmpty() ? SmallCells::tr("(none recorded)") : row.key);
    }
    if (indices.size() > kNamedRows)
        names.append(SmallCells::tr("and %1 more").arg(indices.size() - kNamedRows));
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<qsizetype> SmallCells::smallRows(const ResultsTable& table, int k)
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ResultsRow& row = table.rows.at(i);
        if (isSmall(row.uniqueParticipants, k) || hasSmallGender(row, k))
            rows.append(i);
    }
    return rows;
}

qsizetype SmallCells::protect(ResultsTable& table, const SmallCellOptions& options)
{
    const QList<qsizetype> small = smallRows(table, options.k);
    if (small.isEmpty())
        return 0;
    const QString rows = rowNames(table, small);
    if (!options.suppress) {
        table.smallCellNote =
            tr("Small cells (k = %1): %2 of the rows count 1 to %3 persons in a cell, which could "
               "single a person out: %4. Review them before publishing, or blank them "
               "(seminardesk-cli results --suppress-small).")
                .arg(options.k)
                .arg(small.size())
                .arg(options.k - 1)
                .arg(rows);
        table.notes.append(table.smallCellNote);
        return small.size();
    }
    for (const qsizetype index : small) {
        ResultsRow& row = table.rows[index];
        if (hasSmallGender(row, options.k) || isSmall(row.uniqueParticipants, options.k))
            row.blanked |= ResultsCounts::BlankGenders;
        if (isSmall(row.uniqueParticipants, options.k))
            row.blanked |= ResultsCounts::BlankPersons;
    }
    blankComplement(table.rows, ResultsCounts::BlankGenders);
    blankComplement(table.rows, ResultsCounts::BlankPersons);
    table.smallCellNote =
        tr("Small cells (k = %1) blanked: %2 of the rows counted 1 to %3 persons in a cell, which "
           "could single a person out: %4. Their gender cells are blank (x in text, empty in CSV "
           "and XLSX, null in JSON), and where the row's unique participants are under %1 its "
           "other person counts too; where that left one row blank, the next smallest row is "
           "blanked as well. The totals are complete.")
            .arg(options.k)
            .arg(small.size())
            .arg(options.k - 1)
            .arg(rows);
    table.notes.append(table.smallCellNote);
    return small.size();
}

SmallCells::GroupReport SmallCells::protect(QList<ParticipantExportRow>& rows,
                                            const SmallCellOptions& options)
{
    const auto groupOf = [](const ParticipantExportRow& row) {
        return QStringList{toCode(row.gender), row.institution, row.region}.join(QChar(0x1f));
    };
    QHash<QString, qsizetype> sizes;
    for (const ParticipantExportRow& row : std::as_const(rows))
        ++sizes[groupOf(row)];
    GroupReport report;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (isSmall(it.value(), options.k)) {
            ++report.groups;
            report.persons += it.value();
        }
    }
    if (options.suppress) {
        for (ParticipantExportRow& row : rows)
            row.generalised = isSmall(sizes.value(groupOf(row)), options.k);
    }
    return report;
}

QString SmallCells::groupNote(const GroupReport& report, const SmallCellOptions& options)
{
    if (report.groups == 0)
        return {};
    if (options.suppress)
        return tr("Small groups (k = %1) blanked: %2 persons were in %3 groups of fewer than %1 who share "
                  "gender, "
                  "institution and region, which could single them out; their gender, institution and region "
                  "are blank.")
            .arg(options.k)
            .arg(report.persons)
            .arg(report.groups);
    return tr("Small groups (k = %1): %2 persons are in %3 groups of fewer than %1 who share gender, "
              "institution "
              "and region, which could single them out. Review the list before passing it on, or blank those "
              "cells (--suppress-small).")
        .arg(options.k)
        .arg(report.persons)
        .arg(report.groups);
}

} // namespace sd
