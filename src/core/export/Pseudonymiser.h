#pragma once

#include "domain/Records.h"

#include <QByteArray>
#include <QString>

namespace sd {

// Stable pseudonyms for evaluators' exports: "P-" and the first 12 hexadecimal digits of
// HMAC-SHA256(key, participant id). The key is derived from the project's code, so the same person
// gets the same pseudonym in every export of that project, on any computer, and different ones in
// different projects. 12 digits (48 bits) keep a clash between 100,000 persons below 1 in 50,000.
//
// The key is not secret: whoever holds the programme file and the code can recompute the pseudonyms,
// which is what makes them reproducible. What the pseudonymised export withholds is who the persons
// are (names, emails, phones, ids, positions); see docs/exports.md.
class Pseudonymiser
{
public:
    explicit Pseudonymiser(const QString& projectCode);

    QString pseudonym(Id participantId) const;

private:
    QByteArray m_key;
};

} // namespace sd
