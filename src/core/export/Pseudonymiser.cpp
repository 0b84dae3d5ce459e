#include "export/Pseudonymiser.h"

#include "storage/PseudonymKey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace sd {
namespace {

constexpr qsizetype kHexDigits = 12;

} // namespace

Result<Pseudonymiser> Pseudonymiser::forProject(Database& database, const QString& projectCode)
{
    Result<QByteArray> key = PseudonymKey::read(database);
    if (!key)
        return key.error();
    return Pseudonymiser(*key, projectCode);
}

Pseudonymiser::Pseudonymiser(const QByteArray& programmeKey, const QString& projectCode)
    : m_key(programmeKey)
    , m_project(projectCode.toUtf8())
{
}

QString Pseudonymiser::pseudonym(Id participantId) const
{
    // The project's code and the id, apart by a line break that no code holds, under a versioned label.
    const QByteArray message = QByteArrayLiteral("seminardesk pseudonym v2\n") + m_project + '\n' +
                               QByteArray::number(participantId);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return QStringLiteral("P-") + QString::fromLatin1(mac.toHex().left(kHexDigits));
}

} // namespace sd
