#include "dialogs/ActivityDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/LanguageForms.h"
#include "storage/ProgrammeStore.h"
#include "ui_ActivityDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace sd {
namespace {

enum SessionColumn
{
    DateColumn,
    PartColumn,
    MarksColumn
};
enum ExpertColumn
{
    ExpertNameColumn,
    RoleColumn
};

// The next free top-level code: after 1, 2.1, 2.2 and 7 comes 8.
QString nextCode(const QList<Activity>& siblings)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+)"));
    int highest = 0;
    for (const Activity& sibling : siblings) {
        const QRegularExpressionMatch match = leading.match(sibling.code);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return QString::number(highest + 1);
}

// A frameless choice among an enum's values in a cell of table, showing value.
template <typename Enum>
QComboBox* setEnumCell(QTableWidget* table, int row, int column, Enum value)
{
    auto* combo = new QComboBox(table);
    fillEnumCombo<Enum>(combo);
    selectEnum(combo, value);
    combo->setFrame(false);
    table->setCellWidget(row, column, combo);
    return combo;
}

// The button removes the table's current row, if there is one, then calls removed().
void removesCurrentRow(QPushButton* button, QTableWidget* table, std::function<void()> removed)
{
    QObject::connect(button, &QPushButton::clicked, table, [table, removed = std::move(removed)] {
        const int row = table->currentRow();
        if (row < 0)
            return;
        table->removeRow(row);
        removed();
    });
}

} // namespace

