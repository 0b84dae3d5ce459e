#include "Commands.h"
#include "domain/Language.h"
#include "export/RegistrationTemplate.h"
#include "storage/CertificateDesignStore.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace sd::cli {

int runTemplate(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the registration list template: the workbook that `import FILE participants` reads "
                "with no mapping, with drop-down lists for gender, the programme's institutions and their "
                "type, and the project's privacy notice."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The workbook to write, OUT.xlsx (required)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption language(
        QStringLiteral("language"), Cli::tr("The language of the headings, lists and notice: es or en (en)."),
        QStringLiteral("es|en"), QStringLiteral("en"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     Cli::tr("The project whose privacy notice the template carries."),
                                     QStringLiteral("CODE"));
    parser.addOptions({output, language, project});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1, QStringLiteral("FILE -o OUT.xlsx"), exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(output);
    if (target.isEmpty())
        return usageError(invocation.command, Cli::tr("name the workbook with -o OUT.xlsx."));
    if (!target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(invocation.command, Cli::tr("the template is a workbook: name it OUT.xlsx."));
    const QString chosenLanguage = parser.value(language);
    if (chosenLanguage != QLatin1String("es") && chosenLanguage != QLatin1String("en"))
        return usageError(invocation.command, Cli::tr("--language takes es or en."));

    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);
    Result<Project> chosen = chooseProject(store, parser.value(project), path);
    if (!chosen)
        return fail(chosen.error());
    Result<QList<Institution>> institutions = store.institutions();
    if (!institutions)
        return fail(institutions.error());

    RegistrationTemplateOptions options;
    options.language = chosenLanguage;
    options.projectTitle = inLanguage(languageFromCode(chosenLanguage).value_or(Language::English),
                                      chosen->title, chosen->titleEs);
    options.institutions = registrationInstitutionChoices(*institutions, chosenLanguage);
    Result<CertificateDesign> design = CertificateDesignStore(**database).read(chosen->id);
    if (!design)
        return fail(design.error());
    options.privacyNotice = design->privacyNotice(chosenLanguage);
    if (Status written = writeRegistrationTemplate(target, options); !written)
        return fail(written.error());
    printOut(Cli::tr("Wrote the registration list template to %1.\n").arg(QDir::toNativeSeparators(target)));
    return Done;
}

} // namespace sd::cli
