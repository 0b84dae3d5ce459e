#include "counting/ResultsFormatter.h"

#include "export/CellSafety.h"
#include "export/JsonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

namespace sd {

namespace {

constexpr qsizetype kTextLabelWidth = 48;
constexpr qsizetype kTextNoteWidth = 100;

// The columns after key and label, in every format's order.
// clang-format off
constexpr std::array<const char*, 11> kNumberFields{"participations", "unique_participants", "female", "male",
                                                   "other", "not_stated", "participant_days", "experts",
                                                   "expert_countries", "participations_pct", "female_pct"};
// clang-format on

QString days(double value)
{
    return QString::number(value, 'f', 1);
}

// A percentage with one decimal; `none` when its denominator is 0.
QString percent(std::optional<double> value, const QString& none)
{
    return value ? QString::number(*value, 'f', 1) : none;
}

QStringList numberCells(const ResultsCounts& numbers, const ResultsCounts& totals, const QString& none);

// One row's numbers as text, in the order of kNumberFields, with the cells small-cell protection blanked
// written as `blank`.; the share of participations is of the
// totals' participations.
QStringList numberCells(const ResultsCounts& numbers, const ResultsCounts& totals, const QString& none,
                        const QString& blank)
{
    QStringList cells = numberCells(numbers, totals, none);
    // The positions in kNumberFields of the cells small-cell protection blanks (SmallCells).
    if (numbers.blanked & ResultsCounts::BlankGenders) {
        for (const int column : {2, 3, 4, 5, 10})
            cells[column] = blank;
    }
    if (numbers.blanked & ResultsCounts::BlankPersons) {
        for (const int column : {0, 1, 6, 9})
            cells[column] = blank;
    }
    return cells;
}

QStringList numberCells(const ResultsCounts& numbers, const ResultsCounts& totals, const QString& none)
{
    return {QString::number(numbers.participations),
            QString::number(numbers.uniqueParticipants),
            QString::number(numbers.female),
            QString::number(numbers.male),
            QString::number(numbers.other),
            QString::number(numbers.notStated),
            days(numbers.participantDays),
            QString::number(numbers.experts),
            QString::number(numbers.expertCountries),
            percent(percentOf(numbers.participations, totals.participations), none),
            percent(percentOf(numbers.female, numbers.uniqueParticipants), none)};
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

QString jsonPercent(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("null");
}

QString jsonNumbers(const ResultsCounts& numbers, const ResultsCounts& totals)
{
    if (numbers.blanked != 0) {
        // Small-cell protection's blanks as null, every field in its place.
        const QStringList cells =
            numberCells(numbers, totals, QStringLiteral("null"), QStringLiteral("null"));
        QStringList members;
        for (size_t i = 0; i < kNumberFields.size(); ++i) {
            QString cell = cells.at(qsizetype(i));
            if (i == 6 && cell != QLatin1String("null"))
                cell = jsonDouble(numbers.participantDays);
            members.append(QStringLiteral("\"%1\": %2").arg(QLatin1String(kNumberFields.at(i)), cell));
        }
        return members.join(QStringLiteral(", "));
    }
    return QStringLiteral(
               "\"participations\": %1, \"unique_participants\": %2, \"female\": %3, \"male\": %4, "
               "\"other\": %5, \"not_stated\": %6, \"participant_days\": %7, \"experts\": %8, "
               "\"expert_countries\": %9")
               .arg(QString::number(numbers.participations), QString::number(numbers.uniqueParticipants),
                    QString::number(numbers.female), QString::number(numbers.male),
                    QString::number(numbers.other), QString::number(numbers.notStated),
                    jsonDouble(numbers.participantDays), QString::number(numbers.experts),
                    QString::number(numbers.expertCountries)) +
           QStringLiteral(", \"participations_pct\": %1, \"female_pct\": %2")
               .arg(jsonPercent(percentOf(numbers.participations, totals.participations)),
                    jsonPercent(percentOf(numbers.female, numbers.uniqueParticipants)));
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
                              tr("Expert countries"),
                              tr("% of participations"),
                              tr("% female")};
    const QString none = QStringLiteral("-");
    QList<QStringList> body;
    for (const ResultsRow& row : table.rows)
        body.append(QStringList{row.key, elided(row.label, kTextLabelWidth)} +
                    numberCells(row, table.totals, none, QStringLiteral("x")));
    const QStringList totals =
        QStringList{tr("Total"), QString()} + numberCells(table.totals, table.totals, none);

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
    text += tr("Results by %1").arg(resultsKeyLabel(table.by).toLower());
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

QByteArray ResultsFormatter::toCsv(const ResultsTable& table)
{
    const QString crlf = QStringLiteral("\r\n");
    QStringList header{QStringLiteral("key"), QStringLiteral("label")};
    for (const char* field : kNumberFields)
        header.append(QString::fromLatin1(field));
    QString csv = header.join(QLatin1Char(',')) + crlf;
    for (const ResultsRow& row : table.rows)
        csv += (QStringList{csvCell(row.key), csvCell(row.label)} +
                numberCells(row, table.totals, QString(), QString()))
                   .join(QLatin1Char(',')) +
               crlf;
    csv += (QStringList{csvCell(totalsKey()), csvCell(tr("Total"))} +
            numberCells(table.totals, table.totals, QString()))
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
    // The period only when there is one, so that a whole-project table reads as it always has.
    if (!table.period.from.isNull())
        json += QStringLiteral("  \"from\": %1,\n").arg(jsonString(table.period.from.toString(Qt::ISODate)));
    if (!table.period.to.isNull())
        json += QStringLiteral("  \"to\": %1,\n").arg(jsonString(table.period.to.toString(Qt::ISODate)));
    json += QStringLiteral("  \"rows\": [");
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ResultsRow& row = table.rows.at(i);
        json += (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"));
        json += QStringLiteral("    {\"key\": %1, \"label\": %2, %3}")
                    .arg(jsonString(row.key), jsonString(row.label), jsonNumbers(row, table.totals));
    }
    json += table.rows.isEmpty() ? QStringLiteral("],\n") : QStringLiteral("\n  ],\n");
    json += QStringLiteral("  \"totals\": {%1},\n").arg(jsonNumbers(table.totals, table.totals));
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
