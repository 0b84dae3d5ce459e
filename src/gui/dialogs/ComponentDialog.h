#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class ComponentDialog;
}

namespace sd {

class ProgrammeStore;

// A component of a project: number and title. The number must be free within the project.
class ComponentDialog : public RecordDialog
{
    Q_OBJECT

public:
    // A new component of the project, numbered after the last one; setValue() edits an existing one.
    ComponentDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);
    ~ComponentDialog() override;

    void setValue(const Component& component);
    Component value() const;

protected:
    FieldErrors check() const override;

private:
    std::unique_ptr<Ui::ComponentDialog> m_ui;
    Component m_component;
    QList<Component> m_siblings;
};

} // namespace sd
