#include "import/EvaluationImport.h"

#include "import/ImportField.h"
#include "import/NameMatching.h"
#include "import/ParticipantMatcher.h"
#include "storage/BulkWorkLock.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeStore.h"
#include "storage/Statement.h"
#include "storage/TableRows.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <array>
#include <spdlog/spdlog.h>

namespace sd {

namespace {

constexpr std::array<std::pair<EvaluationListField, const char*>, 14> kCodes{{
    {EvaluationListField::Timestamp, "timestamp"},
    {EvaluationListField::Name, "name"},
    {EvaluationListField::GivenNames, "given_names"},
    {EvaluationListField::FamilyNames, "family_names"},
    {EvaluationListField::Email, "email"},
    {EvaluationListField::Pre, "pre"},
    {EvaluationListField::Post, "post"},
    {EvaluationListField::SatisfactionOverall, "satisfaction_overall"},
    {EvaluationListField::SatisfactionRelevance, "satisfaction_relevance"},
    {EvaluationListField::SatisfactionExperts, "satisfaction_experts"},
    {EvaluationListField::SatisfactionOrganisation, "satisfaction_organisation"},
    {EvaluationListField::SatisfactionRecommend, "satisfaction_recommend"},
    {EvaluationListField::Comment, "comment"},
    {EvaluationListField::Applied, "applied"},
}};

bool containsAny(const QString& text, std::initializer_list<const char*> parts)
{
    for (const char* part : parts) {
        if (text.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

bool hasWord(const QStringList& words, std::initializer_list<const char*> wanted)
{
    for (const char* word : wanted) {
        if (words.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

// A cell as the problem messages quote it.
QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// A score as written in a form: "14", "14.5", "14,5", "14/20" (out of the test's maximum) or "70 %"
// (percent of the maximum). nullopt with `problem` set when the text is none of these.
std::optional<double> parseScore(const QString& cell, double maximum, QString& problem)
{
    QString text = cell.trimmed();
    text.replace(u',', u'.');
    bool percent = false;
    if (text.endsWith(u'%')) {
        percent = true;
        text.chop(1);
        text = text.trimmed();
    }
    double outOf = 0.0; // "14/20": the maximum the form wrote, or 0
    if (const qsizetype slash = text.indexOf(u'/'); slash > 0) {
        bool ok = false;
        const double written = text.mid(slash + 1).trimmed().toDouble(&ok);
        outOf = ok ? written : 0.0;
        text = text.left(slash).trimmed();
    }
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        problem =
            EvaluationImporter::tr("%1 is not a score; write a number such as 14 or 14.5.").arg(quoted(cell));
        return std::nullopt;
    }
    if (outOf > 0 && maximum > 0 && std::abs(outOf - maximum) > 1e-9) {
        problem =
            EvaluationImporter::tr("%1 is a score out of %2, but the activity's test is scored out of %3.")
                .arg(quoted(cell), QLocale().toString(outOf), QLocale().toString(maximum));
        return std::nullopt;
    }
    if (percent && maximum > 0)
        value = value / 100.0 * maximum;
    return value;
}

// A satisfaction answer: 1 to 5, written as a digit ("4", "4 - Satisfecho") or as the usual words
// of a five-point scale in Spanish or English.
std::optional<int> parseItem(const QString& cell, QString& problem)
{
    const QString text = cell.trimmed();
    if (!text.isEmpty() && text.front().isDigit()) {
        qsizetype end = 0;
        while (end < text.size() && (text[end].isDigit() || text[end] == u'.' || text[end] == u','))
            ++end;
        bool ok = false;
        const double value = text.left(end).replace(u',', u'.').toDouble(&ok);
        if (ok && value == std::floor(value))
            return static_cast<int>(value);
    }
    static const QHash<QString, int> words{
        {QStringLiteral("muy satisfecho"), 5},
        {QStringLiteral("muy satisfecha"), 5},
        {QStringLiteral("excelente"), 5},
        {QStringLiteral("totalmente de acuerdo"), 5},
        {QStringLiteral("very satisfied"), 5},
        {QStringLiteral("excellent"), 5},
        {QStringLiteral("strongly agree"), 5},
        {QStringLiteral("satisfecho"), 4},
        {QStringLiteral("satisfecha"), 4},
        {QStringLiteral("bueno"), 4},
        {QStringLiteral("buena"), 4},
        {QStringLiteral("de acuerdo"), 4},
        {QStringLiteral("satisfied"), 4},
        {QStringLiteral("good"), 4},
        {QStringLiteral("agree"), 4},
        {QStringLiteral("regular"), 3},
        {QStringLiteral("neutral"), 3},
        {QStringLiteral("ni de acuerdo ni en desacuerdo"), 3},
        {QStringLiteral("fair"), 3},
        {QStringLiteral("neither agree nor disagree"), 3},
        {QStringLiteral("insatisfecho"), 2},
        {QStringLiteral("insatisfecha"), 2},
        {QStringLiteral("malo"), 2},
        {QStringLiteral("mala"), 2},
        {QStringLiteral("en desacuerdo"), 2},
        {QStringLiteral("dissatisfied"), 2},
        {QStringLiteral("poor"), 2},
        {QStringLiteral("disagree"), 2},
        {QStringLiteral("muy insatisfecho"), 1},
        {QStringLiteral("muy insatisfecha"), 1},
        {QStringLiteral("muy malo"), 1},
        {QStringLiteral("muy mala"), 1},
        {QStringLiteral("totalmente en desacuerdo"), 1},
        {QStringLiteral("very dissatisfied"), 1},
        {QStringLiteral("very poor"), 1},
        {QStringLiteral("strongly disagree"), 1},
    };
    if (const auto found = words.constFind(normaliseName(text)); found != words.constEnd())
        return *found;
    problem = EvaluationImporter::tr("%1 is not an answer from 1 to 5.").arg(quoted(cell));
    return std::nullopt;
}

std::optional<AppliedAnswer> parseApplied(const QString& cell, QString& problem)
{
    const QString text = normaliseName(cell);
    if (text == u"yes" || text == u"si" || text == u"y" || text == u"s")
        return AppliedAnswer::Yes;
    if (text == u"partly" || text == u"partially" || text == u"in part" || text == u"parcialmente" ||
        text == u"en parte" || text == u"algo")
        return AppliedAnswer::Partly;
    if (text == u"no" || text == u"n")
        return AppliedAnswer::No;
    problem = EvaluationImporter::tr("%1 is not yes, partly or no (sí, en parte, no).").arg(quoted(cell));
    return std::nullopt;
}

// When a form was sent, as a sortable ISO text: the forms' own formats (ISO, with a T or a space;
// "18/05/2017 17:02:11" day first, as Spanish Google Forms and Microsoft Forms write it). An
// unreadable one is kept as written and orders nothing.
QDateTime parseTimestamp(const QString& cell)
{
    const QString text = cell.trimmed();
    for (const char* format :
         {"yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.zzz", "yyyy-MM-dd HH:mm",
          "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "yyyy/MM/dd H:mm:ss"}) {
        const QDateTime parsed = QDateTime::fromString(
            text.left(text.indexOf(u'+') > 10 ? text.indexOf(u'+') : text.size()), QLatin1String(format));
        if (parsed.isValid())
            return parsed;
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

struct Enrolled
{
    Id enrolmentId = 0;
    Participant person;
    std::optional<EvaluationAnswers> stored;
};

// A valid row: the person it names and the answers it gives (empty where the cell was empty).
struct Submission
{
    int row = 0;
    int line = 0;
    int person = 0; // index into the enrolled persons
    QDateTime sentAt;
    EvaluationAnswers answers;
};

// The answers of `row` laid over the stored ones: a cell left empty keeps what the file holds.
EvaluationAnswers laidOver(const EvaluationAnswers& stored, const EvaluationAnswers& row)
{
    EvaluationAnswers merged = stored;
    auto take = [](auto& into, const auto& from) {
        if (from)
            into = from;
    };
    take(merged.preScore, row.preScore);
    take(merged.postScore, row.postScore);
    take(merged.satisfactionOverall, row.satisfactionOverall);
    take(merged.satisfactionRelevance, row.satisfactionRelevance);
    take(merged.satisfactionExperts, row.satisfactionExperts);
    take(merged.satisfactionOrganisation, row.satisfactionOrganisation);
    take(merged.satisfactionRecommend, row.satisfactionRecommend);
    take(merged.applied, row.applied);
    if (!row.comment.isEmpty())
        merged.comment = row.comment;
    if (!row.submittedAt.isEmpty())
        merged.submittedAt = row.submittedAt;
    return merged;
}

} // namespace

QString evaluationListFieldCode(EvaluationListField field)
{
    for (const auto& [candidate, code] : kCodes) {
        if (candidate == field)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<EvaluationListField> evaluationListFieldFromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [field, text] : kCodes) {
        if (wanted == QLatin1String(text))
            return field;
    }
    return std::nullopt;
}

std::optional<EvaluationListField> recogniseEvaluationHeading(const QString& heading)
{
    // A KoboToolbox heading may be a path through the form's groups ("evaluacion/pre_score").
    const QString last = heading.section(u'/', -1);
    const QString text = normaliseName(last);
    if (text.isEmpty())
        return std::nullopt;
    if (const std::optional<EvaluationListField> code =
            evaluationListFieldFromCode(QString(text).replace(u' ', u'_')))
        return code;
    const QStringList words = text.split(u' ');
    // When the form was sent; a form's start time is not, and is left out.
    if (containsAny(text, {"timestamp", "marca temporal", "submission time", "hora de finalizacion",
                           "completion time", "fecha y hora", "submitted"}))
        return EvaluationListField::Timestamp;
    if (containsAny(text, {"email", "e mail", "correo"}))
        return EvaluationListField::Email;
    if (const std::optional<ImportField> field = recogniseHeading(last, ImportKind::Participants)) {
        if (*field == ImportField::GivenNames)
            return EvaluationListField::GivenNames;
        if (*field == ImportField::FamilyNames)
            return EvaluationListField::FamilyNames;
    }
    if (text == u"name" || text == u"full name" || text == u"participant" || text == u"participante" ||
        containsAny(text, {"nombre completo", "nombre y apellido", "your name", "su nombre", "tu nombre",
                           "nombre del participante", "nombre de la persona", "participant name"}))
        return EvaluationListField::Name;
    if (containsAny(text, {"comment", "comentario", "observacion", "sugerencia", "remarks", "suggestion"}))
        return EvaluationListField::Comment;
    if (containsAny(text, {"applied", "aplicado", "aplico", "aplicar", "puesto en practica", "follow up",
                           "seguimiento", "put into practice"}))
        return EvaluationListField::Applied;
    if (containsAny(text, {"recommend", "recomend"}))
        return EvaluationListField::SatisfactionRecommend;
    if (containsAny(text, {"expert", "ponente", "instructor", "facilitador", "facilitator", "trainer",
                           "capacitador", "speaker"}))
        return EvaluationListField::SatisfactionExperts;
    if (containsAny(text, {"organisation", "organization", "organizacion", "logistic"}))
        return EvaluationListField::SatisfactionOrganisation;
    if (containsAny(text, {"relevan", "pertinen", "utilidad", "useful"}) || hasWord(words, {"util"}))
        return EvaluationListField::SatisfactionRelevance;
    if (containsAny(text, {"overall", "satisf"}) || hasWord(words, {"general"}))
        return EvaluationListField::SatisfactionOverall;
    if (hasWord(words, {"pre", "pretest", "preprueba", "pree"}) ||
        containsAny(text, {"pre test", "inicial", "diagnostic", "de entrada", "before"}))
        return EvaluationListField::Pre;
    if (hasWord(words, {"post", "posttest", "postest", "posprueba", "pos", "final"}) ||
        containsAny(text, {"post test", "de salida", "after", "despues"}))
        return EvaluationListField::Post;
    return std::nullopt;
}

EvaluationImporter::EvaluationImporter(Database& database)
    : m_database(database)
{
}

Result<EvaluationColumnChoice> EvaluationImporter::parseChoice(const QString& text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return Error::badInput(
            tr("--map '%1' is not COLUMN=FIELD; write for example --map \"Calificación=post\".").arg(text));
    EvaluationColumnChoice choice;
    choice.column = text.left(equals).trimmed();
    const QString fieldText = text.mid(equals + 1).trimmed();
    if (fieldText.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0)
        return choice;
    choice.field = evaluationListFieldFromCode(fieldText);
    if (!choice.field) {
        QStringList codes;
        for (const auto& [field, code] : kCodes)
            codes.append(QString::fromLatin1(code));
        return Error::badInput(tr("--map '%1' names the field '%2', which an evaluation list does not have; "
                                  "the fields are %3, or ignore.")
                                   .arg(text, fieldText, codes.join(QStringLiteral(", "))));
    }
    return choice;
}

Result<EvaluationPlan> EvaluationImporter::plan(const CsvTable& table, const QString& fileName, Id activityId,
                                                const QList<EvaluationColumnChoice>& choices)
{
    const QString doing = tr("reading the activity of an evaluation list");
    Result<std::optional<Activity>> found = rows::find<Activity>(m_database, activityId, doing);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("The activity of the evaluation list is no longer in the file."));
    const Activity activity = **found;

    EvaluationPlan plan;
    plan.fileName = fileName;
    plan.encoding = table.encoding;
    plan.separator = table.separator;
    plan.activityCode = activity.code;
    plan.rowsRead = table.rows.size();
    const QString listName = QFileInfo(fileName).fileName();

    // Which column holds which field: recognised, then the explicit choices.
    QList<std::optional<EvaluationListField>> fields;
    for (const QString& heading : table.header)
        fields.append(recogniseEvaluationHeading(heading));
    for (const EvaluationColumnChoice& choice : choices) {
        qsizetype column = -1;
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (table.header[i].trimmed() == choice.column ||
                normaliseName(table.header[i]) == normaliseName(choice.column))
                column = i;
        }
        if (column < 0)
            return Error::badInput(
                tr("--map names the column %1, which %2 does not have; its columns are %3.")
                    .arg(quoted(choice.column), listName, table.header.join(QStringLiteral(", "))));
        fields[column] = choice.field;
    }
    // A lone "Nombre" or "Name" column holds the whole name.
    {
        const auto given =
            std::find(fields.begin(), fields.end(), std::optional(EvaluationListField::GivenNames));
        const auto family =
            std::find(fields.begin(), fields.end(), std::optional(EvaluationListField::FamilyNames));
        const bool whole =
            std::find(fields.begin(), fields.end(), std::optional(EvaluationListField::Name)) != fields.end();
        if (!whole && (given == fields.end()) != (family == fields.end()))
            *(given != fields.end() ? given : family) = EvaluationListField::Name;
    }
    QHash<EvaluationListField, int> columnOf;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!fields[i])
            continue;
        if (columnOf.contains(*fields[i]))
            return Error::badInput(
                tr("Both columns %1 and %2 of %3 look like the field %4. Say which one it is "
                   "with --map, for example --map \"%2=ignore\".")
                    .arg(quoted(table.header[columnOf.value(*fields[i])]), quoted(table.header[i]), listName,
                         evaluationListFieldCode(*fields[i])));
        columnOf.insert(*fields[i], static_cast<int>(i));
    }
    {
        QStringList used;
        QStringList unused;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields[i])
                used.append(table.header[i] + QStringLiteral(" -> ") + evaluationListFieldCode(*fields[i]));
            else
                unused.append(table.header[i]);
        }
        plan.columns = used.join(QStringLiteral(", "));
        if (!unused.isEmpty())
            plan.columns += tr("; not used: %1").arg(unused.join(QStringLiteral(", ")));
    }
    const bool byName =
        columnOf.contains(EvaluationListField::Name) || (columnOf.contains(EvaluationListField::GivenNames) &&
                                                         columnOf.contains(EvaluationListField::FamilyNames));
    if (!byName && !columnOf.contains(EvaluationListField::Email))
        return Error::badInput(
            tr("%1 has no column that says who answered: a name (or given and family names) or "
               "an email. Name the column with --map, for example --map \"Participante=name\".")
                .arg(listName));
    const QList<EvaluationListField> answerFields{
        EvaluationListField::Pre,
        EvaluationListField::Post,
        EvaluationListField::SatisfactionOverall,
        EvaluationListField::SatisfactionRelevance,
        EvaluationListField::SatisfactionExperts,
        EvaluationListField::SatisfactionOrganisation,
        EvaluationListField::SatisfactionRecommend,
        EvaluationListField::Comment,
        EvaluationListField::Applied,
    };
    bool anyAnswer = false;
    for (const EvaluationListField field : answerFields)
        anyAnswer = anyAnswer || columnOf.contains(field);
    if (!anyAnswer)
        return Error::badInput(
            tr("%1 has no column of answers (pre, post, the satisfaction items, comment or "
               "applied). Name the columns with --map, for example --map \"Examen final=post\".")
                .arg(listName));

    // The persons enrolled in the activity, and their stored answers.
    Result<QList<EvaluationStore::Line>> sheet = EvaluationStore(m_database).sheet(activityId);
    if (!sheet)
        return sheet.error();
    QList<Enrolled> enrolled;
    QList<Participant> people;
    QHash<Id, int> indexOfPerson;
    {
        Statement emails(m_database,
                         "SELECT p.id, p.email, p.institution_id FROM enrolment e JOIN participant p"
                         " ON p.id = e.participant_id WHERE e.activity_id = ?",
                         doing);
        emails.bind(1, activityId);
        QHash<Id, std::pair<QString, Id>> contact;
        while (emails.next())
            contact.insert(emails.integer(0), {emails.text(1), emails.integer(2)});
        if (!emails.status())
            return emails.status().error();
        for (const EvaluationStore::Line& line : *sheet) {
            Enrolled person;
            person.enrolmentId = line.enrolmentId;
            person.person.id = line.participantId;
            person.person.givenNames = line.givenNames;
            person.person.familyNames = line.familyNames;
            person.person.email = contact.value(line.participantId).first;
            person.person.institutionId = contact.value(line.participantId).second;
            person.stored = line.answers;
            indexOfPerson.insert(line.participantId, static_cast<int>(enrolled.size()));
            enrolled.append(person);
            people.append(person.person);
        }
    }
    const ParticipantMatcher matcher(people);
    QHash<QString, int> byEmail;
    for (qsizetype i = 0; i < enrolled.size(); ++i) {
        if (!enrolled[i].person.email.isEmpty())
            byEmail.insert(normaliseEmail(enrolled[i].person.email), static_cast<int>(i));
    }
    const auto fullName = [](const Participant& person) {
        return person.givenNames + u' ' + person.familyNames;
    };

    QList<Submission> submissions;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList& cells = table.rows[row];
        const int line = table.lineNumbers.value(row, row + 2);
        const auto cell = [&](EvaluationListField field) {
            const int column = columnOf.value(field, -1);
            return column >= 0 ? cells.value(column).trimmed() : QString();
        };
        const auto heading = [&](EvaluationListField field) {
            const int column = columnOf.value(field, -1);
            return column >= 0 ? table.header[column] : evaluationListFieldCode(field);
        };
        RejectedRow rejected;
        rejected.row = row;
        rejected.line = line;

        // Who answered: the email first, then the name.
        Submission submission;
        submission.row = row;
        submission.line = line;
        submission.person = -1;
        const QString email = cell(EvaluationListField::Email);
        if (!email.isEmpty())
            submission.person = byEmail.value(normaliseEmail(email), -1);
        QString typedName;
        if (submission.person < 0) {
            QList<QList<Participant>> splits; // the ways the typed name can be split into given and family
            if (columnOf.contains(EvaluationListField::GivenNames) &&
                columnOf.contains(EvaluationListField::FamilyNames)) {
                Participant typed;
                typed.givenNames = cell(EvaluationListField::GivenNames);
                typed.familyNames = cell(EvaluationListField::FamilyNames);
                typedName = (typed.givenNames + u' ' + typed.familyNames).trimmed();
                splits.append({typed});
            }
            if (typedName.isEmpty() && columnOf.contains(EvaluationListField::Name)) {
                typedName = cell(EvaluationListField::Name).simplified();
                const QStringList words = typedName.split(u' ', Qt::SkipEmptyParts);
                QList<Participant> ways;
                for (qsizetype cut = 1; cut < words.size(); ++cut) {
                    Participant typed;
                    typed.givenNames = words.mid(0, cut).join(u' ');
                    typed.familyNames = words.mid(cut).join(u' ');
                    ways.append(typed);
                }
                splits.append(ways);
            }
            QSet<int> candidates;
            int strongest = -1;
            for (const QList<Participant>& ways : std::as_const(splits)) {
                for (const Participant& typed : ways) {
                    for (const ProbableMatch& match : matcher.find(typed)) {
                        const int index = indexOfPerson.value(match.participant.id, -1);
                        if (index < 0)
                            continue;
                        // An exact name outranks the near ones.
                        if (match.reason == DuplicateReason::SameNames)
                            strongest = strongest == -1 || strongest == index ? index : -2;
                        candidates.insert(index);
                    }
                }
            }
            if (strongest >= 0)
                submission.person = strongest;
            else if (candidates.size() == 1)
                submission.person = *candidates.constBegin();
            else if (candidates.size() > 1) {
                QStringList names;
                for (int index : std::as_const(candidates))
                    names.append(fullName(enrolled[index].person));
                names.sort();
                rejected.problems.append(
                    {heading(columnOf.contains(EvaluationListField::Name) ? EvaluationListField::Name
                                                                          : EvaluationListField::FamilyNames),
                     tr("%1 could be any of %2, all enrolled in activity %3; give the email to tell them "
                        "apart.")
                         .arg(quoted(typedName), names.join(QStringLiteral("; ")), activity.code)});
            }
        }
        if (submission.person < 0 && rejected.problems.isEmpty()) {
            const QString who = !typedName.isEmpty() ? typedName : email;
            rejected.problems.append(
                {heading(!typedName.isEmpty() ? (columnOf.contains(EvaluationListField::Name)
                                                     ? EvaluationListField::Name
                                                     : EvaluationListField::FamilyNames)
                                              : EvaluationListField::Email),
                 who.isEmpty() ? tr("the row names no one; give the person's name or email.")
                               : tr("no one enrolled in activity %1 is %2; check the spelling, or enrol the "
                                    "person in the "
                                    "activity first.")
                                     .arg(activity.code, quoted(who))});
        }

        // The answers.
        EvaluationAnswers& answers = submission.answers;
        for (const auto& [field, target] : {std::pair{EvaluationListField::Pre, &answers.preScore},
                                            std::pair{EvaluationListField::Post, &answers.postScore}}) {
            const QString text = cell(field);
            if (text.isEmpty())
                continue;
            QString problem;
            const std::optional<double> score = parseScore(text, activity.testMaxScore, problem);
            if (!score) {
                rejected.problems.append({heading(field), problem});
                continue;
            }
            if (!activity.hasKnowledgeTest()) {
                rejected.problems.append(
                    {heading(field), tr("activity %1 has no knowledge test, so it takes no "
                                        "score; give the activity its test's maximum score "
                                        "first, or leave the column out with --map.")
                                         .arg(activity.code)});
                continue;
            }
            if (*score < 0 || *score > activity.testMaxScore) {
                rejected.problems.append(
                    {heading(field),
                     tr("%1 is outside 0 to %2, the maximum score of activity %3's test.")
                         .arg(quoted(text), QLocale().toString(activity.testMaxScore), activity.code)});
                continue;
            }
            *target = *score;
        }
        for (const auto& [field, target] :
             {std::pair{EvaluationListField::SatisfactionOverall, &answers.satisfactionOverall},
              std::pair{EvaluationListField::SatisfactionRelevance, &answers.satisfactionRelevance},
              std::pair{EvaluationListField::SatisfactionExperts, &answers.satisfactionExperts},
              std::pair{EvaluationListField::SatisfactionOrganisation, &answers.satisfactionOrganisation},
              std::pair{EvaluationListField::SatisfactionRecommend, &answers.satisfactionRecommend}}) {
            const QString text = cell(field);
            if (text.isEmpty())
                continue;
            QString problem;
            const std::optional<int> item = parseItem(text, problem);
            if (!item) {
                rejected.problems.append({heading(field), problem});
            } else if (*item < 1 || *item > 5) {
                rejected.problems.append(
                    {heading(field),
                     tr("%1 is outside 1 to 5; each satisfaction item is answered from 1 to 5.")
                         .arg(quoted(text))});
            } else {
                *target = *item;
            }
        }
        if (const QString text = cell(EvaluationListField::Applied); !text.isEmpty()) {
            QString problem;
            if (const std::optional<AppliedAnswer> applied = parseApplied(text, problem))
                answers.applied = applied;
            else
                rejected.problems.append({heading(EvaluationListField::Applied), problem});
        }
        answers.comment = cell(EvaluationListField::Comment);
        if (const QString sent = cell(EvaluationListField::Timestamp); !sent.isEmpty()) {
            submission.sentAt = parseTimestamp(sent);
            answers.submittedAt = submission.sentAt.isValid()
                                      ? submission.sentAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                      : sent;
        }
        if (!rejected.problems.isEmpty()) {
            plan.rejected.append(rejected);
            continue;
        }
        submissions.append(submission);
    }

    // One submission per person: the later one counts (by the form's timestamp, else the later line).
    QHash<int, qsizetype> counting; // person -> index into submissions
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        const Submission& next = submissions[i];
        const auto kept = counting.constFind(next.person);
        if (kept == counting.constEnd()) {
            counting.insert(next.person, i);
            continue;
        }
        const Submission& earlier = submissions[*kept];
        const bool nextIsLater =
            !(earlier.sentAt.isValid() && next.sentAt.isValid()) || next.sentAt >= earlier.sentAt;
        const Submission& later = nextIsLater ? next : earlier;
        const Submission& left = nextIsLater ? earlier : next;
        plan.superseded.append({left.line, later.line, fullName(enrolled[next.person].person)});
        counting.insert(next.person, nextIsLater ? i : *kept);
    }
    QList<qsizetype> order = counting.values();
    std::sort(order.begin(), order.end());
    for (const qsizetype i : std::as_const(order)) {
        const Submission& submission = submissions[i];
        const Enrolled& person = enrolled[submission.person];
        EvaluationAnswers stored = person.stored.value_or(EvaluationAnswers{});
        stored.enrolmentId = person.enrolmentId;
        const EvaluationAnswers merged = laidOver(stored, submission.answers);
        if (person.stored && merged == stored) {
            ++plan.unchanged;
            continue;
        }
        (person.stored ? plan.changed : plan.added) += 1;
        plan.answers.append(merged);
    }
    std::sort(plan.superseded.begin(), plan.superseded.end(),
              [](const SupersededSubmission& a, const SupersededSubmission& b) { return a.line < b.line; });
    return plan;
}

Result<EvaluationPlan> EvaluationImporter::run(const CsvTable& table, const QString& fileName, Id activityId,
                                               const QList<EvaluationColumnChoice>& choices,
                                               const Review& review)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status locked = lockForBulkWork(m_database); !locked)
        return locked.error();
    Result<EvaluationPlan> planned = plan(table, fileName, activityId, choices);
    if (!planned)
        return planned.error();
    if (review) {
        if (Status accepted = review(*planned); !accepted)
            return accepted.error();
    }
    if (!planned->answers.isEmpty()) {
        if (Status written = EvaluationStore(m_database).put(activityId, planned->answers); !written)
            return written.error();
        ProgrammeStore store(m_database);
        if (Status logged = store.logChange(
                QStringLiteral("import"),
                tr("import of an evaluation list (%1) for activity %2: answers of %n person(s)", nullptr,
                   static_cast<int>(planned->answers.size()))
                    .arg(QFileInfo(fileName).fileName(), planned->activityCode));
            !logged)
            return logged.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    spdlog::info("evaluation import written: {} rows", planned->answers.size());
    return planned;
}

