#pragma once

#include "ExportFileChooser.h"
#include "common/Result.h"
#include "domain/Records.h"
#include "export/ExportAbout.h"
#include "export/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QHeaderView;
class QWidget;

namespace sd {

class ProgrammeDocument;
class RegisterModel;

// "Export what they show" for a register, an activity's list or the persons behind a number: the rows
// the view shows — all of them, not only those fetched so far — selected again in SQL by the model's
// own query (its filter and sort, or the ids it was given), with the columns the view shows in their
// order, written as CSV, XLSX or JSON through QSaveFile. Text cells are neutralised by the core's
// writers. Participants can also be exported pseudonymised, as `participants --pseudonymise` does.
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(sd::RegisterExport)

public:
    // What is exported, for the dialog's caption, the file name and the workbook's About sheet.
    struct Subject
    {
        QString caption;   // "Export the participants register"
        QString fileStem;  // "participants"
        QString contents;  // "Participants register, filtered by “ramírez”"
        Id projectId = 0;  // the project the window shows (pseudonyms are made under its code)
        Id activityId = 0; // an activity's list: its evaluation answers only
    };

    // The ids of the rows the model shows, in its order.
    static Result<QList<Id>> shownIds(const RegisterModel& model);
    // The rows and columns the view shows, as a table (counts as numbers, rates as percentages).
    static Result<Table> shownTable(const RegisterModel& model, const QHeaderView* header,
                                    const QString& title);
    // An array of objects, one a row, keyed by the column headings in their order.
    static QByteArray tableToJson(const Table& table);
    // Writes the table in the format; XLSX with the About sheet of `context`.
    static Status write(const QString& path, ExportFormat format, const Table& table,
                        const ExportContext& context);

    // Asks for a file and writes what the view shows; says in a message box what failed. Returns the
    // file written, empty when cancelled or failed.
    static QString exportShown(QWidget* parent, ProgrammeDocument& document, const RegisterModel& model,
                               const QHeaderView* header, const Subject& subject);
    // The same persons as the core's pseudonymised participant list (no ids, names, positions, emails
    // or phones; a stable pseudonym per person under the project's code), in the order shown. A
    // workbook also gets the sheet of their evaluation answers under the same pseudonyms, without
    // comments, as `participants --evaluation --pseudonymise` writes it.
    static QString exportPseudonymised(QWidget* parent, ProgrammeDocument& document,
                                       const RegisterModel& model, const Subject& subject);
};

} // namespace sd
