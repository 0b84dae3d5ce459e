#include "MainWindow.h"

#include "ActivityPage.h"
#include "AppSettings.h"
#include "BackupDialog.h"
#include "ConnectionBanner.h"
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
#include "LiveRefresh.h"
#include "MessageBox.h"
#include "NavigatorModel.h"
#include "NewProgrammeWizard.h"
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
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace sd {
namespace {

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
    // The demo's banner spans the navigator and the page, under the toolbar.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_demoBanner = new DemoBanner(central);
    connect(m_demoBanner, &DemoBanner::startOwnProgrammeRequested, this, &MainWindow::newProgrammeFile);
    column->addWidget(m_demoBanner);
    m_connectionBanner = new ConnectionBanner(central);
    column->addWidget(m_connectionBanner);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createHistoryPanel();
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

QString MainWindow::fileFilter()
{
    return tr("Seminar Desk programme files (*.sdesk);;All files (*)");
}

void MainWindow::applyStyle()
{
    setStyleSheet(QString::fromUtf8(kStyleSheet));
}

QString MainWindow::chooseFolder() const
{
    if (m_document && !m_document->isOnServer()) {
        const QString folder = QFileInfo(m_document->path()).absolutePath();
        if (!AppSettings::isHiddenFolder(folder))
            return folder;
    }
    return AppSettings::lastFolder();
}

void MainWindow::openAtStartup(const QString& fileArgument)
{
    if (!fileArgument.isEmpty()) {
        const Result<ProgrammeLocation> location = ProgrammeLocation::parse(fileArgument);
        if (!location)
            MessageBox::critical(this, tr("The programme cannot be opened"), location.error().message);
        else
            openLocation(*location);
        return;
    }
    const QString last = AppSettings::lastFile();
    if (ProgrammeLocation::looksLikeServerAddress(last)) {
        // The team's server, as the last session left it; when it cannot be reached, the connect
        // dialog says why and offers the recent list.
        if (const Result<ProgrammeLocation> location = ProgrammeLocation::parse(last))
            openLocation(*location);
        return;
    }
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
    Result<std::unique_ptr<ProgrammeDocument>> created =
        ProgrammeDocument::create(path, [](ProgrammeStore& store) { return writeDemoProgramme(store); });
    QApplication::restoreOverrideCursor();
    if (!created) {
        MessageBox::critical(this, tr("The demo programme cannot be written"), created.error().message);
        return false;
    }
    spdlog::info("wrote the demo programme into the user's data folder");
    setDocument(std::move(created.value()));
    return true;
}

void MainWindow::newProgrammeFile()
{
    if (NewProgrammeWizard* open = findChild<NewProgrammeWizard*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Beside the file open now, but not in the data folder that holds the demo: the documents then.
    QString folder = chooseFolder();
    if (QFileInfo(folder).absoluteFilePath() == QFileInfo(AppSettings::demoProgrammePath()).absolutePath())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* wizard = new NewProgrammeWizard(folder, fileFilter(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        std::unique_ptr<ProgrammeDocument> created = wizard->takeDocument();
        if (!created)
            return;
        setDocument(std::move(created));
        statusBar()->showMessage(tr("%1 was created with its project; every change is written to it as you "
                                    "make it.")
                                     .arg(QFileInfo(m_document->path()).fileName()),
                                 10000);
    });
    wizard->open();
}

bool MainWindow::saveCopy()
{
    if (!m_document)
        return false;
    // A server's programme is suggested by its database's name, in the folder last used.
    const QFileInfo current =
        m_document->isOnServer()
            ? QFileInfo(QDir(AppSettings::lastFolder()).filePath(m_document->location().database()))
            : QFileInfo(m_document->path());
    const QString suggestion =
        QDir(current.absolutePath())
            .filePath(current.completeBaseName() + tr("-copy") + QStringLiteral(".sdesk"));
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy"), suggestion, fileFilter());
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
    m_live = nullptr;
    delete m_snapshots;
    m_snapshots = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_history->setDatabase(nullptr);
    m_document.reset();
    m_demoBanner->showFor({});
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
    m_demoEntryAgreed = false;
    const QString where = m_document->location().storableText();
    AppSettings::addRecentFile(where);
    AppSettings::setLastFile(where);
    if (!m_document->isOnServer())
        AppSettings::setLastFolder(QFileInfo(m_document->path()).absolutePath());

    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &ProgrammeDocument::changed, this,
            [this](ProgrammeDocument::Scope scope) { onDocumentChanged(int(scope)); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatusBar);
    // The first change to a demo, in this window: the banner turns prominent and the status bar says
    // where the change went (once; the demo is there to be tried).
    connect(m_document.get(), &ProgrammeDocument::changed, this, [this] {
        if (m_demoChangeWarned || !m_demoBanner->isVisibleTo(this))
            return;
        m_demoChangeWarned = true;
        m_demoBanner->warnOfChange();
        statusBar()->showMessage(
            tr("That change went into the demo programme, whose people are fictional. Real "
               "data belongs in a programme of your own: Start your own programme…"),
            15000);
    });

    connect(m_document.get(), &ProgrammeDocument::commandFailed, this,
            [this](const QString& title, const QString& message) {
                QWidget* active = QApplication::activeWindow();
                MessageBox::critical(active ? active : this, title, message);
            });

    m_edit = new EditActions(*m_document, this);
    connect(m_edit, &EditActions::recordAdded, this, &MainWindow::onRecordAdded);
    connect(m_edit, &EditActions::openRecordRequested, this, [this](RecordKind kind, Id id) {
        if (kind == RecordKind::Participant)
            openRecord(SearchKind::Participant, id);
    });
    connect(m_edit, &EditActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
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
    connect(m_activity, &ActivityPage::evaluationRequested, m_edit, &EditActions::openEvaluation);
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
    connect(m_results, &ResultsPage::choiceChanged, this, &MainWindow::rememberResultsChoice);
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
    m_live = new LiveRefresh(*m_document, *m_watcher, this); // the watcher's child: goes with it
    connect(m_live, &LiveRefresh::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    connectHistoryPanel();
    if (m_document->isOnServer()) {
        // A server's version of the programme counts this window's own changes too: each of them is
        // taken as seen, so that only other people's changes read the window again.
        connect(m_document.get(), &ProgrammeDocument::changed, m_watcher, &FileWatcher::resynchronise);
        watchConnection();
    } else {
        // Daily snapshots are of a file; a server's backups are its IT officer's.
        m_snapshots = new SnapshotTaker(*m_document, BackupStore(SnapshotTaker::defaultRoot()), this);
        connect(m_snapshots, &SnapshotTaker::finished, this, [this](const QString&, const QString& error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("No backup of this file was made today: %1").arg(error), 15000);
        });
        m_snapshots->startIfDue();
    }

    rebuildNavigator();
    m_navigator->setVisible(m_navigatorAction->isChecked());
    if (m_projectId != 0) {
        const QModelIndex project = m_navigatorModel->find(NavigatorModel::Node::Project, m_projectId);
        m_navigator->setCurrentIndex(project);
    } else {
        m_welcome->setMode(WelcomePage::Mode::NoProject);
        m_pages->setCurrentWidget(m_welcome);
    }
    updateDemoBanner();
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
    showNavigatorKeys();

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

void MainWindow::setNavigatorNode(const QModelIndex& node)
{
    if (!node.isValid() || m_navigator->currentIndex() == node)
        return;
    // Not through a signal blocker: the view must hear of the change to repaint and scroll to it.
    const QScopedValueRollback following(m_followingPage, true);
    m_navigator->setCurrentIndex(node);
    m_navigator->scrollTo(node);
}

void MainWindow::onNavigatorCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid() || !m_document || m_followingPage)
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
    // A component's node shows its project's overview too: the navigator stays on it.
    const QModelIndex current = m_navigator->currentIndex();
    const auto currentNode = NavigatorModel::Node(current.data(NavigatorModel::NodeRole).toInt());
    const bool onProject =
        current.isValid() && current.data(NavigatorModel::ProjectIdRole).toLongLong() == projectId &&
        (currentNode == NavigatorModel::Node::Project || currentNode == NavigatorModel::Node::Component);
    if (!onProject)
        setNavigatorNode(m_navigatorModel->find(NavigatorModel::Node::Project, projectId));
    updateActions();
}

void MainWindow::showActivity(Id activityId)
{
    if (!m_document)
        return;
    m_activity->showActivity(activityId);
    m_pages->setCurrentWidget(m_activity);
    // An activity in two components has a node under each: the one chosen stays.
    if (m_navigator->currentIndex().data(NavigatorModel::NodeRole).toInt() !=
            int(NavigatorModel::Node::Activity) ||
        m_navigator->currentIndex().data(NavigatorModel::IdRole).toLongLong() != activityId)
        setNavigatorNode(m_navigatorModel->find(NavigatorModel::Node::Activity, activityId));
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
    setNavigatorNode(m_navigatorModel->find(NavigatorModel::Node::Register, qint64(kind)));
    updateActions();
}

void MainWindow::showResults(std::optional<ResultsKey> key)
{
    if (!m_document)
        return;
    if (key)
        m_results->setKey(*key);
    if (m_results->projectId() != m_projectId) {
        restoreResultsChoice();
        Result<Project> project = m_document->store().project(m_projectId);
        m_results->showProject(m_projectId,
                               project ? project->code + QStringLiteral(" · ") + project->title : QString());
    }
    m_pages->setCurrentWidget(m_results);
    setNavigatorNode(m_navigatorModel->find(NavigatorModel::Node::Results));
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
    if (scope == Scope::Everything)
        updateDemoBanner();
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
    statusBar()->showMessage(
        tr("Another program changed %1; the window shows what it holds now.").arg(m_document->displayName()),
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

void MainWindow::updateDemoBanner()
{
    Result<DemoContent> demo = m_document ? m_document->queries().demoContent() : DemoContent();
    if (!demo)
        showFailure(demo.error().message);
    m_demoBanner->showFor(demo ? *demo : DemoContent());
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
    // A server programme has no file: the title says where it lives and as whom ("mexico-ii on
    // db.example.org as mlopez").
    setWindowFilePath(m_document->isOnServer() ? QString() : m_document->path());
    const QString name = m_document->displayName();
    setWindowTitle(m_document->isConnectionLost() ? tr("%1 (disconnected)").arg(name)
                   : m_document->isReadOnly()     ? tr("%1 (read-only)").arg(name)
                                                  : name);
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
    // On a server, where the programme lives and as whom: several people may be at work in it.
    if (m_document->isOnServer())
        parts.prepend(m_document->displayName());
    Result<QString> last = store.lastChange();
    if (last && !last->isEmpty())
        parts << tr("last change: %1").arg(*last);
    m_statusCounts->setText(parts.join(QStringLiteral("  ·  ")));
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    event->accept();
}

} // namespace sd
