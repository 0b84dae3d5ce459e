#include "storage/RegisterQuery.h"

#include "storage/Database.h"
#include "storage/NameCollation.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <array>

namespace sd {
namespace {

struct ColumnSpec
{
    const char* title;   // translated in context "sd::RegisterQuery"
    const char* select;  // the cell's SQL expression
    const char* orderBy; // expressions separated by '|', each followed by the direction
    RegisterValue value;
};

struct KindSpec
{
    const char* from;
    const char* id;
    const char* scope; // a condition on the bound activity id, or nullptr
    // The text columns a filter word may appear in, one suffices (nullptr ends); and the reference to
    // an institution whose name or acronym may hold it instead (or nullptr).
    std::array<const char*, 6> searched;
    const char* institutionOf;
    std::array<ColumnSpec, 7> columns; // title nullptr ends
};

// Text columns sort as a reader expects (accents and case aside, see NameCollation.h).
#define SD_BY_NAME " COLLATE sd_name"

// The fixed SQL of each register: the only text that reaches the statements besides placeholders.
// A filter word is looked for in each searched column (containsCondition below), so that "ramirez"
// finds Ramírez.
const KindSpec kParticipants{
    "participant p LEFT JOIN institution i ON i.id = p.institution_id",
    "p.id",
    nullptr,
    {"p.family_names", "p.given_names", "p.region", "p.email", nullptr},
    "p.institution_id",
    {{
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Name"), "p.family_names || ', ' || p.given_names",
         "p.family_names" SD_BY_NAME "|p.given_names" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Gender"), "p.gender", "p.gender", RegisterValue::Gender},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Institution"), "COALESCE(NULLIF(i.acronym, ''), i.name, '')",
         "COALESCE(NULLIF(i.acronym, ''), i.name, '')" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Position"), "p.position", "p.position" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Region"), "p.region", "p.region" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Activities"),
         "(SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = p.id)",
         "(SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = p.id)", RegisterValue::Count},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Email"), "p.email", "p.email" SD_BY_NAME,
         RegisterValue::Text},
    }},
};

const KindSpec kExperts{
    "expert x",
    "x.id",
    nullptr,
    {"x.family_names", "x.given_names", "x.country", "x.institution", "x.expertise", nullptr},
    nullptr,
    {{
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Name"), "x.family_names || ', ' || x.given_names",
         "x.family_names" SD_BY_NAME "|x.given_names" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Country"), "x.country", "x.country" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Institution"), "x.institution", "x.institution" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Expertise"), "x.expertise", "x.expertise" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Activities"),
         "(SELECT COUNT(*) FROM activity_expert ae WHERE ae.expert_id = x.id)",
         "(SELECT COUNT(*) FROM activity_expert ae WHERE ae.expert_id = x.id)", RegisterValue::Count},
        {nullptr, nullptr, nullptr, RegisterValue::Text},
    }},
};

const KindSpec kInstitutions{
    "institution i LEFT JOIN institution parent ON parent.id = i.parent_id",
    "i.id",
    nullptr,
    {"i.name", "i.acronym", "i.country", "parent.name", "parent.acronym", nullptr},
    nullptr,
    {{
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Name"), "i.name", "i.name" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Acronym"), "i.acronym", "i.acronym" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Type"), "i.type", "i.type", RegisterValue::InstitutionType},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Country"), "i.country", "i.country" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Part of"),
         "COALESCE(NULLIF(parent.acronym, ''), parent.name, '')",
         "COALESCE(NULLIF(parent.acronym, ''), parent.name, '')" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Participants"),
         "(SELECT COUNT(*) FROM participant p WHERE p.institution_id = i.id)",
         "(SELECT COUNT(*) FROM participant p WHERE p.institution_id = i.id)", RegisterValue::Count},
        {nullptr, nullptr, nullptr, RegisterValue::Text},
    }},
};

#define SD_PRESENT_OR_LATE                                                                                   \
    "(SELECT COUNT(*) FROM attendance t WHERE t.enrolment_id = e.id AND t.status IN ('present', 'late'))"

