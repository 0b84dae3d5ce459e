// `print`: the coordinator's documents as PDF. Runs under a QGuiApplication (see main.cpp): fonts.
#include "Commands.h"
#include "documents/ActivityListDocument.h"
#include "documents/CertificateDesign.h"
#include "documents/CertificateDocument.h"
#include "documents/CertificateFiles.h"
#include "documents/DocumentData.h"
#include "documents/EvaluationReportData.h"
#include "documents/ParticipantSummaryDocument.h"
#include "documents/PdfOutput.h"
#include "documents/SignInSheetDocument.h"
#include "storage/CertificateDesignStore.h"
#include "storage/CertificateRegistry.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace sd::cli {
namespace {

constexpr double kDefaultActivityThreshold = 75.0;

const QStringList& kinds()
{
    static const QStringList list{QStringLiteral("certificate"), QStringLiteral("summary"),
                                  QStringLiteral("activity-list"), QStringLiteral("sign-in-sheet"),
                                  QStringLiteral("evaluation-report")};
    return list;
}

// How certificates are printed: the options given, over the project's design.
struct CertificatePrint
{
    QString output;
    bool split = false;
    QImage logo;
    std::optional<PaperSize> paper;                      // --page-size, over the design's
    std::optional<QPageLayout::Orientation> orientation; // --orientation, over the design's
    Language language = Language::English;               // --language, or the project's choice
};

// The design of the certificates' project (of the first one's, when they are of several).
Result<CertificateDesign> designFor(Database& database, ProgrammeStore& store,
                                    const QList<CertificateData>& certificates)
{
    Result<Project> project = store.projectByCode(certificates.first().attendance.activity.projectCode);
    if (!project)
        return project.error();
    return CertificateDesignStore(database).read(project->id);
}

// Numbers the certificates and writes them in one transaction: the numbers are recorded only when
// the PDFs were written.
int printCertificates(Database& database, ProgrammeStore& store, QList<CertificateData> certificates,
                      const CertificatePrint& print)
{
    Result<CertificateDesign> design = designFor(database, store, certificates);
    if (!design)
        return fail(design.error());
    const PaperSize paper = print.paper.value_or(design->paper);
    const QPageLayout::Orientation orientation = print.orientation.value_or(design->orientation);
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.begun().error());
    if (Status issued = CertificateRegistry(database).issue(certificates, QDate::currentDate()); !issued)
        return fail(issued.error());
    QString done;
    if (print.split) {
        CertificateFileOptions options;
        options.design = *design;
        options.logo = print.logo;
        options.paper = paper;
        options.orientation = orientation;
        options.language = print.language;
        Result<CertificateFilesWritten> written = writeCertificateFiles(print.output, certificates, options);
        if (!written)
            return fail(written.error());
        done = Cli::tr("Wrote %1 certificates and %2 to %3.\n")
                   .arg(written->files.size())
                   .arg(QFileInfo(written->mailingList).fileName(), QDir::toNativeSeparators(print.output));
    } else {
        CertificateDocument document(std::move(certificates));
        document.setDesign(*design);
        document.setLanguage(print.language);
        if (!print.logo.isNull())
            document.setLogo(print.logo);
        if (Status written = writePdf(print.output, document, paper, orientation); !written)
            return fail(written.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    if (!done.isEmpty())
        printOut(done);
    return Done;
}

} // namespace

int runPrint(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("The coordinator's documents as PDF."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        Cli::tr("certificate, summary, activity-list, sign-in-sheet or evaluation-report."), Cli::tr("KIND"));
    const QCommandLineOption participant(QStringLiteral("participant"),
                                         Cli::tr("The participant's id (certificate, summary)."),
                                         Cli::tr("ID"));
    const QCommandLineOption activity(
        QStringLiteral("activity"),
        Cli::tr("The activity's code (certificate, activity-list, sign-in-sheet, evaluation-report)."),
        Cli::tr("CODE"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        Cli::tr("The project's code (needed with --activity when the file holds several; "
                "limits a participant's documents to it)."),
        Cli::tr("CODE"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        Cli::tr("a4 (default) or letter; certificates: the project's paper unless given."), Cli::tr("SIZE"),
        QStringLiteral("a4"));
    const QCommandLineOption orientation(
        QStringLiteral("orientation"),
        Cli::tr("portrait (default) or landscape; certificates: the project's orientation unless given."),
        Cli::tr("ORIENTATION"), QStringLiteral("portrait"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        Cli::tr("Certificates only for an attendance rate of at least PERCENT (default 75 "
                "with --activity; with --participant alone, every activity taken part "
                "in)."),
        Cli::tr("PERCENT"));
    const QCommandLineOption logo(QStringLiteral("logo"),
                                  Cli::tr("An image for the logo space of certificates, in place of the "
                                          "project's logos."),
                                  Cli::tr("IMAGE"));
    const QCommandLineOption walkIns(QStringLiteral("walk-in-rows"),
                                     Cli::tr("Empty rows for walk-ins on each sign-in sheet (default 10)."),
                                     Cli::tr("N"), QStringLiteral("10"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The PDF to write (with --split, the folder)."),
                                    Cli::tr("OUT.pdf"));
    const QCommandLineOption split(QStringLiteral("split"),
                                   Cli::tr("Certificates: one PDF a person in the folder given by -o, named "
                                           "'2.1 Family Given.pdf', and mailing.csv listing them."));
    const LanguageOption language(
        Cli::tr("es or en: the language of the document, its fixed texts and the programme's titles "
                "(default: the project's choice in the window, or en)."));
    parser.addOptions({kind, participant, activity, project, pageSize, orientation, threshold, logo, walkIns,
                       output, split, language.option});
    int exitCode = Done;
    if (!parseOptions(parser, invocation, 1,
                      QStringLiteral("FILE --kind KIND (--participant ID | --activity CODE) -o OUT.pdf"),
                      exitCode))
        return exitCode;

    const QString kindName = parser.value(kind);
    if (!kinds().contains(kindName))
        return usageError(invocation.command,
                          Cli::tr("--kind must be one of %1.").arg(kinds().join(QStringLiteral(", "))));
    if (parser.isSet(split) && kindName != QLatin1String("certificate"))
        return usageError(invocation.command, Cli::tr("--split saves certificates one a person; use it with "
                                                      "--kind certificate."));
    if (parser.value(output).isEmpty())
        return usageError(invocation.command, parser.isSet(split)
                                                  ? Cli::tr("--split needs a folder: add -o FOLDER/.")
                                                  : Cli::tr("a PDF needs a file: add -o OUT.pdf."));
    const std::optional<PaperSize> paper = paperSizeFromCode(parser.value(pageSize));
    if (!paper)
        return usageError(invocation.command,
                          Cli::tr("'%1' is not a page size; use a4 or letter.").arg(parser.value(pageSize)));
    const std::optional<QPageLayout::Orientation> pageOrientation =
        orientationFromCode(parser.value(orientation));
    if (!pageOrientation)
        return usageError(
            invocation.command,
            Cli::tr("'%1' is not an orientation; use portrait or landscape.").arg(parser.value(orientation)));
    std::optional<Language> chosenLanguage;
    if (!language.read(parser, invocation, exitCode, chosenLanguage))
        return exitCode;
    Id participantId = 0;
    if (parser.isSet(participant)) {
        bool isNumber = false;
        participantId = parser.value(participant).toLongLong(&isNumber);
        if (!isNumber || participantId <= 0)
            return usageError(invocation.command,
                              Cli::tr("--participant takes a participant's id, a whole number such as 17."));
    }
    std::optional<double> minimumRate;
    if (parser.isSet(threshold)) {
        bool isNumber = false;
        QString text = parser.value(threshold).trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        minimumRate = text.trimmed().toDouble(&isNumber);
        if (!isNumber || *minimumRate < 0 || *minimumRate > 100)
            return usageError(invocation.command,
                              Cli::tr("--threshold takes a percentage from 0 to 100, such as 75."));
    }
    bool walkInsValid = false;
    const int walkInRows = parser.value(walkIns).toInt(&walkInsValid);
    if (!walkInsValid || walkInRows < 0 || walkInRows > 200)
        return usageError(invocation.command, Cli::tr("--walk-in-rows takes a whole number from 0 to 200."));
    const bool needsParticipant = kindName == QLatin1String("summary");
    const bool needsActivity = kindName == QLatin1String("activity-list") ||
                               kindName == QLatin1String("sign-in-sheet") ||
                               kindName == QLatin1String("evaluation-report");
    if (needsParticipant && participantId == 0)
        return usageError(invocation.command, Cli::tr("a summary needs --participant ID."));
    if (needsActivity && !parser.isSet(activity))
        return usageError(invocation.command, Cli::tr("--kind %1 needs --activity CODE.").arg(kindName));
    if (kindName == QLatin1String("certificate") && participantId == 0 && !parser.isSet(activity))
        return usageError(invocation.command,
                          Cli::tr("certificates need --participant ID, --activity CODE or both."));
    QImage logoImage;
    if (parser.isSet(logo)) {
        QImageReader reader(parser.value(logo));
        logoImage = reader.read();
        if (logoImage.isNull())
            return fail(Error::badInput(
                Cli::tr("The logo %1 could not be read (%2); give a PNG or JPEG file.")
                    .arg(QDir::toNativeSeparators(parser.value(logo)), reader.errorString())));
    }

    const QString path = parser.positionalArguments().first();
    // Certificates are numbered as they are printed: that writes to the programme.
    Result<std::unique_ptr<Database>> database = openFile(path, kindName != QLatin1String("certificate"));
    if (!database)
        return fail(database.error());
    ProgrammeStore store(**database);

    // The project: required to find an activity by its code; for a participant's documents it only
    // narrows them (all projects of the file otherwise).
    Id projectId = 0;
    QString projectCode;
    std::optional<Activity> chosenActivity;
    if (parser.isSet(activity) || parser.isSet(project)) {
        Result<Project> chosen = chooseProject(store, parser.value(project), path);
        if (!chosen)
            return fail(chosen.error());
        projectId = chosen->id;
        projectCode = chosen->code;
    }
    if (parser.isSet(activity)) {
        Result<Activity> found = store.activityByCode(projectId, parser.value(activity));
        if (!found)
            return fail(found.error());
        chosenActivity = *found;
    }
    const Language documentLanguage = LanguageOption::resolve(chosenLanguage, path, projectId);
    const DocumentData data(**database, documentLanguage);

    std::unique_ptr<CoordinatorDocument> document;
    if (kindName == QLatin1String("certificate")) {
        Result<QList<CertificateData>> certificates =
            participantId != 0
                ? data.certificatesForParticipant(participantId, projectId, minimumRate.value_or(0))
                : data.certificatesForActivity(chosenActivity->id,
                                               minimumRate.value_or(kDefaultActivityThreshold));
        if (!certificates)
            return fail(certificates.error());
        if (participantId != 0 && chosenActivity) {
            certificates->removeIf([&](const CertificateData& certificate) {
                return certificate.attendance.activity.id != chosenActivity->id;
            });
        }
        if (certificates->isEmpty()) {
            const double rate = minimumRate.value_or(participantId != 0 ? 0 : kDefaultActivityThreshold);
            const QString where =
                chosenActivity ? Cli::tr("activity %1").arg(chosenActivity->code) : Cli::tr("any activity");
            const QString file = shownName(path);
            QString reason;
            if (participantId != 0 && rate > 0)
                reason = Cli::tr("Participant %1 has no attendance rate of %2 % or more in %3 of %4")
                             .arg(participantId)
                             .arg(rate)
                             .arg(where, file);
            else if (participantId != 0)
                reason = Cli::tr("Participant %1 was marked present or late in %2 of %3 at no session")
                             .arg(participantId)
                             .arg(where, file);
            else
                reason = Cli::tr("Nobody enrolled in %1 of %2 has an attendance rate of %3 % or more")
                             .arg(where, file)
                             .arg(rate);
            return fail(
                Error::badInput(Cli::tr("%1, so there is no certificate to print; check the attendance "
                                        "marks or lower --threshold.")
                                    .arg(reason)));
        }
        CertificatePrint print;
        print.output = parser.value(output);
        print.split = parser.isSet(split);
        print.logo = logoImage;
        print.language = documentLanguage;
        print.paper = parser.isSet(pageSize) ? paper : std::nullopt;
        print.orientation = parser.isSet(orientation) ? pageOrientation : std::nullopt;
        return printCertificates(**database, store, std::move(certificates).value(), print);
    } else if (kindName == QLatin1String("summary")) {
        Result<ParticipantSummaryData> summary = data.participantSummary(participantId, projectId);
        if (!summary)
            return fail(summary.error());
        document = std::make_unique<ParticipantSummaryDocument>(std::move(summary).value());
    } else if (kindName == QLatin1String("activity-list")) {
        Result<ActivityListData> list = data.activityList(chosenActivity->id);
        if (!list)
            return fail(list.error());
        document = std::make_unique<ActivityListDocument>(std::move(list).value());
    } else if (kindName == QLatin1String("evaluation-report")) {
        Result<EvaluationReportData> report =
            readEvaluationReport(**database, chosenActivity->id, documentLanguage);
        if (!report)
            return fail(report.error());
        document = std::make_unique<EvaluationReportDocument>(std::move(report).value());
    } else {
        Result<SignInSheetData> sheet = data.signInSheet(chosenActivity->id);
        if (!sheet)
            return fail(sheet.error());
        sheet->walkInRows = walkInRows;
        document = std::make_unique<SignInSheetDocument>(std::move(sheet).value());
    }

    document->setLanguage(documentLanguage);
    const Status written = writePdf(parser.value(output), *document, *paper, *pageOrientation);
    return written ? Done : fail(written.error());
}

} // namespace sd::cli
