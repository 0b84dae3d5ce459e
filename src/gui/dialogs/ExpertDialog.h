#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ExpertDialog;
}

namespace sd {

// An expert: names, country, institution and expertise.
class ExpertDialog : public RecordForm<Expert, Ui::ExpertDialog>
{
    Q_OBJECT

public:
    explicit ExpertDialog(QWidget* parent = nullptr);

protected:
    void fill(const Expert& expert) override;
    void read(Expert& expert) const override;
};

} // namespace sd
