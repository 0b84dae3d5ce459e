#include "DrillDownDialog.h"

#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RegisterExport.h"
#include "RegisterModel.h"
#include "RegisterPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

DrillDownDialog::DrillDownDialog(ProgrammeDocument& document, Id projectId, const ParticipantFilter& filter,
                                 const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_projectId(projectId)
    , m_what(what)
    , m_model(new RegisterModel(document.queries(), RegisterKind::Participants, 0, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Persons behind the number"));
    auto* heading = new QLabel(what, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("drillDownCount"));
    m_count->setWordWrap(true);

    if (filter.indicator) {
        // The evaluation counts participations: the persons listed are theirs, each once.
        Result<QList<EvaluationQuery::Participation>> lines =
            document.queries().evaluation().participations(projectId, filter);
        QList<Id> ids;
        if (lines) {
            for (const EvaluationQuery::Participation& line : std::as_const(*lines)) {
                if (ids.isEmpty() || ids.last() != line.participantId)
                    ids.append(line.participantId);
            }
            m_participations = lines->size();
            m_model->showOnly(ids);
            m_count->setText(
                tr("%1, by %2. A person is listed once, however many of the activities they were counted in.")
                    .arg(tr("%Ln participation(s)", nullptr, int(lines->size())),
                         tr("%Ln person(s)", nullptr, int(ids.size()))));
        } else {
            m_model->showOnly({});
            m_count->setText(lines.error().message);
        }
    } else if (Result<QList<Id>> ids = document.queries().results().participantIds(projectId, filter)) {
        m_participations = ids->size();
        m_model->showOnly(ids.value());
        m_count->setText(tr("%Ln person(s) took part. A person is listed once, however many of the "
                            "activities they attended.",
                            nullptr, int(ids->size())));
    } else {
        m_model->showOnly({});
        m_count->setText(ids.error().message);
    }

    m_view->setObjectName(QStringLiteral("drillDownTable"));
    m_view->setModel(m_model);
    // The model reads its rows sorted by the first column; the header says so before sorting is
    // enabled, so that enabling it does not read them again.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    RegisterPage::fitColumns(m_view, m_model, 220);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT participantActivated(m_model->idAt(index.row()));
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the list as tab-separated text, for a spreadsheet"));
    connect(copy, &QPushButton::clicked, this, &DrillDownDialog::copyToClipboard);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportDrillDownButton"));
    m_export->setToolTip(tr("Save the persons listed, in the order shown, as CSV, XLSX or JSON"));
    auto* exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("Export the list shown…")), &QAction::triggered, this,
            [this] { exportList(false); });
    connect(exportMenu->addAction(tr("Export pseudonymised…")), &QAction::triggered, this,
            [this] { exportList(true); });
    m_export->setMenu(exportMenu);
    m_export->setEnabled(m_model->totalRows() > 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // Explicit, so the layout never changes the window's constraints once shown.
    setMinimumSize(560, 360);
    resize(900, 560);
}

qint64 DrillDownDialog::personCount() const
{
    return m_model->totalRows();
}

bool DrillDownDialog::exportList(bool pseudonymised)
{
    RegisterExport::Subject subject;
    subject.caption = pseudonymised ? tr("Export the persons behind the number, pseudonymised")
                                    : tr("Export the persons behind the number");
    subject.fileStem = tr("persons-behind-the-number");
    subject.contents = tr("Persons behind the number: %1").arg(m_what);
    subject.projectId = m_projectId;
    const QString written =
        pseudonymised
            ? RegisterExport::exportPseudonymised(this, m_document, *m_model, subject)
            : RegisterExport::exportShown(this, m_document, *m_model, m_view->horizontalHeader(), subject);
    return !written.isEmpty();
}

void DrillDownDialog::copyToClipboard() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    // Read in one statement: the model keeps only a few pages in memory.
    Result<QList<RegisterRow>> rows = m_model->query().rows(0, -1);
    if (!rows) {
        MessageBox::warning(const_cast<DrillDownDialog*>(this), tr("Copy list"), rows.error().message);
        return;
    }
    for (const RegisterRow& row : rows.value()) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount() && column < row.cells.size(); ++column)
            cells << m_model->displayText(column, row.cells.at(column));
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace sd
