// `person`: everything the programme holds about one participant, for their right of access.
// Draws a PDF with --export: runs under a QGuiApplication (see main.cpp).
#include "Commands.h"
#include "export/AccessBundle.h"
#include "storage/Database.h"
#include "storage/PersonData.h"

#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace sd::cli {
namespace {

// Puts the command's words, the documents' words and the change log's sentences into `language` for
// the rest of this process: the command line does one thing and then ends.
Status useLanguage(const QString& language)
{
    if (language == QLatin1String("en"))
        return {};
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString path = QStringLiteral(":/i18n/seminardesk_%1.qm").arg(language);
    if (!translator->load(path)) {
        delete translator;
        return Error::notFound(Cli::tr("The translation %1 is missing from this build; rebuild Seminar Desk "
                                       "with Qt's LinguistTools.")
                                   .arg(path));
    }
    QCoreApplication::installTranslator(translator);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    return {};
}

} // namespace

int runPerson(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Everything the programme holds about one participant (their right of access): their record, "
        "institution, enrolments, every attendance mark, the certificates they qualify for, evaluation "
        "answers and the change-log entries that concern them. Printed as JSON, or with --export "
        "written as a zip archive holding person.json and a readable person.pdf."));
    const QCommandLineOption exportBundle(
        QStringLiteral("export"), Cli::tr("Write the zip archive given by -o instead of printing the JSON."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The zip archive to write (with --export)."), Cli::tr("OUT.zip"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Cli::tr("The person's language: en (default) or es. The file records "
                                              "no language per person."),
                                      Cli::tr("LANGUAGE"), QStringLiteral("en"));
    parser.addOptions({exportBundle, output, language});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 2,
                      QStringLiteral("FILE ID [--export -o OUT.zip] [--language en|es]"), exitCode))
        return exitCode;
    bool isNumber = false;
    const Id participantId = parser.positionalArguments().at(1).toLongLong(&isNumber);
    if (!isNumber || participantId <= 0)
        return usageError(invocation.command,
                          Cli::tr("ID is a participant's id, a whole number such as 17."));
    const QString languageCode = parser.value(language).toLower();
    if (languageCode != QLatin1String("en") && languageCode != QLatin1String("es"))
        return usageError(
            invocation.command,
            Cli::tr("'%1' is not a language of the bundle; use en or es.").arg(parser.value(language)));
    const bool exporting = parser.isSet(exportBundle);
    if (exporting && parser.value(output).isEmpty())
        return usageError(invocation.command, Cli::tr("--export needs a file: add -o OUT.zip."));
    if (!exporting && parser.isSet(output))
        return usageError(invocation.command, Cli::tr("-o names the archive of --export; add --export."));
    if (Status ready = useLanguage(languageCode); !ready)
        return fail(ready.error());

    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    Result<PersonData> data = PersonDataQuery(**database).read(participantId);
    if (!data)
        return fail(data.error());
    if (!exporting)
        return writeOutput(AccessBundle::toJson(*data, languageCode), QString());
    if (Status written = AccessBundle::write(parser.value(output), *data, languageCode); !written)
        return fail(written.error());
    printOut(Cli::tr("Wrote the data held about participant %1 to %2.\n")
                 .arg(participantId)
                 .arg(QDir::toNativeSeparators(parser.value(output))));
    return Done;
}

} // namespace sd::cli
