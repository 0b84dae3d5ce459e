#include "ResultsPage.h"

#include "EvaluationTableModel.h"
#include "PageLayout.h"
#include "ResultsLoader.h"
#include "ResultsTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

ResultsPage::ResultsPage(ResultsLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_title(new QLabel(tr("Results"), this))
    , m_subtitle(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_periodKind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_exportAll(new QPushButton(tr("&All breakdowns…"), this))
    , m_model(new ResultsTableModel(this))
    , m_evaluationModel(new EvaluationTableModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_notesArea(new QScrollArea(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("resultsKey"));
    for (ResultsKey key : allResultsKeys())
        m_key->addItem(tr("by %1").arg(resultsKeyLabel(key).toLower()), resultsKeyCode(key));
    auto* keyLabel = new QLabel(tr("&Breakdown:"), this);
    keyLabel->setBuddy(m_key);

    m_measure->setObjectName(QStringLiteral("resultsMeasure"));
    m_measure->addItem(tr("Attendance"), QVariant::fromValue(int(Measure::Attendance)));
    m_measure->addItem(tr("Evaluation"), QVariant::fromValue(int(Measure::Evaluation)));
    m_measure->setToolTip(tr("Attendance: participations, participants and days. Evaluation: knowledge "
                             "tests, satisfaction and follow-up."));
    auto* measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);

    m_periodKind->setObjectName(QStringLiteral("resultsPeriod"));
    m_periodKind->addItem(tr("All sessions"), QVariant::fromValue(int(PeriodKind::All)));
    m_periodKind->addItem(tr("A year"), QVariant::fromValue(int(PeriodKind::Year)));
    m_periodKind->addItem(tr("A quarter"), QVariant::fromValue(int(PeriodKind::Quarter)));
    m_periodKind->addItem(tr("Custom dates"), QVariant::fromValue(int(PeriodKind::Custom)));
    m_periodKind->setToolTip(tr("Count only the sessions held in this period"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodKind);
    m_year->setObjectName(QStringLiteral("resultsYear"));
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    m_quarter->setObjectName(QStringLiteral("resultsQuarter"));
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_quarter->addItem(tr("Q%1").arg(quarter), quarter);
    m_quarter->setAccessibleName(tr("Quarter"));
    for (QDateEdit* date : {m_from, m_to}) {
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("resultsFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_to->setObjectName(QStringLiteral("resultsTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(QDate(QDate::currentDate().year(), 12, 31));
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

    m_notice->setObjectName(QStringLiteral("resultsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(4, 8, 4, 8);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_notice);

    m_status->setObjectName(QStringLiteral("hint"));
    m_notes->setObjectName(QStringLiteral("resultsNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notesArea->setObjectName(QStringLiteral("resultsNotesArea"));
    m_notesArea->setWidget(m_notes);
    m_notesArea->setWidgetResizable(true);
    m_notesArea->setFrameShape(QFrame::NoFrame);
    m_notesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notesArea->viewport()->setAutoFillBackground(false);
    m_notes->setAutoFillBackground(false);

    QHBoxLayout* header = makeTitleRow({m_title, m_subtitle});
    header->addWidget(keyLabel, 0, Qt::AlignBottom);
    header->addWidget(m_key, 0, Qt::AlignBottom);
    header->addSpacing(12);
    header->addWidget(measureLabel, 0, Qt::AlignBottom);
    header->addWidget(m_measure, 0, Qt::AlignBottom);
    header->addSpacing(12);
    header->addWidget(periodLabel, 0, Qt::AlignBottom);
    for (QWidget* chooser : std::initializer_list<QWidget*>{m_periodKind, m_year, m_quarter, m_from, m_to})
        header->addWidget(chooser, 0, Qt::AlignBottom);
    header->addSpacing(12);
    header->addWidget(m_export, 0, Qt::AlignBottom);
    header->addWidget(m_exportAll, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_notesArea);

    m_view->viewport()->installEventFilter(this);
    // A label column the user widened keeps its width until the next table.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (column == ResultsTableModel::Label && !m_fitting)
                    m_labelWidth = size;
            });

    connect(m_key, &QComboBox::currentIndexChanged, this, &ResultsPage::request);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ResultsPage::onMeasureChanged);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &ResultsPage::onPeriodChanged);
    // The choosers of a period tell the window to remember it (onPeriodChanged() says it for the kind).
    connect(m_year, &QSpinBox::valueChanged, this, &ResultsPage::choiceChanged);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ResultsPage::choiceChanged);
    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &ResultsPage::choiceChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ResultsPage::request);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ResultsPage::request);
    connect(m_from, &QDateEdit::dateChanged, this, &ResultsPage::request);
    connect(m_to, &QDateEdit::dateChanged, this, &ResultsPage::request);
    onPeriodChanged();
    // activated: a double-click, or Enter on the current cell, so the keyboard alone can trace a number.
    connect(m_view, &QTableView::activated, this, &ResultsPage::onActivated);
    connect(&m_loader, &ResultsLoader::ready, this, &ResultsPage::onTableReady);
    connect(&m_loader, &ResultsLoader::evaluationReady, this, &ResultsPage::onEvaluationReady);
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

ResultsPeriod ResultsPage::period() const
{
    const int year = m_year->value();
    switch (PeriodKind(m_periodKind->currentData().toInt())) {
    case PeriodKind::All:
        return {};
    case PeriodKind::Year:
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    case PeriodKind::Quarter: {
        const QDate start(year, (m_quarter->currentData().toInt() - 1) * 3 + 1, 1);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case PeriodKind::Custom:
        return {m_from->date(), m_to->date()};
    }
    return {};
}

ResultsPage::PeriodKind ResultsPage::periodKind() const
{
    return PeriodKind(m_periodKind->currentData().toInt());
}

void ResultsPage::setPeriodChoice(PeriodKind kind, const ResultsPeriod& period)
{
    if (kind != PeriodKind::Custom) {
        setPeriod(kind == PeriodKind::All ? ResultsPeriod{} : period);
        return;
    }
    {
        const QSignalBlocker quietKind(m_periodKind);
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        if (!period.from.isNull())
            m_from->setDate(period.from);
        if (!period.to.isNull())
            m_to->setDate(period.to);
        m_periodKind->setCurrentIndex(m_periodKind->findData(int(PeriodKind::Custom)));
    }
    onPeriodChanged();
}

ResultsPage::Measure ResultsPage::measure() const
{
    return Measure(m_measure->currentData().toInt());
}

void ResultsPage::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void ResultsPage::onMeasureChanged()
{
    m_view->setModel(measure() == Measure::Evaluation ? static_cast<QAbstractItemModel*>(m_evaluationModel)
                                                      : m_model);
    Q_EMIT choiceChanged();
    request();
}

bool ResultsPage::hasTable() const
{
    return measure() == Measure::Evaluation ? m_evaluationModel->hasTable() : m_model->hasTable();
}

void ResultsPage::setPeriod(const ResultsPeriod& period)
{
    // One request for the whole change, not one for each chooser.
    {
        const QSignalBlocker quietKind(m_periodKind);
        const QSignalBlocker quietYear(m_year);
        const QSignalBlocker quietQuarter(m_quarter);
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        PeriodKind kind = PeriodKind::Custom;
        if (period.isWhole()) {
            kind = PeriodKind::All;
        } else if (!period.from.isNull() && !period.to.isNull()) {
            const QString year = QString::number(period.from.year());
            const QString quarter =
                QStringLiteral("%1-Q%2").arg(period.from.year()).arg((period.from.month() + 2) / 3);
            if (ResultsPeriod::ofYear(year) == period)
                kind = PeriodKind::Year;
            else if (ResultsPeriod::ofQuarter(quarter) == period)
                kind = PeriodKind::Quarter;
            m_year->setValue(period.from.year());
            m_quarter->setCurrentIndex((period.from.month() - 1) / 3);
        }
        if (!period.from.isNull())
            m_from->setDate(period.from);
        if (!period.to.isNull())
            m_to->setDate(period.to);
        m_periodKind->setCurrentIndex(m_periodKind->findData(int(kind)));
    }
    onPeriodChanged();
}

void ResultsPage::onPeriodChanged()
{
    const auto kind = PeriodKind(m_periodKind->currentData().toInt());
    m_year->setVisible(kind == PeriodKind::Year || kind == PeriodKind::Quarter);
    m_quarter->setVisible(kind == PeriodKind::Quarter);
    m_from->setVisible(kind == PeriodKind::Custom);
    m_to->setVisible(kind == PeriodKind::Custom);
    Q_EMIT choiceChanged();
    request();
}

void ResultsPage::refresh()
{
    request();
}

void ResultsPage::clearTable(const QString& status)
{
    m_model->clear();
    m_evaluationModel->clear();
    m_stack->setCurrentWidget(m_view);
    m_notes->clear();
    fitNotes();
    m_status->setText(status);
}

void ResultsPage::request()
{
    if (m_projectId == 0) {
        clearTable({});
        return;
    }
    const ResultsPeriod chosen = period();
    if (chosen.isEmpty()) {
        clearTable(tr("The period starts after it ends: choose a start date on or before the end date."));
        return;
    }
    if (measure() == Measure::Evaluation) {
        if (m_loader.evaluation(m_projectId, key(), chosen)) {
            onEvaluationReady(m_projectId, key());
            return;
        }
    } else if (m_loader.table(m_projectId, key(), chosen)) {
        onTableReady(m_projectId, key());
        return;
    }
    clearTable(tr("Counting…"));
}

void ResultsPage::onTableReady(Id projectId, ResultsKey readyKey)
{
    if (projectId != m_projectId || readyKey != key() || measure() != Measure::Attendance)
        return;
    // A table of another period may have arrived: this one is still being counted, or asked for now.
    const ResultsPeriod chosen = period();
    if (chosen.isEmpty())
        return;
    std::optional<ResultsTable> table = m_loader.table(projectId, readyKey, chosen);
    if (!table)
        return;
    m_model->setTable(*table);
    showTable(table->notes);
}

void ResultsPage::onEvaluationReady(Id projectId, ResultsKey readyKey)
{
    if (projectId != m_projectId || readyKey != key() || measure() != Measure::Evaluation)
        return;
    const ResultsPeriod chosen = period();
    if (chosen.isEmpty())
        return;
    std::optional<ResultsLoader::EvaluationOutcome> outcome =
        m_loader.evaluation(projectId, readyKey, chosen);
    if (!outcome)
        return;
    if (!outcome->table) {
        showNotice(outcome->error);
        return;
    }
    m_evaluationModel->setTable(*outcome->table);
    showTable(outcome->table->notes);
}

void ResultsPage::showNotice(const QString& text)
{
    m_evaluationModel->clear();
    m_notice->setText(text);
    m_stack->setCurrentWidget(m_notice);
    m_notes->clear();
    fitNotes();
    m_status->clear();
}

void ResultsPage::showTable(const QStringList& notes)
{
    m_stack->setCurrentWidget(m_view);
    {
        const QSignalBlocker quiet(m_view->horizontalHeader());
        m_view->resizeColumnsToContents();
        m_labelWidth = m_view->columnWidth(ResultsTableModel::Label) + 12;
        for (int column = 1; column < m_view->model()->columnCount(); ++column)
            m_view->setColumnWidth(column, m_view->columnWidth(column) + 12);
    }
    fitColumns();
    m_status->setText(
        measure() == Measure::Evaluation
            ? tr("Double-click a count (or press Enter on it) to list the persons behind it; "
                 "point at a heading for its definition.")
            : tr("Double-click a number (or press Enter on it) to list the persons behind it."));
    QString items;
    for (const QString& note : notes)
        items += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
    m_notes->setText(items.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b><ul style='margin-top:2px'>%2</ul>")
                                           .arg(tr("Notes").toHtmlEscaped(), items));
    fitNotes();
}

bool ResultsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        fitNotes();
    }
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::fitNotes()
{
    const int wanted =
        m_notes->text().isEmpty() ? 0 : m_notes->heightForWidth(m_notesArea->viewport()->width());
    const int height = std::min(wanted, std::max(120, this->height() / 3));
    if (m_notesArea->height() != height)
        m_notesArea->setFixedHeight(height);
}

void ResultsPage::fitColumns()
{
    if (!hasTable())
        return;
    int numbers = 0;
    for (int column = 1; column < m_view->model()->columnCount(); ++column)
        numbers += m_view->columnWidth(column);
    const int left = m_view->viewport()->width() - numbers;
    m_fitting = true;
    m_view->setColumnWidth(ResultsTableModel::Label, std::max(kNarrowestLabel, std::min(left, m_labelWidth)));
    m_fitting = false;
}

void ResultsPage::onActivated(const QModelIndex& index)
{
    if (measure() == Measure::Evaluation) {
        if (std::optional<ParticipantFilter> filter = m_evaluationModel->filterFor(index))
            Q_EMIT drillDownRequested(m_projectId, *filter, m_evaluationModel->describe(index));
        return;
    }
    if (std::optional<ParticipantFilter> filter = m_model->filterFor(index))
        Q_EMIT drillDownRequested(m_projectId, *filter, m_model->describe(index));
}

} // namespace sd
