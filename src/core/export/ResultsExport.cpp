#include "export/ResultsExport.h"

#include "counting/ResultsFormatter.h"
#include "export/JsonText.h"

#include <QCoreApplication>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Export", text);
}

QList<QVariant> numberCells(const ResultsCounts& numbers)
{
    return {numbers.participations, numbers.uniqueParticipants, numbers.female,          numbers.male,
            numbers.other,          numbers.notStated,          numbers.participantDays, numbers.experts,
            numbers.expertCountries};
}

} // namespace

Table resultsSheet(const ResultsTable& results)
{
    using Kind = TableColumn::Kind;
    Table table;
    table.title = resultsKeyLabel(results.by);
    table.columns = {{resultsKeyLabel(results.by), Kind::Text},
                     {tr("Label"), Kind::Text},
                     {tr("Participations"), Kind::Integer},
                     {tr("Unique participants"), Kind::Integer},
                     {tr("Female"), Kind::Integer},
                     {tr("Male"), Kind::Integer},
                     {tr("Other"), Kind::Integer},
                     {tr("Not stated"), Kind::Integer},
                     {tr("Participant-days"), Kind::Decimal},
                     {tr("Experts"), Kind::Integer},
                     {tr("Expert countries"), Kind::Integer}};
    table.rows.reserve(results.rows.size());
    for (const ResultsRow& row : results.rows)
        table.rows.append(QList<QVariant>{row.key, row.label} + numberCells(row));
    table.totals = QList<QVariant>{tr("Total"), QString()} + numberCells(results.totals);
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
