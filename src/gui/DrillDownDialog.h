#pragma once

#include "counting/ParticipantFilter.h"
#include "domain/Records.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace sd {

class ProgrammeDocument;
class RegisterModel;

// The persons behind a number of a results table or a chart: those who took part in an activity
// of the project under the filter, as ResultsQuery::participantIds finds them.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(ProgrammeDocument& document, Id projectId, const ParticipantFilter& filter,
                    const QString& what, QWidget* parent = nullptr);

    qint64 personCount() const;
    RegisterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void copyToClipboard() const;

    RegisterModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace sd
