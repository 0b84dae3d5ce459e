#pragma once

#include "commands/RecordTraits.h"
#include "dialogs/RecordDialog.h"

#include <QHash>
#include <memory>

namespace Ui {
class ActivityDialog;
}

namespace sd {

class ProgrammeStore;

// An activity with its components (several may be chosen), its sessions and its experts with
// their roles. Sessions follow the dates (one full day per day) until the officer edits them;
// a session that already has attendance marks cannot be removed here.
class ActivityDialog : public RecordDialog
{
    Q_OBJECT

public:
    // A new activity of the project: a free code, the dates after the last activity, one session.
    ActivityDialog(const ProgrammeStore& store, Id projectId, QWidget* parent = nullptr);
    ~ActivityDialog() override;

    // Edits an existing activity (read with SnapshotDepth::Record).
    void setValue(const ActivityValue& value);
    ActivityValue value() const;

protected:
    FieldErrors check() const override;

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

    std::unique_ptr<Ui::ActivityDialog> m_ui;
    const ProgrammeStore& m_store;
    Activity m_activity;
    Project m_project;
    QList<Activity> m_siblings;
    QList<Expert> m_experts;
    QHash<Id, int> m_marksPerSession;
    bool m_sessionsFollowDates = true;
};

} // namespace sd
