#include "dialogs/WalkInDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/ProbableMatchPanel.h"
#include "ui_ParticipantDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

namespace sd {

WalkInDialog::WalkInDialog(const ProgrammeStore& store, const Activity& activity,
                           const QList<Session>& sessions, int session, QWidget* parent)
    : ParticipantDialog(store, parent)
    , m_session(session >= 0 && session < sessions.size() ? session : -1)
{
    setWindowTitle(tr("Walk-in participant for %1").arg(activity.code));
    if (m_session >= 0) {
        const Session& at = sessions[m_session];
        QString when = shortDate(at.date);
        if (at.part != SessionPart::FullDay)
            when = tr("%1 (%2)").arg(when, toLabel(at.part).toLower());
        auto* label = new QLabel(tr("Mark at %1:").arg(when), this);
        label->setObjectName(QStringLiteral("arrivalLabel"));
        m_present = new QRadioButton(tr("Pre&sent"), this);
        m_present->setObjectName(QStringLiteral("presentRadio"));
        m_late = new QRadioButton(tr("&Late"), this);
        m_late->setObjectName(QStringLiteral("lateRadio"));
        m_present->setChecked(true);
        auto* group = new QButtonGroup(this);
        group->addButton(m_present);
        group->addButton(m_late);
        auto* row = new QHBoxLayout;
        row->addWidget(m_present);
        row->addWidget(m_late);
        row->addStretch();
        // First: the one thing the officer decides for every walk-in, before the form.
        ui()->formLayout->insertRow(0, label, row);
    }
    matchPanel()->setTakeText([this](const Participant& match) {
        return isOnSheet(match.id) ? tr("&Mark that person instead") : tr("Enrol &that person instead");
    });
    connect(this, &ParticipantDialog::matchTaken, this, &WalkInDialog::take);
}

void WalkInDialog::setOnSheet(const QList<Id>& participantIds)
{
    m_onSheet = QSet<Id>(participantIds.cbegin(), participantIds.cend());
}

AttendanceStatus WalkInDialog::arrivedAs() const
{
    return m_late && m_late->isChecked() ? AttendanceStatus::Late : AttendanceStatus::Present;
}

void WalkInDialog::take(const Participant& match)
{
    m_taken = match;
    // Nothing typed is needed any more: the dialog closes without checking the form.
    done(QDialog::Accepted);
}

} // namespace sd
