#include "export/ResultsExport.h"

#include "counting/ResultsFormatter.h"
#include "export/ExportText.h"
#include "export/JsonText.h"

#include <QCoreApplication>

namespace sd {

namespace {

QVariant percentCell(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(); // an empty cell when the denominator is 0
}

QList<QVariant> numberCells(const ResultsCounts& numbers, const ResultsCounts& totals)
{
    return {numbers.participations,
            numbers.uniqueParticipants,
            numbers.female,
            numbers.male,
            numbers.other,
            numbers.notStated,
            numbers.participantDays,
            numbers.experts,
            numbers.expertCountries,
            percentCell(percentOf(numbers.participations, totals.participations)),
            percentCell(percentOf(numbers.female, numbers.uniqueParticipants))};
}

} // namespace

Table resultsSheet(const ResultsTable& results)
{
    using Kind = TableColumn::Kind;
    Table table;
    table.title = resultsKeyLabel(results.by);
    table.columns = {{resultsKeyLabel(results.by), Kind::Text},
                     {Export::tr("Label"), Kind::Text},
                     {Export::tr("Participations"), Kind::Integer},
                     {Export::tr("Unique participants"), Kind::Integer},
                     {Export::tr("Female"), Kind::Integer},
                     {Export::tr("Male"), Kind::Integer},
                     {Export::tr("Other"), Kind::Integer},
                     {Export::tr("Not stated"), Kind::Integer},
                     {Export::tr("Participant-days"), Kind::Decimal},
                     {Export::tr("Experts"), Kind::Integer},
                     {Export::tr("Expert countries"), Kind::Integer},
                     {Export::tr("% of participations"), Kind::Decimal},
                     {Export::tr("% female"), Kind::Decimal}};
    table.rows.reserve(results.rows.size());
    for (const ResultsRow& row : results.rows)
        table.rows.append(QList<QVariant>{row.key, row.label} + numberCells(row, results.totals));
    table.totals =
        QList<QVariant>{Export::tr("Total"), QString()} + numberCells(results.totals, results.totals);
    table.notes = results.notes;
    return table;
}

QByteArray resultsJsonByKey(const QList<ResultsTable>& tables)
{
    QByteArray json = "{";
    for (qsizetype index = 0; index < tables.size(); ++index) {
        QByteArray member = ResultsFormatter::toJson(tables[index]).trimmed();
        member.replace("\n", "\n  ");
        json += (index == 0 ? "\n  " : ",\n  ") + jsonString(resultsKeyCode(tables[index].by)).toUtf8() +
                ": " + member;
    }
    json += tables.isEmpty() ? "}\n" : "\n}\n";
    return json;
}

} // namespace sd
