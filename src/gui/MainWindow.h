#pragma once

#include "RecordKind.h"
#include "counting/ParticipantFilter.h"
#include "counting/ResultsTable.h"
#include "domain/Language.h"
#include "domain/Records.h"
#include "storage/ChangeHistory.h"
#include "storage/GlobalSearch.h"
#include "storage/ProgrammeLocation.h"
#include "storage/RegisterQuery.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace sd {

class ActivityPage;
class ConnectDialog;
class ConnectionBanner;
class ConnectionGuard;
class DemoBanner;
class DocumentReports;
class EditActions;
class FileChecker;
class FileWatcher;
class HistoryPanel;
class LiveRefresh;
class SnapshotTaker;
class NavigatorModel;
class PersonPage;
class ProfileQuery;
class ProgrammeDocument;
class ProjectOverviewPage;
class RegisterPage;
class ResultsLoader;
class ResultsPage;
class SearchPanel;
class WelcomePage;

// The Seminar Desk window: a navigator (projects → components → activities, the registers,
// Results) beside the page of what is selected, menus, a toolbar and a status bar with counts.
// It holds one open programme file at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // At launch: the file named on the command line; else the last file; on a first run the demo
    // programme, written into the user's data folder.
    void openAtStartup(const QString& fileArgument);

    // Each says what went wrong in a message box and returns false.
    bool openFile(const QString& path);
    // A programme on a server (a file by its path): the password, when given, is the connect
    // dialog's; else the system keychain, ~/.pgpass or a service entry gives it. A server that cannot
    // be reached brings the connect dialog back, with the reason above its fields.
    bool openLocation(const ProgrammeLocation& location, const QString& password = {});
    // File ▸ Connect to server…: the connect dialog, window-modal without blocking.
    void connectToServer();
    // The connect dialog while it is open (else null).
    ConnectDialog* connectDialog() const;
    // While a programme on a server has lost its connection: the strip that says so, and what
    // connects again (null for a file or no programme).
    ConnectionBanner* connectionBanner() const { return m_connectionBanner; }
    ConnectionGuard* connectionGuard() const;
    bool openDemoProgramme();
    // File ▸ New programme: the new-programme wizard, window-modal without blocking; the file it
    // creates opens in this window.
    void newProgrammeFile();
    bool saveCopy();
    // File ▸ Restore from a backup…: the open file's snapshots, in a window-modal BackupDialog.
    void restoreFromBackup();
    // The results table shown as CSV, XLSX (the command line's sheet) or JSON; the dialog's filter picks.
    // With the evaluation measure, the evaluation table (and the Indicators sheet in XLSX).
    bool exportResults();
    // Every breakdown of the project as one XLSX workbook, one sheet each (or one JSON object).
    bool exportAllBreakdowns();
    // What a register page (or an activity's list) shows; see RegisterExport.
    bool exportRegister(RegisterPage* page, bool pseudonymised);
    void closeFile();

    // The coordinator's documents for what is selected, in the print preview (see DocumentReports).
    bool printParticipantCertificates();
    bool printActivityCertificates();
    bool saveActivityCertificates();
    bool saveRegistrationTemplate();
    bool printParticipantSummary();
    bool printParticipantList();
    bool printSignInSheets();
    bool printEvaluationReport();
    // The language documents are drawn in for the project shown (Reports ▸ Document language), kept per
    // programme and project in the settings the command line's `print` also starts from; the window's
    // language until one is chosen.
    Language documentLanguage() const;
    void setDocumentLanguage(Language language);
    // The participant selected in the participants register or in the list of the activity shown (0:
    // none); activityId, if given, receives that activity when the person was chosen in its list.
    Id selectedParticipant(Id* activityId = nullptr) const;
    // The activity the page shows (0: none).
    Id shownActivity() const;

    ProgrammeDocument* document() const { return m_document.get(); }
    // Notices other programs' changes to the open file (null when none is open).
    FileWatcher* fileWatcher() const { return m_watcher; }
    // Shows other people's changes as they are saved (null when no programme is open).
    LiveRefresh* liveRefresh() const { return m_live; }
    // Takes the open file's daily snapshot (null when none is open).
    SnapshotTaker* snapshotTaker() const { return m_snapshots; }
    // Help ▸ Check this file.
    FileChecker* fileChecker() const { return m_fileChecker; }

    // Navigation, also for tests and benchmarks.
    void showOverview(Id projectId);
    void showActivity(Id activityId);
    void showRegister(RegisterKind kind);
    void showResults(std::optional<ResultsKey> key = std::nullopt);
    void openAttendance(Id activityId);
    void drillDown(Id projectId, const ParticipantFilter& filter, const QString& what);
    // A record on a page of its own: an activity on its page, a participant, expert or institution on
    // the person's page (Back returns to the page shown before).
    void openRecord(SearchKind kind, Id id);

    QTreeView* navigator() const { return m_navigator; }
    NavigatorModel* navigatorModel() const { return m_navigatorModel; }
    QStackedWidget* pages() const { return m_pages; }
    ProjectOverviewPage* overviewPage() const { return m_overview; }
    ActivityPage* activityPage() const { return m_activity; }
    ResultsPage* resultsPage() const { return m_results; }
    RegisterPage* registerPage(RegisterKind kind);
    ResultsLoader* resultsLoader() const { return m_loader; }
    EditActions* editActions() const { return m_edit; }
    QLineEdit* findField() const { return m_find; }
    // The one search's drop-down under the Find field (Ctrl+K).
    SearchPanel* searchPanel() const { return m_searchPanel; }
    // Above the pages while the open file is a demo.
    DemoBanner* demoBanner() const { return m_demoBanner; }
    PersonPage* personPage() const { return m_person; }
    // View ▸ History (a dock under the pages).
    HistoryPanel* historyPanel() const { return m_history; }
    QAction* historyRecordAction() const { return m_historyRecordAction; }
    QString statusCounts() const;
    Id currentProjectId() const { return m_projectId; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The file dialogs' filter: programme files first.
    static QString fileFilter();
    // The record the Edit and Delete commands act on: what has the focus, else what the page shows.
    struct Target
    {
        std::optional<RecordKind> kind; // none: nothing is selected
        Id id = 0;
        Id activityId = 0; // a participant chosen in this activity's list of participants
    };
    Target currentTarget() const;
    void editTarget();
    void deleteTarget();
    void onRecordAdded(RecordKind kind, Id id);
    // A participant, expert or institution added while its register is shown is selected there; when
    // the register's filter hides it, the filter is cleared and the status bar says so.
    void selectAdded(RecordKind kind, Id id);
    void showContextMenu(QWidget* view, const QPoint& position);
    // Export, selection and context menu of a register page or an activity's list.
    void connectRegister(RegisterPage* page);
    RegisterPage* shownRegister() const;
    void updateReportActions();
    // Reports ▸ Document language: Español / English, checked as remembered for the project shown.
    void addDocumentLanguageMenu(QMenu* reports);
    DocumentReports documentReports();
    bool exportEvaluation();
    // The results page's measure and period come back with the project (AppSettings).
    void restoreResultsChoice();
    void rememberResultsChoice();

    void createActions();
    void createHistoryPanel();
    // The history's record for a kind and id: its table, id and, for activities and projects, code.
    HistoryRecord historyRecordOf(std::optional<RecordKind> kind, Id id) const;
    // The panel follows the record the window shows.
    void updateHistoryPanel();
    // The open programme's log, read again after each change.
    void connectHistoryPanel();
    void createMenus();
    void createToolBar();
    void applyStyle();
    void setDocument(std::unique_ptr<ProgrammeDocument> document);
    void rebuildNavigator();
    void onNavigatorCurrentChanged(const QModelIndex& current);
    void onDocumentChanged(int scope);
    // The banner shows whether the open file is a demo (read again when the whole file may have changed).
    void updateDemoBanner();
    // Keeps the navigator's current node on the page shown, without acting on the change.
    void setNavigatorNode(const QModelIndex& node);
    // Before a new record or an import into the demo, once per opening of it: asks whether to start
    // a programme of one's own instead (then opens the wizard and returns false).
    bool mayEnterIntoDemo();
    // The navigator's nodes that the View menu's keys open say those keys in their tool tips.
    void showNavigatorKeys();
    // Another program committed to the open file: everything shown is read again.
    void onChangedElsewhere();
    void updateTitle();
    void updateStatusBar();
    void updateActions();
    void fillRecentMenu();
    void showConnectDialog(const ProgrammeLocation& prefill, const QString& failure);
    // The connect dialog was accepted: connects, or shows it again with why not.
    void connectFromDialog();
    // A programme on a server: a lost connection stops every change until it is back (ConnectionGuard).
    void watchConnection();
    // Back from the person's page to the page shown before it.
    void returnFromPerson();
    void showFailure(const QString& message);
    void showShortcuts();
    // Help ▸ User guide and F1: the guide's page of the page in view.
    void showUserGuide();
    void showAbout();
    QString chooseFolder() const;

    std::unique_ptr<ProgrammeDocument> m_document;
    ResultsLoader* m_loader = nullptr;
    EditActions* m_edit = nullptr;
    FileWatcher* m_watcher = nullptr;
    LiveRefresh* m_live = nullptr;
    SnapshotTaker* m_snapshots = nullptr;
    FileChecker* m_fileChecker = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    Id m_projectId = 0;

    DemoBanner* m_demoBanner = nullptr;
    ConnectionBanner* m_connectionBanner = nullptr;
    // The demo's first change in this window was warned of (once, however often the demo is opened).
    bool m_demoChangeWarned = false;
    // The officer chose to try the open demo: new records go into it without asking again.
    bool m_demoEntryAgreed = false;
    // Set while the window moves the navigator itself, which then shows nothing new.
    bool m_followingPage = false;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_navigator = nullptr;
    NavigatorModel* m_navigatorModel = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    ProjectOverviewPage* m_overview = nullptr;
    ActivityPage* m_activity = nullptr;
    ResultsPage* m_results = nullptr;
    RegisterPage* m_participants = nullptr;
    RegisterPage* m_experts = nullptr;
    RegisterPage* m_institutions = nullptr;
    PersonPage* m_person = nullptr;
    QPointer<QWidget> m_beforePerson;
    // The one search and the person's page read the file through these.
    QLineEdit* m_find = nullptr;
    SearchPanel* m_searchPanel = nullptr;
    QLabel* m_statusCounts = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newFileAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QAction* m_demoAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_duplicatesAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_attendanceAction = nullptr;
    QAction* m_evaluationAction = nullptr;
    QAction* m_enrolAction = nullptr;
    QAction* m_newProjectAction = nullptr;
    QAction* m_newObjectiveAction = nullptr;
    QAction* m_newComponentAction = nullptr;
    QAction* m_newActivityAction = nullptr;
    QAction* m_newParticipantAction = nullptr;
    QAction* m_newExpertAction = nullptr;
    QAction* m_newInstitutionAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_overviewAction = nullptr;
    QAction* m_participantsAction = nullptr;
    QAction* m_expertsAction = nullptr;
    QAction* m_institutionsAction = nullptr;
    QAction* m_resultsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_navigatorAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_exportListAction = nullptr;
    QAction* m_certificateAction = nullptr;
    QAction* m_activityCertificatesAction = nullptr;
    QAction* m_saveCertificatesAction = nullptr;
    QAction* m_registrationTemplateAction = nullptr;
    QAction* m_summaryAction = nullptr;
    QAction* m_participantListAction = nullptr;
    QAction* m_signInSheetsAction = nullptr;
    QAction* m_evaluationReportAction = nullptr;
    QMenu* m_printMenu = nullptr;
    QList<QAction*> m_resultsKeyActions;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    HistoryPanel* m_history = nullptr;
    QAction* m_historyRecordAction = nullptr;
};

} // namespace sd
