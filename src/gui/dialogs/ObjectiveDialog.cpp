#include "dialogs/ObjectiveDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ObjectiveDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ObjectiveDialog::ObjectiveDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ObjectiveDialog>())
{
    m_ui->setupUi(this);
    m_objective.projectId = projectId;
    if (Result<QList<Objective>> siblings = store.objectives(projectId); siblings)
        m_siblings = *siblings;
    else
        spdlog::warn("objective dialog: {}", siblings.error().message.toStdString());
    if (Result<QList<Component>> components = store.components(projectId); components) {
        for (const Component& component : *components)
            addCheckItem(m_ui->componentsList,
                         tr("Component %1: %2").arg(component.number).arg(component.title), component.id,
                         false);
    } else {
        spdlog::warn("objective dialog: {}", components.error().message.toStdString());
    }
    int next = 1;
    for (const Objective& sibling : std::as_const(m_siblings))
        next = std::max(next, sibling.number + 1);
    m_ui->numberSpin->setValue(next);
    setWindowTitle(tr("New objective"));

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("number"), m_ui->numberSpin, m_ui->numberLabel);
    marks().add(QStringLiteral("statement"), m_ui->statementEdit, m_ui->statementLabel);
    watch(m_ui->numberSpin, QStringLiteral("number"));
    watch(m_ui->statementEdit, QStringLiteral("statement"));
    watch(m_ui->componentsList, QStringLiteral("components"));
    revalidate();
}

ObjectiveDialog::~ObjectiveDialog() = default;

void ObjectiveDialog::setValue(const Objective& objective)
{
    m_objective = objective;
    m_ui->numberSpin->setValue(objective.number);
    m_ui->statementEdit->setPlainText(objective.statement);
    setCheckedIds(m_ui->componentsList, objective.componentIds);
    setWindowTitle(tr("Objective %1").arg(objective.number));
    marks().touchAll();
    revalidate();
}

Objective ObjectiveDialog::value() const
{
    Objective objective = m_objective;
    objective.number = m_ui->numberSpin->value();
    objective.statement = m_ui->statementEdit->toPlainText().trimmed();
    objective.componentIds = checkedIds(m_ui->componentsList);
    return objective;
}

FieldErrors ObjectiveDialog::check() const
{
    const Objective objective = value();
    FieldErrors errors = validate(objective);
    for (const Objective& sibling : m_siblings) {
        if (sibling.id != objective.id && sibling.number == objective.number)
            errors.append({QStringLiteral("number"),
                           tr("Objective %1 exists already in this project; choose another number.")
                               .arg(objective.number)});
    }
    return errors;
}

} // namespace sd
