#include "privacy/ParticipantErasure.h"

#include "counting/ResultsQuery.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/RecordStore.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

// Values shorter than this are not looked for in the change log: "Ana" would hit "Analysis".
constexpr qsizetype kShortestScrubbed = 4;

// An erasure's change-log marker (storage/ChangeHistory reads it): the number only, no name.
QString erasureMarker(Id id, ParticipantErasure::Mode mode)
{
    const QString marker = ChangeHistory::describe(ChangeHistory::Change::Erased, "participant", id, {}, {});
    return mode == ParticipantErasure::Mode::Completely ? marker + QStringLiteral(" completely") : marker;
}

} // namespace

ParticipantErasure::ParticipantErasure(Database& database)
    : m_database(database)
{
}

QString ParticipantErasure::erasedGivenNames()
{
    return QStringLiteral("Erased participant");
}

bool ParticipantErasure::isHeld(const Participant& person, QDate today)
{
    return !person.legalHoldReason.isEmpty() &&
           (!person.legalHoldUntil.isValid() || person.legalHoldUntil >= today);
}

Error ParticipantErasure::heldError(const Participant& person)
{
    return Error::conflict(tr("Participant %1 is under a legal hold until %2 (%3), so nothing was erased. "
                              "Release the hold first if it no longer applies: seminardesk-cli legal-hold "
                              "FILE %1 --release.")
                               .arg(person.id)
                               .arg(person.legalHoldUntil.toString(Qt::ISODate), person.legalHoldReason));
}

