#include "import/ImportReport.h"

#include "export/SafeFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <algorithm>

namespace sd {

namespace {

QString countLine(const QString& label, qint64 value)
{
    return QStringLiteral("  %1 %2\n").arg(label + QLatin1Char(':'), -30).arg(value, 6);
}

QString separatorName(QChar separator)
{
    if (separator == u'\t')
        return ImportReport::tr("tab");
    return QStringLiteral("'%1'").arg(separator);
}

QString problemLine(int line, const RowProblem& problem)
{
    return ImportReport::tr("line %1, field %2: %3").arg(line).arg(problem.field, problem.message);
}

QString csvField(const QString& text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString formatImportReport(const ImportPlan& plan, const ImportReportContext& context)
{
    const ImportCounts counts = plan.counts();
    const bool sheet = plan.kind == ImportKind::Attendance;
    const QString listName = QFileInfo(plan.fileName).fileName();
    QString out;
    const QString format =
        plan.separator.isNull()
            ? plan.encoding
            : ImportReport::tr("%1, separated by %2").arg(plan.encoding, separatorName(plan.separator));
    out += (sheet ? ImportReport::tr("Import of the sign-in sheet %1 (%2) into %3\n")
                  : ImportReport::tr("Import of the participant list %1 (%2) into %3\n"))
               .arg(listName, format, context.databaseName);
    out += ImportReport::tr("Columns: %1\n").arg(plan.columns);
    if (!plan.invalidTextLines.isEmpty()) {
        constexpr qsizetype kLinesShown = 20;
        QStringList lines;
        for (qsizetype i = 0; i < std::min(plan.invalidTextLines.size(), kLinesShown); ++i)
            lines.append(QString::number(plan.invalidTextLines[i]));
        QString shown = lines.join(QStringLiteral(", "));
        if (plan.invalidTextLines.size() > kLinesShown)
            shown =
                ImportReport::tr("%1 and %2 more").arg(shown).arg(plan.invalidTextLines.size() - kLinesShown);
        out +=
            (plan.invalidTextLines.size() == 1
                 ? ImportReport::tr(
                       "Bytes that are not UTF-8 were read as Windows-1252 on line %1; check the accents of "
                       "that line in the list.\n")
                 : ImportReport::tr(
                       "Bytes that are not UTF-8 were read as Windows-1252 on lines %1; check the accents of "
                       "those lines in the list.\n"))
                .arg(shown);
    }
    if (!sheet && !plan.activityCode.isEmpty())
        out += ImportReport::tr("Everyone on the list is enrolled in activity %1.\n").arg(plan.activityCode);
    out += u'\n';

    out += countLine(ImportReport::tr("rows read"), counts.rowsRead);
    out += countLine(ImportReport::tr("new participants"), counts.newParticipants);
    out += countLine(ImportReport::tr("matched participants"), counts.matchedParticipants);
    out += countLine(ImportReport::tr("participants filled in"), counts.filledParticipants);
    out += countLine(ImportReport::tr("rows repeating a person"), counts.repeatedRows);
    out += countLine(ImportReport::tr("new institutions"), counts.newInstitutions);
    out += countLine(ImportReport::tr("new enrolments"), counts.newEnrolments);
    if (sheet) {
        out += countLine(ImportReport::tr("new attendance marks"), counts.newMarks);
        out += countLine(ImportReport::tr("marks already recorded"), counts.unchangedMarks);
    }
    out += countLine(ImportReport::tr("rejected rows"), counts.rejectedRows);
    out += countLine(ImportReport::tr("possible duplicates"), counts.possibleDuplicates);
    out += countLine(ImportReport::tr("differences not overwritten"), counts.differences);

    if (!plan.rejected.isEmpty()) {
        out += ImportReport::tr("\nRejected rows:\n");
        for (const RejectedRow& row : plan.rejected) {
            for (const RowProblem& problem : row.problems)
                out += QStringLiteral("  ") + problemLine(row.line, problem) + u'\n';
        }
    }
    if (!plan.possibleDuplicates.isEmpty()) {
        out += ImportReport::tr(
            "\nPossible duplicates (not merged; if two are one person, merge them with 'seminardesk-cli "
            "merge'):\n");
        for (const PossibleDuplicate& duplicate : plan.possibleDuplicates) {
            const QString other =
                duplicate.otherId != 0
                    ? ImportReport::tr("participant %1 \"%2\"")
                          .arg(duplicate.otherId)
                          .arg(duplicate.otherName)
                    : ImportReport::tr("line %1 \"%2\"").arg(duplicate.otherLine).arg(duplicate.otherName);
            out += ImportReport::tr("  line %1 \"%2\" and %3: %4\n")
                       .arg(duplicate.line)
                       .arg(duplicate.name, other, duplicate.reason);
        }
    }
    if (!plan.differences.isEmpty()) {
        out += ImportReport::tr("\nDifferences not overwritten (the value already recorded was kept):\n");
        for (const FieldDifference& difference : plan.differences) {
            out += ImportReport::tr("  line %1, %2, field %3: list \"%4\", kept \"%5\"\n")
                       .arg(difference.line)
                       .arg(difference.subject, difference.field, difference.listValue, difference.keptValue);
        }
    }
    QStringList filled;
    for (const PlannedPerson& person : plan.persons) {
        if (!person.isNew && !person.filledFields.isEmpty())
            filled.append(
                ImportReport::tr("  participant %1 (%2): %3\n")
                    .arg(person.stored.id)
                    .arg(person.stored.displayName(), person.filledFields.join(QStringLiteral(", "))));
    }
    if (!filled.isEmpty())
        out += ImportReport::tr("\nEmpty fields filled in:\n") + filled.join(QString());
    if (!plan.newInstitutions.isEmpty()) {
        out += ImportReport::tr("\nNew institutions:\n");
        for (const NewInstitution& added : plan.newInstitutions)
            out += ImportReport::tr("  %1 (line %2)\n")
                       .arg(added.institution.acronym.isEmpty()
                                ? added.institution.name
                                : QStringLiteral("%1 (%2)").arg(added.institution.name,
                                                                added.institution.acronym))
                       .arg(added.firstLine);
    }

    out += u'\n';
    const QString rejectedName = QFileInfo(context.rejectedFile).fileName();
    switch (context.outcome) {
    case ImportOutcome::Written:
        out += plan.changesAnything()
                   ? ImportReport::tr("Written to %1 in one transaction.\n").arg(context.databaseName)
                   : ImportReport::tr("Nothing to write: %1 already holds everything on this list.\n")
                         .arg(context.databaseName);
        if (plan.rejected.size() == 1)
            out += ImportReport::tr("The rejected row is in %1, with the reason.\n").arg(rejectedName);
        else if (!plan.rejected.isEmpty())
            out += ImportReport::tr("The %1 rejected rows are in %2, with the reason for each.\n")
                       .arg(plan.rejected.size())
                       .arg(rejectedName);
        break;
    case ImportOutcome::DryRun:
        out += ImportReport::tr("Dry run: nothing was written.\n");
        if (!plan.rejected.isEmpty() && context.skipInvalid)
            out += plan.rejected.size() == 1
                       ? ImportReport::tr("With --skip-invalid the rejected row would go to %1.\n")
                             .arg(rejectedName)
                       : ImportReport::tr("With --skip-invalid the %1 rejected rows would go to %2.\n")
                             .arg(plan.rejected.size())
                             .arg(rejectedName);
        break;
    case ImportOutcome::RefusedInvalidRows:
        out += plan.rejected.size() == 1
                   ? ImportReport::tr("Nothing was written: 1 row is invalid. Correct it, or import "
                                      "again with --skip-invalid to "
                                      "import the valid rows and keep that one in %1.\n")
                         .arg(rejectedName)
                   : ImportReport::tr("Nothing was written: %1 rows are invalid. Correct them, or "
                                      "import again with --skip-invalid "
                                      "to import the valid rows and keep the others in %2.\n")
                         .arg(plan.rejected.size())
                         .arg(rejectedName);
        break;
    }
    return out;
}

QString rejectedRowsPath(const QString& listPath)
{
    return listPath + QStringLiteral(".rejected.csv");
}

Status writeRejectedRows(const QString& path, const CsvTable& table, const QList<RejectedRow>& rejected)
{
    const QChar separator = (table.separator == u',' || table.separator == u';' || table.separator == u'\t')
                                ? table.separator
                                : u',';
    QString text;
    text += QChar(QChar::ByteOrderMark);
    QStringList header;
    for (const QString& heading : table.header)
        header.append(csvField(heading, separator));
    header.append(csvField(ImportReport::tr("Rejection reason"), separator));
    text += header.join(separator) + QStringLiteral("\r\n");
    for (const RejectedRow& row : rejected) {
        QStringList cells;
        const QStringList& original = table.rows.value(row.row);
        for (int column = 0; column < table.header.size(); ++column)
            cells.append(csvField(original.value(column), separator));
        QStringList reasons;
        for (const RowProblem& problem : row.problems)
            reasons.append(problemLine(row.line, problem));
        cells.append(csvField(reasons.join(QStringLiteral(" ")), separator));
        text += cells.join(separator) + QStringLiteral("\r\n");
    }
    const QByteArray bytes = text.toUtf8();
    return writeBytesAtomically(path, bytes);
}

} // namespace sd
