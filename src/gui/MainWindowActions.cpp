#include "ActivityPage.h"
#include "AppSettings.h"
#include "BackupDialog.h"
#include "ContextHelp.h"
#include "DemoBanner.h"
#include "DocumentReports.h"
#include "DrillDownDialog.h"
#include "ExportFileChooser.h"
#include "FileChecker.h"
#include "FileDialog.h"
#include "FileWatcher.h"
#include "HelpWindow.h"
#include "HistoryPanel.h"
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
#include "UserGuide.h"
#include "WelcomePage.h"
#include "commands/EditActions.h"
#include "counting/ResultsFormatter.h"
#include "demo/DemoProgramme.h"
#include "export/ExportAbout.h"
#include "export/ResultsExport.h"
#include "export/SafeFile.h"
#include "export/XlsxWriter.h"
#include "import/DuplicatesDialog.h"
#include "import/ImportWizard.h"

#include <QAction>
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

// The main window's actions, menus and toolbar, and what they act on: the record in view, its
// context menu, the state of each action.
namespace sd {
namespace {

// The record a row of a register stands for.
RecordKind recordKindOf(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Experts:
        return RecordKind::Expert;
    case RegisterKind::Institutions:
        return RecordKind::Institution;
    case RegisterKind::Participants:
    case RegisterKind::ActivityRoster:
        break;
    }
    return RecordKind::Participant;
}

} // namespace

