#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// The sentences of the validation rules.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(sd::Validation)
};

// One problem with one field of a record: what the window marks beside the field and the
// command line reports with the line of the file.
struct FieldError
{
    QString field;   // the column name of docs/schema.md, e.g. "end_date"
    QString message; // one sentence, e.g. "The end date is before the start date."
};

using FieldErrors = QList<FieldError>;

// Longest texts a field takes, in UTF-16 units as QString counts them. Names (of people,
// institutions, places) are at most kMaxNameLength; other short texts (titles, positions,
// emails, phones) at most kMaxTextLength; long descriptive texts (summaries, narratives,
// descriptions, outputs, statements) at most kMaxCellLength, the most an Excel cell holds, which
// is also the most any cell of an imported list may hold. Beyond them the record is refused with
// the field named, so that no single text makes the window, the import or the documents slow.
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxTextLength = 2000;
inline constexpr int kMaxCellLength = 32767;
// The longest retention rule: data kept at most this many years after a project ends.
inline constexpr int kMaxRetentionYears = 100;
// Where a participant's consent was recorded (participant.consent_source); empty: not recorded.
inline const QStringList kConsentSources{QString(), QStringLiteral("sign_in_sheet"),
                                         QStringLiteral("registration_form"), QStringLiteral("import")};

// Checks that need only the record itself. Checks that need other records (activity codes unique
// within a project, dates inside the project's time frame, one enrolment per participant and
// activity) are made by ProgrammeStore before it writes, with the same FieldError type.
FieldErrors validate(const Project& project);
FieldErrors validate(const Objective& objective);
FieldErrors validate(const Component& component);
FieldErrors validate(const Activity& activity);
FieldErrors validate(const Institution& institution);
FieldErrors validate(const Participant& participant);
FieldErrors validate(const Expert& expert);

// Context checks that the store runs with the records it reads.
FieldErrors validateWithinProject(const Activity& activity, const Project& project);
FieldErrors validateSessions(const QList<Session>& sessions, const Activity& activity);

bool isWellFormedEmail(const QString& email);
// A phone number as people write one: digits, spaces, +, parentheses, dashes, dots, slashes, and an
// optional extension.
bool isWellFormedPhone(const QString& phone);

// "start_date: The end date is before the start date.; email: …" for messages in one sentence.
QString describe(const FieldErrors& errors);

} // namespace sd
