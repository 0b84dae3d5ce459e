#include "ProjectOverviewPage.h"

#include "Formatting.h"
#include "KeyFigureTile.h"
#include "PageLayout.h"
#include "ProgrammeDocument.h"
#include "ResultsLoader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>

namespace sd {
namespace {

const QColor kBarColour(0x3B, 0x6E, 0xA5);
const QColor kBarHoverColour(0x2A, 0x50, 0x7A);
const QColor kTypeBarColour(0x4E, 0x9A, 0x8A);

QColor genderColour(const QString& code)
{
    if (code == QLatin1String("female"))
        return {0xC2, 0x5B, 0x7A};
    if (code == QLatin1String("male"))
        return {0x3B, 0x6E, 0xA5};
    if (code == QLatin1String("other"))
        return {0xE0, 0xA4, 0x3A};
    return {0xA0, 0xA4, 0xA8};
}

QChartView* makeChartView(QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Numbers on bars and axes in the window's locale, with its thousands separators ("28,263").
    // Value axes then need a floating-point label format: Qt Charts leaves "%d" labels empty.
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->hide();
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() + 1);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setMinimumWidth(300);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QLabel* makeTextBlock(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Institution types as an axis can hold them: the two long names shortened (the drill-down and
// the results page keep the full names).
QString axisLabel(const QString& typeCode, const QString& label)
{
    if (typeCode == QLatin1String("international_organisation"))
        return ProjectOverviewPage::tr("Intl. organisation");
    if (typeCode == QLatin1String("eu_member_state_administration"))
        return ProjectOverviewPage::tr("EU member state");
    return label;
}

// The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at least value.
double niceUpperBound(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (factor * magnitude >= value)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// Ticks along a horizontal value axis a third of the window wide: thousands ("20,000") take room,
// so they get fewer ticks than small numbers, which would otherwise run into each other.
int valueTicks(double top)
{
    if (top >= 1000.0)
        return 3;
    return std::fmod(top, 3.0) == 0.0 ? 4 : 5;
}

// Horizontal bars of the rows' participations, one a category (bottom up), each with its number at
// its end, over a value axis with headroom (a factor of the highest bar) for those numbers. Returns
// the set, for its clicks and hovers.
QBarSet* addParticipationBars(QChart* chart, const QString& name, const QColor& colour,
                              const QList<ResultsRow>& rows, const QStringList& categories, double headroom)
{
    auto* set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour);
    qint64 highest = 0;
    for (const ResultsRow& row : rows) {
        *set << double(row.participations);
        highest = std::max(highest, row.participations);
    }
    set->setLabelColor(QColor(0x1d, 0x2b, 0x3a));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    series->setLabelsFormat(QStringLiteral("@value"));
    // Whole numbers in full: the default precision would write a million as 1e+06.
    series->setLabelsPrecision(15);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsVisible(true);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    const double top = niceUpperBound(double(std::max<qint64>(highest, 1)) * headroom);
    valueAxis->setRange(0, top);
    valueAxis->setTickCount(valueTicks(top));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return set;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString sectionHeading(const QString& text)
{
    return QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>").arg(escaped(text));
}

} // namespace

ProjectOverviewPage::ProjectOverviewPage(ProgrammeDocument& document, ResultsLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_loader(loader)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));

    m_title = makePageTitle(content);
    m_subtitle = makePageSubtitle(content);
    m_editProject = new QPushButton(tr("Edit &project…"), content);
    m_editProject->setObjectName(QStringLiteral("editProjectButton"));
    connect(m_editProject, &QPushButton::clicked, this, [this] { Q_EMIT editProjectRequested(m_projectId); });
    connect(&m_document, &ProgrammeDocument::connectionLost, this, &ProjectOverviewPage::showEditable);
    connect(&m_document, &ProgrammeDocument::reconnected, this, &ProjectOverviewPage::showEditable);
    QHBoxLayout* titleRow = makeTitleRow({m_title, m_subtitle});
    titleRow->addWidget(m_editProject, 0, Qt::AlignTop);

    m_participations = new KeyFigureTile(tr("participations"), QStringLiteral("tileParticipations"), content);
    m_uniqueParticipants =
        new KeyFigureTile(tr("unique participants"), QStringLiteral("tileUniqueParticipants"), content);
    m_participantDays =
        new KeyFigureTile(tr("participant-days"), QStringLiteral("tileParticipantDays"), content);
    m_experts = new KeyFigureTile(tr("experts"), QStringLiteral("tileExperts"), content);
    m_expertCountries =
        new KeyFigureTile(tr("expert countries"), QStringLiteral("tileExpertCountries"), content);
    m_participations->setClickable(true);
    m_uniqueParticipants->setClickable(true);
    auto drillIntoEveryone = [this] {
        Q_EMIT drillDownRequested(m_projectId, ParticipantFilter{}, tr("everyone who took part"));
    };
    connect(m_participations, &KeyFigureTile::clicked, this, drillIntoEveryone);
    connect(m_uniqueParticipants, &KeyFigureTile::clicked, this, drillIntoEveryone);
    m_improved =
        new KeyFigureTile(tr("improved their knowledge"), QStringLiteral("tileImprovedKnowledge"), content);
    m_improved->setClickable(true);
    m_improved->hide();
    connect(m_improved, &KeyFigureTile::clicked, this, [this] {
        ParticipantFilter filter;
        filter.indicator = EvaluationIndicator::Improved;
        Q_EMIT drillDownRequested(m_projectId, filter,
                                  tr("improved their knowledge (post-test above pre-test)"));
    });

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (KeyFigureTile* tile : {m_participations, m_uniqueParticipants, m_participantDays, m_experts,
                                m_expertCountries, m_improved})
        tiles->addWidget(tile);

    m_activityChart = makeChartView(content);
    m_activityChart->setObjectName(QStringLiteral("chartParticipationsPerActivity"));
    m_activityNote = new QLabel(content);
    m_activityNote->setObjectName(QStringLiteral("activityChartNote"));
    m_activityNote->setWordWrap(true);
    m_activityNote->setTextFormat(Qt::RichText);
    m_activityNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_activityNote->hide();
    connect(m_activityNote, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("results:activity"))
            Q_EMIT resultsRequested(ResultsKey::Activity);
    });
    auto* activityColumn = new QVBoxLayout;
    activityColumn->setSpacing(4);
    activityColumn->addWidget(m_activityChart);
    activityColumn->addWidget(m_activityNote);
    activityColumn->addStretch(1);
    m_genderChart = makeChartView(content);
    m_genderChart->setObjectName(QStringLiteral("chartGender"));
    // Set once: a legend made smaller at every refresh would end unreadable.
    QFont legendFont = m_genderChart->chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_genderChart->chart()->legend()->setFont(legendFont);
    // A narrow chart cuts long entries ("Not stated …"); the tooltip holds them whole.
    m_genderChart->chart()->legend()->setShowToolTips(true);
    m_institutionTypeChart = makeChartView(content);
    m_institutionTypeChart->setObjectName(QStringLiteral("chartInstitutionType"));
    // Titles too long for their chart go on two lines as the charts are resized.
    for (QChartView* view : {m_activityChart, m_genderChart, m_institutionTypeChart})
        view->installEventFilter(this);
    auto* charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addLayout(activityColumn, 8);
    charts->addWidget(m_genderChart, 8, Qt::AlignTop);
    charts->addWidget(m_institutionTypeChart, 9, Qt::AlignTop);
    auto* chartHint = new QLabel(tr("Click a bar or a slice to list the persons behind it."), content);
    chartHint->setObjectName(QStringLiteral("hint"));

