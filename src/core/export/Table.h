#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <cmath>
#include <optional>

namespace sd {

// One column of an exported table: its heading and whether its cells are stored as text or numbers.
struct TableColumn
{
    enum class Kind
    {
        Text,
        Integer,
        Decimal,
    };

    QString title;
    Kind kind = Kind::Text;
};

// A table as every exporter takes it, independent of where the numbers came from: a results table,
// a register, a list of participants. Each row holds one value per column; a null QVariant is an
// empty cell.
struct Table
{
    QString title; // the sheet name in a workbook
    QList<TableColumn> columns;
    QList<QList<QVariant>> rows;
    std::optional<QList<QVariant>> totals;
    QStringList notes; // written below the table in a workbook
};

// True when `value` is written as a number: its column is numeric and the value holds a finite
// number. Anything else in a numeric column (a dash, "n/a", a NaN that a spreadsheet would reject)
// is written as text, so nothing is lost; in a text column every value is text, even a number, so
// that it is neutralised like any other text.
inline bool isNumberCell(TableColumn::Kind kind, const QVariant& value)
{
    if (kind == TableColumn::Kind::Text)
        return false;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(value.toDouble());
    default:
        return false;
    }
}

// True when a number cell holds a whole number, written without a decimal point.
inline bool isIntegralNumber(const QVariant& value)
{
    return value.typeId() != QMetaType::Double && value.typeId() != QMetaType::Float;
}

} // namespace sd