ActivityDialog::ActivityDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : RecordForm(parent)
    , m_store(store)
{
    shown().activity.projectId = projectId;
    m_project = readOrWarn(store.project(projectId), "activity dialog");
    m_siblings = readOrWarn(store.activities(projectId), "activity dialog");
    m_experts = readOrWarn(store.experts(), "activity dialog");
    for (const Component& component : readOrWarn(store.components(projectId), "activity dialog"))
        addCheckItem(ui()->componentsList, tr("Component %1: %2").arg(component.number).arg(component.title),
                     component.id, false);
    if (ui()->componentsList->count() == 1)
        ui()->componentsList->item(0)->setCheckState(Qt::Checked);

    fillEnumCombo<ActivityType>(ui()->typeCombo);
    selectEnum(ui()->typeCombo, ActivityType::Seminar);
    fillEnumCombo<ActivityStatus>(ui()->statusCombo);
    selectEnum(ui()->statusCombo, ActivityStatus::Planned);
    setUpDateEdit(ui()->startDateEdit);
    setUpDateEdit(ui()->endDateEdit);

    ui()->sessionsTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::Stretch);
    ui()->sessionsTable->horizontalHeader()->setSectionResizeMode(PartColumn, QHeaderView::Stretch);
    ui()->sessionsTable->horizontalHeader()->setSectionResizeMode(MarksColumn, QHeaderView::ResizeToContents);
    ui()->sessionsTable->verticalHeader()->setVisible(false);
    ui()->expertsTable->horizontalHeader()->setSectionResizeMode(ExpertNameColumn, QHeaderView::Stretch);
    // The role is a drop-down in each row, which a column sized to its items' text would cut to
    // "L…": the column is as wide as a drop-down holding every role, or as its heading.
    QComboBox widestRole;
    fillEnumCombo<ExpertRole>(&widestRole);
    widestRole.setFrame(false);
    QHeaderView* expertsHeader = ui()->expertsTable->horizontalHeader();
    expertsHeader->setSectionResizeMode(RoleColumn, QHeaderView::Fixed);
    const int headingWidth = expertsHeader->fontMetrics().horizontalAdvance(
                                 ui()->expertsTable->horizontalHeaderItem(RoleColumn)->text()) +
                             24;
    // The cell widget sits inside the grid line.
    ui()->expertsTable->setColumnWidth(RoleColumn, std::max(widestRole.sizeHint().width() + 2, headingWidth));
    ui()->expertsTable->verticalHeader()->setVisible(false);

    // A new activity starts the day after the project's last activity, inside the time frame.
    QDate start = m_project.startDate.isValid() ? m_project.startDate : QDate::currentDate();
    for (const Activity& sibling : std::as_const(m_siblings)) {
        if (sibling.endDate.isValid() && sibling.endDate.addDays(1) > start)
            start = sibling.endDate.addDays(1);
    }
    if (m_project.endDate.isValid() && start > m_project.endDate)
        start = m_project.endDate;
    {
        const QSignalBlocker startBlocker(ui()->startDateEdit);
        const QSignalBlocker endBlocker(ui()->endDateEdit);
        ui()->startDateEdit->setDate(start);
        ui()->endDateEdit->setDate(start);
    }
    ui()->codeEdit->setText(nextCode(m_siblings));
    ui()->codeEdit->home(false);
    setSessions(defaultSessions(start, start));
    setWindowTitle(tr("New activity"));

    connect(ui()->startDateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::datesChanged);
    connect(ui()->endDateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::datesChanged);
    connect(ui()->addSessionButton, &QPushButton::clicked, this, [this] {
        const QList<Session> sessions = sessionsInTable();
        const QDate date = sessions.isEmpty() ? ui()->startDateEdit->date() : sessions.last().date.addDays(1);
        addSessionRow(Session{0, shown().activity.id, date, SessionPart::FullDay});
        sessionsEdited();
    });
    removesCurrentRow(ui()->removeSessionButton, ui()->sessionsTable, [this] { sessionsEdited(); });
    connect(ui()->regenerateButton, &QPushButton::clicked, this, [this] {
        m_sessionsFollowDates = true;
        regenerateSessions();
    });
    connect(ui()->addExpertButton, &QPushButton::clicked, this, [this] {
        QSet<Id> listed;
        for (const ActivityExpert& assignment : expertsInTable())
            listed.insert(assignment.expertId);
        Id next = 0;
        for (const Expert& expert : std::as_const(m_experts)) {
            if (!listed.contains(expert.id)) {
                next = expert.id;
                break;
            }
        }
        addExpertRow(ActivityExpert{next, listed.isEmpty() ? ExpertRole::LeadExpert : ExpertRole::Expert});
        ui()->expertsTable->setCurrentCell(ui()->expertsTable->rowCount() - 1, ExpertNameColumn);
        marks().touch(QStringLiteral("experts"));
        revalidate();
    });
    removesCurrentRow(ui()->removeExpertButton, ui()->expertsTable, [this] { revalidate(); });
    ui()->addExpertButton->setEnabled(!m_experts.isEmpty());

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"code", ui()->codeEdit, ui()->codeLabel},
                 {"title", ui()->titleEdit, ui()->titleLabel},
                 {"title_es", ui()->titleEsEdit},
                 {"type", ui()->typeCombo},
                 {"status", ui()->statusCombo},
                 {"components", ui()->componentsList, ui()->componentsLabel},
                 {"venue_city", ui()->venueCityEdit},
                 {"venue_city_es", ui()->venueCityEsEdit},
                 {"venue_country", ui()->venueCountryEdit},
                 {"start_date", ui()->startDateEdit, ui()->startLabel},
                 {"end_date", ui()->endDateEdit, ui()->endLabel},
                 {"description", ui()->descriptionEdit},
                 {"description_es", ui()->descriptionEsEdit},
                 {"outputs", ui()->outputsEdit},
                 {"outputs_es", ui()->outputsEsEdit},
                 // Sessions and experts are checked when their rows change (see above).
                 {"session.date", ui()->sessionsTable, ui()->sessionsLabel, false},
                 {"session.part", ui()->sessionsTable, ui()->sessionsLabel, false},
                 {"experts", ui()->expertsTable, ui()->expertsLabel, false},
                 {"knowledge_test", ui()->knowledgeTestCheck},
                 {"test_max_score", ui()->maxScoreSpin, ui()->maxScoreLabel},
                 {"mastery_threshold_pct", ui()->masterySpin, ui()->masteryLabel},
                 {"satisfaction_survey", ui()->satisfactionCheck},
                 {"follow_up", ui()->followUpCheck}});
    LanguageForms::link(ui()->titleEsEdit, ui()->titleEdit);
    LanguageForms::link(ui()->venueCityEsEdit, ui()->venueCityEdit);
    LanguageForms::link(ui()->descriptionEsEdit, ui()->descriptionEdit);
    LanguageForms::link(ui()->outputsEsEdit, ui()->outputsEdit);
    // The maximum and the threshold mean something only with a test; the store hears of them as a
    // maximum of 0 (no test), checked against the scores already entered.
    connect(ui()->knowledgeTestCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui()->maxScoreSpin->setEnabled(on);
        ui()->masterySpin->setEnabled(on);
        marks().touch(QStringLiteral("test_max_score"));
        revalidate();
    });
    ui()->maxScoreSpin->setEnabled(false);
    ui()->masterySpin->setEnabled(false);
    // The dates are checked together: a start after the end marks the end date.
    connect(ui()->startDateEdit, &QDateEdit::dateChanged, this, [this] {
        marks().touch(QStringLiteral("end_date"));
        marks().touch(QStringLiteral("session.date"));
        revalidate();
    });
    connect(ui()->endDateEdit, &QDateEdit::dateChanged, this, [this] {
        marks().touch(QStringLiteral("session.date"));
        revalidate();
    });
}

