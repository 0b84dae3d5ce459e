#include "storage/GlobalSearch.h"

#include "domain/SearchText.h"
#include "storage/Database.h"
#include "storage/NameCollation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <array>

namespace sd {
namespace {

// The fixed SQL of each kind: the only text that reaches the statements besides placeholders.
// A search is two statements: the ids of the matching rows, ranked and limited, read from the tables
// the fields and the order need; then what the list shows of those few rows, joined as it needs. The
// first statement passes over every row, so it carries nothing it does not need (a join per row made
// the sort of a one-letter search, which matches nearly every row, twice as slow).
struct KindSpec
{
    SearchKind kind;
    const char* id;         // the row's id in both statements
    const char* searchFrom; // the tables the fields, the rank and the order need
    const char* select;     // id, title, detail, date (UTF-8: it holds the " · " between parts)
    const char* from;
    std::array<const char*, 4> fields; // the columns a word may appear in (nullptr ends)
    // The rank of a row, lowest first: 0 for the strongest matches. Each '?' is bound to the GLOB
    // pattern of texts that start with the first word, except where marked '?2': the whole text.
    const char* rank;
    // The same rank on a server, which has no GLOB: each '?' is bound to the first word itself, and a
    // text starts with it when its folded form does (sd_fold, the search's own folding).
    const char* serverRank;
    const char* order; // after the rank
};

const KindSpec kActivities{
    SearchKind::Activity,
    "a.id",
    "activity a JOIN project pr ON pr.id = a.project_id",
    "a.id, a.code || ' ' || a.title, pr.code || CASE WHEN a.venue_city <> '' THEN ' · ' || a.venue_city ELSE "
    "'' "
    "END, a.start_date",
    "activity a JOIN project pr ON pr.id = a.project_id",
    {"a.code", "a.title", "a.venue_city", "pr.code"},
    "CASE WHEN a.code = ?2 THEN 0 WHEN a.code GLOB ? THEN 1 ELSE 2 END",
    "CASE WHEN a.code = ?2 THEN 0 WHEN starts_with(sd_fold(a.code), sd_fold(?)) THEN 1 ELSE 2 END",
    "pr.code, a.start_date, a.code, a.id",
};

const KindSpec kParticipants{
    SearchKind::Participant,
    "p.id",
    "participant p",
    "p.id, p.family_names || ', ' || p.given_names, COALESCE(NULLIF(i.acronym, ''), i.name, '') || CASE WHEN "
    "p.email <> '' THEN ' · ' || p.email ELSE '' END, NULL",
    "participant p LEFT JOIN institution i ON i.id = p.institution_id",
    {"p.family_names", "p.given_names", "p.email", nullptr},
    "CASE WHEN p.family_names GLOB ? OR p.given_names GLOB ? THEN 0 ELSE 1 END",
    "CASE WHEN starts_with(sd_fold(p.family_names), sd_fold(?)) OR starts_with(sd_fold(p.given_names), "
    "sd_fold(?)) THEN 0 ELSE 1 END",
    "p.family_names COLLATE sd_name, p.given_names COLLATE sd_name, p.id",
};

const KindSpec kExperts{
    SearchKind::Expert,
    "x.id",
    "expert x",
    "x.id, x.family_names || ', ' || x.given_names, x.country || CASE WHEN x.institution <> '' THEN ' · ' || "
    "x.institution ELSE '' END, NULL",
    "expert x",
    {"x.family_names", "x.given_names", "x.institution", "x.country"},
    "CASE WHEN x.family_names GLOB ? OR x.given_names GLOB ? THEN 0 ELSE 1 END",
    "CASE WHEN starts_with(sd_fold(x.family_names), sd_fold(?)) OR starts_with(sd_fold(x.given_names), "
    "sd_fold(?)) THEN 0 ELSE 1 END",
    "x.family_names COLLATE sd_name, x.given_names COLLATE sd_name, x.id",
};

const KindSpec kInstitutions{
    SearchKind::Institution,
    "i.id",
    "institution i",
    "i.id, i.name, i.acronym || CASE WHEN i.acronym <> '' AND i.country <> '' THEN ' · ' ELSE '' END || "
    "i.country, NULL",
    "institution i",
    {"i.name", "i.acronym", nullptr, nullptr},
    "CASE WHEN i.acronym = ?2 COLLATE NOCASE THEN 0 WHEN i.acronym GLOB ? OR i.name GLOB ? THEN 1 ELSE 2 END",
    "CASE WHEN lower(i.acronym) = lower(CAST(?2 AS text)) THEN 0 WHEN starts_with(sd_fold(i.acronym), "
    "sd_fold(?)) OR starts_with(sd_fold(i.name), sd_fold(?)) THEN 1 ELSE 2 END",
    "i.name COLLATE sd_name, i.id",
};

const KindSpec& specOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Activity:
        return kActivities;
    case SearchKind::Participant:
        return kParticipants;
    case SearchKind::Expert:
        return kExperts;
    case SearchKind::Institution:
        return kInstitutions;
    }
    return kParticipants;
}

