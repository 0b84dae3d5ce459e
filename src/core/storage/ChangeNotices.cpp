#include "storage/ChangeNotices.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlQuery>
#include <QVariant>

namespace sd {

namespace {

constexpr char kChannel[] = "seminardesk_changes";

// One statement for every payload of a commit, on the channel above: one round trip.
// pg_current_xact_id_if_assigned() is null for a transaction that has written nothing, which then announces
// nothing.
constexpr char kAnnounce[] = "SELECT pg_notify('seminardesk_changes', p) FROM string_to_table(?, ' ') AS p "
                             "WHERE pg_current_xact_id_if_assigned() IS NOT NULL";

} // namespace

QString ChangeNotices::channel()
{
    return QLatin1String(kChannel);
}

void ChangeNotices::note(const char* table, qint64 id, qint64 version)
{
    // Many records: one word per table keeps the server's queue and every listener's work small, and
    // the list short however many rows a transaction writes (the demo writes thousands).
    if (m_perTable) {
        const QByteArray word = QByteArray(table) + QByteArrayLiteral(":*");
        if (!m_words.contains(word))
            m_words.append(word);
        return;
    }
    const QByteArray word =
        QByteArray(table) + ':' + QByteArray::number(id) + ':' + QByteArray::number(version);
    if (m_words.contains(word))
        return;
    m_words.append(word);
    if (m_words.size() <= kNamedRecords)
        return;
    QList<QByteArray> tables;
    for (const QByteArray& record : std::as_const(m_words)) {
        const QByteArray perTable = record.left(record.indexOf(':')) + QByteArrayLiteral(":*");
        if (!tables.contains(perTable))
            tables.append(perTable);
    }
    m_words = std::move(tables);
    m_perTable = true;
}

void ChangeNotices::clear()
{
    m_words.clear();
    m_perTable = false;
}

QList<QByteArray> ChangeNotices::take()
{
    QList<QByteArray> payloads = m_words.isEmpty() ? QList<QByteArray>{QByteArrayLiteral("*")} : m_words;
    clear();
    return payloads;
}

Status ChangeNotices::announce(Database& database, const QList<QByteArray>& payloads)
{
    const QByteArray words = payloads.isEmpty() ? QByteArrayLiteral("*") : payloads.join(' ');
    Statement notify(database, kAnnounce, Database::tr("telling the other windows about the change"));
    notify.bind(1, std::string_view(words.constData(), size_t(words.size())));
    return notify.run();
}

bool ChangeNotices::announceEverything(QSqlQuery& query)
{
    return query.exec(QStringLiteral("SELECT pg_notify('%1', '*')").arg(QLatin1String(kChannel)));
}

} // namespace sd
