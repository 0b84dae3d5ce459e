// consent: records a participant's consent to data processing (docs/privacy.md, "Consent and retention").
#include "Commands.h"
#include "domain/Validation.h"
#include "storage/ChangeHistory.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCommandLineParser>
#include <QDate>

namespace sd::cli {

int runConsent(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Records a participant's consent to the processing of their data: when, for what purpose and "
                "where it was given. Only the options given change."));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("The day consent was given (YYYY-MM-DD)."),
                                  Cli::tr("DATE"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), Cli::tr("What the person consented to."),
                                     Cli::tr("TEXT"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Cli::tr("Where it was recorded: sign_in_sheet (paper sign-in sheet), "
                                            "registration_form or import."),
                                    Cli::tr("SOURCE"));
    parser.addOptions({date, purpose, source});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2,
                      QStringLiteral("FILE ID [--date DATE] [--purpose TEXT] [--source SOURCE]"), exitCode))
        return exitCode;
    if (!parser.isSet(date) && !parser.isSet(purpose) && !parser.isSet(source))
        return usageError(invocation.command, Cli::tr("give --date, --purpose or --source."));
    const QDate given = QDate::fromString(parser.value(date), Qt::ISODate);
    if (parser.isSet(date) && !given.isValid())
        return usageError(invocation.command, Cli::tr("--date takes a date written YYYY-MM-DD."));
    if (parser.isSet(source) &&
        (parser.value(source).isEmpty() || !kConsentSources.contains(parser.value(source))))
        return usageError(invocation.command,
                          Cli::tr("--source is sign_in_sheet, registration_form or import, not '%1'.")
                              .arg(parser.value(source)));
    bool ok = false;
    const Id id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(invocation.command, Cli::tr("'%1' is not a participant id; ids are whole numbers.")
                                                  .arg(parser.positionalArguments().at(1)));
    const QString path = parser.positionalArguments().at(0);
    Result<std::unique_ptr<Database>> database = openFile(path, false);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Transaction transaction(**database);
    if (!transaction.begun())
        return fail(transaction.begun().error());
    // Read under the write lock, so that the version the update states is the one it overwrites.
    Result<Participant> person = store.participant(id);
    if (!person)
        return fail(person.error());
    QStringList fields;
    if (parser.isSet(date)) {
        person->consentDate = given;
        fields.append(QStringLiteral("consent_date"));
    }
    if (parser.isSet(purpose)) {
        person->consentPurpose = parser.value(purpose).trimmed();
        fields.append(QStringLiteral("consent_purpose"));
    }
    if (parser.isSet(source)) {
        person->consentSource = parser.value(source);
        fields.append(QStringLiteral("consent_source"));
    }
    if (Status updated = store.updateParticipant(*person); !updated)
        return fail(updated.error());
    const QString marker =
        ChangeHistory::describe(ChangeHistory::Change::Changed, "participant", id, {}, fields);
    if (Status logged = store.logChange(QStringLiteral("edit"), marker); !logged)
        return fail(logged.error());
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    printOut(Cli::tr("Consent of participant %1 in %2 recorded.\n").arg(id).arg(shownName(path)));
    return Done;
}

} // namespace sd::cli
