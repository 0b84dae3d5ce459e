#pragma once

#include "counting/ResultsTable.h"
#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace sd {

class EvaluationChartsView;
class KeyFigureTile;
class ProgrammeDocument;
class RegisterPage;
class ResultsLoader;

// One activity: its facts, its evaluation charts, sessions, experts with their roles and the enrolled
// participants with their attendance rate. "Attendance…" opens the attendance dialog through
// attendanceRequested().
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    ActivityPage(ProgrammeDocument& document, ResultsLoader& loader, QWidget* parent = nullptr);

    void showActivity(Id activityId);
    Id activityId() const { return m_activityId; }
    // False when the activity shown was deleted meanwhile.
    bool activityExists() const { return m_activity.id != 0; }
    // Reads the activity again (after a change to the file).
    void refresh();

    RegisterPage* roster() const { return m_roster; }
    QTableWidget* sessionsTable() const { return m_sessions; }
    QTableWidget* expertsTable() const { return m_experts; }
    QPushButton* attendanceButton() const { return m_attendanceButton; }
    QPushButton* evaluationButton() const { return m_evaluationButton; }
    QPushButton* editButton() const { return m_editButton; }
    // Print: the window's menu of this activity's documents (participant list, sign-in sheets,
    // certificates) and of the participant selected in the list.
    QPushButton* printButton() const { return m_printButton; }
    EvaluationChartsView* evaluationCharts() const { return m_evaluationCharts; }
    void setPrintMenu(QMenu* menu);

Q_SIGNALS:
    void attendanceRequested(sd::Id activityId);
    void evaluationRequested(sd::Id activityId);
    void editRequested(sd::Id activityId);
    void participantActivated(sd::Id participantId);
    void expertActivated(sd::Id expertId);
    // A new list of enrolled participants was made (another activity shown).
    void rosterChanged(sd::RegisterPage* roster);
    void failed(const QString& message);

private:
    void showFacts();
    void showFigures();
    void showEvaluation();
    void onTableReady(Id projectId, ResultsKey key);

    ProgrammeDocument& m_document;
    ResultsLoader& m_loader;
    Id m_activityId = 0;
    Activity m_activity;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_attendanceButton = nullptr;
    QPushButton* m_evaluationButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_printButton = nullptr;
    KeyFigureTile* m_enrolled = nullptr;
    KeyFigureTile* m_tookPart = nullptr;
    KeyFigureTile* m_participantDays = nullptr;
    KeyFigureTile* m_sessionCount = nullptr;
    KeyFigureTile* m_expertCount = nullptr;
    EvaluationChartsView* m_evaluationCharts = nullptr;
    QLabel* m_description = nullptr;
    QTableWidget* m_sessions = nullptr;
    QTableWidget* m_experts = nullptr;
    QVBoxLayout* m_rosterLayout = nullptr;
    RegisterPage* m_roster = nullptr;
};

} // namespace sd
