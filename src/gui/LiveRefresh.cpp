#include "LiveRefresh.h"

#include "FileWatcher.h"
#include "ProgrammeDocument.h"
#include "RecordKind.h"
#include "ServerNotifier.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/RecordDialog.h"

#include <QLocale>
#include <QTime>
#include <QWidget>

namespace sd {

namespace {

// The version the stored record is at now (0: it was deleted).
Result<qint64> versionStored(ProgrammeStore& store, RecordKind kind, Id id)
{
    switch (kind) {
    case RecordKind::Project:
        return store.versionNow<Project>(id);
    case RecordKind::Objective:
        return store.versionNow<Objective>(id);
    case RecordKind::Component:
        return store.versionNow<Component>(id);
    case RecordKind::Activity:
        return store.versionNow<Activity>(id);
    case RecordKind::Participant:
        return store.versionNow<Participant>(id);
    case RecordKind::Expert:
        return store.versionNow<Expert>(id);
    case RecordKind::Institution:
        return store.versionNow<Institution>(id);
    }
    return qint64(0);
}

// "Someone else changed this participant at 10:42; …", one whole sentence per kind for translators.
QString changedLine(RecordKind kind, const QString& time)
{
    switch (kind) {
    case RecordKind::Project:
        return LiveRefresh::tr("Someone else changed this project at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Objective:
        return LiveRefresh::tr(
                   "Someone else changed this objective at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Component:
        return LiveRefresh::tr(
                   "Someone else changed this component at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Activity:
        return LiveRefresh::tr(
                   "Someone else changed this activity at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Participant:
        return LiveRefresh::tr(
                   "Someone else changed this participant at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Expert:
        return LiveRefresh::tr("Someone else changed this expert at %1; saving will show you both versions.")
            .arg(time);
    case RecordKind::Institution:
        return LiveRefresh::tr(
                   "Someone else changed this institution at %1; saving will show you both versions.")
            .arg(time);
    }
    return QString();
}

} // namespace

LiveRefresh::LiveRefresh(ProgrammeDocument& document, FileWatcher& watcher, QWidget* window)
    : QObject(&watcher)
    , m_document(document)
    , m_watcher(watcher)
    , m_window(window)
{
    connect(&m_watcher, &FileWatcher::changedElsewhere, this, &LiveRefresh::heard);
    if (!m_document.isOnServer())
        return;
    m_notifier = new ServerNotifier(m_document.store().database(), this);
    connect(m_notifier, &ServerNotifier::changedElsewhere, this, [this] {
        // The change log's newest entry is now seen: the fallback check finds nothing new.
        m_watcher.resynchronise();
        heard();
    });
    // The window's own statements may have read others' notifications into libpq's queue.
    connect(&m_document, &ProgrammeDocument::changed, m_notifier, &ServerNotifier::drain);
    // A new connection after a lost one listens again (QPSQL does not tell of the old one's end).
    connect(&m_document, &ProgrammeDocument::reconnected, this, &LiveRefresh::resubscribe);
    m_watcher.setInterval(m_notifier->isListening() ? kServerFallbackMs : FileWatcher::kIntervalMs);
}

void LiveRefresh::resubscribe()
{
    if (!m_notifier)
        return;
    const bool listening = bool(m_notifier->resubscribe());
    m_watcher.setInterval(listening ? kServerFallbackMs : FileWatcher::kIntervalMs);
    // What others committed while the connection was down was never notified: look once now.
    m_watcher.checkNow();
}

void LiveRefresh::heard()
{
    Q_EMIT changedElsewhere();
    updateOpenDialogs();
}

void LiveRefresh::updateOpenDialogs()
{
    if (!m_window)
        return;
    for (AttendanceDialog* sheet : m_window->findChildren<AttendanceDialog*>()) {
        if (sheet->isVisible())
            sheet->showChangesElsewhere();
    }
    for (EvaluationDialog* sheet : m_window->findChildren<EvaluationDialog*>()) {
        if (sheet->isVisible())
            sheet->showChangesElsewhere();
    }
    for (RecordDialog* dialog : m_window->findChildren<RecordDialog*>()) {
        if (dialog->isVisible())
            checkRecordDialog(dialog);
    }
}

void LiveRefresh::checkRecordDialog(RecordDialog* dialog)
{
    const RecordValue shown = dialog->record();
    const Id id = idOf(shown);
    if (id <= 0)
        return; // a new record: nobody else can have changed it
    const RecordKind kind = kindOf(shown);
    Result<qint64> stored = versionStored(m_document.store(), kind, id);
    if (!stored || *stored == rowVersionOf(shown))
        return;
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    dialog->noticeChangedElsewhere(
        *stored,
        *stored == 0
            ? tr("Someone else deleted this record at %1; your changes to it cannot be saved.").arg(time)
            : changedLine(kind, time));
}

} // namespace sd
