#include "import/ImportWizard.h"

#include "FileDialog.h"
#include "PageLayout.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "commands/DocumentCommand.h"
#include "commands/ImportCommand.h"
#include "import/ColumnMapping.h"
#include "import/ImportField.h"
#include "import/ImportReport.h"
#include "io/TabularFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sd {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    QLabel* label = makeWrappedLabel(QStringLiteral("error"), parent);
    label->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The list, what it is, and what to do with bad rows.
class FilePage : public QWizardPage
{
public:
    explicit FilePage(ImportWizard::State& state)
        : m_state(state)
    {
        setTitle(ImportWizard::tr("Choose the list"));
        setSubTitle(ImportWizard::tr(
            "A registration list (people) or a sign-in sheet (attendance), saved as CSV or XLSX."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("filePath"));
        auto* browse = new QPushButton(ImportWizard::tr("Browse…"), this);
        auto* pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path);
        pathRow->addWidget(browse);
        m_participants = new QRadioButton(ImportWizard::tr("Registration list: participants"), this);
        m_participants->setObjectName(QStringLiteral("kindParticipants"));
        m_attendance = new QRadioButton(ImportWizard::tr("Sign-in sheet: attendance marks"), this);
        m_attendance->setObjectName(QStringLiteral("kindAttendance"));
        m_participants->setChecked(true);
        m_activity = new QComboBox(this);
        m_activity->setObjectName(QStringLiteral("activity"));
        m_createMissing = new QCheckBox(
            ImportWizard::tr("Create and enrol the people the sheet names who are not in the file yet"),
            this);
        m_createMissing->setObjectName(QStringLiteral("createMissing"));
        m_skipInvalid = new QCheckBox(
            ImportWizard::tr("Import the valid rows and keep rows with errors in a file beside the list"),
            this);
        m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
        m_error = errorLabel(this);

        auto* form = new QFormLayout(this);
        // A row holding a layout gets no buddy from QFormLayout: the label is made here, so that its
        // accelerator focuses the path instead of showing a literal '&'.
        auto* fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, pathRow);
        form->addRow(ImportWizard::tr("The list is a:"), m_participants);
        form->addRow(QString(), m_attendance);
        form->addRow(ImportWizard::tr("&Activity:"), m_activity);
        form->addRow(QString(), m_createMissing);
        form->addRow(QString(), m_skipInvalid);
        form->addRow(m_error);

        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = FileDialog::getOpenFileName(
                this, ImportWizard::tr("Import a list"), QFileInfo(m_path->text()).absolutePath(),
                ImportWizard::tr("Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
            if (!chosen.isEmpty())
                m_path->setText(chosen);
        });
        connect(m_attendance, &QRadioButton::toggled, this, [this](bool sheet) { showKind(sheet); });
        showKind(false);
    }

    void initializePage() override
    {
        m_activity->clear();
        m_activity->addItem(ImportWizard::tr("(none)"), QString());
        if (m_state.projectId > 0) {
            Result<QList<Activity>> activities = m_state.document.store().activities(m_state.projectId);
            if (activities) {
                for (const Activity& activity : std::as_const(*activities))
                    m_activity->addItem(QStringLiteral("%1 — %2").arg(activity.code, activity.title),
                                        activity.code);
            }
        }
    }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        m_state.path = m_path->text().trimmed();
        m_state.options.kind = m_attendance->isChecked() ? ImportKind::Attendance : ImportKind::Participants;
        m_state.options.activityCode = m_activity->currentData().toString();
        m_state.options.createMissing = m_attendance->isChecked() && m_createMissing->isChecked();
        m_state.options.projectId = m_state.projectId;
        m_state.skipInvalid = m_skipInvalid->isChecked();
        Result<CsvTable> table = readTabularFile(m_state.path);
        if (!table) {
            m_error->setText(table.error().message);
            return false;
        }
        m_error->clear();
        m_state.table = std::move(*table);
        return true;
    }

