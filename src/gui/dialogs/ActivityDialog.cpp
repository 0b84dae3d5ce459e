#include "dialogs/ActivityDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ActivityDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <spdlog/spdlog.h>

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

template <typename T>
T readOrWarn(Result<T> result)
{
    if (result)
        return std::move(result).value();
    spdlog::warn("activity dialog: {}", result.error().message.toStdString());
    return T();
}

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

} // namespace

ActivityDialog::ActivityDialog(const ProgrammeStore& store, Id projectId, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_activity.projectId = projectId;
    if (Result<Project> project = store.project(projectId); project)
        m_project = *project;
    else
        spdlog::warn("activity dialog: {}", project.error().message.toStdString());
    m_siblings = readOrWarn(store.activities(projectId));
    m_experts = readOrWarn(store.experts());
    for (const Component& component : readOrWarn(store.components(projectId)))
        addCheckItem(m_ui->componentsList, tr("Component %1: %2").arg(component.number).arg(component.title),
                     component.id, false);
    if (m_ui->componentsList->count() == 1)
        m_ui->componentsList->item(0)->setCheckState(Qt::Checked);

    fillEnumCombo<ActivityType>(m_ui->typeCombo);
    selectEnum(m_ui->typeCombo, ActivityType::Seminar);
    fillEnumCombo<ActivityStatus>(m_ui->statusCombo);
    selectEnum(m_ui->statusCombo, ActivityStatus::Planned);
    setUpDateEdit(m_ui->startDateEdit);
    setUpDateEdit(m_ui->endDateEdit);

    m_ui->sessionsTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::Stretch);
    m_ui->sessionsTable->horizontalHeader()->setSectionResizeMode(PartColumn, QHeaderView::Stretch);
    m_ui->sessionsTable->horizontalHeader()->setSectionResizeMode(MarksColumn, QHeaderView::ResizeToContents);
    m_ui->sessionsTable->verticalHeader()->setVisible(false);
    m_ui->expertsTable->horizontalHeader()->setSectionResizeMode(ExpertNameColumn, QHeaderView::Stretch);
    // The role is a drop-down in each row, which a column sized to its items' text would cut to
    // "L…": the column is as wide as a drop-down holding every role, or as its heading.
    QComboBox widestRole;
    fillEnumCombo<ExpertRole>(&widestRole);
    widestRole.setFrame(false);
    QHeaderView* expertsHeader = m_ui->expertsTable->horizontalHeader();
    expertsHeader->setSectionResizeMode(RoleColumn, QHeaderView::Fixed);
    const int headingWidth = expertsHeader->fontMetrics().horizontalAdvance(
                                 m_ui->expertsTable->horizontalHeaderItem(RoleColumn)->text()) +
                             24;
    // The cell widget sits inside the grid line.
    m_ui->expertsTable->setColumnWidth(RoleColumn, std::max(widestRole.sizeHint().width() + 2, headingWidth));
    m_ui->expertsTable->verticalHeader()->setVisible(false);

    // A new activity starts the day after the project's last activity, inside the time frame.
    QDate start = m_project.startDate.isValid() ? m_project.startDate : QDate::currentDate();
    for (const Activity& sibling : std::as_const(m_siblings)) {
        if (sibling.endDate.isValid() && sibling.endDate.addDays(1) > start)
            start = sibling.endDate.addDays(1);
    }
    if (m_project.endDate.isValid() && start > m_project.endDate)
        start = m_project.endDate;
    {
        const QSignalBlocker startBlocker(m_ui->startDateEdit);
        const QSignalBlocker endBlocker(m_ui->endDateEdit);
        m_ui->startDateEdit->setDate(start);
        m_ui->endDateEdit->setDate(start);
    }
    m_ui->codeEdit->setText(nextCode(m_siblings));
    m_ui->codeEdit->home(false);
    setSessions(defaultSessions(start, start));
    setWindowTitle(tr("New activity"));

    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::datesChanged);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::datesChanged);
    connect(m_ui->addSessionButton, &QPushButton::clicked, this, [this] {
        const QList<Session> sessions = sessionsInTable();
        const QDate date = sessions.isEmpty() ? m_ui->startDateEdit->date() : sessions.last().date.addDays(1);
        addSessionRow(Session{0, m_activity.id, date, SessionPart::FullDay});
        sessionsEdited();
    });
    connect(m_ui->removeSessionButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->sessionsTable->currentRow();
        if (row < 0)
            return;
        m_ui->sessionsTable->removeRow(row);
        sessionsEdited();
    });
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, [this] {
        m_sessionsFollowDates = true;
        regenerateSessions();
    });
    connect(m_ui->addExpertButton, &QPushButton::clicked, this, [this] {
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
        m_ui->expertsTable->setCurrentCell(m_ui->expertsTable->rowCount() - 1, ExpertNameColumn);
        marks().touch(QStringLiteral("experts"));
        revalidate();
    });
    connect(m_ui->removeExpertButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->expertsTable->currentRow();
        if (row < 0)
            return;
        m_ui->expertsTable->removeRow(row);
        revalidate();
    });
    m_ui->addExpertButton->setEnabled(!m_experts.isEmpty());

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("code"), m_ui->codeEdit, m_ui->codeLabel);
    marks().add(QStringLiteral("title"), m_ui->titleEdit, m_ui->titleLabel);
    marks().add(QStringLiteral("components"), m_ui->componentsList, m_ui->componentsLabel);
    marks().add(QStringLiteral("start_date"), m_ui->startDateEdit, m_ui->startLabel);
    marks().add(QStringLiteral("end_date"), m_ui->endDateEdit, m_ui->endLabel);
    marks().add(QStringLiteral("session.date"), m_ui->sessionsTable, m_ui->sessionsLabel);
    marks().add(QStringLiteral("session.part"), m_ui->sessionsTable, m_ui->sessionsLabel);
    marks().add(QStringLiteral("experts"), m_ui->expertsTable, m_ui->expertsLabel);
    watch(m_ui->codeEdit, QStringLiteral("code"));
    watch(m_ui->titleEdit, QStringLiteral("title"));
    watch(m_ui->typeCombo, QStringLiteral("type"));
    watch(m_ui->statusCombo, QStringLiteral("status"));
    watch(m_ui->componentsList, QStringLiteral("components"));
    watch(m_ui->venueCityEdit, QStringLiteral("venue_city"));
    watch(m_ui->venueCountryEdit, QStringLiteral("venue_country"));
    watch(m_ui->startDateEdit, QStringLiteral("start_date"));
    watch(m_ui->endDateEdit, QStringLiteral("end_date"));
    watch(m_ui->descriptionEdit, QStringLiteral("description"));
    watch(m_ui->outputsEdit, QStringLiteral("outputs"));
    // The dates are checked together: a start after the end marks the end date.
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, [this] {
        marks().touch(QStringLiteral("end_date"));
        marks().touch(QStringLiteral("session.date"));
        revalidate();
    });
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, [this] {
        marks().touch(QStringLiteral("session.date"));
        revalidate();
    });
    revalidate();
}

