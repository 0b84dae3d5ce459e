#include "import/Importer.h"

#include "import/ImportPlanner.h"
#include "import/InstitutionIndex.h"
#include "storage/BulkWorkLock.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <spdlog/spdlog.h>
#include <utility>

namespace sd {

namespace {

QString changeDescription(const ImportPlan& plan)
{
    const ImportCounts counts = plan.counts();
    const QString what = plan.kind == ImportKind::Participants ? Importer::tr("participant list")
                                                               : Importer::tr("sign-in sheet");
    const auto counted = [](const char* text, qint64 n) {
        return QCoreApplication::translate("sd::Importer", text, nullptr, int(n));
    };
    return Importer::tr("import of a %1 (%2): %3, %4, %5, %6")
        .arg(what, QFileInfo(plan.fileName).fileName(),
             counted(QT_TRANSLATE_N_NOOP("sd::Importer", "%n new participant(s)"), counts.newParticipants),
             counted(QT_TRANSLATE_N_NOOP("sd::Importer", "%n participant(s) filled in"),
                     counts.filledParticipants),
             counted(QT_TRANSLATE_N_NOOP("sd::Importer", "%n enrolment(s)"), counts.newEnrolments),
             counted(QT_TRANSLATE_N_NOOP("sd::Importer", "%n attendance mark(s)"), counts.newMarks));
}

} // namespace

Importer::Importer(Database& database)
    : m_database(database)
{
}

Result<ImportPlan> Importer::plan(const CsvTable& table, const QString& fileName,
                                  const ImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    Result<ColumnMapping> mapping =
        ColumnMapping::build(table.header, options.kind, options.mapping, fileName);
    if (!mapping)
        return mapping.error();
    ProgrammeStore store(m_database);
    Result<QList<Institution>> institutions = store.institutions();
    if (!institutions)
        return institutions.error();
    ImportPlanner planner(m_database, table, fileName, options, std::move(*mapping), *institutions);
    Result<ImportPlan> plan = planner.run();
    if (plan) {
        const ImportCounts counts = plan->counts();
        spdlog::info(
            "import planned: {} rows, {} new, {} matched, {} rejected, {} possible duplicates in {} ms",
            counts.rowsRead, counts.newParticipants, counts.matchedParticipants, counts.rejectedRows,
            counts.possibleDuplicates, timer.elapsed());
    }
    return plan;
}

Result<ImportRun> Importer::run(const CsvTable& table, const QString& fileName, const ImportOptions& options,
                                const Review& review, const std::function<void(qint64)>& afterEachWrite)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status locked = lockForBulkWork(m_database); !locked)
        return locked.error();
    Result<ImportPlan> planned = plan(table, fileName, options);
    if (!planned)
        return planned.error();
    if (review) {
        if (Status accepted = review(*planned); !accepted)
            return accepted.error();
    }
    Result<ImportResult> written = apply(*planned, afterEachWrite);
    if (!written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ImportRun{std::move(*planned), std::move(*written)};
}

Importer::Review Importer::acceptOnly(const ImportPlan& approved, const QString& databaseName)
{
    return [approved, databaseName](const ImportPlan& now) -> Status {
        if (now.writesTheSameAs(approved))
            return {};
        return Error::conflict(
            tr("%1 was changed by another program while you were checking the list, so the list would now "
               "be imported differently. Nothing was imported. The preview has been made again from the "
               "file as it is now: check it and import again.")
                .arg(databaseName));
    };
}

