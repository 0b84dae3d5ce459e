#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class ProjectDialog;
}

namespace sd {

class ProgrammeStore;

// A project (programme): code, title, beneficiary country, time frame, requesting institutions,
// summary, results narrative and quotation. The time frame must hold the project's activities.
class ProjectDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit ProjectDialog(const ProgrammeStore& store, QWidget* parent = nullptr);
    ~ProjectDialog() override;

    void setValue(const Project& project);
    Project value() const;

protected:
    FieldErrors check() const override;

private:
    std::unique_ptr<Ui::ProjectDialog> m_ui;
    const ProgrammeStore& m_store;
    Project m_project;
    QList<Project> m_others;
    QDate m_firstActivityStart;
    QDate m_lastActivityEnd;
};

} // namespace sd
