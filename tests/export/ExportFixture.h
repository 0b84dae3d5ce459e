#pragma once

#include "export/Table.h"

#include <QDir>
#include <QStringList>

namespace sd::test {

// The table behind the golden CSV files in tests/data/export/: accents, quotes, separators and line
// breaks inside fields, formula-like text, a negative number, empty cells, text in a number column.
inline Table peopleTable()
{
    Table table;
    table.title = QStringLiteral("Participants");
    table.columns = {
        {QStringLiteral("Given names"), TableColumn::Kind::Text},
        {QStringLiteral("Family names"), TableColumn::Kind::Text},
        {QStringLiteral("Institution"), TableColumn::Kind::Text},
        {QStringLiteral("Sessions"), TableColumn::Kind::Integer},
        {QStringLiteral("Participant-days"), TableColumn::Kind::Decimal},
    };
    table.rows = {
        {QString::fromUtf8("Lucía"), QString::fromUtf8("Peña Núñez"),
         QString::fromUtf8("Comisión \"Sur\", Oficina 2"), 3, 4.5},
        {QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"), QString::fromUtf8("Gómez"),
         QStringLiteral("Line one\nLine two"), 1, 0.5},
        {QStringLiteral("+1"), QStringLiteral("-2"), QStringLiteral("@SUM(A1:A2)"), -2, 0.0},
        {QStringLiteral("\tTabbed"), QStringLiteral("\rReturn"), QVariant(), QVariant(), 2.25},
        {QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("Instituto; Sede Norte"),
         QStringLiteral("n/a"), 1},
    };
    table.totals = QList<QVariant>{QStringLiteral("Total"), QVariant(), QVariant(), 2, 8.25};
    table.notes = {QStringLiteral("Participant-days count a half-day session as 0.5.")};
    return table;
}

// The names of the entries of a folder, hidden ones included: to see that no temporary file is left.
inline QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace sd::test
