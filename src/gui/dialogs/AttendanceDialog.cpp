#include "dialogs/AttendanceDialog.h"

#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "commands/EnrolCommand.h"
#include "commands/RecordTraits.h"
#include "commands/SaveAttendanceCommand.h"
#include "commands/UnenrolCommand.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTotalsModel.h"
#include "dialogs/DuplicateCheck.h"
#include "dialogs/EnrolParticipantDialog.h"
#include "dialogs/InstitutionDialog.h"
#include "dialogs/InstitutionPicker.h"
#include "dialogs/WalkInDialog.h"
#include "domain/SearchText.h"
#include "ui_AttendanceDialog.h"

#include <QApplication>
#include <QDate>
#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace sd {
namespace {

constexpr int kNameWidth = 240;
constexpr int kInstitutionWidth = 210;
constexpr int kSessionWidth = 92;
constexpr int kRateWidth = 52;

std::optional<AttendanceStatus> nextInCycle(std::optional<AttendanceStatus> status)
{
    if (!status)
        return AttendanceStatus::Present;
    switch (*status) {
    case AttendanceStatus::Present:
        return AttendanceStatus::Late;
    case AttendanceStatus::Late:
        return AttendanceStatus::Excused;
    case AttendanceStatus::Excused:
        return AttendanceStatus::Absent;
    case AttendanceStatus::Absent:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

AttendanceDialog::AttendanceDialog(ProgrammeDocument& document, Id activityId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttendanceDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    if (Result<Activity> activity = document.store().activity(activityId); activity)
        m_activity = *activity;
    else
        m_loaded = activity.error();
    m_sheet = new AttendanceModel(document.store(), activityId, this);
    if (m_loaded)
        m_loaded = m_sheet->load();
    if (Result<QList<Institution>> institutions = document.store().institutions(); institutions)
        m_institutions = *institutions;
    else if (m_loaded)
        m_loaded = institutions.error();
    m_visible = new QSortFilterProxyModel(this);
    m_visible->setSourceModel(m_sheet);
    m_visible->setFilterRole(AttendanceModel::SearchKeyRole);
    m_visible->setSortRole(AttendanceModel::SortRole);
    m_visible->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Rows stay where they are while marks change; sorting again is the officer's click.
    m_visible->setDynamicSortFilter(false);
    m_totals = new AttendanceTotalsModel(m_sheet, this);

    QString title = m_activity.title;
    if (!m_activity.venueCity.isEmpty() && !title.contains(m_activity.venueCity))
        title = tr("%1, %2").arg(title, m_activity.venueCity);
    setWindowTitle(tr("Attendance — %1 %2").arg(m_activity.code, title));
    m_ui->legendLabel->setText(tr("<b>P</b> present · <b>L</b> late · <b>E</b> excused · <b>A</b> absent · "
                                  "<b>Delete</b> not marked · <b>Space</b> or click cycles"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    setUpViews();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &AttendanceDialog::filterChanged);
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, m_ui->attendanceView,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &AttendanceDialog::enrolParticipants);
    connect(m_ui->walkInButton, &QPushButton::clicked, this, &AttendanceDialog::addWalkIn);
    connect(m_ui->markPresentButton, &QPushButton::clicked, this, &AttendanceDialog::markSessionPresent);
    connect(m_ui->attendanceView, &AttendanceTableView::statusKeyPressed, this,
            &AttendanceDialog::applyStatus);
    connect(m_ui->attendanceView, &AttendanceTableView::cycleKeyPressed, this,
            [this] { cycle(m_ui->attendanceView->currentIndex()); });
    connect(m_ui->attendanceView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        // A plain click cycles; Shift and Ctrl clicks only select.
        if (QApplication::keyboardModifiers() == Qt::NoModifier)
            cycle(index);
    });
    connect(m_sheet, &AttendanceModel::countsChanged, this, &AttendanceDialog::updateButtons);
    connect(m_ui->attendanceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttendanceDialog::updateButtons);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &AttendanceDialog::accept);

    if (!m_loaded) {
        m_ui->legendLabel->setText(m_loaded.error().message);
        m_ui->enrolButton->setEnabled(false);
        m_ui->walkInButton->setEnabled(false);
    }
    updateButtons();
}

AttendanceDialog::~AttendanceDialog() = default;

void AttendanceDialog::setUpViews()
{
    AttendanceTableView* view = m_ui->attendanceView;
    view->setModel(m_visible);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the store's order: family, given names
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        QAction* remove = menu.addAction(tr("Remove from this activity…"));
        remove->setEnabled(!selectedSessionCells().isEmpty() ||
                           m_ui->attendanceView->currentIndex().isValid());
        if (menu.exec(m_ui->attendanceView->viewport()->mapToGlobal(at)) == remove)
            removeSelectedParticipants();
    });

    QTableView* footer = m_ui->totalsView;
    footer->setModel(m_totals);
    footer->horizontalHeader()->setVisible(false);
    footer->verticalHeader()->setVisible(false);
    footer->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    footer->setFixedHeight(footer->verticalHeader()->defaultSectionSize() + 2 * footer->frameWidth());
    footer->setShowGrid(true);
    QPalette footerPalette = footer->palette();
    footerPalette.setColor(QPalette::Base, footerPalette.color(QPalette::Window));
    footer->setPalette(footerPalette);

    QHeaderView* header = view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(true);
    connect(header, &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_ui->totalsView->setColumnWidth(section, size); });
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, footer->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_totals, &QAbstractItemModel::modelReset, this, &AttendanceDialog::syncFooter);

    view->setColumnWidth(AttendanceModel::kNameColumn, kNameWidth);
    view->setColumnWidth(AttendanceModel::kInstitutionColumn, kInstitutionWidth);
    for (int column = AttendanceModel::kFirstSessionColumn; column < m_sheet->rateColumn(); ++column)
        view->setColumnWidth(column, kSessionWidth);
    view->setColumnWidth(m_sheet->rateColumn(), kRateWidth);
    header->setSectionResizeMode(AttendanceModel::kInstitutionColumn, QHeaderView::Stretch);
    syncFooter();

    // Wide enough for every session column and tall enough for a sign-in sheet's page of names
    // (up to 40 rows), within the screen.
    const int sessions = static_cast<int>(m_sheet->sessions().size());
    int width = std::max(960, kNameWidth + kInstitutionWidth + sessions * kSessionWidth + kRateWidth + 60);
    int height = 240 + view->verticalHeader()->defaultSectionSize() * std::clamp(m_sheet->rowCount(), 12, 40);
    if (const QScreen* screen = QApplication::primaryScreen()) {
        width = std::min(width, screen->availableGeometry().width() - 40);
        height = std::min(height, screen->availableGeometry().height() - 80);
    }
    resize(width, height);

    if (m_visible->rowCount() > 0 && sessions > 0)
        view->setCurrentIndex(m_visible->index(0, AttendanceModel::kFirstSessionColumn));
    view->setFocus();
}

