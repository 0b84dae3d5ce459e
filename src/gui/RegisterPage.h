#pragma once

#include "domain/Records.h"
#include "storage/RegisterQuery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sd {

class ProgrammeQueries;
class RegisterModel;

// One register as a page: a heading with the row count, a type-to-filter field (the filter runs in
// SQL a moment after the last key press) and a sortable table that fetches rows as it scrolls.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(const ProgrammeQueries& queries, RegisterKind kind, Id activityId = 0,
                 QWidget* parent = nullptr);

    RegisterKind kind() const;
    RegisterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    // Export… : what the register shows (and, for persons, pseudonymised); see RegisterExport.
    QPushButton* exportButton() const { return m_export; }

    // Puts text in the filter field; the filter runs after the debounce, or now with applyFilterNow().
    void setFilterText(const QString& text);
    void applyFilterNow();
    // Reads the register again after a change to the file.
    void refresh();

    static constexpr int kFilterDelayMs = 150;

    // Column widths from the rows fetched so far: numbers as wide as their heading, text at most
    // widest pixels.
    static void fitColumns(QTableView* view, const RegisterModel* model, int widest);

Q_SIGNALS:
    // The user opened a row (double-click or Enter).
    void recordActivated(sd::RegisterKind kind, sd::Id id);
    // The user asked to export the rows shown (pseudonymised: persons as pseudonyms).
    void exportRequested(bool pseudonymised);
    void failed(const QString& message);

private:
    void updateCount();
    QString heading() const;

    RegisterModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_filterTimer = nullptr;
};

} // namespace sd
