#include "storage/CertificateRegistry.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StoreSupport.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

constexpr int kSecretBytes = 32;
constexpr int kCodeLength = 8;
constexpr int kSequenceDigits = 4;
// The key of the server's advisory lock that makes two programs issuing numbers wait for each other
// (a file is locked whole by the write transaction already).
constexpr qint64 kIssueLockKey = 0x53446B3143;
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct NumberParts
{
    QString projectCode;
    QString activityCode;
    qint64 sequence = 0;
};

// "MX-II/2.1/0007": the sequence after the last slash, the activity's code before it, the project's
// code before that.
std::optional<NumberParts> partsOf(const QString& number)
{
    const QString text = number.trimmed();
    const qsizetype last = text.lastIndexOf(QLatin1Char('/'));
    if (last <= 0)
        return std::nullopt;
    const qsizetype middle = text.lastIndexOf(QLatin1Char('/'), last - 1);
    if (middle <= 0 || middle + 1 >= last)
        return std::nullopt;
    bool isNumber = false;
    const qint64 sequence = text.mid(last + 1).toLongLong(&isNumber);
    if (!isNumber || sequence < 1)
        return std::nullopt;
    return NumberParts{text.left(middle), text.mid(middle + 1, last - middle - 1), sequence};
}

} // namespace

CertificateRegistry::CertificateRegistry(Database& database)
    : m_database(database)
{
}

QString CertificateRegistry::numberText(const QString& projectCode, const QString& activityCode,
                                        qint64 sequence)
{
    return QStringLiteral("%1/%2/%3")
        .arg(projectCode, activityCode)
        .arg(sequence, kSequenceDigits, 10, QLatin1Char('0'));
}

QString CertificateRegistry::verificationCode(const QByteArray& secret, const QString& number)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(number.toUtf8(), secret, QCryptographicHash::Sha256);
    // The first 40 bits of the MAC, five bits a character.
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(mac[i]);
    QString code(kCodeLength, QLatin1Char('0'));
    for (int i = kCodeLength - 1; i >= 0; --i) {
        code[i] = QLatin1Char(kCrockford[bits & 31]);
        bits >>= 5;
    }
    return code;
}

QString CertificateRegistry::normalisedCode(const QString& code)
{
    QString out;
    for (const QChar c : code.toUpper()) {
        if (c.isSpace() || c == u'-')
            continue;
        if (c == u'O')
            out += QLatin1Char('0');
        else if (c == u'I' || c == u'L')
            out += QLatin1Char('1');
        else
            out += c;
    }
    return out;
}

Status CertificateRegistry::seedSecret(QSqlDatabase& db)
{
    std::array<quint32, kSecretBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray secret(reinterpret_cast<const char*>(words.data()), kSecretBytes);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO certificate_secret (id, secret) SELECT 1, ? WHERE NOT EXISTS "
                                 "(SELECT 1 FROM certificate_secret)"));
    query.addBindValue(QString::fromLatin1(secret.toHex()));
    if (!query.exec()) {
        spdlog::error("writing the certificate secret failed: {}",
                      query.lastError().databaseText().toStdString());
        return Error::database(
            tr("The programme's secret for certificate codes could not be written; nothing "
               "was changed. Check that the programme can be written and try again."));
    }
    return {};
}

Result<QByteArray> CertificateRegistry::secret() const
{
    Statement read(m_database, "SELECT secret FROM certificate_secret WHERE id = 1",
                   tr("reading the programme's secret for certificate codes"));
    if (read.next())
        return QByteArray::fromHex(read.text(0).toLatin1());
    if (!read.status())
        return read.status().error();
    return Error::database(tr("%1 has no secret for certificate codes, so no certificate can be numbered "
                              "or verified; run 'seminardesk-cli check' on it.")
                               .arg(m_database.path()));
}

