#pragma once

#include "domain/Records.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EnrolParticipantDialog;
}

namespace sd {

class ParticipantSearchModel;
class ProgrammeStore;

// Finds participants not yet enrolled in an activity by name or institution (accents and case
// ignored) and returns those chosen; the caller enrols them with one undo command.
class EnrolParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolParticipantDialog(const ProgrammeStore& store, const Activity& activity, QWidget* parent = nullptr);
    ~EnrolParticipantDialog() override;

    QList<Id> selectedParticipantIds() const;
    ParticipantSearchModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void updateButtons();

    std::unique_ptr<Ui::EnrolParticipantDialog> m_ui;
    ParticipantSearchModel* m_model = nullptr;
};

} // namespace sd
