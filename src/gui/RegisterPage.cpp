#include "RegisterPage.h"

#include "RegisterModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace sd {

RegisterPage::RegisterPage(const ProgrammeQueries& queries, RegisterKind kind, Id activityId, QWidget* parent)
    : QWidget(parent)
    , m_model(new RegisterModel(queries, kind, activityId, this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_view(new QTableView(this))
    , m_filterTimer(new QTimer(this))
{
    m_title->setText(heading());
    m_title->setObjectName(kind == RegisterKind::ActivityRoster ? QStringLiteral("sectionHeading")
                                                                : QStringLiteral("pageTitle"));
    m_count->setObjectName(QStringLiteral("registerCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("registerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(kind == RegisterKind::Institutions
                                     ? tr("Filter by name, acronym or country…")
                                     : tr("Filter by name, institution, region…"));
    m_filter->setMinimumWidth(280);

    m_view->setObjectName(QStringLiteral("registerTable"));
    m_view->setModel(m_model);
    // The model reads its rows sorted by the first column; the header says so before sorting is
    // enabled, so that enabling it does not read them again.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fitColumns(m_view, m_model, kind == RegisterKind::ActivityRoster ? 210 : 260);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RegisterPage::applyFilterNow);
    connect(m_filter, &QLineEdit::returnPressed, this, &RegisterPage::applyFilterNow);
    connect(m_model, &RegisterModel::totalRowsChanged, this, &RegisterPage::updateCount);
    connect(m_model, &RegisterModel::failed, this, &RegisterPage::failed);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT recordActivated(m_model->kind(), m_model->idAt(index.row()));
    });

    // Down from the filter field goes into the table, so the keyboard alone finds and opens a row.
    auto* focusTable = new QAction(this);
    focusTable->setShortcut(QKeySequence(Qt::Key_Down));
    focusTable->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(focusTable);
    connect(focusTable, &QAction::triggered, this, [this] {
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });

    m_export->setObjectName(QStringLiteral("exportListButton"));
    if (kind == RegisterKind::Participants || kind == RegisterKind::ActivityRoster) {
        // Persons can also leave as pseudonyms, for evaluators.
        auto* menu = new QMenu(m_export);
        QAction* plain = menu->addAction(tr("Export the list shown…"));
        plain->setObjectName(QStringLiteral("exportListAction"));
        connect(plain, &QAction::triggered, this, [this] { Q_EMIT exportRequested(false); });
        QAction* pseudonymised = menu->addAction(tr("Export pseudonymised…"));
        pseudonymised->setObjectName(QStringLiteral("exportPseudonymisedAction"));
        pseudonymised->setToolTip(
            tr("A stable pseudonym per person instead of id, names, position, email and "
               "phone; gender, institution, region and activities kept"));
        connect(pseudonymised, &QAction::triggered, this, [this] { Q_EMIT exportRequested(true); });
        menu->setToolTipsVisible(true);
        m_export->setMenu(menu);
    } else {
        connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(false); });
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count, 1, Qt::AlignBottom);
    header->addWidget(m_filter);
    header->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    updateCount();
}

void RegisterPage::fitColumns(QTableView* view, const RegisterModel* model, int widest)
{
    // Measured once, on the first page: measuring every fetched page would cost more than it shows.
    view->horizontalHeader()->setResizeContentsPrecision(40);
    view->resizeColumnsToContents();
    const QFontMetrics metrics(view->horizontalHeader()->font());
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int header = metrics.horizontalAdvance(title) + 28;
        const RegisterValue value = model->columnValue(column);
        if (value == RegisterValue::Count || value == RegisterValue::Percent)
            view->setColumnWidth(column, header);
        else
            view->setColumnWidth(column, qBound(header, view->columnWidth(column) + 16, widest));
    }
    // The spare width goes to text: to the last column when it is text, else to the first (the name).
    const int last = model->columnCount() - 1;
    const bool lastIsText = last >= 0 && model->columnValue(last) == RegisterValue::Text;
    view->horizontalHeader()->setStretchLastSection(lastIsText);
    if (!lastIsText && last > 0)
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

RegisterKind RegisterPage::kind() const
{
    return m_model->kind();
}

QString RegisterPage::heading() const
{
    switch (m_model->kind()) {
    case RegisterKind::Participants:
        return tr("Participants");
    case RegisterKind::Experts:
        return tr("Experts");
    case RegisterKind::Institutions:
        return tr("Institutions");
    case RegisterKind::ActivityRoster:
        return tr("Enrolled participants");
    }
    return {};
}

void RegisterPage::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void RegisterPage::applyFilterNow()
{
    m_filterTimer->stop();
    m_model->setFilter(m_filter->text());
}

void RegisterPage::refresh()
{
    // The officer's place survives the refresh: the selected record (where it still exists) and
    // the scroll position; the filter stays in the model.
    const QModelIndex current = m_view->currentIndex();
    const Id currentId = current.isValid() ? m_model->idAt(current.row()) : 0;
    const int column = current.isValid() ? current.column() : 0;
    const int rowsShown = m_model->rowCount();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->refresh();
    // While a filtered count runs, the rows read before are read again.
    while (m_model->rowCount() < rowsShown && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (currentId != 0) {
        // Most often the record kept its row; otherwise SQL says where it went.
        const int row = m_model->idAt(current.row()) == currentId ? current.row() : m_model->rowOf(currentId);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, column));
    }
    m_view->verticalScrollBar()->setValue(scrolled);
}

void RegisterPage::updateCount()
{
    const QLocale locale;
    const qint64 total = m_model->totalRows();
    const int counted = int(std::min<qint64>(total, INT_MAX));
    QString text;
    if (m_model->filter().isEmpty()) {
        switch (m_model->kind()) {
        case RegisterKind::Participants:
            text = tr("%Ln participant(s)", nullptr, counted);
            break;
        case RegisterKind::Experts:
            text = tr("%Ln expert(s)", nullptr, counted);
            break;
        case RegisterKind::Institutions:
            text = tr("%Ln institution(s)", nullptr, counted);
            break;
        case RegisterKind::ActivityRoster:
            text = tr("%1 enrolled").arg(locale.toString(total));
            break;
        }
    } else if (!m_model->totalKnown()) {
        text =
            tr("%1 or more of %2 match “%3” (counting…)")
                .arg(locale.toString(total), locale.toString(m_model->unfilteredRows()), m_model->filter());
    } else if (total == 0) {
        text = tr("nothing matches “%1”").arg(m_model->filter());
    } else {
        text = tr("%Ln of %1 match “%2”", nullptr, counted)
                   .arg(locale.toString(m_model->unfilteredRows()), m_model->filter());
    }
    m_count->setText(text);
    m_export->setEnabled(total > 0);
    m_export->setToolTip(total > 0 ? tr("Save the rows shown, in the order shown, as CSV, XLSX or JSON")
                                   : tr("Nothing to export: the list shows no row"));
}

} // namespace sd