QString formatEvaluationReport(const EvaluationPlan& plan, const QString& databaseName, bool written,
                               bool skipInvalid, const QString& rejectedFile)
{
    QString out;
    const QString format =
        plan.separator.isNull()
            ? plan.encoding
            : EvaluationImporter::tr("%1, separated by \"%2\"").arg(plan.encoding, plan.separator);
    out += EvaluationImporter::tr("Import of the evaluation list %1 (%2) into %3, activity %4\n")
               .arg(QFileInfo(plan.fileName).fileName(), format, databaseName, plan.activityCode);
    out += EvaluationImporter::tr("Columns: %1\n\n").arg(plan.columns);
    const auto count = [&](const QString& label, qint64 value) {
        out += QStringLiteral("  %1 %2\n").arg(label + QLatin1Char(':'), -38).arg(value, 6);
    };
    count(EvaluationImporter::tr("rows read"), plan.rowsRead);
    count(EvaluationImporter::tr("persons with new answers"), plan.added);
    count(EvaluationImporter::tr("persons whose answers change"), plan.changed);
    count(EvaluationImporter::tr("persons already recorded as listed"), plan.unchanged);
    count(EvaluationImporter::tr("submissions replaced by a later one"), plan.superseded.size());
    count(EvaluationImporter::tr("rejected rows"), plan.rejected.size());
    if (!plan.rejected.isEmpty()) {
        out += EvaluationImporter::tr("\nRejected rows%1:\n")
                   .arg(skipInvalid && !rejectedFile.isEmpty()
                            ? EvaluationImporter::tr(" (kept in %1)").arg(QFileInfo(rejectedFile).fileName())
                            : QString());
        for (const RejectedRow& row : plan.rejected) {
            for (const RowProblem& problem : row.problems)
                out += EvaluationImporter::tr("  line %1, column %2: %3\n")
                           .arg(row.line)
                           .arg(problem.field, problem.message);
        }
    }
    if (!plan.superseded.isEmpty()) {
        out += EvaluationImporter::tr("\nSubmitted more than once (the later submission counts):\n");
        for (const SupersededSubmission& twice : plan.superseded)
            out += EvaluationImporter::tr("  line %1 is replaced by line %2, both from %3\n")
                       .arg(twice.line)
                       .arg(twice.laterLine)
                       .arg(twice.who);
    }
    out += QLatin1Char('\n');
    if (!plan.rejected.isEmpty() && !skipInvalid)
        out += EvaluationImporter::tr("Nothing was written.\n");
    else if (plan.answers.isEmpty())
        out += EvaluationImporter::tr("Nothing to write: the file already holds every answer of the list.\n");
    else if (written)
        out += EvaluationImporter::tr("Written: the answers of %n person(s).\n", nullptr,
                                      static_cast<int>(plan.answers.size()));
    else
        out += EvaluationImporter::tr("Dry run: nothing was written; the answers of %n person(s) would be.\n",
                                      nullptr, static_cast<int>(plan.answers.size()));
    return out;
}

} // namespace sd
