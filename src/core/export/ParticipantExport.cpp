#include "export/ParticipantExport.h"

#include "export/ExportText.h"
#include "export/JsonText.h"
#include "export/Pseudonymiser.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariant>

namespace sd {

namespace {

// The columns of each form, as JSON key and heading for people; the order of both.
struct Field
{
    const char* key;
    const char* title;
    TableColumn::Kind kind;
};

const QList<Field> kPlainFields{
    {"id", QT_TRANSLATE_NOOP("sd::Export", "Id"), TableColumn::Kind::Integer},
    {"given_names", QT_TRANSLATE_NOOP("sd::Export", "Given names"), TableColumn::Kind::Text},
    {"family_names", QT_TRANSLATE_NOOP("sd::Export", "Family names"), TableColumn::Kind::Text},
    {"gender", QT_TRANSLATE_NOOP("sd::Export", "Gender"), TableColumn::Kind::Text},
    {"institution", QT_TRANSLATE_NOOP("sd::Export", "Institution"), TableColumn::Kind::Text},
    {"institution_acronym", QT_TRANSLATE_NOOP("sd::Export", "Acronym"), TableColumn::Kind::Text},
    {"institution_type", QT_TRANSLATE_NOOP("sd::Export", "Institution type"), TableColumn::Kind::Text},
    {"position", QT_TRANSLATE_NOOP("sd::Export", "Position"), TableColumn::Kind::Text},
    {"region", QT_TRANSLATE_NOOP("sd::Export", "Region"), TableColumn::Kind::Text},
    {"email", QT_TRANSLATE_NOOP("sd::Export", "Email"), TableColumn::Kind::Text},
    {"phone", QT_TRANSLATE_NOOP("sd::Export", "Phone"), TableColumn::Kind::Text},
    {"activities", QT_TRANSLATE_NOOP("sd::Export", "Activities"), TableColumn::Kind::Text},
};

const QList<Field> kPseudonymisedFields{
    {"pseudonym", QT_TRANSLATE_NOOP("sd::Export", "Pseudonym"), TableColumn::Kind::Text},
    {"gender", QT_TRANSLATE_NOOP("sd::Export", "Gender"), TableColumn::Kind::Text},
    {"institution", QT_TRANSLATE_NOOP("sd::Export", "Institution"), TableColumn::Kind::Text},
    {"institution_acronym", QT_TRANSLATE_NOOP("sd::Export", "Acronym"), TableColumn::Kind::Text},
    {"institution_type", QT_TRANSLATE_NOOP("sd::Export", "Institution type"), TableColumn::Kind::Text},
    {"region", QT_TRANSLATE_NOOP("sd::Export", "Region"), TableColumn::Kind::Text},
    {"activities", QT_TRANSLATE_NOOP("sd::Export", "Activities"), TableColumn::Kind::Text},
};

const QList<Field>& fieldsFor(bool pseudonymised)
{
    return pseudonymised ? kPseudonymisedFields : kPlainFields;
}

// The text cells of a row in the order of kPlainFields, less the id and activities.
QStringList plainTexts(const ParticipantExportRow& row)
{
    return {row.givenNames,      row.familyNames, toCode(row.gender), row.institution, row.institutionAcronym,
            row.institutionType, row.position,    row.region,         row.email,       row.phone};
}

QStringList pseudonymisedTexts(const ParticipantExportRow& row)
{
    if (row.generalised)
        return {row.pseudonym, QString(), QString(), QString(), QString(), QString()};
    return {row.pseudonym,          toCode(row.gender),  row.institution,
            row.institutionAcronym, row.institutionType, row.region};
}

} // namespace

ParticipantExport::ParticipantExport(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{
}

Result<QList<ParticipantExportRow>> ParticipantExport::load(const std::optional<QList<Id>>& ids, Id projectId,
                                                            Persons persons) const
{
    std::optional<QSet<Id>> wanted;
    if (ids)
        wanted = QSet<Id>(ids->begin(), ids->end());

    // Read through SQLite's own API: for 100,000 persons Qt Sql's QVariant per value would cost more
    // than the whole workbook (docs/performance.md).
    QList<ParticipantExportRow> rows;
    QHash<Id, qsizetype> rowOf;
    {
        // Two fixed texts: the columns that say who a person is are not named at all when withheld. The
        // institution's name and acronym in the export's language.
        const QByteArray sql =
            QString(
                persons == Persons::Named
                    ? QStringLiteral("SELECT p.id, p.given_names, p.family_names, p.gender, COALESCE(%1, ''),"
                                     " COALESCE(%2, ''), COALESCE(i.type, ''), p.position, p.region, p.email,"
                                     " p.phone FROM participant p LEFT JOIN institution i ON i.id = "
                                     "p.institution_id ORDER BY p.id")
                    : QStringLiteral("SELECT p.id, '', '', p.gender, COALESCE(%1, ''),"
                                     " COALESCE(%2, ''), COALESCE(i.type, ''), '', p.region, '',"
                                     " '' FROM participant p LEFT JOIN institution i ON i.id = "
                                     "p.institution_id ORDER BY p.id"))
                .arg(inLanguageSql(m_language, "i.name"), inLanguageSql(m_language, "i.acronym"))
                .toUtf8();
        Statement people(m_database, std::string_view(sql.constData(), size_t(sql.size())),
                         Export::tr("reading the participants"));
        while (people.next()) {
            const Id id = people.integer(0);
            if (wanted && !wanted->contains(id))
                continue;
            ParticipantExportRow row;
            row.id = id;
            row.givenNames = people.text(1);
            row.familyNames = people.text(2);
            row.gender = fromCode<Gender>(people.text(3)).value_or(Gender::NotStated);
            row.institution = people.text(4);
            row.institutionAcronym = people.text(5);
            row.institutionType = people.text(6);
            row.position = people.text(7);
            row.region = people.text(8);
            row.email = people.text(9);
            row.phone = people.text(10);
            rowOf.insert(id, rows.size());
            rows.append(std::move(row));
        }
        if (!people.status())
            return people.status().error();
    }

    // Took part: marked present or late at one session or more (docs/counting.md), which each enrolment's
    // attendance summary says (schema version 4). The enrolments are read in participant order from
    // the index enrolment_by_participant, so only each person's few activities are sorted.
    Statement tookPart(m_database,
                       "SELECT e.participant_id, pr.code, a.code, (SELECT COUNT(*) FROM project)"
                       " FROM enrolment e CROSS JOIN activity a CROSS JOIN project pr"
                       " WHERE a.id = e.activity_id AND pr.id = a.project_id AND e.sessions_attended > 0"
                       " AND (?1 = 0 OR a.project_id = ?1)"
                       " ORDER BY e.participant_id, pr.code, a.start_date, a.code",
                       Export::tr("reading the activities of the participants"));
    tookPart.bind(1, projectId);
    while (tookPart.next()) {
        const auto found = rowOf.constFind(tookPart.integer(0));
        if (found == rowOf.cend())
            continue;
        const bool qualify = projectId == 0 && tookPart.integer(3) > 1;
        const QString code = tookPart.text(2);
        rows[*found].activities.append(qualify ? tookPart.text(1) + QLatin1Char(':') + code : code);
    }
    if (!tookPart.status())
        return tookPart.status().error();
    return rows;
}

void ParticipantExport::pseudonymise(QList<ParticipantExportRow>& rows, const Pseudonymiser& pseudonymiser)
{
    for (ParticipantExportRow& row : rows) {
        row.pseudonym = pseudonymiser.pseudonym(row.id);
        row.id = 0;
        row.givenNames.clear();
        row.familyNames.clear();
        row.position.clear();
        row.email.clear();
        row.phone.clear();
    }
}

Table ParticipantExport::toTable(const QList<ParticipantExportRow>& rows, bool pseudonymised,
                                 Headings headings)
{
    Table table;
    table.title = Export::tr("Participants");
    for (const Field& field : fieldsFor(pseudonymised)) {
        table.columns.append({headings == Headings::Keys
                                  ? QString::fromLatin1(field.key)
                                  : QCoreApplication::translate("sd::Export", field.title),
                              field.kind});
    }
    table.rows.reserve(rows.size());
    const QString separator = QStringLiteral("; ");
    for (const ParticipantExportRow& row : rows) {
        QList<QVariant> cells;
        cells.reserve(table.columns.size());
        if (!pseudonymised)
            cells.append(row.id);
        for (const QString& text : pseudonymised ? pseudonymisedTexts(row) : plainTexts(row))
            cells.append(text);
        cells.append(row.activities.join(separator));
        table.rows.append(std::move(cells));
    }
    return table;
}

QByteArray ParticipantExport::toJson(const QList<ParticipantExportRow>& rows, bool pseudonymised)
{
    const QList<Field>& fields = fieldsFor(pseudonymised);
    QString json = QStringLiteral("[");
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const ParticipantExportRow& row = rows[index];
        QStringList members;
        qsizetype field = 0;
        if (!pseudonymised)
            members.append(QStringLiteral("\"id\": %1").arg(row.id));
        field = members.size();
        for (const QString& text : pseudonymised ? pseudonymisedTexts(row) : plainTexts(row))
            members.append(
                QStringLiteral("\"%1\": %2").arg(QLatin1String(fields[field++].key), jsonString(text)));
        QStringList codes;
        for (const QString& code : row.activities)
            codes.append(jsonString(code));
        members.append(QStringLiteral("\"activities\": [%1]").arg(codes.join(QStringLiteral(", "))));
        json += (index == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {")) +
                members.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    json += rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return json.toUtf8();
}

} // namespace sd
