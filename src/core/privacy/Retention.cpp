#include "privacy/Retention.h"

#include "privacy/ParticipantErasure.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/Statement.h"

#include <spdlog/spdlog.h>

namespace sd {
namespace {

// One person's projects as the rules see them: the latest day each rule runs out, and whether
// every project has the rule.
struct PersonRules
{
    Id id = 0;
    bool hasContacts = false;
    bool held = false;
    bool contactsEverywhere = true;
    bool namesEverywhere = true;
    QDate contactsDue;
    QDate namesDue;

    void add(QDate end, const std::optional<int>& contactYears, const std::optional<int>& nameYears)
    {
        const auto fold = [&](const std::optional<int>& years, bool& everywhere, QDate& due) {
            if (!years || !end.isValid()) {
                everywhere = false;
                return;
            }
            const QDate runsOut = end.addYears(*years);
            if (!due.isValid() || runsOut > due)
                due = runsOut;
        };
        fold(contactYears, contactsEverywhere, contactsDue);
        fold(nameYears, namesEverywhere, namesDue);
    }

    std::optional<RetentionCase> caseOn(QDate today) const
    {
        // Past the day the time ran out: kept for N whole years after the end.
        if (namesEverywhere && namesDue.isValid() && today > namesDue)
            return RetentionCase{id, RetentionCase::Rule::Names, namesDue, held};
        if (hasContacts && contactsEverywhere && contactsDue.isValid() && today > contactsDue)
            return RetentionCase{id, RetentionCase::Rule::Contacts, contactsDue, held};
        return std::nullopt;
    }
};

std::optional<int> years(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(int(row.integer(column)));
}

} // namespace

Retention::Retention(Database& database)
    : m_database(database)
{
}

Result<QList<RetentionCase>> Retention::due(QDate today) const
{
    // One row per enrolment of a person not yet erased, in person order.
    Statement rows(m_database,
                   "SELECT pa.id, CASE WHEN pa.email <> '' OR pa.phone <> '' THEN 1 ELSE 0 END, "
                   "pa.legal_hold_reason, pa.legal_hold_until, pr.end_date, pr.contact_retention_years, "
                   "pr.name_retention_years FROM participant pa JOIN enrolment e ON e.participant_id = pa.id "
                   "JOIN activity a ON a.id = e.activity_id JOIN project pr ON pr.id = a.project_id "
                   "WHERE pa.erased_on IS NULL ORDER BY pa.id",
                   tr("reading the persons the retention rules reach"));
    QList<RetentionCase> cases;
    PersonRules person;
    const auto close = [&]() {
        if (person.id == 0)
            return;
        if (std::optional<RetentionCase> found = person.caseOn(today))
            cases.append(*found);
    };
    while (rows.next()) {
        const Id id = rows.integer(0);
        if (id != person.id) {
            close();
            person = PersonRules{};
            person.id = id;
            person.hasContacts = rows.integer(1) != 0;
            Participant hold;
            hold.legalHoldReason = rows.text(2);
            hold.legalHoldUntil = QDate::fromString(rows.text(3), Qt::ISODate);
            person.held = ParticipantErasure::isHeld(hold, today);
        }
        person.add(QDate::fromString(rows.text(4), Qt::ISODate), years(rows, 5), years(rows, 6));
    }
    if (!rows.status())
        return rows.status().error();
    close();
    return cases;
}

Result<RetentionOutcome> Retention::apply(QDate today)
{
    RetentionOutcome outcome;
    {
        Transaction transaction(m_database);
        if (!transaction.begun())
            return transaction.begun().error();
        // Read under the write lock: the persons changed are those past a rule now.
        Result<QList<RetentionCase>> cases = due(today);
        if (!cases)
            return cases.error();
        ParticipantErasure erasure(m_database);
        ErasureReport report;
        for (const RetentionCase& found : *cases) {
            if (found.held) {
                ++outcome.held;
                continue;
            }
            Result<Participant> person = RecordStore<Participant>(m_database).get(found.participantId);
            if (!person)
                return person.error();
            const bool names = found.rule == RetentionCase::Rule::Names;
            const Status done = names ? erasure.anonymiseInTransaction(*person, today, report)
                                      : erasure.removeContactsInTransaction(*person, report);
            if (!done)
                return done.error();
            ++(names ? outcome.anonymised : outcome.contactsRemoved);
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (outcome.anonymised + outcome.contactsRemoved > 0)
        outcome.logEmptied = ParticipantErasure::emptyWriteAheadLog(m_database);
    spdlog::info("retention applied: {} anonymised, {} contact details removed, {} held", outcome.anonymised,
                 outcome.contactsRemoved, outcome.held);
    return outcome;
}

} // namespace sd