const KindSpec kActivityRoster{
    "enrolment e JOIN participant p ON p.id = e.participant_id LEFT JOIN institution i ON i.id = "
    "p.institution_id",
    "p.id",
    "e.activity_id = ?",
    {"p.family_names", "p.given_names", "p.region", nullptr},
    "p.institution_id",
    {{
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Name"), "p.family_names || ', ' || p.given_names",
         "p.family_names" SD_BY_NAME "|p.given_names" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Institution"), "COALESCE(NULLIF(i.acronym, ''), i.name, '')",
         "COALESCE(NULLIF(i.acronym, ''), i.name, '')" SD_BY_NAME, RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Region"), "p.region", "p.region" SD_BY_NAME,
         RegisterValue::Text},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Attended"), SD_PRESENT_OR_LATE, SD_PRESENT_OR_LATE,
         RegisterValue::Count},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Marked"),
         "(SELECT COUNT(*) FROM attendance t WHERE t.enrolment_id = e.id)",
         "(SELECT COUNT(*) FROM attendance t WHERE t.enrolment_id = e.id)", RegisterValue::Count},
        {QT_TRANSLATE_NOOP("sd::RegisterQuery", "Rate"),
         SD_PRESENT_OR_LATE
         " * 100.0 / NULLIF((SELECT COUNT(*) FROM session s WHERE s.activity_id = e.activity_id), 0)",
         SD_PRESENT_OR_LATE, RegisterValue::Percent},
        {nullptr, nullptr, nullptr, RegisterValue::Text},
    }},
};

#undef SD_PRESENT_OR_LATE
#undef SD_BY_NAME

// The collation clause of the reader's order, left out for the code-point order.
const QLatin1String kByName{" COLLATE sd_name"};

const KindSpec& specOf(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Participants:
        return kParticipants;
    case RegisterKind::Experts:
        return kExperts;
    case RegisterKind::Institutions:
        return kInstitutions;
    case RegisterKind::ActivityRoster:
        return kActivityRoster;
    }
    return kParticipants;
}

int columnsOf(const KindSpec& spec)
{
    int count = 0;
    while (count < int(spec.columns.size()) && spec.columns[size_t(count)].title != nullptr)
        ++count;
    return count;
}

constexpr int kIdsPerStatement = 500;

// Whether a column holds a filter word (bound to the one placeholder), case and accents aside. A
// file asks the program's sd_contains (NameCollation.h). A server folds the column with the schema's
// sd_fold and matches the folded word as a LIKE pattern, the same test written so that the trigram
// index on sd_fold(column) serves it (resources/schema/postgresql/007-register-search.sql).
QString containsCondition(QLatin1String column, bool server)
{
    if (server)
        return QLatin1String("sd_fold(") + column + QLatin1String(") LIKE sd_contains_pattern(?)");
    return QLatin1String("sd_contains(") + column + QLatin1String(", ?)");
}

} // namespace

RegisterQuery::RegisterQuery(Database& database, RegisterKind kind, Id activityId)
    : m_database(database)
    , m_kind(kind)
    , m_activityId(activityId)
{
}

int RegisterQuery::columnCount() const
{
    return columnsOf(specOf(m_kind));
}

QString RegisterQuery::columnTitle(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    return QCoreApplication::translate("sd::RegisterQuery", specOf(m_kind).columns[size_t(column)].title);
}

RegisterValue RegisterQuery::columnValue(int column) const
{
    if (column < 0 || column >= columnCount())
        return RegisterValue::Text;
    return specOf(m_kind).columns[size_t(column)].value;
}

void RegisterQuery::setFilter(const QString& fragment)
{
    m_filter = fragment.simplified();
}

void RegisterQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = (column >= 0 && column < columnCount()) ? column : 0;
    m_sortOrder = order;
}

void RegisterQuery::setOnlyIds(std::optional<QList<Id>> ids)
{
    m_onlyIds = std::move(ids);
}

