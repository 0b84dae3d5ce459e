#include "export/Pseudonymiser.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace sd {
namespace {

constexpr qsizetype kHexDigits = 12;

} // namespace

Pseudonymiser::Pseudonymiser(const QString& projectCode)
    : m_key(QCryptographicHash::hash(QByteArrayLiteral("seminardesk pseudonym v1\n") + projectCode.toUtf8(),
                                     QCryptographicHash::Sha256))
{
}

QString Pseudonymiser::pseudonym(Id participantId) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray::number(participantId), m_key,
                                                            QCryptographicHash::Sha256);
    return QStringLiteral("P-") + QString::fromLatin1(mac.toHex().left(kHexDigits));
}

} // namespace sd
