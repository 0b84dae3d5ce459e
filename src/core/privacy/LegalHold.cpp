#include "privacy/LegalHold.h"

#include "domain/Validation.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/RecordStore.h"
#include "storage/Statement.h"

namespace sd {

LegalHold::LegalHold(Database& database)
    : m_database(database)
{
}

Status LegalHold::place(Id participantId, const QString& reason, QDate until)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(tr("A legal hold needs its reason (for example \"contractual reporting "
                                  "obligation until the final report\"); nothing was changed."));
    if (trimmed.size() > kMaxTextLength)
        return Error::badInput(tr("The reason of the legal hold is longer than %1 characters; shorten it. "
                                  "Nothing was changed.")
                                   .arg(kMaxTextLength));
    if (!until.isValid())
        return Error::badInput(tr("A legal hold needs the day it ends (YYYY-MM-DD); nothing was changed."));
    return write(participantId, trimmed, until);
}

Status LegalHold::release(Id participantId)
{
    return write(participantId, QString(), QDate());
}

Status LegalHold::write(Id participantId, const QString& reason, QDate until)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    // Read under the write lock, so that the version stated below is the one overwritten.
    Result<Participant> person = RecordStore<Participant>(m_database).get(participantId);
    if (!person)
        return person.error();
    if (person->legalHoldReason == reason && person->legalHoldUntil == until)
        return {};
    Statement hold(m_database,
                   "UPDATE participant SET legal_hold_reason = ?, legal_hold_until = ?, "
                   "row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                   tr("recording a legal hold"));
    hold.bind(1, reason);
    if (until.isValid())
        hold.bind(2, until.toString(Qt::ISODate));
    else
        hold.bindNull(2);
    hold.bind(3, participantId).bind(4, person->rowVersion);
    if (Status ran = hold.run(); !ran)
        return ran;
    if (hold.changes() == 0)
        return RecordStore<Participant>::changedElsewhere(*person);
    m_database.noteChange("participant", participantId, person->rowVersion + 1);
    const QString marker =
        ChangeHistory::describe(ChangeHistory::Change::Changed, "participant", participantId, {},
                                {QStringLiteral("legal_hold_reason"), QStringLiteral("legal_hold_until")});
    if (Status logged = ProgrammeStore(m_database).logChange(QStringLiteral("edit"), marker); !logged)
        return logged;
    return transaction.commit();
}

} // namespace sd