private:
    void showKind(bool sheet)
    {
        m_createMissing->setVisible(sheet);
        m_activity->setToolTip(sheet ? ImportWizard::tr("The activity of rows that do not name one.")
                                     : ImportWizard::tr("Enrol everyone on the list in this activity."));
    }

    ImportWizard::State& m_state;
    QLineEdit* m_path = nullptr;
    QRadioButton* m_participants = nullptr;
    QRadioButton* m_attendance = nullptr;
    QComboBox* m_activity = nullptr;
    QCheckBox* m_createMissing = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_error = nullptr;
};

// Which field each column holds: filled in from the headings, changeable.
class ColumnsPage : public QWizardPage
{
public:
    explicit ColumnsPage(ImportWizard::State& state)
        : m_state(state)
    {
        setTitle(ImportWizard::tr("Columns"));
        setSubTitle(ImportWizard::tr(
            "What each column of the list holds. Recognised headings are filled in; choose the field "
            "of any other column, or leave it out."));
        m_columns = new QTableWidget(this);
        m_columns->setObjectName(QStringLiteral("columns"));
        m_columns->setColumnCount(3);
        m_columns->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column"), ImportWizard::tr("First value"), ImportWizard::tr("Field")});
        m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_columns->verticalHeader()->hide();
        m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_error = errorLabel(this);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_columns);
        layout->addWidget(m_error);
    }

    void initializePage() override
    {
        const CsvTable& table = *m_state.table;
        m_columns->setRowCount(int(table.header.size()));
        for (int column = 0; column < table.header.size(); ++column) {
            m_columns->setItem(column, 0, new QTableWidgetItem(table.header[column]));
            QString sample;
            for (const QStringList& row : table.rows) {
                sample = row.value(column).trimmed();
                if (!sample.isEmpty())
                    break;
            }
            m_columns->setItem(column, 1, new QTableWidgetItem(sample));
            auto* field = new QComboBox(m_columns);
            field->addItem(ImportWizard::tr("— not used —"));
            for (ImportField candidate : importFields(m_state.options.kind))
                field->addItem(importFieldLabel(candidate), importFieldCode(candidate));
            if (const std::optional<ImportField> recognised =
                    recogniseHeading(table.header[column], m_state.options.kind))
                field->setCurrentIndex(field->findData(importFieldCode(*recognised)));
            m_columns->setCellWidget(column, 2, field);
        }
        m_error->clear();
    }

    bool validatePage() override
    {
        // Every column is named explicitly, so the mapping is exactly what the page shows.
        m_state.options.mapping.clear();
        for (int column = 0; column < m_columns->rowCount(); ++column) {
            const auto* field = static_cast<QComboBox*>(m_columns->cellWidget(column, 2));
            ColumnOverride choice;
            choice.column = m_state.table->header[column];
            choice.field = importFieldFromCode(field->currentData().toString());
            m_state.options.mapping.append(choice);
        }
        Result<ImportPlan> plan =
            m_state.document.queries().planImport(*m_state.table, m_state.path, m_state.options);
        if (!plan) {
            m_error->setText(plan.error().message);
            return false;
        }
        m_state.plan = std::move(*plan);
        return true;
    }

private:
    ImportWizard::State& m_state;
    QTableWidget* m_columns = nullptr;
    QLabel* m_error = nullptr;
};

