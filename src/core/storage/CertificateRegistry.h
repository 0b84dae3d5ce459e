#pragma once

#include "common/Result.h"
#include "documents/DocumentRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace sd {

class Database;

// The certificates issued from a programme (docs/schema.md, `certificate_issue`): each person's
// certificate of an activity gets a number PROJECT/ACTIVITY/NNNN, sequential per project and activity
// and never given again, recorded with the person, the activity and the date of issue, so that a
// reprint carries the same number and date. Its verification code is 8 characters of Crockford base32
// from an HMAC-SHA-256 of the number keyed with the programme's own secret (`certificate_secret`), so
// that only a copy of the programme can tell a genuine number from a made-up one.
class CertificateRegistry
{
    Q_DECLARE_TR_FUNCTIONS(sd::CertificateRegistry)

public:
    // The schema step that creates the secret's table: the secret is written right after it.
    static constexpr int kSecretStep = 10;

    // What `verify` found: the certificate as recorded and for whom.
    struct Issued
    {
        QString number;
        QString personName;   // empty when the person's record has since been deleted
        QString activityCode; // as at issue
        QString activityTitle;
        QDate issuedOn;
    };

    explicit CertificateRegistry(Database& database);

    // Gives each certificate its number, code and date of issue, in one transaction (a savepoint inside
    // the caller's): the recorded ones for a person and activity issued before, new ones dated `today`
    // otherwise. Nothing is recorded when any of them fails.
    Status issue(QList<CertificateData>& certificates, const QDate& today);
    // The certificate with this number when `code` is its verification code (case, spaces, dashes and
    // the look-alikes O, I, L forgiven); a bad-input error in one plain sentence when it is not.
    Result<Issued> verify(const QString& number, const QString& code) const;

    // The number as printed: "MX-II/2.1/0007".
    static QString numberText(const QString& projectCode, const QString& activityCode, qint64 sequence);
    // The verification code of a number under a secret.
    static QString verificationCode(const QByteArray& secret, const QString& number);
    // A code as typed, in its canonical form: upper case, without spaces or dashes, O read as 0, I and
    // L as 1.
    static QString normalisedCode(const QString& code);
    // Writes a new secret from the operating system's random source unless the programme has one;
    // run by the schema step that creates its table (file and server), on that step's connection.
    static Status seedSecret(QSqlDatabase& db);

private:
    Result<QByteArray> secret() const;

    Database& m_database;
};

} // namespace sd