void MainWindow::createActions()
{
    m_newFileAction = new QAction(tr("&New programme…"), this);
    m_newFileAction->setObjectName(QStringLiteral("newProgrammeAction"));
    m_newFileAction->setShortcut(QKeySequence::New);
    m_newFileAction->setStatusTip(
        tr("Start a programme file of your own: its project, time frame and components"));
    connect(m_newFileAction, &QAction::triggered, this, &MainWindow::newProgrammeFile);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a programme file"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path =
            FileDialog::getOpenFileName(this, tr("Open a programme file"), chooseFolder(), fileFilter());
        if (!path.isEmpty())
            openFile(path);
    });

    m_connectAction = new QAction(tr("Connect to &server…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setStatusTip(
        tr("Open a programme on your organisation's database server, shared by the team"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);

    m_demoAction = new QAction(tr("Open the &demo programme"), this);
    m_demoAction->setStatusTip(tr("Open the Mexico II demo programme (written on first use)"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoProgramme);

    m_saveCopyAction = new QAction(tr("Save a &copy…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of the open file, for a backup or a colleague"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_restoreAction = new QAction(tr("Restore from a &backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Go back to one of the daily or weekly backups of the open file"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // The Edit menu and the tool tip say what would be undone ("Undo Record 7 attendance marks on 3
    // sessions"); the toolbar's button says only "Undo", so that a long step never pushes the Find
    // field off the toolbar.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    m_findAction->setStatusTip(tr("Find an activity, participant, expert or institution"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
        // Pressed again on a search already typed: its matches show again, as they are now.
        if (!m_find->text().trimmed().isEmpty())
            m_searchPanel->searchNow();
    });

    m_attendanceAction = new QAction(tr("&Attendance…"), this);
    m_attendanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_attendanceAction->setStatusTip(tr("Record who was present at each session of the activity"));
    connect(m_attendanceAction, &QAction::triggered, this, [this] {
        if (m_activity && m_pages->currentWidget() == m_activity)
            openAttendance(m_activity->activityId());
    });
    m_attendanceAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));

    m_evaluationAction = new QAction(tr("E&valuation…"), this);
    m_evaluationAction->setStatusTip(tr("Enter the test scores, satisfaction answers and follow-up of the "
                                        "activity's participants"));
    connect(m_evaluationAction, &QAction::triggered, this, [this] {
        if (m_edit && m_activity && m_pages->currentWidget() == m_activity && m_activity->activityId() != 0)
            m_edit->openEvaluation(m_activity->activityId());
    });

    m_enrolAction = new QAction(tr("E&nrol participants…"), this);
    m_enrolAction->setStatusTip(tr("Enrol registered participants in the activity"));
    connect(m_enrolAction, &QAction::triggered, this, [this] {
        if (m_edit && m_activity && m_activity->activityId() != 0)
            m_edit->enrolParticipants(m_activity->activityId());
    });

    // An objective, a component or an activity joins the project shown.
    auto newAction = [this](const QString& text, const QString& tip, RecordKind kind) {
        auto* action = new QAction(text, this);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, kind] {
            if (m_edit && mayEnterIntoDemo())
                m_edit->newRecord(kind, m_projectId);
        });
        return action;
    };
    m_newProjectAction = newAction(tr("New &project…"), tr("Add a project to the file"), RecordKind::Project);
    m_newObjectiveAction =
        newAction(tr("New &objective…"), tr("Add an objective to the project"), RecordKind::Objective);
    m_newComponentAction =
        newAction(tr("New &component…"), tr("Add a component to the project"), RecordKind::Component);
    m_newActivityAction =
        newAction(tr("New &activity…"), tr("Plan an activity of the project"), RecordKind::Activity);
    m_newActivityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_newActivityAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_newParticipantAction =
        newAction(tr("New pa&rticipant…"), tr("Register a participant"), RecordKind::Participant);
    m_newParticipantAction->setObjectName(QStringLiteral("newParticipantAction"));
    m_newParticipantAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_newParticipantAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_newExpertAction = newAction(tr("New e&xpert…"), tr("Register an expert"), RecordKind::Expert);
    m_newInstitutionAction =
        newAction(tr("New &institution…"), tr("Register an institution"), RecordKind::Institution);

    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setStatusTip(tr("Edit the selected record"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editTarget);
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected record (it says first what would go with it)"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteTarget);

    // The pages of the navigator, by Ctrl+1…5; each name says the page it opens, in the View menu and
    // in Help ▸ Keyboard shortcuts.
    m_overviewAction = new QAction(tr("Project &overview"), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_overviewAction->setStatusTip(tr("The project's page: key figures, charts, objectives and components"));
    connect(m_overviewAction, &QAction::triggered, this, [this] { showOverview(m_projectId); });
    m_participantsAction = new QAction(tr("&Participants register"), this);
    m_participantsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_participantsAction->setStatusTip(tr("Every participant of the file, to filter, sort and open"));
    connect(m_participantsAction, &QAction::triggered, this,
            [this] { showRegister(RegisterKind::Participants); });
    m_expertsAction = new QAction(tr("&Experts register"), this);
    m_expertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_expertsAction->setStatusTip(tr("Every expert of the file"));
    connect(m_expertsAction, &QAction::triggered, this, [this] { showRegister(RegisterKind::Experts); });
    m_institutionsAction = new QAction(tr("&Institutions register"), this);
    m_institutionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_institutionsAction->setStatusTip(tr("Every institution of the file"));
    connect(m_institutionsAction, &QAction::triggered, this,
            [this] { showRegister(RegisterKind::Institutions); });
    m_resultsAction = new QAction(tr("&Results tables"), this);
    m_resultsAction->setIconText(tr("Results"));
    m_resultsAction->setStatusTip(tr("The evaluator's tables: participations, unique participants and "
                                     "participant-days, by activity, component, institution and more"));
    m_resultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_resultsAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(m_resultsAction, &QAction::triggered, this, [this] { showResults(); });

    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the open file again (after another program changed it)"));
    connect(m_refreshAction, &QAction::triggered, this,
            [this] { onDocumentChanged(int(ProgrammeDocument::Scope::Everything)); });

    m_navigatorAction = new QAction(tr("&Navigator"), this);
    m_navigatorAction->setCheckable(true);
    m_navigatorAction->setChecked(true);
    m_navigatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_navigatorAction, &QAction::toggled, this,
            [this](bool visible) { m_navigator->setVisible(visible && m_document); });

    m_fullScreenAction = new QAction(tr("F&ull screen"), this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool full) { full ? showFullScreen() : showNormal(); });

    for (ResultsKey key : allResultsKeys()) {
        auto* action = new QAction(tr("Results by %1").arg(resultsKeyLabel(key).toLower()), this);
        connect(action, &QAction::triggered, this, [this, key] { showResults(key); });
        m_resultsKeyActions << action;
    }
    m_exportAction = new QAction(tr("&Export results table…"), this);
    // Short on the toolbar, whose Find field must fit in either language on a laptop's screen.
    m_exportAction->setIconText(tr("Export…"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportAction->setStatusTip(tr("Save the results table shown as CSV, XLSX or JSON"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportResults);
    m_exportAllAction = new QAction(tr("Export &all breakdowns…"), this);
    m_exportAllAction->setObjectName(QStringLiteral("exportAllBreakdownsAction"));
    m_exportAllAction->setStatusTip(
        tr("Save every breakdown of the project as one XLSX workbook, one sheet each"));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllBreakdowns);
    m_exportListAction = new QAction(tr("Export the &list shown…"), this);
    m_exportListAction->setObjectName(QStringLiteral("exportListAction"));
    connect(m_exportListAction, &QAction::triggered, this, [this] {
        if (RegisterPage* page = shownRegister())
            exportRegister(page, false);
    });

    m_certificateAction = new QAction(tr("&Certificate of attendance…"), this);
    m_certificateAction->setObjectName(QStringLiteral("printCertificateAction"));
    connect(m_certificateAction, &QAction::triggered, this, &MainWindow::printParticipantCertificates);
    m_activityCertificatesAction = new QAction(tr("Certificates for the &activity…"), this);
    m_activityCertificatesAction->setObjectName(QStringLiteral("printActivityCertificatesAction"));
    connect(m_activityCertificatesAction, &QAction::triggered, this, &MainWindow::printActivityCertificates);
    m_saveCertificatesAction = new QAction(tr("Save each certificate as &PDF…"), this);
    m_saveCertificatesAction->setObjectName(QStringLiteral("saveCertificatesAction"));
    connect(m_saveCertificatesAction, &QAction::triggered, this, &MainWindow::saveActivityCertificates);
    m_registrationTemplateAction = new QAction(tr("&Registration list template…"), this);
    m_registrationTemplateAction->setObjectName(QStringLiteral("registrationTemplateAction"));
    connect(m_registrationTemplateAction, &QAction::triggered, this, &MainWindow::saveRegistrationTemplate);
    m_summaryAction = new QAction(tr("Participant &summary…"), this);
    m_summaryAction->setObjectName(QStringLiteral("printSummaryAction"));
    connect(m_summaryAction, &QAction::triggered, this, &MainWindow::printParticipantSummary);
    m_participantListAction = new QAction(tr("Participant &list…"), this);
    m_participantListAction->setObjectName(QStringLiteral("printParticipantListAction"));
    connect(m_participantListAction, &QAction::triggered, this, &MainWindow::printParticipantList);
    m_signInSheetsAction = new QAction(tr("Si&gn-in sheets…"), this);
    m_signInSheetsAction->setObjectName(QStringLiteral("printSignInSheetsAction"));
    connect(m_signInSheetsAction, &QAction::triggered, this, &MainWindow::printSignInSheets);
    m_evaluationReportAction = new QAction(tr("E&valuation report…"), this);
    m_evaluationReportAction->setObjectName(QStringLiteral("printEvaluationReportAction"));
    connect(m_evaluationReportAction, &QAction::triggered, this, &MainWindow::printEvaluationReport);
    // One menu of the documents, shared by the Reports menu, the toolbar and the activity page.
    m_printMenu = new QMenu(tr("&Print"), this);
    m_printMenu->setObjectName(QStringLiteral("printMenu"));
    m_printMenu->setToolTipsVisible(true);
    m_printMenu->addAction(m_participantListAction);
    m_printMenu->addAction(m_signInSheetsAction);
    m_printMenu->addAction(m_activityCertificatesAction);
    m_printMenu->addAction(m_saveCertificatesAction);
    m_printMenu->addAction(m_evaluationReportAction);
    m_printMenu->addSeparator();
    m_printMenu->addAction(m_certificateAction);
    m_printMenu->addAction(m_summaryAction);

    m_importAction = new QAction(tr("&Import a list or sign-in sheet…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Bring participants or attendance in from a CSV or XLSX file"));
    connect(m_importAction, &QAction::triggered, this, [this]() {
        if (!m_document || m_projectId == 0 || !mayEnterIntoDemo())
            return;
        ImportWizard wizard(*m_document, m_projectId, this);
        wizard.exec();
    });
    m_duplicatesAction = new QAction(tr("Find &duplicate participants…"), this);
    m_duplicatesAction->setStatusTip(tr("List probable duplicate participants and merge them"));
    connect(m_duplicatesAction, &QAction::triggered, this, [this]() {
        if (!m_document)
            return;
        DuplicatesDialog dialog(*m_document, this);
        dialog.exec();
    });

    m_guideAction = new QAction(tr("&User guide"), this);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setStatusTip(tr("How to set up a programme, take attendance, import, print and export"));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_fileChecker = new FileChecker(this);
    m_aboutAction = new QAction(tr("&About Seminar Desk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newFileAction);
    file->addAction(m_openAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_saveCopyAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newActivityAction);
    edit->addAction(m_newParticipantAction);
    QMenu* more = edit->addMenu(tr("New &record"));
    more->addAction(m_newProjectAction);
    more->addAction(m_newObjectiveAction);
    more->addAction(m_newComponentAction);
    more->addAction(m_newExpertAction);
    more->addAction(m_newInstitutionAction);
    edit->addAction(m_editAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_attendanceAction);
    edit->addAction(m_evaluationAction);
    edit->addAction(m_enrolAction);
    edit->addSeparator();
    edit->addAction(m_duplicatesAction);
    edit->addAction(m_findAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_overviewAction);
    view->addAction(m_participantsAction);
    view->addAction(m_expertsAction);
    view->addAction(m_institutionsAction);
    view->addAction(m_resultsAction);
    view->addSeparator();
    view->addAction(m_navigatorAction);
    view->addAction(m_fullScreenAction);
    view->addAction(m_history->toggleViewAction());
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    // Disabled documents say in their tooltip what to select first.
    reports->setToolTipsVisible(true);
    reports->addActions(m_resultsKeyActions);
    reports->addSeparator();
    reports->addAction(m_certificateAction);
    reports->addAction(m_summaryAction);
    reports->addAction(m_participantListAction);
    reports->addAction(m_signInSheetsAction);
    reports->addAction(m_activityCertificatesAction);
    reports->addAction(m_saveCertificatesAction);
    reports->addAction(m_evaluationReportAction);
    reports->addAction(m_registrationTemplateAction);
    addDocumentLanguageMenu(reports);
    reports->addSeparator();
    reports->addAction(m_exportAction);
    reports->addAction(m_exportAllAction);
    reports->addAction(m_exportListAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_fileChecker->action());
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newActivityAction);
    toolBar->addAction(m_newParticipantAction);
    toolBar->addAction(m_attendanceAction);
    toolBar->addSeparator();
    toolBar->addAction(m_resultsAction);
    toolBar->addAction(m_exportAction);
    QAction* print = m_printMenu->menuAction();
    print->setText(tr("Print"));
    print->setIcon(QIcon::fromTheme(QStringLiteral("document-print"),
                                    style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    print->setToolTip(tr("Print a participant list, sign-in sheets, certificates or a participant summary"));
    toolBar->addAction(print);
    if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(print))) {
        button->setObjectName(QStringLiteral("printToolButton"));
        button->setPopupMode(QToolButton::InstantPopup);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);

    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    auto* findLabel = new QLabel(tr("Find:"), toolBar);
    toolBar->addWidget(findLabel);
    m_find = new QLineEdit(toolBar);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("activity, person, institution (Ctrl+K)"));
    m_find->setClearButtonEnabled(true);
    m_find->setFixedWidth(260);
    findLabel->setBuddy(m_find);
    toolBar->addWidget(m_find);
    m_searchPanel = new SearchPanel(m_find, this);
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openRecord);
    connect(m_searchPanel, &SearchPanel::failed, this, &MainWindow::showFailure);
    connect(
        m_searchPanel, &SearchPanel::showAllRequested, this, [this](SearchKind kind, const QString& text) {
            const RegisterKind registerKind = kind == SearchKind::Expert        ? RegisterKind::Experts
                                              : kind == SearchKind::Institution ? RegisterKind::Institutions
                                                                                : RegisterKind::Participants;
            showRegister(registerKind);
            if (RegisterPage* page = registerPage(registerKind)) {
                page->setFilterText(text);
                page->applyFilterNow();
                page->view()->setFocus();
            }
        });
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool project = open && m_projectId != 0;
    // A file that cannot be written here is shown for reading: nothing offers to change it.
    const bool editable = open && !m_document->isReadOnly();
    const bool editableProject = editable && project;
    // A programme on a server is saved as an offline copy in a new file; its backups are the IT
    // officer's (pg_dump), so the file's restore is not offered there.
    const bool onServer = open && m_document->isOnServer();
    m_saveCopyAction->setEnabled(open);
    m_saveCopyAction->setToolTip(onServer ? tr("Write an offline copy of the programme on the server to a "
                                               "new file, for a backup or to work away from the office")
                                          : m_saveCopyAction->statusTip());
    if (onServer)
        m_fileChecker->setServer(m_document->queries().source(), m_document->displayName());
    else
        m_fileChecker->setFile(open ? m_document->path() : QString());
    // A restore writes the whole file: not into one opened read-only.
    m_restoreAction->setEnabled(editable && !onServer);
    m_restoreAction->setToolTip(onServer ? tr("A programme on a server is backed up and restored by your "
                                              "IT officer")
                                         : m_restoreAction->statusTip());
    m_importAction->setEnabled(editableProject);
    m_duplicatesAction->setEnabled(editable);
    m_closeAction->setEnabled(open);
    updateHistoryPanel();
    m_findAction->setEnabled(open);
    m_find->setEnabled(open);
    // Reading again needs the server; the connection is back when the banner goes.
    m_refreshAction->setEnabled(open && !m_document->isConnectionLost());
    m_overviewAction->setEnabled(project);
    m_participantsAction->setEnabled(open);
    m_expertsAction->setEnabled(open);
    m_institutionsAction->setEnabled(open);
    m_resultsAction->setEnabled(project);
    m_exportAction->setEnabled(project);
    m_exportAllAction->setEnabled(project);
    for (QAction* action : std::as_const(m_resultsKeyActions))
        action->setEnabled(project);
    const bool onActivity =
        open && m_activity && m_pages->currentWidget() == m_activity && m_activity->activityId() != 0;
    m_attendanceAction->setEnabled(onActivity && editable);
    m_evaluationAction->setEnabled(onActivity && editable);
    m_enrolAction->setEnabled(onActivity && editable);
    m_newProjectAction->setEnabled(editable);
    for (QAction* action : {m_newObjectiveAction, m_newComponentAction, m_newActivityAction})
        action->setEnabled(editableProject);
    for (QAction* action : {m_newParticipantAction, m_newExpertAction, m_newInstitutionAction})
        action->setEnabled(editable);
    m_editAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable);
    updateReportActions();
}

