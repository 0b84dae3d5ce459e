#include "SearchPanel.h"

#include "SearchResultsModel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sd {

SearchPanel::SearchPanel(QLineEdit* field, QWidget* window)
    : QFrame(window)
    , m_field(field)
    , m_window(window)
    , m_model(new SearchResultsModel(this))
    , m_view(new QTreeView(this))
    , m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);

    m_view->setObjectName(QStringLiteral("searchResults"));
    // Room around each line, so that the list reads as a list of choices rather than a dense table.
    m_view->setStyleSheet(QStringLiteral("QTreeView#searchResults::item { padding: 3px 6px; }"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);
    // The keyboard stays in the Find field; the list only shows and takes clicks.
    m_view->setFocusPolicy(Qt::NoFocus);
    // The title gets most of the width (place() sets it), the detail the rest; both elide.
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Fixed);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            open(index.row());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_view);
    hide();

    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textEdited, this, &SearchPanel::onTextEdited);
    // The clear button changes the text without textEdited.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            onTextEdited(text);
    });
    m_field->installEventFilter(this);
    m_window->installEventFilter(this);
}

void SearchPanel::setSearch(const GlobalSearch* search)
{
    m_search = search;
    m_searched.clear();
    m_model->clear();
    hide();
}

void SearchPanel::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_pending->stop();
        m_searched.clear();
        m_model->clear();
        hide();
        return;
    }
    m_pending->start();
}

void SearchPanel::searchNow()
{
    m_pending->stop();
    const QString text = m_field->text();
    if (!m_search || text.trimmed().isEmpty()) {
        m_model->clear();
        hide();
        return;
    }
    m_searched = text;
    Result<QList<SearchGroup>> groups = m_search->find(text);
    if (groups)
        m_model->setResults(text, *groups);
    else {
        m_model->setMessage(groups.error().message);
        Q_EMIT failed(groups.error().message);
    }
    showResults();
}

void SearchPanel::showResults()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto type = m_model->rowType(row);
        m_view->setFirstColumnSpanned(row, {},
                                      type == SearchResultsModel::RowType::ShowAll ||
                                          type == SearchResultsModel::RowType::Message);
    }
    // The first record is where Enter goes; it shows chosen so the officer sees it.
    const int first = m_model->nextChoosable(-1, 1);
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first, 0));
    place();
    show();
    raise();
}

void SearchPanel::place()
{
    if (!m_field->isVisible())
        return;
    const QPoint below = m_field->mapTo(m_window, QPoint(m_field->width(), m_field->height() + 2));
    const int width = std::min(std::max(m_field->width(), 720), m_window->width() - 16);
    const int x = std::max(8, below.x() - width);
    const int rows = std::max(1, m_model->rowCount());
    const int hinted = m_model->rowCount() > 0 ? m_view->sizeHintForRow(0) : -1;
    const int rowHeight = hinted > 0 ? hinted : fontMetrics().height() + 4;
    const int wanted = rows * rowHeight + 2 * frameWidth() + 2 * m_view->frameWidth() + 4;
    const int height = std::min(wanted, std::max(120, m_window->height() - below.y() - 24));
    setGeometry(x, below.y(), width, height);
    m_view->setColumnWidth(0, width * 3 / 5);
}

void SearchPanel::moveCurrent(int step)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int next = m_model->nextChoosable(row, step);
    if (next < 0)
        return;
    m_view->setCurrentIndex(m_model->index(next, 0));
    m_view->scrollTo(m_view->currentIndex());
}

void SearchPanel::jumpGroup(int step)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    // The next (or previous) heading, then the first record under it.
    for (int at = row + step; at >= 0 && at < m_model->rowCount(); at += step) {
        if (m_model->rowType(at) != SearchResultsModel::RowType::Heading)
            continue;
        if (step < 0 && at + 1 <= row && m_model->kind(at) == m_model->kind(row))
            continue; // the current group's own heading: go one group further up
        const int first = m_model->nextChoosable(at, 1);
        if (first >= 0) {
            m_view->setCurrentIndex(m_model->index(first, 0));
            m_view->scrollTo(m_view->currentIndex());
        }
        return;
    }
}

bool SearchPanel::openCurrent()
{
    if (m_pending->isActive() || m_searched != m_field->text())
        searchNow();
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (!m_model->isChoosable(row))
        row = m_model->nextChoosable(-1, 1);
    if (row < 0)
        return false;
    open(row);
    return true;
}

void SearchPanel::open(int row)
{
    if (!m_model->isChoosable(row))
        return;
    const SearchKind kind = m_model->kind(row);
    const Id id = m_model->id(row);
    const bool showAll = m_model->rowType(row) == SearchResultsModel::RowType::ShowAll;
    const QString text = m_model->text();
    dismiss();
    if (showAll)
        Q_EMIT showAllRequested(kind, text);
    else
        Q_EMIT openRequested(kind, id);
}

void SearchPanel::focusPage()
{
    const auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QWidget* page = pages ? pages->currentWidget() : nullptr;
    if (!page)
        return;
    const QList<QWidget*> children = page->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void SearchPanel::dismiss()
{
    m_pending->stop();
    hide();
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (isVisible() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
            place();
        return QFrame::eventFilter(watched, event);
    }
    if (watched != m_field)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (!isVisible()) {
                if (m_field->text().trimmed().isEmpty())
                    return false;
                searchNow();
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)
                moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
            else
                jumpGroup(key->key() == Qt::Key_PageDown ? 1 : -1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_field->text().trimmed().isEmpty())
                return false;
            openCurrent();
            return true;
        case Qt::Key_Escape:
            if (isVisible()) {
                dismiss();
            } else {
                // Pressed again: back to the page, where the officer was.
                m_field->clearFocus();
                focusPage();
            }
            return true;
        default:
            break;
        }
        break;
    }
    case QEvent::FocusIn:
        if (!m_field->text().trimmed().isEmpty() && m_search && m_model->rowCount() > 0 &&
            m_searched == m_field->text())
            showResults();
        break;
    case QEvent::FocusOut:
        dismiss();
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sd
