#include "DocumentReports.h"

#include "AppSettings.h"
#include "DocumentPrinter.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "UiLanguage.h"
#include "documents/ActivityListDocument.h"
#include "documents/CertificateDocument.h"
#include "documents/CertificateFiles.h"
#include "documents/DocumentData.h"
#include "documents/DocumentLanguageChoice.h"
#include "documents/EvaluationReportDocument.h"
#include "documents/ParticipantSummaryDocument.h"
#include "documents/SignInSheetDocument.h"
#include "export/RegistrationTemplate.h"
#include "storage/ProgrammeStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>
#include <optional>

namespace sd {

namespace {

std::optional<int> nextThreshold;

// A file name part from a code: letters, digits, dots and dashes kept.
QString stemPart(const QString& text)
{
    QString out;
    for (const QChar c : text)
        out += c.isLetterOrNumber() || c == u'.' || c == u'-' ? c : QChar(u'-');
    return out;
}

} // namespace

DocumentReports::DocumentReports(ProgrammeDocument& document, QWidget* parent)
    : m_document(document)
    , m_parent(parent)
{
}

void DocumentReports::setNextThreshold(int percent)
{
    nextThreshold = percent;
}

bool DocumentReports::askThreshold(QWidget* parent, const QString& activityLabel,
                                   const QList<CertificateData>& candidates, int& percent)
{
    if (nextThreshold) {
        const int answer = *nextThreshold;
        nextThreshold.reset();
        if (answer < 0)
            return false;
        percent = answer;
        return true;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("certificateThresholdDialog"));
    dialog.setWindowTitle(tr("Certificates of attendance"));
    auto* intro =
        new QLabel(tr("One certificate of attendance for each person enrolled in %1 whose attendance "
                      "rate reaches this threshold (sessions present or late over the sessions of the "
                      "activity).")
                       .arg(activityLabel),
                   &dialog);
    intro->setWordWrap(true);
    auto* threshold = new QSpinBox(&dialog);
    threshold->setObjectName(QStringLiteral("thresholdSpinBox"));
    threshold->setRange(0, 100);
    threshold->setSingleStep(5);
    threshold->setSuffix(tr(" %"));
    threshold->setValue(percent);
    // How many certificates the threshold gives, as it moves: the rates were read with the question.
    auto* qualifying = new QLabel(&dialog);
    qualifying->setObjectName(QStringLiteral("qualifyingLabel"));
    const auto showQualifying = [qualifying, &candidates](int value) {
        const qsizetype reaching =
            std::count_if(candidates.cbegin(), candidates.cend(), [value](const CertificateData& candidate) {
                return candidate.attendance.reaches(value);
            });
        qualifying->setText(tr("%n person(s) of the %1 who took part reach it.", nullptr, int(reaching))
                                .arg(candidates.size()));
    };
    showQualifying(percent);
    QObject::connect(threshold, &QSpinBox::valueChanged, qualifying, showQualifying);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QFormLayout(&dialog);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addRow(intro);
    layout->addRow(tr("Attendance rate at &least:"), threshold);
    layout->addRow(QString(), qualifying);
    layout->addRow(buttons);
    // Wide enough for the explanation to read in two or three lines.
    dialog.setMinimumWidth(460);
    threshold->setFocus();
    threshold->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    percent = threshold->value();
    return true;
}

QString DocumentReports::activityStem(Id activityId, const QString& kind) const
{
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity)
        return kind;
    Result<Project> project = m_document.store().project(activity->projectId);
    return stemPart(
        QStringLiteral("%1-%2-%3").arg(kind, project ? project->code : QString(), activity->code));
}

Language DocumentReports::languageFor(const QString& location, Id projectId)
{
    const Language window = languageFromCode(UiLanguage::current()).value_or(Language::English);
    return rememberedDocumentLanguage(location, projectId).value_or(window);
}