QStringList ParticipantErasure::backupsBeside(const QString& filePath)
{
    const QFileInfo file(filePath);
    // Database::writeBackup names them FILE.vN.bak or FILE.vN.M.bak.
    const QStringList names =
        file.dir().entryList({file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& name : names)
        paths.append(file.dir().filePath(name));
    return paths;
}

Result<ErasureReport> ParticipantErasure::erase(Id participantId, Mode mode, QDate today, bool dryRun)
{
    Result<ErasureReport> report = [&]() -> Result<ErasureReport> {
        Transaction transaction(m_database);
        if (!transaction.begun())
            return transaction.begun().error();
        Result<ErasureReport> done = eraseInTransaction(participantId, mode, today);
        if (!done || dryRun)
            return done; // rolled back
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        done->written = true;
        return done;
    }();
    if (!report || !report->written)
        return report;
    report->logEmptied = emptyWriteAheadLog(m_database);
    if (!m_database.isServer())
        report->backups = backupsBeside(m_database.path());
    spdlog::info("participant {} erased{}", participantId, mode == Mode::Completely ? " completely" : "");
    return report;
}

Result<ErasureReport> ParticipantErasure::eraseInTransaction(Id participantId, Mode mode, QDate today)
{
    // Read under the write lock: the hold and the version checked are those the erasure overwrites.
    Result<Participant> person = RecordStore<Participant>(m_database).get(participantId);
    if (!person)
        return person.error();
    if (isHeld(*person, today))
        return heldError(*person);
    ErasureReport report;
    report.participantId = participantId;
    report.completely = mode == Mode::Completely;
    const Status done = mode == Mode::Anonymise ? anonymiseInTransaction(*person, today, report)
                                                : deleteInTransaction(*person, report);
    if (!done)
        return done.error();
    return report;
}

Status ParticipantErasure::deleteInTransaction(const Participant& person, ErasureReport& report)
{
    Result<qint64> scrubbed = scrubChangeLog(person, ScrubbedValues::All);
    if (!scrubbed)
        return scrubbed.error();
    report.logEntriesScrubbed += *scrubbed;
    Result<QList<TotalsChange>> totals = projectTotals(person.id);
    if (!totals)
        return totals.error();
    Result<DeleteImpact> impact = RecordStore<Participant>(m_database).deleteImpact(person.id);
    if (!impact)
        return impact.error();
    if (Status removed =
            RecordStore<Participant>(m_database).remove(person.id, DeleteMode::Cascade, person.rowVersion);
        !removed)
        return removed;
    if (Status counted = fillAfter(*totals); !counted)
        return counted;
    report.removed = *impact;
    report.totals = std::move(totals).value();
    return ProgrammeStore(m_database)
        .logChange(QStringLiteral("erase"), erasureMarker(person.id, Mode::Completely));
}

bool ParticipantErasure::emptyWriteAheadLog(Database& database)
{
    if (database.isServer())
        return true;
    // secure_delete has zeroed the freed bytes in the file; the log still holds the pages as they
    // were until it is written into the file and emptied. The first column is 1 when a reader kept
    // the checkpoint from finishing.
    QSqlQuery checkpoint(database.connection());
    return checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next() &&
           checkpoint.value(0).toInt() == 0;
}

Status ParticipantErasure::removeContactsInTransaction(const Participant& person, ErasureReport& report)
{
    Result<qint64> scrubbed = scrubChangeLog(person, ScrubbedValues::Contacts);
    if (!scrubbed)
        return scrubbed.error();
    report.logEntriesScrubbed += *scrubbed;
    Statement contacts(m_database,
                       "UPDATE participant SET email = '', phone = '', row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?",
                       tr("removing a participant's contact details"));
    contacts.bind(1, person.id).bind(2, person.rowVersion);
    if (Status ran = contacts.run(); !ran)
        return ran;
    if (contacts.changes() == 0)
        return RecordStore<Participant>::changedElsewhere(person);
    m_database.noteChange("participant", person.id, person.rowVersion + 1);
    const QString marker = ChangeHistory::describe(ChangeHistory::Change::Changed, "participant", person.id,
                                                   {}, {QStringLiteral("email"), QStringLiteral("phone")});
    return ProgrammeStore(m_database).logChange(QStringLiteral("retention"), marker);
}

Status ParticipantErasure::anonymiseInTransaction(const Participant& person, QDate today,
                                                  ErasureReport& report)
{
    Result<qint64> scrubbed = scrubChangeLog(person, ScrubbedValues::All);
    if (!scrubbed)
        return scrubbed.error();
    report.logEntriesScrubbed += *scrubbed;
    Statement comments(
        m_database,
        "UPDATE evaluation SET comment = '', row_version = row_version + 1 WHERE comment <> '' "
        "AND enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = ?)",
        tr("removing the person's evaluation comments"));
    comments.bind(1, person.id);
    if (Status ran = comments.run(); !ran)
        return ran;
    report.commentsRemoved += comments.changes();
    Statement anonymise(
        m_database,
        "UPDATE participant SET given_names = ?, family_names = ?, position = '', email = '', phone = '', "
        "consent_date = NULL, consent_purpose = '', consent_source = '', legal_hold_reason = '', "
        "legal_hold_until = NULL, erased_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version "
        "= ?",
        tr("erasing a participant"));
    anonymise.bind(1, erasedGivenNames())
        .bind(2, QString::number(person.id))
        .bind(3, today.toString(Qt::ISODate))
        .bind(4, person.id)
        .bind(5, person.rowVersion);
    if (Status ran = anonymise.run(); !ran)
        return ran;
    if (anonymise.changes() == 0)
        return RecordStore<Participant>::changedElsewhere(person);
    m_database.noteChange("participant", person.id, person.rowVersion + 1);
    return ProgrammeStore(m_database)
        .logChange(QStringLiteral("erase"), erasureMarker(person.id, Mode::Anonymise));
}

Result<qint64> ParticipantErasure::scrubChangeLog(const Participant& person, ScrubbedValues which)
{
    // The log holds markers without values (storage/ChangeHistory); sentences written by older
    // versions or by imports may still quote a name or an address.
    QStringList values{person.email, person.phone};
    if (which == ScrubbedValues::All)
        values += {person.fullName(), person.displayName(), person.familyNames, person.givenNames};
    values.removeDuplicates();
    Statement scrub(m_database,
                    "UPDATE change_log SET description = replace(description, ?1, ?2) "
                    "WHERE replace(description, ?1, ?2) <> description",
                    tr("removing the person from the change log"));
    qint64 changed = 0;
    const QString erased = tr("[erased]");
    for (const QString& value : values) {
        if (value.trimmed().size() < kShortestScrubbed)
            continue;
        scrub.bind(1, value).bind(2, erased);
        if (Status ran = scrub.run(); !ran)
            return ran.error();
        changed += scrub.changes();
    }
    return changed;
}

Result<QList<TotalsChange>> ParticipantErasure::projectTotals(Id participantId) const
{
    Statement projects(
        m_database,
        "SELECT DISTINCT p.id, p.code FROM enrolment e JOIN activity a ON a.id = e.activity_id "
        "JOIN project p ON p.id = a.project_id WHERE e.participant_id = ? ORDER BY p.code",
        tr("reading the person's projects"));
    projects.bind(1, participantId);
    QList<TotalsChange> totals;
    while (projects.next())
        totals.append({projects.integer(0), projects.text(1), {}, {}});
    if (!projects.status())
        return projects.status().error();
    const ResultsQuery query(m_database);
    for (TotalsChange& change : totals) {
        Result<ResultsTable> table = query.results(change.projectId, ResultsKey::Gender);
        if (!table)
            return table.error();
        change.before = table->totals;
    }
    return totals;
}

Status ParticipantErasure::fillAfter(QList<TotalsChange>& totals) const
{
    const ResultsQuery query(m_database);
    for (TotalsChange& change : totals) {
        Result<ResultsTable> table = query.results(change.projectId, ResultsKey::Gender);
        if (!table)
            return table.error();
        change.after = table->totals;
    }
    return {};
}

} // namespace sd