void ActivityDialog::fill(const ActivityValue& value)
{
    const Activity& activity = value.activity;
    m_marksPerSession.clear();
    if (activity.id > 0) {
        for (const AttendanceMark& mark : readOrWarn(m_store.attendance(activity.id), "activity dialog"))
            ++m_marksPerSession[mark.sessionId];
    }
    m_siblings.erase(
        std::remove_if(m_siblings.begin(), m_siblings.end(),
                       [&activity](const Activity& sibling) { return sibling.id == activity.id; }),
        m_siblings.end());
    ui()->codeEdit->setText(activity.code);
    ui()->titleEdit->setText(activity.title);
    ui()->titleEdit->home(false);
    ui()->titleEsEdit->setText(activity.titleEs);
    ui()->titleEsEdit->home(false);
    selectEnum(ui()->typeCombo, activity.type);
    selectEnum(ui()->statusCombo, activity.status);
    setCheckedIds(ui()->componentsList, activity.componentIds);
    ui()->venueCityEdit->setText(activity.venueCity);
    ui()->venueCityEdit->home(false);
    ui()->venueCityEsEdit->setText(activity.venueCityEs);
    ui()->venueCityEsEdit->home(false);
    ui()->venueCountryEdit->setText(activity.venueCountry);
    ui()->venueCountryEdit->home(false);
    {
        const QSignalBlocker startBlocker(ui()->startDateEdit);
        const QSignalBlocker endBlocker(ui()->endDateEdit);
        ui()->startDateEdit->setDate(activity.startDate);
        ui()->endDateEdit->setDate(activity.endDate);
    }
    ui()->descriptionEdit->setPlainText(activity.description);
    ui()->outputsEdit->setPlainText(activity.outputs);
    ui()->descriptionEsEdit->setPlainText(activity.descriptionEs);
    ui()->outputsEsEdit->setPlainText(activity.outputsEs);
    ui()->knowledgeTestCheck->setChecked(activity.hasKnowledgeTest());
    if (activity.hasKnowledgeTest())
        ui()->maxScoreSpin->setValue(activity.testMaxScore);
    ui()->masterySpin->setValue(activity.masteryThresholdPct);
    ui()->maxScoreSpin->setEnabled(activity.hasKnowledgeTest());
    ui()->masterySpin->setEnabled(activity.hasKnowledgeTest());
    ui()->satisfactionCheck->setChecked(activity.satisfactionSurvey);
    ui()->followUpCheck->setChecked(activity.followUp);
    setSessions(value.sessions);
    m_sessionsFollowDates = sessionsAreDefault();
    ui()->expertsTable->setRowCount(0);
    for (const ActivityExpert& assignment : value.experts)
        addExpertRow(assignment);
    setWindowTitle(activity.id > 0 ? tr("Activity %1").arg(activity.code) : tr("New activity"));
}

