#pragma once

#include "common/Result.h"
#include "counting/ResultsTable.h"
#include "domain/Records.h"
#include "storage/DeleteImpact.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

class Database;

// A project's totals before and after an erasure that deleted a person (--completely).
struct TotalsChange
{
    Id projectId = 0;
    QString projectCode;
    ResultsTotals before;
    ResultsTotals after;
};

// What an erasure did, or would do (a dry run).
struct ErasureReport
{
    Id participantId = 0;
    bool completely = false;
    bool written = false;          // false for a dry run: nothing was changed
    DeleteImpact removed;          // --completely: the enrolments, marks and answers deleted
    QList<TotalsChange> totals;    // --completely: the projects whose totals change, and how
    qint64 commentsRemoved = 0;    // evaluation comments emptied
    qint64 logEntriesScrubbed = 0; // earlier change-log entries that named the person
    // A file only: the write-ahead log was emptied after the erasure (false when another program
    // was reading the file, which keeps the log until it is done).
    bool logEmptied = true;
    QStringList backups; // backups beside the file, written before: they still hold the data
};

// The right of erasure (docs/privacy.md, "Erasure"). In one transaction, under the write lock:
// - anonymised in place: the names become "Erased participant 17", the email, phone, position,
//   consent and legal hold are emptied, the person's evaluation comments too; gender, institution,
//   region, enrolments, attendance and scores stay, so every results table keeps its numbers;
// - completely: the record is deleted with its enrolments, marks and answers; the projects' totals
//   before and after are reported.
// Either way earlier change-log entries that quote the person's names, email or phone lose them,
// the erasure is logged as "participant#17 erased" without a name, and afterwards the write-ahead
// log of a file is emptied; secure_delete (always on) has overwritten the freed bytes in the file.
// Refused while the person is under a legal hold.
class ParticipantErasure
{
    Q_DECLARE_TR_FUNCTIONS(sd::ParticipantErasure)

public:
    enum class Mode
    {
        Anonymise,
        Completely
    };

    explicit ParticipantErasure(Database& database);

    // Erases the person; with dryRun, does all of it in a transaction that is rolled back, so that
    // the report says what would change. `today` decides whether a legal hold still holds.
    Result<ErasureReport> erase(Id participantId, Mode mode, QDate today, bool dryRun = false);

    // Inside the caller's transaction, for a person read inside it and not held (retention applies
    // these to many persons in one transaction): the anonymisation as erase does it, logged; and the
    // removal of the email and phone alone, logged as a change of those fields.
    Status anonymiseInTransaction(const Participant& person, QDate today, ErasureReport& report);
    Status removeContactsInTransaction(const Participant& person, ErasureReport& report);

    // After a committed erasure: writes a file's write-ahead log into the file and empties it; false
    // when another program's read kept it from finishing. True on a server, which has no such log.
    static bool emptyWriteAheadLog(Database& database);

    // The name an erased person keeps: "Erased participant 17" (given names "Erased participant",
    // family names "17"), in English: the file's data is the same for every reader.
    static QString erasedGivenNames();

    // Whether a legal hold stops an erasure on `today`: a reason is recorded and its end date (when
    // one is recorded) is today or later.
    static bool isHeld(const Participant& person, QDate today);
    // The refusal while held: who, why and until when, and what to do.
    static Error heldError(const Participant& person);

    // The backups Seminar Desk wrote beside a file (its migration backups, FILE.vN.bak): they hold
    // what the file held when they were written.
    static QStringList backupsBeside(const QString& filePath);

private:
    Result<ErasureReport> eraseInTransaction(Id participantId, Mode mode, QDate today);
    Status deleteInTransaction(const Participant& person, ErasureReport& report);
    enum class ScrubbedValues
    {
        Contacts, // email and phone
        All       // names too
    };
    Result<qint64> scrubChangeLog(const Participant& person, ScrubbedValues which);
    Result<QList<TotalsChange>> projectTotals(Id participantId) const;
    Status fillAfter(QList<TotalsChange>& totals) const;

    Database& m_database;
};

} // namespace sd
