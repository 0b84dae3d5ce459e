#pragma once

#include "dialogs/NumberedForm.h"
#include "domain/Records.h"

namespace Ui {
class ComponentDialog;
}

namespace sd {

class ProgrammeStore;

// A component of a project: number and title. The number must be free within the project.
class ComponentDialog : public NumberedForm<Component, Ui::ComponentDialog>
{
    Q_OBJECT

public:
    // A new component of the project, numbered after the last one; setValue() edits an existing one.
    ComponentDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);

protected:
    void fill(const Component& component) override;
    void read(Component& component) const override;
    QString numberTakenMessage(int number) const override;
};

} // namespace sd
