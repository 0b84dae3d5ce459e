#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ProjectDialog;
}

namespace sd {

class ProgrammeStore;

// A project (programme): code, title, beneficiary country, time frame, requesting institutions,
// summary, results narrative and quotation. The time frame must hold the project's activities.
class ProjectDialog : public RecordForm<Project, Ui::ProjectDialog>
{
    Q_OBJECT

public:
    explicit ProjectDialog(const ProgrammeStore& store, QWidget* parent = nullptr);

protected:
    void fill(const Project& project) override;
    void read(Project& project) const override;
    void checkMore(const Project& project, FieldErrors& errors) const override;

private:
    const ProgrammeStore& m_store;
    QList<Project> m_others;
    QDate m_firstActivityStart;
    QDate m_lastActivityEnd;
};

} // namespace sd
