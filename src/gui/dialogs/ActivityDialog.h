#pragma once

#include "dialogs/RecordDialog.h"

#include <QHash>

namespace Ui {
class ActivityDialog;
}

namespace sd {

class ProgrammeStore;

// An activity with its components (several may be chosen), its sessions and its experts with
// their roles. Sessions follow the dates (one full day per day) until the officer edits them;
// a session that already has attendance marks cannot be removed here.
class ActivityDialog : public RecordForm<ActivityValue, Ui::ActivityDialog>
{
    Q_OBJECT

public:
    // A new activity of the project: a free code, the dates after the last activity, one session.
    ActivityDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);

protected:
    // An existing activity is read with SnapshotDepth::Record.
    void fill(const ActivityValue& value) override;
    void read(ActivityValue& value) const override;
    void checkMore(const ActivityValue& value, FieldErrors& errors) const override;

private:
    void datesChanged();
    void regenerateSessions();
    void setSessions(const QList<Session>& sessions);
    void addSessionRow(const Session& session);
    QList<Session> sessionsInTable() const;
    void sessionsEdited();
    void addExpertRow(const ActivityExpert& assignment);
    QList<ActivityExpert> expertsInTable() const;
    bool sessionsAreDefault() const;

    const ProgrammeStore& m_store;
    Project m_project;
    QList<Activity> m_siblings;
    QList<Expert> m_experts;
    QHash<Id, int> m_marksPerSession;
    bool m_sessionsFollowDates = true;
};

} // namespace sd
