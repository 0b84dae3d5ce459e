#include "dialogs/ProjectDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/LanguageForms.h"
#include "storage/ProgrammeStore.h"
#include "ui_ProjectDialog.h"

namespace sd {

ProjectDialog::ProjectDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordForm(parent)
    , m_store(store)
{
    m_others = readOrWarn(store.projects(), "project dialog");
    if (Result<QList<Institution>> institutions = store.institutions(); institutions) {
        for (const Institution& institution : *institutions) {
            const QString label = institution.acronym.isEmpty()
                                      ? institution.name
                                      : tr("%1 (%2)").arg(institution.name, institution.acronym);
            addCheckItem(ui()->requestingList, label, institution.id, false);
        }
    }
    setUpDateEdit(ui()->startDateEdit);
    setUpDateEdit(ui()->endDateEdit);
    const QDate today = QDate::currentDate();
    ui()->startDateEdit->setDate(QDate(today.year(), 1, 1));
    ui()->endDateEdit->setDate(QDate(today.year(), 12, 31));
    setWindowTitle(tr("New project"));

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"code", ui()->codeEdit, ui()->codeLabel},
                 {"title", ui()->titleEdit, ui()->titleLabel},
                 {"title_es", ui()->titleEsEdit},
                 {"beneficiary_country", ui()->countryEdit},
                 {"start_date", ui()->startDateEdit, ui()->startLabel},
                 {"end_date", ui()->endDateEdit, ui()->endLabel},
                 {"requesting", ui()->requestingList},
                 {"summary", ui()->summaryEdit},
                 {"summary_es", ui()->summaryEsEdit},
                 {"results_narrative", ui()->narrativeEdit},
                 {"results_narrative_es", ui()->narrativeEsEdit},
                 {"quotation", ui()->quotationEdit}});
    LanguageForms::link(ui()->titleEsEdit, ui()->titleEdit);
    LanguageForms::link(ui()->summaryEsEdit, ui()->summaryEdit);
    LanguageForms::link(ui()->narrativeEsEdit, ui()->narrativeEdit);
}

void ProjectDialog::fill(const Project& project)
{
    ui()->codeEdit->setText(project.code);
    ui()->codeEdit->home(false);
    ui()->titleEdit->setText(project.title);
    ui()->titleEdit->home(false);
    ui()->titleEsEdit->setText(project.titleEs);
    ui()->titleEsEdit->home(false);
    ui()->countryEdit->setText(project.beneficiaryCountry);
    ui()->countryEdit->home(false);
    ui()->startDateEdit->setDate(project.startDate);
    ui()->endDateEdit->setDate(project.endDate);
    setCheckedIds(ui()->requestingList, project.requestingInstitutionIds);
    ui()->summaryEdit->setPlainText(project.summary);
    ui()->narrativeEdit->setPlainText(project.resultsNarrative);
    ui()->summaryEsEdit->setPlainText(project.summaryEs);
    ui()->narrativeEsEdit->setPlainText(project.resultsNarrativeEs);
    ui()->quotationEdit->setPlainText(project.quotation);
    m_firstActivityStart = {};
    m_lastActivityEnd = {};
    if (project.id > 0) {
        if (Result<QList<Activity>> activities = m_store.activities(project.id); activities) {
            for (const Activity& activity : *activities) {
                if (!m_firstActivityStart.isValid() || activity.startDate < m_firstActivityStart)
                    m_firstActivityStart = activity.startDate;
                if (!m_lastActivityEnd.isValid() || activity.endDate > m_lastActivityEnd)
                    m_lastActivityEnd = activity.endDate;
            }
        }
        setWindowTitle(tr("Project %1").arg(project.code));
    }
}

void ProjectDialog::read(Project& project) const
{
    project.code = ui()->codeEdit->text().trimmed();
    project.title = ui()->titleEdit->text().trimmed();
    project.titleEs = ui()->titleEsEdit->text().trimmed();
    project.beneficiaryCountry = ui()->countryEdit->text().trimmed();
    project.startDate = ui()->startDateEdit->date();
    project.endDate = ui()->endDateEdit->date();
    project.requestingInstitutionIds = checkedIds(ui()->requestingList);
    project.summary = ui()->summaryEdit->toPlainText().trimmed();
    project.resultsNarrative = ui()->narrativeEdit->toPlainText().trimmed();
    project.summaryEs = ui()->summaryEsEdit->toPlainText().trimmed();
    project.resultsNarrativeEs = ui()->narrativeEsEdit->toPlainText().trimmed();
    project.quotation = ui()->quotationEdit->toPlainText().trimmed();
}

void ProjectDialog::checkMore(const Project& project, FieldErrors& errors) const
{
    for (const Project& other : m_others) {
        if (other.id != project.id && other.code.compare(project.code, Qt::CaseInsensitive) == 0)
            errors.append({QStringLiteral("code"), tr("Another project has the code %1.").arg(project.code)});
    }
    if (m_firstActivityStart.isValid() && project.startDate > m_firstActivityStart)
        errors.append({QStringLiteral("start_date"),
                       tr("The project's first activity starts on %1; the time frame must begin by then.")
                           .arg(shortDate(m_firstActivityStart))});
    if (m_lastActivityEnd.isValid() && project.endDate < m_lastActivityEnd)
        errors.append({QStringLiteral("end_date"),
                       tr("The project's last activity ends on %1; the time frame must last until then.")
                           .arg(shortDate(m_lastActivityEnd))});
}

} // namespace sd