void AttendanceDialog::syncFooter()
{
    const QHeaderView* header = m_ui->attendanceView->horizontalHeader();
    for (int column = 0; column < m_totals->columnCount(); ++column)
        m_ui->totalsView->setColumnWidth(column, header->sectionSize(column));
}

void AttendanceDialog::updateButtons()
{
    const QModelIndex current = m_ui->attendanceView->currentIndex();
    m_ui->markPresentButton->setEnabled(current.isValid() && m_sheet->isSessionColumn(current.column()) &&
                                        m_visible->rowCount() > 0);
    const qsizetype pending = pendingChanges();
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(pending == 0   ? tr("&Save")
                  : pending == 1 ? tr("&Save 1 change")
                                 : tr("&Save %1 changes").arg(pending));
}

QList<QModelIndex> AttendanceDialog::selectedSessionCells() const
{
    QList<QModelIndex> cells;
    for (const QModelIndex& index : m_ui->attendanceView->selectionModel()->selectedIndexes()) {
        if (m_sheet->isSessionColumn(index.column()))
            cells.append(m_visible->mapToSource(index));
    }
    return cells;
}

void AttendanceDialog::applyStatus(std::optional<AttendanceStatus> status)
{
    AttendanceTableView* view = m_ui->attendanceView;
    const QList<QModelIndex> selected = selectedSessionCells();
    if (selected.size() > 1) {
        m_sheet->setStatus(selected, status);
        return;
    }
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !m_sheet->isSessionColumn(current.column()))
        return;
    m_sheet->setStatus({m_visible->mapToSource(current)}, status);
    // Like a spreadsheet: after a mark, the next participant of the same session.
    if (current.row() + 1 < m_visible->rowCount())
        view->setCurrentIndex(m_visible->index(current.row() + 1, current.column()));
}

void AttendanceDialog::cycle(const QModelIndex& visibleIndex)
{
    if (!visibleIndex.isValid() || !m_sheet->isSessionColumn(visibleIndex.column()))
        return;
    const QModelIndex source = m_visible->mapToSource(visibleIndex);
    const std::optional<AttendanceStatus> now =
        m_sheet->status(source.row(), m_sheet->sessionIndex(source.column()));
    m_sheet->setStatus({source}, nextInCycle(now));
}

