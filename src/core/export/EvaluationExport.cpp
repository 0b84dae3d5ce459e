#include "export/EvaluationExport.h"

#include "export/ExportText.h"
#include "export/JsonText.h"
#include "export/Pseudonymiser.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariant>
#include <algorithm>

namespace sd {

namespace {

struct Field
{
    const char* key;
    const char* title;
    TableColumn::Kind kind;
};

// Who the person is: the named list's columns, or the pseudonym alone.
const QList<Field> kNamedFields{
    {"id", QT_TRANSLATE_NOOP("sd::Export", "Id"), TableColumn::Kind::Integer},
    {"given_names", QT_TRANSLATE_NOOP("sd::Export", "Given names"), TableColumn::Kind::Text},
    {"family_names", QT_TRANSLATE_NOOP("sd::Export", "Family names"), TableColumn::Kind::Text},
};
const QList<Field> kPseudonymFields{
    {"pseudonym", QT_TRANSLATE_NOOP("sd::Export", "Pseudonym"), TableColumn::Kind::Text},
};
// Then, in both forms, the participation and its answers.
const QList<Field> kCommonFields{
    {"activity", QT_TRANSLATE_NOOP("sd::Export", "Activity"), TableColumn::Kind::Text},
    {"gender", QT_TRANSLATE_NOOP("sd::Export", "Gender"), TableColumn::Kind::Text},
    {"institution", QT_TRANSLATE_NOOP("sd::Export", "Institution"), TableColumn::Kind::Text},
    {"institution_acronym", QT_TRANSLATE_NOOP("sd::Export", "Acronym"), TableColumn::Kind::Text},
    {"institution_type", QT_TRANSLATE_NOOP("sd::Export", "Institution type"), TableColumn::Kind::Text},
    {"region", QT_TRANSLATE_NOOP("sd::Export", "Region"), TableColumn::Kind::Text},
    {"pre_score", QT_TRANSLATE_NOOP("sd::Export", "Pre-test score"), TableColumn::Kind::Decimal},
    {"post_score", QT_TRANSLATE_NOOP("sd::Export", "Post-test score"), TableColumn::Kind::Decimal},
    {"pre_pct", QT_TRANSLATE_NOOP("sd::Export", "Pre-test %"), TableColumn::Kind::Decimal},
    {"post_pct", QT_TRANSLATE_NOOP("sd::Export", "Post-test %"), TableColumn::Kind::Decimal},
    {"satisfaction_overall", QT_TRANSLATE_NOOP("sd::Export", "Overall satisfaction"),
     TableColumn::Kind::Integer},
    {"satisfaction_relevance", QT_TRANSLATE_NOOP("sd::Export", "Relevance to my work"),
     TableColumn::Kind::Integer},
    {"satisfaction_experts", QT_TRANSLATE_NOOP("sd::Export", "Quality of the experts"),
     TableColumn::Kind::Integer},
    {"satisfaction_organisation", QT_TRANSLATE_NOOP("sd::Export", "Organisation"),
     TableColumn::Kind::Integer},
    {"satisfaction_recommend", QT_TRANSLATE_NOOP("sd::Export", "Would recommend"),
     TableColumn::Kind::Integer},
    {"applied", QT_TRANSLATE_NOOP("sd::Export", "Applied what they learnt"), TableColumn::Kind::Text},
};
const Field kCommentField{"comment", QT_TRANSLATE_NOOP("sd::Export", "Comment"), TableColumn::Kind::Text};

QList<Field> fieldsFor(bool pseudonymised)
{
    QList<Field> fields = pseudonymised ? kPseudonymFields : kNamedFields;
    fields += kCommonFields;
    if (!pseudonymised)
        fields.append(kCommentField);
    return fields;
}

QVariant cell(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant cell(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// The cells of a row in the order of fieldsFor(pseudonymised).
QList<QVariant> cellsOf(const EvaluationExportRow& row, bool pseudonymised)
{
    QList<QVariant> cells;
    if (pseudonymised)
        cells << row.pseudonym;
    else
        cells << row.participantId << row.givenNames << row.familyNames;
    cells << row.activityCode << toCode(row.gender) << row.institution << row.institutionAcronym
          << row.institutionType << row.region << cell(row.preScore) << cell(row.postScore)
          << cell(row.prePct) << cell(row.postPct);
    for (const std::optional<int>& item : row.satisfaction)
        cells << cell(item);
    cells << (row.applied ? QVariant(toCode(*row.applied)) : QVariant());
    if (!pseudonymised)
        cells << row.comment;
    return cells;
}

QString jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    default:
        return jsonString(value.toString());
    }
}

} // namespace

EvaluationExport::EvaluationExport(Database& database)
    : m_database(database)
{
}

Result<QList<EvaluationExportRow>> EvaluationExport::load(Id projectId, Id activityId,
                                                          const std::optional<QList<Id>>& ids,
                                                          ParticipantExport::Persons persons) const
{
    std::optional<QSet<Id>> wanted;
    if (ids)
        wanted = QSet<Id>(ids->begin(), ids->end());
    // Two fixed texts: the names and the comment are not read at all when withheld.
    const bool named = persons == ParticipantExport::Persons::Named;
    const char* const sql =
        named ? "SELECT e.participant_id, p.given_names, p.family_names, a.code, p.gender, COALESCE(i.name, "
                "''),"
                " COALESCE(i.acronym, ''), COALESCE(i.type, ''), p.region, a.test_max_score, v.pre_score,"
                " v.post_score, v.satisfaction_overall, v.satisfaction_relevance, v.satisfaction_experts,"
                " v.satisfaction_organisation, v.satisfaction_recommend, v.applied, COALESCE(v.comment, '')"
                " FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN participant p"
                " ON p.id = e.participant_id LEFT JOIN institution i ON i.id = p.institution_id"
                " LEFT JOIN evaluation v ON v.enrolment_id = e.id"
                " WHERE a.project_id = ?1 AND (?2 = 0 OR a.id = ?2) AND e.sessions_attended > 0"
                " AND (a.test_max_score > 0 OR a.satisfaction_survey = 1 OR a.follow_up = 1)"
                " ORDER BY e.participant_id, a.start_date, a.code"
              : "SELECT e.participant_id, '', '', a.code, p.gender, COALESCE(i.name, ''),"
                " COALESCE(i.acronym, ''), COALESCE(i.type, ''), p.region, a.test_max_score, v.pre_score,"
                " v.post_score, v.satisfaction_overall, v.satisfaction_relevance, v.satisfaction_experts,"
                " v.satisfaction_organisation, v.satisfaction_recommend, v.applied, ''"
                " FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN participant p"
                " ON p.id = e.participant_id LEFT JOIN institution i ON i.id = p.institution_id"
                " LEFT JOIN evaluation v ON v.enrolment_id = e.id"
                " WHERE a.project_id = ?1 AND (?2 = 0 OR a.id = ?2) AND e.sessions_attended > 0"
                " AND (a.test_max_score > 0 OR a.satisfaction_survey = 1 OR a.follow_up = 1)"
                " ORDER BY e.participant_id, a.start_date, a.code";
    Statement answers(m_database, sql, Export::tr("reading the evaluation answers"));
    answers.bind(1, projectId).bind(2, activityId);
    QList<EvaluationExportRow> rows;
    const auto score = [&](int column) {
        return answers.isNull(column) ? std::optional<double>() : std::optional<double>(answers.real(column));
    };
    while (answers.next()) {
        const Id id = answers.integer(0);
        if (wanted && !wanted->contains(id))
            continue;
        EvaluationExportRow row;
        row.participantId = id;
        row.givenNames = answers.text(1);
        row.familyNames = answers.text(2);
        row.activityCode = answers.text(3);
        row.gender = fromCode<Gender>(answers.text(4)).value_or(Gender::NotStated);
        row.institution = answers.text(5);
        row.institutionAcronym = answers.text(6);
        row.institutionType = answers.text(7);
        row.region = answers.text(8);
        const double maximum = answers.real(9);
        row.preScore = score(10);
        row.postScore = score(11);
        // Multiplied first, as the evaluation tables do, so that 7 of 10 is exactly 70.
        if (row.preScore && maximum > 0)
            row.prePct = 100.0 * *row.preScore / maximum;
        if (row.postScore && maximum > 0)
            row.postPct = 100.0 * *row.postScore / maximum;
        for (int item = 0; item < 5; ++item) {
            if (!answers.isNull(12 + item))
                row.satisfaction[std::size_t(item)] = int(answers.integer(12 + item));
        }
        if (!answers.isNull(17))
            row.applied = fromCode<AppliedAnswer>(answers.text(17));
        row.comment = answers.text(18);
        rows.append(std::move(row));
    }
    if (!answers.status())
        return answers.status().error();
    return rows;
}

void EvaluationExport::pseudonymise(QList<EvaluationExportRow>& rows, const Pseudonymiser& pseudonymiser)
{
    for (EvaluationExportRow& row : rows) {
        row.pseudonym = pseudonymiser.pseudonym(row.participantId);
        row.participantId = 0;
        row.givenNames.clear();
        row.familyNames.clear();
        row.comment.clear();
    }
    // Stable: each person's activities keep their order by date.
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const EvaluationExportRow& a, const EvaluationExportRow& b) { return a.pseudonym < b.pseudonym; });
}

