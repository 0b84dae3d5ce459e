#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class InstitutionDialog;
}

namespace sd {

class ProgrammeStore;

// An institution: name, acronym, type, country and the institution it sits under (the parent
// list leaves out the institution itself and those under it, so no loop can be chosen).
class InstitutionDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit InstitutionDialog(const ProgrammeStore& store, QWidget* parent = nullptr);
    ~InstitutionDialog() override;

    void setValue(const Institution& institution);
    Institution value() const;

protected:
    FieldErrors check() const override;

private:
    void fillParents();

    std::unique_ptr<Ui::InstitutionDialog> m_ui;
    Institution m_institution;
    QList<Institution> m_all;
};

} // namespace sd
