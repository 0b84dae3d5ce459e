#pragma once

#include "storage/GlobalSearch.h"

#include <QFrame>

class QLineEdit;
class QTimer;
class QTreeView;

namespace sd {

class SearchResultsModel;

// The drop-down of the one search under the toolbar's Find field (Ctrl+K): as the officer types, the
// activities, participants, experts and institutions that match, grouped by kind. The keyboard stays
// in the field: Down and Up choose a row, Page Down and Page Up jump a group, Enter opens the record
// chosen (the first when none is), Esc closes the list and, pressed again, leaves the field. A click
// on a row opens it too. The panel is a child of the window laid over the page, so it never takes
// the focus from the field.
class SearchPanel : public QFrame
{
    Q_OBJECT

public:
    SearchPanel(QLineEdit* field, QWidget* window);

    // What the panel searches; null when no file is open (the panel then stays closed).
    void setSearch(const GlobalSearch* search);

    SearchResultsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* field() const { return m_field; }

    // Searches for the field's text now; typing searches on the next turn of the event loop, so a
    // burst of keys costs one search.
    void searchNow();
    // Opens the row chosen, or the first that can be; false when there is none.
    bool openCurrent();
    // Closes the list (the field keeps its text).
    void dismiss();

Q_SIGNALS:
    void openRequested(sd::SearchKind kind, sd::Id id);
    // "Show every match in the … register": the register of that kind, filtered by text.
    void showAllRequested(sd::SearchKind kind, const QString& text);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void moveCurrent(int step);
    void jumpGroup(int step);
    void open(int row);
    void showResults();
    void place();
    // The first widget of the page shown that takes the keyboard.
    void focusPage();

    QLineEdit* m_field = nullptr;
    QWidget* m_window = nullptr;
    const GlobalSearch* m_search = nullptr;
    SearchResultsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QTimer* m_pending = nullptr;
    QString m_searched; // the text the results are for
};

} // namespace sd
