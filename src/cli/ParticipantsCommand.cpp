// `participants`: the persons behind a number of a results table, or every participant of the file.
#include "Commands.h"
#include "counting/EvaluationQuery.h"
#include "counting/ParticipantFilter.h"
#include "counting/ResultsQuery.h"
#include "counting/SmallCells.h"
#include "export/CsvWriter.h"
#include "export/EvaluationExport.h"
#include "export/ExportAbout.h"
#include "export/ParticipantExport.h"
#include "export/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace sd::cli {
namespace {

// The key that the results table by institution gives an institution: its acronym when no other
// institution shares it, else its name. Lets --institution take either, in any case.
Result<QString> institutionKey(ProgrammeStore& store, const QString& given)
{
    if (given.isEmpty())
        return given; // the "(no institution)" row
    Result<QList<Institution>> institutions = store.institutions();
    if (!institutions)
        return institutions.error();
    const auto acronymIsShared = [&](const Institution& institution) {
        return std::count_if(institutions->cbegin(), institutions->cend(), [&](const Institution& other) {
                   return other.acronym == institution.acronym;
               }) > 1;
    };
    const auto keyOf = [&](const Institution& institution) {
        return institution.acronym.isEmpty() || acronymIsShared(institution) ? institution.name
                                                                             : institution.acronym;
    };
    QStringList matches;
    for (const Institution& institution : std::as_const(*institutions)) {
        if (keyOf(institution) == given)
            return given;
        if (institution.name.compare(given, Qt::CaseInsensitive) == 0 ||
            institution.acronym.compare(given, Qt::CaseInsensitive) == 0)
            matches.append(keyOf(institution));
    }
    matches.removeDuplicates();
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error::badInput(Cli::tr("\"%1\" names several institutions (%2); give the full name of one.")
                                   .arg(given, matches.join(QStringLiteral(", "))));
    return given; // unknown: the filter says so, with where to look
}

// "activity 2.1, gender female": the filters as the About sheet states them.
QString describeFilter(const ParticipantFilter& filter)
{
    QStringList parts;
    const auto add = [&](const std::optional<QString>& value, const QString& name) {
        if (value)
            parts.append(
                QStringLiteral("%1 %2").arg(name, value->isEmpty() ? Cli::tr("(none recorded)") : *value));
    };
    add(filter.activityCode, Cli::tr("activity"));
    add(filter.componentNumber, Cli::tr("component"));
    add(filter.institution, Cli::tr("institution"));
    add(filter.institutionType, Cli::tr("institution type"));
    add(filter.gender, Cli::tr("gender"));
    add(filter.region, Cli::tr("region"));
    add(filter.expertCountry, Cli::tr("expert country"));
    add(filter.year, Cli::tr("year"));
    add(filter.quarter, Cli::tr("quarter"));
    if (!filter.period.isWhole())
        parts.append(Cli::tr("sessions held %1").arg(filter.period.describe()));
    if (filter.indicator)
        parts.append(
            Cli::tr("evaluation indicator %1").arg(EvaluationFields::indicatorCode(*filter.indicator)));
    return parts.join(QStringLiteral(", "));
}

// `participants --evaluation`: the answers of each participation in an evaluated activity of the
// project, of the persons under the filter (of the activity alone with --activity).
int writeEvaluation(Database& database, ProgrammeStore& store, const Project& scope,
                    const ParticipantFilter& filter, const std::optional<QList<Id>>& ids, bool pseudonymised,
                    const QCommandLineParser& parser, const ExportOptions& exports, const QString& path,
                    const QString& filterText)
{
    Id activityId = 0;
    if (filter.activityCode) {
        Result<Activity> activity = store.activityByCode(scope.id, *filter.activityCode);
        if (!activity)
            return fail(activity.error());
        activityId = activity->id;
    }
    Result<QList<EvaluationExportRow>> rows = EvaluationExport(database).load(
        scope.id, activityId, filterText.isEmpty() ? std::nullopt : ids,
        pseudonymised ? ParticipantExport::Persons::Withheld : ParticipantExport::Persons::Named);
    if (!rows)
        return fail(rows.error());
    if (pseudonymised) {
        Result<Pseudonymiser> pseudonymiser = Pseudonymiser::forProject(database, scope.code);
        if (!pseudonymiser)
            return fail(pseudonymiser.error());
        EvaluationExport::pseudonymise(*rows, *pseudonymiser);
    }

    const QString formatName = parser.value(exports.format);
    const QString outputPath = parser.value(exports.output);
    if (formatName == QLatin1String("json"))
        return writeOutput(EvaluationExport::toJson(*rows, pseudonymised), outputPath);
    if (formatName == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvOptions options;
        options.bom = parser.isSet(exports.bom);
        const Table table =
            EvaluationExport::toTable(*rows, pseudonymised, ParticipantExport::Headings::Keys);
        if (Status written = CsvWriter(options).write(table, &buffer); !written)
            return fail(written.error());
        return writeOutput(buffer.data(), outputPath);
    }
    Table table = EvaluationExport::toTable(*rows, pseudonymised, ParticipantExport::Headings::Titles);
    table.totals =
        QList<QVariant>{Cli::tr("Total"), rows->size() == 1 ? Cli::tr("1 participation")
                                                            : Cli::tr("%1 participations").arg(rows->size())};
    ExportContext context;
    context.sourcePath = path;
    context.projectCode = scope.code;
    context.projectTitle = scope.title;
    context.contents = Cli::tr("Evaluation answers of each participation in an evaluated activity");
    if (!filterText.isEmpty())
        context.details.append({Cli::tr("Filter"), filterText});
    context.details.append(
        {Cli::tr("Rows"),
         Cli::tr("One per person and activity with a test, the questionnaire or the follow-up "
                 "that the person took part in (present or late at one session or more); "
                 "empty cells are questions not answered. Percentages are of the "
                 "activity's maximum score.")});
    if (pseudonymised)
        context.details.append(
            {Cli::tr("Pseudonymised"),
             Cli::tr("Yes: each person is a stable pseudonym for project %1; no ids, names or comments (a "
                     "comment may name its writer or others).")
                 .arg(scope.code)});
    const Status written = writeTableToXlsx(outputPath, table, aboutLines(context));
    return written ? Done : fail(written.error());
}

} // namespace