    m_summary = makeTextBlock(content);
    m_objectives = makeTextBlock(content);
    m_components = makeTextBlock(content);
    connect(m_objectives, &QLabel::linkActivated, this, &ProjectOverviewPage::onLink);
    connect(m_components, &QLabel::linkActivated, this, &ProjectOverviewPage::onLink);
    m_narrative = makeTextBlock(content);
    auto* texts = new QGridLayout;
    texts->setHorizontalSpacing(32);
    texts->setVerticalSpacing(8);
    texts->addWidget(m_summary, 0, 0);
    texts->addWidget(m_objectives, 1, 0);
    texts->addWidget(m_components, 2, 0);
    texts->addWidget(m_narrative, 0, 1, 3, 1);
    texts->setColumnStretch(0, 1);
    texts->setColumnStretch(1, 1);
    texts->setRowStretch(3, 1);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addSpacing(6);
    layout->addLayout(tiles);
    layout->addSpacing(6);
    layout->addLayout(charts);
    layout->addWidget(chartHint);
    layout->addSpacing(6);
    layout->addLayout(texts);
    layout->addStretch(1);

    fillWithScrollArea(this, content);

    connect(&m_loader, &ResultsLoader::ready, this, &ProjectOverviewPage::onTableReady);
    connect(&m_loader, &ResultsLoader::evaluationReady, this, &ProjectOverviewPage::onEvaluationReady);
}

