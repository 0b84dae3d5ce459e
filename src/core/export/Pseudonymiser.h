#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QString>

namespace sd {

class Database;

// Stable pseudonyms for evaluators' exports: "P-" and the first 12 hexadecimal digits of
// HMAC-SHA256(programme key, project code and participant id). The key is the programme's own random
// secret (storage/PseudonymKey), so the same person gets the same pseudonym in every export of that
// project from the same file (evaluators can link their exports), different ones in different
// projects and in other files, and nobody without the file can recompute them from the code and a list
// of ids. 12 digits (48 bits) keep a clash between 100,000 persons below 1 in 50,000.
class Pseudonymiser
{
public:
    // The pseudonyms of project `projectCode` in the programme `database`.
    static Result<Pseudonymiser> forProject(Database& database, const QString& projectCode);

    Pseudonymiser(const QByteArray& programmeKey, const QString& projectCode);

    QString pseudonym(Id participantId) const;

private:
    QByteArray m_key;
    QByteArray m_project;
};

} // namespace sd
