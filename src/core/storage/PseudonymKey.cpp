#include "storage/PseudonymKey.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace sd {
namespace {

constexpr int kKeyBytes = 32;

QString newKeyHex()
{
    std::array<quint32, kKeyBytes / 4> words{};
    // The system generator reads the operating system's random source (getrandom, /dev/urandom).
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words.data()), kKeyBytes).toHex());
}

} // namespace

bool PseudonymKey::writeIfMissing(QSqlQuery& query)
{
    if (!query.prepare(QStringLiteral("INSERT INTO pseudonym_key (id, key_hex) SELECT 1, ? "
                                      "WHERE NOT EXISTS (SELECT 1 FROM pseudonym_key)")))
        return false;
    query.addBindValue(newKeyHex());
    return query.exec();
}

Result<QByteArray> PseudonymKey::read(Database& database)
{
    Statement select(database, "SELECT key_hex FROM pseudonym_key WHERE id = 1",
                     tr("reading the key of the pseudonyms"));
    if (select.next()) {
        const QByteArray key = QByteArray::fromHex(select.text(0).toLatin1());
        if (key.size() == kKeyBytes)
            return key;
    }
    if (!select.status())
        return select.status().error();
    return Error::database(tr("%1 has no key for pseudonyms, so nothing was exported; run "
                              "'seminardesk-cli check' on it, and restore it from a backup if it "
                              "reports damage.")
                               .arg(database.path()));
}

} // namespace sd
