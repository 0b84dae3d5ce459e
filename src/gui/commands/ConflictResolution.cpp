#include "commands/ConflictResolution.h"

#include "ProgrammeQueries.h"
#include "commands/RecordTraits.h"
#include "dialogs/ConflictDialog.h"
#include "storage/RecordMerge.h"

#include <QStringList>
#include <algorithm>
#include <cstring>
#include <type_traits>
#include <variant>

namespace sd {
namespace {

// The fields' labels, by the column names of the specs (storage/Tables).
struct FieldLabel
{
    const char* column;
    const char* label;
};

constexpr FieldLabel kFieldLabels[] = {
    {"code", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Code")},
    {"title", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Title")},
    {"title_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Title in Spanish")},
    {"beneficiary_country", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Beneficiary country")},
    {"start_date", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("sd::ConflictResolution", "End date")},
    {"summary", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Summary")},
    {"summary_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Summary in Spanish")},
    {"results_narrative", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Results narrative")},
    {"results_narrative_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Results narrative in Spanish")},
    {"quotation", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Quotation")},
    {"project_requesting_institution",
     QT_TRANSLATE_NOOP("sd::ConflictResolution", "Requesting institutions")},
    {"number", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Number")},
    {"statement", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Statement")},
    {"statement_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Statement in Spanish")},
    {"objective_component", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Components")},
    {"name", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Name")},
    {"name_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Name in Spanish")},
    {"acronym", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Acronym")},
    {"acronym_es", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Acronym in Spanish")},
    {"type", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Type")},
    {"country", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Country")},
    {"parent_id", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Part of")},
    {"illustrative", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Illustrative")},
    {"given_names", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Given names")},
    {"family_names", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Family names")},
    {"gender", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Gender")},
    {"institution_id", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Institution")},
    {"position", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Position")},
    {"region", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Region")},
    {"email", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Email")},
    {"phone", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Phone")},
    {"consent_date", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Consent date")},
    {"institution", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Institution")},
    {"expertise", QT_TRANSLATE_NOOP("sd::ConflictResolution", "Expertise")},
};

QString labelOf(const char* column)
{
    for (const FieldLabel& field : kFieldLabels) {
        if (std::strcmp(field.column, column) == 0)
            return ConflictResolution::tr(field.label);
    }
    return QString::fromLatin1(column);
}

// How the dialog names the record.
QString nameOf(const Project& project)
{
    return ConflictResolution::tr("project %1").arg(project.code);
}
QString nameOf(const Objective& objective)
{
    return ConflictResolution::tr("objective %1").arg(objective.number);
}
QString nameOf(const Component& component)
{
    return ConflictResolution::tr("component %1").arg(component.number);
}
QString nameOf(const Participant& participant)
{
    return participant.fullName();
}
QString nameOf(const Expert& expert)
{
    return expert.fullName();
}
QString nameOf(const Institution& institution)
{
    return institution.name;
}

// A value as the dialog shows it: an institution by its acronym or name, a flag as yes or no.
QString shown(const ProgrammeDocument& document, const char* column, const QString& value)
{
    const bool institutions = std::strcmp(column, "institution_id") == 0 ||
                              std::strcmp(column, "parent_id") == 0 ||
                              std::strcmp(column, "project_requesting_institution") == 0;
    if (institutions && !value.isEmpty()) {
        QStringList names;
        for (const QString& id : value.split(QStringLiteral(", "))) {
            Result<RecordValue> record = document.queries().record(RecordKind::Institution, id.toLongLong());
            names.append(record ? institutionLabel(std::get<Institution>(*record)) : id);
        }
        return names.join(QStringLiteral(", "));
    }
    if (std::strcmp(column, "illustrative") == 0)
        return value == QLatin1String("1") ? ConflictResolution::tr("yes") : ConflictResolution::tr("no");
    return value;
}

template <typename R>
ConflictResolution::Outcome resolveRecord(ProgrammeDocument& document, QWidget* parent, const R& base,
                                          const R& mine, const Error& refusal)
{
    Result<RecordValue> stored = document.queries().record(kindOf(RecordValue(mine)), mine.id);
    if (!stored)
        return {refusal, {}}; // gone: nothing to merge with
    const R& theirs = std::get<R>(*stored);
    const QList<FieldVersions> fields = fieldVersions(base, mine, theirs);
    const bool mineChanged = std::any_of(fields.begin(), fields.end(),
                                         [](const FieldVersions& field) { return field.mineChanged; });
    if (!mineChanged)
        return {Status(),
                ConflictResolution::tr("Someone else changed this record meanwhile; you had changed "
                                       "nothing, so nothing was saved.")};
    R merged = withMyChanges(base, mine, theirs);
    merged.rowVersion = theirs.rowVersion;
    if (!anyConflict(fields)) {
        Status written = document.editRecord(RecordValue(merged));
        return {written, written ? ConflictResolution::tr("Someone else changed this record meanwhile; your "
                                                          "changes were saved together with theirs.")
                                 : QString()};
    }
    QList<ConflictDialog::Row> rows;
    for (const FieldVersions& field : fields)
        rows.append(ConflictDialog::Row{labelOf(field.column), shown(document, field.column, field.base),
                                        shown(document, field.column, field.mine),
                                        shown(document, field.column, field.theirs), field.mineChanged,
                                        field.theirsChanged});
    ConflictDialog dialog(nameOf(theirs), rows, parent);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Choice::KeepTheirs:
        return {Status(), ConflictResolution::tr("Kept the other person's changes; yours were not saved.")};
    case ConflictDialog::Choice::ApplyMine: {
        Status written = document.editRecord(RecordValue(merged));
        return {written, written ? ConflictResolution::tr("Your changes were saved over the other person's "
                                                          "in the fields you changed.")
                                 : QString()};
    }
    case ConflictDialog::Choice::Cancel:
        break;
    }
    return {refusal, {}};
}

} // namespace

ConflictResolution::Outcome ConflictResolution::resolve(ProgrammeDocument& document, QWidget* parent,
                                                        const RecordValue& base, const RecordValue& mine,
                                                        const Error& refusal)
{
    return std::visit(
        [&](const auto& value) -> Outcome {
            using R = std::remove_cvref_t<decltype(value)>;
            if constexpr (std::is_same_v<R, ActivityValue>)
                return {refusal, {}};
            else
                return resolveRecord<R>(document, parent, std::get<R>(base), value, refusal);
        },
        mine);
}

} // namespace sd