void ProjectOverviewPage::setChartTitle(QChartView* view, const QString& title)
{
    view->setProperty("fullTitle", title);
    fitChartTitle(view);
}

void ProjectOverviewPage::fitChartTitle(QChartView* view)
{
    // A title wider than its chart goes on two lines (Qt Charts would cut it with "...").
    const QString title = view->property("fullTitle").toString();
    QChart* chart = view->chart();
    const int room = view->width() - chart->margins().left() - chart->margins().right() - 24;
    qsizetype middle = -1;
    if (QFontMetrics(chart->titleFont()).horizontalAdvance(title) > room) {
        for (qsizetype i = 0; i < title.size(); ++i) {
            if (title.at(i) == QLatin1Char(' ') &&
                (middle < 0 || std::abs(title.size() / 2 - i) < std::abs(title.size() / 2 - middle)))
                middle = i;
        }
    }
    chart->setTitle(middle < 0 ? title
                               : title.left(middle).toHtmlEscaped() + QStringLiteral("<br>") +
                                     title.mid(middle + 1).toHtmlEscaped());
}

bool ProjectOverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (auto* view = qobject_cast<QChartView*>(watched))
            fitChartTitle(view);
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectOverviewPage::showProject(Id projectId)
{
    m_projectId = projectId;
    refresh();
}

void ProjectOverviewPage::refresh()
{
    showFacts();
    showFigures();
}

QString ProjectOverviewPage::keyFigure(const QString& tileName) const
{
    auto* tile = findChild<KeyFigureTile*>(tileName);
    return tile ? tile->value() : QString();
}

QChart* ProjectOverviewPage::participationsChart() const
{
    return m_activityChart->chart();
}

