#include "MainWindow.h"

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

const char kFileFilter[] =
    QT_TRANSLATE_NOOP("sd::MainWindow", "Seminar Desk programme files (*.sdesk);;All files (*)");

// The look of the pages: large titles, quiet subtitles, key figures on light tiles.
const char kStyleSheet[] = R"(
QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1d2b3a; }
QLabel#pageSubtitle { font-size: 10.5pt; color: #4a5663; }
QLabel#sectionHeading { font-size: 11pt; font-weight: 600; color: #1d2b3a; margin-top: 6px; }
QLabel#hint { color: #66707a; }
QFrame#keyFigureTile { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
QLabel#keyFigureValue { color: #1f4e79; }
QLabel#keyFigureCaption { color: #4a5663; }
QWidget#overviewContent { background: #f4f6f8; }
)";

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new QTreeView(m_splitter))
    , m_navigatorModel(new NavigatorModel(this))
    , m_pages(new QStackedWidget(m_splitter))
    , m_welcome(new WelcomePage(m_pages))
    , m_statusCounts(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QString());
    // An explicit minimum keeps the layout from resizing the top-level window's constraints after it
    // is shown (which platforms without size hints, such as offscreen, warn about).
    setMinimumSize(800, 560);

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setTextElideMode(Qt::ElideRight);
    m_navigator->setMinimumWidth(220);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onNavigatorCurrentChanged(current); });
    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& position) { showContextMenu(m_navigator, position); });

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { m_openAction->trigger(); });
    connect(m_welcome, &WelcomePage::newFileRequested, this, &MainWindow::newProgrammeFile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoProgramme);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, [this] {
        if (m_edit)
            m_edit->newRecord(RecordKind::Project);
    });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({370, 1230});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createToolBar();
    ContextHelp::install();
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    applyStyle();

    if (!restoreGeometry(AppSettings::windowGeometry())) {
        // First run: most of the screen, since pages show tables and charts side by side.
        const QRect available = screen()->availableGeometry();
        if (available.width() <= 1680)
            setGeometry(available);
        else
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, QSize(1600, 1000), available));
    }
    restoreState(AppSettings::windowState());
    m_splitter->restoreState(AppSettings::splitterState());
    m_navigator->setVisible(false);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeFile();
}

void MainWindow::applyStyle()
{
    setStyleSheet(QString::fromUtf8(kStyleSheet));
}