ActivityDialog::~ActivityDialog() = default;

void ActivityDialog::setValue(const ActivityValue& value)
{
    m_activity = value.activity;
    m_marksPerSession.clear();
    if (m_activity.id > 0) {
        for (const AttendanceMark& mark : readOrWarn(m_store.attendance(m_activity.id)))
            ++m_marksPerSession[mark.sessionId];
    }
    m_siblings.erase(std::remove_if(m_siblings.begin(), m_siblings.end(),
                                    [this](const Activity& sibling) { return sibling.id == m_activity.id; }),
                     m_siblings.end());
    m_ui->codeEdit->setText(m_activity.code);
    m_ui->titleEdit->setText(m_activity.title);
    m_ui->titleEdit->home(false);
    selectEnum(m_ui->typeCombo, m_activity.type);
    selectEnum(m_ui->statusCombo, m_activity.status);
    setCheckedIds(m_ui->componentsList, m_activity.componentIds);
    m_ui->venueCityEdit->setText(m_activity.venueCity);
    m_ui->venueCityEdit->home(false);
    m_ui->venueCountryEdit->setText(m_activity.venueCountry);
    m_ui->venueCountryEdit->home(false);
    {
        const QSignalBlocker startBlocker(m_ui->startDateEdit);
        const QSignalBlocker endBlocker(m_ui->endDateEdit);
        m_ui->startDateEdit->setDate(m_activity.startDate);
        m_ui->endDateEdit->setDate(m_activity.endDate);
    }
    m_ui->descriptionEdit->setPlainText(m_activity.description);
    m_ui->outputsEdit->setPlainText(m_activity.outputs);
    setSessions(value.sessions);
    m_sessionsFollowDates = sessionsAreDefault();
    m_ui->expertsTable->setRowCount(0);
    for (const ActivityExpert& assignment : value.experts)
        addExpertRow(assignment);
    setWindowTitle(m_activity.id > 0 ? tr("Activity %1").arg(m_activity.code) : tr("New activity"));
    if (m_activity.id > 0)
        marks().touchAll();
    revalidate();
}

