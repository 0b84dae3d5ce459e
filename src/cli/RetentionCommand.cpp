// retention: each project's retention rules, the persons past them, and applying them (docs/privacy.md).
#include "Commands.h"
#include "privacy/Retention.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCommandLineParser>
#include <QDate>
#include <tuple>

namespace sd::cli {
namespace {

// "5" → 5, "none" → no rule; anything else is refused.
Result<std::optional<int>> yearsOption(const QString& text, const QString& option)
{
    if (text == QLatin1String("none"))
        return std::optional<int>();
    bool ok = false;
    const int years = text.toInt(&ok);
    if (!ok || years < 0)
        return Error::badInput(Cli::tr("--%1 takes a number of years (0 or more) or 'none'; '%2' is neither.")
                                   .arg(option, text));
    return std::optional<int>(years);
}

QString rulesText(const Project& project)
{
    const auto said = [](const std::optional<int>& years) {
        return years ? Cli::tr("%1 years after the project ends").arg(*years) : Cli::tr("no rule");
    };
    return Cli::tr("Project %1 (ends %2): contact details %3; names %4.\n")
        .arg(project.code, project.endDate.toString(Qt::ISODate), said(project.contactRetentionYears),
             said(project.nameRetentionYears));
}

int setRules(Database& database, const QCommandLineParser& parser, const QString& path, const QString& code,
             const QCommandLineOption& contactYears, const QCommandLineOption& nameYears)
{
    ProgrammeStore store(database);
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.begun().error());
    // Read under the write lock, whole (with its requesting institutions), as the update writes it back.
    Result<Project> chosen = chooseProject(store, code, path);
    if (!chosen)
        return fail(chosen.error());
    Result<Project> project = store.project(chosen->id);
    if (!project)
        return fail(project.error());
    QStringList fields;
    for (const auto& [option, member, column] :
         {std::tuple{&contactYears, &Project::contactRetentionYears, "contact_retention_years"},
          std::tuple{&nameYears, &Project::nameRetentionYears, "name_retention_years"}}) {
        if (!parser.isSet(*option))
            continue;
        Result<std::optional<int>> years = yearsOption(parser.value(*option), option->names().constFirst());
        if (!years)
            return fail(years.error());
        (*project).*member = *years;
        fields.append(QString::fromLatin1(column));
    }
    if (Status updated = store.updateProject(*project); !updated)
        return fail(updated.error());
    const QString marker = ChangeHistory::describe(ChangeHistory::Change::Changed, "project", project->id,
                                                   project->code, fields);
    if (Status logged = store.logChange(QStringLiteral("edit"), marker); !logged)
        return fail(logged.error());
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    printOut(rulesText(*project));
    return Done;
}

QString casesText(const QList<RetentionCase>& cases, const QString& where, QDate on)
{
    if (cases.isEmpty())
        return Cli::tr("No participant of %1 is past a retention rule on %2.\n")
            .arg(where, on.toString(Qt::ISODate));
    QString out = Cli::tr("%1 participants of %2 are past a retention rule on %3:\n")
                      .arg(cases.size())
                      .arg(where, on.toString(Qt::ISODate));
    for (const RetentionCase& found : cases) {
        const QString rule = found.rule == RetentionCase::Rule::Names
                                 ? Cli::tr("names and everything else erase removes")
                                 : Cli::tr("contact details (email, phone)");
        out += Cli::tr("  participant %1: %2, kept until %3%4\n")
                   .arg(found.participantId)
                   .arg(rule, found.dueSince.toString(Qt::ISODate),
                        found.held ? Cli::tr(" (under a legal hold: left alone)") : QString());
    }
    return out;
}

} // namespace

int runRetention(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the participants past their projects' retention rules; with --apply removes their "
                "contact details or, past the names rule, anonymises them as erase does (one transaction). "
                "With --contact-years or --name-years, sets a project's rules instead."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   Cli::tr("Apply the rules to the persons listed."));
    const QCommandLineOption on(QStringLiteral("on"),
                                Cli::tr("The day to judge by (YYYY-MM-DD); today by default."),
                                Cli::tr("DATE"));
    const QCommandLineOption project(QStringLiteral("project"), Cli::tr("The project whose rules are set."),
                                     Cli::tr("CODE"));
    const QCommandLineOption contactYears(QStringLiteral("contact-years"),
                                          Cli::tr("Keep contact details N years after the project ends (or "
                                                  "'none')."),
                                          QStringLiteral("N"));
    const QCommandLineOption nameYears(QStringLiteral("name-years"),
                                       Cli::tr("Keep names N years after the project ends (or 'none')."),
                                       QStringLiteral("N"));
    for (const QCommandLineOption* option : {&apply, &on, &project, &contactYears, &nameYears})
        parser.addOption(*option);
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE"), exitCode))
        return exitCode;
    const bool setting = parser.isSet(contactYears) || parser.isSet(nameYears);
    if (setting && (parser.isSet(apply) || parser.isSet(on)))
        return usageError(
            invocation.command,
            Cli::tr("set the rules (--contact-years, --name-years) or list and apply them, not both."));
    const QDate today =
        parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate) : QDate::currentDate();
    if (!today.isValid())
        return usageError(invocation.command, Cli::tr("--on takes a date written YYYY-MM-DD."));
    const QString path = parser.positionalArguments().constFirst();
    Result<std::unique_ptr<Database>> database = openFile(path, !setting && !parser.isSet(apply));
    if (!database)
        return fail(database.error());
    if (setting)
        return setRules(**database, parser, path, parser.value(project), contactYears, nameYears);
    Retention retention(**database);
    Result<QList<RetentionCase>> cases = retention.due(today);
    if (!cases)
        return fail(cases.error());
    QString out = casesText(*cases, shownName(path), today);
    if (parser.isSet(apply) && !cases->isEmpty()) {
        Result<RetentionOutcome> outcome = retention.apply(today);
        if (!outcome)
            return fail(outcome.error());
        out += Cli::tr("Applied: %1 anonymised, contact details removed from %2, %3 under a legal hold left "
                       "alone.\n")
                   .arg(outcome->anonymised)
                   .arg(outcome->contactsRemoved)
                   .arg(outcome->held);
        if (!outcome->logEmptied)
            out +=
                Cli::tr("Another program has the file open, so its write-ahead log still holds the removed "
                        "data until the last program that has it open closes it.\n");
    }
    printOut(out);
    return Done;
}

} // namespace sd::cli
