#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class ObjectiveDialog;
}

namespace sd {

class ProgrammeStore;

// An objective of a project: number, statement and the components that serve it.
class ObjectiveDialog : public RecordDialog
{
    Q_OBJECT

public:
    ObjectiveDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);
    ~ObjectiveDialog() override;

    void setValue(const Objective& objective);
    Objective value() const;

protected:
    FieldErrors check() const override;

private:
    std::unique_ptr<Ui::ObjectiveDialog> m_ui;
    Objective m_objective;
    QList<Objective> m_siblings;
};

} // namespace sd
