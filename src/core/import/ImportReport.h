#pragma once

#include "common/Result.h"
#include "import/ImportPlan.h"
#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// The words of the import report.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImportReport)
};

// What happened to a planned import, for the last line of its report.
enum class ImportOutcome
{
    Written,           // applied in one transaction
    DryRun,            // --dry-run: nothing written
    RefusedInvalidRows // bad rows without --skip-invalid: nothing written
};

struct ImportReportContext
{
    QString databaseName;
    ImportOutcome outcome = ImportOutcome::Written;
    bool skipInvalid = false;
    QString rejectedFile; // where the rejected rows went (or would go); empty when there are none
};

// The import report as text: the counts, every rejected row ("line N, field F: reason"), the
// possible duplicates, the differences not overwritten, the fields filled in, the new institutions
// and what was written.
QString formatImportReport(const ImportPlan& plan, const ImportReportContext& context);

// Where the rejected rows of a list go: beside it, "<list>.rejected.csv".
QString rejectedRowsPath(const QString& listPath);

// Writes the rejected rows with the list's own columns and a reason column, as UTF-8 with a byte
// order mark and the list's separator, through QSaveFile. Cells are written exactly as the list had
// them, so that the officer can correct the file and import it again.
Status writeRejectedRows(const QString& path, const CsvTable& table, const QList<RejectedRow>& rejected);

} // namespace sd
