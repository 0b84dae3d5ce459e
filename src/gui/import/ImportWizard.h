#pragma once

#include "domain/Records.h"
#include "import/ImportPlan.h"
#include "import/Importer.h"
#include "io/CsvTable.h"

#include <QWizard>
#include <memory>
#include <optional>

namespace sd {

class ProgrammeDocument;

// The import wizard: file -> columns (recognised from the headings, changeable) ->
// preview with each row's fate (new, matched, same person as an earlier row, possible duplicate,
// error) -> import -> report. The whole import is one step of the document's undo history
// (ImportCommand); nothing is written before the preview's Import button.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        ColumnsPageId,
        PreviewPageId,
        ReportPageId
    };

    // projectId: the project whose activity codes the lists use (0 when the file holds none yet).
    ImportWizard(ProgrammeDocument& document, Id projectId, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // What the wizard has worked out so far, for the window and for tests.
    const std::optional<CsvTable>& table() const;
    const std::optional<ImportPlan>& plan() const;
    const QString& report() const;

    // The shared state of the pages.
    struct State
    {
        ProgrammeDocument& document;
        Id projectId = 0;
        QString path;
        ImportOptions options;
        bool skipInvalid = false;
        std::optional<CsvTable> table;
        std::optional<ImportPlan> plan;
        QString report;
    };

private:
    std::unique_ptr<State> m_state;
};

} // namespace sd
