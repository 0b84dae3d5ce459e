#pragma once

#include "dialogs/ParticipantDialog.h"

#include <QSet>
#include <optional>

class QRadioButton;

namespace sd {

// Someone who came to an activity without registering, entered from its attendance sheet: the
// participant form, and whether they came on time or late to the session in focus. When the file
// probably holds them already, the officer takes that person instead: enrolled on the spot, or,
// when they are on the sheet already, just marked. Nothing is written here: the sheet keeps the
// walk-in with its other pending changes until its Save.
class WalkInDialog : public ParticipantDialog
{
    Q_OBJECT

public:
    // session: the index in sessions of the session they are marked at; -1 when there is none.
    WalkInDialog(const ProgrammeStore& store, const Activity& activity, const QList<Session>& sessions,
                 int session, QWidget* parent = nullptr);

    // The participants on the sheet already, stored ids and stand-ins: taking one marks their row.
    void setOnSheet(const QList<Id>& participantIds);
    bool isOnSheet(Id participantId) const { return m_onSheet.contains(participantId); }

    // Present or late, at session().
    AttendanceStatus arrivedAs() const;
    int session() const { return m_session; }
    // The person taken instead of the one typed; nothing when a new one is created.
    const std::optional<Participant>& taken() const { return m_taken; }

private:
    void take(const Participant& match);

    int m_session = -1;
    QRadioButton* m_present = nullptr;
    QRadioButton* m_late = nullptr;
    QSet<Id> m_onSheet;
    std::optional<Participant> m_taken;
};

} // namespace sd
