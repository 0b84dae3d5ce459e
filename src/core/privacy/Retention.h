#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sd {

class Database;

// A person past a retention rule (docs/privacy.md, "Consent and retention").
struct RetentionCase
{
    enum class Rule
    {
        Contacts, // email and phone: removed
        Names     // everything erase removes: anonymised as erase does
    };
    Id participantId = 0;
    Rule rule = Rule::Contacts;
    QDate dueSince;    // the day the rule's time ran out: the last of the person's projects' end + N years
    bool held = false; // under a legal hold: listed, left alone
};

// What applying the rules did.
struct RetentionOutcome
{
    int contactsRemoved = 0;
    int anonymised = 0;
    int held = 0;           // past a rule but under a legal hold: left alone
    bool logEmptied = true; // a file's write-ahead log emptied afterwards
};

// Each project's retention rules: contact details (email, phone) and names are kept so many years
// after the project ends. A person is past a rule when every project they are enrolled in has the
// rule and its time has run out (a person still needed by a project without the rule, or not yet
// past it, is kept); enrolled in none, no rule reaches them. Erased persons are not listed again,
// and contact details are listed only while there are some.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(sd::Retention)

public:
    explicit Retention(Database& database);

    // The persons past a rule on `today`, by id; a person past the names rule is listed for it alone.
    Result<QList<RetentionCase>> due(QDate today) const;

    // Applies the rules in one transaction: contact details removed, names past their rule
    // anonymised as erase does; held persons left alone.
    Result<RetentionOutcome> apply(QDate today);

private:
    Database& m_database;
};

} // namespace sd
