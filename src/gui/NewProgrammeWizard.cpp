#include "NewProgrammeWizard.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "dialogs/DialogSupport.h"
#include "dialogs/FieldMarks.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sd {

namespace {

QLabel* problemsLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

// A page whose Next waits until its fields pass their checks: the failing fields are marked and the
// reasons listed in the page's problems label.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(const char* problemsName)
        : m_problems(problemsLabel(this, problemsName))
        , m_marks(m_problems)
    {
    }

    bool isComplete() const override { return m_valid; }

protected:
    // Marks the fields of errors; the wizard hears when the page becomes complete or stops being so.
    void showErrors(const FieldErrors& errors)
    {
        const bool valid = m_marks.show(errors);
        if (valid != m_valid) {
            m_valid = valid;
            Q_EMIT completeChanged();
        }
    }

    QLabel* m_problems;
    FieldMarks m_marks;

private:
    bool m_valid = true;
};

// "MX-III" → "mx-iii.sdesk": letters, digits, dots, dashes and underscores; anything else a dash.
QString fileNameFor(const QString& code)
{
    QString name = code.trimmed().toLower();
    name.replace(
        QRegularExpression(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[.-]+|[.-]+$")));
    return (name.isEmpty() ? NewProgrammeWizard::tr("programme") : name) + QStringLiteral(".sdesk");
}

} // namespace

// The project: its code, title and time frame.
class NewProgrammeWizard::ProjectPage : public CheckedPage
{
public:
    ProjectPage()
        : CheckedPage("projectProblems")
        , m_code(new QLineEdit(this))
        , m_title(new QLineEdit(this))
        , m_start(new QDateEdit(this))
        , m_end(new QDateEdit(this))
    {
        setTitle(NewProgrammeWizard::tr("The project"));
        setSubTitle(NewProgrammeWizard::tr(
            "Its short code (used on printouts and on the command line), its title and "
            "its time frame. The rest of the project can be added later."));
        m_code->setObjectName(QStringLiteral("codeEdit"));
        m_code->setPlaceholderText(NewProgrammeWizard::tr("for example MX-III"));
        m_title->setObjectName(QStringLiteral("titleEdit"));
        m_start->setObjectName(QStringLiteral("startDateEdit"));
        m_end->setObjectName(QStringLiteral("endDateEdit"));
        setUpDateEdit(m_start);
        setUpDateEdit(m_end);
        const QDate today = QDate::currentDate();
        m_start->setDate(QDate(today.year(), today.month(), 1));
        m_end->setDate(QDate(today.year(), today.month(), 1).addYears(2).addDays(-1));

        auto* form = new QFormLayout;
        auto* codeLabel = new QLabel(NewProgrammeWizard::tr("Project &code:"), this);
        auto* titleLabel = new QLabel(NewProgrammeWizard::tr("&Title:"), this);
        auto* startLabel = new QLabel(NewProgrammeWizard::tr("&Start:"), this);
        auto* endLabel = new QLabel(NewProgrammeWizard::tr("&End:"), this);
        codeLabel->setBuddy(m_code);
        titleLabel->setBuddy(m_title);
        startLabel->setBuddy(m_start);
        endLabel->setBuddy(m_end);
        form->addRow(codeLabel, m_code);
        form->addRow(titleLabel, m_title);
        form->addRow(startLabel, m_start);
        form->addRow(endLabel, m_end);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addStretch(1);
        layout->addWidget(m_problems);

        m_marks.add(QStringLiteral("code"), m_code, codeLabel);
        m_marks.add(QStringLiteral("title"), m_title, titleLabel);
        m_marks.add(QStringLiteral("start_date"), m_start, startLabel);
        m_marks.add(QStringLiteral("end_date"), m_end, endLabel);
        auto changed = [this](const char* field) {
            return [this, field] {
                m_marks.touch(QLatin1String(field));
                check();
            };
        };
        connect(m_code, &QLineEdit::textChanged, this, changed("code"));
        connect(m_title, &QLineEdit::textChanged, this, changed("title"));
        connect(m_start, &QDateEdit::dateChanged, this, changed("start_date"));
        connect(m_end, &QDateEdit::dateChanged, this, changed("end_date"));
        check();
    }

    Project project() const
    {
        Project project;
        project.code = m_code->text().trimmed();
        project.title = m_title->text().trimmed();
        project.startDate = m_start->date();
        project.endDate = m_end->date();
        return project;
    }

private:
    void check() { showErrors(validate(project())); }

    QLineEdit* m_code;
    QLineEdit* m_title;
    QDateEdit* m_start;
    QDateEdit* m_end;
};

// The project's components, numbered in the order listed.
class NewProgrammeWizard::ComponentsPage : public CheckedPage
{
public:
    ComponentsPage()
        : CheckedPage("componentsProblems")
        , m_table(new QTableWidget(0, 1, this))
        , m_add(new QPushButton(NewProgrammeWizard::tr("&Add a component"), this))
        , m_remove(new QPushButton(NewProgrammeWizard::tr("&Remove"), this))
    {
        setTitle(NewProgrammeWizard::tr("Components"));
        setSubTitle(NewProgrammeWizard::tr(
            "The thematic strands of the project (“Component 1: Asylum and international "
            "protection”). Every activity serves one or more; more can be added later."));
        m_table->setObjectName(QStringLiteral("componentsTable"));
        m_table->setHorizontalHeaderLabels({NewProgrammeWizard::tr("Title")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        // Typing on a row edits its title; moving to a row does not, so that Remove removes no open editor.
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                 QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        m_table->setTabKeyNavigation(false);
        m_add->setObjectName(QStringLiteral("addComponentButton"));
        m_remove->setObjectName(QStringLiteral("removeComponentButton"));
        connect(m_add, &QPushButton::clicked, this, [this] {
            addRow();
            m_table->setFocus();
            m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            const int row = m_table->currentRow();
            if (row >= 0)
                m_table->removeRow(row);
            renumber();
            check();
        });
        connect(m_table, &QTableWidget::itemChanged, this, [this] { check(); });
        connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });

        auto* buttons = new QVBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch(1);
        auto* row = new QHBoxLayout;
        row->addWidget(m_table, 1);
        row->addLayout(buttons);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(row, 1);
        layout->addWidget(m_problems);
        addRow();
    }

    void initializePage() override
    {
        // The first title is typed straight away, once the page is shown (a hidden view edits nothing).
        if (m_table->rowCount() > 0 && m_table->item(0, 0)->text().isEmpty()) {
            m_table->setCurrentCell(0, 0);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_table->rowCount() > 0 && m_table->item(0, 0)->text().isEmpty()) {
                        m_table->setFocus();
                        m_table->editItem(m_table->item(0, 0));
                    }
                },
                Qt::QueuedConnection);
        }
    }

    QStringList titles() const
    {
        QStringList titles;
        for (int row = 0; row < m_table->rowCount(); ++row)
            titles << m_table->item(row, 0)->text().trimmed();
        return titles;
    }

