#include "HistoryPanel.h"

#include "HistoryModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace sd {

HistoryPanel::HistoryPanel(QWidget* parent)
    : QDockWidget(tr("History"), parent)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_scope = new QLabel(body);
    m_recordOnly = new QCheckBox(tr("This record only"), body);
    m_recordOnly->setToolTip(tr("List only the changes to the record the window shows"));
    top->addWidget(m_scope, 1);
    top->addWidget(m_recordOnly);
    layout->addLayout(top);

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::Who, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::When, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_error = new QLabel(body);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    setWidget(body);

    connect(m_recordOnly, &QCheckBox::toggled, this, &HistoryPanel::applyScope);
    connect(m_model, &HistoryModel::errorChanged, this, [this](const QString& error) {
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    });
    applyScope();
}

void HistoryPanel::setDatabase(Database* database)
{
    m_model->setDatabase(database);
}

void HistoryPanel::setCurrentRecord(const HistoryRecord& record)
{
    if (record.table == m_current.table && record.id == m_current.id && record.code == m_current.code)
        return;
    m_current = record;
    applyScope();
}

void HistoryPanel::showRecord(const HistoryRecord& record)
{
    m_current = record;
    {
        const QSignalBlocker quiet(m_recordOnly);
        m_recordOnly->setChecked(record.isSet());
    }
    applyScope();
    show();
    raise();
    m_view->setFocus();
}

void HistoryPanel::refresh()
{
    // A hidden panel reads nothing; it reads the log when it is shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_model->refresh();
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        m_model->setRecord(scopeRecord(), HistoryModel::Reload::Always);
}

HistoryRecord HistoryPanel::scopeRecord() const
{
    return m_recordOnly->isChecked() && m_current.isSet() ? m_current : HistoryRecord();
}

void HistoryPanel::applyScope()
{
    m_recordOnly->setEnabled(m_current.isSet());
    const HistoryRecord scope = scopeRecord();
    m_scope->setText(scope.isSet() ? tr("Changes to %1").arg(ChangeHistory::recordName(scope))
                                   : tr("All changes to the programme"));
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_model->setRecord(scope);
}

} // namespace sd
