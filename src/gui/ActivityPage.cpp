#include "ActivityPage.h"

#include "EvaluationChartsView.h"
#include "Formatting.h"
#include "KeyFigureTile.h"
#include "PageLayout.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsLoader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

QTableWidget* makeSmallTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    return label;
}

} // namespace

ActivityPage::ActivityPage(ProgrammeDocument& document, ResultsLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_loader(loader)
{
    m_title = makePageTitle(this);
    m_subtitle = makePageSubtitle(this);
    m_note = makeWrappedLabel(QStringLiteral("hint"), this);

    m_attendanceButton = new QPushButton(tr("&Attendance…"), this);
    m_attendanceButton->setObjectName(QStringLiteral("attendanceButton"));
    m_attendanceButton->setToolTip(tr("Record who was present at each session (Ctrl+T)"));
    m_attendanceButton->setDefault(true);
    m_evaluationButton = new QPushButton(tr("E&valuation…"), this);
    m_evaluationButton->setObjectName(QStringLiteral("evaluationButton"));
    m_evaluationButton->setToolTip(
        tr("Enter the test scores, satisfaction answers and follow-up of each participant"));
    m_editButton = new QPushButton(tr("&Edit activity…"), this);
    m_editButton->setObjectName(QStringLiteral("editActivityButton"));
    m_printButton = new QPushButton(tr("&Print"), this);
    m_printButton->setObjectName(QStringLiteral("printActivityButton"));
    m_printButton->setToolTip(tr("Participant list, sign-in sheets and certificates of this activity"));
    connect(m_attendanceButton, &QPushButton::clicked, this,
            [this] { Q_EMIT attendanceRequested(m_activityId); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_activityId); });
    connect(m_evaluationButton, &QPushButton::clicked, this,
            [this] { Q_EMIT evaluationRequested(m_activityId); });

    QHBoxLayout* titleRow = makeTitleRow({m_title, m_subtitle, m_note});
    titleRow->addWidget(m_printButton, 0, Qt::AlignTop);
    titleRow->addWidget(m_editButton, 0, Qt::AlignTop);
    titleRow->addWidget(m_evaluationButton, 0, Qt::AlignTop);
    titleRow->addWidget(m_attendanceButton, 0, Qt::AlignTop);

    m_enrolled = new KeyFigureTile(tr("enrolled"), QStringLiteral("tileEnrolled"), this);
    m_tookPart = new KeyFigureTile(tr("took part"), QStringLiteral("tileTookPart"), this);
    m_participantDays =
        new KeyFigureTile(tr("participant-days"), QStringLiteral("tileParticipantDays"), this);
    m_sessionCount = new KeyFigureTile(tr("sessions"), QStringLiteral("tileSessions"), this);
    m_expertCount = new KeyFigureTile(tr("experts"), QStringLiteral("tileExperts"), this);
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (KeyFigureTile* tile : {m_enrolled, m_tookPart, m_participantDays, m_sessionCount, m_expertCount})
        tiles->addWidget(tile);

    m_evaluationCharts = new EvaluationChartsView(this);
    m_evaluationCharts->setObjectName(QStringLiteral("evaluationCharts"));
    m_evaluationCharts->hide();

    m_description = new QLabel(this);
    m_description->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessions = makeSmallTable({tr("Date"), tr("Part of the day")}, this);
    m_sessions->setObjectName(QStringLiteral("sessionsTable"));
    m_experts = makeSmallTable({tr("Expert"), tr("Role"), tr("Country")}, this);
    m_experts->setObjectName(QStringLiteral("expertsTable"));
    connect(m_experts, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const QTableWidgetItem* name = m_experts->item(item->row(), 0))
            Q_EMIT expertActivated(name->data(Qt::UserRole).toLongLong());
    });

    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_description);
    left->addWidget(makeHeading(tr("Sessions"), this));
    left->addWidget(m_sessions);
    left->addWidget(makeHeading(tr("Experts"), this));
    left->addWidget(m_experts);
    left->addStretch(1);

    m_rosterLayout = new QVBoxLayout;
    m_rosterLayout->setContentsMargins(0, 0, 0, 0);

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left, 4);
    body->addLayout(m_rosterLayout, 7);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(tiles);
    layout->addWidget(m_evaluationCharts);
    layout->addLayout(body, 1);

    connect(&m_loader, &ResultsLoader::ready, this, &ActivityPage::onTableReady);
}

void ActivityPage::showActivity(Id activityId)
{
    m_activityId = activityId;
    if (m_roster) {
        m_roster->deleteLater();
        m_roster = nullptr;
    }
    m_roster = new RegisterPage(m_document.queries(), RegisterKind::ActivityRoster, activityId, this);
    m_roster->setObjectName(QStringLiteral("activityRoster"));
    m_roster->layout()->setContentsMargins(0, 0, 0, 0);
    connect(m_roster, &RegisterPage::recordActivated, this,
            [this](RegisterKind, Id participantId) { Q_EMIT participantActivated(participantId); });
    connect(m_roster, &RegisterPage::failed, this, &ActivityPage::failed);
    m_rosterLayout->addWidget(m_roster);
    showFacts();
    showFigures();
    showEvaluation();
    Q_EMIT rosterChanged(m_roster);
}

void ActivityPage::setPrintMenu(QMenu* menu)
{
    m_printButton->setMenu(menu);
}

void ActivityPage::refresh()
{
    if (m_roster)
        m_roster->refresh();
    showFacts();
    showFigures();
    showEvaluation();
}