Table EvaluationExport::toTable(const QList<EvaluationExportRow>& rows, bool pseudonymised,
                                ParticipantExport::Headings headings)
{
    Table table;
    table.title = Export::tr("Evaluation");
    for (const Field& field : fieldsFor(pseudonymised)) {
        table.columns.append({headings == ParticipantExport::Headings::Keys
                                  ? QString::fromLatin1(field.key)
                                  : QCoreApplication::translate("sd::Export", field.title),
                              field.kind});
    }
    table.rows.reserve(rows.size());
    for (const EvaluationExportRow& row : rows)
        table.rows.append(cellsOf(row, pseudonymised));
    return table;
}

QByteArray EvaluationExport::toJson(const QList<EvaluationExportRow>& rows, bool pseudonymised)
{
    const QList<Field> fields = fieldsFor(pseudonymised);
    QString json = QStringLiteral("[");
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QList<QVariant> cells = cellsOf(rows[index], pseudonymised);
        QStringList members;
        for (qsizetype column = 0; column < fields.size(); ++column)
            members.append(QStringLiteral("\"%1\": %2")
                               .arg(QLatin1String(fields[column].key), jsonValue(cells[column])));
        json += (index == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {")) +
                members.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    json += rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return json.toUtf8();
}

} // namespace sd
