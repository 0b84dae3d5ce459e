#include "storage/ChangeHistory.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QRegularExpression>
#include <cstring>

namespace sd {
namespace {

// The record tables a marker may name, with how a reader calls one ("%1": its code or number).
struct RecordTable
{
    const char* table;
    const char* name;
};

constexpr RecordTable kRecordTables[] = {
    {"project", QT_TRANSLATE_NOOP("sd::ChangeHistory", "project %1")},
    {"objective", QT_TRANSLATE_NOOP("sd::ChangeHistory", "objective %1")},
    {"component", QT_TRANSLATE_NOOP("sd::ChangeHistory", "component %1")},
    {"activity", QT_TRANSLATE_NOOP("sd::ChangeHistory", "activity %1")},
    {"participant", QT_TRANSLATE_NOOP("sd::ChangeHistory", "participant %1")},
    {"expert", QT_TRANSLATE_NOOP("sd::ChangeHistory", "expert %1")},
    {"institution", QT_TRANSLATE_NOOP("sd::ChangeHistory", "institution %1")},
};

// The fields' names for readers, by the column names of the specs (storage/Tables).
struct FieldName
{
    const char* column;
    const char* name;
};

constexpr FieldName kFieldNames[] = {
    {"code", QT_TRANSLATE_NOOP("sd::ChangeHistory", "code")},
    {"title", QT_TRANSLATE_NOOP("sd::ChangeHistory", "title")},
    {"title_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "title in Spanish")},
    {"beneficiary_country", QT_TRANSLATE_NOOP("sd::ChangeHistory", "beneficiary country")},
    {"start_date", QT_TRANSLATE_NOOP("sd::ChangeHistory", "start date")},
    {"end_date", QT_TRANSLATE_NOOP("sd::ChangeHistory", "end date")},
    {"summary", QT_TRANSLATE_NOOP("sd::ChangeHistory", "summary")},
    {"summary_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "summary in Spanish")},
    {"results_narrative", QT_TRANSLATE_NOOP("sd::ChangeHistory", "results narrative")},
    {"results_narrative_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "results narrative in Spanish")},
    {"quotation", QT_TRANSLATE_NOOP("sd::ChangeHistory", "quotation")},
    {"project_requesting_institution", QT_TRANSLATE_NOOP("sd::ChangeHistory", "requesting institutions")},
    {"number", QT_TRANSLATE_NOOP("sd::ChangeHistory", "number")},
    {"statement", QT_TRANSLATE_NOOP("sd::ChangeHistory", "statement")},
    {"statement_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "statement in Spanish")},
    {"objective_component", QT_TRANSLATE_NOOP("sd::ChangeHistory", "components")},
    {"activity_component", QT_TRANSLATE_NOOP("sd::ChangeHistory", "components")},
    {"name", QT_TRANSLATE_NOOP("sd::ChangeHistory", "name")},
    {"name_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "name in Spanish")},
    {"acronym", QT_TRANSLATE_NOOP("sd::ChangeHistory", "acronym")},
    {"acronym_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "acronym in Spanish")},
    {"type", QT_TRANSLATE_NOOP("sd::ChangeHistory", "type")},
    {"country", QT_TRANSLATE_NOOP("sd::ChangeHistory", "country")},
    {"parent_id", QT_TRANSLATE_NOOP("sd::ChangeHistory", "part of")},
    {"illustrative", QT_TRANSLATE_NOOP("sd::ChangeHistory", "illustrative")},
    {"given_names", QT_TRANSLATE_NOOP("sd::ChangeHistory", "given names")},
    {"family_names", QT_TRANSLATE_NOOP("sd::ChangeHistory", "family names")},
    {"gender", QT_TRANSLATE_NOOP("sd::ChangeHistory", "gender")},
    {"institution_id", QT_TRANSLATE_NOOP("sd::ChangeHistory", "institution")},
    {"position", QT_TRANSLATE_NOOP("sd::ChangeHistory", "position")},
    {"region", QT_TRANSLATE_NOOP("sd::ChangeHistory", "region")},
    {"email", QT_TRANSLATE_NOOP("sd::ChangeHistory", "email")},
    {"phone", QT_TRANSLATE_NOOP("sd::ChangeHistory", "phone")},
    {"consent_date", QT_TRANSLATE_NOOP("sd::ChangeHistory", "consent date")},
    {"consent_purpose", QT_TRANSLATE_NOOP("sd::ChangeHistory", "consent purpose")},
    {"consent_source", QT_TRANSLATE_NOOP("sd::ChangeHistory", "consent source")},
    {"legal_hold_reason", QT_TRANSLATE_NOOP("sd::ChangeHistory", "legal hold reason")},
    {"legal_hold_until", QT_TRANSLATE_NOOP("sd::ChangeHistory", "legal hold end")},
    {"contact_retention_years", QT_TRANSLATE_NOOP("sd::ChangeHistory", "contact details retention")},
    {"name_retention_years", QT_TRANSLATE_NOOP("sd::ChangeHistory", "names retention")},
    {"institution", QT_TRANSLATE_NOOP("sd::ChangeHistory", "institution")},
    {"expertise", QT_TRANSLATE_NOOP("sd::ChangeHistory", "expertise")},
    {"status", QT_TRANSLATE_NOOP("sd::ChangeHistory", "status")},
    {"venue_city", QT_TRANSLATE_NOOP("sd::ChangeHistory", "venue city")},
    {"venue_city_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "venue city in Spanish")},
    {"venue_country", QT_TRANSLATE_NOOP("sd::ChangeHistory", "venue country")},
    {"description", QT_TRANSLATE_NOOP("sd::ChangeHistory", "description")},
    {"description_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "description in Spanish")},
    {"outputs", QT_TRANSLATE_NOOP("sd::ChangeHistory", "outputs")},
    {"outputs_es", QT_TRANSLATE_NOOP("sd::ChangeHistory", "outputs in Spanish")},
};

const char* const kChangeWords[] = {"added", "changed", "deleted", "erased"};

const RecordTable* recordTable(const QString& table)
{
    for (const RecordTable& known : kRecordTables) {
        if (table == QLatin1String(known.table))
            return &known;
    }
    return nullptr;
}

QString fieldName(const QString& column)
{
    for (const FieldName& field : kFieldNames) {
        if (column == QLatin1String(field.column))
            return ChangeHistory::tr(field.name);
    }
    // A column added later without a name here still reads, as its spec names it.
    return QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// "…%" patterns for LIKE, with its wildcards and the escape character taken literally.
QString likeLiteral(const QString& text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

} // namespace

ChangeHistory::ChangeHistory(Database& database)
    : m_database(database)
{
}

bool ChangeHistory::isRecordTable(const QString& table)
{
    return recordTable(table) != nullptr;
}

QString ChangeHistory::recordName(const HistoryRecord& record)
{
    const RecordTable* table = recordTable(record.table);
    if (!table)
        return QString();
    return tr(table->name).arg(record.code.isEmpty() ? QString::number(record.id) : record.code);
}

Result<QList<HistoryEntry>> ChangeHistory::page(const HistoryRecord& record, int limit, Id beforeId) const
{
    // A record's entries: its markers ("activity#12[2.1] …", "participant#17 …") and, for a record
    // with a code, the sentences that end with it (attendance and older entries: "attendance 2.1").
    // Keyset paging by id keeps each page as cheap as the first, however long the log grows.
    static constexpr std::string_view kAll =
        "SELECT id, changed_at, kind, description, changed_by FROM change_log "
        "WHERE id < ? ORDER BY id DESC LIMIT ?";
    static constexpr std::string_view kOfRecord =
        "SELECT id, changed_at, kind, description, changed_by FROM change_log "
        "WHERE id < ? AND (description LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\' "
        "OR description LIKE ? ESCAPE '\\') ORDER BY id DESC LIMIT ?";
    const bool ofRecord = record.isSet();
    Statement statement(m_database, ofRecord ? kOfRecord : kAll, tr("reading the change log"));
    if (!statement.status())
        return statement.status().error();
    int position = 1;
    statement.bind(position++, beforeId);
    if (ofRecord) {
        const QString marker = likeLiteral(record.table + QLatin1Char('#') + QString::number(record.id));
        const QString code = record.code.trimmed();
        statement.bind(position++, QStringLiteral("%") + marker + QStringLiteral("[%"));
        statement.bind(position++, QStringLiteral("%") + marker + QStringLiteral(" %"));
        // Without a code the third pattern repeats the second, which adds nothing.
        statement.bind(position++, code.isEmpty() ? QStringLiteral("%") + marker + QStringLiteral(" %")
                                                  : QStringLiteral("% ") + likeLiteral(code));
    }
    statement.bind(position, qMax(limit, 0));
    QList<HistoryEntry> entries;
    while (statement.next()) {
        // Written as UTC with its "Z", so read back as UTC.
        entries.append({statement.integer(0), QDateTime::fromString(statement.text(1), Qt::ISODate),
                        statement.text(2), statement.text(3), statement.text(4)});
    }
    if (!statement.status())
        return statement.status().error();
    return entries;
}

QString ChangeHistory::describe(Change change, const char* table, Id id, const QString& code,
                                const QStringList& fields)
{
    QString marker = QString::fromLatin1(table) + QLatin1Char('#') + QString::number(id);
    QString label = code.trimmed();
    label.remove(QLatin1Char(']'));
    if (!label.isEmpty())
        marker += QLatin1Char('[') + label + QLatin1Char(']');
    marker += QLatin1Char(' ') + QLatin1String(kChangeWords[static_cast<int>(change)]);
    if (change == Change::Changed && !fields.isEmpty())
        marker += QStringLiteral(": ") + fields.join(QStringLiteral(", "));
    return marker;
}

QString ChangeHistory::sentence(const HistoryEntry& entry)
{
    return sentence(entry.description);
}

QString ChangeHistory::sentence(const QString& description)
{
    // A saved evaluation sheet: the activity's marker and a count of persons (SaveEvaluationCommand).
    static const QRegularExpression evaluation(
        QStringLiteral(R"(evaluation of (activity)#(\d+)(?:\[([^\]]*)\])? changed: (\d+) persons$)"));
    if (const QRegularExpressionMatch sheet = evaluation.match(description); sheet.hasMatch()) {
        const QString record =
            recordName({sheet.captured(1), sheet.captured(2).toLongLong(), sheet.captured(3)});
        return description.left(sheet.capturedStart(0)) +
               tr("evaluation of %1: answers of %n person(s) changed", nullptr, sheet.captured(4).toInt())
                   .arg(record);
    }
    static const QRegularExpression marker(QStringLiteral(
        R"(([a-z]+)#(\d+)(?:\[([^\]]*)\])? (added|changed|deleted|erased completely|erased)(?:: ([a-z_, ]+))?$)"));
    const QRegularExpressionMatch match = marker.match(description);
    if (!match.hasMatch())
        return description;
    const RecordTable* table = recordTable(match.captured(1));
    if (!table)
        return description;
    // Persons have no code: their number is the only thing the log holds of them.
    const QString record = recordName({match.captured(1), match.captured(2).toLongLong(), match.captured(3)});
    const QString word = match.captured(4);
    QString said;
    if (word == QLatin1String("added")) {
        said = tr("%1 added").arg(record);
    } else if (word == QLatin1String("deleted")) {
        said = tr("%1 deleted").arg(record);
    } else if (word == QLatin1String("erased")) {
        said = tr("%1 erased").arg(record);
    } else if (word == QLatin1String("erased completely")) {
        said = tr("%1 erased completely").arg(record);
    } else if (match.captured(5).isEmpty()) {
        said = tr("%1 changed").arg(record);
    } else {
        QStringList names;
        for (const QString& column : match.captured(5).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            names.append(fieldName(column));
        names.removeDuplicates();
        said = tr("%1: %2 changed").arg(record, names.join(QStringLiteral(", ")));
    }
    // What comes before the marker ("undo: ") was written in the words of the time; it stays.
    return description.left(match.capturedStart(0)) + said;
}

} // namespace sd