// A LIKE pattern that lets through every text containing the word, whatever accents the stored text
// carries: letters that carry accents in Spanish, Portuguese or French names, and any letter
// beyond ASCII, match any one character; LIKE ignores the case of ASCII letters. It is SQLite's
// own, so it passes over 100,000 names in a few milliseconds; sd_contains() then decides exactly
// on the few rows it lets through.
QString tolerantPattern(const QString& word)
{
    static const QString accentable = QStringLiteral("aeiouncy");
    const QString folded = foldForSearch(word);
    QString pattern = QStringLiteral("%");
    for (const QChar c : folded) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            pattern.append(QLatin1Char('\\'));
            pattern.append(c);
        } else if (c.unicode() > 0x7F || accentable.contains(c)) {
            pattern.append(QLatin1Char('_'));
        } else {
            pattern.append(c);
        }
    }
    pattern.append(QLatin1Char('%'));
    return pattern;
}

// A GLOB pattern of the texts that start with the word, for ranking: each letter stands for itself
// with the accents names carry, in either case ("cruz" -> "[cCçÇ][rR][uUúÚùÙûÛüÜ][zZ]*"). Letters
// with rarer marks rank as if they did not start with the word; they are still found.
QString startsWithPattern(const QString& word)
{
    static const QHash<QChar, QString> variants{
        {u'a', QStringLiteral("áàâäãå")}, {u'e', QStringLiteral("éèêë")}, {u'i', QStringLiteral("íìîï")},
        {u'o', QStringLiteral("óòôöõø")}, {u'u', QStringLiteral("úùûü")}, {u'n', QStringLiteral("ñ")},
        {u'c', QStringLiteral("ç")},      {u'y', QStringLiteral("ýÿ")},
    };
    QString pattern;
    for (const QChar c : foldForSearch(word)) {
        const QString letters = QString(c) + variants.value(c);
        QString set;
        for (const QChar letter : letters) {
            set += letter;
            if (letter.toUpper() != letter)
                set += letter.toUpper();
        }
        if (set.size() == 1 && c != u'*' && c != u'?' && c != u'[' && c != u']')
            pattern += c;
        else if (c == u']')
            pattern += QStringLiteral("[]]");
        else
            pattern += QLatin1Char('[') + set + QLatin1Char(']');
    }
    return pattern + QLatin1Char('*');
}

QString doing()
{
    return QCoreApplication::translate("sd::GlobalSearch", "searching the file");
}

} // namespace

GlobalSearch::GlobalSearch(Database& database)
    : m_database(database)
{
}

QStringList GlobalSearch::words(const QString& text)
{
    QStringList list = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (list.size() > kMaxWords)
        list.resize(kMaxWords);
    return list;
}

Status GlobalSearch::prepareConnection() const
{
    if (m_functionsReady)
        return {};
    Status ready = useNameCollation(m_database);
    m_functionsReady = ready.ok();
    return ready;
}

