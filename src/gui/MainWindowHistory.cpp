// The window's side of View ▸ History: the panel follows the record the window shows, a record's
// context menu opens its history, and the list takes in this window's and other people's changes.
#include "HistoryPanel.h"
#include "LiveRefresh.h"
#include "MainWindow.h"
#include "ProgrammeDocument.h"
#include "storage/Database.h"

#include <QAction>

namespace sd {
namespace {

// The change log's name of each kind's table (storage/Tables).
const char* tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Project:
        return "project";
    case RecordKind::Objective:
        return "objective";
    case RecordKind::Component:
        return "component";
    case RecordKind::Activity:
        return "activity";
    case RecordKind::Participant:
        return "participant";
    case RecordKind::Expert:
        return "expert";
    case RecordKind::Institution:
        return "institution";
    }
    return "";
}

} // namespace

void MainWindow::createHistoryPanel()
{
    m_history = new HistoryPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->hide();
    QAction* toggle = m_history->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggle->setStatusTip(tr("Show who changed what in the programme, newest first"));
    m_historyRecordAction = new QAction(tr("History…"), this);
    m_historyRecordAction->setStatusTip(tr("Show who changed this record and when"));
    connect(m_historyRecordAction, &QAction::triggered, this, [this] {
        const HistoryRecord record = historyRecordOf(currentTarget().kind, currentTarget().id);
        if (record.isSet())
            m_history->showRecord(record);
    });
}

HistoryRecord MainWindow::historyRecordOf(std::optional<RecordKind> kind, Id id) const
{
    if (!m_document || !kind || id <= 0)
        return {};
    HistoryRecord record{QString::fromLatin1(tableOf(*kind)), id, QString()};
    // Attendance and older entries name an activity or a project by its code only.
    if (*kind == RecordKind::Activity) {
        if (Result<Activity> activity = m_document->store().get<Activity>(id))
            record.code = activity->code;
    } else if (*kind == RecordKind::Project) {
        if (Result<Project> project = m_document->store().get<Project>(id))
            record.code = project->code;
    }
    return record;
}

void MainWindow::updateHistoryPanel()
{
    const Target target = currentTarget();
    const HistoryRecord record = historyRecordOf(target.kind, target.id);
    m_history->setCurrentRecord(record);
    m_historyRecordAction->setEnabled(record.isSet());
}

void MainWindow::connectHistoryPanel()
{
    m_history->setDatabase(&m_document->store().database());
    connect(m_document.get(), &ProgrammeDocument::changed, m_history, &HistoryPanel::refresh);
    // Other people's changes, as live refresh hears of them (a notification, or the file's version).
    connect(m_live, &LiveRefresh::changedElsewhere, m_history, &HistoryPanel::refresh);
}

} // namespace sd
