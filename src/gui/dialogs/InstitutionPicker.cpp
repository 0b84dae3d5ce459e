#include "dialogs/InstitutionPicker.h"

#include "domain/SearchText.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QFont>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>
#include <algorithm>

namespace sd {
namespace {

QStandardItem* institutionItem(const Institution& institution)
{
    auto* item = new QStandardItem(institutionChoiceLabel(institution));
    item->setData(QVariant::fromValue<qint64>(institution.id), Qt::UserRole);
    item->setData(foldForSearch(institution.name + QLatin1Char(' ') + institution.acronym),
                  InstitutionFilter::SearchRole);
    item->setData(institution.name, InstitutionFilter::InsertRole);
    item->setToolTip(institutionChoiceLabel(institution));
    return item;
}

QStandardItem* newInstitutionItem()
{
    auto* item = new QStandardItem(InstitutionPicker::tr("New institution…"));
    item->setData(true, InstitutionFilter::NewInstitutionRole);
    QFont font;
    font.setItalic(true);
    item->setFont(font);
    return item;
}

// The institutions sorted by name as an officer reads them, accents and case aside.
QList<Institution> sortedByName(QList<Institution> institutions)
{
    std::stable_sort(institutions.begin(), institutions.end(),
                     [](const Institution& a, const Institution& b) {
                         return foldForSearch(a.name) < foldForSearch(b.name);
                     });
    return institutions;
}

// A completer that lists the filter's rows as they are (the filter does the matching) in a popup.
QCompleter* makeCompleter(InstitutionFilter* filter, QObject* parent)
{
    auto* completer = new QCompleter(filter, parent);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    return completer;
}

// The source row of an index of the completer's popup.
QModelIndex sourceOf(const QCompleter* completer, const InstitutionFilter* filter, const QModelIndex& index)
{
    QModelIndex at = index;
    if (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(completer->completionModel()))
        at = proxy->mapToSource(at);
    if (at.model() == filter)
        at = filter->mapToSource(at);
    return at;
}

// Shows the filter's matches under the field, the first one chosen so that Enter takes it.
void showMatches(QCompleter* completer)
{
    completer->complete();
    QAbstractItemView* popup = completer->popup();
    if (popup->model() && popup->model()->rowCount() > 0)
        popup->setCurrentIndex(popup->model()->index(0, 0));
}

// What typing into the field does: the matches of the text under it, none for blank text.
void filterAsTyped(InstitutionFilter* filter, QCompleter* completer, const QString& text)
{
    filter->setTyped(text);
    if (text.trimmed().isEmpty()) {
        completer->popup()->hide();
        return;
    }
    showMatches(completer);
}

} // namespace

QString institutionChoiceLabel(const Institution& institution)
{
    return institution.acronym.isEmpty()
               ? institution.name
               : InstitutionPicker::tr("%1 (%2)").arg(institution.name, institution.acronym);
}

// ---- InstitutionFilter ----

void InstitutionFilter::setTyped(const QString& text)
{
    m_typed = text.trimmed();
    m_words = foldForSearch(m_typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    // The "New institution…" row names what was typed: its text changes though the row stays.
    for (int row = rowCount() - 1; row >= 0; --row) {
        const QModelIndex at = index(row, 0);
        if (at.data(NewInstitutionRole).toBool()) {
            Q_EMIT dataChanged(at, at);
            break;
        }
    }
}

bool InstitutionFilter::wordMatches(const QString& word, const QString& text)
{
    if (text.contains(word))
        return true;
    // Names are often listed in one language and typed in the other ("migracion" for Migration):
    // a long word may be one letter off the start of a listed word.
    if (word.size() < kForgivingLength)
        return false;
    for (const QStringView listed : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (listed.size() < word.size())
            continue;
        const QStringView start = listed.left(word.size());
        qsizetype differences = 0;
        for (qsizetype at = 0; at < word.size() && differences < 2; ++at)
            differences += start[at] != word[at] ? 1 : 0;
        if (differences < 2)
            return true;
    }
    return false;
}

bool InstitutionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(NewInstitutionRole).toBool())
        return true;
    const QVariant key = index.data(SearchRole);
    if (!key.isValid()) // "(none)": only before anything is typed
        return m_words.isEmpty();
    const QString text = key.toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString& word) { return wordMatches(word, text); });
}

QVariant InstitutionFilter::data(const QModelIndex& index, int role) const
{
    const bool isNew = QSortFilterProxyModel::data(index, NewInstitutionRole).toBool();
    if (isNew && !m_typed.isEmpty()) {
        if (role == Qt::DisplayRole)
            return InstitutionPicker::tr("New institution “%1”…").arg(m_typed);
        if (role == InsertRole || role == Qt::EditRole)
            return m_typed;
    }
    return QSortFilterProxyModel::data(index, role);
}

// ---- InstitutionPicker ----

InstitutionPicker::InstitutionPicker(QWidget* parent)
    : QComboBox(parent)
    , m_items(new QStandardItemModel(this))
    , m_filter(new InstitutionFilter(this))
{
    setModel(m_items);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    // Long names: the field grows with the form, not with the longest name.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    lineEdit()->setPlaceholderText(tr("Type a name or acronym"));
    lineEdit()->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_items);
    m_completer = makeCompleter(m_filter, this);
    // Not the combo's inline completer, which completes names by their first letters only, nor the
    // line edit's: the popup lists the filter's rows, and choosing one is handled here.
    QComboBox::setCompleter(nullptr);
    m_completer->setWidget(lineEdit());
    connect(lineEdit(), &QLineEdit::textEdited, this, &InstitutionPicker::typed);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &InstitutionPicker::chooseMatch);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &InstitutionPicker::settle);
    connect(this, &QComboBox::currentIndexChanged, this, &InstitutionPicker::indexChanged);
    rebuild(0);
}

