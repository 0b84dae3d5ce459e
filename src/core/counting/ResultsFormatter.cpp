#include "counting/ResultsFormatter.h"

#include "export/CellSafety.h"
#include "export/JsonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::ResultsFormatter", text);
}

constexpr qsizetype kTextLabelWidth = 48;
constexpr qsizetype kTextNoteWidth = 100;

// The columns after key and label, in every format's order.
// clang-format off
constexpr std::array<const char*, 9> kNumberFields{"participations", "unique_participants", "female", "male",
                                                   "other", "not_stated", "participant_days", "experts",
                                                   "expert_countries"};
// clang-format on

QString days(double value)
{
    return QString::number(value, 'f', 1);
}

// One row's numbers as text, in the order of kNumberFields.
QStringList numberCells(const ResultsCounts& numbers)
{
    return {QString::number(numbers.participations), QString::number(numbers.uniqueParticipants),
            QString::number(numbers.female),         QString::number(numbers.male),
            QString::number(numbers.other),          QString::number(numbers.notStated),
            days(numbers.participantDays),           QString::number(numbers.experts),
            QString::number(numbers.expertCountries)};
}

QString elided(const QString& text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026);
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

QString csvCell(const QString& value)
{
    QString text = neutraliseCell(value);
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (needsQuotes.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Shortest exact form, always with a decimal point so that readers see a double ("236.0").
QString jsonDouble(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

QString jsonNumbers(const ResultsCounts& numbers)
{
    return QStringLiteral(
               "\"participations\": %1, \"unique_participants\": %2, \"female\": %3, \"male\": %4, "
               "\"other\": %5, \"not_stated\": %6, \"participant_days\": %7, \"experts\": %8, "
               "\"expert_countries\": %9")
        .arg(QString::number(numbers.participations), QString::number(numbers.uniqueParticipants),
             QString::number(numbers.female), QString::number(numbers.male), QString::number(numbers.other),
             QString::number(numbers.notStated), jsonDouble(numbers.participantDays),
             QString::number(numbers.experts), QString::number(numbers.expertCountries));
}

} // namespace

QString ResultsFormatter::totalsKey()
{
    return QStringLiteral("(total)");
}

QString ResultsFormatter::toText(const ResultsTable& table)
{
    const QStringList headers{resultsKeyLabel(table.by),
                              tr("Label"),
                              tr("Participations"),
                              tr("Unique"),
                              tr("Female"),
                              tr("Male"),
                              tr("Other"),
                              tr("Not stated"),
                              tr("Participant-days"),
                              tr("Experts"),
                              tr("Expert countries")};
    QList<QStringList> body;
    for (const ResultsRow& row : table.rows)
        body.append(QStringList{row.key, elided(row.label, kTextLabelWidth)} + numberCells(row));
    const QStringList totals = QStringList{tr("Total"), QString()} + numberCells(table.totals);

    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(header.size());
    for (const QStringList& cells : std::as_const(body) + QList<QStringList>{totals}) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths[column], cells.at(column).size());
    }
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            // Key and label read left to right; numbers line up on their last digit.
            padded.append(column < 2 ? cells.at(column).leftJustified(widths.at(column))
                                     : cells.at(column).rightJustified(widths.at(column)));
        }
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
    text += tr("Results by %1").arg(resultsKeyLabel(table.by).toLower()) + QStringLiteral("\n\n");
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

QByteArray ResultsFormatter::toCsv(const ResultsTable& table)
{
    const QString crlf = QStringLiteral("\r\n");
    QStringList header{QStringLiteral("key"), QStringLiteral("label")};
    for (const char* field : kNumberFields)
        header.append(QString::fromLatin1(field));
    QString csv = header.join(QLatin1Char(',')) + crlf;
    for (const ResultsRow& row : table.rows)
        csv += (QStringList{csvCell(row.key), csvCell(row.label)} + numberCells(row)).join(QLatin1Char(',')) +
               crlf;
    csv += (QStringList{csvCell(totalsKey()), csvCell(tr("Total"))} + numberCells(table.totals))
               .join(QLatin1Char(',')) +
           crlf;
    return csv.toUtf8();
}

QByteArray ResultsFormatter::toJson(const ResultsTable& table)
{
    QString json = QStringLiteral("{\n");
    json += QStringLiteral("  \"project\": %1,\n").arg(jsonString(table.projectCode));
    json += QStringLiteral("  \"project_title\": %1,\n").arg(jsonString(table.projectTitle));
    json += QStringLiteral("  \"by\": %1,\n").arg(jsonString(resultsKeyCode(table.by)));
    json += QStringLiteral("  \"rows\": [");
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ResultsRow& row = table.rows.at(i);
        json += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"));
        json += QStringLiteral("    {\"key\": %1, \"label\": %2, %3}")
                    .arg(jsonString(row.key), jsonString(row.label), jsonNumbers(row));
    }
    json += table.rows.isEmpty() ? QStringLiteral("],\n") : QStringLiteral("\n  ],\n");
    json += QStringLiteral("  \"totals\": {%1},\n").arg(jsonNumbers(table.totals));
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