void AttendanceDialog::markSessionPresent()
{
    const QModelIndex current = m_ui->attendanceView->currentIndex();
    if (!current.isValid() || !m_sheet->isSessionColumn(current.column()))
        return;
    QModelIndexList cells;
    cells.reserve(m_visible->rowCount());
    for (int row = 0; row < m_visible->rowCount(); ++row)
        cells.append(m_visible->mapToSource(m_visible->index(row, current.column())));
    m_sheet->setStatus(cells, AttendanceStatus::Present);
}

void AttendanceDialog::filterChanged(const QString& text)
{
    m_visible->setFilterFixedString(foldForSearch(text.trimmed()));
    const QModelIndex current = m_ui->attendanceView->currentIndex();
    if (!current.isValid() && m_visible->rowCount() > 0 && !m_sheet->sessions().isEmpty())
        m_ui->attendanceView->setCurrentIndex(m_visible->index(0, AttendanceModel::kFirstSessionColumn));
    updateButtons();
}

void AttendanceDialog::reloadAndSelect(Id enrolmentId)
{
    const QModelIndex current = m_ui->attendanceView->currentIndex();
    const int column = current.isValid() && m_sheet->isSessionColumn(current.column())
                           ? current.column()
                           : AttendanceModel::kFirstSessionColumn;
    if (Status read = m_sheet->load(); !read) {
        MessageBox::critical(this, tr("Attendance"), read.error().message);
        return;
    }
    m_visible->invalidate();
    syncFooter();
    const int row = m_sheet->rowOfEnrolment(enrolmentId);
    if (row >= 0)
        selectRow(row, column);
    updateButtons();
}

void AttendanceDialog::selectRow(int sourceRow, int column)
{
    QModelIndex visible = m_visible->mapFromSource(m_sheet->index(sourceRow, column));
    if (!visible.isValid()) {
        // The participant does not match the filter: show everyone rather than hide them.
        m_ui->filterEdit->clear();
        visible = m_visible->mapFromSource(m_sheet->index(sourceRow, column));
    }
    m_ui->attendanceView->setCurrentIndex(visible);
    m_ui->attendanceView->scrollTo(visible);
    m_ui->attendanceView->setFocus();
    updateButtons();
}

void AttendanceDialog::enrolParticipants()
{
    auto* dialog = new EnrolParticipantDialog(m_document.store(), m_activity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<Id> participants = dialog->selectedParticipantIds();
        if (participants.isEmpty())
            return;
        auto command = std::make_unique<EnrolCommand>(m_document, m_activity, participants);
        EnrolCommand* enrol = command.get();
        if (Status pushed = DocumentCommand::push(m_document, std::move(command)); !pushed) {
            MessageBox::critical(this, tr("Not enrolled"), pushed.error().message);
            return;
        }
        const QList<Id> enrolments = enrol->enrolmentIds();
        reloadAndSelect(enrolments.isEmpty() ? 0 : enrolments.first());
    });
    dialog->open();
}

int AttendanceDialog::sessionInFocus() const
{
    const QList<Session>& sessions = m_sheet->sessions();
    if (sessions.isEmpty())
        return -1;
    const QModelIndex current = m_ui->attendanceView->currentIndex();
    if (current.isValid() && m_sheet->isSessionColumn(current.column()))
        return m_sheet->sessionIndex(current.column());
    const QDate today = QDate::currentDate();
    for (qsizetype at = 0; at < sessions.size(); ++at) {
        if (sessions[at].date == today)
            return int(at);
    }
    return 0;
}

QString AttendanceDialog::institutionName(Id id) const
{
    for (const QList<Institution>* list : {&m_institutions, &m_newInstitutions}) {
        for (const Institution& institution : *list) {
            if (institution.id == id)
                return institutionLabel(institution);
        }
    }
    return QString();
}

