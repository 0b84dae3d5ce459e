#include "dialogs/InstitutionDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/LanguageForms.h"
#include "domain/SearchText.h"
#include "storage/ProgrammeStore.h"
#include "ui_InstitutionDialog.h"

#include <QSet>

namespace sd {

InstitutionDialog::InstitutionDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordForm(parent)
{
    m_all = readOrWarn(store.institutions(), "institution dialog");
    fillEnumCombo<InstitutionType>(ui()->typeCombo);
    selectEnum(ui()->typeCombo, InstitutionType::Federal);
    fillParents();
    setWindowTitle(tr("New institution"));

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"name", ui()->nameEdit, ui()->nameLabel},
                 {"name_es", ui()->nameEsEdit},
                 {"acronym", ui()->acronymEdit},
                 {"acronym_es", ui()->acronymEsEdit},
                 {"type", ui()->typeCombo},
                 {"country", ui()->countryEdit},
                 {"parent_id", ui()->parentCombo, ui()->parentLabel}});
    LanguageForms::link(ui()->nameEsEdit, ui()->nameEdit);
    LanguageForms::link(ui()->acronymEsEdit, ui()->acronymEdit);
}

void InstitutionDialog::addUnsaved(const QList<Institution>& institutions)
{
    m_all += institutions;
    fillParents();
}

void InstitutionDialog::fillParents()
{
    // The institution and everything under it cannot be its parent.
    QSet<Id> excluded;
    const Institution& shown = this->shown();
    if (shown.id > 0) {
        excluded.insert(shown.id);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Institution& other : std::as_const(m_all)) {
                if (other.parentId > 0 && excluded.contains(other.parentId) && !excluded.contains(other.id)) {
                    excluded.insert(other.id);
                    grew = true;
                }
            }
        }
    }
    const QSignalBlocker blocker(ui()->parentCombo);
    ui()->parentCombo->clear();
    ui()->parentCombo->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    for (const Institution& other : std::as_const(m_all)) {
        if (excluded.contains(other.id))
            continue;
        const QString label =
            other.acronym.isEmpty() ? other.name : tr("%1 (%2)").arg(other.name, other.acronym);
        ui()->parentCombo->addItem(label, QVariant::fromValue<qint64>(other.id));
    }
    selectId(ui()->parentCombo, shown.parentId);
}

void InstitutionDialog::fill(const Institution& institution)
{
    ui()->nameEdit->setText(institution.name);
    ui()->nameEdit->home(false);
    ui()->acronymEdit->setText(institution.acronym);
    ui()->nameEsEdit->setText(institution.nameEs);
    ui()->nameEsEdit->home(false);
    ui()->acronymEsEdit->setText(institution.acronymEs);
    selectEnum(ui()->typeCombo, institution.type);
    ui()->countryEdit->setText(institution.country);
    fillParents();
    setWindowTitle(tr("Institution"));
}

void InstitutionDialog::read(Institution& institution) const
{
    institution.name = ui()->nameEdit->text().trimmed();
    institution.acronym = ui()->acronymEdit->text().trimmed();
    institution.nameEs = ui()->nameEsEdit->text().trimmed();
    institution.acronymEs = ui()->acronymEsEdit->text().trimmed();
    institution.type = selectedEnum(ui()->typeCombo, InstitutionType::Other);
    institution.country = ui()->countryEdit->text().trimmed();
    institution.parentId = selectedId(ui()->parentCombo);
}

void InstitutionDialog::checkMore(const Institution& institution, FieldErrors& errors) const
{
    const QString name = foldForSearch(institution.name);
    for (const Institution& other : m_all) {
        if (other.id != institution.id && !name.isEmpty() && foldForSearch(other.name) == name) {
            errors.append({QStringLiteral("name"), tr("Another institution has this name already.")});
            break;
        }
    }
}

} // namespace sd
