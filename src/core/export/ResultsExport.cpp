#include "export/ResultsExport.h"

#include "counting/EvaluationFormatter.h"
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

QList<QVariant> allNumberCells(const ResultsCounts& numbers, const ResultsCounts& totals);

// A row's numbers, with the cells small-cell protection blanked (SmallCells) empty.
QList<QVariant> numberCells(const ResultsCounts& numbers, const ResultsCounts& totals)
{
    QList<QVariant> cells = allNumberCells(numbers, totals);
    if (numbers.blanked & ResultsCounts::BlankGenders) {
        for (const int column : {2, 3, 4, 5, 10})
            cells[column] = QVariant();
    }
    if (numbers.blanked & ResultsCounts::BlankPersons) {
        for (const int column : {0, 1, 6, 9})
            cells[column] = QVariant();
    }
    return cells;
}

QList<QVariant> allNumberCells(const ResultsCounts& numbers, const ResultsCounts& totals)
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

Table evaluationSheet(const EvaluationTable& evaluation)
{
    using Kind = TableColumn::Kind;
    QList<EvaluationField> fields;
    for (const EvaluationField& field : EvaluationFields::all()) {
        if (field.kind != EvaluationField::Kind::Design || evaluation.by == ResultsKey::Activity)
            fields.append(field);
    }
    Table table;
    // The sheet beside the results sheet of the same breakdown in one workbook.
    table.title = Export::tr("%1 evaluation").arg(resultsKeyLabel(evaluation.by));
    table.columns = {{resultsKeyLabel(evaluation.by), Kind::Text}, {Export::tr("Label"), Kind::Text}};
    for (const EvaluationField& field : std::as_const(fields))
        table.columns.append(
            {field.title, field.kind == EvaluationField::Kind::Count ? Kind::Integer : Kind::Decimal});
    for (const EvaluationRow& row : evaluation.rows) {
        QList<QVariant> cells{row.key, row.label};
        for (const EvaluationField& field : std::as_const(fields))
            cells.append(EvaluationFields::value(row, field));
        table.rows.append(cells);
    }
    QList<QVariant> totals{Export::tr("Total"), QString()};
    for (const EvaluationField& field : std::as_const(fields))
        totals.append(EvaluationFields::value(evaluation.totals, field));
    table.totals = totals;
    table.notes = evaluation.notes;
    return table;
}

Table indicatorsSheet()
{
    using Kind = TableColumn::Kind;
    Table table;
    table.title = Export::tr("Indicators");
    table.columns = {{Export::tr("Indicator"), Kind::Text},
                     {Export::tr("Definition"), Kind::Text},
                     {Export::tr("Unit"), Kind::Text},
                     {Export::tr("Denominator"), Kind::Text},
                     {Export::tr("Counting rule"), Kind::Text}};
    const QString rule = EvaluationFields::countingRule();
    for (const EvaluationFields::Reference& reference : EvaluationFields::reference())
        table.rows.append({reference.key, reference.definition, reference.unit, reference.denominator, rule});
    return table;
}

QByteArray evaluationJsonByKey(const QList<EvaluationTable>& tables)
{
    QByteArray json = "{";
    for (qsizetype index = 0; index < tables.size(); ++index) {
        QByteArray member = EvaluationFormatter::toJson(tables[index]).trimmed();
        member.replace("\n", "\n  ");
        json += (index == 0 ? "\n  " : ",\n  ") + jsonString(resultsKeyCode(tables[index].by)).toUtf8() +
                ": " + member;
    }
    json += tables.isEmpty() ? "}\n" : "\n}\n";
    return json;
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
