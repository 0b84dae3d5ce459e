#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ObjectiveDialog;
}

namespace sd {

class ProgrammeStore;

// An objective of a project: number, statement and the components that serve it.
class ObjectiveDialog : public RecordForm<Objective, Ui::ObjectiveDialog>
{
    Q_OBJECT

public:
    ObjectiveDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);

protected:
    void fill(const Objective& objective) override;
    void read(Objective& objective) const override;
    void checkMore(const Objective& objective, FieldErrors& errors) const override;

private:
    QList<Objective> m_siblings;
};

} // namespace sd
