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
    ImportResult result;
    // The ids of the rows added since the last finish(), in the order added (0 for an update).
    QList<Id> written;
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    // Each table's rows go together (on a server in few round trips); a table whose rows refer to
    // another's new ids waits for the finish() of that one.
    ImportWrites writes(m_database, [&](qint64 id) {
        written.append(id);
        ++result.rowsWritten;
        if (afterEachWrite)
            afterEachWrite(result.rowsWritten);
    });

    for (const NewInstitution& added : plan.newInstitutions) {
        if (Status sent = writes.insertInstitution(added.institution); !sent)
            return sent.error();
    }
    if (Status finished = writes.finish(); !finished)
        return finished.error();
    const QList<Id> institutionIds = std::exchange(written, {});
    for (qsizetype i = 0; i < plan.newInstitutions.size(); ++i) {
        Institution institution = plan.newInstitutions[i].institution;
        institution.id = institutionIds.value(i);
        result.institutions.append(institution);
    }
    const auto institutionId = [&institutionIds](qint64 ref) -> Id {
        if (InstitutionIndex::isNew(ref))
            return institutionIds.value(InstitutionIndex::newIndexOf(ref));
        return ref;
    };

    // Each person's record, and for a new one the place of its id among the rows written.
    QList<Participant> records;
    QList<qsizetype> writtenAt;
    records.reserve(plan.persons.size());
    writtenAt.reserve(plan.persons.size());
    qsizetype rowsAdded = 0;
    for (const PlannedPerson& person : plan.persons) {
        Participant record = person.record;
        record.institutionId = institutionId(person.institution);
        qsizetype at = -1;
        if (person.isNew) {
            record.id = 0;
            if (Status sent = writes.insertParticipant(record); !sent)
                return sent.error();
            at = rowsAdded++;
        } else if (!person.filledFields.isEmpty()) {
            if (Status sent = writes.updateParticipantDetails(record); !sent)
                return sent.error();
            ++rowsAdded;
        }
        records.append(record);
        writtenAt.append(at);
    }
    if (Status finished = writes.finish(); !finished)
        return finished.error();
    const QList<Id> participantIds = std::exchange(written, {});
    QList<Id> personIds;
    personIds.reserve(plan.persons.size());
    for (qsizetype i = 0; i < plan.persons.size(); ++i) {
        const PlannedPerson& person = plan.persons[i];
        Participant& record = records[i];
        if (person.isNew) {
            record.id = participantIds.value(writtenAt[i]);
            result.participantsAdded.append(record);
        } else if (!person.filledFields.isEmpty()) {
            result.participantsBefore.append(person.stored);
            result.participantsAfter.append(record);
        }
        personIds.append(record.id);
    }

    for (const PlannedEnrolment& planned : plan.enrolments) {
        if (Status sent =
                writes.insertEnrolment(Enrolment{0, planned.activityId, personIds.value(planned.person)});
            !sent)
            return sent.error();
    }
    if (Status finished = writes.finish(); !finished)
        return finished.error();
    const QList<Id> enrolmentIds = std::exchange(written, {});
    QHash<std::pair<int, Id>, Id> enrolmentOf;
    for (qsizetype i = 0; i < plan.enrolments.size(); ++i) {
        const PlannedEnrolment& planned = plan.enrolments[i];
        const Enrolment enrolment{enrolmentIds.value(i), planned.activityId, personIds.value(planned.person)};
        result.enrolments.append(enrolment);
        enrolmentOf.insert({planned.person, planned.activityId}, enrolment.id);
    }

    for (const PlannedMark& planned : plan.marks) {
        const Id enrolmentId = planned.enrolmentId != 0
                                   ? planned.enrolmentId
                                   : enrolmentOf.value({planned.person, planned.activityId});
        const AttendanceMark mark{enrolmentId, planned.sessionId, planned.status};
        if (Status sent = writes.putMark(mark); !sent)
            return sent.error();
        result.marks.append(mark);
    }
    if (Status finished = writes.finish(); !finished)
        return finished.error();

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
