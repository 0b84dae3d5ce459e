#include "RegisterExport.h"

#include "AppSettings.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RegisterModel.h"
#include "export/CsvWriter.h"
#include "export/EvaluationExport.h"
#include "export/JsonText.h"
#include "export/ParticipantExport.h"
#include "export/SafeFile.h"
#include "export/XlsxWriter.h"
#include "storage/ProgrammeStore.h"
#include "storage/RegisterQuery.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <cmath>

namespace sd {

namespace {

// Every row the model shows, read again in one statement: its query (the filter, or the ids it
// was given) with no page limit (SQLite reads LIMIT -1 as "no limit").
Result<QList<RegisterRow>> shownRows(const RegisterModel& model)
{
    return model.query().rows(0, -1);
}

// The columns in the order the view shows them; hidden ones are left out.
QList<int> shownColumns(const RegisterModel& model, const QHeaderView* header)
{
    QList<int> columns;
    if (!header || header->count() != model.columnCount()) {
        for (int column = 0; column < model.columnCount(); ++column)
            columns << column;
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString numberText(const QVariant& value)
{
    if (isIntegralNumber(value))
        return QString::number(value.toLongLong());
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

Status writeBytes(const QString& path, const QByteArray& bytes)
{
    return writeBytesAtomically(path, bytes);
}

QString finish(QWidget* parent, const QString& path, const Status& written)
{
    if (!written) {
        MessageBox::critical(parent, RegisterExport::tr("The list was not exported"),
                             written.error().message);
        return {};
    }
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

QString lastFolder(ProgrammeDocument& document)
{
    const QString folder = AppSettings::lastFolder();
    if (!folder.isEmpty() || document.isOnServer())
        return folder; // a server programme has no folder: AppSettings' own default then
    return QFileInfo(document.path()).absolutePath();
}

} // namespace

Result<QList<Id>> RegisterExport::shownIds(const RegisterModel& model)
{
    Result<QList<RegisterRow>> rows = shownRows(model);
    if (!rows)
        return rows.error();
    QList<Id> ids;
    ids.reserve(rows->size());
    for (const RegisterRow& row : std::as_const(rows.value()))
        ids << row.id;
    return ids;
}

Result<Table> RegisterExport::shownTable(const RegisterModel& model, const QHeaderView* header,
                                         const QString& title)
{
    Result<QList<RegisterRow>> rows = shownRows(model);
    if (!rows)
        return rows.error();
    const QList<int> columns = shownColumns(model, header);
    Table table;
    table.title = title;
    for (int column : columns) {
        const QString heading = model.headerData(column, Qt::Horizontal).toString();
        switch (model.columnValue(column)) {
        case RegisterValue::Count:
            table.columns.append({heading, TableColumn::Kind::Integer});
            break;
        case RegisterValue::Percent:
            table.columns.append({tr("%1 (%)").arg(heading), TableColumn::Kind::Decimal});
            break;
        case RegisterValue::Text:
        case RegisterValue::Gender:
        case RegisterValue::InstitutionType:
            table.columns.append({heading, TableColumn::Kind::Text});
            break;
        }
    }
    table.rows.reserve(rows->size());
    for (const RegisterRow& row : std::as_const(rows.value())) {
        QList<QVariant> cells;
        cells.reserve(columns.size());
        for (int column : columns) {
            const QVariant& value = row.cells.at(column);
            if (value.isNull()) {
                cells << QVariant();
                continue;
            }
            switch (model.columnValue(column)) {
            case RegisterValue::Count:
                cells << value.toLongLong();
                break;
            case RegisterValue::Percent:
                // As the view rounds it, with one decimal kept for the reader who adds them up.
                cells << std::round(value.toDouble() * 10.0) / 10.0;
                break;
            case RegisterValue::Text:
            case RegisterValue::Gender:
            case RegisterValue::InstitutionType:
                cells << model.displayText(column, value);
                break;
            }
        }
        table.rows << cells;
    }
    return table;
}

QByteArray RegisterExport::tableToJson(const Table& table)
{
    QString out = QStringLiteral("[");
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        out += row == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        const QList<QVariant>& cells = table.rows.at(row);
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            if (column > 0)
                out += QStringLiteral(", ");
            const TableColumn& heading = table.columns.at(column);
            const QVariant value = cells.value(column);
            out += jsonString(heading.title) + QStringLiteral(": ");
            if (value.isNull())
                out += QStringLiteral("null");
            else if (isNumberCell(heading.kind, value))
                out += numberText(value);
            else
                out += jsonString(value.toString());
        }
        out += QLatin1Char('}');
    }
    out += table.rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out.toUtf8();
}

Status RegisterExport::write(const QString& path, ExportFormat format, const Table& table,
                             const ExportContext& context)
{
    switch (format) {
    case ExportFormat::Csv:
    case ExportFormat::CsvWithBom: {
        CsvOptions options;
        options.bom = format == ExportFormat::CsvWithBom;
        return writeCsvFile(path, table, options);
    }
    case ExportFormat::Xlsx:
        return writeTableToXlsx(path, table, aboutLines(context));
    case ExportFormat::Json:
        return writeBytes(path, tableToJson(table));
    }
    return {};
}

QString RegisterExport::exportShown(QWidget* parent, ProgrammeDocument& document, const RegisterModel& model,
                                    const QHeaderView* header, const Subject& subject)
{
    const std::optional<ExportFileChooser::Choice> choice = ExportFileChooser::ask(
        parent, subject.caption, lastFolder(document), subject.fileStem,
        {ExportFormat::Csv, ExportFormat::CsvWithBom, ExportFormat::Xlsx, ExportFormat::Json});
    if (!choice)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = [&]() -> Status {
        Result<Table> table = shownTable(model, header, subject.fileStem);
        if (!table)
            return table.error();
        ExportContext context;
        context.sourcePath = document.path();
        if (subject.projectId != 0) {
            if (Result<Project> project = document.store().project(subject.projectId)) {
                context.projectCode = project->code;
                context.projectTitle = project->title;
            }
        }
        context.contents = subject.contents;
        return write(choice->path, choice->format, *table, context);
    }();
    QApplication::restoreOverrideCursor();
    return finish(parent, choice->path, written);
}

QString RegisterExport::exportPseudonymised(QWidget* parent, ProgrammeDocument& document,
                                            const RegisterModel& model, const Subject& subject)
{
    Result<Project> project = document.store().project(subject.projectId);
    if (subject.projectId == 0 || !project) {
        MessageBox::warning(
            parent, tr("No project to make pseudonyms for"),
            tr("Pseudonyms are made under a project's code, and %1 holds no project yet; add a "
               "project (Edit ▸ New record ▸ New project) first.")
                .arg(QFileInfo(document.path()).fileName()));
        return {};
    }
    const std::optional<ExportFileChooser::Choice> choice = ExportFileChooser::ask(
        parent, subject.caption, lastFolder(document), subject.fileStem + tr("-pseudonymised"),
        {ExportFormat::Csv, ExportFormat::CsvWithBom, ExportFormat::Xlsx, ExportFormat::Json});
    if (!choice)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = [&]() -> Status {
        Result<QList<Id>> ids = shownIds(model);
        if (!ids)
            return ids.error();
        Result<QList<ParticipantExportRow>> loaded = document.queries().participantExport().load(
            *ids, project->id, ParticipantExport::Persons::Withheld);
        if (!loaded)
            return loaded.error();
        // The core reads them by id; the file keeps the order the window shows.
        QHash<Id, qsizetype> position;
        for (qsizetype i = 0; i < ids->size(); ++i)
            position.insert(ids->at(i), i);
        QList<ParticipantExportRow> rows = std::move(loaded).value();
        std::sort(rows.begin(), rows.end(),
                  [&](const ParticipantExportRow& a, const ParticipantExportRow& b) {
                      return position.value(a.id) < position.value(b.id);
                  });
        Result<Pseudonymiser> pseudonymiser =
            document.queries().participantExport().pseudonymiser(project->code);
        if (!pseudonymiser)
            return pseudonymiser.error();
        ParticipantExport::pseudonymise(rows, *pseudonymiser);
        switch (choice->format) {
        case ExportFormat::Json:
            return writeBytes(choice->path, ParticipantExport::toJson(rows, true));
        case ExportFormat::Csv:
        case ExportFormat::CsvWithBom: {
            CsvOptions options;
            options.bom = choice->format == ExportFormat::CsvWithBom;
            return writeCsvFile(choice->path,
                                ParticipantExport::toTable(rows, true, ParticipantExport::Headings::Keys),
                                options);
        }
        case ExportFormat::Xlsx:
            break;
        }
        Table table = ParticipantExport::toTable(rows, true, ParticipantExport::Headings::Titles);
        table.totals = QList<QVariant>{tr("Total"),
                                       QCoreApplication::translate("sd::RegisterExport", "%n participant(s)",
                                                                   nullptr, int(rows.size()))};
        ExportContext context;
        context.sourcePath = document.path();
        context.projectCode = project->code;
        context.projectTitle = project->title;
        context.contents = subject.contents;
        context.details.append(
            {tr("Activities column"),
             tr("The activities of %1 each person took part in (present or late at one session or more).")
                 .arg(project->code)});
        context.details.append(
            {tr("Pseudonymised"), tr("Yes: each person is a stable pseudonym for project %1; no ids, names, "
                                     "positions, emails or phones.")
                                      .arg(project->code)});
        // The evaluation answers of the same persons (of the activity, for an activity's list).
        Result<QList<EvaluationExportRow>> answers = document.queries().evaluationExport().load(
            project->id, subject.activityId, *ids, ParticipantExport::Persons::Withheld);
        if (!answers)
            return answers.error();
        XlsxWorkbookWriter workbook;
        workbook.addTable(table);
        if (!answers->isEmpty()) {
            EvaluationExport::pseudonymise(*answers, *pseudonymiser);
            workbook.addTable(EvaluationExport::toTable(*answers, true, ParticipantExport::Headings::Titles));
            context.details.append(
                {tr("Evaluation sheet"),
                 tr("One row per person and evaluated activity they took part in: scores, percent of the "
                    "maximum, satisfaction items and follow-up, under the same pseudonyms. Comments are "
                    "left out: they may name their writer or others.")});
        }
        workbook.setAbout(aboutLines(context));
        return workbook.write(choice->path);
    }();
    QApplication::restoreOverrideCursor();
    return finish(parent, choice->path, written);
}

} // namespace sd