private:
    void addRow()
    {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        renumber();
        m_table->setCurrentCell(row, 0);
        check();
    }

    void renumber()
    {
        QStringList numbers;
        for (int row = 0; row < m_table->rowCount(); ++row)
            numbers << NewProgrammeWizard::tr("Component %1").arg(row + 1);
        m_table->setVerticalHeaderLabels(numbers);
        updateButtons();
    }

    void updateButtons() { m_remove->setEnabled(m_table->currentRow() >= 0); }

    void check()
    {
        NewProgramme programme;
        programme.componentTitles = titles();
        FieldErrors errors;
        for (const FieldError& error : validate(programme)) {
            if (error.field.startsWith(QStringLiteral("component.")))
                errors << error;
        }
        showErrors(errors);
    }

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

// Where the file goes: a name made from the project code in the folder last used, or one chosen in
// the save dialog.
class NewProgrammeWizard::FilePage : public CheckedPage
{
public:
    FilePage(const QString& folder, const QString& fileFilter, const ProjectPage& project)
        : CheckedPage("fileProblems")
        , m_project(project)
        , m_folder(folder)
        , m_filter(fileFilter)
        , m_path(new QLineEdit(this))
    {
        setTitle(NewProgrammeWizard::tr("The programme file"));
        setSubTitle(NewProgrammeWizard::tr(
            "A programme is one file on this computer. Every change is written to it as "
            "you make it; there is no Save."));
        m_path->setObjectName(QStringLiteral("pathEdit"));
        auto* choose = new QPushButton(NewProgrammeWizard::tr("&Choose…"), this);
        choose->setObjectName(QStringLiteral("choosePathButton"));
        auto* fileLabel = new QLabel(NewProgrammeWizard::tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        auto* row = new QHBoxLayout;
        row->addWidget(fileLabel);
        row->addWidget(m_path, 1);
        row->addWidget(choose);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addStretch(1);
        layout->addWidget(m_problems);
        m_marks.add(QStringLiteral("file"), m_path, fileLabel);
        m_marks.touchAll();

        connect(m_path, &QLineEdit::textChanged, this, [this] { check(); });
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString chosen =
                FileDialog::getSaveFileName(this, NewProgrammeWizard::tr("New programme file"),
                                            path().isEmpty() ? m_folder : path(), m_filter);
            if (!chosen.isEmpty())
                m_path->setText(QDir::toNativeSeparators(chosen));
        });
    }

    void initializePage() override
    {
        // The suggestion follows the code until the officer types or chooses a name of their own.
        if (m_path->text().isEmpty() || m_path->text() == m_suggested) {
            m_suggested =
                QDir::toNativeSeparators(QDir(m_folder).filePath(fileNameFor(m_project.project().code)));
            m_path->setText(m_suggested);
        }
        check();
    }

    // The path as typed, with ".sdesk" added when the name has no extension.
    QString path() const
    {
        QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty())
            return path;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".sdesk");
        return QFileInfo(path).absoluteFilePath();
    }