// Each row's fate before anything is written.
class PreviewPage : public QWizardPage
{
public:
    explicit PreviewPage(ImportWizard::State& state)
        : m_state(state)
    {
        setTitle(ImportWizard::tr("Preview"));
        setSubTitle(ImportWizard::tr(
            "What the import will do with each row. Nothing is written until you choose Import."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        m_summary = makeWrappedLabel(QStringLiteral("summary"), this);
        m_rows = new QTableWidget(this);
        m_rows->setObjectName(QStringLiteral("preview"));
        m_rows->setColumnCount(4);
        m_rows->setHorizontalHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("Name"),
                                           ImportWizard::tr("Fate"), ImportWizard::tr("Details")});
        m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        m_rows->verticalHeader()->hide();
        m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_error = errorLabel(this);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_rows);
        layout->addWidget(m_error);
    }

    void initializePage() override
    {
        const ImportPlan& plan = *m_state.plan;
        const CsvTable& table = *m_state.table;
        QHash<int, std::pair<QString, QString>> fates; // line -> fate, details
        for (const PlannedPerson& person : plan.persons) {
            for (qsizetype i = 0; i < person.lines.size(); ++i) {
                const int line = person.lines[i];
                if (!person.isNew)
                    fates.insert(line, {ImportWizard::tr("Matched"),
                                        ImportWizard::tr("participant %1").arg(person.stored.id)});
                else if (i == 0)
                    fates.insert(line, {ImportWizard::tr("New"), QString()});
                else
                    fates.insert(line, {ImportWizard::tr("Same person"),
                                        ImportWizard::tr("as line %1").arg(person.lines.front())});
            }
        }
        for (const PossibleDuplicate& duplicate : plan.possibleDuplicates) {
            const QString other = duplicate.otherId != 0
                                      ? ImportWizard::tr("participant %1").arg(duplicate.otherId)
                                      : ImportWizard::tr("line %1").arg(duplicate.otherLine);
            fates.insert(duplicate.line, {ImportWizard::tr("New, possible duplicate"),
                                          ImportWizard::tr("of %1: %2").arg(other, duplicate.reason)});
        }
        for (const RejectedRow& rejected : plan.rejected) {
            QStringList problems;
            for (const RowProblem& problem : rejected.problems)
                problems.append(QStringLiteral("%1: %2").arg(problem.field, problem.message));
            fates.insert(rejected.line, {ImportWizard::tr("Error"), problems.join(u' ')});
        }

        const ColumnMapping* mapping = nullptr;
        Result<ColumnMapping> built =
            ColumnMapping::build(table.header, m_state.options.kind, m_state.options.mapping, m_state.path);
        if (built)
            mapping = &*built;
        m_rows->setRowCount(int(table.rows.size()));
        for (int row = 0; row < table.rows.size(); ++row) {
            const int line = table.lineNumbers.value(row, row + 2);
            QString name;
            if (mapping != nullptr) {
                const auto cell = [&](ImportField field) {
                    return mapping->has(field) ? table.rows[row].value(mapping->column(field)).simplified()
                                               : QString();
                };
                name = QStringList{cell(ImportField::GivenNames), cell(ImportField::FamilyNames),
                                   cell(ImportField::FirstFamilyName), cell(ImportField::SecondFamilyName)}
                           .join(u' ')
                           .simplified();
                if (name.isEmpty())
                    name = cell(ImportField::Email);
            }
            const std::pair<QString, QString> fate = fates.value(line);
            m_rows->setItem(row, 0, new QTableWidgetItem(QString::number(line)));
            m_rows->setItem(row, 1, new QTableWidgetItem(name));
            m_rows->setItem(row, 2, new QTableWidgetItem(fate.first));
            m_rows->setItem(row, 3, new QTableWidgetItem(fate.second));
        }
        m_rows->resizeColumnsToContents();

        const ImportCounts counts = plan.counts();
        const auto counted = [](const char* text, qint64 n) {
            return QCoreApplication::translate("sd::ImportWizard", text, nullptr, int(n));
        };
        const QStringList parts{
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n new participant(s)"), counts.newParticipants),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n matched participant(s)"),
                    counts.matchedParticipants),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n new institution(s)"), counts.newInstitutions),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n new enrolment(s)"), counts.newEnrolments),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n new attendance mark(s)"), counts.newMarks),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n possible duplicate(s)"),
                    counts.possibleDuplicates),
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n row(s) with errors"), counts.rejectedRows)};
        QString summary = ImportWizard::tr("%1: %2.").arg(
            counted(QT_TRANSLATE_N_NOOP("sd::ImportWizard", "%n row(s)"), counts.rowsRead),
            parts.join(QStringLiteral(", ")));
        if (counts.rejectedRows > 0 && !m_state.skipInvalid)
            summary +=
                u' ' + ImportWizard::tr(
                           "Correct the rows with errors, or go back and choose to import the valid rows "
                           "and keep the others beside the list.");
        m_summary->setText(summary);
        m_error->clear();
    }

    bool isComplete() const override
    {
        return m_state.plan && (m_state.plan->rejected.isEmpty() || m_state.skipInvalid);
    }

    bool validatePage() override
    {
        const ImportPlan& plan = *m_state.plan;
        ImportReportContext context;
        context.databaseName = QFileInfo(m_state.document.path()).fileName();
        context.outcome = ImportOutcome::Written;
        context.skipInvalid = m_state.skipInvalid;
        if (!plan.rejected.isEmpty()) {
            // Kept first: if that fails, nothing is imported and nothing is lost.
            context.rejectedFile = rejectedRowsPath(m_state.path);
            if (Status saved = writeRejectedRows(context.rejectedFile, *m_state.table, plan.rejected);
                !saved) {
                m_error->setText(saved.error().message);
                return false;
            }
        }
        if (plan.changesAnything()) {
            if (Status pushed = DocumentCommand::push(
                    m_state.document,
                    std::make_unique<ImportCommand>(m_state.document, plan, *m_state.table, m_state.options));
                !pushed) {
                // Another program changed the file since the preview: show the list as it would be
                // imported now, and let the user import again.
                if (pushed.error().kind == ErrorKind::Conflict) {
                    Result<ImportPlan> again =
                        m_state.document.queries().planImport(*m_state.table, m_state.path, m_state.options);
                    if (again) {
                        m_state.plan = std::move(*again);
                        initializePage();
                        Q_EMIT completeChanged();
                    }
                }
                m_error->setText(pushed.error().message);
                return false;
            }
        }
        m_state.report = formatImportReport(plan, context);
        return true;
    }

