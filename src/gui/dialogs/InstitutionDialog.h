#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class InstitutionDialog;
}

namespace sd {

class ProgrammeStore;

// An institution: name, acronym, type, country and the institution it sits under (the parent
// list leaves out the institution itself and those under it, so no loop can be chosen).
class InstitutionDialog : public RecordForm<Institution, Ui::InstitutionDialog>
{
    Q_OBJECT

public:
    explicit InstitutionDialog(const ProgrammeStore& store, QWidget* parent = nullptr);

    // Institutions not in the file yet (made for the walk-ins of an open attendance sheet): their
    // names are taken too, and they can be parents.
    void addUnsaved(const QList<Institution>& institutions);

protected:
    void fill(const Institution& institution) override;
    void read(Institution& institution) const override;
    void checkMore(const Institution& institution, FieldErrors& errors) const override;

private:
    void fillParents();

    QList<Institution> m_all;
};

} // namespace sd