Result<ImportResult> Importer::apply(const ImportPlan& plan,
                                     const std::function<void(qint64)>& afterEachWrite)
{
    QElapsedTimer timer;
    timer.start();
    ImportStore bulk(m_database);
    ImportResult result;
    const auto wrote = [&]() {
        ++result.rowsWritten;
        if (afterEachWrite)
            afterEachWrite(result.rowsWritten);
    };
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();

    QList<Id> institutionIds;
    for (const NewInstitution& added : plan.newInstitutions) {
        Result<Id> id = bulk.insertInstitution(added.institution);
        if (!id)
            return id.error();
        Institution written = added.institution;
        written.id = *id;
        result.institutions.append(written);
        institutionIds.append(*id);
        wrote();
    }
    const auto institutionId = [&institutionIds](qint64 ref) -> Id {
        if (InstitutionIndex::isNew(ref))
            return institutionIds.value(InstitutionIndex::newIndexOf(ref));
        return ref;
    };

    QList<Id> personIds;
    personIds.reserve(plan.persons.size());
    for (const PlannedPerson& person : plan.persons) {
        Participant record = person.record;
        record.institutionId = institutionId(person.institution);
        if (person.isNew) {
            record.id = 0;
            Result<Id> id = bulk.insertParticipant(record);
            if (!id)
                return id.error();
            record.id = *id;
            result.participantsAdded.append(record);
            wrote();
        } else if (!person.filledFields.isEmpty()) {
            if (Status updated = bulk.updateParticipantDetails(record); !updated)
                return updated.error();
            result.participantsBefore.append(person.stored);
            result.participantsAfter.append(record);
            wrote();
        }
        personIds.append(record.id);
    }

    QHash<std::pair<int, Id>, Id> enrolmentOf;
    for (const PlannedEnrolment& planned : plan.enrolments) {
        Enrolment enrolment{0, planned.activityId, personIds.value(planned.person)};
        Result<Id> id = bulk.insertEnrolment(enrolment);
        if (!id)
            return id.error();
        enrolment.id = *id;
        result.enrolments.append(enrolment);
        enrolmentOf.insert({planned.person, planned.activityId}, *id);
        wrote();
    }
    for (const PlannedMark& planned : plan.marks) {
        const Id enrolmentId = planned.enrolmentId != 0
                                   ? planned.enrolmentId
                                   : enrolmentOf.value({planned.person, planned.activityId});
        const AttendanceMark mark{enrolmentId, planned.sessionId, planned.status};
        if (Status put = bulk.putMark(mark); !put)
            return put.error();
        result.marks.append(mark);
        wrote();
    }

    if (plan.changesAnything()) {
        ProgrammeStore store(m_database);
        if (Status logged = store.logChange(QStringLiteral("import"), changeDescription(plan)); !logged)
            return logged.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    spdlog::info("import written: {} rows in {} ms", result.rowsWritten, timer.elapsed());
    return result;
}

Status Importer::undo(Database& database, const ImportResult& result)
{
    ImportStore bulk(database);
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    for (const AttendanceMark& mark : result.marks) {
        if (Status removed = bulk.deleteMark(mark.enrolmentId, mark.sessionId); !removed)
            return removed;
    }
    for (const Enrolment& enrolment : result.enrolments) {
        if (Status removed = bulk.deleteEnrolment(enrolment.id); !removed)
            return removed;
    }
    for (const Participant& participant : result.participantsAdded) {
        if (Status removed = bulk.deleteParticipant(participant.id); !removed)
            return removed;
    }
    for (const Participant& participant : result.participantsBefore) {
        if (Status restored = bulk.updateParticipantDetails(participant); !restored)
            return restored;
    }
    for (const Institution& institution : result.institutions) {
        if (Status removed = bulk.deleteInstitution(institution.id); !removed)
            return removed;
    }
    return transaction.commit();
}

Status Importer::redo(Database& database, const ImportResult& result)
{
    ImportStore bulk(database);
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    for (const Institution& institution : result.institutions) {
        if (Result<Id> id = bulk.insertInstitution(institution); !id)
            return id.error();
    }
    for (const Participant& participant : result.participantsAdded) {
        if (Result<Id> id = bulk.insertParticipant(participant); !id)
            return id.error();
    }
    for (const Participant& participant : result.participantsAfter) {
        if (Status filled = bulk.updateParticipantDetails(participant); !filled)
            return filled;
    }
    for (const Enrolment& enrolment : result.enrolments) {
        if (Result<Id> id = bulk.insertEnrolment(enrolment); !id)
            return id.error();
    }
    for (const AttendanceMark& mark : result.marks) {
        if (Status put = bulk.putMark(mark); !put)
            return put;
    }
    return transaction.commit();
}

} // namespace sd
