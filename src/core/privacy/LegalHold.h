#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sd {

class Database;

// A legal hold on a participant (docs/privacy.md, "Legal hold"): a documented reason, such as a
// contractual reporting obligation, and the day it ends. While it holds, erasure and retention
// leave the person alone. Setting and releasing it is one transaction each, logged as a change of
// the two fields (never their values).
class LegalHold
{
    Q_DECLARE_TR_FUNCTIONS(sd::LegalHold)

public:
    explicit LegalHold(Database& database);

    // Places (or replaces) the hold: a reason of 1 to kMaxTextLength characters and an end date.
    Status place(Id participantId, const QString& reason, QDate until);
    // Lifts the hold; a person under none is left as they are (and that is no error).
    Status release(Id participantId);

private:
    Status write(Id participantId, const QString& reason, QDate until);

    Database& m_database;
};

} // namespace sd