Result<SearchGroup> GlobalSearch::find(SearchKind kind, const QString& text, int limit) const
{
    SearchGroup group;
    group.kind = kind;
    const QStringList list = words(text);
    if (list.isEmpty() || limit <= 0)
        return group;
    if (Status ready = prepareConnection(); !ready)
        return ready.error();
    const KindSpec& spec = specOf(kind);
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE is the same test.
    const bool server = m_database.isServer();

    QStringList conditions;
    QVariantList values;
    for (const QString& word : list) {
        const QString pattern = tolerantPattern(word);
        QStringList likes;
        QStringList contains;
        for (const char* field : spec.fields) {
            if (!field)
                break;
            const QString column = QString::fromLatin1(field);
            likes << column + (server ? QLatin1String(" ILIKE ? ESCAPE '\\'")
                                      : QLatin1String(" LIKE ? ESCAPE '\\'"));
            contains << QLatin1String("sd_contains(") + column + QLatin1String(", ?)");
        }
        // The cheap test first: SQLite evaluates the terms of an AND in order.
        conditions << QLatin1String("(") + likes.join(QLatin1String(" OR ")) + QLatin1String(") AND (") +
                          contains.join(QLatin1String(" OR ")) + QLatin1Char(')');
        for (qsizetype i = 0; i < likes.size(); ++i)
            values << pattern;
        for (qsizetype i = 0; i < contains.size(); ++i)
            values << word;
    }

    // The rank's placeholders: "?2" is the whole text, each plain '?' the first word's prefix pattern.
    const QString whole = list.join(QLatin1Char(' '));
    const QString prefix = server ? list.first() : startsWithPattern(list.first());
    QString rank = QString::fromLatin1(server ? spec.serverRank : spec.rank);
    QVariantList rankValues;
    for (qsizetype at = 0; at < rank.size(); ++at) {
        if (rank.at(at) != QLatin1Char('?'))
            continue;
        if (at + 1 < rank.size() && rank.at(at + 1) == QLatin1Char('2')) {
            rank.remove(at + 1, 1);
            rankValues << whole;
        } else {
            rankValues << prefix;
        }
    }

    const QString sql = QLatin1String("SELECT ") + QString::fromLatin1(spec.id) + QLatin1String(" FROM ") +
                        QString::fromLatin1(spec.searchFrom) + QLatin1String(" WHERE ") +
                        conditions.join(QLatin1String(" AND ")) + QLatin1String(" ORDER BY ") + rank +
                        QLatin1String(", ") + QString::fromLatin1(spec.order) + QLatin1String(" LIMIT ?");

    QList<Id> ids;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return m_database.errorFor(query, doing());
        for (const QVariant& value : std::as_const(values))
            query.addBindValue(value);
        for (const QVariant& value : std::as_const(rankValues))
            query.addBindValue(value);
        // One more than shown tells whether there are more.
        query.addBindValue(limit + 1);
        if (!query.exec())
            return m_database.errorFor(query, doing());
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    if (ids.size() > limit) {
        group.more = true;
        ids.resize(limit);
    }
    if (ids.isEmpty())
        return group;

    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String("SELECT ") + QString::fromUtf8(spec.select) + QLatin1String(" FROM ") +
                       QString::fromLatin1(spec.from) + QLatin1String(" WHERE ") +
                       QString::fromLatin1(spec.id) + QLatin1String(" IN (") +
                       placeholders.join(QLatin1Char(',')) + QLatin1Char(')')))
        return m_database.errorFor(query, doing());
    for (Id id : std::as_const(ids))
        query.addBindValue(id);
    if (!query.exec())
        return m_database.errorFor(query, doing());
    group.hits.resize(ids.size());
    while (query.next()) {
        const qsizetype at = ids.indexOf(query.value(0).toLongLong());
        if (at < 0)
            continue;
        SearchHit& hit = group.hits[at];
        hit.kind = kind;
        hit.id = ids[at];
        hit.title = query.value(1).toString();
        hit.detail = query.value(2).toString();
        if (!query.value(3).isNull())
            hit.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    }
    // A row removed between the two statements (by another program) leaves no gap.
    group.hits.removeIf([](const SearchHit& hit) { return hit.id == 0; });
    return group;
}

Result<QList<SearchGroup>> GlobalSearch::find(const QString& text, int limitPerKind) const
{
    QList<SearchGroup> groups;
    for (SearchKind kind :
         {SearchKind::Activity, SearchKind::Participant, SearchKind::Expert, SearchKind::Institution}) {
        Result<SearchGroup> group = find(kind, text, limitPerKind);
        if (!group)
            return group.error();
        groups << std::move(group).value();
    }
    return groups;
}

} // namespace sd