bool MainWindow::mayEnterIntoDemo()
{
    if (!m_demoBanner->isVisibleTo(this) || m_demoEntryAgreed)
        return true;
    // Asked before the first record is typed, not after: the banner alone is easy to overlook, and
    // a real person typed into the demo is already where it should not be.
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("This is the demo programme"),
        tr("The open file is the demo, with fictional people: what you enter now goes into the demo, "
           "not into a programme of your own.\n\nStart your own programme now? Choose No to try the "
           "demo."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::No) {
        newProgrammeFile();
        return false;
    }
    m_demoEntryAgreed = true;
    return true;
}

void MainWindow::showNavigatorKeys()
{
    const auto named = [](const QAction* action) {
        return tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                 action->shortcut().toString(QKeySequence::NativeText));
    };
    for (int row = 0; row < m_navigatorModel->rowCount(); ++row) {
        const QModelIndex node = m_navigatorModel->index(row, 0);
        QString tip;
        switch (NavigatorModel::Node(node.data(NavigatorModel::NodeRole).toInt())) {
        case NavigatorModel::Node::Project:
            // The project's own tip is its title.
            tip = node.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n') +
                  named(m_overviewAction);
            break;
        case NavigatorModel::Node::Register:
            switch (RegisterKind(node.data(NavigatorModel::RegisterRole).toInt())) {
            case RegisterKind::Participants:
                tip = named(m_participantsAction);
                break;
            case RegisterKind::Experts:
                tip = named(m_expertsAction);
                break;
            case RegisterKind::Institutions:
                tip = named(m_institutionsAction);
                break;
            case RegisterKind::ActivityRoster:
                break;
            }
            break;
        case NavigatorModel::Node::Results:
            tip = named(m_resultsAction);
            break;
        case NavigatorModel::Node::Component:
        case NavigatorModel::Node::Activity:
            break;
        }
        if (!tip.isEmpty())
            m_navigatorModel->setData(node, tip, Qt::ToolTipRole);
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        // A server by where it is and as whom ("mexico-ii on db.example.org as mlopez"), a file by its path.
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(recent.at(i));
        if (!location)
            continue;
        QString shown =
            location->isServer() ? location->displayText() : QDir::toNativeSeparators(recent.at(i));
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(shown.replace(QLatin1Char('&'), QLatin1String("&&"))));
        connect(action, &QAction::triggered, this, [this, where = *location] { openLocation(where); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear the list"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings::clearRecentFiles(); });
}

MainWindow::Target MainWindow::currentTarget() const
{
    Target target;
    if (!m_document)
        return target;
    auto fromNavigator = [this, &target] {
        const QModelIndex current = m_navigator->currentIndex();
        if (!current.isValid())
            return;
        const Id id = current.data(NavigatorModel::IdRole).toLongLong();
        switch (NavigatorModel::Node(current.data(NavigatorModel::NodeRole).toInt())) {
        case NavigatorModel::Node::Project:
            target = {RecordKind::Project, id};
            break;
        case NavigatorModel::Node::Component:
            target = {RecordKind::Component, id};
            break;
        case NavigatorModel::Node::Activity:
            target = {RecordKind::Activity, id};
            break;
        default:
            break;
        }
    };
    if (m_navigator->hasFocus()) {
        fromNavigator();
        return target;
    }
    QWidget* page = m_pages->currentWidget();
    if (auto* registerPage = qobject_cast<RegisterPage*>(page)) {
        const QModelIndex row = registerPage->view()->currentIndex();
        if (!row.isValid() || registerPage->kind() == RegisterKind::ActivityRoster)
            return target;
        return {recordKindOf(registerPage->kind()), registerPage->model()->idAt(row.row())};
    }
    if (page == m_activity && m_activity->activityId() != 0) {
        RegisterPage* roster = m_activity->roster();
        if (roster && roster->view()->hasFocus() && roster->view()->currentIndex().isValid())
            return {RecordKind::Participant, roster->model()->idAt(roster->view()->currentIndex().row()),
                    m_activity->activityId()};
        return {RecordKind::Activity, m_activity->activityId()};
    }
    if (page == m_overview && m_projectId != 0)
        return {RecordKind::Project, m_projectId};
    if (page == m_person && m_person->recordExists()) {
        switch (m_person->kind()) {
        case SearchKind::Participant:
            return {RecordKind::Participant, m_person->recordId()};
        case SearchKind::Expert:
            return {RecordKind::Expert, m_person->recordId()};
        case SearchKind::Institution:
            return {RecordKind::Institution, m_person->recordId()};
        case SearchKind::Activity:
            break;
        }
    }
    return target;
}

void MainWindow::editTarget()
{
    if (!m_edit)
        return;
    const Target target = currentTarget();
    if (!target.kind) {
        statusBar()->showMessage(tr("Select a record to edit first."), 5000);
        return;
    }
    m_edit->editRecord(*target.kind, target.id);
}

void MainWindow::deleteTarget()
{
    if (!m_edit)
        return;
    const Target target = currentTarget();
    if (!target.kind) {
        statusBar()->showMessage(tr("Select a record to delete first."), 5000);
        return;
    }
    // A person chosen in an activity's list leaves the activity; the record stays.
    if (target.activityId != 0)
        m_edit->unenrol(target.activityId, target.id);
    else
        m_edit->deleteRecord(*target.kind, target.id);
}

void MainWindow::onRecordAdded(RecordKind kind, Id id)
{
    if (kind == RecordKind::Activity)
        showActivity(id);
    else if (kind == RecordKind::Project &&
             m_navigatorModel->find(NavigatorModel::Node::Project, id).isValid())
        showOverview(id);
    else
        selectAdded(kind, id);
}

void MainWindow::selectAdded(RecordKind kind, Id id)
{
    RegisterPage* page = shownRegister();
    if (!page || page->kind() == RegisterKind::ActivityRoster || recordKindOf(page->kind()) != kind)
        return;
    int row = page->model()->rowOf(id);
    const QString filter = page->model()->filter();
    if (row < 0 && !filter.isEmpty()) {
        // The officer expects to see what they have just added, not a list that looks as before.
        page->setFilterText(QString());
        page->applyFilterNow();
        row = page->model()->rowOf(id);
        const QString message = kind == RecordKind::Expert
                                    ? tr("The filter “%1” hid the new expert, so it was cleared.")
                                : kind == RecordKind::Institution
                                    ? tr("The filter “%1” hid the new institution, so it was cleared.")
                                    : tr("The filter “%1” hid the new participant, so it was cleared.");
        statusBar()->showMessage(message.arg(filter), 10000);
    }
    if (row >= 0) {
        const QModelIndex index = page->model()->index(row, 0);
        page->view()->setCurrentIndex(index);
        page->view()->scrollTo(index);
    }
}

void MainWindow::showContextMenu(QWidget* view, const QPoint& position)
{
    QMenu menu(this);
    if (view == m_navigator) {
        menu.addAction(m_newActivityAction);
        menu.addAction(m_newComponentAction);
    }
    RegisterPage* page = view == m_navigator ? nullptr : shownRegister();
    if (page && page->kind() == RegisterKind::Participants) {
        menu.addAction(m_newParticipantAction);
        menu.addSeparator();
        menu.addAction(m_certificateAction);
        menu.addAction(m_summaryAction);
    } else if (page && page->kind() == RegisterKind::ActivityRoster) {
        menu.addAction(m_certificateAction);
        menu.addAction(m_summaryAction);
        menu.addSeparator();
        menu.addAction(m_participantListAction);
        menu.addAction(m_signInSheetsAction);
        menu.addAction(m_activityCertificatesAction);
        menu.addAction(m_saveCertificatesAction);
        menu.addAction(m_evaluationReportAction);
    } else if (page && page->kind() == RegisterKind::Experts) {
        menu.addAction(m_newExpertAction);
    } else if (page && page->kind() == RegisterKind::Institutions) {
        menu.addAction(m_newInstitutionAction);
    }
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    menu.addAction(m_historyRecordAction);
    if (page) {
        menu.addSeparator();
        menu.addAction(m_exportListAction);
        if (page->kind() == RegisterKind::Participants || page->kind() == RegisterKind::ActivityRoster) {
            QAction* pseudonymised = menu.addAction(tr("Export pseudonymised…"));
            connect(pseudonymised, &QAction::triggered, this, [this, page] { exportRegister(page, true); });
        }
    }
    menu.setToolTipsVisible(true);
    menu.exec(view->mapToGlobal(position));
}

} // namespace sd
