#pragma once

#include "domain/Records.h"

#include <QComboBox>
#include <QList>
#include <QObject>
#include <QSortFilterProxyModel>
#include <QString>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace sd {

// The rows of an institution list that match what was typed: every word typed appears in the
// institution's name or acronym, accents and case aside ("COMAR" finds the National Commission for
// Refugee Assistance, "migracion" the Instituto Nacional de Migración), a word of five letters or
// more also when one letter differs from the start of a listed word ("migracion" finds the National
// Institute of Migration too). The "New institution…" row is always kept, last, and names what was
// typed.
class InstitutionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role
    {
        SearchRole = Qt::UserRole + 20, // name and acronym, folded for searching
        NewInstitutionRole,             // true on the "New institution…" row
        InsertRole,                     // what choosing the row writes into a free-text field
    };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Typed words this long or longer match with one letter different.
    static constexpr qsizetype kForgivingLength = 5;

    void setTyped(const QString& text);
    // Whether a folded typed word is in a folded name and acronym, as the filter takes it.
    static bool wordMatches(const QString& word, const QString& text);
    const QString& typed() const { return m_typed; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_typed;
    QStringList m_words;
};

// How an institution is listed for choosing: "National Institute of Migration (INM)".
QString institutionChoiceLabel(const Institution& institution);

// The institution of a record, chosen from the file's institutions by typing any part of its name
// or acronym: the matches drop down as one types, the arrows choose, Enter takes one. Empty text
// means no institution; text that names none goes back to the institution chosen before when the
// field is left. The list's last entry, "New institution…" (with newInstitutionRequested answered),
// asks for a new one, which addInstitution() then adds and selects. Each item carries the
// institution's id (0 for none), so selectId() and selectedId() of DialogSupport work on it.
class InstitutionPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit InstitutionPicker(QWidget* parent = nullptr);

    // The institutions to choose from, after "(none)"; keeps the current choice when it is still there.
    void setInstitutions(const QList<Institution>& institutions);
    const QList<Institution>& institutions() const { return m_institutions; }
    // Adds a new institution (from the institution dialog) and selects it.
    void addInstitution(const Institution& institution);
    // Offers "New institution…" (off until something answers newInstitutionRequested).
    void setNewInstitutionEnabled(bool enabled);
    bool newInstitutionEnabled() const { return m_newEnabled; }

    Id currentId() const;
    void setCurrentId(Id id);
    // The chosen institution's name and acronym as the list shows them ("" for none).
    QString currentLabel() const;

    // The drop-down of matches and the matches of the text typed so far.
    QCompleter* matchList() const { return m_completer; }
    InstitutionFilter* matches() const { return m_filter; }

Q_SIGNALS:
    // "New institution…" was chosen; name is what had been typed, to start the new one with.
    void newInstitutionRequested(const QString& name);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void rebuild(Id keep);
    void typed(const QString& text);
    void chooseMatch(const QModelIndex& completionIndex);
    void indexChanged(int index);
    // Puts the chosen institution's label back when the text names none.
    void settle();
    // Shows the chosen institution's label in the field (nothing for none).
    void showChoice();
    int newRow() const;

    QList<Institution> m_institutions;
    QStandardItemModel* m_items = nullptr;
    InstitutionFilter* m_filter = nullptr;
    QCompleter* m_completer = nullptr;
    bool m_newEnabled = false;
    int m_lastChosen = 0;
};

// The same search for a field that holds an institution's name as free text (an expert's
// institution, which may be one the file does not list): the matches drop down as one types and
// choosing one writes its name; "New institution…" asks for a new one, whose name addInstitution()
// then writes.
class InstitutionCompleter : public QObject
{
    Q_OBJECT

public:
    InstitutionCompleter(QLineEdit* edit, const QList<Institution>& institutions);

    void addInstitution(const Institution& institution);
    void setNewInstitutionEnabled(bool enabled);
    QCompleter* matchList() const { return m_completer; }
    InstitutionFilter* matches() const { return m_filter; }

Q_SIGNALS:
    void newInstitutionRequested(const QString& name);

private:
    void rebuild();
    void typed(const QString& text);
    void chooseMatch(const QModelIndex& completionIndex);

    QLineEdit* m_edit = nullptr;
    QList<Institution> m_institutions;
    QStandardItemModel* m_items = nullptr;
    InstitutionFilter* m_filter = nullptr;
    QCompleter* m_completer = nullptr;
    bool m_newEnabled = false;
};

} // namespace sd
