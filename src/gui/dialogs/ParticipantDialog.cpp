#include "dialogs/ParticipantDialog.h"

#include "dialogs/DialogSupport.h"
#include "storage/ProgrammeStore.h"
#include "ui_ParticipantDialog.h"

#include <spdlog/spdlog.h>

namespace sd {

ParticipantDialog::ParticipantDialog(const ProgrammeStore& store, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ParticipantDialog>())
{
    m_ui->setupUi(this);
    fillEnumCombo<Gender>(m_ui->genderCombo);
    selectEnum(m_ui->genderCombo, Gender::NotStated);
    m_ui->institutionCombo->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    if (Result<QList<Institution>> institutions = store.institutions(); institutions) {
        for (const Institution& institution : *institutions) {
            const QString label = institution.acronym.isEmpty()
                                      ? institution.name
                                      : tr("%1 (%2)").arg(institution.name, institution.acronym);
            m_ui->institutionCombo->addItem(label, QVariant::fromValue<qint64>(institution.id));
        }
    } else {
        spdlog::warn("participant dialog: {}", institutions.error().message.toStdString());
    }
    setUpDateEdit(m_ui->consentDateEdit);
    m_ui->consentDateEdit->setDate(QDate::currentDate());
    m_ui->consentDateEdit->setEnabled(false);
    connect(m_ui->consentCheck, &QCheckBox::toggled, m_ui->consentDateEdit, &QWidget::setEnabled);
    setWindowTitle(tr("New participant"));

    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("given_names"), m_ui->givenEdit, m_ui->givenLabel);
    marks().add(QStringLiteral("family_names"), m_ui->familyEdit, m_ui->familyLabel);
    marks().add(QStringLiteral("email"), m_ui->emailEdit, m_ui->emailLabel);
    watch(m_ui->givenEdit, QStringLiteral("given_names"));
    watch(m_ui->familyEdit, QStringLiteral("family_names"));
    watch(m_ui->emailEdit, QStringLiteral("email"));
    watch(m_ui->genderCombo, QStringLiteral("gender"));
    watch(m_ui->institutionCombo, QStringLiteral("institution_id"));
    watch(m_ui->consentCheck, QStringLiteral("consent_date"));
    revalidate();
}

ParticipantDialog::~ParticipantDialog() = default;

void ParticipantDialog::setValue(const Participant& participant)
{
    m_participant = participant;
    m_ui->givenEdit->setText(participant.givenNames);
    m_ui->familyEdit->setText(participant.familyNames);
    selectEnum(m_ui->genderCombo, participant.gender);
    selectId(m_ui->institutionCombo, participant.institutionId);
    m_ui->positionEdit->setText(participant.position);
    m_ui->regionEdit->setText(participant.region);
    m_ui->emailEdit->setText(participant.email);
    m_ui->phoneEdit->setText(participant.phone);
    m_ui->consentCheck->setChecked(participant.consentDate.isValid());
    if (participant.consentDate.isValid())
        m_ui->consentDateEdit->setDate(participant.consentDate);
    setWindowTitle(participant.id > 0 ? tr("Participant") : tr("New participant"));
    if (participant.id > 0)
        marks().touchAll();
    revalidate();
}

Participant ParticipantDialog::value() const
{
    Participant participant = m_participant;
    participant.givenNames = m_ui->givenEdit->text().trimmed();
    participant.familyNames = m_ui->familyEdit->text().trimmed();
    participant.gender = selectedEnum(m_ui->genderCombo, Gender::NotStated);
    participant.institutionId = selectedId(m_ui->institutionCombo);
    participant.position = m_ui->positionEdit->text().trimmed();
    participant.region = m_ui->regionEdit->text().trimmed();
    participant.email = m_ui->emailEdit->text().trimmed();
    participant.phone = m_ui->phoneEdit->text().trimmed();
    participant.consentDate = m_ui->consentCheck->isChecked() ? m_ui->consentDateEdit->date() : QDate();
    return participant;
}

FieldErrors ParticipantDialog::check() const
{
    return validate(value());
}

} // namespace sd
