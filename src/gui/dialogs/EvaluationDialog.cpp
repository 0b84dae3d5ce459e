#include "dialogs/EvaluationDialog.h"

#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "commands/SaveEvaluationCommand.h"
#include "dialogs/EvaluationModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>
#include <algorithm>

namespace sd {

EvaluationTableView::EvaluationTableView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
}

void EvaluationTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState &&
        (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        Q_EMIT clearRequested();
        event->accept();
        return;
    }
    if (state() != QAbstractItemView::EditingState &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        // Enter on a cell not being edited moves on, as after a value.
        const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
        if (below.isValid())
            setCurrentIndex(below);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void EvaluationTableView::commitEditing()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void EvaluationTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool refused = std::exchange(m_refused, false);
    if (refused) {
        // The cell keeps its value and the cursor, so the officer types it again at once.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        return;
    }
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
        if (below.isValid())
            setCurrentIndex(below);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

EvaluationDialog::EvaluationDialog(ProgrammeDocument& document, Id activityId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_activityId(activityId)
{
    m_sheet = new EvaluationModel(document.store().database(), activityId, this);
    m_loaded = m_sheet->load();

    auto* layout = new QVBoxLayout(this);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_view = new EvaluationTableView(this);
    m_view->setObjectName(QStringLiteral("evaluationView"));
    m_view->setModel(m_sheet);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EvaluationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EvaluationDialog::reject);
    connect(m_view, &EvaluationTableView::clearRequested, this, &EvaluationDialog::clearSelected);
    connect(m_sheet, &EvaluationModel::refused, this, [this](const QString& reason) {
        m_view->noteRefused();
        ++m_refusals;
        m_message->setText(reason);
    });
    connect(m_sheet, &EvaluationModel::pendingChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && pendingChanges() > 0);
    });
    connect(m_sheet, &QAbstractItemModel::dataChanged, this, [this] { m_message->clear(); });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &EvaluationDialog::accept);

    updateTitle();
    if (!m_loaded)
        m_legend->setText(m_loaded.error().message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);

    m_view->setColumnWidth(0, 240);
    for (int column = 1; column < m_sheet->columnCount(); ++column)
        m_view->setColumnWidth(column,
                               m_sheet->fieldAt(column) == EvaluationModel::Field::Comment ? 260 : 84);
    int width = std::max(720, 240 + (m_sheet->columnCount() - 1) * 90 + 200);
    int height =
        200 + m_view->verticalHeader()->defaultSectionSize() * std::clamp(m_sheet->rowCount(), 12, 40);
    if (const QScreen* screen = QApplication::primaryScreen()) {
        width = std::min(width, screen->availableGeometry().width() - 40);
        height = std::min(height, screen->availableGeometry().height() - 80);
    }
    resize(width, height);
    if (m_sheet->rowCount() > 0 && m_sheet->columnCount() > 1)
        m_view->setCurrentIndex(m_sheet->index(0, 1));
    m_view->setFocus();
}

void EvaluationDialog::updateTitle()
{
    const Activity& activity = m_sheet->activity();
    setWindowTitle(tr("Evaluation — %1 %2").arg(activity.code, activity.title));
    QStringList parts;
    if (activity.hasKnowledgeTest())
        parts << tr("scores from 0 to %1").arg(QLocale().toString(activity.testMaxScore));
    if (activity.satisfactionSurvey)
        parts << tr("satisfaction 1 (poor) to 5 (excellent)");
    if (activity.followUp)
        parts << tr("follow-up Y, P or N");
    m_legend->setText(activity.hasEvaluation()
                          ? tr("Type the answers from the forms: %1. <b>Enter</b> moves down, <b>Tab</b> "
                               "right, <b>Delete</b> clears.")
                                .arg(parts.join(QStringLiteral("; ")))
                          : tr("Activity %1 has no evaluation design yet: choose a knowledge test, the "
                               "questionnaire or the follow-up in the activity's Evaluation tab.")
                                .arg(activity.code));
}