void ProjectOverviewPage::showFacts()
{
    showEditable();
    ProgrammeStore& store = m_document.store();
    Result<Project> project = store.project(m_projectId);
    if (!project) {
        m_title->setText(tr("No project"));
        m_subtitle->clear();
        return;
    }
    const QLocale locale;
    m_title->setText(project->code + QStringLiteral(" · ") + project->title);

    // Who asked for the programme: "INM (SEGOB), UPM (SEGOB)" in the subtitle, full names below.
    QStringList requestedShort;
    QStringList requestedLong;
    for (Id institutionId : project->requestingInstitutionIds) {
        Result<Institution> institution = store.institution(institutionId);
        if (!institution)
            continue;
        QString shortName = institution->acronym.isEmpty() ? institution->name : institution->acronym;
        QString longName = institution->acronym.isEmpty()
                               ? escaped(institution->name)
                               : tr("%1 (%2)").arg(escaped(institution->name), escaped(institution->acronym));
        if (institution->parentId > 0) {
            if (Result<Institution> parent = store.institution(institution->parentId)) {
                shortName +=
                    QStringLiteral(" (%1)").arg(parent->acronym.isEmpty() ? parent->name : parent->acronym);
                longName += tr(", part of the %1").arg(escaped(parent->name));
            }
        }
        requestedShort << shortName;
        requestedLong << longName;
    }
    QStringList facts;
    if (!project->beneficiaryCountry.isEmpty())
        facts << project->beneficiaryCountry;
    facts << tr("%1 – %2").arg(locale.toString(project->startDate, QStringLiteral("MMM yyyy")),
                               locale.toString(project->endDate, QStringLiteral("MMM yyyy")));
    if (!requestedShort.isEmpty())
        facts << tr("requested by %1").arg(requestedShort.join(QStringLiteral(", ")));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    QString summary = sectionHeading(tr("Summary"));
    summary += QStringLiteral("<p>%1</p>").arg(escaped(project->summary));
    if (!requestedLong.isEmpty())
        summary += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(escaped(tr("Requested by:")), requestedLong.join(QStringLiteral("; ")));
    m_summary->setText(summary);

    QHash<Id, int> componentNumbers;
    QString components = sectionHeading(tr("Components"));
    if (Result<QList<Component>> list = store.components(m_projectId)) {
        components += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (const Component& component : list.value()) {
            componentNumbers.insert(component.id, component.number);
            components +=
                QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2%3</td></tr>")
                    .arg(component.number)
                    .arg(escaped(component.title), editLink(QStringLiteral("component"), component.id));
        }
        components += QStringLiteral("</table>");
    }
    m_components->setText(components);

    QString objectives = sectionHeading(tr("Objectives"));
    if (Result<QList<Objective>> list = store.objectives(m_projectId)) {
        objectives += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (const Objective& objective : list.value()) {
            QStringList numbers;
            for (Id componentId : objective.componentIds)
                numbers << QString::number(componentNumbers.value(componentId));
            const QString linked =
                numbers.isEmpty()
                    ? QString()
                    : QStringLiteral(" <span style='color:#666'>(%1)</span>")
                          .arg(escaped(numbers.size() == 1
                                           ? tr("component %1").arg(numbers.first())
                                           : tr("components %1").arg(numbers.join(QStringLiteral(", ")))));
            objectives +=
                QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;&nbsp;</td><td>%2%3%4</td></tr>")
                    .arg(objective.number)
                    .arg(escaped(objective.statement), linked,
                         editLink(QStringLiteral("objective"), objective.id));
        }
        objectives += QStringLiteral("</table>");
    }
    m_objectives->setText(objectives);

    QString narrative = sectionHeading(tr("Results"));
    const QStringList paragraphs = project->resultsNarrative.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs)
        narrative += QStringLiteral("<p>%1</p>").arg(escaped(paragraph));
    if (!project->quotation.isEmpty())
        narrative += QStringLiteral("<p style='margin-left:16px; color:#444'><i>“%1”</i></p>")
                         .arg(escaped(project->quotation));
    m_narrative->setText(narrative);
}

void ProjectOverviewPage::showEditable()
{
    const bool editable = !m_document.isReadOnly();
    m_editProject->setEnabled(editable);
    m_editProject->setToolTip(editable ? QString() : m_document.readOnlyReason());
}

QString ProjectOverviewPage::editLink(const QString& kind, Id id) const
{
    if (m_document.isReadOnly())
        return {};
    return QStringLiteral(" &nbsp;<a href='%1:%2' style='color:#3b6ea5'>%3</a>")
        .arg(kind)
        .arg(id)
        .arg(escaped(tr("edit")));
}

void ProjectOverviewPage::onLink(const QString& link)
{
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return;
    const Id id = parts.at(1).toLongLong();
    if (parts.at(0) == QLatin1String("objective"))
        Q_EMIT editObjectiveRequested(id);
    else if (parts.at(0) == QLatin1String("component"))
        Q_EMIT editComponentRequested(id);
}

void ProjectOverviewPage::showFigures()
{
    for (KeyFigureTile* tile :
         {m_participations, m_uniqueParticipants, m_participantDays, m_experts, m_expertCountries})
        tile->setPending();
    m_improved->setPending();
    for (ResultsKey key : {ResultsKey::Activity, ResultsKey::Gender, ResultsKey::InstitutionType}) {
        if (m_loader.table(m_projectId, key))
            onTableReady(m_projectId, key);
    }
    if (m_loader.evaluation(m_projectId, ResultsKey::Activity))
        onEvaluationReady(m_projectId, ResultsKey::Activity);
}

