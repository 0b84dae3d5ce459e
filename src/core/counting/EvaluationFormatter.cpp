#include "counting/EvaluationFormatter.h"

#include "counting/ResultsFormatter.h"
#include "export/CellSafety.h"
#include "export/JsonText.h"

#include <QLocale>

namespace sd {

namespace {

using Kind = EvaluationField::Kind;

constexpr qsizetype kTextLabelWidth = 40;
constexpr qsizetype kTextNoteWidth = 100;

// Shortest exact form, with a decimal point so that readers see a number that need not be whole.
QString exactNumber(const QVariant& value)
{
    if (value.typeId() == QMetaType::LongLong)
        return QString::number(value.toLongLong());
    QString text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

QString textNumber(const QVariant& value, Kind kind)
{
    if (value.isNull())
        return QString(QChar(0x2013));
    switch (kind) {
    case Kind::Count:
        return QString::number(value.toLongLong());
    case Kind::Percent:
        return QString::number(value.toDouble(), 'f', 1);
    case Kind::Fraction:
    case Kind::Mean:
        return QString::number(value.toDouble(), 'f', 2);
    case Kind::Design:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

bool showsDesign(const EvaluationTable& table)
{
    return table.by == ResultsKey::Activity;
}

// The fields a table shows: the design only by activity.
QList<EvaluationField> fieldsOf(const EvaluationTable& table)
{
    QList<EvaluationField> fields;
    for (const EvaluationField& field : EvaluationFields::all()) {
        if (field.kind != Kind::Design || showsDesign(table))
            fields.append(field);
    }
    return fields;
}

QString csvCell(const QString& value)
{
    QString text = neutraliseCell(value);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n')))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList wrapped(const QString& text, qsizetype width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QString EvaluationFormatter::toText(const EvaluationTable& table)
{
    const QList<EvaluationField> fields = fieldsOf(table);
    QStringList headers{resultsKeyLabel(table.by), tr("Label")};
    for (const EvaluationField& field : fields)
        headers.append(field.title);
    QList<QStringList> body;
    for (const EvaluationRow& row : table.rows) {
        QStringList cells{row.key, row.label.size() <= kTextLabelWidth
                                       ? row.label
                                       : row.label.left(kTextLabelWidth - 1) + QChar(0x2026)};
        for (const EvaluationField& field : fields)
            cells.append(textNumber(EvaluationFields::value(row, field), field.kind));
        body.append(cells);
    }
    QStringList totals{tr("Total"), QString()};
    for (const EvaluationField& field : fields)
        totals.append(field.kind == Kind::Design
                          ? QString()
                          : textNumber(EvaluationFields::value(table.totals, field), field.kind));

    QList<qsizetype> widths;
    for (const QString& header : std::as_const(headers))
        widths.append(header.size());
    for (const QStringList& cells : std::as_const(body) + QList<QStringList>{totals}) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths[column], cells.at(column).size());
    }
    const auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype column = 0; column < cells.size(); ++column)
            padded.append(column < 2 ? cells.at(column).leftJustified(widths.at(column))
                                     : cells.at(column).rightJustified(widths.at(column)));
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    qsizetype ruleWidth = 2 * (widths.size() - 1);
    for (const qsizetype width : std::as_const(widths))
        ruleWidth += width;
    const QString rule = QString(ruleWidth, QLatin1Char('-')) + QLatin1Char('\n');

    QString text = QStringLiteral("%1 %2\n").arg(table.projectCode, table.projectTitle);
    text += tr("Evaluation by %1").arg(resultsKeyLabel(table.by).toLower());
    if (!table.period.isWhole())
        text += QStringLiteral(", ") + tr("sessions held %1").arg(table.period.describe());
    text += QStringLiteral("\n\n");
    text += line(headers) + rule;
    for (const QStringList& cells : std::as_const(body))
        text += line(cells);
    text += rule + line(totals);
    if (!table.notes.isEmpty()) {
        text += QLatin1Char('\n') + tr("Notes:") + QLatin1Char('\n');
        for (const QString& note : table.notes) {
            const QStringList lines = wrapped(note, kTextNoteWidth);
            for (qsizetype i = 0; i < lines.size(); ++i)
                text +=
                    (i == 0 ? QStringLiteral("- ") : QStringLiteral("  ")) + lines.at(i) + QLatin1Char('\n');
        }
    }
    return text;
}

QByteArray EvaluationFormatter::toCsv(const EvaluationTable& table)
{
    const QString crlf = QStringLiteral("\r\n");
    const QList<EvaluationField> fields = fieldsOf(table);
    QStringList header{QStringLiteral("key"), QStringLiteral("label")};
    for (const EvaluationField& field : fields)
        header.append(QString::fromLatin1(field.key));
    QString csv = header.join(QLatin1Char(',')) + crlf;
    const auto cells = [&](const auto& numbers) {
        QStringList values;
        for (const EvaluationField& field : fields) {
            const QVariant value = EvaluationFields::value(numbers, field);
            values.append(value.isNull() ? QString() : exactNumber(value));
        }
        return values;
    };
    for (const EvaluationRow& row : table.rows)
        csv += (QStringList{csvCell(row.key), csvCell(row.label)} + cells(row)).join(QLatin1Char(',')) + crlf;
    csv += (QStringList{csvCell(ResultsFormatter::totalsKey()), csvCell(tr("Total"))} + cells(table.totals))
               .join(QLatin1Char(',')) +
           crlf;
    return csv.toUtf8();
}

QByteArray EvaluationFormatter::toJson(const EvaluationTable& table)
{
    const auto members = [](const auto& numbers, bool withDesign) {
        QStringList parts;
        for (const EvaluationField& field : EvaluationFields::all()) {
            if (field.kind == Kind::Design && !withDesign)
                continue;
            const QVariant value = EvaluationFields::value(numbers, field);
            parts.append(
                QStringLiteral("%1: %2").arg(jsonString(QString::fromLatin1(field.key)),
                                             value.isNull() ? QStringLiteral("null") : exactNumber(value)));
        }
        return parts.join(QStringLiteral(", "));
    };
    QString json = QStringLiteral("{\n");
    json += QStringLiteral("  \"project\": %1,\n").arg(jsonString(table.projectCode));
    json += QStringLiteral("  \"project_title\": %1,\n").arg(jsonString(table.projectTitle));
    json += QStringLiteral("  \"by\": %1,\n").arg(jsonString(resultsKeyCode(table.by)));
    // The period only when there is one, as in the attendance tables.
    if (!table.period.from.isNull())
        json += QStringLiteral("  \"from\": %1,\n").arg(jsonString(table.period.from.toString(Qt::ISODate)));
    if (!table.period.to.isNull())
        json += QStringLiteral("  \"to\": %1,\n").arg(jsonString(table.period.to.toString(Qt::ISODate)));
    json += QStringLiteral("  \"measure\": \"evaluation\",\n");
    json += QStringLiteral("  \"rows\": [");
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const EvaluationRow& row = table.rows.at(i);
        json += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"));
        json += QStringLiteral("    {\"key\": %1, \"label\": %2, %3}")
                    .arg(jsonString(row.key), jsonString(row.label), members(row, showsDesign(table)));
    }
    json += table.rows.isEmpty() ? QStringLiteral("],\n") : QStringLiteral("\n  ],\n");
    json += QStringLiteral("  \"totals\": {%1},\n").arg(members(table.totals, false));
    json += QStringLiteral("  \"notes\": [");
    for (qsizetype i = 0; i < table.notes.size(); ++i) {
        json += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"));
        json += QStringLiteral("    ") + jsonString(table.notes.at(i));
    }
    json += table.notes.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n  ]\n");
    json += QStringLiteral("}\n");
    return json.toUtf8();
}

} // namespace sd