void MainWindow::createActions()
{
    m_newFileAction = new QAction(tr("&New programme file…"), this);
    m_newFileAction->setShortcut(QKeySequence::New);
    m_newFileAction->setStatusTip(tr("Create an empty programme file"));
    connect(m_newFileAction, &QAction::triggered, this, &MainWindow::newProgrammeFile);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a programme file"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path =
            FileDialog::getOpenFileName(this, tr("Open a programme file"), chooseFolder(), tr(kFileFilter));
        if (!path.isEmpty())
            openFile(path);
    });

    m_demoAction = new QAction(tr("Open the &demo programme"), this);
    m_demoAction->setStatusTip(tr("Open the Mexico II demo programme (written on first use)"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoProgramme);

    m_saveCopyAction = new QAction(tr("Save a &copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of the open file, for a backup or a colleague"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_restoreAction = new QAction(tr("Restore from a &backup…"), this);
    m_restoreAction->setStatusTip(tr("Go back to one of the daily or weekly backups of the open file"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
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
            if (m_edit)
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

    m_overviewAction = new QAction(tr("Project &overview"), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_overviewAction, &QAction::triggered, this, [this] { showOverview(m_projectId); });
    m_participantsAction = new QAction(tr("&Participants"), this);
    m_participantsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_participantsAction, &QAction::triggered, this,
            [this] { showRegister(RegisterKind::Participants); });
    m_expertsAction = new QAction(tr("&Experts"), this);
    m_expertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_expertsAction, &QAction::triggered, this, [this] { showRegister(RegisterKind::Experts); });
    m_institutionsAction = new QAction(tr("&Institutions"), this);
    m_institutionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_institutionsAction, &QAction::triggered, this,
            [this] { showRegister(RegisterKind::Institutions); });
    m_resultsAction = new QAction(tr("&Results"), this);
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
    m_summaryAction = new QAction(tr("Participant &summary…"), this);
    m_summaryAction->setObjectName(QStringLiteral("printSummaryAction"));
    connect(m_summaryAction, &QAction::triggered, this, &MainWindow::printParticipantSummary);
    m_participantListAction = new QAction(tr("Participant &list…"), this);
    m_participantListAction->setObjectName(QStringLiteral("printParticipantListAction"));
    connect(m_participantListAction, &QAction::triggered, this, &MainWindow::printParticipantList);
    m_signInSheetsAction = new QAction(tr("Si&gn-in sheets…"), this);
    m_signInSheetsAction->setObjectName(QStringLiteral("printSignInSheetsAction"));
    connect(m_signInSheetsAction, &QAction::triggered, this, &MainWindow::printSignInSheets);
    // One menu of the documents, shared by the Reports menu, the toolbar and the activity page.
    m_printMenu = new QMenu(tr("&Print"), this);
    m_printMenu->setObjectName(QStringLiteral("printMenu"));
    m_printMenu->setToolTipsVisible(true);
    m_printMenu->addAction(m_participantListAction);
    m_printMenu->addAction(m_signInSheetsAction);
    m_printMenu->addAction(m_activityCertificatesAction);
    m_printMenu->addSeparator();
    m_printMenu->addAction(m_certificateAction);
    m_printMenu->addAction(m_summaryAction);

    m_importAction = new QAction(tr("&Import a list or sign-in sheet…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Bring participants or attendance in from a CSV or XLSX file"));
    connect(m_importAction, &QAction::triggered, this, [this]() {
        if (!m_document || m_projectId == 0)
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

QString MainWindow::chooseFolder() const
{
    if (m_document)
        return QFileInfo(m_document->path()).absolutePath();
    return AppSettings::lastFolder();
}

void MainWindow::openAtStartup(const QString& fileArgument)
{
    if (!fileArgument.isEmpty()) {
        openFile(fileArgument);
        return;
    }
    const QString last = AppSettings::lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openFile(last);
        return;
    }
    if (last.isEmpty() || last == AppSettings::demoProgrammePath())
        openDemoProgramme();
}

bool MainWindow::openFile(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<ProgrammeDocument>> opened = ProgrammeDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBox::critical(this, tr("The file cannot be opened"), opened.error().message);
        return false;
    }
    const QString backup = opened.value()->upgradeBackupPath();
    setDocument(std::move(opened.value()));
    if (!backup.isEmpty())
        statusBar()->showMessage(
            tr("The file was upgraded to this version's format; the old file was kept as %1.").arg(backup),
            15000);
    return true;
}

bool MainWindow::openDemoProgramme()
{
    const QString path = AppSettings::demoProgrammePath();
    if (QFileInfo::exists(path))
        return openFile(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        MessageBox::critical(this, tr("The demo programme cannot be written"),
                             tr("The folder %1 cannot be created. Check that your home folder is writable.")
                                 .arg(QFileInfo(path).absolutePath()));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(path);
    Status written = created ? writeDemoProgramme(created.value()->store()) : Status(created.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (created) {
            created.value().reset();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        MessageBox::critical(this, tr("The demo programme cannot be written"), written.error().message);
        return false;
    }
    spdlog::info("wrote the demo programme into the user's data folder");
    setDocument(std::move(created.value()));
    return true;
}

bool MainWindow::newProgrammeFile()
{
    QString path =
        FileDialog::getSaveFileName(this, tr("New programme file"), chooseFolder(), tr(kFileFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sdesk");
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New programme file"),
                            tr("%1 already exists; Seminar Desk does not overwrite a programme file. Choose "
                               "another name, or open it with File ▸ Open.")
                                .arg(QFileInfo(path).fileName()));
        return false;
    }
    Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(path);
    if (!created) {
        MessageBox::critical(this, tr("The file cannot be created"), created.error().message);
        return false;
    }
    setDocument(std::move(created.value()));
    return true;
}

bool MainWindow::saveCopy()
{
    if (!m_document)
        return false;
    const QFileInfo current(m_document->path());
    const QString suggestion =
        QDir(current.absolutePath())
            .filePath(current.completeBaseName() + tr("-copy") + QStringLiteral(".sdesk"));
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy"), suggestion, tr(kFileFilter));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = m_document->saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("The copy was not written"), written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

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

} // namespace

bool MainWindow::exportResults()
{
    if (!m_document || m_projectId == 0)
        return false;
    const ResultsKey key = m_results ? m_results->key() : ResultsKey::Activity;
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
        Result<ResultsTable> table = m_document->queries().results().results(m_projectId, key);
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
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("The results table was not exported"), written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(choice->path).absolutePath());
    statusBar()->showMessage(
        tr("The results table was saved as %1.").arg(QDir::toNativeSeparators(choice->path)), 8000);
    return true;
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
        for (ResultsKey key : allResultsKeys()) {
            Result<ResultsTable> table = m_document->queries().results().results(m_projectId, key);
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
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("The breakdowns were not exported"), written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(choice->path).absolutePath());
    statusBar()->showMessage(
        tr("Every breakdown was saved in %1.").arg(QDir::toNativeSeparators(choice->path)), 8000);
    return true;
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
        if (activity)
            subject.projectId = activity->projectId;
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

bool MainWindow::printParticipantCertificates()
{
    Id activityId = 0;
    const Id participant = selectedParticipant(&activityId);
    if (participant == 0)
        return false;
    return DocumentReports(*m_document, this).participantCertificates(participant, activityId, m_projectId);
}

bool MainWindow::printActivityCertificates()
{
    const Id activity = shownActivity();
    return activity != 0 && DocumentReports(*m_document, this).activityCertificates(activity);
}

bool MainWindow::printParticipantSummary()
{
    const Id participant = selectedParticipant();
    return participant != 0 &&
           DocumentReports(*m_document, this).participantSummary(participant, m_projectId);
}

bool MainWindow::printParticipantList()
{
    const Id activity = shownActivity();
    return activity != 0 && DocumentReports(*m_document, this).participantList(activity);
}

bool MainWindow::printSignInSheets()
{
    const Id activity = shownActivity();
    return activity != 0 && DocumentReports(*m_document, this).signInSheets(activity);
}

void MainWindow::connectRegister(RegisterPage* page)
{
    if (!page)
        return;
    page->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(page->view(), &QWidget::customContextMenuRequested, this,
            [this, page](const QPoint& position) { showContextMenu(page->view(), position); });
    connect(page, &RegisterPage::exportRequested, this,
            [this, page](bool pseudonymised) { exportRegister(page, pseudonymised); });
    // What can be printed follows the selected person.
    connect(page->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateReportActions);
    connect(page->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateReportActions);
    connect(page->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateReportActions);
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
    offer(m_activityCertificatesAction, activity != 0,
          tr("Certificates for everyone in the activity whose attendance rate reaches a threshold"),
          openActivity);
    RegisterPage* list = shownRegister();
    offer(m_exportListAction, list && list->model()->totalRows() > 0,
          tr("Save the rows the list shows, in its order, as CSV, XLSX or JSON"),
          list ? tr("Nothing to export: the list shows no row")
               : tr("Show a register (participants, experts, institutions) or an activity first"));
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    // Pages read the document: they go first, then the loader (which waits for its counting), then
    // the file.
    m_pages->setCurrentWidget(m_welcome);
    for (QWidget* page : std::initializer_list<QWidget*>{m_overview, m_activity, m_results, m_participants,
                                                         m_experts, m_institutions, m_person})
        delete page;
    m_person = nullptr;
    m_searchPanel->setSearch(nullptr);
    m_overview = nullptr;
    m_activity = nullptr;
    m_results = nullptr;
    m_participants = m_experts = m_institutions = nullptr;
    const QList<DrillDownDialog*> drillDowns = findChildren<DrillDownDialog*>();
    for (DrillDownDialog* dialog : drillDowns)
        delete dialog;
    delete m_loader;
    m_loader = nullptr;
    // Open editing dialogs belong to the file; EditActions' dialogs delete themselves when closed.
    if (m_edit && m_edit->openDialog())
        delete m_edit->openDialog();
    delete m_edit;
    m_edit = nullptr;
    // Both use the document's connection: they go before it.
    delete m_watcher;
    m_watcher = nullptr;
    delete m_snapshots;
    m_snapshots = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_projectId = 0;
    m_navigatorModel->clear();
    m_welcome->setMode(WelcomePage::Mode::NoFile);
    m_find->clear();
    updateTitle();
    updateStatusBar();
    updateActions();
}

void MainWindow::setDocument(std::unique_ptr<ProgrammeDocument> document)
{
    closeFile();
    m_document = std::move(document);
    const QString path = m_document->path();
    AppSettings::addRecentFile(path);
    AppSettings::setLastFile(QFileInfo(path).absoluteFilePath());
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());

    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &ProgrammeDocument::changed, this,
            [this](ProgrammeDocument::Scope scope) { onDocumentChanged(int(scope)); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatusBar);

    connect(m_document.get(), &ProgrammeDocument::commandFailed, this,
            [this](const QString& title, const QString& message) {
                QWidget* active = QApplication::activeWindow();
                MessageBox::critical(active ? active : this, title, message);
            });

    m_edit = new EditActions(*m_document, this);
    connect(m_edit, &EditActions::recordAdded, this, &MainWindow::onRecordAdded);
    m_welcome->setNewProjectAvailable(true);

    m_loader = new ResultsLoader(m_document->queries().source(), this);
    connect(m_loader, &ResultsLoader::failed, this, &MainWindow::showFailure);

    m_overview = new ProjectOverviewPage(*m_document, *m_loader, m_pages);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    connect(m_overview, &ProjectOverviewPage::drillDownRequested, this, &MainWindow::drillDown);
    connect(m_overview, &ProjectOverviewPage::failed, this, &MainWindow::showFailure);
    connect(m_overview, &ProjectOverviewPage::resultsRequested, this,
            [this](ResultsKey key) { showResults(key); });
    connect(m_overview, &ProjectOverviewPage::editObjectiveRequested, m_edit,
            [this](Id id) { m_edit->editRecord(RecordKind::Objective, id); });
    connect(m_overview, &ProjectOverviewPage::editComponentRequested, m_edit,
            [this](Id id) { m_edit->editRecord(RecordKind::Component, id); });
    connect(m_overview, &ProjectOverviewPage::editProjectRequested, m_edit,
            [this](Id id) { m_edit->editRecord(RecordKind::Project, id); });
    m_pages->addWidget(m_overview);

    m_activity = new ActivityPage(*m_document, *m_loader, m_pages);
    m_activity->setObjectName(QStringLiteral("activityPage"));
    connect(m_activity, &ActivityPage::attendanceRequested, this, &MainWindow::openAttendance);
    connect(m_activity, &ActivityPage::failed, this, &MainWindow::showFailure);
    connect(m_activity, &ActivityPage::editRequested, m_edit,
            [this](Id id) { m_edit->editRecord(RecordKind::Activity, id); });
    connect(m_activity, &ActivityPage::participantActivated, this,
            [this](Id id) { openRecord(SearchKind::Participant, id); });
    connect(m_activity, &ActivityPage::expertActivated, this,
            [this](Id id) { openRecord(SearchKind::Expert, id); });
    connect(m_activity, &ActivityPage::rosterChanged, this, &MainWindow::connectRegister);
    m_activity->setPrintMenu(m_printMenu);
    m_pages->addWidget(m_activity);

    m_results = new ResultsPage(*m_loader, m_pages);
    m_results->setObjectName(QStringLiteral("resultsPage"));
    connect(m_results, &ResultsPage::drillDownRequested, this, &MainWindow::drillDown);
    connect(m_results, &ResultsPage::exportRequested, this, &MainWindow::exportResults);
    connect(m_results, &ResultsPage::exportAllRequested, this, &MainWindow::exportAllBreakdowns);
    m_pages->addWidget(m_results);

    m_searchPanel->setSearch(&m_document->queries().search());
    m_person = new PersonPage(*m_document, m_document->queries().profiles(), m_pages);
    m_person->setObjectName(QStringLiteral("personPage"));
    connect(m_person, &PersonPage::activityActivated, this, &MainWindow::showActivity);
    connect(m_person, &PersonPage::backRequested, this, &MainWindow::returnFromPerson);
    connect(m_person, &PersonPage::failed, this, &MainWindow::showFailure);
    connect(m_person, &PersonPage::editRequested, this, [this](SearchKind kind, Id id) {
        if (!m_edit)
            return;
        if (kind == SearchKind::Participant)
            m_edit->editRecord(RecordKind::Participant, id);
        else if (kind == SearchKind::Expert)
            m_edit->editRecord(RecordKind::Expert, id);
        else if (kind == SearchKind::Institution)
            m_edit->editRecord(RecordKind::Institution, id);
    });
    m_pages->addWidget(m_person);

    m_watcher = new FileWatcher(*m_document, this, this);
    connect(m_watcher, &FileWatcher::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    m_snapshots = new SnapshotTaker(*m_document, BackupStore(SnapshotTaker::defaultRoot()), this);
    connect(m_snapshots, &SnapshotTaker::finished, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("No backup of this file was made today: %1").arg(error), 15000);
    });
    m_snapshots->startIfDue();

    rebuildNavigator();
    m_navigator->setVisible(m_navigatorAction->isChecked());
    if (m_projectId != 0) {
        const QModelIndex project = m_navigatorModel->find(NavigatorModel::Node::Project, m_projectId);
        m_navigator->setCurrentIndex(project);
    } else {
        m_welcome->setMode(WelcomePage::Mode::NoProject);
        m_pages->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateStatusBar();
    updateActions();
    if (m_document->isReadOnly())
        statusBar()->showMessage(m_document->readOnlyReason());
}

void MainWindow::rebuildNavigator()
{
    // Keep the selected node across the rebuild.
    const QModelIndex before = m_navigator->currentIndex();
    const int node = before.isValid() ? before.data(NavigatorModel::NodeRole).toInt() : -1;
    const qint64 id = before.isValid() ? before.data(NavigatorModel::IdRole).toLongLong() : 0;

    const int scrolled = m_navigator->verticalScrollBar()->value();
    if (Status built = m_navigatorModel->rebuild(m_document->store()); !built)
        showFailure(built.error().message);
    m_navigator->expandToDepth(1);

    const QModelIndex firstProject =
        m_navigatorModel->find(NavigatorModel::Node::Project,
                               m_navigatorModel->index(0, 0).data(NavigatorModel::IdRole).toLongLong());
    if (m_projectId == 0 || !m_navigatorModel->find(NavigatorModel::Node::Project, m_projectId).isValid())
        m_projectId = firstProject.isValid() ? firstProject.data(NavigatorModel::IdRole).toLongLong() : 0;
    if (node >= 0) {
        const QModelIndex again = m_navigatorModel->find(NavigatorModel::Node(node), id);
        if (again.isValid()) {
            const QSignalBlocker blocker(m_navigator->selectionModel());
            m_navigator->setCurrentIndex(again);
        }
    }
    m_navigator->verticalScrollBar()->setValue(scrolled);
}

void MainWindow::onNavigatorCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid() || !m_document)
        return;
    const auto node = NavigatorModel::Node(current.data(NavigatorModel::NodeRole).toInt());
    const Id projectId = current.data(NavigatorModel::ProjectIdRole).toLongLong();
    if (projectId != 0)
        m_projectId = projectId;
    switch (node) {
    case NavigatorModel::Node::Project:
    case NavigatorModel::Node::Component:
        showOverview(m_projectId);
        break;
    case NavigatorModel::Node::Activity:
        showActivity(current.data(NavigatorModel::IdRole).toLongLong());
        break;
    case NavigatorModel::Node::Register:
        showRegister(RegisterKind(current.data(NavigatorModel::RegisterRole).toInt()));
        break;
    case NavigatorModel::Node::Results:
        showResults();
        break;
    }
    updateActions();
}

void MainWindow::showOverview(Id projectId)
{
    if (!m_document)
        return;
    if (projectId == 0) {
        m_welcome->setMode(WelcomePage::Mode::NoProject);
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    m_projectId = projectId;
    if (m_overview->projectId() != projectId)
        m_overview->showProject(projectId);
    m_pages->setCurrentWidget(m_overview);
    const QModelIndex node = m_navigatorModel->find(NavigatorModel::Node::Project, projectId);
    if (node.isValid() && !m_navigator->currentIndex().isValid()) {
        const QSignalBlocker blocker(m_navigator->selectionModel());
        m_navigator->setCurrentIndex(node);
    }
    updateActions();
}

void MainWindow::showActivity(Id activityId)
{
    if (!m_document)
        return;
    m_activity->showActivity(activityId);
    m_pages->setCurrentWidget(m_activity);
    const QModelIndex node = m_navigatorModel->find(NavigatorModel::Node::Activity, activityId);
    if (node.isValid() && m_navigator->currentIndex() != node) {
        const QSignalBlocker blocker(m_navigator->selectionModel());
        m_navigator->setCurrentIndex(node);
    }
    updateActions();
}

RegisterPage* MainWindow::registerPage(RegisterKind kind)
{
    if (!m_document)
        return nullptr;
    RegisterPage** slot = nullptr;
    switch (kind) {
    case RegisterKind::Participants:
        slot = &m_participants;
        break;
    case RegisterKind::Experts:
        slot = &m_experts;
        break;
    case RegisterKind::Institutions:
        slot = &m_institutions;
        break;
    case RegisterKind::ActivityRoster:
        return m_activity ? m_activity->roster() : nullptr;
    }
    if (!*slot) {
        // Registers are read when first shown, so a large file opens without reading them.
        *slot = new RegisterPage(m_document->queries(), kind, 0, m_pages);
        (*slot)->setObjectName(QStringLiteral("registerPage%1").arg(int(kind)));
        connect(*slot, &RegisterPage::failed, this, &MainWindow::showFailure);
        // A row opens on the person's page; F2 edits it.
        connect(*slot, &RegisterPage::recordActivated, this, [this](RegisterKind registerKind, Id id) {
            openRecord(registerKind == RegisterKind::Experts        ? SearchKind::Expert
                       : registerKind == RegisterKind::Institutions ? SearchKind::Institution
                                                                    : SearchKind::Participant,
                       id);
        });
        connectRegister(*slot);
        m_pages->addWidget(*slot);
    }
    return *slot;
}

void MainWindow::showRegister(RegisterKind kind)
{
    RegisterPage* page = registerPage(kind);
    if (!page)
        return;
    m_pages->setCurrentWidget(page);
    const QModelIndex node = m_navigatorModel->find(NavigatorModel::Node::Register, qint64(kind));
    if (node.isValid() && m_navigator->currentIndex() != node) {
        const QSignalBlocker blocker(m_navigator->selectionModel());
        m_navigator->setCurrentIndex(node);
    }
    updateActions();
}

void MainWindow::showResults(std::optional<ResultsKey> key)
{
    if (!m_document)
        return;
    if (key)
        m_results->setKey(*key);
    if (m_results->projectId() != m_projectId) {
        Result<Project> project = m_document->store().project(m_projectId);
        m_results->showProject(m_projectId,
                               project ? project->code + QStringLiteral(" · ") + project->title : QString());
    }
    m_pages->setCurrentWidget(m_results);
    const QModelIndex node = m_navigatorModel->find(NavigatorModel::Node::Results);
    if (node.isValid() && m_navigator->currentIndex() != node) {
        const QSignalBlocker blocker(m_navigator->selectionModel());
        m_navigator->setCurrentIndex(node);
    }
    updateActions();
}

void MainWindow::openAttendance(Id activityId)
{
    if (!m_document || !m_edit || activityId == 0)
        return;
    // The dialog is window-modal without blocking; it writes through the undo stack on Save.
    m_edit->openAttendance(activityId);
}

void MainWindow::drillDown(Id projectId, const ParticipantFilter& filter, const QString& what)
{
    if (!m_document)
        return;
    // Not modal: several lists can stay open side by side to compare them.
    auto* dialog = new DrillDownDialog(*m_document, projectId, filter, what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::participantActivated, this,
            [this](Id id) { openRecord(SearchKind::Participant, id); });
    dialog->show();
}

void MainWindow::openRecord(SearchKind kind, Id id)
{
    if (!m_document || id == 0)
        return;
    if (kind == SearchKind::Activity) {
        showActivity(id);
        return;
    }
    if (m_pages->currentWidget() != m_person) {
        m_beforePerson = m_pages->currentWidget();
        m_person->clearHistory();
    }
    m_person->open(kind, id);
    m_pages->setCurrentWidget(m_person);
    // Nothing in the navigator is the page shown, so a click on any node leaves it (no node being
    // current, the navigator's handler has nothing to show).
    m_navigator->selectionModel()->clear();
    updateActions();
}

void MainWindow::returnFromPerson()
{
    QWidget* before = m_beforePerson;
    m_person->clearHistory();
    if (before && before == m_activity && m_activity->activityExists())
        showActivity(m_activity->activityId());
    else if (auto* page = qobject_cast<RegisterPage*>(before))
        showRegister(page->kind());
    else if (before && before == m_results)
        showResults();
    else
        showOverview(m_projectId);
}

void MainWindow::onDocumentChanged(int scopeValue)
{
    if (!m_document)
        return;
    const auto scope = ProgrammeDocument::Scope(scopeValue);
    using Scope = ProgrammeDocument::Scope;
    m_loader->invalidate();
    const bool structure =
        scope == Scope::Project || scope == Scope::Activities || scope == Scope::Everything;
    if (structure) {
        rebuildNavigator();
        if (m_projectId == 0) {
            m_welcome->setMode(WelcomePage::Mode::NoProject);
            m_pages->setCurrentWidget(m_welcome);
        } else if (m_pages->currentWidget() == m_welcome) {
            showOverview(m_projectId);
        }
    } else if (Status counted = m_navigatorModel->updateCounts(m_document->store()); !counted) {
        showFailure(counted.error().message);
    }
    if (m_overview->projectId() != 0)
        m_overview->refresh();
    if (m_activity->activityId() != 0)
        m_activity->refresh();
    if (m_results->projectId() != 0)
        m_results->refresh();
    if (m_person && m_pages->currentWidget() == m_person)
        m_person->refresh();
    for (RegisterPage* page : {m_participants, m_experts, m_institutions}) {
        if (page)
            page->refresh();
    }
    updateStatusBar();
    updateActions();
}

void MainWindow::onChangedElsewhere()
{
    if (!m_document)
        return;
    spdlog::info("another program changed the open file; the window reads it again");
    onDocumentChanged(int(ProgrammeDocument::Scope::Everything));
    statusBar()->showMessage(tr("Another program changed %1; the window shows what it holds now.")
                                 .arg(QFileInfo(m_document->path()).fileName()),
                             8000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_document)
        return;
    // Window-modal without blocking, as the attendance dialog: tests drive it from the event loop.
    auto* dialog = new BackupDialog(*m_document, BackupStore(SnapshotTaker::defaultRoot()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::restored, this, [this] {
        // The restore itself is undone by restoring the backup it made first (the document has cleared
        // the undo history, which describes contents the file no longer holds).
        m_watcher->resynchronise();
        onDocumentChanged(int(ProgrammeDocument::Scope::Everything));
        statusBar()->showMessage(tr("The backup was restored; File ▸ Restore from a backup… lists the "
                                    "contents the file had just before."),
                                 15000);
    });
    dialog->open();
}

void MainWindow::updateTitle()
{
    // The platform adds the application's display name ("mexico-ii.sdesk — Seminar Desk"), and shows
    // it alone when the title is empty: the title holds only what is not already there.
    if (!m_document) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    setWindowFilePath(m_document->path());
    const QString name = QFileInfo(m_document->path()).fileName();
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
}

QString MainWindow::statusCounts() const
{
    return m_statusCounts->text();
}

void MainWindow::updateStatusBar()
{
    if (!m_document) {
        m_statusCounts->setText(tr("No programme file open"));
        return;
    }
    ProgrammeStore& store = m_document->store();
    QStringList parts;
    // The navigator holds every activity once read; counting them again in SQL would cost a launch
    // on a large file more than it tells.
    const qint64 activities = m_navigatorModel->activityCount();
    const qint64 projects = m_navigatorModel->projectCount();
    if (projects > 1)
        parts << tr("%Ln project(s)", nullptr, int(projects));
    parts << tr("%Ln activity(ies)", nullptr, int(activities));
    if (Result<ProgrammeStore::FileCounts> counts = store.fileCounts())
        parts << tr("%Ln participant(s)", nullptr, int(counts->participants));
    Result<QString> last = store.lastChange();
    if (last && !last->isEmpty())
        parts << tr("last change: %1").arg(*last);
    m_statusCounts->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool project = open && m_projectId != 0;
    // A file that cannot be written here is shown for reading: nothing offers to change it.
    const bool editable = open && !m_document->isReadOnly();
    const bool editableProject = editable && project;
    m_saveCopyAction->setEnabled(open);
    m_fileChecker->setFile(open ? m_document->path() : QString());
    // A restore writes the whole file: not into one opened read-only.
    m_restoreAction->setEnabled(editable);
    m_importAction->setEnabled(editableProject);
    m_duplicatesAction->setEnabled(editable);
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_find->setEnabled(open);
    m_refreshAction->setEnabled(open);
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

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear the list"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings::clearRecentFiles(); });
}

void MainWindow::showFailure(const QString& message)
{
    spdlog::warn("{}", message.toStdString());
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showShortcuts()
{
    KeyboardShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    HelpWindow::showTopic(this, UserGuide::topicFor(m_pages->currentWidget()));
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Seminar Desk"),
        tr("<h3>Seminar Desk %1</h3><p>Programmes, activities, participants and attendance of "
           "capacity-building "
           "programmes, and the results an evaluator reports: participations, unique participants, "
           "participant-days, each traceable to the persons behind it.</p><p>Every change is written to the "
           "programme file as it is made; Edit ▸ Undo takes it back.</p>")
            .arg(QStringLiteral(SEMINARDESK_VERSION)));
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
    } else if (page && page->kind() == RegisterKind::Experts) {
        menu.addAction(m_newExpertAction);
    } else if (page && page->kind() == RegisterKind::Institutions) {
        menu.addAction(m_newInstitutionAction);
    }
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    event->accept();
}

} // namespace sd