void ActivityDialog::read(ActivityValue& value) const
{
    Activity& activity = value.activity;
    activity.code = ui()->codeEdit->text().trimmed();
    activity.title = ui()->titleEdit->text().trimmed();
    activity.titleEs = ui()->titleEsEdit->text().trimmed();
    activity.type = selectedEnum(ui()->typeCombo, ActivityType::Other);
    activity.status = selectedEnum(ui()->statusCombo, ActivityStatus::Planned);
    activity.componentIds = checkedIds(ui()->componentsList);
    activity.venueCity = ui()->venueCityEdit->text().trimmed();
    activity.venueCityEs = ui()->venueCityEsEdit->text().trimmed();
    activity.venueCountry = ui()->venueCountryEdit->text().trimmed();
    activity.startDate = ui()->startDateEdit->date();
    activity.endDate = ui()->endDateEdit->date();
    activity.description = ui()->descriptionEdit->toPlainText().trimmed();
    activity.outputs = ui()->outputsEdit->toPlainText().trimmed();
    activity.descriptionEs = ui()->descriptionEsEdit->toPlainText().trimmed();
    activity.outputsEs = ui()->outputsEsEdit->toPlainText().trimmed();
    activity.testMaxScore = ui()->knowledgeTestCheck->isChecked() ? ui()->maxScoreSpin->value() : 0.0;
    activity.masteryThresholdPct = ui()->masterySpin->value();
    activity.satisfactionSurvey = ui()->satisfactionCheck->isChecked();
    activity.followUp = ui()->followUpCheck->isChecked();
    value.sessions = sessionsInTable();
    std::stable_sort(value.sessions.begin(), value.sessions.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date < b.date : static_cast<int>(a.part) < static_cast<int>(b.part);
    });
    value.experts = expertsInTable();
}

void ActivityDialog::checkMore(const ActivityValue& value, FieldErrors& errors) const
{
    const Activity& activity = value.activity;
    errors += validateWithinProject(activity, m_project);
    for (const Activity& sibling : m_siblings) {
        if (sibling.id != activity.id && sibling.code == activity.code && !activity.code.isEmpty()) {
            errors.append(
                {QStringLiteral("code"),
                 tr("Activity %1 exists already in this project; choose another code.").arg(activity.code)});
            break;
        }
    }
    if (value.sessions.isEmpty())
        errors.append({QStringLiteral("session.date"), tr("An activity needs one session at least.")});
    else if (activity.startDate.isValid() && activity.endDate.isValid() &&
             activity.startDate <= activity.endDate)
        errors += validateSessions(value.sessions, activity);
    QSet<Id> kept;
    for (const Session& session : value.sessions)
        kept.insert(session.id);
    for (auto it = m_marksPerSession.cbegin(); it != m_marksPerSession.cend(); ++it) {
        if (it.value() > 0 && !kept.contains(it.key()))
            errors.append(
                {QStringLiteral("session.date"),
                 tr("A removed session has %n attendance mark(s); keep it, or clear its marks in the "
                    "attendance dialog first.",
                    nullptr, it.value())});
    }
    QSet<Id> experts;
    for (const ActivityExpert& assignment : value.experts) {
        if (assignment.expertId == 0)
            continue;
        if (experts.contains(assignment.expertId)) {
            errors.append(
                {QStringLiteral("experts"), tr("An expert is listed twice; remove one of the rows.")});
            break;
        }
        experts.insert(assignment.expertId);
    }
}

void ActivityDialog::datesChanged()
{
    if (m_sessionsFollowDates)
        regenerateSessions();
}

void ActivityDialog::regenerateSessions()
{
    const QDate start = ui()->startDateEdit->date();
    const QDate end = ui()->endDateEdit->date();
    if (!start.isValid() || !end.isValid() || end < start || start.daysTo(end) > 366) {
        revalidate();
        return;
    }
    // Sessions already stored on a day keep their id (and with it their attendance marks).
    const QList<Session> current = sessionsInTable();
    QList<Session> sessions = defaultSessions(start, end);
    for (Session& session : sessions) {
        session.activityId = shown().activity.id;
        for (const Session& old : current) {
            if (old.id > 0 && old.date == session.date && old.part == SessionPart::FullDay)
                session.id = old.id;
        }
    }
    setSessions(sessions);
    revalidate();
}