void ProjectOverviewPage::onEvaluationReady(Id projectId, ResultsKey key)
{
    if (projectId != m_projectId || key != ResultsKey::Activity)
        return;
    std::optional<ResultsLoader::EvaluationOutcome> outcome = m_loader.evaluation(projectId, key);
    if (!outcome)
        return;
    // No tile for a project without knowledge tests, nor for a table that could not be counted (the
    // results page says why).
    const bool tested =
        outcome->table &&
        std::any_of(outcome->table->rows.cbegin(), outcome->table->rows.cend(),
                    [](const EvaluationRow& row) { return row.testMaxScore.value_or(0.0) > 0.0; });
    m_improved->setVisible(tested);
    if (!tested)
        return;
    const EvaluationCounts& totals = outcome->table->totals;
    const QLocale locale;
    m_improved->setValue(locale.toString(totals.improved));
    m_improved->setCaption(tr("improved their knowledge, of %1 tested").arg(locale.toString(totals.paired)));
    // The definitions in the words of the evaluation table's notes.
    QString improved;
    QString paired;
    for (const EvaluationFields::Reference& reference : EvaluationFields::reference()) {
        if (reference.key == QLatin1String("improved"))
            improved = reference.definition;
        else if (reference.key == QLatin1String("paired"))
            paired = reference.definition;
    }
    m_improved->setToolTip(
        tr("Improved: %1\nTested: %2\nClick to list the persons behind this number.").arg(improved, paired));
}

void ProjectOverviewPage::onTableReady(Id projectId, ResultsKey key)
{
    if (projectId != m_projectId)
        return;
    std::optional<ResultsTable> table = m_loader.table(projectId, key);
    if (!table)
        return;
    const QLocale locale;
    switch (key) {
    case ResultsKey::Activity:
        m_participations->setValue(locale.toString(table->totals.participations));
        m_uniqueParticipants->setValue(locale.toString(table->totals.uniqueParticipants));
        m_participantDays->setValue(daysText(table->totals.participantDays));
        m_experts->setValue(locale.toString(table->totals.experts));
        m_expertCountries->setValue(locale.toString(table->totals.expertCountries));
        fillActivityChart(*table);
        break;
    case ResultsKey::Gender:
        fillGenderChart(*table);
        break;
    case ResultsKey::InstitutionType:
        fillInstitutionTypeChart(*table);
        break;
    default:
        break;
    }
}

void ProjectOverviewPage::fillActivityChart(const ResultsTable& table)
{
    QChart* chart = m_activityChart->chart();
    clearChart(chart);
    chart->setLocale(QLocale());
    setChartTitle(m_activityChart, tr("Participations per activity"));
    const QLocale locale;
    // A line per activity, its code on the left: codes stay whole however narrow the chart, where
    // columns cut "2.1" to "…" below a third of a laptop's screen.
    QList<ResultsRow> rows = table.rows;
    const bool trimmed = rows.size() > kMaxActivityBars;
    if (trimmed) {
        // The largest activities, largest first; the others are summed up under the chart, with
        // the way to the full table.
        std::stable_sort(rows.begin(), rows.end(), [](const ResultsRow& a, const ResultsRow& b) {
            return a.participations > b.participations;
        });
        qint64 others = 0;
        for (qsizetype i = kMaxActivityBars; i < rows.size(); ++i)
            others += rows.at(i).participations;
        const qsizetype otherActivities = rows.size() - kMaxActivityBars;
        rows = rows.mid(0, kMaxActivityBars);
        m_activityNote->setText(
            tr("The %1 largest of %2 activities. The other %3 together: %4.")
                .arg(kMaxActivityBars)
                .arg(locale.toString(qint64(table.rows.size())), locale.toString(qint64(otherActivities)),
                     tr("%Ln participation(s)", nullptr, int(std::min<qint64>(others, INT_MAX)))
                         .toHtmlEscaped()) +
            QStringLiteral(" <a href='results:activity'>%1</a>").arg(tr("Every activity…").toHtmlEscaped()));
    }
    m_activityNote->setVisible(trimmed);
    // Horizontal bars are drawn from the bottom up: the first activity goes last.
    std::reverse(rows.begin(), rows.end());
    // Room for each code: a line too low for its label gets "…" instead.
    m_activityChart->setMinimumHeight(std::max(300, 90 + 28 * int(rows.size())));

    QStringList codes;
    for (const ResultsRow& row : rows)
        codes << row.key;
    QBarSet* set = addParticipationBars(chart, tr("Participations"), kBarColour, rows, codes, 1.2);

    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index < 0 || index >= rows.size())
            return;
        Q_EMIT drillDownRequested(m_projectId,
                                  ParticipantFilter::forRow(ResultsKey::Activity, rows.at(index)),
                                  tr("activity %1 – %2").arg(rows.at(index).key, rows.at(index).label));
    });
    connect(set, &QBarSet::hovered, this, [rows](bool status, int index) {
        if (!status || index < 0 || index >= rows.size()) {
            QToolTip::hideText();
            return;
        }
        const ResultsRow& row = rows.at(index);
        const QLocale here;
        QToolTip::showText(QCursor::pos(), tr("%1 %2\nparticipations: %3 · unique participants: %4")
                                               .arg(row.key, row.label, here.toString(row.participations),
                                                    here.toString(row.uniqueParticipants)));
    });
}

