#include "ActivityPage.h"
#include "AppSettings.h"
#include "BackupDialog.h"
#include "ContextHelp.h"
#include "DocumentReports.h"
#include "DrillDownDialog.h"
#include "ExportFileChooser.h"
#include "FileChecker.h"
#include "FileDialog.h"
#include "FileWatcher.h"
#include "HelpWindow.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NavigatorModel.h"
#include "PersonPage.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "ProjectOverviewPage.h"
#include "RegisterExport.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsLoader.h"
#include "ResultsPage.h"
#include "SearchPanel.h"
#include "SnapshotTaker.h"
#include "UiLanguage.h"
#include "UserGuide.h"
#include "WelcomePage.h"
#include "commands/EditActions.h"
#include "counting/EvaluationFormatter.h"
#include "counting/ResultsFormatter.h"
#include "demo/DemoProgramme.h"
#include "documents/DocumentLanguageChoice.h"
#include "export/ExportAbout.h"
#include "export/ResultsExport.h"
#include "export/SafeFile.h"
#include "export/XlsxWriter.h"
#include "import/DuplicatesDialog.h"
#include "import/ImportWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <spdlog/spdlog.h>

// The main window's reports: the coordinator's documents it prints and the tables it exports.
namespace sd {
namespace {

// The About sheet of a results workbook, as `results --format xlsx` writes it.
ExportContext resultsContext(const QString& path, const Result<Project>& project, const QString& contents)
{
    ExportContext context;
    context.sourcePath = path;
    if (project) {
        context.projectCode = project->code;
        context.projectTitle = project->title;
    }
    context.contents = contents;
    return context;
}

Status writeBytes(const QString& path, const QByteArray& bytes)
{
    return writeBytesAtomically(path, bytes);
}

// How an export from the window ends, its wait cursor gone: the error in a box, or the folder kept
// for the next export and the file named in the status bar (savedText's %1).
bool reportExport(QWidget* window, QStatusBar* status, const Status& written, const QString& failedTitle,
                  const QString& path, const QString& savedText)
{
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(window, failedTitle, written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    status->showMessage(savedText.arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

} // namespace

bool MainWindow::exportResults()
{
    if (!m_document || m_projectId == 0)
        return false;
    if (m_results && m_results->measure() == ResultsPage::Measure::Evaluation)
        return exportEvaluation();
    const ResultsKey key = m_results ? m_results->key() : ResultsKey::Activity;
    // The table as shown: in the page's period.
    const ResultsPeriod period = m_results ? m_results->period() : ResultsPeriod{};
    Result<Project> project = m_document->store().project(m_projectId);
    const QString code = project ? project->code : QStringLiteral("results");
    const std::optional<ExportFileChooser::Choice> choice = ExportFileChooser::ask(
        this, tr("Export the results table"), AppSettings::lastFolder(),
        QStringLiteral("%1-results-by-%2").arg(code, resultsKeyCode(key)),
        {ExportFormat::Csv, ExportFormat::CsvWithBom, ExportFormat::Xlsx, ExportFormat::Json});
    if (!choice)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = [&]() -> Status {
        Result<ResultsTable> table =
            m_document->queries().results(documentLanguage()).results(m_projectId, key, period);
        if (!table)
            return table.error();
        switch (choice->format) {
        case ExportFormat::Xlsx: {
            XlsxWorkbookWriter workbook;
            workbook.addTable(resultsSheet(*table));
            workbook.setAbout(aboutLines(resultsContext(
                m_document->path(), project, tr("Results by %1").arg(resultsKeyLabel(key).toLower()))));
            return workbook.write(choice->path);
        }
        case ExportFormat::Json:
            return writeBytes(choice->path, ResultsFormatter::toJson(*table));
        case ExportFormat::CsvWithBom:
            return writeBytes(choice->path,
                              QByteArrayLiteral("\xEF\xBB\xBF") + ResultsFormatter::toCsv(*table));
        case ExportFormat::Csv:
            break;
        }
        return writeBytes(choice->path, ResultsFormatter::toCsv(*table));
    }();
    return reportExport(this, statusBar(), written, tr("The results table was not exported"), choice->path,
                        tr("The results table was saved as %1."));
}

bool MainWindow::exportEvaluation()
{
    const ResultsKey key = m_results ? m_results->key() : ResultsKey::Activity;
    const ResultsPeriod period = m_results ? m_results->period() : ResultsPeriod{};
    Result<Project> project = m_document->store().project(m_projectId);
    const QString code = project ? project->code : QStringLiteral("results");
    const std::optional<ExportFileChooser::Choice> choice = ExportFileChooser::ask(
        this, tr("Export the evaluation table"), AppSettings::lastFolder(),
        QStringLiteral("%1-evaluation-by-%2").arg(code, resultsKeyCode(key)),
        {ExportFormat::Csv, ExportFormat::CsvWithBom, ExportFormat::Xlsx, ExportFormat::Json});
    if (!choice)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The same table and the same bytes as `results --measure evaluation`, in the page's period.
    const Status written = [&]() -> Status {
        Result<EvaluationTable> table =
            m_document->queries().evaluation().evaluation(m_projectId, key, period);
        if (!table)
            return table.error();
        switch (choice->format) {
        case ExportFormat::Xlsx: {
            XlsxWorkbookWriter workbook;
            workbook.addTable(evaluationSheet(*table));
            workbook.addTable(indicatorsSheet());
            ExportContext context = resultsContext(
                m_document->path(), project,
                tr("Evaluation by %1, and the indicators' definitions").arg(resultsKeyLabel(key).toLower()));
            if (!period.isWhole())
                context.details.append({tr("Period"), tr("sessions held %1").arg(period.describe())});
            workbook.setAbout(aboutLines(context));
            return workbook.write(choice->path);
        }
        case ExportFormat::Json:
            return writeBytes(choice->path, EvaluationFormatter::toJson(*table));
        case ExportFormat::CsvWithBom:
            return writeBytes(choice->path,
                              QByteArrayLiteral("\xEF\xBB\xBF") + EvaluationFormatter::toCsv(*table));
        case ExportFormat::Csv:
            break;
        }
        return writeBytes(choice->path, EvaluationFormatter::toCsv(*table));
    }();
    return reportExport(this, statusBar(), written, tr("The evaluation table was not exported"), choice->path,
                        tr("The evaluation table was saved as %1."));
}

namespace {

// How the results page's choices are kept in the settings: stable words, not the choosers' indexes.
constexpr std::pair<ResultsPage::PeriodKind, const char*> kPeriodKinds[] = {
    {ResultsPage::PeriodKind::All, "all"},
    {ResultsPage::PeriodKind::Year, "year"},
    {ResultsPage::PeriodKind::Quarter, "quarter"},
    {ResultsPage::PeriodKind::Custom, "custom"},
};

} // namespace

void MainWindow::restoreResultsChoice()
{
    const std::optional<AppSettings::ResultsChoice> choice =
        AppSettings::resultsChoice(m_document->location().storableText(), m_projectId);
    // Quiet: the page still shows the previous project, under which nothing is to be remembered.
    const QSignalBlocker quiet(m_results);
    m_results->setMeasure(choice && choice->measure == QLatin1String("evaluation")
                              ? ResultsPage::Measure::Evaluation
                              : ResultsPage::Measure::Attendance);
    ResultsPage::PeriodKind kind = ResultsPage::PeriodKind::All;
    for (const auto& [each, code] : kPeriodKinds) {
        if (choice && choice->periodKind == QLatin1String(code))
            kind = each;
    }
    m_results->setPeriodChoice(kind, choice ? ResultsPeriod{choice->from, choice->to} : ResultsPeriod{});
}

void MainWindow::rememberResultsChoice()
{
    if (!m_document || !m_results || m_results->projectId() == 0)
        return;
    AppSettings::ResultsChoice choice;
    choice.measure = m_results->measure() == ResultsPage::Measure::Evaluation ? QStringLiteral("evaluation")
                                                                              : QStringLiteral("attendance");
    for (const auto& [each, code] : kPeriodKinds) {
        if (each == m_results->periodKind())
            choice.periodKind = QString::fromLatin1(code);
    }
    const ResultsPeriod period = m_results->period();
    choice.from = period.from;
    choice.to = period.to;
    AppSettings::setResultsChoice(m_document->location().storableText(), m_results->projectId(), choice);
}

bool MainWindow::exportAllBreakdowns()
{
    if (!m_document || m_projectId == 0)
        return false;
    Result<Project> project = m_document->store().project(m_projectId);
    const QString code = project ? project->code : QStringLiteral("results");
    const std::optional<ExportFileChooser::Choice> choice = ExportFileChooser::ask(
        this, tr("Export every breakdown"), AppSettings::lastFolder(),
        QStringLiteral("%1-results-all").arg(code), {ExportFormat::Xlsx, ExportFormat::Json});
    if (!choice)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = [&]() -> Status {
        QList<ResultsTable> tables;
        const ResultsPeriod period = m_results ? m_results->period() : ResultsPeriod{};
        for (ResultsKey key : allResultsKeys()) {
            Result<ResultsTable> table =
                m_document->queries().results(documentLanguage()).results(m_projectId, key, period);
            if (!table)
                return table.error();
            tables.append(std::move(table).value());
        }
        if (choice->format == ExportFormat::Json)
            return writeBytes(choice->path, resultsJsonByKey(tables));
        XlsxWorkbookWriter workbook;
        for (const ResultsTable& table : std::as_const(tables))
            workbook.addTable(resultsSheet(table));
        workbook.setAbout(aboutLines(
            resultsContext(m_document->path(), project, tr("Results by every breakdown, one sheet each"))));
        return workbook.write(choice->path);
    }();
    return reportExport(this, statusBar(), written, tr("The breakdowns were not exported"), choice->path,
                        tr("Every breakdown was saved in %1."));
}

bool MainWindow::exportRegister(RegisterPage* page, bool pseudonymised)
{
    if (!m_document || !page)
        return false;
    const RegisterModel& model = *page->model();
    RegisterExport::Subject subject;
    QString contents;
    switch (page->kind()) {
    case RegisterKind::Participants:
        subject.caption = tr("Export the participants register");
        subject.fileStem = tr("participants");
        contents = tr("Participants register");
        break;
    case RegisterKind::Experts:
        subject.caption = tr("Export the experts register");
        subject.fileStem = tr("experts");
        contents = tr("Experts register");
        break;
    case RegisterKind::Institutions:
        subject.caption = tr("Export the institutions register");
        subject.fileStem = tr("institutions");
        contents = tr("Institutions register");
        break;
    case RegisterKind::ActivityRoster: {
        Result<Activity> activity = m_document->store().activity(model.query().activityId());
        const QString activityCode = activity ? activity->code : QString();
        // An activity's list belongs to its project; pseudonyms are made under that project's code.
        if (activity) {
            subject.projectId = activity->projectId;
            subject.activityId = activity->id;
        }
        subject.caption = tr("Export the participants of activity %1").arg(activityCode);
        subject.fileStem = tr("participants-of-activity-%1").arg(activityCode);
        contents = tr("Participants enrolled in activity %1").arg(activityCode);
        break;
    }
    }
    if (!model.filter().isEmpty())
        contents += tr(", filtered by “%1”").arg(model.filter());
    const QString sortedBy = model.headerData(model.query().sortColumn(), Qt::Horizontal).toString();
    contents += model.query().sortOrder() == Qt::AscendingOrder
                    ? tr(", sorted by %1").arg(sortedBy)
                    : tr(", sorted by %1, descending").arg(sortedBy);
    subject.contents = contents;
    // A register holds the persons of every project of the file; pseudonyms are made under the code of
    // the project shown.
    if (page->kind() != RegisterKind::ActivityRoster && pseudonymised)
        subject.projectId = m_projectId;
    if (pseudonymised) {
        subject.caption += tr(", pseudonymised");
        subject.contents += tr(", pseudonymised");
    }
    const QString written = pseudonymised
                                ? RegisterExport::exportPseudonymised(this, *m_document, model, subject)
                                : RegisterExport::exportShown(this, *m_document, model,
                                                              page->view()->horizontalHeader(), subject);
    if (written.isEmpty())
        return false;
    statusBar()->showMessage(tr("The list shown was saved as %1.").arg(QDir::toNativeSeparators(written)),
                             8000);
    return true;
}

Id MainWindow::selectedParticipant(Id* activityId) const
{
    if (!m_document)
        return 0;
    QWidget* page = m_pages->currentWidget();
    if (page == m_person && m_person->kind() == SearchKind::Participant && m_person->recordExists()) {
        if (activityId)
            *activityId = 0;
        return m_person->recordId();
    }
    RegisterPage* list = nullptr;
    if (page == m_participants && m_participants)
        list = m_participants;
    else if (page == m_activity && m_activity && m_activity->activityExists())
        list = m_activity->roster();
    if (!list)
        return 0;
    const QModelIndex current = list->view()->currentIndex();
    if (!current.isValid() || !list->view()->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    if (activityId)
        *activityId = list->kind() == RegisterKind::ActivityRoster ? m_activity->activityId() : 0;
    return list->model()->idAt(current.row());
}

Id MainWindow::shownActivity() const
{
    if (!m_document || !m_activity || m_pages->currentWidget() != m_activity || !m_activity->activityExists())
        return 0;
    return m_activity->activityId();
}

RegisterPage* MainWindow::shownRegister() const
{
    if (!m_document)
        return nullptr;
    if (auto* page = qobject_cast<RegisterPage*>(m_pages->currentWidget()))
        return page;
    if (m_activity && m_pages->currentWidget() == m_activity && m_activity->activityExists())
        return m_activity->roster();
    return nullptr;
}

Language MainWindow::documentLanguage() const
{
    if (!m_document)
        return languageFromCode(UiLanguage::current()).value_or(Language::English);
    return DocumentReports::languageFor(m_document->location().storableText(), m_projectId);
}

void MainWindow::setDocumentLanguage(Language language)
{
    if (!m_document || language == documentLanguage())
        return;
    rememberDocumentLanguage(m_document->location().storableText(), m_projectId, language);
    // The results tables on the pages name their rows in the document language: read them again.
    onDocumentChanged(int(ProgrammeDocument::Scope::Everything));
}

DocumentReports MainWindow::documentReports()
{
    DocumentReports reports(*m_document, this);
    reports.setLanguage(documentLanguage());
    return reports;
}

void MainWindow::addDocumentLanguageMenu(QMenu* reports)
{
    QMenu* menu = reports->addMenu(tr("&Document language"));
    menu->setObjectName(QStringLiteral("documentLanguageMenu"));
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    const auto add = [&](Language language, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("documentLanguage-%1").arg(languageCode(language)));
        action->setCheckable(true);
        action->setToolTip(tr("Certificates, lists, sheets and reports in this language, whatever the "
                              "window's; remembered for the project"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setDocumentLanguage(language); });
    };
    // Each language's own name, as language menus show them.
    add(Language::Spanish, QStringLiteral("Español"));
    add(Language::English, QStringLiteral("English"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QString checked = QStringLiteral("documentLanguage-%1").arg(languageCode(documentLanguage()));
        for (QAction* action : menu->actions())
            action->setChecked(action->objectName() == checked);
    });
}

bool MainWindow::printParticipantCertificates()
{
    Id activityId = 0;
    const Id participant = selectedParticipant(&activityId);
    if (participant == 0)
        return false;
    return documentReports().participantCertificates(participant, activityId, m_projectId);
}

bool MainWindow::printActivityCertificates()
{
    const Id activity = shownActivity();
    return activity != 0 && documentReports().activityCertificates(activity);
}

bool MainWindow::saveActivityCertificates()
{
    const Id activity = shownActivity();
    return activity != 0 && documentReports().saveActivityCertificates(activity);
}

bool MainWindow::saveRegistrationTemplate()
{
    return m_projectId != 0 && DocumentReports(*m_document, this).registrationTemplate(m_projectId);
}

bool MainWindow::printParticipantSummary()
{
    const Id participant = selectedParticipant();
    return participant != 0 && documentReports().participantSummary(participant, m_projectId);
}

bool MainWindow::printParticipantList()
{
    const Id activity = shownActivity();
    return activity != 0 && documentReports().participantList(activity);
}

bool MainWindow::printEvaluationReport()
{
    const Id activity = shownActivity();
    return activity != 0 && documentReports().evaluationReport(activity);
}

bool MainWindow::printSignInSheets()
{
    const Id activity = shownActivity();
    return activity != 0 && documentReports().signInSheets(activity);
}

void MainWindow::updateReportActions()
{
    const auto offer = [](QAction* action, bool available, const QString& tip, const QString& missing) {
        action->setEnabled(available);
        action->setToolTip(available ? tip : missing);
        action->setStatusTip(available ? tip : missing);
    };
    const Id participant = selectedParticipant();
    const Id activity = shownActivity();
    const QString selectPerson = tr(
        "Select a participant first, in the Participants register or in an activity's list of participants");
    const QString openActivity = tr("Open an activity first: choose it in the navigator on the left");
    offer(m_certificateAction, participant != 0,
          tr("Certificates of attendance of the selected participant, in a print preview"), selectPerson);
    offer(m_summaryAction, participant != 0,
          tr("Every activity the selected participant took part in, in a print preview"), selectPerson);
    offer(m_participantListAction, activity != 0,
          tr("The activity's participants grouped by institution, in a print preview"), openActivity);
    offer(m_signInSheetsAction, activity != 0,
          tr("A blank sign-in sheet for each session of the activity, in a print preview"), openActivity);
    offer(m_evaluationReportAction, activity != 0,
          tr("The activity's evaluation: its numbers, the spread of scores, satisfaction and comments, in a "
             "print preview"),
          openActivity);
    offer(m_activityCertificatesAction, activity != 0,
          tr("Certificates for everyone in the activity whose attendance rate reaches a threshold"),
          openActivity);
    offer(m_saveCertificatesAction, activity != 0,
          tr("The same certificates saved one PDF a person in a folder, with a list for a mail merge"),
          openActivity);
    offer(m_registrationTemplateAction, m_projectId != 0,
          tr("A workbook to register participants in, which imports with no mapping: drop-down lists and "
             "the privacy notice"),
          tr("Open a project first"));
    RegisterPage* list = shownRegister();
    offer(m_exportListAction, list && list->model()->totalRows() > 0,
          tr("Save the rows the list shows, in its order, as CSV, XLSX or JSON"),
          list ? tr("Nothing to export: the list shows no row")
               : tr("Show a register (participants, experts, institutions) or an activity first"));
}

} // namespace sd
