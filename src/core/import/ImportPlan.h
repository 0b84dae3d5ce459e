#pragma once

#include "domain/Records.h"
#include "import/ImportField.h"
#include "import/NameIndex.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// What an import would do, worked out from the whole list before anything is written: the report
// of --dry-run, the preview of the window, and the input of Importer::apply.

// One problem with one cell of a row.
struct RowProblem
{
    QString field;   // the column's heading in the list, or the field code when no column holds it
    QString message; // one sentence
};

struct RejectedRow
{
    int row = 0;  // index into CsvTable::rows
    int line = 0; // line of the file (row of the worksheet)
    QList<RowProblem> problems;
};

// A person the list names: a stored participant it matched, or a new one.
struct PlannedPerson
{
    Participant record;     // as it will be written (id 0 for a new person until written)
    Participant stored;     // a stored participant as the file holds it now
    qint64 institution = 0; // > 0 stored institution id, < 0 new institution -(index + 1), 0 none
    bool isNew = false;
    QStringList filledFields; // a stored participant's empty fields the list fills in
    QList<int> lines;         // every line of the list that names this person
};

struct PossibleDuplicate
{
    int line = 0;      // the row of the list
    QString name;      // as the list writes it
    Id otherId = 0;    // a stored participant, or 0 when the other is a row of the list too
    int otherLine = 0; // the other row, when otherId is 0
    QString otherName;
    QString reason;
};

// A value the list gives that differs from the one kept (a filled field is never overwritten).
struct FieldDifference
{
    int line = 0;
    QString subject; // "participant 17 (Hernández Ruiz, María José)" or "the person of line 3"
    QString field;
    QString listValue;
    QString keptValue;
};

struct PlannedEnrolment
{
    int person = 0; // index into ImportPlan::persons
    Id activityId = 0;
    Id enrolmentId = 0; // 0 until written
};

struct PlannedMark
{
    int person = 0;
    Id activityId = 0;
    Id sessionId = 0;
    Id enrolmentId = 0; // the stored enrolment, or 0 when the import enrols the person
    AttendanceStatus status = AttendanceStatus::Present;
    int line = 0;
};

struct NewInstitution
{
    Institution institution;
    int firstLine = 0;
};

struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 newParticipants = 0;
    qint64 matchedParticipants = 0; // stored participants the list names
    qint64 filledParticipants = 0;  // of which the list fills in empty fields
    qint64 repeatedRows = 0;        // rows naming a person an earlier row already named
    qint64 newInstitutions = 0;
    qint64 newEnrolments = 0;
    qint64 newMarks = 0;
    qint64 unchangedMarks = 0; // marks the file already holds with the same status
    qint64 rejectedRows = 0;
    qint64 possibleDuplicates = 0;
    qint64 differences = 0;
};

struct ImportPlan
{
    ImportKind kind = ImportKind::Participants;
    QString fileName; // the list, as the user named it
    QString encoding;
    QChar separator;
    QList<int> invalidTextLines; // lines of a UTF-8 list with bytes read as Windows-1252
    QString columns;             // ColumnMapping::describe()
    QString activityCode;        // --activity, when given
    qint64 rowsRead = 0;

    QList<PlannedPerson> persons;
    QList<NewInstitution> newInstitutions; // only those a written record refers to
    QList<PlannedEnrolment> enrolments;
    QList<PlannedMark> marks;
    qint64 unchangedMarks = 0;

    QList<RejectedRow> rejected;
    QList<PossibleDuplicate> possibleDuplicates;
    QList<FieldDifference> differences;

    ImportCounts counts() const;
    // True when applying the plan would change the file.
    bool changesAnything() const;
    // True when applying either plan writes the same rows: a plan made again under the write lock
    // is compared with the one a user approved.
    bool writesTheSameAs(const ImportPlan& other) const;
};

} // namespace sd
