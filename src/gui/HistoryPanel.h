#pragma once

#include "storage/ChangeHistory.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace sd {

class Database;
class HistoryModel;

// View ▸ History: who changed what in the programme, newest first, from the change log. "This record
// only" limits the list to the record the window shows (an activity, a project, a person); a record's
// context menu "History…" opens it that way. The window calls refresh() after its own changes and
// after live refresh heard someone else's.
class HistoryPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    // The programme whose log is listed (nullptr: none open).
    void setDatabase(Database* database);
    // The record the window shows now (unset: none); the list follows it while "This record only" is on.
    void setCurrentRecord(const HistoryRecord& record);
    // Shows the panel limited to this record.
    void showRecord(const HistoryRecord& record);
    // Lists the entries logged since it last read the log.
    void refresh();

    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* recordOnly() const { return m_recordOnly; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyScope();
    // The record the list is limited to now (unset: the whole programme).
    HistoryRecord scopeRecord() const;

    HistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_recordOnly = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_error = nullptr;
    HistoryRecord m_current;
    // Changes were logged, or the scope changed, while the panel was hidden.
    bool m_stale = false;
};

} // namespace sd
