#include "dialogs/ProjectDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ProjectDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ProjectDialog::ProjectDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    if (Result<QList<Project>> projects = store.projects(); projects)
        m_others = *projects;
    else
        spdlog::warn("project dialog: {}", projects.error().message.toStdString());
    if (Result<QList<Institution>> institutions = store.institutions(); institutions) {
        for (const Institution& institution : *institutions) {
            const QString label = institution.acronym.isEmpty()
                                      ? institution.name
                                      : tr("%1 (%2)").arg(institution.name, institution.acronym);
            addCheckItem(m_ui->requestingList, label, institution.id, false);
        }
    }
    setUpDateEdit(m_ui->startDateEdit);
    setUpDateEdit(m_ui->endDateEdit);
    const QDate today = QDate::currentDate();
    m_ui->startDateEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->endDateEdit->setDate(QDate(today.year(), 12, 31));
    setWindowTitle(tr("New project"));

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("code"), m_ui->codeEdit, m_ui->codeLabel);
    marks().add(QStringLiteral("title"), m_ui->titleEdit, m_ui->titleLabel);
    marks().add(QStringLiteral("start_date"), m_ui->startDateEdit, m_ui->startLabel);
    marks().add(QStringLiteral("end_date"), m_ui->endDateEdit, m_ui->endLabel);
    watch(m_ui->codeEdit, QStringLiteral("code"));
    watch(m_ui->titleEdit, QStringLiteral("title"));
    watch(m_ui->countryEdit, QStringLiteral("beneficiary_country"));
    watch(m_ui->startDateEdit, QStringLiteral("start_date"));
    watch(m_ui->endDateEdit, QStringLiteral("end_date"));
    watch(m_ui->requestingList, QStringLiteral("requesting"));
    watch(m_ui->summaryEdit, QStringLiteral("summary"));
    watch(m_ui->narrativeEdit, QStringLiteral("results_narrative"));
    watch(m_ui->quotationEdit, QStringLiteral("quotation"));
    revalidate();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::setValue(const Project& project)
{
    m_project = project;
    m_ui->codeEdit->setText(project.code);
    m_ui->codeEdit->home(false);
    m_ui->titleEdit->setText(project.title);
    m_ui->titleEdit->home(false);
    m_ui->countryEdit->setText(project.beneficiaryCountry);
    m_ui->countryEdit->home(false);
    m_ui->startDateEdit->setDate(project.startDate);
    m_ui->endDateEdit->setDate(project.endDate);
    setCheckedIds(m_ui->requestingList, project.requestingInstitutionIds);
    m_ui->summaryEdit->setPlainText(project.summary);
    m_ui->narrativeEdit->setPlainText(project.resultsNarrative);
    m_ui->quotationEdit->setPlainText(project.quotation);
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
        marks().touchAll();
    }
    revalidate();
}

Project ProjectDialog::value() const
{
    Project project = m_project;
    project.code = m_ui->codeEdit->text().trimmed();
    project.title = m_ui->titleEdit->text().trimmed();
    project.beneficiaryCountry = m_ui->countryEdit->text().trimmed();
    project.startDate = m_ui->startDateEdit->date();
    project.endDate = m_ui->endDateEdit->date();
    project.requestingInstitutionIds = checkedIds(m_ui->requestingList);
    project.summary = m_ui->summaryEdit->toPlainText().trimmed();
    project.resultsNarrative = m_ui->narrativeEdit->toPlainText().trimmed();
    project.quotation = m_ui->quotationEdit->toPlainText().trimmed();
    return project;
}

FieldErrors ProjectDialog::check() const
{
    const Project project = value();
    FieldErrors errors = validate(project);
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
    return errors;
}

} // namespace sd
