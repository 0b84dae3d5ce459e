#include "dialogs/ParticipantDialog.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/DuplicateCheck.h"
#include "dialogs/InstitutionPicker.h"
#include "dialogs/ProbableMatchPanel.h"
#include "storage/ProgrammeStore.h"
#include "ui_ParticipantDialog.h"

#include <QPushButton>

namespace sd {

ParticipantDialog::ParticipantDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordForm(parent)
{
    fillEnumCombo<Gender>(ui()->genderCombo);
    selectEnum(ui()->genderCombo, Gender::NotStated);
    ui()->institutionCombo->setInstitutions(readOrWarn(store.institutions(), "participant dialog"));
    setUpDateEdit(ui()->consentDateEdit);
    ui()->consentDateEdit->setDate(QDate::currentDate());
    ui()->consentDateEdit->setEnabled(false);
    connect(ui()->consentCheck, &QCheckBox::toggled, ui()->consentDateEdit, &QWidget::setEnabled);
    setWindowTitle(tr("New participant"));

    // Under the fields, in the room the form keeps below them, so that no field moves when it shows.
    m_panel = new ProbableMatchPanel(this);
    ui()->dialogLayout->insertWidget(1, m_panel);
    m_panel->setInstitutionName([this](Id id) {
        for (const Institution& institution : institutionPicker()->institutions()) {
            if (institution.id == id)
                return institution.acronym.isEmpty() ? institution.name : institution.acronym;
        }
        return QString();
    });
    connect(m_panel, &ProbableMatchPanel::takeRequested, this, &ParticipantDialog::matchTaken);
    connect(m_panel, &ProbableMatchPanel::createAnywayRequested, this, &ParticipantDialog::createAnyway);

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"given_names", ui()->givenEdit, ui()->givenLabel},
                 {"family_names", ui()->familyEdit, ui()->familyLabel},
                 {"email", ui()->emailEdit, ui()->emailLabel},
                 {"gender", ui()->genderCombo},
                 {"institution_id", ui()->institutionCombo},
                 {"consent_date", ui()->consentCheck}});
}

ParticipantDialog::~ParticipantDialog() = default;

InstitutionPicker* ParticipantDialog::institutionPicker() const
{
    return ui()->institutionCombo;
}

void ParticipantDialog::enableDuplicateCheck(const ProgrammeQueries::Source& source)
{
    if (m_check)
        return;
    m_check = new DuplicateCheck(source, this);
    connect(m_check, &DuplicateCheck::matchesChanged, this, &ParticipantDialog::showMatches);
    // What the matching rules look at: the names, the email and the institution.
    for (QLineEdit* edit : {ui()->givenEdit, ui()->familyEdit, ui()->emailEdit})
        connect(edit, &QLineEdit::textChanged, this, &ParticipantDialog::typedChanged);
    connect(ui()->institutionCombo, &QComboBox::currentIndexChanged, this, &ParticipantDialog::typedChanged);
}

void ParticipantDialog::typedChanged()
{
    m_createAnyway = false;
    m_check->schedule(value());
}

void ParticipantDialog::showMatches()
{
    m_panel->setMatches(m_check->matches(), m_check->total());
}

void ParticipantDialog::createAnyway()
{
    m_createAnyway = true;
    accept();
}

void ParticipantDialog::accept()
{
    if (m_check && !m_createAnyway && isValid()) {
        // The last keystrokes may not have been checked yet: check them now.
        m_check->checkNow(value());
        if (!m_check->matches().isEmpty()) {
            m_panel->ask();
            return;
        }
    }
    RecordForm::accept();
}

void ParticipantDialog::fill(const Participant& participant)
{
    ui()->givenEdit->setText(participant.givenNames);
    ui()->familyEdit->setText(participant.familyNames);
    selectEnum(ui()->genderCombo, participant.gender);
    ui()->institutionCombo->setCurrentId(participant.institutionId);
    ui()->positionEdit->setText(participant.position);
    ui()->regionEdit->setText(participant.region);
    ui()->emailEdit->setText(participant.email);
    ui()->phoneEdit->setText(participant.phone);
    ui()->consentCheck->setChecked(participant.consentDate.isValid());
    if (participant.consentDate.isValid())
        ui()->consentDateEdit->setDate(participant.consentDate);
    setWindowTitle(participant.id > 0 ? tr("Participant") : tr("New participant"));
}

void ParticipantDialog::read(Participant& participant) const
{
    participant.givenNames = ui()->givenEdit->text().trimmed();
    participant.familyNames = ui()->familyEdit->text().trimmed();
    participant.gender = selectedEnum(ui()->genderCombo, Gender::NotStated);
    participant.institutionId = ui()->institutionCombo->currentId();
    participant.position = ui()->positionEdit->text().trimmed();
    participant.region = ui()->regionEdit->text().trimmed();
    participant.email = ui()->emailEdit->text().trimmed();
    participant.phone = ui()->phoneEdit->text().trimmed();
    participant.consentDate = ui()->consentCheck->isChecked() ? ui()->consentDateEdit->date() : QDate();
}

} // namespace sd
