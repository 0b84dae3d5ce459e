#include "dialogs/ExpertDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/InstitutionPicker.h"
#include "storage/ProgrammeStore.h"
#include "ui_ExpertDialog.h"

namespace sd {

ExpertDialog::ExpertDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordForm(parent)
{
    m_institutions =
        new InstitutionCompleter(ui()->institutionEdit, readOrWarn(store.institutions(), "expert dialog"));
    ui()->institutionEdit->setPlaceholderText(tr("Type a name or acronym, or any institution"));
    setWindowTitle(tr("New expert"));
    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"given_names", ui()->givenEdit, ui()->givenLabel},
                 {"family_names", ui()->familyEdit, ui()->familyLabel},
                 {"country", ui()->countryEdit, ui()->countryLabel},
                 {"institution", ui()->institutionEdit},
                 {"expertise", ui()->expertiseEdit}});
}

ExpertDialog::~ExpertDialog() = default;

void ExpertDialog::fill(const Expert& expert)
{
    ui()->givenEdit->setText(expert.givenNames);
    ui()->familyEdit->setText(expert.familyNames);
    ui()->countryEdit->setText(expert.country);
    ui()->institutionEdit->setText(expert.institution);
    ui()->expertiseEdit->setPlainText(expert.expertise);
    setWindowTitle(tr("Expert"));
}

void ExpertDialog::read(Expert& expert) const
{
    expert.givenNames = ui()->givenEdit->text().trimmed();
    expert.familyNames = ui()->familyEdit->text().trimmed();
    expert.country = ui()->countryEdit->text().trimmed();
    expert.institution = ui()->institutionEdit->text().trimmed();
    expert.expertise = ui()->expertiseEdit->toPlainText().trimmed();
}

} // namespace sd