RegisterQuery::Where RegisterQuery::where() const
{
    const KindSpec& spec = specOf(m_kind);
    Where where;
    QStringList conditions;
    if (spec.scope) {
        conditions << QString::fromLatin1(spec.scope);
        where.values << m_activityId;
    }
    if (m_onlyIds) {
        QStringList ids;
        ids.reserve(m_onlyIds->size());
        for (Id id : *m_onlyIds)
            ids << QString::number(id);
        // One JSON array of ids, however many: SQLite's json_each, PostgreSQL's json_array_elements_text.
        conditions << QString::fromLatin1(spec.id) +
                          (m_database.isServer()
                               ? QLatin1String(
                                     " IN (SELECT CAST(value AS bigint) FROM json_array_elements_text("
                                     "CAST(? AS json)))")
                               : QLatin1String(" IN (SELECT value FROM json_each(?))"));
        where.values << QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
        where.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
        return where;
    }
    const bool server = m_database.isServer();
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList alternatives;
        for (const char* column : spec.searched) {
            if (!column)
                break;
            alternatives << containsCondition(QLatin1String(column), server);
            where.values << word;
        }
        if (spec.institutionOf) {
            // The institution table is small: its matches are found first, then their participants
            // through the index on the reference. On a server, = ANY of an array (not IN) keeps this
            // branch an index scan, so that the whole OR is one of index scans.
            const QString institutions = QLatin1String("(SELECT id FROM institution WHERE ") +
                                         containsCondition(QLatin1String("acronym"), server) +
                                         QLatin1String(" OR ") +
                                         containsCondition(QLatin1String("name"), server) + QLatin1Char(')');
            alternatives << QLatin1String(spec.institutionOf) +
                                (server ? QLatin1String(" = ANY(ARRAY") + institutions + QLatin1Char(')')
                                        : QLatin1String(" IN ") + institutions);
            where.values << word << word;
        }
        conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (!conditions.isEmpty())
        where.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return where;
}

Status RegisterQuery::prepareConnection() const
{
    if (m_functionsReady)
        return {};
    Status ready = useNameCollation(m_database);
    m_functionsReady = ready.ok();
    return ready;
}