Status CertificateRegistry::issue(QList<CertificateData>& certificates, const QDate& today)
{
    return store::written(m_database, [&]() -> Status {
        const QString doing = tr("numbering the certificates");
        if (m_database.dialect() == Dialect::Postgres) {
            Statement lock(m_database, "SELECT pg_advisory_xact_lock(?)", doing);
            lock.bind(1, kIssueLockKey);
            if (Result<qint64> locked = lock.scalar(); !locked)
                return locked.error();
        }
        Result<QByteArray> key = secret();
        if (!key)
            return key.error();
        Statement codes(
            m_database,
            "SELECT p.code, a.code, a.project_id FROM activity a JOIN project p ON p.id = a.project_id"
            " WHERE a.id = ?",
            doing);
        Statement person(m_database, "SELECT count(*) FROM participant WHERE id = ?", doing);
        Statement recorded(m_database,
                           "SELECT project_code, activity_code, sequence, issued_on FROM certificate_issue"
                           " WHERE activity_id = ? AND participant_id = ?",
                           doing);
        Statement next(m_database,
                       "SELECT COALESCE(MAX(sequence), 0) + 1 FROM certificate_issue"
                       " WHERE project_code = ? AND activity_code = ?",
                       doing);
        Statement record(m_database,
                         "INSERT INTO certificate_issue (project_code, activity_code, sequence, project_id,"
                         " activity_id, participant_id, issued_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         doing);
        for (CertificateData& certificate : certificates) {
            const Id activityId = certificate.attendance.activity.id;
            const Id participantId = certificate.person.id;
            recorded.bind(1, activityId).bind(2, participantId);
            if (recorded.next()) {
                certificate.number = numberText(recorded.text(0), recorded.text(1), recorded.integer(2));
                certificate.issuedOn = QDate::fromString(recorded.text(3), Qt::ISODate);
                certificate.verificationCode = verificationCode(*key, certificate.number);
                while (recorded.next()) {
                }
                continue;
            }
            if (!recorded.status())
                return recorded.status();
            codes.bind(1, activityId);
            if (!codes.next()) {
                if (!codes.status())
                    return codes.status();
                return Error::notFound(tr("The certificates were not numbered: activity %1 was deleted "
                                          "meanwhile. Reopen the programme and print again.")
                                           .arg(certificate.attendance.activity.code));
            }
            const QString projectCode = codes.text(0);
            const QString activityCode = codes.text(1);
            const qint64 projectId = codes.integer(2);
            while (codes.next()) {
            }
            person.bind(1, participantId);
            Result<qint64> exists = person.scalar();
            if (!exists)
                return exists.error();
            if (*exists == 0)
                return Error::notFound(
                    tr("The certificates were not numbered: a person was deleted meanwhile. "
                       "Reopen the programme and print again."));
            next.bind(1, projectCode).bind(2, activityCode);
            Result<qint64> sequence = next.scalar();
            if (!sequence)
                return sequence.error();
            record.bind(1, projectCode).bind(2, activityCode).bind(3, *sequence).bind(4, projectId);
            record.bind(5, activityId).bind(6, participantId).bind(7, today.toString(Qt::ISODate));
            if (Status ran = record.run(); !ran)
                return ran;
            certificate.number = numberText(projectCode, activityCode, *sequence);
            certificate.issuedOn = today;
            certificate.verificationCode = verificationCode(*key, certificate.number);
        }
        return {};
    });
}

Result<CertificateRegistry::Issued> CertificateRegistry::verify(const QString& number,
                                                                const QString& code) const
{
    const std::optional<NumberParts> parts = partsOf(number);
    if (!parts)
        return Error::badInput(tr("'%1' is not a certificate number; a number reads like MX-II/2.1/0007, as "
                                  "printed on the certificate.")
                                   .arg(number));
    Statement read(
        m_database,
        "SELECT c.issued_on, p.given_names, p.family_names, a.title FROM certificate_issue c"
        " LEFT JOIN participant p ON p.id = c.participant_id LEFT JOIN activity a ON a.id = c.activity_id"
        " WHERE c.project_code = ? AND c.activity_code = ? AND c.sequence = ?",
        tr("looking for the certificate"));
    read.bind(1, parts->projectCode).bind(2, parts->activityCode).bind(3, parts->sequence);
    const QString canonical = numberText(parts->projectCode, parts->activityCode, parts->sequence);
    if (!read.next()) {
        if (!read.status())
            return read.status().error();
        return Error::badInput(tr("No certificate numbered %1 was issued from %2: the certificate is not "
                                  "genuine, or it comes from another programme.")
                                   .arg(canonical, m_database.path()));
    }
    Issued issued;
    issued.number = canonical;
    issued.issuedOn = QDate::fromString(read.text(0), Qt::ISODate);
    if (!read.isNull(1))
        issued.personName = read.text(1) + QLatin1Char(' ') + read.text(2);
    issued.activityCode = parts->activityCode;
    issued.activityTitle = read.text(3);
    while (read.next()) {
    }
    Result<QByteArray> key = secret();
    if (!key)
        return key.error();
    const QByteArray expected = verificationCode(*key, canonical).toLatin1();
    const QByteArray given = normalisedCode(code).toLatin1();
    // Compared in constant time, so that the time taken says nothing about how much of a guess was right.
    bool same = expected.size() == given.size();
    unsigned difference = 0;
    for (qsizetype i = 0; same && i < expected.size(); ++i)
        difference |= unsigned(expected[i] ^ given[i]);
    if (!same || difference != 0)
        return Error::badInput(tr("The verification code %1 does not belong to certificate %2 of %3: the "
                                  "certificate is not genuine, or the code was mistyped.")
                                   .arg(code.trimmed(), canonical, m_database.path()));
    return issued;
}

} // namespace sd