private:
    void check()
    {
        FieldErrors errors;
        const QString file = path();
        const QFileInfo info(file);
        if (file.isEmpty())
            errors.append({QStringLiteral("file"), NewProgrammeWizard::tr("Name the file, or choose one.")});
        else if (info.exists())
            errors.append({QStringLiteral("file"),
                           NewProgrammeWizard::tr(
                               "%1 already exists; Seminar Desk does not overwrite a programme file. "
                               "Choose another name.")
                               .arg(info.fileName())});
        else if (!info.absoluteDir().exists())
            errors.append({QStringLiteral("file"),
                           NewProgrammeWizard::tr("The folder %1 does not exist. Choose another folder.")
                               .arg(QDir::toNativeSeparators(info.absolutePath()))});
        showErrors(errors);
    }

    const ProjectPage& m_project;
    QString m_folder;
    QString m_filter;
    QString m_suggested;
    QLineEdit* m_path;
};

NewProgrammeWizard::NewProgrammeWizard(const QString& folder, const QString& fileFilter, QWidget* parent)
    : QWizard(parent)
    , m_project(new ProjectPage)
    , m_components(new ComponentsPage)
    , m_file(new FilePage(folder, fileFilter, *m_project))
{
    setObjectName(QStringLiteral("newProgrammeWizard"));
    setWindowTitle(NewProgrammeWizard::tr("New programme"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ProjectPageId, m_project);
    setPage(ComponentsPageId, m_components);
    setPage(FilePageId, m_file);
    setButtonText(QWizard::FinishButton, NewProgrammeWizard::tr("&Create"));
    resize(640, 460);
}

NewProgrammeWizard::~NewProgrammeWizard() = default;

NewProgramme NewProgrammeWizard::programme() const
{
    NewProgramme programme;
    programme.project = m_project->project();
    programme.componentTitles = m_components->titles();
    return programme;
}

QString NewProgrammeWizard::filePath() const
{
    return m_file->path();
}

std::unique_ptr<ProgrammeDocument> NewProgrammeWizard::takeDocument()
{
    return std::move(m_document);
}

void NewProgrammeWizard::accept()
{
    const NewProgramme programme = this->programme();
    Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(
        filePath(), [&programme](ProgrammeStore& store) { return writeNewProgramme(store, programme); });
    if (!created) {
        MessageBox::critical(this, NewProgrammeWizard::tr("The programme was not created"),
                             created.error().message);
        return;
    }
    m_document = std::move(created.value());
    QWizard::accept();
}

} // namespace sd
