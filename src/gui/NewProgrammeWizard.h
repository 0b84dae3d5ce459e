#pragma once

#include "NewProgramme.h"

#include <QWizard>
#include <memory>

namespace sd {

class ProgrammeDocument;

// File ▸ New programme, and the demo's "Start your own programme…": the project (code, title, time
// frame), its numbered components, then where the file goes (the save dialog through FileDialog,
// a name made from the code suggested). Finish creates the file with all of it in one transaction
// (ProgrammeDocument::create with writeNewProgramme), as the file's starting point rather than steps
// of its undo history; a file that cannot be created is said in a message box and the wizard stays
// open with what was typed. Each page says what is missing in a line kept below its fields, and Next
// waits until nothing is.
class NewProgrammeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProjectPageId,
        ComponentsPageId,
        FilePageId
    };

    // folder: where the file is suggested; fileFilter: the save dialog's filter.
    NewProgrammeWizard(const QString& folder, const QString& fileFilter, QWidget* parent = nullptr);
    ~NewProgrammeWizard() override;

    // What the pages hold now.
    NewProgramme programme() const;
    // The file to create: the path field's, with ".sdesk" added when the name has no extension.
    QString filePath() const;

    // The new file, open, once Finish has created it (then null again).
    std::unique_ptr<ProgrammeDocument> takeDocument();

    void accept() override;

private:
    class ProjectPage;
    class ComponentsPage;
    class FilePage;

    ProjectPage* m_project = nullptr;
    ComponentsPage* m_components = nullptr;
    FilePage* m_file = nullptr;
    std::unique_ptr<ProgrammeDocument> m_document;
};

} // namespace sd