bool DocumentReports::show(const CoordinatorDocument& document, const QString& fileStem)
{
    DocumentPrinter::preview(m_parent, document, fileStem);
    return true;
}

bool DocumentReports::fail(const QString& title, const QString& message)
{
    MessageBox::warning(m_parent, title, message);
    return false;
}

bool DocumentReports::participantCertificates(Id participantId, Id activityId, Id projectId,
                                              double thresholdPercent)
{
    const DocumentData data = m_document.queries().documentData(m_language);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QList<CertificateData>> certificates =
        data.certificatesForParticipant(participantId, projectId, thresholdPercent);
    QApplication::restoreOverrideCursor();
    if (!certificates)
        return fail(tr("No certificate to print"), certificates.error().message);
    if (activityId != 0) {
        certificates->removeIf([activityId](const CertificateData& certificate) {
            return certificate.attendance.activity.id != activityId;
        });
    }
    if (certificates->isEmpty()) {
        Result<Participant> person = m_document.store().participant(participantId);
        const QString name = person ? person->fullName() : tr("This participant");
        Result<Activity> activity = m_document.store().activity(activityId);
        const QString where = activityId != 0 && activity ? tr("activity %1").arg(activity->code)
                                                          : tr("any activity of the project");
        if (thresholdPercent > 0)
            return fail(tr("No certificate to print"),
                        tr("%1 has an attendance rate of %2 % or more at no activity, so there is no "
                           "certificate of attendance to print; choose a lower threshold or record the "
                           "attendance first (Edit ▸ Attendance…).")
                            .arg(name)
                            .arg(thresholdPercent));
        return fail(tr("No certificate to print"),
                    tr("%1 was marked present or late at no session of %2, so there is no certificate of "
                       "attendance to print; record the attendance first (Edit ▸ Attendance…).")
                        .arg(name, where));
    }
    CertificateDocument document(std::move(certificates).value());
    document.setLanguage(m_language);
    return show(document, stemPart(QStringLiteral("certificates-participant-%1").arg(participantId)));
}

std::optional<QList<CertificateData>> DocumentReports::askActivityCertificates(Id activityId)
{
    Result<Activity> activity = m_document.store().activity(activityId);
    if (!activity) {
        fail(tr("No certificate to print"), activity.error().message);
        return std::nullopt;
    }
    // Everyone who took part, read once: the question counts them as the threshold moves, and the
    // certificates are those who reach the answer.
    const DocumentData data = m_document.queries().documentData(m_language);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QList<CertificateData>> certificates = data.certificatesForActivity(activityId, 0);
    QApplication::restoreOverrideCursor();
    if (!certificates) {
        fail(tr("No certificate to print"), certificates.error().message);
        return std::nullopt;
    }
    int percent = kDefaultThreshold;
    if (!askThreshold(m_parent, tr("activity %1").arg(activity->code), *certificates, percent))
        return std::nullopt;
    certificates->removeIf(
        [percent](const CertificateData& candidate) { return !candidate.attendance.reaches(percent); });
    if (certificates->isEmpty()) {
        fail(tr("No certificate to print"),
             tr("Nobody enrolled in activity %1 of %2 has an attendance rate of %3 % or more, so there "
                "is no certificate to print; check the attendance marks or choose a lower threshold.")
                 .arg(activity->code, QFileInfo(m_document.path()).fileName())
                 .arg(percent));
        return std::nullopt;
    }
    return std::move(certificates).value();
}

bool DocumentReports::activityCertificates(Id activityId)
{
    std::optional<QList<CertificateData>> certificates = askActivityCertificates(activityId);
    if (!certificates)
        return false;
    CertificateDocument document(std::move(*certificates));
    document.setLanguage(m_language);
    return show(document, activityStem(activityId, QStringLiteral("certificates")));
}