void InstitutionPicker::setInstitutions(const QList<Institution>& institutions)
{
    const Id keep = currentId();
    m_institutions = institutions;
    rebuild(keep);
}

void InstitutionPicker::addInstitution(const Institution& institution)
{
    m_institutions.append(institution);
    rebuild(institution.id);
}

void InstitutionPicker::setNewInstitutionEnabled(bool enabled)
{
    if (m_newEnabled == enabled)
        return;
    m_newEnabled = enabled;
    rebuild(currentId());
}

void InstitutionPicker::rebuild(Id keep)
{
    const QSignalBlocker blocker(this);
    m_items->clear();
    auto* none = new QStandardItem(tr("(none)"));
    none->setData(QVariant::fromValue<qint64>(0), Qt::UserRole);
    m_items->appendRow(none);
    for (const Institution& institution : sortedByName(m_institutions))
        m_items->appendRow(institutionItem(institution));
    if (m_newEnabled)
        m_items->appendRow(newInstitutionItem());
    setCurrentId(keep);
}

int InstitutionPicker::newRow() const
{
    return m_newEnabled ? m_items->rowCount() - 1 : -1;
}

Id InstitutionPicker::currentId() const
{
    return currentData(Qt::UserRole).toLongLong();
}

void InstitutionPicker::setCurrentId(Id id)
{
    const int found = findData(QVariant::fromValue<qint64>(id), Qt::UserRole);
    setCurrentIndex(found >= 0 ? found : 0);
    m_lastChosen = currentIndex();
    showChoice();
}

void InstitutionPicker::showChoice()
{
    // "(none)" reads as an empty field, so that typing starts afresh.
    const QSignalBlocker blocker(lineEdit());
    lineEdit()->setText(currentLabel());
}

QString InstitutionPicker::currentLabel() const
{
    return currentId() == 0 ? QString() : currentText();
}

void InstitutionPicker::indexChanged(int index)
{
    if (index >= 0 && index == newRow()) {
        // Chosen from the drop-down list: the field keeps its institution and asks for a new one.
        {
            const QSignalBlocker blocker(this);
            setCurrentIndex(m_lastChosen);
        }
        showChoice();
        QTimer::singleShot(0, this, [this] { Q_EMIT newInstitutionRequested(QString()); });
        return;
    }
    m_lastChosen = index;
    showChoice();
}

void InstitutionPicker::typed(const QString& text)
{
    filterAsTyped(m_filter, m_completer, text);
}

void InstitutionPicker::chooseMatch(const QModelIndex& completionIndex)
{
    const QModelIndex source = sourceOf(m_completer, m_filter, completionIndex);
    if (!source.isValid())
        return;
    if (source.data(InstitutionFilter::NewInstitutionRole).toBool()) {
        const QString name = m_filter->typed();
        setCurrentIndex(m_lastChosen);
        showChoice();
        QTimer::singleShot(0, this, [this, name] { Q_EMIT newInstitutionRequested(name); });
        return;
    }
    setCurrentIndex(source.row());
    showChoice();
}

void InstitutionPicker::settle()
{
    if (m_completer->popup()->isVisible())
        return;
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    if (text == currentText())
        return;
    // The text names one institution only: take it; otherwise the choice stands.
    m_filter->setTyped(text);
    int only = -1;
    int count = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        if (source.data(InstitutionFilter::SearchRole).isValid()) {
            only = source.row();
            ++count;
        }
    }
    if (count == 1)
        setCurrentIndex(only);
    showChoice();
}

void InstitutionPicker::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    settle();
}

// ---- InstitutionCompleter ----

InstitutionCompleter::InstitutionCompleter(QLineEdit* edit, const QList<Institution>& institutions)
    : QObject(edit)
    , m_edit(edit)
    , m_institutions(institutions)
    , m_items(new QStandardItemModel(this))
    , m_filter(new InstitutionFilter(this))
{
    m_filter->setSourceModel(m_items);
    m_completer = makeCompleter(m_filter, this);
    m_completer->setCompletionRole(InstitutionFilter::InsertRole);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &InstitutionCompleter::typed);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &InstitutionCompleter::chooseMatch);
    rebuild();
}

void InstitutionCompleter::rebuild()
{
    m_items->clear();
    for (const Institution& institution : sortedByName(m_institutions))
        m_items->appendRow(institutionItem(institution));
    if (m_newEnabled)
        m_items->appendRow(newInstitutionItem());
}

void InstitutionCompleter::addInstitution(const Institution& institution)
{
    m_institutions.append(institution);
    rebuild();
    m_edit->setText(institution.name);
}

void InstitutionCompleter::setNewInstitutionEnabled(bool enabled)
{
    if (m_newEnabled == enabled)
        return;
    m_newEnabled = enabled;
    rebuild();
}

void InstitutionCompleter::typed(const QString& text)
{
    filterAsTyped(m_filter, m_completer, text);
}

void InstitutionCompleter::chooseMatch(const QModelIndex& completionIndex)
{
    const QModelIndex source = sourceOf(m_completer, m_filter, completionIndex);
    if (!source.isValid())
        return;
    if (source.data(InstitutionFilter::NewInstitutionRole).toBool()) {
        const QString name = m_filter->typed();
        QTimer::singleShot(0, this, [this, name] { Q_EMIT newInstitutionRequested(name); });
        return;
    }
    m_edit->setText(source.data(InstitutionFilter::InsertRole).toString());
}

} // namespace sd
