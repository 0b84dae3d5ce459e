#include "dialogs/ParticipantDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ParticipantDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ParticipantDialog::ParticipantDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordForm(parent)
{
    fillEnumCombo<Gender>(ui()->genderCombo);
    selectEnum(ui()->genderCombo, Gender::NotStated);
    ui()->institutionCombo->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    if (Result<QList<Institution>> institutions = store.institutions(); institutions) {
        for (const Institution& institution : *institutions) {
            const QString label = institution.acronym.isEmpty()
                                      ? institution.name
                                      : tr("%1 (%2)").arg(institution.name, institution.acronym);
            ui()->institutionCombo->addItem(label, QVariant::fromValue<qint64>(institution.id));
        }
    } else {
        spdlog::warn("participant dialog: {}", institutions.error().message.toStdString());
    }
    setUpDateEdit(ui()->consentDateEdit);
    ui()->consentDateEdit->setDate(QDate::currentDate());
    ui()->consentDateEdit->setEnabled(false);
    connect(ui()->consentCheck, &QCheckBox::toggled, ui()->consentDateEdit, &QWidget::setEnabled);
    setWindowTitle(tr("New participant"));

    setUpFields(ui()->buttonBox, ui()->problemsLabel,
                {{"given_names", ui()->givenEdit, ui()->givenLabel},
                 {"family_names", ui()->familyEdit, ui()->familyLabel},
                 {"email", ui()->emailEdit, ui()->emailLabel},
                 {"gender", ui()->genderCombo},
                 {"institution_id", ui()->institutionCombo},
                 {"consent_date", ui()->consentCheck}});
}

void ParticipantDialog::fill(const Participant& participant)
{
    ui()->givenEdit->setText(participant.givenNames);
    ui()->familyEdit->setText(participant.familyNames);
    selectEnum(ui()->genderCombo, participant.gender);
    selectId(ui()->institutionCombo, participant.institutionId);
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
    participant.institutionId = selectedId(ui()->institutionCombo);
    participant.position = ui()->positionEdit->text().trimmed();
    participant.region = ui()->regionEdit->text().trimmed();
    participant.email = ui()->emailEdit->text().trimmed();
    participant.phone = ui()->phoneEdit->text().trimmed();
    participant.consentDate = ui()->consentCheck->isChecked() ? ui()->consentDateEdit->date() : QDate();
}

} // namespace sd
