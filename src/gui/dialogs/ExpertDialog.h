#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ExpertDialog;
}

namespace sd {

class InstitutionCompleter;
class ProgrammeStore;

// An expert: names, country, institution and expertise. The institution is free text (an expert
// often comes from one the file does not list); typing offers the file's institutions by name or
// acronym, and "New institution…" adds one to the file.
class ExpertDialog : public RecordForm<Expert, Ui::ExpertDialog>
{
    Q_OBJECT

public:
    explicit ExpertDialog(const ProgrammeStore& store, QWidget* parent = nullptr);
    ~ExpertDialog() override;

    InstitutionCompleter* institutionCompleter() const { return m_institutions; }

protected:
    void fill(const Expert& expert) override;
    void read(Expert& expert) const override;

private:
    InstitutionCompleter* m_institutions = nullptr;
};

} // namespace sd
