// `verify`: whether a certificate's number and verification code were issued from a programme.
#include "Commands.h"
#include "documents/DocumentText.h"
#include "storage/CertificateRegistry.h"
#include "storage/Database.h"

namespace sd::cli {

int runVerify(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Whether a certificate is genuine: its number and verification code, as printed on it, were "
                "issued from the programme. Exit 0 and for whom when genuine, 3 when not."));
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 3, QStringLiteral("FILE NUMBER CODE"), exitCode))
        return exitCode;
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    Result<std::unique_ptr<Database>> database = openFile(path);
    if (!database)
        return fail(database.error());
    Result<CertificateRegistry::Issued> issued =
        CertificateRegistry(**database).verify(arguments.at(1), arguments.at(2));
    if (!issued)
        return fail(issued.error());
    const QString activity = issued->activityTitle.isEmpty()
                                 ? issued->activityCode
                                 : QStringLiteral("%1 %2").arg(issued->activityCode, issued->activityTitle);
    const QString date = documentDate(issued->issuedOn);
    if (issued->personName.isEmpty())
        printOut(
            Cli::tr("Certificate %1 is genuine: issued for activity %2 on %3, to a person whose record has "
                    "since been deleted from %4.\n")
                .arg(issued->number, activity, date, shownName(path)));
    else
        printOut(Cli::tr("Certificate %1 is genuine: issued to %2 for activity %3 on %4.\n")
                     .arg(issued->number, issued->personName, activity, date));
    return Done;
}

} // namespace sd::cli