void ActivityDialog::setSessions(const QList<Session>& sessions)
{
    ui()->sessionsTable->setRowCount(0);
    for (const Session& session : sessions)
        addSessionRow(session);
}

void ActivityDialog::addSessionRow(const Session& session)
{
    QTableWidget* table = ui()->sessionsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* date = new QDateEdit(table);
    setUpDateEdit(date);
    date->setDate(session.date);
    date->setFrame(false);
    table->setCellWidget(row, DateColumn, date);
    QComboBox* part = setEnumCell(table, row, PartColumn, session.part);
    const int marks = m_marksPerSession.value(session.id);
    auto* marksItem = new QTableWidgetItem(marks > 0 ? QString::number(marks) : QString());
    marksItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    marksItem->setData(Qt::UserRole, QVariant::fromValue<qint64>(session.id));
    marksItem->setTextAlignment(Qt::AlignCenter);
    if (marks > 0)
        marksItem->setToolTip(
            tr("%n attendance mark(s) recorded; this session cannot be removed.", nullptr, marks));
    table->setItem(row, MarksColumn, marksItem);
    connect(date, &QDateEdit::dateChanged, this, &ActivityDialog::sessionsEdited);
    connect(part, &QComboBox::currentIndexChanged, this, &ActivityDialog::sessionsEdited);
}

QList<Session> ActivityDialog::sessionsInTable() const
{
    QList<Session> sessions;
    const QTableWidget* table = ui()->sessionsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* date = qobject_cast<const QDateEdit*>(table->cellWidget(row, DateColumn));
        const auto* part = qobject_cast<const QComboBox*>(table->cellWidget(row, PartColumn));
        const QTableWidgetItem* marks = table->item(row, MarksColumn);
        if (!date || !part || !marks)
            continue;
        sessions.append(Session{marks->data(Qt::UserRole).toLongLong(), shown().activity.id, date->date(),
                                selectedEnum(part, SessionPart::FullDay)});
    }
    return sessions;
}

void ActivityDialog::sessionsEdited()
{
    m_sessionsFollowDates = false;
    marks().touch(QStringLiteral("session.date"));
    marks().touch(QStringLiteral("session.part"));
    revalidate();
}

bool ActivityDialog::sessionsAreDefault() const
{
    const QList<Session> sessions = sessionsInTable();
    const QList<Session> defaults = defaultSessions(ui()->startDateEdit->date(), ui()->endDateEdit->date());
    if (sessions.size() != defaults.size())
        return false;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (sessions[i].date != defaults[i].date || sessions[i].part != defaults[i].part)
            return false;
    }
    return true;
}

void ActivityDialog::addExpertRow(const ActivityExpert& assignment)
{
    QTableWidget* table = ui()->expertsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* expert = new QComboBox(table);
    for (const Expert& candidate : std::as_const(m_experts)) {
        const QString label =
            candidate.country.isEmpty()
                ? tr("%1, %2").arg(candidate.familyNames, candidate.givenNames)
                : tr("%1, %2 (%3)").arg(candidate.familyNames, candidate.givenNames, candidate.country);
        expert->addItem(label, QVariant::fromValue<qint64>(candidate.id));
    }
    selectId(expert, assignment.expertId);
    expert->setFrame(false);
    table->setCellWidget(row, ExpertNameColumn, expert);
    QComboBox* role = setEnumCell(table, row, RoleColumn, assignment.role);
    auto changed = [this] {
        marks().touch(QStringLiteral("experts"));
        revalidate();
    };
    connect(expert, &QComboBox::currentIndexChanged, this, changed);
    connect(role, &QComboBox::currentIndexChanged, this, changed);
}

QList<ActivityExpert> ActivityDialog::expertsInTable() const
{
    QList<ActivityExpert> experts;
    const QTableWidget* table = ui()->expertsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* expert = qobject_cast<const QComboBox*>(table->cellWidget(row, ExpertNameColumn));
        const auto* role = qobject_cast<const QComboBox*>(table->cellWidget(row, RoleColumn));
        if (!expert || !role || selectedId(expert) == 0)
            continue;
        experts.append(ActivityExpert{selectedId(expert), selectedEnum(role, ExpertRole::Expert)});
    }
    return experts;
}

} // namespace sd
