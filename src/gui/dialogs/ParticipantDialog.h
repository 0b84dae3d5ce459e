#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

#include <memory>

namespace Ui {
class ParticipantDialog;
}

namespace sd {

class ProgrammeStore;

// A participant: names, gender, institution (chosen from the file's institutions), position,
// region, contact and consent. Also the walk-in form of the attendance dialog.
class ParticipantDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit ParticipantDialog(const ProgrammeStore& store, QWidget* parent = nullptr);
    ~ParticipantDialog() override;

    void setValue(const Participant& participant);
    Participant value() const;

protected:
    FieldErrors check() const override;

private:
    std::unique_ptr<Ui::ParticipantDialog> m_ui;
    Participant m_participant;
};

} // namespace sd
