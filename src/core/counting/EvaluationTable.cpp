#include "counting/EvaluationTable.h"

#include <array>
#include <utility>

namespace sd {

namespace {

using Kind = EvaluationField::Kind;

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// The counts an indicator drills down to, by code: the JSON key of the count.
constexpr std::array<std::pair<EvaluationIndicator, const char*>, 12> kIndicators{{
    {EvaluationIndicator::TookPart, "took_part"},
    {EvaluationIndicator::PreTested, "pre_tested"},
    {EvaluationIndicator::PostTested, "post_tested"},
    {EvaluationIndicator::Paired, "paired"},
    {EvaluationIndicator::Improved, "improved"},
    {EvaluationIndicator::GainUndefined, "gain_undefined"},
    {EvaluationIndicator::Mastery, "mastery"},
    {EvaluationIndicator::SatisfactionResponses, "satisfaction_responses"},
    {EvaluationIndicator::SatisfactionOverallResponses, "satisfaction_overall_responses"},
    {EvaluationIndicator::Satisfied, "satisfied"},
    {EvaluationIndicator::FollowedUp, "followed_up"},
    {EvaluationIndicator::Applied, "applied"},
}};

} // namespace

const QList<EvaluationField>& EvaluationFields::all()
{
    static const QList<EvaluationField> fields{
        {"test_max_score", tr("Test maximum"), Kind::Design},
        {"mastery_threshold_pct", tr("Mastery threshold %"), Kind::Design},
        {"took_part", tr("Took part"), Kind::Count},
        {"pre_tested", tr("Pre-tested"), Kind::Count},
        {"post_tested", tr("Post-tested"), Kind::Count},
        {"paired", tr("Paired"), Kind::Count},
        {"mean_pre_pct", tr("Mean pre %"), Kind::Percent},
        {"mean_post_pct", tr("Mean post %"), Kind::Percent},
        {"improved", tr("Improved"), Kind::Count},
        {"improved_pct", tr("Improved %"), Kind::Percent},
        {"normalised_gain", tr("Normalised gain"), Kind::Fraction},
        {"mean_individual_gain", tr("Mean individual gain"), Kind::Fraction},
        {"gain_undefined", tr("Gain undefined"), Kind::Count},
        {"mastery", tr("Mastery"), Kind::Count},
        {"mastery_pct", tr("Mastery %"), Kind::Percent},
        {"satisfaction_responses", tr("Satisfaction responses"), Kind::Count},
        {"satisfaction_overall_responses", tr("Overall item answered"), Kind::Count},
        {"satisfied", tr("Satisfied"), Kind::Count},
        {"satisfied_pct", tr("Satisfied %"), Kind::Percent},
        {"satisfaction_mean", tr("Satisfaction mean"), Kind::Mean},
        {"satisfaction_mean_overall", tr("Mean: overall"), Kind::Mean},
        {"satisfaction_mean_relevance", tr("Mean: relevance"), Kind::Mean},
        {"satisfaction_mean_experts", tr("Mean: experts"), Kind::Mean},
        {"satisfaction_mean_organisation", tr("Mean: organisation"), Kind::Mean},
        {"satisfaction_mean_recommend", tr("Mean: would recommend"), Kind::Mean},
        {"followed_up", tr("Followed up"), Kind::Count},
        {"applied", tr("Applied"), Kind::Count},
        {"applied_pct", tr("Applied %"), Kind::Percent},
    };
    return fields;
}

QVariant EvaluationFields::value(const EvaluationCounts& c, const EvaluationField& field)
{
    const QLatin1String key(field.key);
    const std::array<std::pair<const char*, qint64>, 12> counts{{
        {"took_part", c.tookPart},
        {"pre_tested", c.preTested},
        {"post_tested", c.postTested},
        {"paired", c.paired},
        {"improved", c.improved},
        {"gain_undefined", c.gainUndefined},
        {"mastery", c.mastery},
        {"satisfaction_responses", c.satisfactionResponses},
        {"satisfaction_overall_responses", c.satisfactionOverallResponses},
        {"satisfied", c.satisfied},
        {"followed_up", c.followedUp},
        {"applied", c.applied},
    }};
    for (const auto& [name, count] : counts) {
        if (name != nullptr && key == QLatin1String(name))
            return QVariant(count);
    }
    const std::array<std::pair<const char*, const std::optional<double>*>, 14> numbers{{
        {"mean_pre_pct", &c.meanPrePct},
        {"mean_post_pct", &c.meanPostPct},
        {"improved_pct", &c.improvedPct},
        {"normalised_gain", &c.normalisedGain},
        {"mean_individual_gain", &c.meanIndividualGain},
        {"mastery_pct", &c.masteryPct},
        {"satisfied_pct", &c.satisfiedPct},
        {"satisfaction_mean", &c.satisfactionMean},
        {"satisfaction_mean_overall", &c.satisfactionMeanOverall},
        {"satisfaction_mean_relevance", &c.satisfactionMeanRelevance},
        {"satisfaction_mean_experts", &c.satisfactionMeanExperts},
        {"satisfaction_mean_organisation", &c.satisfactionMeanOrganisation},
        {"satisfaction_mean_recommend", &c.satisfactionMeanRecommend},
        {"applied_pct", &c.appliedPct},
    }};
    for (const auto& [name, number] : numbers) {
        if (name != nullptr && key == QLatin1String(name))
            return optionalValue(*number);
    }
    return {};
}

QVariant EvaluationFields::value(const EvaluationRow& row, const EvaluationField& field)
{
    const QLatin1String key(field.key);
    if (key == QLatin1String("test_max_score"))
        return optionalValue(row.testMaxScore);
    if (key == QLatin1String("mastery_threshold_pct"))
        return optionalValue(row.masteryThresholdPct);
    return value(static_cast<const EvaluationCounts&>(row), field);
}

QString EvaluationFields::indicatorCode(EvaluationIndicator indicator)
{
    for (const auto& [each, code] : kIndicators) {
        if (each == indicator)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<EvaluationIndicator> EvaluationFields::indicatorFromCode(const QString& code)
{
    for (const auto& [each, name] : kIndicators) {
        if (code == QLatin1String(name))
            return each;
    }
    return std::nullopt;
}

QStringList EvaluationFields::indicatorCodes()
{
    QStringList codes;
    for (const auto& [each, name] : kIndicators)
        codes.append(QString::fromLatin1(name));
    return codes;
}

QString EvaluationFields::countingRule()
{
    return tr("Evaluation indicators count participations: one person who took part (present or late at "
              "one session or more) in one activity of the project. Answers of a person enrolled who did "
              "not take part are not counted. A person in two activities is two participations, each "
              "scored against its own activity's maximum. A value without a denominator (nobody paired, "
              "no responses) is empty, never 0.");
}

QList<EvaluationFields::Reference> EvaluationFields::reference()
{
    const QString participations = tr("participations");
    const QString percent = tr("percent (0-100)");
    const QString scale = tr("mean on the 1-5 scale");
    const QString fraction = tr("fraction (0.45, not 45)");
    const QString none = tr("none (a count)");
    return {
        {QStringLiteral("test_max_score"),
         tr("The maximum score of the activity's knowledge test; 0 when it has "
            "none. Rows by activity only."),
         tr("points"), tr("none (the design)")},
        {QStringLiteral("mastery_threshold_pct"),
         tr("The post-test score, in percent of the maximum, at which a person has reached mastery. Rows by "
            "activity only."),
         percent, tr("none (the design)")},
        {QStringLiteral("took_part"), tr("Participations counted: persons who took part in an activity."),
         participations, none},
        {QStringLiteral("pre_tested"), tr("Participations with a pre-test score, in activities with a test."),
         participations, tr("took_part")},
        {QStringLiteral("post_tested"),
         tr("Participations with a post-test score, in activities with a test."), participations,
         tr("took_part")},
        {QStringLiteral("paired"), tr("Participations with both a pre-test and a post-test score."),
         participations, tr("took_part")},
        {QStringLiteral("mean_pre_pct"),
         tr("Mean pre-test score in percent of the activity's maximum, over "
            "paired participations."),
         percent, tr("paired")},
        {QStringLiteral("mean_post_pct"),
         tr("Mean post-test score in percent of the activity's maximum, over "
            "paired participations."),
         percent, tr("paired")},
        {QStringLiteral("improved"),
         tr("Paired participations whose post-test score is above the pre-test "
            "score."),
         participations, tr("paired")},
        {QStringLiteral("improved_pct"), tr("Improved, in percent of paired."), percent, tr("paired")},
        {QStringLiteral("normalised_gain"),
         tr("Hake's normalised gain: (mean post % - mean pre %) / (100 - mean pre %), over paired "
            "participations; empty when the mean pre-test is 100 %."),
         fraction, tr("paired")},
        {QStringLiteral("mean_individual_gain"),
         tr("The mean of each paired participation's own gain, (post % - pre %) / (100 - pre %), leaving out "
            "those with a pre-test of 100 %, whose gain is undefined."),
         fraction, tr("paired minus gain_undefined")},
        {QStringLiteral("gain_undefined"),
         tr("Paired participations with a pre-test of 100 %, left out of the mean individual gain."),
         participations, tr("paired")},
        {QStringLiteral("mastery"),
         tr("Post-tested participations whose post-test score, in percent of the "
            "maximum, is at or above the activity's mastery threshold."),
         participations, tr("post_tested")},
        {QStringLiteral("mastery_pct"), tr("Mastery, in percent of post-tested."), percent,
         tr("post_tested")},
        {QStringLiteral("satisfaction_responses"),
         tr("Participations that answered one satisfaction item or more."), participations, tr("took_part")},
        {QStringLiteral("satisfaction_overall_responses"),
         tr("Participations that answered the overall satisfaction item."), participations,
         tr("satisfaction_responses")},
        {QStringLiteral("satisfied"), tr("Participations that rated overall satisfaction 4 or 5."),
         participations, tr("satisfaction_overall_responses")},
        {QStringLiteral("satisfied_pct"), tr("Satisfied, in percent of those who answered the overall item."),
         percent, tr("satisfaction_overall_responses")},
        {QStringLiteral("satisfaction_mean"),
         tr("The mean of every answer to the five satisfaction items, over the responses."), scale,
         tr("the item answers given")},
        {QStringLiteral("satisfaction_mean_overall"), tr("The mean answer to \"overall satisfaction\"."),
         scale, tr("satisfaction_overall_responses")},
        {QStringLiteral("satisfaction_mean_relevance"), tr("The mean answer to \"relevance to my work\"."),
         scale, tr("those who answered the item")},
        {QStringLiteral("satisfaction_mean_experts"), tr("The mean answer to \"quality of the experts\"."),
         scale, tr("those who answered the item")},
        {QStringLiteral("satisfaction_mean_organisation"), tr("The mean answer to \"organisation\"."), scale,
         tr("those who answered the item")},
        {QStringLiteral("satisfaction_mean_recommend"), tr("The mean answer to \"would recommend\"."), scale,
         tr("those who answered the item")},
        {QStringLiteral("followed_up"),
         tr("Participations that answered the follow-up (\"applied what I "
            "learnt in my work\")."),
         participations, tr("took_part")},
        {QStringLiteral("applied"), tr("Participations that answered the follow-up yes or partly."),
         participations, tr("followed_up")},
        {QStringLiteral("applied_pct"), tr("Applied, in percent of those who answered the follow-up."),
         percent, tr("followed_up")},
    };
}

} // namespace sd
