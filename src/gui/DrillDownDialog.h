#pragma once

#include "counting/ParticipantFilter.h"
#include "domain/Records.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace sd {

class ProgrammeDocument;
class RegisterModel;

// The persons behind a number of a results table or a chart: those who took part in an activity
// of the project under the filter, as ResultsQuery::participantIds finds them. A filter with an
// evaluation indicator lists the persons of the participations that the evaluation count counts
// (EvaluationQuery): as many participations as the number, each person once.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(ProgrammeDocument& document, Id projectId, const ParticipantFilter& filter,
                    const QString& what, QWidget* parent = nullptr);

    qint64 personCount() const;
    // The participations behind an evaluation count (a person in two activities counts twice); the
    // persons listed otherwise.
    qint64 participationCount() const { return m_participations; }
    RegisterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* exportButton() const { return m_export; }

    // Saves the persons listed, in the order shown, as CSV, XLSX or JSON (pseudonymised: as the core's
    // pseudonymised participant list). False when cancelled or failed.
    bool exportList(bool pseudonymised);

Q_SIGNALS:
    // The user opened a person (double-click or Enter), for their page in the main window.
    void participantActivated(sd::Id participantId);

private:
    void copyToClipboard() const;

    ProgrammeDocument& m_document;
    Id m_projectId = 0;
    QString m_what;
    QPushButton* m_export = nullptr;
    RegisterModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    qint64 m_participations = 0;
};

} // namespace sd
