#include "ResultsPage.h"

#include "PageLayout.h"
#include "ResultsLoader.h"
#include "ResultsTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

ResultsPage::ResultsPage(ResultsLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_title(new QLabel(tr("Results"), this))
    , m_subtitle(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_exportAll(new QPushButton(tr("&All breakdowns…"), this))
    , m_model(new ResultsTableModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_notes(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("resultsKey"));
    for (ResultsKey key : allResultsKeys())
        m_key->addItem(tr("by %1").arg(resultsKeyLabel(key).toLower()), resultsKeyCode(key));
    auto* keyLabel = new QLabel(tr("&Breakdown:"), this);
    keyLabel->setBuddy(m_key);
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_export->setToolTip(tr("Save this table as CSV, XLSX or JSON (Ctrl+E)"));
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::exportRequested);
    m_exportAll->setObjectName(QStringLiteral("exportAllBreakdownsButton"));
    m_exportAll->setToolTip(tr("Save every breakdown of the project as one XLSX workbook, one sheet each"));
    connect(m_exportAll, &QPushButton::clicked, this, &ResultsPage::exportAllRequested);

    m_view->setObjectName(QStringLiteral("resultsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);

    m_status->setObjectName(QStringLiteral("hint"));
    m_notes->setObjectName(QStringLiteral("resultsNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QHBoxLayout* header = makeTitleRow({m_title, m_subtitle});
    header->addWidget(keyLabel, 0, Qt::AlignBottom);
    header->addWidget(m_key, 0, Qt::AlignBottom);
    header->addSpacing(12);
    header->addWidget(m_export, 0, Qt::AlignBottom);
    header->addWidget(m_exportAll, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_notes);

    m_view->viewport()->installEventFilter(this);
    // A label column the user widened keeps its width until the next table.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (column == ResultsTableModel::Label && !m_fitting)
                    m_labelWidth = size;
            });

    connect(m_key, &QComboBox::currentIndexChanged, this, &ResultsPage::request);
    // activated: a double-click, or Enter on the current cell, so the keyboard alone can trace a number.
    connect(m_view, &QTableView::activated, this, &ResultsPage::onActivated);
    connect(&m_loader, &ResultsLoader::ready, this, &ResultsPage::onTableReady);
}

void ResultsPage::showProject(Id projectId, const QString& projectTitle)
{
    m_projectId = projectId;
    m_subtitle->setText(projectTitle);
    request();
}

void ResultsPage::setKey(ResultsKey key)
{
    const int index = m_key->findData(resultsKeyCode(key));
    if (index >= 0)
        m_key->setCurrentIndex(index);
}

ResultsKey ResultsPage::key() const
{
    return resultsKeyFromCode(m_key->currentData().toString()).value_or(ResultsKey::Activity);
}

void ResultsPage::refresh()
{
    request();
}

void ResultsPage::request()
{
    if (m_projectId == 0) {
        m_model->clear();
        return;
    }
    if (m_loader.table(m_projectId, key())) {
        onTableReady(m_projectId, key());
        return;
    }
    m_model->clear();
    m_notes->clear();
    m_status->setText(tr("Counting…"));
}

void ResultsPage::onTableReady(Id projectId, ResultsKey readyKey)
{
    if (projectId != m_projectId || readyKey != key())
        return;
    std::optional<ResultsTable> table = m_loader.table(projectId, readyKey);
    if (!table)
        return;
    m_model->setTable(*table);
    {
        const QSignalBlocker quiet(m_view->horizontalHeader());
        m_view->resizeColumnsToContents();
        m_labelWidth = m_view->columnWidth(ResultsTableModel::Label) + 12;
        for (int column = 1; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, m_view->columnWidth(column) + 12);
    }
    fitColumns();
    m_status->setText(tr("Double-click a number (or press Enter on it) to list the persons behind it."));
    QString notes;
    for (const QString& note : table->notes)
        notes += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    m_notes->setText(notes.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b><ul style='margin-top:2px'>%2</ul>")
                                           .arg(tr("Notes").toHtmlEscaped(), notes));
}

bool ResultsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::fitColumns()
{
    if (!m_model->hasTable())
        return;
    int numbers = 0;
    for (int column = 1; column < m_model->columnCount(); ++column)
        numbers += m_view->columnWidth(column);
    const int left = m_view->viewport()->width() - numbers;
    m_fitting = true;
    m_view->setColumnWidth(ResultsTableModel::Label, std::max(kNarrowestLabel, std::min(left, m_labelWidth)));
    m_fitting = false;
}

void ResultsPage::onActivated(const QModelIndex& index)
{
    std::optional<ParticipantFilter> filter = m_model->filterFor(index);
    if (!filter)
        return;
    Q_EMIT drillDownRequested(m_projectId, *filter, m_model->describe(index));
}

} // namespace sd