private:
    ImportWizard::State& m_state;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_error = nullptr;
};

class ReportPage : public QWizardPage
{
public:
    explicit ReportPage(ImportWizard::State& state)
        : m_state(state)
    {
        setTitle(ImportWizard::tr("Report"));
        setSubTitle(ImportWizard::tr("What was imported. Edit ▸ Undo takes the whole import back."));
        m_report = new QPlainTextEdit(this);
        m_report->setObjectName(QStringLiteral("report"));
        m_report->setReadOnly(true);
        m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_report);
        setFinalPage(true);
    }

    void initializePage() override { m_report->setPlainText(m_state.report); }

private:
    ImportWizard::State& m_state;
    QPlainTextEdit* m_report = nullptr;
};

} // namespace

ImportWizard::ImportWizard(ProgrammeDocument& document, Id projectId, QWidget* parent)
    : QWizard(parent)
    , m_state(std::make_unique<State>(State{document, projectId, {}, {}, false, {}, {}, {}}))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(ImportWizard::tr("Import a list"));
    setPage(FilePageId, new FilePage(*m_state));
    setPage(ColumnsPageId, new ColumnsPage(*m_state));
    setPage(PreviewPageId, new PreviewPage(*m_state));
    setPage(ReportPageId, new ReportPage(*m_state));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(860, 560);
}

ImportWizard::~ImportWizard() = default;

const std::optional<CsvTable>& ImportWizard::table() const
{
    return m_state->table;
}

const std::optional<ImportPlan>& ImportWizard::plan() const
{
    return m_state->plan;
}

const QString& ImportWizard::report() const
{
    return m_state->report;
}

} // namespace sd
