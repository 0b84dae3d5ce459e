#include "dialogs/ComponentDialog.h"

#include "storage/ProgrammeStore.h"
#include "ui_ComponentDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ComponentDialog::ComponentDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ComponentDialog>())
{
    m_ui->setupUi(this);
    m_component.projectId = projectId;
    if (Result<QList<Component>> siblings = store.components(projectId); siblings)
        m_siblings = *siblings;
    else
        spdlog::warn("component dialog: {}", siblings.error().message.toStdString());
    int next = 1;
    for (const Component& sibling : std::as_const(m_siblings))
        next = std::max(next, sibling.number + 1);
    m_ui->numberSpin->setValue(next);
    setWindowTitle(tr("New component"));

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("number"), m_ui->numberSpin, m_ui->numberLabel);
    marks().add(QStringLiteral("title"), m_ui->titleEdit, m_ui->titleLabel);
    watch(m_ui->numberSpin, QStringLiteral("number"));
    watch(m_ui->titleEdit, QStringLiteral("title"));
    revalidate();
}

ComponentDialog::~ComponentDialog() = default;

void ComponentDialog::setValue(const Component& component)
{
    m_component = component;
    m_ui->numberSpin->setValue(component.number);
    m_ui->titleEdit->setText(component.title);
    m_ui->titleEdit->home(false);
    setWindowTitle(tr("Component %1").arg(component.number));
    marks().touchAll();
    revalidate();
}

Component ComponentDialog::value() const
{
    Component component = m_component;
    component.number = m_ui->numberSpin->value();
    component.title = m_ui->titleEdit->text().trimmed();
    return component;
}

FieldErrors ComponentDialog::check() const
{
    const Component component = value();
    FieldErrors errors = validate(component);
    for (const Component& sibling : m_siblings) {
        if (sibling.id != component.id && sibling.number == component.number)
            errors.append({QStringLiteral("number"),
                           tr("Component %1 exists already in this project; choose another number.")
                               .arg(component.number)});
    }
    return errors;
}

} // namespace sd