void ActivityPage::showFacts()
{
    ProgrammeStore& store = m_document.store();
    Result<Activity> activity = store.activity(m_activityId);
    if (!activity) {
        m_activity = Activity{};
        m_title->setText(tr("This activity no longer exists."));
        m_subtitle->clear();
        m_note->clear();
        m_attendanceButton->setEnabled(false);
        m_evaluationButton->setEnabled(false);
        m_editButton->setEnabled(false);
        m_printButton->setEnabled(false);
        return;
    }
    m_activity = activity.value();
    m_attendanceButton->setEnabled(true);
    m_evaluationButton->setEnabled(true);
    m_editButton->setEnabled(true);
    m_printButton->setEnabled(true);
    m_title->setText(m_activity.code + QStringLiteral(" · ") + m_activity.title);

    QStringList facts{toLabel(m_activity.type)};
    QStringList venue;
    if (!m_activity.venueCity.isEmpty())
        venue << m_activity.venueCity;
    if (!m_activity.venueCountry.isEmpty())
        venue << m_activity.venueCountry;
    if (!venue.isEmpty())
        facts << venue.join(QStringLiteral(", "));
    facts << dateRangeText(m_activity.startDate, m_activity.endDate);
    facts << toLabel(m_activity.status);
    if (Result<QList<Component>> components = store.components(m_activity.projectId)) {
        QStringList names;
        for (const Component& component : components.value()) {
            if (m_activity.componentIds.contains(component.id))
                names << tr("Component %1").arg(component.number);
        }
        if (!names.isEmpty())
            facts << names.join(QStringLiteral(", "));
    }
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    m_note->setText(m_activity.illustrative
                        ? tr("Dates and venue are illustrative: the programme's source does not give them.")
                        : QString());
    m_note->setVisible(m_activity.illustrative);

    QString description;
    if (!m_activity.description.isEmpty())
        description += QStringLiteral("<p>%1</p>").arg(m_activity.description.toHtmlEscaped());
    if (!m_activity.outputs.isEmpty())
        description += QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("Outputs:").toHtmlEscaped(), m_activity.outputs.toHtmlEscaped());
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());

    m_sessions->setRowCount(0);
    if (Result<QList<Session>> sessions = store.sessions(m_activityId)) {
        m_sessions->setRowCount(int(sessions->size()));
        for (int row = 0; row < sessions->size(); ++row) {
            const Session& session = sessions->at(row);
            m_sessions->setItem(row, 0, new QTableWidgetItem(dayText(session.date)));
            m_sessions->setItem(row, 1, new QTableWidgetItem(toLabel(session.part)));
        }
        m_sessionCount->setValue(QLocale().toString(qint64(sessions->size())));
    } else {
        Q_EMIT failed(sessions.error().message);
    }
    m_sessions->resizeColumnToContents(0);

    m_experts->setRowCount(0);
    if (Result<QList<ActivityExpert>> experts = store.activityExperts(m_activityId)) {
        m_experts->setRowCount(int(experts->size()));
        for (int row = 0; row < experts->size(); ++row) {
            const ActivityExpert& assigned = experts->at(row);
            Result<Expert> expert = store.expert(assigned.expertId);
            const QString name = expert ? expert->fullName() : tr("(unknown expert)");
            auto* nameItem = new QTableWidgetItem(name);
            nameItem->setData(Qt::UserRole, assigned.expertId);
            if (expert && !expert->institution.isEmpty())
                nameItem->setToolTip(expert->institution);
            m_experts->setItem(row, 0, nameItem);
            m_experts->setItem(row, 1, new QTableWidgetItem(toLabel(assigned.role)));
            m_experts->setItem(row, 2, new QTableWidgetItem(expert ? expert->country : QString()));
        }
        m_expertCount->setValue(QLocale().toString(qint64(experts->size())));
    } else {
        Q_EMIT failed(experts.error().message);
    }
    m_experts->resizeColumnsToContents();
    m_enrolled->setValue(QLocale().toString(m_roster ? m_roster->model()->unfilteredRows() : 0));
}

void ActivityPage::showFigures()
{
    m_tookPart->setPending();
    m_participantDays->setPending();
    if (m_activity.id == 0)
        return;
    if (m_loader.table(m_activity.projectId, ResultsKey::Activity))
        onTableReady(m_activity.projectId, ResultsKey::Activity);
}

// Read on every refresh: the page refreshes after any change to the file, the evaluation grid's saves
// and live refresh included, and the charts read only this activity's answers.
void ActivityPage::showEvaluation()
{
    if (m_activity.id == 0 || (!m_activity.hasKnowledgeTest() && !m_activity.satisfactionSurvey)) {
        m_evaluationCharts->hide();
        return;
    }
    Result<EvaluationChartData> charts = m_document.queries().evaluationCharts(m_activity);
    if (!charts) {
        m_evaluationCharts->hide();
        Q_EMIT failed(charts.error().message);
        return;
    }
    m_evaluationCharts->showCharts(*charts);
}

void ActivityPage::onTableReady(Id projectId, ResultsKey key)
{
    if (key != ResultsKey::Activity || m_activity.id == 0 || projectId != m_activity.projectId)
        return;
    std::optional<ResultsTable> table = m_loader.table(projectId, key);
    if (!table)
        return;
    m_tookPart->setValue(QStringLiteral("0"));
    m_participantDays->setValue(QStringLiteral("0"));
    for (const ResultsRow& row : table->rows) {
        if (row.key == m_activity.code) {
            m_tookPart->setValue(QLocale().toString(row.participations));
            m_participantDays->setValue(daysText(row.participantDays));
            break;
        }
    }
}

} // namespace sd
