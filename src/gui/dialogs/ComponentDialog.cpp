#include "dialogs/ComponentDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/LanguageForms.h"
#include "storage/ProgrammeStore.h"
#include "ui_ComponentDialog.h"

namespace sd {

ComponentDialog::ComponentDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : NumberedForm(readOrWarn(store.components(projectId), "component dialog"), projectId, parent)
{
    setWindowTitle(tr("New component"));
    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"number", ui()->numberSpin, ui()->numberLabel},
                 {"title", ui()->titleEdit, ui()->titleLabel},
                 {"title_es", ui()->titleEsEdit}});
    LanguageForms::link(ui()->titleEsEdit, ui()->titleEdit);
}

void ComponentDialog::fill(const Component& component)
{
    ui()->numberSpin->setValue(component.number);
    ui()->titleEdit->setText(component.title);
    ui()->titleEdit->home(false);
    ui()->titleEsEdit->setText(component.titleEs);
    ui()->titleEsEdit->home(false);
    setWindowTitle(tr("Component %1").arg(component.number));
}

void ComponentDialog::read(Component& component) const
{
    component.number = ui()->numberSpin->value();
    component.title = ui()->titleEdit->text().trimmed();
    component.titleEs = ui()->titleEsEdit->text().trimmed();
}

QString ComponentDialog::numberTakenMessage(int number) const
{
    return tr("Component %1 exists already in this project; choose another number.").arg(number);
}

} // namespace sd