ActivityValue ActivityDialog::value() const
{
    ActivityValue value;
    Activity& activity = value.activity;
    activity = m_activity;
    activity.code = m_ui->codeEdit->text().trimmed();
    activity.title = m_ui->titleEdit->text().trimmed();
    activity.type = selectedEnum(m_ui->typeCombo, ActivityType::Other);
    activity.status = selectedEnum(m_ui->statusCombo, ActivityStatus::Planned);
    activity.componentIds = checkedIds(m_ui->componentsList);
    activity.venueCity = m_ui->venueCityEdit->text().trimmed();
    activity.venueCountry = m_ui->venueCountryEdit->text().trimmed();
    activity.startDate = m_ui->startDateEdit->date();
    activity.endDate = m_ui->endDateEdit->date();
    activity.description = m_ui->descriptionEdit->toPlainText().trimmed();
    activity.outputs = m_ui->outputsEdit->toPlainText().trimmed();
    value.sessions = sessionsInTable();
    std::stable_sort(value.sessions.begin(), value.sessions.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date < b.date : static_cast<int>(a.part) < static_cast<int>(b.part);
    });
    value.experts = expertsInTable();
    return value;
}

FieldErrors ActivityDialog::check() const
{
    const ActivityValue value = this->value();
    const Activity& activity = value.activity;
    FieldErrors errors = validate(activity);
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
    return errors;
}

void ActivityDialog::datesChanged()
{
    if (m_sessionsFollowDates)
        regenerateSessions();
}

void ActivityDialog::regenerateSessions()
{
    const QDate start = m_ui->startDateEdit->date();
    const QDate end = m_ui->endDateEdit->date();
    if (!start.isValid() || !end.isValid() || end < start || start.daysTo(end) > 366) {
        revalidate();
        return;
    }
    // Sessions already stored on a day keep their id (and with it their attendance marks).
    const QList<Session> current = sessionsInTable();
    QList<Session> sessions = defaultSessions(start, end);
    for (Session& session : sessions) {
        session.activityId = m_activity.id;
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
    m_ui->sessionsTable->setRowCount(0);
    for (const Session& session : sessions)
        addSessionRow(session);
}

void ActivityDialog::addSessionRow(const Session& session)
{
    QTableWidget* table = m_ui->sessionsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* date = new QDateEdit(table);
    setUpDateEdit(date);
    date->setDate(session.date);
    date->setFrame(false);
    table->setCellWidget(row, DateColumn, date);
    auto* part = new QComboBox(table);
    fillEnumCombo<SessionPart>(part);
    selectEnum(part, session.part);
    part->setFrame(false);
    table->setCellWidget(row, PartColumn, part);
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
    const QTableWidget* table = m_ui->sessionsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* date = qobject_cast<const QDateEdit*>(table->cellWidget(row, DateColumn));
        const auto* part = qobject_cast<const QComboBox*>(table->cellWidget(row, PartColumn));
        const QTableWidgetItem* marks = table->item(row, MarksColumn);
        if (!date || !part || !marks)
            continue;
        sessions.append(Session{marks->data(Qt::UserRole).toLongLong(), m_activity.id, date->date(),
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
    const QList<Session> defaults = defaultSessions(m_ui->startDateEdit->date(), m_ui->endDateEdit->date());
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
    QTableWidget* table = m_ui->expertsTable;
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
    auto* role = new QComboBox(table);
    fillEnumCombo<ExpertRole>(role);
    selectEnum(role, assignment.role);
    role->setFrame(false);
    table->setCellWidget(row, RoleColumn, role);
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
    const QTableWidget* table = m_ui->expertsTable;
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