bool DocumentReports::saveActivityCertificates(Id activityId)
{
    std::optional<QList<CertificateData>> certificates = askActivityCertificates(activityId);
    if (!certificates)
        return false;
    const QString folder = FileDialog::getExistingDirectory(m_parent, tr("Save each certificate as a PDF in"),
                                                            AppSettings::lastFolder());
    if (folder.isEmpty())
        return false;
    CertificateFileOptions options;
    options.paper = DocumentPrinter::preferredPaper();
    options.language = m_language;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<CertificateFilesWritten> written = writeCertificateFiles(folder, *certificates, options);
    QApplication::restoreOverrideCursor();
    if (!written)
        return fail(tr("The certificates were not saved"), written.error().message);
    AppSettings::setLastFolder(folder);
    MessageBox::information(
        m_parent, tr("Certificates saved"),
        tr("%n certificate(s) saved in %1, one PDF a person, with %2 listing each person's email and file "
           "for a mail merge.",
           nullptr, int(written->files.size()))
            .arg(QDir::toNativeSeparators(folder), QFileInfo(written->mailingList).fileName()));
    return true;
}

bool DocumentReports::registrationTemplate(Id projectId)
{
    // The document language chosen for the project (Reports ▸ Document language), else the window's.
    const QString language = languageCode(languageFor(m_document.location().storableText(), projectId));
    Result<RegistrationTemplateOptions> options =
        m_document.queries().registrationTemplate(projectId, language);
    if (!options)
        return fail(tr("No registration template"), options.error().message);
    const QString suggestion =
        QDir(AppSettings::lastFolder())
            .filePath(language == QLatin1String("es") ? QStringLiteral("registro.xlsx")
                                                      : QStringLiteral("registration.xlsx"));
    QString path = FileDialog::getSaveFileName(m_parent, tr("Save the registration list template"),
                                               suggestion, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeRegistrationTemplate(path, *options);
    QApplication::restoreOverrideCursor();
    if (!written)
        return fail(tr("The template was not saved"), written.error().message);
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    MessageBox::information(
        m_parent, tr("Template saved"),
        tr("%1 is ready to hand out: its drop-down lists offer the genders, the programme's "
           "institutions and their types, and its second sheet holds the privacy notice. "
           "Filled in, it imports with File ▸ Import, with no mapping.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentReports::participantSummary(Id participantId, Id projectId)
{
    const DocumentData data = m_document.queries().documentData(m_language);
    Result<ParticipantSummaryData> summary = data.participantSummary(participantId, projectId);
    if (!summary)
        return fail(tr("No summary to print"), summary.error().message);
    ParticipantSummaryDocument document(std::move(summary).value());
    document.setLanguage(m_language);
    return show(document, stemPart(QStringLiteral("summary-participant-%1").arg(participantId)));
}

bool DocumentReports::participantList(Id activityId)
{
    const DocumentData data = m_document.queries().documentData(m_language);
    Result<ActivityListData> list = data.activityList(activityId);
    if (!list)
        return fail(tr("No participant list to print"), list.error().message);
    ActivityListDocument document(std::move(list).value());
    document.setLanguage(m_language);
    return show(document, activityStem(activityId, QStringLiteral("participant-list")));
}

bool DocumentReports::signInSheets(Id activityId)
{
    const DocumentData data = m_document.queries().documentData(m_language);
    Result<SignInSheetData> sheets = data.signInSheet(activityId);
    if (!sheets)
        return fail(tr("No sign-in sheet to print"), sheets.error().message);
    SignInSheetDocument document(std::move(sheets).value());
    document.setLanguage(m_language);
    return show(document, activityStem(activityId, QStringLiteral("sign-in-sheets")));
}

bool DocumentReports::evaluationReport(Id activityId)
{
    Result<EvaluationReportData> report = m_document.queries().evaluationReport(activityId, m_language);
    if (!report)
        return fail(tr("No evaluation report to print"), report.error().message);
    EvaluationReportDocument document(std::move(report).value());
    document.setLanguage(m_language);
    return show(document, activityStem(activityId, QStringLiteral("evaluation-report")));
}

} // namespace sd
