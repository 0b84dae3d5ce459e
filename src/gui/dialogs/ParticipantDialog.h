#pragma once

#include "ProgrammeQueries.h"
#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

namespace Ui {
class ParticipantDialog;
}

namespace sd {

class DuplicateCheck;
class InstitutionPicker;
class ProbableMatchPanel;
class ProgrammeStore;

// A participant: names, gender, institution (searched among the file's institutions by name or
// acronym), position, region, contact and consent. The form of a walk-in too (WalkInDialog).
//
// For a new person, enableDuplicateCheck() looks, as the officer types, for the people the file
// probably holds already (DuplicateCheck) and shows them under the form (ProbableMatchPanel): the
// officer takes one of them instead (matchTaken) or creates the new person anyway. OK with matches
// showing and no answer asks for one rather than adding a probable duplicate silently.
class ParticipantDialog : public RecordForm<Participant, Ui::ParticipantDialog>
{
    Q_OBJECT

public:
    explicit ParticipantDialog(const ProgrammeStore& store, QWidget* parent = nullptr);
    ~ParticipantDialog() override;

    void enableDuplicateCheck(const ProgrammeQueries::Source& source);
    DuplicateCheck* duplicateCheck() const { return m_check; }
    ProbableMatchPanel* matchPanel() const { return m_panel; }
    InstitutionPicker* institutionPicker() const;

    void accept() override;

Q_SIGNALS:
    // The officer chose a person the file holds instead of the one typed.
    void matchTaken(const sd::Participant& match);

protected:
    void fill(const Participant& participant) override;
    void read(Participant& participant) const override;

private:
    void typedChanged();
    void showMatches();
    void createAnyway();

    DuplicateCheck* m_check = nullptr;
    ProbableMatchPanel* m_panel = nullptr;
    // "Create anyway" was answered for the person as typed now.
    bool m_createAnyway = false;
};

} // namespace sd
