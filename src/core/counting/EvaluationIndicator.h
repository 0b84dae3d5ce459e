#pragma once

namespace sd {

// The counts of an evaluation table that a number can be drilled down by (docs/counting.md,
// "Evaluation"); their codes are the JSON keys of the counts (EvaluationFields::indicatorCode).
enum class EvaluationIndicator
{
    TookPart,
    PreTested,
    PostTested,
    Paired,
    Improved,
    GainUndefined,
    Mastery,
    SatisfactionResponses,
    SatisfactionOverallResponses,
    Satisfied,
    FollowedUp,
    Applied,
};

} // namespace sd
