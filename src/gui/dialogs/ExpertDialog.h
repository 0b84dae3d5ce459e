#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class ExpertDialog;
}

namespace sd {

// An expert: names, country, institution and expertise.
class ExpertDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit ExpertDialog(QWidget* parent = nullptr);
    ~ExpertDialog() override;

    void setValue(const Expert& expert);
    Expert value() const;

protected:
    FieldErrors check() const override;

private:
    std::unique_ptr<Ui::ExpertDialog> m_ui;
    Expert m_expert;
};

} // namespace sd
