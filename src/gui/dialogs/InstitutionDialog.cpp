#include "dialogs/InstitutionDialog.h"

#include "dialogs/DialogSupport.h"
#include "domain/SearchText.h"
#include "storage/ProgrammeStore.h"
#include "ui_InstitutionDialog.h"

#include <QSet>
#include <spdlog/spdlog.h>

namespace sd {

InstitutionDialog::InstitutionDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::InstitutionDialog>())
{
    m_ui->setupUi(this);
    if (Result<QList<Institution>> all = store.institutions(); all)
        m_all = *all;
    else
        spdlog::warn("institution dialog: {}", all.error().message.toStdString());
    fillEnumCombo<InstitutionType>(m_ui->typeCombo);
    selectEnum(m_ui->typeCombo, InstitutionType::Federal);
    fillParents();
    setWindowTitle(tr("New institution"));

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel);
    marks().add(QStringLiteral("parent_id"), m_ui->parentCombo, m_ui->parentLabel);
    watch(m_ui->nameEdit, QStringLiteral("name"));
    watch(m_ui->acronymEdit, QStringLiteral("acronym"));
    watch(m_ui->typeCombo, QStringLiteral("type"));
    watch(m_ui->countryEdit, QStringLiteral("country"));
    watch(m_ui->parentCombo, QStringLiteral("parent_id"));
    revalidate();
}

InstitutionDialog::~InstitutionDialog() = default;

void InstitutionDialog::fillParents()
{
    // The institution and everything under it cannot be its parent.
    QSet<Id> excluded;
    if (m_institution.id > 0) {
        excluded.insert(m_institution.id);
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
    const QSignalBlocker blocker(m_ui->parentCombo);
    m_ui->parentCombo->clear();
    m_ui->parentCombo->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    for (const Institution& other : std::as_const(m_all)) {
        if (excluded.contains(other.id))
            continue;
        const QString label =
            other.acronym.isEmpty() ? other.name : tr("%1 (%2)").arg(other.name, other.acronym);
        m_ui->parentCombo->addItem(label, QVariant::fromValue<qint64>(other.id));
    }
    selectId(m_ui->parentCombo, m_institution.parentId);
}

void InstitutionDialog::setValue(const Institution& institution)
{
    m_institution = institution;
    m_ui->nameEdit->setText(institution.name);
    m_ui->nameEdit->home(false);
    m_ui->acronymEdit->setText(institution.acronym);
    selectEnum(m_ui->typeCombo, institution.type);
    m_ui->countryEdit->setText(institution.country);
    fillParents();
    setWindowTitle(tr("Institution"));
    marks().touchAll();
    revalidate();
}

Institution InstitutionDialog::value() const
{
    Institution institution = m_institution;
    institution.name = m_ui->nameEdit->text().trimmed();
    institution.acronym = m_ui->acronymEdit->text().trimmed();
    institution.type = selectedEnum(m_ui->typeCombo, InstitutionType::Other);
    institution.country = m_ui->countryEdit->text().trimmed();
    institution.parentId = selectedId(m_ui->parentCombo);
    return institution;
}

FieldErrors InstitutionDialog::check() const
{
    const Institution institution = value();
    FieldErrors errors = validate(institution);
    const QString name = foldForSearch(institution.name);
    for (const Institution& other : m_all) {
        if (other.id != institution.id && !name.isEmpty() && foldForSearch(other.name) == name) {
            errors.append({QStringLiteral("name"), tr("Another institution has this name already.")});
            break;
        }
    }
    return errors;
}

} // namespace sd
