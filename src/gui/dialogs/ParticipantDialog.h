#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ParticipantDialog;
}

namespace sd {

class ProgrammeStore;

// A participant: names, gender, institution (chosen from the file's institutions), position,
// region, contact and consent. Also the walk-in form of the attendance dialog.
class ParticipantDialog : public RecordForm<Participant, Ui::ParticipantDialog>
{
    Q_OBJECT

public:
    explicit ParticipantDialog(const ProgrammeStore& store, QWidget* parent = nullptr);

protected:
    void fill(const Participant& participant) override;
    void read(Participant& participant) const override;
};

} // namespace sd