void ProjectOverviewPage::fillGenderChart(const ResultsTable& table)
{
    QChart* chart = m_genderChart->chart();
    clearChart(chart);
    chart->setLocale(QLocale());
    setChartTitle(m_genderChart, tr("Participants by gender"));
    auto* series = new QPieSeries;
    series->setPieSize(0.7);
    series->setHoleSize(0.0);
    const qint64 total = std::max<qint64>(1, table.totals.uniqueParticipants);
    const QLocale locale;
    for (const ResultsRow& row : table.rows) {
        if (row.uniqueParticipants == 0)
            continue;
        const double share = 100.0 * double(row.uniqueParticipants) / double(total);
        // Small shares keep a decimal, so that a group of three persons does not read "0 %".
        const QString percent =
            tr("%1 %").arg(locale.toString(share, 'f', share > 0.0 && share < 1.0 ? 1 : 0));
        auto* slice = series->append(tr("%1  %2").arg(row.label, percent), double(row.uniqueParticipants));
        slice->setColor(genderColour(row.key));
        slice->setBorderColor(Qt::white);
        const QString label = row.label;
        connect(slice, &QPieSlice::clicked, this, [this, row] {
            Q_EMIT drillDownRequested(m_projectId, ParticipantFilter::forRow(ResultsKey::Gender, row),
                                      tr("gender: %1").arg(row.label));
        });
        const qint64 persons = row.uniqueParticipants;
        connect(slice, &QPieSlice::hovered, slice, [slice, label, persons](bool state) {
            slice->setExploded(state);
            if (state)
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %Ln person(s)", nullptr, int(std::min<qint64>(persons, INT_MAX))).arg(label));
            else
                QToolTip::hideText();
        });
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ProjectOverviewPage::fillInstitutionTypeChart(const ResultsTable& table)
{
    QChart* chart = m_institutionTypeChart->chart();
    clearChart(chart);
    chart->setLocale(QLocale());
    setChartTitle(m_institutionTypeChart, tr("Participations by institution type"));
    QList<ResultsRow> rows;
    for (const ResultsRow& row : table.rows) {
        if (row.participations > 0)
            rows << row;
    }
    // Horizontal bars are drawn from the bottom up: ascending order puts the largest on top.
    std::stable_sort(rows.begin(), rows.end(), [](const ResultsRow& a, const ResultsRow& b) {
        return a.participations < b.participations;
    });
    QStringList categories;
    for (const ResultsRow& row : rows)
        categories << axisLabel(row.key, row.label);
    QBarSet* set = addParticipationBars(chart, tr("Participations"), kTypeBarColour, rows, categories, 1.12);

    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index < 0 || index >= rows.size())
            return;
        Q_EMIT drillDownRequested(m_projectId,
                                  ParticipantFilter::forRow(ResultsKey::InstitutionType, rows.at(index)),
                                  tr("institution type: %1").arg(rows.at(index).label));
    });
}

} // namespace sd
