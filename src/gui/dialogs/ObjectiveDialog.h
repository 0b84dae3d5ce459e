#pragma once

#include "dialogs/NumberedForm.h"
#include "domain/Records.h"

namespace Ui {
class ObjectiveDialog;
}

namespace sd {

class ProgrammeStore;

// An objective of a project: number, statement and the components that serve it.
class ObjectiveDialog : public NumberedForm<Objective, Ui::ObjectiveDialog>
{
    Q_OBJECT

public:
    ObjectiveDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);

protected:
    void fill(const Objective& objective) override;
    void read(Objective& objective) const override;
    QString numberTakenMessage(int number) const override;
};

} // namespace sd
