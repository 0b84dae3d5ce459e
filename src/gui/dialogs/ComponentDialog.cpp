#include "dialogs/ComponentDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ComponentDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ComponentDialog::ComponentDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : RecordForm(parent)
{
    shown().projectId = projectId;
    if (Result<QList<Component>> siblings = store.components(projectId); siblings)
        m_siblings = *siblings;
    else
        spdlog::warn("component dialog: {}", siblings.error().message.toStdString());
    ui()->numberSpin->setValue(nextNumber(m_siblings));
    setWindowTitle(tr("New component"));
    setUpFields(
        ui()->buttonBox, ui()->problemsLabel,
        {{"number", ui()->numberSpin, ui()->numberLabel}, {"title", ui()->titleEdit, ui()->titleLabel}});
}

void ComponentDialog::fill(const Component& component)
{
    ui()->numberSpin->setValue(component.number);
    ui()->titleEdit->setText(component.title);
    ui()->titleEdit->home(false);
    setWindowTitle(tr("Component %1").arg(component.number));
}

void ComponentDialog::read(Component& component) const
{
    component.number = ui()->numberSpin->value();
    component.title = ui()->titleEdit->text().trimmed();
}

void ComponentDialog::checkMore(const Component& component, FieldErrors& errors) const
{
    if (numberTaken(m_siblings, component))
        errors.append({QStringLiteral("number"),
                       tr("Component %1 exists already in this project; choose another number.")
                           .arg(component.number)});
}

} // namespace sd