void AttendanceDialog::addWalkIn()
{
    auto* dialog =
        new WalkInDialog(m_document.store(), m_activity, m_sheet->sessions(), sessionInFocus(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    InstitutionPicker* picker = dialog->institutionPicker();
    picker->setInstitutions(m_institutions + m_newInstitutions);
    picker->setNewInstitutionEnabled(true);
    connect(picker, &InstitutionPicker::newInstitutionRequested, dialog,
            [this, dialog](const QString& name) { newInstitution(dialog, name); });
    dialog->enableDuplicateCheck(m_document.queries().source());
    // The walk-ins of this sheet are people too, though not in the file yet.
    QList<Participant> newPeople;
    for (const AttendanceModel::WalkIn& walkIn : m_sheet->walkIns()) {
        if (walkIn.person.id < 0)
            newPeople.append(walkIn.person);
    }
    dialog->duplicateCheck()->setPendingPeople(newPeople);
    dialog->setOnSheet(m_sheet->participantIds());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { takeWalkIn(*dialog); });
    dialog->open();
}

void AttendanceDialog::takeWalkIn(const WalkInDialog& dialog)
{
    const int session = dialog.session();
    const AttendanceStatus status = dialog.arrivedAs();
    const int column =
        session >= 0 ? AttendanceModel::kFirstSessionColumn + session : AttendanceModel::kNameColumn;
    AttendanceModel::WalkIn walkIn;
    if (const std::optional<Participant>& taken = dialog.taken()) {
        const qsizetype onSheet = m_sheet->participantIds().indexOf(taken->id);
        if (onSheet >= 0) {
            // On the sheet already: the walk-in is a mark.
            if (session >= 0)
                m_sheet->setStatus({m_sheet->index(int(onSheet), column)}, status);
            selectRow(int(onSheet), column);
            return;
        }
        walkIn.person = *taken;
    } else {
        walkIn.person = dialog.value();
        walkIn.person.id = m_nextStandIn--;
    }
    walkIn.enrolmentId = m_nextStandIn--;
    walkIn.institution = institutionName(walkIn.person.institutionId);
    const int row = m_sheet->addWalkIn(walkIn, session, session >= 0 ? std::optional(status) : std::nullopt);
    syncFooter();
    selectRow(row, column);
}

void AttendanceDialog::newInstitution(WalkInDialog* dialog, const QString& name)
{
    auto* form = new InstitutionDialog(m_document.store(), dialog);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->addUnsaved(m_newInstitutions);
    Institution typed;
    typed.name = name;
    form->setValue(typed);
    form->setSubmitHandler([this, form, walkIn = QPointer<WalkInDialog>(dialog)]() -> Status {
        // Pending with the walk-in: written by Save, dropped by Cancel.
        Institution institution = form->value();
        institution.id = m_nextStandIn--;
        m_newInstitutions.append(institution);
        if (walkIn)
            walkIn->institutionPicker()->addInstitution(institution);
        return {};
    });
    form->open();
}

void AttendanceDialog::removeSelectedParticipants()
{
    QSet<int> rows;
    for (const QModelIndex& index : m_ui->attendanceView->selectionModel()->selectedIndexes())
        rows.insert(m_visible->mapToSource(index).row());
    if (rows.isEmpty() && m_ui->attendanceView->currentIndex().isValid())
        rows.insert(m_visible->mapToSource(m_ui->attendanceView->currentIndex()).row());
    if (rows.isEmpty())
        return;
    QList<Id> enrolments;
    QList<Id> walkIns;
    int marks = 0;
    for (int row : std::as_const(rows)) {
        const Id enrolment = m_sheet->index(row, 0).data(AttendanceModel::EnrolmentIdRole).toLongLong();
        if (AttendanceModel::isWalkIn(enrolment)) {
            walkIns.append(enrolment);
            continue;
        }
        enrolments.append(enrolment);
        for (int session = 0; session < m_sheet->sessions().size(); ++session) {
            if (m_sheet->status(row, session))
                ++marks;
        }
    }
    // A walk-in is not in the file yet: taking them off the sheet needs no question and no undo.
    if (!walkIns.isEmpty()) {
        m_sheet->removeWalkIns(walkIns);
        m_visible->invalidate();
        updateButtons();
    }
    if (enrolments.isEmpty())
        return;
    const QString question =
        tr("Remove %n participant(s) from activity %1?", nullptr, int(enrolments.size()))
            .arg(m_activity.code) +
        QLatin1Char(' ') +
        (marks > 0 ? tr("Their %n attendance mark(s) will be removed too.", nullptr, marks) : QString()) +
        QLatin1Char(' ') + tr("You can undo this.");
    if (MessageBox::question(this, tr("Remove from activity"), question.simplified()) != QMessageBox::Yes)
        return;
    if (Status pushed = DocumentCommand::push(
            m_document, std::make_unique<UnenrolCommand>(m_document, m_activity, enrolments));
        !pushed) {
        MessageBox::critical(this, tr("Not removed"), pushed.error().message);
        return;
    }
    reloadAndSelect(0);
}

qsizetype AttendanceDialog::pendingChanges() const
{
    return m_sheet->changes().size() + m_sheet->walkIns().size();
}

bool AttendanceDialog::save()
{
    const QList<SaveAttendanceCommand::Change> changes = m_sheet->changes();
    const QList<AttendanceModel::WalkIn>& walkIns = m_sheet->walkIns();
    if (changes.isEmpty() && walkIns.isEmpty())
        return true;
    SaveAttendanceCommand::Arrivals arrivals;
    QSet<Id> institutions; // the new institutions the walk-ins need, and the new parents of those
    for (const AttendanceModel::WalkIn& walkIn : walkIns) {
        if (walkIn.person.id < 0) {
            arrivals.participants.append(walkIn.person);
            if (walkIn.person.institutionId < 0)
                institutions.insert(walkIn.person.institutionId);
        }
        arrivals.enrolments.append({walkIn.enrolmentId, m_activity.id, walkIn.person.id});
    }
    for (auto it = m_newInstitutions.crbegin(); it != m_newInstitutions.crend(); ++it) {
        if (institutions.contains(it->id) && it->parentId < 0)
            institutions.insert(it->parentId);
    }
    for (const Institution& institution : std::as_const(m_newInstitutions)) {
        if (institutions.contains(institution.id))
            arrivals.institutions.append(institution);
    }
    auto command = std::make_unique<SaveAttendanceCommand>(m_document, m_activity, m_sheet->sessions(),
                                                           changes, std::move(arrivals));
    if (Status pushed = DocumentCommand::push(m_document, std::move(command)); !pushed) {
        // Others changed some of the same cells (or enrolled a walk-in meanwhile): nothing was written.
        if (pushed.error().kind == ErrorKind::ChangedElsewhere || pushed.error().kind == ErrorKind::Conflict)
            showConflict(pushed.error().message);
        else
            MessageBox::critical(this, tr("Attendance not saved"), pushed.error().message);
        return false;
    }
    if (!walkIns.isEmpty()) {
        m_newInstitutions.clear();
        if (Result<QList<Institution>> stored = m_document.store().institutions(); stored)
            m_institutions = *stored;
    }
    if (Status read = m_sheet->acceptChanges(); !read)
        MessageBox::critical(this, tr("Attendance"), read.error().message);
    m_visible->invalidate();
    syncFooter();
    updateButtons();
    return true;
}

void AttendanceDialog::showConflict(const QString& conflict)
{
    // The sheet takes their marks at once: the officer decides on the highlighted cells, not blindly.
    const QModelIndex current = m_visible->mapToSource(m_ui->attendanceView->currentIndex());
    reloadAndSelect(current.isValid() ? m_sheet->enrolmentAt(current.row()) : 0);
    const int conflicts = m_sheet->conflictCount();
    QString text = conflict + QLatin1Char(' ');
    if (conflicts > 0)
        text += tr("The sheet now shows their marks. Highlighted: %n cell(s) you both changed, with both "
                   "marks in the tooltip; review them and save again to keep yours.",
                   nullptr, conflicts);
    else
        text += tr("The sheet now shows what the file holds, with your unsaved changes on it. Review them "
                   "and save again.");
    MessageBox::warning(this, tr("Activity %1 changed").arg(m_activity.code), text);
    updateButtons();
    warnDropped();
}

void AttendanceDialog::showChangesElsewhere()
{
    const QModelIndex current = m_visible->mapToSource(m_ui->attendanceView->currentIndex());
    // The officer may be typing in the filter: the refresh leaves the focus where it was.
    const QPointer<QWidget> focus = focusWidget();
    reloadAndSelect(current.isValid() ? m_sheet->enrolmentAt(current.row()) : 0);
    if (focus)
        focus->setFocus();
    warnDropped();
}

void AttendanceDialog::warnDropped()
{
    if (const int dropped = m_sheet->droppedByLastLoad(); dropped > 0)
        MessageBox::warning(
            this, tr("Activity %1 changed").arg(m_activity.code),
            dropped == 1
                ? tr("One of your unsaved marks was for a participant or session that is no longer in "
                     "activity %1, so it is not on the reloaded sheet.")
                      .arg(m_activity.code)
                : tr("%1 of your unsaved marks were for participants or sessions that are no longer in "
                     "activity %2, so they are not on the reloaded sheet.")
                      .arg(dropped)
                      .arg(m_activity.code));
}

void AttendanceDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AttendanceDialog::reject()
{
    const qsizetype pending = pendingChanges();
    if (pending > 0) {
        const QString text =
            !m_sheet->walkIns().isEmpty()
                ? tr("Not saved yet: %n change(s) on this sheet, walk-ins included. Save before closing?",
                     nullptr, int(pending))
            : pending == 1 ? tr("One attendance mark is not saved. Save it before closing?")
                           : tr("%1 attendance marks are not saved. Save them before closing?").arg(pending);
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Unsaved attendance"), text,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace sd