QString EvaluationDialog::message() const
{
    return m_message->text();
}

qsizetype EvaluationDialog::pendingChanges() const
{
    return m_sheet->pendingCount();
}

void EvaluationDialog::clearSelected()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells.append(m_view->currentIndex());
    for (const QModelIndex& cell : std::as_const(cells)) {
        if (m_sheet->flags(cell) & Qt::ItemIsEditable)
            m_sheet->setData(cell, QString());
    }
}

bool EvaluationDialog::save()
{
    // The value being typed counts; one the sheet refuses stops the save, its reason shown.
    const int refusals = m_refusals;
    m_view->commitEditing();
    if (m_refusals != refusals)
        return false;
    const QList<SaveEvaluationCommand::Change> changes = m_sheet->changes();
    if (changes.isEmpty())
        return true;
    auto command = std::make_unique<SaveEvaluationCommand>(m_document, m_sheet->activity(), changes);
    if (Status pushed = DocumentCommand::push(m_document, std::move(command)); !pushed) {
        if (pushed.error().kind == ErrorKind::ChangedElsewhere || pushed.error().kind == ErrorKind::Conflict)
            showConflict(pushed.error().message);
        else
            MessageBox::critical(this, tr("Evaluation not saved"), pushed.error().message);
        return false;
    }
    if (Status read = m_sheet->acceptChanges(); !read)
        MessageBox::critical(this, tr("Evaluation"), read.error().message);
    m_message->clear();
    return true;
}

void EvaluationDialog::showConflict(const QString& conflict)
{
    // The sheet takes their answers at once; the officer decides on the highlighted cells.
    if (Status read = m_sheet->load(true); !read) {
        MessageBox::critical(this, tr("Evaluation"), read.error().message);
        return;
    }
    updateTitle();
    QString text = conflict + QLatin1Char(' ');
    const int conflicts = m_sheet->conflictCount();
    if (conflicts > 0)
        text += tr("The sheet now shows their answers. Highlighted: %n person(s) you both changed, with "
                   "both answers in the tooltip; review them and save again to keep yours.",
                   nullptr, conflicts);
    else
        text += tr("The sheet now shows what the file holds, with your unsaved answers on it. Review them "
                   "and save again.");
    m_message->setText(text);
    MessageBox::warning(this, tr("Activity %1 changed").arg(m_sheet->activity().code), text);
    warnDropped();
}

void EvaluationDialog::showChangesElsewhere()
{
    const QModelIndex current = m_view->currentIndex();
    const QPointer<QWidget> focus = focusWidget();
    if (Status read = m_sheet->load(); !read)
        return;
    updateTitle();
    if (current.isValid())
        m_view->setCurrentIndex(
            m_sheet->index(std::min(current.row(), m_sheet->rowCount() - 1), current.column()));
    if (focus)
        focus->setFocus();
    if (const int conflicts = m_sheet->conflictCount(); conflicts > 0)
        m_message->setText(tr("Someone else changed the answers of %n person(s) you are editing; the "
                              "highlighted cells show both in the tooltip.",
                              nullptr, conflicts));
    warnDropped();
}

void EvaluationDialog::warnDropped()
{
    if (const int dropped = m_sheet->droppedByLastLoad(); dropped > 0)
        MessageBox::warning(this, tr("Activity %1 changed").arg(m_sheet->activity().code),
                            tr("The unsaved answers of %n person(s) no longer enrolled in activity %1 are "
                               "not on the reloaded sheet.",
                               nullptr, dropped)
                                .arg(m_sheet->activity().code));
}

void EvaluationDialog::accept()
{
    if (save())
        QDialog::accept();
}

void EvaluationDialog::reject()
{
    if (const qsizetype pending = pendingChanges(); pending > 0) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Unsaved evaluation"),
            tr("The answers of %n person(s) are not saved. Save them before closing?", nullptr, int(pending)),
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
