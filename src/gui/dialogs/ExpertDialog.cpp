#include "dialogs/ExpertDialog.h"

#include "ui_ExpertDialog.h"

namespace sd {

ExpertDialog::ExpertDialog(QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::ExpertDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New expert"));
    setUpValidation(m_ui->buttonBox, m_ui->problemsLabel);
    marks().add(QStringLiteral("given_names"), m_ui->givenEdit, m_ui->givenLabel);
    marks().add(QStringLiteral("family_names"), m_ui->familyEdit, m_ui->familyLabel);
    marks().add(QStringLiteral("country"), m_ui->countryEdit, m_ui->countryLabel);
    watch(m_ui->givenEdit, QStringLiteral("given_names"));
    watch(m_ui->familyEdit, QStringLiteral("family_names"));
    watch(m_ui->countryEdit, QStringLiteral("country"));
    watch(m_ui->institutionEdit, QStringLiteral("institution"));
    watch(m_ui->expertiseEdit, QStringLiteral("expertise"));
    revalidate();
}

ExpertDialog::~ExpertDialog() = default;

void ExpertDialog::setValue(const Expert& expert)
{
    m_expert = expert;
    m_ui->givenEdit->setText(expert.givenNames);
    m_ui->familyEdit->setText(expert.familyNames);
    m_ui->countryEdit->setText(expert.country);
    m_ui->institutionEdit->setText(expert.institution);
    m_ui->expertiseEdit->setPlainText(expert.expertise);
    setWindowTitle(tr("Expert"));
    marks().touchAll();
    revalidate();
}

Expert ExpertDialog::value() const
{
    Expert expert = m_expert;
    expert.givenNames = m_ui->givenEdit->text().trimmed();
    expert.familyNames = m_ui->familyEdit->text().trimmed();
    expert.country = m_ui->countryEdit->text().trimmed();
    expert.institution = m_ui->institutionEdit->text().trimmed();
    expert.expertise = m_ui->expertiseEdit->toPlainText().trimmed();
    return expert;
}

FieldErrors ExpertDialog::check() const
{
    return validate(value());
}

} // namespace sd
