#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "import/ImportPlan.h"
#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sd {

class Database;

// What a column of an evaluation export holds (a form tool's export: KoboToolbox, Google Forms,
// Microsoft Forms). The codes are what `--map COLUMN=FIELD` takes.
enum class EvaluationListField
{
    Timestamp, // when the form was sent: the later of two submissions counts
    Name,      // the whole name in one column
    GivenNames,
    FamilyNames,
    Email,
    Pre,  // pre-test score
    Post, // post-test score
    SatisfactionOverall,
    SatisfactionRelevance,
    SatisfactionExperts,
    SatisfactionOrganisation,
    SatisfactionRecommend,
    Comment,
    Applied, // the follow-up: yes, partly, no
};

QString evaluationListFieldCode(EvaluationListField field);
std::optional<EvaluationListField> evaluationListFieldFromCode(const QString& code);
// The field a heading names, in Spanish or English, from the short headings of a hand-made sheet
// ("Pre", "Correo") to the questions of a form ("¿Qué tan satisfecho está con el taller en
// general?"); nullopt for a heading it does not know.
std::optional<EvaluationListField> recogniseEvaluationHeading(const QString& heading);

struct EvaluationColumnChoice
{
    QString column;
    std::optional<EvaluationListField> field; // nullopt: leave the column out
};

// Two submissions from one person: the later one counts.
struct SupersededSubmission
{
    int line = 0;      // the submission left out
    int laterLine = 0; // the one that counts
    QString who;
};

// What an evaluation import would write, worked out from the whole list before anything is written.
struct EvaluationPlan
{
    QString fileName;
    QString encoding;
    QChar separator;
    QString columns; // "Marca temporal -> timestamp, Pre -> pre; not used: Sede"
    QString activityCode;
    qint64 rowsRead = 0;
    QList<EvaluationAnswers> answers; // each person's row as it will be written (changed ones only)
    qint64 added = 0;                 // persons who had no answers yet
    qint64 changed = 0;               // persons whose answers change
    qint64 unchanged = 0;             // persons whose answers the file already holds
    QList<RejectedRow> rejected;
    QList<SupersededSubmission> superseded;
};

// Bulk entry of an activity's evaluation from a form tool's export: each row is matched to a person
// enrolled in the activity (by email, else by name with the import's rules: accents, case, names
// split or swapped, abbreviations, one typo), its answers checked against the activity's design, and
// the whole list written in one transaction, or nothing. A cell left empty keeps what the file holds.
class EvaluationImporter
{
    Q_DECLARE_TR_FUNCTIONS(sd::EvaluationImporter)

public:
    explicit EvaluationImporter(Database& database);

    static Result<EvaluationColumnChoice> parseChoice(const QString& text);

    Result<EvaluationPlan> plan(const CsvTable& table, const QString& fileName, Id activityId,
                                const QList<EvaluationColumnChoice>& choices);

    // Takes the write lock, plans, lets review() see the plan (its error refuses the import), then
    // writes, all in one transaction.
    using Review = std::function<Status(const EvaluationPlan&)>;
    Result<EvaluationPlan> run(const CsvTable& table, const QString& fileName, Id activityId,
                               const QList<EvaluationColumnChoice>& choices, const Review& review);

private:
    Database& m_database;
};

// The report of an evaluation import as text: counts, rejected lines, superseded submissions.
QString formatEvaluationReport(const EvaluationPlan& plan, const QString& databaseName, bool written,
                               bool skipInvalid, const QString& rejectedFile);

} // namespace sd