int runParticipants(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The persons behind a number of a results table; with no filter, every "
                "participant in the file."));
    const auto option = [](const char* name, const char* description, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), Cli::tr(description), Cli::tr(value));
    };
    const QCommandLineOption activity = option("activity", "Who took part in this activity.", "CODE");
    const QCommandLineOption component =
        option("component", "Who took part in an activity of this component.", "N");
    const QCommandLineOption institution =
        option("institution", "Participants of this institution (name or acronym).", "NAME");
    const QCommandLineOption institutionType =
        option("institution-type", "Participants of institutions of this type (e.g. federal).", "CODE");
    const QCommandLineOption gender =
        option("gender", "Participants of this gender: female, male, other or not_stated.", "CODE");
    const QCommandLineOption region = option("region", "Participants of this region.", "NAME");
    const QCommandLineOption expertCountry =
        option("expert-country", "Who took part in an activity with an expert from this country.", "NAME");
    const QCommandLineOption indicator(
        QStringLiteral("indicator"),
        Cli::tr("Only those an evaluation count counts, with the row filters: %1.")
            .arg(EvaluationFields::indicatorCodes().join(QStringLiteral(", "))),
        Cli::tr("NAME"));
    const QCommandLineOption project =
        option("project", "Who took part in this project (needed with filters when the file holds several).",
               "CODE");
    const QCommandLineOption pseudonymise(
        QStringLiteral("pseudonymise"),
        Cli::tr("A stable pseudonym instead of id, names, position, email and "
                "phone; gender, institution, region and activities kept."));
    const QCommandLineOption evaluation(
        QStringLiteral("evaluation"),
        Cli::tr("One row per person and evaluated activity they took part in, with the scores, satisfaction "
                "items and follow-up; the comments only when not pseudonymised."));
    const ExportOptions exports({QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")},
                                Cli::tr("Write to OUT instead of standard output (required for xlsx)."));
    const QCommandLineOption year =
        option("year", "Who took part at a session of this year (a row of 'results --by year').", "YYYY");
    const QCommandLineOption quarter =
        option("quarter", "Who took part at a session of this quarter (a row of 'results --by quarter').",
               "YYYY-QN");
    const PeriodOptions periodOptions;
    const SmallCellCliOptions smallCellOptions;
    const LanguageOption language(Cli::tr("es or en: the language of the institutions' names and acronyms "
                                          "(default: the project's choice in the window, or en)."));
    parser.addOptions({activity,
                       component,
                       institution,
                       institutionType,
                       gender,
                       region,
                       expertCountry,
                       year,
                       quarter,
                       periodOptions.from,
                       periodOptions.to,
                       indicator,
                       project,
                       pseudonymise,
                       evaluation,
                       exports.format,
                       exports.bom,
                       exports.output,
                       smallCellOptions.k,
                       smallCellOptions.suppress,
                       language.option});
    int exitCode = Done;
    std::optional<Language> chosenLanguage;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE [filters]"), exitCode) ||
        !exports.check(parser, invocation, exitCode) ||
        !language.read(parser, invocation, exitCode, chosenLanguage))
        return exitCode;
    const QString formatName = parser.value(exports.format);
    const QString outputPath = parser.value(exports.output);

    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);

    ParticipantFilter filter;
    const auto take = [&](const QCommandLineOption& given, std::optional<QString>& field) {
        if (parser.isSet(given))
            field = parser.value(given);
    };
    take(activity, filter.activityCode);
    take(component, filter.componentNumber);
    take(institution, filter.institution);
    take(institutionType, filter.institutionType);
    take(gender, filter.gender);
    take(region, filter.region);
    take(expertCountry, filter.expertCountry);
    take(year, filter.year);
    take(quarter, filter.quarter);
    if (!periodOptions.read(parser, invocation, exitCode, filter.period))
        return exitCode;
    SmallCellOptions smallCells;
    if (!smallCellOptions.read(parser, invocation, exitCode, smallCells))
        return exitCode;
    if ((parser.isSet(smallCellOptions.k) || smallCells.suppress) &&
        (!parser.isSet(pseudonymise) || parser.isSet(evaluation)))
        return usageError(invocation.command,
                          Cli::tr("--k and --suppress-small protect a pseudonymised participant list; add "
                                  "--pseudonymise (without --evaluation)."));
    if (parser.isSet(indicator)) {
        filter.indicator = EvaluationFields::indicatorFromCode(parser.value(indicator));
        if (!filter.indicator)
            return usageError(invocation.command,
                              Cli::tr("'%1' is not an evaluation indicator; use one of %2.")
                                  .arg(parser.value(indicator),
                                       EvaluationFields::indicatorCodes().join(QStringLiteral(", "))));
    }
    if (parser.isSet(evaluation) &&
        (filter.indicator || filter.year || filter.quarter || !filter.period.isWhole()))
        return usageError(
            invocation.command,
            Cli::tr("--evaluation lists every evaluated participation of the persons under the "
                    "filter; it cannot be combined with --indicator, --year, --quarter, --from or "
                    "--to."));
    if (filter.institution) {
        Result<QString> key = institutionKey(store, *filter.institution);
        if (!key)
            return fail(key.error());
        filter.institution = *key;
    }
    const QString filterText = describeFilter(filter);
    const bool withEvaluation = parser.isSet(evaluation);
    // The evaluation is a project's: its rows need the project even without a filter.
    const bool filtered = !filterText.isEmpty() || parser.isSet(project) || withEvaluation;

    // With a filter (or --project): the persons behind that number of the project. Without: every
    // participant of the file, with the activities of its only project, or of every project.
    std::optional<Project> scope;
    std::optional<QList<Id>> ids;
    if (filtered) {
        Result<Project> chosen = chooseProject(store, parser.value(project), path);
        if (!chosen)
            return fail(chosen.error());
        scope = *chosen;
        // ResultsQuery checks every row filter and names an unknown value; the evaluation count then
        // narrows those persons to the participations its indicator counts.
        Result<QList<Id>> behind = ResultsQuery(**database).participantIds(chosen->id, filter);
        if (!behind)
            return fail(behind.error());
        if (filter.indicator)
            behind = EvaluationQuery(**database).participantIds(chosen->id, filter);
        if (!behind)
            return fail(behind.error());
        ids = std::move(behind).value();
    } else {
        Result<QList<Project>> projects = store.projects();
        if (!projects)
            return fail(projects.error());
        if (projects->size() == 1)
            scope = projects->first();
    }
    if (parser.isSet(pseudonymise) && !scope)
        return usageError(invocation.command,
                          Cli::tr("pseudonyms are made per project and %1 holds several; add --project CODE.")
                              .arg(shownName(path)));

    const bool pseudonymised = parser.isSet(pseudonymise);
    if (withEvaluation)
        return writeEvaluation(**database, store, *scope, filter, ids, pseudonymised, parser, exports, path,
                               filterText);
    Result<QList<ParticipantExportRow>> rows =
        ParticipantExport(**database, LanguageOption::resolve(chosenLanguage, path, scope ? scope->id : 0))
            .load(ids, scope ? scope->id : 0,
                  pseudonymised ? ParticipantExport::Persons::Withheld : ParticipantExport::Persons::Named);
    if (!rows)
        return fail(rows.error());
    QString smallGroupNote;
    if (pseudonymised) {
        Result<Pseudonymiser> pseudonymiser = Pseudonymiser::forProject(**database, scope->code);
        if (!pseudonymiser)
            return fail(pseudonymiser.error());
        ParticipantExport::pseudonymise(*rows, *pseudonymiser);
        smallGroupNote = SmallCells::groupNote(SmallCells::protect(*rows, smallCells), smallCells);
    }

    if (formatName == QLatin1String("json") || formatName == QLatin1String("csv")) {
        QByteArray bytes;
        if (formatName == QLatin1String("json")) {
            bytes = ParticipantExport::toJson(*rows, pseudonymised);
        } else {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvOptions options;
            options.bom = parser.isSet(exports.bom);
            const Table table =
                ParticipantExport::toTable(*rows, pseudonymised, ParticipantExport::Headings::Keys);
            if (Status written = CsvWriter(options).write(table, &buffer); !written)
                return fail(written.error());
            bytes = buffer.data();
        }
        const int written = writeOutput(bytes, outputPath);
        // A list holds no notes: the small-group note goes to standard error.
        if (written == Done && !smallGroupNote.isEmpty())
            printNote(invocation, smallGroupNote);
        return written;
    }

    Table table = ParticipantExport::toTable(*rows, pseudonymised, ParticipantExport::Headings::Titles);
    table.totals =
        QList<QVariant>{Cli::tr("Total"), rows->size() == 1 ? Cli::tr("1 participant")
                                                            : Cli::tr("%1 participants").arg(rows->size())};
    ExportContext context;
    context.sourcePath = path;
    if (scope) {
        context.projectCode = scope->code;
        context.projectTitle = inLanguage(LanguageOption::resolve(chosenLanguage, path, scope->id),
                                          scope->title, scope->titleEs);
    }
    context.contents = filtered ? Cli::tr("Participants who took part in the project under the filter")
                                : Cli::tr("Every participant in the file");
    if (!filterText.isEmpty())
        context.details.append({Cli::tr("Filter"), filterText});
    context.details.append(
        {Cli::tr("Activities column"),
         Cli::tr("The activities each person took part in (present or late at one session or more).")});
    if (pseudonymised)
        context.details.append(
            {Cli::tr("Pseudonymised"),
             Cli::tr("Yes: each person is a stable pseudonym for project %1; no ids, names, "
                     "positions, emails or phones.")
                 .arg(scope->code)});
    if (!smallGroupNote.isEmpty())
        context.details.append({Cli::tr("Small groups"), smallGroupNote});
    const Status written = writeTableToXlsx(outputPath, table, aboutLines(context));
    return written ? Done : fail(written.error());
}

} // namespace sd::cli
