#include "dialogs/ObjectiveDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/LanguageForms.h"
#include "storage/ProgrammeStore.h"
#include "ui_ObjectiveDialog.h"

namespace sd {

ObjectiveDialog::ObjectiveDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : NumberedForm(readOrWarn(store.objectives(projectId), "objective dialog"), projectId, parent)
{
    for (const Component& component : readOrWarn(store.components(projectId), "objective dialog"))
        addCheckItem(ui()->componentsList, tr("Component %1: %2").arg(component.number).arg(component.title),
                     component.id, false);
    setWindowTitle(tr("New objective"));

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"number", ui()->numberSpin, ui()->numberLabel},
                 {"statement", ui()->statementEdit, ui()->statementLabel},
                 {"statement_es", ui()->statementEsEdit},
                 {"components", ui()->componentsList}});
    LanguageForms::link(ui()->statementEsEdit, ui()->statementEdit);
}

void ObjectiveDialog::fill(const Objective& objective)
{
    ui()->numberSpin->setValue(objective.number);
    ui()->statementEdit->setPlainText(objective.statement);
    ui()->statementEsEdit->setPlainText(objective.statementEs);
    setCheckedIds(ui()->componentsList, objective.componentIds);
    setWindowTitle(tr("Objective %1").arg(objective.number));
}

void ObjectiveDialog::read(Objective& objective) const
{
    objective.number = ui()->numberSpin->value();
    objective.statement = ui()->statementEdit->toPlainText().trimmed();
    objective.statementEs = ui()->statementEsEdit->toPlainText().trimmed();
    objective.componentIds = checkedIds(ui()->componentsList);
}

QString ObjectiveDialog::numberTakenMessage(int number) const
{
    return tr("Objective %1 exists already in this project; choose another number.").arg(number);
}

} // namespace sd