Result<qint64> RegisterQuery::count() const
{
    if (Status ready = prepareConnection(); !ready)
        return ready.error();
    const KindSpec& spec = specOf(m_kind);
    const Where condition = where();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql =
        QLatin1String("SELECT COUNT(*) FROM ") + QString::fromLatin1(spec.from) + condition.sql;
    const QString doing = QCoreApplication::translate("sd::RegisterQuery", "counting the rows of a register");
    if (!query.prepare(sql))
        return m_database.errorFor(query, doing);
    for (const QVariant& value : condition.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_database.errorFor(query, doing);
    return query.value(0).toLongLong();
}

QString RegisterQuery::orderBy(bool reversed) const
{
    const KindSpec& spec = specOf(m_kind);
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QLatin1String direction = ascending ? QLatin1String(" ASC") : QLatin1String(" DESC");
    QStringList order;
    const QStringList sortExpressions =
        QString::fromLatin1(spec.columns[size_t(m_sortColumn)].orderBy).split(QLatin1Char('|'));
    for (QString expression : sortExpressions) {
        if (!m_readerOrder)
            expression.remove(kByName);
        order << expression + direction;
    }
    order << QString::fromLatin1(spec.id) + direction;
    return order.join(QLatin1String(", "));
}

Result<QList<RegisterRow>> RegisterQuery::select(const QString& condition, const QVariantList& values,
                                                 const QString& tail, const QVariantList& tailValues,
                                                 bool reversed) const
{
    const KindSpec& spec = specOf(m_kind);
    const int columns = columnCount();
    QStringList selected{QString::fromLatin1(spec.id)};
    for (int column = 0; column < columns; ++column)
        selected << QString::fromLatin1(spec.columns[size_t(column)].select);

    const QString sql = QLatin1String("SELECT ") + selected.join(QLatin1String(", ")) +
                        QLatin1String(" FROM ") + QString::fromLatin1(spec.from) + condition +
                        QLatin1String(" ORDER BY ") + orderBy(reversed) + tail;
    const QString doing = QCoreApplication::translate("sd::RegisterQuery", "reading the rows of a register");
    if (Status ready = prepareConnection(); !ready)
        return ready.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_database.errorFor(query, doing);
    for (const QVariant& value : values)
        query.addBindValue(value);
    for (const QVariant& value : tailValues)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFor(query, doing);
    QList<RegisterRow> rows;
    while (query.next()) {
        RegisterRow row;
        row.id = query.value(0).toLongLong();
        row.cells.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.cells << query.value(column + 1);
        rows << row;
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<RegisterRow>> RegisterQuery::rows(qint64 offset, int limit, qint64 total) const
{
    const Where condition = where();
    if (total > 0 && offset > total / 2 && offset < total) {
        // Counted from the end: the rows after the page are skipped instead of those before it.
        const qint64 end = std::min<qint64>(total, offset + limit);
        return select(condition.sql, condition.values, QStringLiteral(" LIMIT ? OFFSET ?"),
                      {QVariant(end - offset), QVariant(total - end)}, true);
    }
    // A negative limit reads every row: SQLite's LIMIT -1, PostgreSQL's LIMIT NULL.
    const QVariant rowLimit = limit < 0 && m_database.isServer() ? QVariant(QMetaType::fromType<qint64>())
                                                                 : QVariant(qint64(limit));
    return select(condition.sql, condition.values, QStringLiteral(" LIMIT ? OFFSET ?"),
                  {rowLimit, QVariant(offset)});
}

Result<std::optional<qint64>> RegisterQuery::positionOf(Id id) const
{
    if (Status ready = prepareConnection(); !ready)
        return ready.error();
    const KindSpec& spec = specOf(m_kind);
    const Where condition = where();
    const QString sql = QLatin1String("SELECT position FROM (SELECT ") + QString::fromLatin1(spec.id) +
                        QLatin1String(" AS row_id, ROW_NUMBER() OVER (ORDER BY ") + orderBy(false) +
                        QLatin1String(") - 1 AS position FROM ") + QString::fromLatin1(spec.from) +
                        condition.sql + QLatin1String(") numbered WHERE row_id = ?");
    const QString doing = QCoreApplication::translate("sd::RegisterQuery", "finding a row of a register");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_database.errorFor(query, doing);
    for (const QVariant& value : condition.values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec())
        return m_database.errorFor(query, doing);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<RegisterRow>> RegisterQuery::rowsWithIds(const QList<Id>& ids) const
{
    const KindSpec& spec = specOf(m_kind);
    QList<RegisterRow> all;
    all.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QList<Id> chunk = ids.mid(start, kIdsPerStatement);
        QVariantList values;
        if (spec.scope)
            values << m_activityId;
        QStringList placeholders;
        for (Id id : chunk) {
            placeholders << QStringLiteral("?");
            values << id;
        }
        QStringList conditions;
        if (spec.scope)
            conditions << QString::fromLatin1(spec.scope);
        conditions << QString::fromLatin1(spec.id) + QLatin1String(" IN (") +
                          placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
        const QString condition = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
        Result<QList<RegisterRow>> rows = select(condition, values, {}, {});
        if (!rows)
            return rows.error();
        all << rows.value();
    }
    if (ids.size() > kIdsPerStatement) {
        // Each statement came back sorted; merge the chunks into one order on the sort column.
        const int column = m_sortColumn;
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        const bool readerOrder = m_readerOrder;
        std::stable_sort(all.begin(), all.end(),
                         [column, ascending, readerOrder](const RegisterRow& a, const RegisterRow& b) {
                             const QVariant& left = a.cells.at(column);
                             const QVariant& right = b.cells.at(column);
                             int order = 0;
                             if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString)
                                 order = readerOrder ? compareNames(left.toString(), right.toString())
                                                     : left.toString().compare(right.toString());
                             else
                                 order = left.toDouble() < right.toDouble()
                                             ? -1
                                             : (left.toDouble() > right.toDouble() ? 1 : 0);
                             if (order == 0)
                                 return ascending ? a.id < b.id : a.id > b.id;
                             return ascending ? order < 0 : order > 0;
                         });
    }
    return all;
}

} // namespace sd
