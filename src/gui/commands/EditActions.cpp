#include "commands/EditActions.h"

#include "MessageBox.h"
#include "ProgrammeQueries.h"
#include "commands/ConflictResolution.h"
#include "commands/EnrolCommand.h"
#include "commands/UnenrolCommand.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/ComponentDialog.h"
#include "dialogs/EnrolParticipantDialog.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/EvaluationModel.h"
#include "dialogs/ExpertDialog.h"
#include "dialogs/InstitutionDialog.h"
#include "dialogs/InstitutionPicker.h"
#include "dialogs/ObjectiveDialog.h"
#include "dialogs/ParticipantDialog.h"
#include "dialogs/ProbableMatchPanel.h"
#include "dialogs/ProjectDialog.h"

#include <QStringList>
#include <QWidget>
#include <iterator>
#include <type_traits>
#include <variant>

namespace sd {
namespace {

// "3 enrolments and 12 attendance marks": what a delete takes with it, in words.
QString describeImpact(const DeleteImpact& impact)
{
    QStringList parts;
    const auto mention = [&parts](qint64 count, const QString& one, const QString& many) {
        if (count > 0)
            parts.append(count == 1 ? one : many.arg(count));
    };
    mention(impact.activities, EditActions::tr("1 activity"), EditActions::tr("%1 activities"));
    mention(impact.sessions, EditActions::tr("1 session"), EditActions::tr("%1 sessions"));
    mention(impact.enrolments, EditActions::tr("1 enrolment"), EditActions::tr("%1 enrolments"));
    mention(impact.attendanceMarks, EditActions::tr("1 attendance mark"),
            EditActions::tr("%1 attendance marks"));
    mention(impact.evaluations, EditActions::tr("the evaluation answers of 1 person"),
            EditActions::tr("the evaluation answers of %1 persons"));
    mention(impact.participants, EditActions::tr("the institution of 1 participant"),
            EditActions::tr("the institution of %1 participants"));
    mention(impact.institutions, EditActions::tr("the parent of 1 institution"),
            EditActions::tr("the parent of %1 institutions"));
    mention(impact.projects, EditActions::tr("1 project's list of requesting institutions"),
            EditActions::tr("%1 projects' lists of requesting institutions"));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return EditActions::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString capitalised(const QString& text)
{
    return text.left(1).toUpper() + text.mid(1);
}

// A new dialog of its kind, whichever of the store and the project it needs.
template <typename Dialog>
RecordDialog* makeDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
{
    if constexpr (std::is_constructible_v<Dialog, const ProgrammeStore&, Id, QWidget*>)
        return new Dialog(store, projectId, parent);
    else if constexpr (std::is_constructible_v<Dialog, const ProgrammeStore&, QWidget*>)
        return new Dialog(store, parent);
    else
        return new Dialog(parent);
}

// The editor of each kind of record, in the order of RecordKind: the dialog that edits it and the
// title of the question before a delete (what goes with the record is in its RecordTraits).
struct Editor
{
    RecordDialog* (*dialog)(const ProgrammeStore& store, Id projectId, QWidget* parent);
    const char* deleteTitle;
};

const Editor kEditors[] = {
    {makeDialog<ProjectDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete project")},
    {makeDialog<ObjectiveDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete objective")},
    {makeDialog<ComponentDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete component")},
    {makeDialog<ActivityDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete activity")},
    {makeDialog<ParticipantDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete participant")},
    {makeDialog<ExpertDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete expert")},
    {makeDialog<InstitutionDialog>, QT_TRANSLATE_NOOP("sd::EditActions", "Delete institution")},
};
static_assert(std::size(kEditors) == std::variant_size_v<RecordValue>, "one editor for each kind of record");

const Editor& editorOf(RecordKind kind)
{
    return kEditors[std::size_t(kind)];
}

template <typename... Functions>
struct Overloaded : Functions...
{
    using Functions::operator()...;
};
template <typename... Functions>
Overloaded(Functions...) -> Overloaded<Functions...>;

} // namespace

EditActions::EditActions(ProgrammeDocument& document, QWidget* parent)
    : QObject(parent)
    , m_document(document)
{
}

QWidget* EditActions::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void EditActions::show(QWidget* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    if (auto* modal = qobject_cast<QDialog*>(dialog))
        modal->open();
    else
        dialog->show();
}

void EditActions::reportReadError(const Error& error)
{
    MessageBox::critical(parentWidget(), tr("Cannot open the record"), error.message);
}

bool EditActions::refusedWhileReadOnly()
{
    // The window greys out what offers a change; this catches what a page still offers (an "edit"
    // link drawn before a server connection was lost).
    if (!m_document.isReadOnly())
        return false;
    MessageBox::information(parentWidget(), tr("Nothing can be changed now"), m_document.readOnlyReason());
    return true;
}

bool EditActions::confirm(const QString& title, const QString& text)
{
    return MessageBox::question(parentWidget(), title, text, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

QString EditActions::deleteQuestion(const QString& what, const DeleteImpact& impact)
{
    const QString goes = describeImpact(impact);
    if (goes.isEmpty())
        return tr("Delete %1? You can undo this with Edit ▸ Undo.").arg(what);
    return tr("Delete %1? %2 will be deleted too. You can undo this with Edit ▸ Undo.")
        .arg(what, capitalised(goes));
}

QString EditActions::deleteQuestion(const RecordValue& record, const DeleteImpact& impact)
{
    return std::visit(
        Overloaded{
            [&](const Project& project) {
                return deleteQuestion(tr("project %1").arg(project.code), impact);
            },
            [&](const Objective& objective) {
                return deleteQuestion(tr("objective %1").arg(objective.number), impact);
            },
            [&](const Component& component) {
                // The activities stay; they only leave the component.
                if (impact.activities == 0)
                    return deleteQuestion(tr("component %1").arg(component.number), DeleteImpact{});
                return tr("Delete component %1? Its %2 activity(ies) leave it and stay in their "
                          "other components. You can "
                          "undo this with Edit ▸ Undo.")
                    .arg(component.number)
                    .arg(impact.activities);
            },
            [&](const ActivityValue& value) {
                return deleteQuestion(tr("activity %1").arg(value.activity.code), impact);
            },
            [&](const Participant& participant) { return deleteQuestion(participant.fullName(), impact); },
            [&](const Expert& expert) {
                // The activities stay: only the expert's place in them goes.
                if (impact.activities == 0)
                    return deleteQuestion(expert.fullName(), DeleteImpact{});
                return tr("Delete %1? They leave the %2 activity(ies) they deliver; the activities stay. You "
                          "can undo this with Edit ▸ Undo.")
                    .arg(expert.fullName())
                    .arg(impact.activities);
            },
            [&](const Institution& institution) {
                const QString goes = describeImpact(impact);
                if (goes.isEmpty())
                    return tr("Delete institution %1? You can undo this with Edit ▸ Undo.")
                        .arg(institution.name);
                return tr("Delete institution %1? This clears %2; the participants and institutions "
                          "themselves "
                          "stay. You can "
                          "undo this with Edit ▸ Undo.")
                    .arg(institution.name, goes);
            },
        },
        record);
}

Result<QString> EditActions::deleteRefusal(const RecordValue& record)
{
    // An activity must keep one component: say which would be left without, rather than ask.
    const auto* component = std::get_if<Component>(&record);
    if (!component)
        return QString();
    Result<QList<Activity>> activities = m_document.store().activities(component->projectId);
    if (!activities)
        return activities.error();
    QStringList alone;
    for (const Activity& activity : *activities) {
        if (activity.componentIds == QList<Id>{component->id})
            alone.append(activity.code);
    }
    if (alone.isEmpty())
        return QString();
    return tr("Component %1 cannot be deleted: activity(ies) %2 belong to no other component. "
              "Give them another component first.")
        .arg(component->number)
        .arg(alone.join(QStringLiteral(", ")));
}

void EditActions::offerNewInstitutions(RecordDialog* dialog)
{
    for (InstitutionPicker* picker : dialog->findChildren<InstitutionPicker*>()) {
        picker->setNewInstitutionEnabled(true);
        connect(picker, &InstitutionPicker::newInstitutionRequested, dialog,
                [this, picker](const QString& name) {
                    newInstitution(picker->window(), name, [picker](const Institution& institution) {
                        picker->addInstitution(institution);
                    });
                });
    }
    for (InstitutionCompleter* completer : dialog->findChildren<InstitutionCompleter*>()) {
        completer->setNewInstitutionEnabled(true);
        connect(completer, &InstitutionCompleter::newInstitutionRequested, dialog,
                [this, completer, dialog](const QString& name) {
                    newInstitution(dialog, name, [completer](const Institution& institution) {
                        completer->addInstitution(institution);
                    });
                });
    }
}

void EditActions::newInstitution(QWidget* over, const QString& name,
                                 const std::function<void(const Institution&)>& added)
{
    auto* dialog = new InstitutionDialog(m_document.store(), over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Institution typed;
    typed.name = name;
    dialog->setValue(typed);
    dialog->setSubmitHandler([this, dialog, added]() -> Status {
        Institution institution = dialog->value();
        Result<Id> id = m_document.addRecord(institution);
        if (!id)
            return id.error();
        institution.id = *id;
        added(institution);
        return {};
    });
    dialog->open();
}

void EditActions::newRecord(RecordKind kind, Id projectId)
{
    if (refusedWhileReadOnly())
        return;
    RecordDialog* dialog = editorOf(kind).dialog(m_document.store(), projectId, parentWidget());
    dialog->setSubmitHandler([this, kind, dialog]() -> Status {
        Result<Id> added = m_document.addRecord(dialog->record());
        if (!added)
            return added.error();
        Q_EMIT recordAdded(kind, *added);
        return {};
    });
    offerNewInstitutions(dialog);
    if (auto* participant = qobject_cast<ParticipantDialog*>(dialog)) {
        participant->enableDuplicateCheck(m_document.queries().source());
        participant->matchPanel()->setTakeText([](const Participant&) { return tr("&Open that record"); });
        connect(participant, &ParticipantDialog::matchTaken, this,
                [this, participant](const Participant& match) {
                    participant->reject();
                    Q_EMIT openRecordRequested(RecordKind::Participant, match.id);
                });
    }
    show(dialog);
}

void EditActions::editRecord(RecordKind kind, Id id)
{
    if (refusedWhileReadOnly())
        return;
    Result<RecordValue> record = m_document.queries().record(kind, id);
    if (!record)
        return reportReadError(record.error());
    RecordDialog* dialog = editorOf(kind).dialog(m_document.store(), projectOf(*record), parentWidget());
    dialog->setRecord(*record);
    // The record as read is the base a change that meets someone else's is merged from.
    dialog->setSubmitHandler([this, dialog, base = *record]() -> Status {
        const RecordValue mine = dialog->record();
        Status written = m_document.editRecord(mine);
        if (written || written.error().kind != ErrorKind::ChangedElsewhere)
            return written;
        ConflictResolution::Outcome outcome =
            ConflictResolution::resolve(m_document, dialog, base, mine, written.error());
        if (!outcome.statusBar.isEmpty())
            Q_EMIT statusMessage(outcome.statusBar);
        return outcome.status;
    });
    offerNewInstitutions(dialog);
    show(dialog);
}

void EditActions::deleteRecord(RecordKind kind, Id id)
{
    if (refusedWhileReadOnly())
        return;
    Result<RecordValue> record = m_document.queries().record(kind, id);
    if (!record)
        return reportReadError(record.error());
    Result<QString> refused = deleteRefusal(*record);
    if (!refused)
        return reportReadError(refused.error());
    if (!refused->isEmpty()) {
        MessageBox::information(parentWidget(), tr("Component kept"), *refused);
        return;
    }
    Result<DeleteImpact> impact = m_document.queries().deleteImpact(kind, id);
    if (!impact)
        return reportReadError(impact.error());
    if (!confirm(tr(editorOf(kind).deleteTitle), deleteQuestion(*record, *impact)))
        return;
    // The version read before asking: a record someone else changed meanwhile is not deleted unseen.
    if (Status deleted = m_document.deleteRecord(kind, id, rowVersionOf(*record)); !deleted)
        MessageBox::critical(parentWidget(), tr("Not deleted"), deleted.error().message);
}

void EditActions::openAttendance(Id activityId)
{
    if (refusedWhileReadOnly())
        return;
    auto* dialog = new AttendanceDialog(m_document, activityId, parentWidget());
    if (!dialog->loaded()) {
        const Error error = dialog->loaded().error();
        delete dialog;
        return reportReadError(error);
    }
    show(dialog);
}

void EditActions::openEvaluation(Id activityId)
{
    if (refusedWhileReadOnly())
        return;
    auto* dialog = new EvaluationDialog(m_document, activityId, parentWidget());
    if (!dialog->loaded()) {
        const Error error = dialog->loaded().error();
        delete dialog;
        return reportReadError(error);
    }
    if (!dialog->sheet()->activity().hasEvaluation()) {
        const QString code = dialog->sheet()->activity().code;
        delete dialog;
        MessageBox::information(parentWidget(), tr("No evaluation design"),
                                tr("Activity %1 has no knowledge test, questionnaire or follow-up to enter. "
                                   "Choose them in the Evaluation tab of Edit activity…, then open the "
                                   "evaluation sheet again.")
                                    .arg(code));
        return;
    }
    show(dialog);
}

void EditActions::enrolParticipants(Id activityId)
{
    if (refusedWhileReadOnly())
        return;
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity)
        return reportReadError(activity.error());
    auto* dialog = new EnrolParticipantDialog(m_document.store(), *activity, parentWidget());
    connect(dialog, &QDialog::accepted, this, [this, dialog, activity = *activity] {
        const QList<Id> participants = dialog->selectedParticipantIds();
        if (participants.isEmpty())
            return;
        if (Status pushed = DocumentCommand::push(
                m_document, std::make_unique<EnrolCommand>(m_document, activity, participants));
            !pushed)
            MessageBox::critical(parentWidget(), tr("Not enrolled"), pushed.error().message);
    });
    show(dialog);
}

void EditActions::unenrol(Id activityId, Id participantId)
{
    if (refusedWhileReadOnly())
        return;
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity)
        return reportReadError(activity.error());
    Result<QList<Enrolment>> enrolments = m_document.store().enrolments(activityId);
    if (!enrolments)
        return reportReadError(enrolments.error());
    Id enrolmentId = 0;
    for (const Enrolment& enrolment : *enrolments) {
        if (enrolment.participantId == participantId)
            enrolmentId = enrolment.id;
    }
    if (enrolmentId == 0)
        return;
    Result<ProgrammeStore::EnrolmentSnapshot> marks = m_document.store().enrolmentSnapshot({enrolmentId});
    if (!marks)
        return reportReadError(marks.error());
    DeleteImpact impact;
    impact.attendanceMarks = marks->marks.size();
    impact.evaluations = marks->evaluations.size();
    const QString goes = describeImpact(impact);
    const QString text =
        goes.isEmpty()
            ? tr("Remove this participant from activity %1? You can undo this.").arg(activity->code)
            : tr("Remove this participant from activity %1? Their %2 go with the enrolment. You can "
                 "undo this.")
                  .arg(activity->code, goes);
    if (!confirm(tr("Remove from activity"), text))
        return;
    if (Status pushed = DocumentCommand::push(
            m_document, std::make_unique<UnenrolCommand>(m_document, *activity, QList<Id>{enrolmentId}));
        !pushed)
        MessageBox::critical(parentWidget(), tr("Not removed"), pushed.error().message);
}

} // namespace sd
