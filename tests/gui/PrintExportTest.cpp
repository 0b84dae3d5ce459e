// Printing and exports from the window: the print preview's painting captured as a PDF and read
// back with poppler's pdftotext, workbooks read back with openpyxl, CSV compared with the rows shown.
#include "ActivityPage.h"
#include "DocumentPrinter.h"
#include "DocumentReports.h"
#include "DrillDownDialog.h"
#include "ExportFileChooser.h"
#include "FileDialog.h"
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "Programmes.h"
#include "Readers.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "ResultsPage.h"
#include "counting/ResultsQuery.h"
#include "documents/DocumentData.h"
#include "documents/ParticipantSummaryDocument.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace sd::test {
namespace {

// The text of a PDF as laid out, with every space and line break taken out, so that a wrapped name
// still matches.
QString flatPdfText(const QString& path)
{
    return withoutSpaces(test::pdfText(path, 0, PdfTextOrder::Layout));
}

// A workbook's sheets as openpyxl reads them.
QJsonArray workbookSheets(const QString& path)
{
    return readWorkbook(path).value(QStringLiteral("sheets")).toArray();
}

} // namespace

class PrintExportTest : public MainWindowFixture
{
protected:
    // Text values from a parameterised SELECT on the open file (a connection of the test's own).
    QStringList texts(const QString& sql, const QVariantList& values = {})
    {
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> database = Database::open(window().document()->path(), options);
        if (!database) {
            ADD_FAILURE() << database.error().message.toStdString();
            return {};
        }
        QSqlQuery query(database.value()->connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec()) << sql.toStdString();
        QStringList out;
        while (query.next())
            out << query.value(0).toString();
        return out;
    }

    QAction* action(const char* name)
    {
        auto* found = window().findChild<QAction*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    Id activityId(const QString& code)
    {
        return scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {code});
    }

    // The participants register filtered by `text`, with its first row selected.
    RegisterPage* participantsFilteredBy(const QString& text)
    {
        window().showRegister(RegisterKind::Participants);
        RegisterPage* page = window().registerPage(RegisterKind::Participants);
        page->setFilterText(text);
        page->applyFilterNow();
        if (page->model()->rowCount() > 0)
            page->view()->selectRow(0);
        return page;
    }
};

TEST_F(PrintExportTest, DocumentsOfAnActivityPrintFromTheWindowOnThePaperOfThePageSetup)
{
    // Nothing suitable selected: the documents are disabled, and their tooltips say what to select.
    window().showOverview(window().currentProjectId());
    for (const char* name :
         {"printCertificateAction", "printSummaryAction", "printParticipantListAction",
          "printSignInSheetsAction", "printActivityCertificatesAction", "printEvaluationReportAction"}) {
        ASSERT_NE(action(name), nullptr);
        EXPECT_FALSE(action(name)->isEnabled()) << name;
        EXPECT_TRUE(action(name)->toolTip().contains(QStringLiteral("first"))) << name;
    }

    const Id activity = activityId(QStringLiteral("2.1"));
    window().showActivity(activity);
    EXPECT_TRUE(action("printSignInSheetsAction")->isEnabled());
    EXPECT_TRUE(window().activityPage()->printButton()->isEnabled());
    EXPECT_FALSE(action("printCertificateAction")->isEnabled()) << "no participant selected yet";

    // Sign-in sheets on Letter paper: every enrolled person, accents intact.
    const QString sheets = m_dir.path(QStringLiteral("sheets.pdf"));
    DocumentPrinter::setNextPreviewOutput(sheets, PaperSize::Letter);
    action("printSignInSheetsAction")->trigger();
    ASSERT_TRUE(QFile::exists(sheets));
    const QString sheetsText = flatPdfText(sheets);
    const QStringList enrolled = texts(QStringLiteral("SELECT p.family_names || p.given_names FROM enrolment "
                                                      "e JOIN participant p ON p.id = e.participant_id "
                                                      "WHERE e.activity_id = ?"),
                                       {activity});
    ASSERT_FALSE(enrolled.isEmpty());
    for (const QString& person : enrolled) {
        const QString family =
            texts(QStringLiteral("SELECT family_names FROM participant WHERE family_names || "
                                 "given_names = ?"),
                  {person})
                .value(0);
        EXPECT_TRUE(sheetsText.contains(withoutSpaces(family))) << family.toStdString();
    }
    EXPECT_TRUE(pdfInfo(sheets, QStringLiteral("Page size")).contains(QStringLiteral("letter")))
        << pdfInfo(sheets, QStringLiteral("Page size")).toStdString();
    const int sessions =
        int(scalar(QStringLiteral("SELECT COUNT(*) FROM session WHERE activity_id = ?"), {activity}));
    EXPECT_GE(pdfInfo(sheets, QStringLiteral("Pages")).toInt(), sessions) << "one sheet a session at least";

    // The participant list on A4, grouped by institution.
    const QString list = m_dir.path(QStringLiteral("list.pdf"));
    DocumentPrinter::setNextPreviewOutput(list, PaperSize::A4);
    action("printParticipantListAction")->trigger();
    const QString listText = flatPdfText(list);
    EXPECT_TRUE(pdfInfo(list, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    const QStringList institutions =
        texts(QStringLiteral(
                  "SELECT DISTINCT i.name FROM enrolment e JOIN participant p ON p.id = e.participant_id "
                  "JOIN institution i ON i.id = p.institution_id WHERE e.activity_id = ?"),
              {activity});
    ASSERT_FALSE(institutions.isEmpty());
    for (const QString& institution : institutions)
        EXPECT_TRUE(listText.contains(withoutSpaces(institution))) << institution.toStdString();

    // The evaluation report: the activity's numbers as the file counts them, and the comments.
    const QString evaluation = m_dir.path(QStringLiteral("evaluation.pdf"));
    DocumentPrinter::setNextPreviewOutput(evaluation, PaperSize::A4);
    action("printEvaluationReportAction")->trigger();
    const QString evaluationText = flatPdfText(evaluation);
    const qint64 tookPart = scalar(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE activity_id = ? AND "
                                                  "sessions_attended > 0"),
                                   {activity});
    EXPECT_TRUE(evaluationText.contains(QStringLiteral("Tookpart") + QString::number(tookPart)))
        << evaluationText.toStdString();
    EXPECT_TRUE(evaluationText.contains(QStringLiteral("Comments")));

    // Certificates for the activity at the threshold asked for: one a person who reaches it.
    const QString certificates = m_dir.path(QStringLiteral("certificates.pdf"));
    DocumentReports::setNextThreshold(75);
    DocumentPrinter::setNextPreviewOutput(certificates, PaperSize::A4);
    action("printActivityCertificatesAction")->trigger();
    const QStringList reaching = texts(
        QStringLiteral(
            "SELECT p.given_names || ' ' || p.family_names FROM enrolment e JOIN participant p ON p.id = "
            "e.participant_id "
            "WHERE e.activity_id = ? AND (SELECT COUNT(*) FROM attendance t WHERE t.enrolment_id = e.id "
            "AND t.status IN ('present', 'late')) * 100.0 >= 75 * (SELECT COUNT(*) FROM session s "
            "WHERE s.activity_id = e.activity_id)"),
        {activity});
    ASSERT_FALSE(reaching.isEmpty());
    EXPECT_EQ(pdfInfo(certificates, QStringLiteral("Pages")).toInt(), reaching.size());
    const QString certificatesText = flatPdfText(certificates);
    for (const QString& family : reaching)
        EXPECT_TRUE(certificatesText.contains(withoutSpaces(family))) << family.toStdString();

    // The same certificates saved one PDF a person, with the mailing list.
    const QString folder = m_dir.path(QStringLiteral("each"));
    DocumentReports::setNextThreshold(75);
    FileDialog::setNextFileName(folder);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(action("saveCertificatesAction")->isEnabled());
    action("saveCertificatesAction")->trigger();
    const QStringList saved = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    EXPECT_EQ(saved.size(), reaching.size());
    const QList<QStringList> mailing =
        parseCsv(QString::fromUtf8(readBytes(QDir(folder).filePath(QStringLiteral("mailing.csv")))));
    EXPECT_EQ(mailing.size(), reaching.size() + 1);
    // Each file is named "CODE Family Given.pdf".
    const QStringList filed = texts(
        QStringLiteral(
            "SELECT p.family_names || ' ' || p.given_names FROM enrolment e JOIN participant p ON p.id = "
            "e.participant_id WHERE e.activity_id = ? AND (SELECT COUNT(*) FROM attendance t WHERE "
            "t.enrolment_id = e.id AND t.status IN ('present', 'late')) * 100.0 >= 75 * (SELECT COUNT(*) "
            "FROM session s WHERE s.activity_id = e.activity_id)"),
        {activity});
    for (const QString& person : filed)
        EXPECT_TRUE(std::any_of(saved.cbegin(), saved.cend(), [&person](const QString& name) {
            return name.endsWith(person + QStringLiteral(".pdf"));
        })) << person.toStdString();

    // From the activity's list: the selected person's certificate, of this activity only.
    RegisterPage* roster = window().activityPage()->roster();
    ASSERT_NE(roster, nullptr);
    int attendedRow = -1;
    for (int row = 0; row < roster->model()->rowCount() && attendedRow < 0; ++row) {
        if (roster->model()->index(row, 3).data().toInt() > 0)
            attendedRow = row;
    }
    ASSERT_GE(attendedRow, 0);
    roster->view()->selectRow(attendedRow);
    EXPECT_TRUE(action("printCertificateAction")->isEnabled());
    const QString one = m_dir.path(QStringLiteral("one.pdf"));
    DocumentPrinter::setNextPreviewOutput(one, PaperSize::A4);
    action("printCertificateAction")->trigger();
    EXPECT_EQ(pdfInfo(one, QStringLiteral("Pages")), QStringLiteral("1"));
    const QString title =
        texts(QStringLiteral("SELECT title FROM activity WHERE id = ?"), {activity}).value(0);
    EXPECT_TRUE(flatPdfText(one).contains(withoutSpaces(title)));

    // The activity's list exports every enrolled person.
    const QString rosterCsv = m_dir.path(QStringLiteral("roster.csv"));
    FileDialog::setNextFileName(rosterCsv);
    ASSERT_TRUE(window().exportRegister(roster, false));
    EXPECT_EQ(parseCsv(QString::fromUtf8(readBytes(rosterCsv))).size(), enrolled.size() + 1);

    // Cancelling the threshold question prints nothing.
    const QString cancelled = m_dir.path(QStringLiteral("cancelled.pdf"));
    DocumentReports::setNextThreshold(-1);
    DocumentPrinter::setNextPreviewOutput(cancelled, PaperSize::A4);
    EXPECT_FALSE(window().printActivityCertificates());
    EXPECT_FALSE(QFile::exists(cancelled));
    DocumentPrinter::setNextPreviewOutput(QString()); // the answer not taken is taken back
}

TEST_F(PrintExportTest, CertificateAndSummaryOfTheSelectedParticipantKeepAccents)
{
    // A person with an accent in the family name who took part in something.
    const QString family = texts(QStringLiteral("SELECT p.family_names FROM participant p WHERE "
                                                "p.family_names LIKE '%í%' AND EXISTS (SELECT 1 FROM "
                                                "enrolment e JOIN attendance t ON t.enrolment_id = e.id "
                                                "WHERE e.participant_id = p.id AND t.status IN "
                                                "('present', 'late')) ORDER BY p.id LIMIT 1"))
                               .value(0);
    ASSERT_FALSE(family.isEmpty());
    RegisterPage* page = participantsFilteredBy(family);
    ASSERT_GT(page->model()->rowCount(), 0);
    const Id participant = window().selectedParticipant();
    ASSERT_NE(participant, 0);
    EXPECT_TRUE(window().findChild<QAction*>(QStringLiteral("printCertificateAction"))->isEnabled());
    const QString given =
        texts(QStringLiteral("SELECT given_names FROM participant WHERE id = ?"), {participant}).value(0);
    const QStringList titles =
        texts(QStringLiteral(
                  "SELECT DISTINCT a.title FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN "
                  "attendance t ON "
                  "t.enrolment_id = e.id WHERE e.participant_id = ? AND t.status IN ('present', 'late')"),
              {participant});
    ASSERT_FALSE(titles.isEmpty());

    const QString certificate = m_dir.path(QStringLiteral("certificate.pdf"));
    DocumentPrinter::setNextPreviewOutput(certificate, PaperSize::Letter);
    action("printCertificateAction")->trigger();
    const QString certificateText = flatPdfText(certificate);
    const QString personFamily =
        texts(QStringLiteral("SELECT family_names FROM participant WHERE id = ?"), {participant}).value(0);
    EXPECT_TRUE(certificateText.contains(withoutSpaces(given + personFamily)))
        << certificateText.left(300).toStdString();
    for (const QString& title : titles)
        EXPECT_TRUE(certificateText.contains(withoutSpaces(title))) << title.toStdString();

    const QString summary = m_dir.path(QStringLiteral("summary.pdf"));
    DocumentPrinter::setNextPreviewOutput(summary, PaperSize::A4);
    action("printSummaryAction")->trigger();
    const QString summaryText = flatPdfText(summary);
    EXPECT_TRUE(summaryText.contains(withoutSpaces(personFamily)));
    for (const QString& title : titles)
        EXPECT_TRUE(summaryText.contains(withoutSpaces(title))) << title.toStdString();

    // Save as PDF writes the same document through the core's PDF output.
    const QString saved = m_dir.path(QStringLiteral("saved"));
    FileDialog::setNextFileName(saved);
    const DocumentData data = window().document()->queries().documentData();
    Result<ParticipantSummaryData> summaryData = data.participantSummary(participant, 0);
    ASSERT_TRUE(summaryData.ok());
    EXPECT_TRUE(DocumentPrinter::saveAsPdf(&window(), ParticipantSummaryDocument(*summaryData),
                                           QStringLiteral("x"), PaperSize::Letter));
    EXPECT_TRUE(flatPdfText(saved + QStringLiteral(".pdf")).contains(withoutSpaces(personFamily)));
}

TEST_F(PrintExportTest, ResultsTableAsXlsxHoldsTheNumbersOfItsJson)
{
    window().showResults(ResultsKey::Activity);
    waitForResults();
    // The filter picks the format; the suffix follows it.
    const QString xlsx = m_dir.path(QStringLiteral("by-activity"));
    FileDialog::setNextFileName(xlsx, ExportFileChooser::filterText(ExportFormat::Xlsx));
    ASSERT_TRUE(window().exportResults());
    const QString json = m_dir.path(QStringLiteral("by-activity.json"));
    FileDialog::setNextFileName(json);
    ASSERT_TRUE(window().exportResults());

    const QJsonObject expected = QJsonDocument::fromJson(readBytes(json)).object();
    const QJsonArray expectedRows = expected.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(expectedRows.size(), 8);
    const QJsonArray sheets = workbookSheets(xlsx + QStringLiteral(".xlsx"));
    ASSERT_EQ(sheets.size(), 2) << "the table and its About sheet";
    const QJsonArray rows = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
    const QJsonArray header = rows.at(0).toArray();
    QStringList headings;
    for (const QJsonValue& cell : header)
        headings << cell.toObject().value(QStringLiteral("value")).toString();
    // Each number of the JSON is the sheet's number in the column of that heading, stored as a number.
    const QList<QPair<QString, QString>> columns{
        {QStringLiteral("Participations"), QStringLiteral("participations")},
        {QStringLiteral("Unique participants"), QStringLiteral("unique_participants")},
        {QStringLiteral("Female"), QStringLiteral("female")},
        {QStringLiteral("Male"), QStringLiteral("male")},
        {QStringLiteral("Other"), QStringLiteral("other")},
        {QStringLiteral("Not stated"), QStringLiteral("not_stated")},
        {QStringLiteral("Participant-days"), QStringLiteral("participant_days")},
        {QStringLiteral("Experts"), QStringLiteral("experts")},
        {QStringLiteral("Expert countries"), QStringLiteral("expert_countries")}};
    const auto compare = [&](const QJsonObject& wanted, const QJsonArray& cells, const QString& where) {
        for (const auto& [heading, key] : columns) {
            if (!wanted.contains(key))
                continue;
            const qsizetype column = headings.indexOf(heading);
            ASSERT_GE(column, 0) << heading.toStdString();
            const QJsonObject cell = cells.at(column).toObject();
            EXPECT_EQ(cell.value(QStringLiteral("type")).toString(), QStringLiteral("n"))
                << key.toStdString() << " of " << where.toStdString();
            EXPECT_DOUBLE_EQ(cell.value(QStringLiteral("value")).toDouble(), wanted.value(key).toDouble())
                << key.toStdString() << " of " << where.toStdString();
        }
    };
    for (qsizetype row = 0; row < expectedRows.size(); ++row) {
        const QJsonObject wanted = expectedRows.at(row).toObject();
        const QJsonArray cells = rows.at(row + 1).toArray();
        EXPECT_EQ(cells.at(0).toObject().value(QStringLiteral("value")).toString(),
                  wanted.value(QStringLiteral("key")).toString());
        compare(wanted, cells, wanted.value(QStringLiteral("key")).toString());
    }
    compare(expected.value(QStringLiteral("totals")).toObject(), rows.at(expectedRows.size() + 1).toArray(),
            QStringLiteral("the totals"));
    const QJsonObject about = sheets.at(1).toObject();
    EXPECT_TRUE(QJsonDocument(about).toJson().contains("MX-II"));
    EXPECT_TRUE(QJsonDocument(about).toJson().contains("Counting rule"));

    // Every breakdown in one workbook: a sheet each and the About sheet.
    const QString all = m_dir.path(QStringLiteral("all.xlsx"));
    FileDialog::setNextFileName(all);
    ASSERT_TRUE(window().exportAllBreakdowns());
    EXPECT_EQ(workbookSheets(all).size(), allResultsKeys().size() + 1);
}

TEST_F(PrintExportTest, RegistrationTemplateIsSavedInTheWindowsLanguageForTheProject)
{
    // The window's language is English here: English headings import recognises, then the notice.
    const QString path = m_dir.path(QStringLiteral("registration"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(action("registrationTemplateAction")->isEnabled());
    action("registrationTemplateAction")->trigger();
    const QJsonArray sheets = workbookSheets(path + QStringLiteral(".xlsx"));
    ASSERT_EQ(sheets.size(), 3) << "the list, the privacy notice and the hidden lists";
    const QJsonArray header = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray().at(0).toArray();
    QStringList headings;
    for (const QJsonValue& cell : header)
        headings << cell.toObject().value(QStringLiteral("value")).toString();
    EXPECT_EQ(headings,
              QStringList({QStringLiteral("Given names"), QStringLiteral("Family names"),
                           QStringLiteral("Gender"), QStringLiteral("Institution"),
                           QStringLiteral("Institution type"), QStringLiteral("Position"),
                           QStringLiteral("Region"), QStringLiteral("Email"), QStringLiteral("Phone")}));
    const QString notice = sheets.at(1)
                               .toObject()
                               .value(QStringLiteral("rows"))
                               .toArray()
                               .at(0)
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("value"))
                               .toString();
    EXPECT_TRUE(notice.startsWith(QStringLiteral("Privacy notice."))) << notice.toStdString();
}

TEST_F(PrintExportTest, FilteredSortedParticipantsRegisterExportsExactlyTheRowsShown)
{
    RegisterPage* page = participantsFilteredBy(QStringLiteral("ra"));
    RegisterModel* model = page->model();
    // Sorted by region, descending, then the region column dragged to the front.
    page->view()->sortByColumn(4, Qt::DescendingOrder);
    page->view()->horizontalHeader()->moveSection(4, 0);
    while (model->canFetchMore({}))
        model->fetchMore({});
    const qint64 shown = model->rowCount();
    ASSERT_GT(shown, RegisterModel::kPageSize) << "more than one page, so the export reads past the first";
    ASSERT_LT(shown, scalar(QStringLiteral("SELECT COUNT(*) FROM participant")));

    const QString csv = m_dir.path(QStringLiteral("participants.csv"));
    FileDialog::setNextFileName(csv);
    ASSERT_TRUE(window().exportRegister(page, false)) << MessageBox::lastText().toStdString();
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readBytes(csv)));
    ASSERT_EQ(records.size(), shown + 1) << "the header and every row shown";
    const QHeaderView* header = page->view()->horizontalHeader();
    QStringList headings;
    for (int visual = 0; visual < header->count(); ++visual)
        headings << model->headerData(header->logicalIndex(visual), Qt::Horizontal).toString();
    EXPECT_EQ(records.first(), headings);
    for (int row = 0; row < shown; ++row) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            QString text = model->index(row, column).data().toString();
            // Counts are written as plain numbers, without the view's thousands separator.
            if (model->columnValue(column) == RegisterValue::Count)
                text.remove(QLatin1Char(','));
            cells << text;
        }
        ASSERT_EQ(records.at(row + 1).join(u'|').toStdString(), cells.join(u'|').toStdString())
            << "row " << row;
    }

    // JSON and XLSX hold the same rows.
    const QString json = m_dir.path(QStringLiteral("participants.json"));
    FileDialog::setNextFileName(json);
    ASSERT_TRUE(window().exportRegister(page, false));
    const QJsonArray objects = QJsonDocument::fromJson(readBytes(json)).array();
    ASSERT_EQ(objects.size(), shown);
    EXPECT_EQ(objects.first().toObject().value(QStringLiteral("Name")).toString(),
              model->index(0, 0).data().toString());
    const QString xlsx = m_dir.path(QStringLiteral("participants.xlsx"));
    FileDialog::setNextFileName(xlsx);
    ASSERT_TRUE(window().exportRegister(page, false));
    const QJsonArray sheets = workbookSheets(xlsx);
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets.at(0).toObject().value(QStringLiteral("rows")).toArray().size(), shown + 1);

    // Pseudonymised: the same persons in the same order, with no names or emails.
    const QString pseudonymised = m_dir.path(QStringLiteral("pseudonymised.json"));
    FileDialog::setNextFileName(pseudonymised);
    ASSERT_TRUE(window().exportRegister(page, true));
    const QByteArray pseudonymisedBytes = readBytes(pseudonymised);
    const QJsonArray persons = QJsonDocument::fromJson(pseudonymisedBytes).array();
    ASSERT_EQ(persons.size(), shown);
    for (const QJsonValue& person : persons) {
        EXPECT_TRUE(
            person.toObject().value(QStringLiteral("pseudonym")).toString().startsWith(QStringLiteral("P-")));
        EXPECT_FALSE(person.toObject().contains(QStringLiteral("given_names")));
        EXPECT_FALSE(person.toObject().contains(QStringLiteral("email")));
    }
    const QString firstFamily =
        texts(QStringLiteral("SELECT family_names FROM participant WHERE id = ?"), {model->idAt(0)}).value(0);
    EXPECT_FALSE(pseudonymisedBytes.contains(firstFamily.toUtf8()));
}

TEST_F(PrintExportTest, AnActivitysPseudonymisedWorkbookCarriesTheEvaluationUnderThePseudonymsOnly)
{
    const Id activity = activityId(QStringLiteral("2.1"));
    window().showActivity(activity);
    RegisterPage* roster = window().activityPage()->roster();
    ASSERT_NE(roster, nullptr);
    const QString xlsx = m_dir.path(QStringLiteral("activity-pseudonymised.xlsx"));
    FileDialog::setNextFileName(xlsx);
    ASSERT_TRUE(window().exportRegister(roster, true)) << MessageBox::lastText().toStdString();
    const QJsonArray sheets = workbookSheets(xlsx);
    ASSERT_EQ(sheets.size(), 3) << "the persons, their evaluation and About";
    const QJsonObject evaluation = sheets.at(1).toObject();
    EXPECT_EQ(evaluation.value(QStringLiteral("name")).toString(), QStringLiteral("Evaluation"));
    // One row for each person who took part in 2.1, under the pseudonyms of the persons' sheet.
    const qint64 tookPart = scalar(
        QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE activity_id = ? AND sessions_attended > 0"),
        {activity});
    const QJsonArray rows = evaluation.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 1 + tookPart);
    QSet<QString> persons;
    for (const QJsonValue& row : sheets.at(0).toObject().value(QStringLiteral("rows")).toArray())
        persons.insert(row.toArray().at(0).toObject().value(QStringLiteral("value")).toString());
    for (qsizetype index = 1; index < rows.size(); ++index) {
        const QJsonArray cells = rows.at(index).toArray();
        EXPECT_TRUE(persons.contains(cells.at(0).toObject().value(QStringLiteral("value")).toString()));
        EXPECT_EQ(cells.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2.1"));
    }
    // Neither names nor the comments, which may name people.
    const QByteArray workbook = QJsonDocument(QJsonObject{{QStringLiteral("sheets"), sheets}}).toJson();
    const QStringList comments =
        texts(QStringLiteral("SELECT v.comment FROM evaluation v JOIN enrolment e ON e.id = v.enrolment_id"
                             " WHERE e.activity_id = ? AND e.sessions_attended > 0 AND v.comment <> ''"),
              {activity});
    ASSERT_FALSE(comments.isEmpty()) << "the demo's 2.1 has comments";
    for (const QString& comment : comments)
        EXPECT_FALSE(workbook.contains(comment.toUtf8())) << comment.toStdString();
    for (const QString& family :
         texts(QStringLiteral("SELECT p.given_names || ' ' || p.family_names FROM enrolment e JOIN "
                              "participant p ON p.id = e.participant_id"
                              " WHERE e.activity_id = ?"),
               {activity}))
        EXPECT_FALSE(workbook.contains(family.toUtf8())) << family.toStdString();
}

TEST_F(PrintExportTest, FormulaLikeNamesLeaveEveryExportAsInertText)
{
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    Participant person;
    person.givenNames = formula;
    person.familyNames = formula;
    person.region = QStringLiteral("+Chiapas");
    Result<Id> added = window().document()->store().addParticipant(person);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    RegisterPage* page = participantsFilteredBy(QStringLiteral("hyperlink"));
    ASSERT_EQ(page->model()->rowCount(), 1);

    const QString csv = m_dir.path(QStringLiteral("formula.csv"));
    FileDialog::setNextFileName(csv);
    ASSERT_TRUE(window().exportRegister(page, false));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readBytes(csv)));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(1).at(0), QStringLiteral("'") + formula + QStringLiteral(", ") + formula);
    EXPECT_TRUE(records.at(1).contains(QStringLiteral("'+Chiapas")));

    const QString xlsx = m_dir.path(QStringLiteral("formula.xlsx"));
    FileDialog::setNextFileName(xlsx);
    ASSERT_TRUE(window().exportRegister(page, false));
    const QJsonArray cells =
        workbookSheets(xlsx).at(0).toObject().value(QStringLiteral("rows")).toArray().at(1).toArray();
    const QJsonObject name = cells.at(0).toObject();
    EXPECT_EQ(name.value(QStringLiteral("type")).toString(), QStringLiteral("s")) << "text, not a formula";
    EXPECT_TRUE(name.value(QStringLiteral("value")).toString().startsWith(QStringLiteral("'=HYPERLINK")));

    // JSON is not a spreadsheet: the name stays as it is, as a string.
    const QString json = m_dir.path(QStringLiteral("formula.json"));
    FileDialog::setNextFileName(json);
    ASSERT_TRUE(window().exportRegister(page, false));
    EXPECT_EQ(QJsonDocument::fromJson(readBytes(json))
                  .array()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("Name"))
                  .toString(),
              formula + QStringLiteral(", ") + formula);
}

TEST_F(PrintExportTest, DrillDownExportsThePersonsBehindTheNumberAndFailuresSayWhere)
{
    ParticipantFilter filter;
    filter.activityCode = QStringLiteral("2.1");
    window().drillDown(window().currentProjectId(), filter, QStringLiteral("Participations in 2.1"));
    const QList<DrillDownDialog*> dialogs = window().findChildren<DrillDownDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    DrillDownDialog* dialog = dialogs.first();
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
    dialog->view()->sortByColumn(2, Qt::AscendingOrder);

    const QString csv = m_dir.path(QStringLiteral("behind.csv"));
    FileDialog::setNextFileName(csv);
    ASSERT_TRUE(dialog->exportList(false));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readBytes(csv)));
    ASSERT_EQ(records.size(), dialog->personCount() + 1);
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        ASSERT_EQ(records.at(row + 1).at(0), dialog->model()->index(row, 0).data().toString())
            << "row " << row;

    const QString pseudonymised = m_dir.path(QStringLiteral("behind-pseudonymised.csv"));
    FileDialog::setNextFileName(pseudonymised);
    ASSERT_TRUE(dialog->exportList(true));
    const QList<QStringList> persons = parseCsv(QString::fromUtf8(readBytes(pseudonymised)));
    ASSERT_EQ(persons.size(), dialog->personCount() + 1);
    EXPECT_EQ(persons.first().first(), QStringLiteral("pseudonym"));

    // A folder that does not exist: nothing is written, and the message names the file.
    const QString nowhere = m_dir.path(QStringLiteral("no-such-folder/behind.csv"));
    FileDialog::setNextFileName(nowhere);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog->exportList(false));
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("no-such-folder")))
        << MessageBox::lastText().toStdString();
    delete dialog;
}

TEST(ExportFileChooserTest, TheFileTypeChosenOrATypedSuffixPicksTheFormat)
{
    const QList<ExportFormat> formats{ExportFormat::Csv, ExportFormat::CsvWithBom, ExportFormat::Xlsx,
                                      ExportFormat::Json};
    const QString first = ExportFileChooser::filterText(ExportFormat::Csv);
    const auto resolve = [&](const QString& path, const QString& filter) {
        return ExportFileChooser::resolve(path, filter, formats);
    };
    // The first type left as it was: the typed suffix decides, else the first format.
    EXPECT_EQ(resolve(QStringLiteral("/t/a.json"), first).format, ExportFormat::Json);
    EXPECT_EQ(resolve(QStringLiteral("/t/a.XLSX"), first).format, ExportFormat::Xlsx);
    EXPECT_EQ(resolve(QStringLiteral("/t/a"), first).path, QStringLiteral("/t/a.csv"));
    // A type the user chose decides, and the suffix follows it.
    const ExportFileChooser::Choice xlsx =
        resolve(QStringLiteral("/t/a.csv"), ExportFileChooser::filterText(ExportFormat::Xlsx));
    EXPECT_EQ(xlsx.format, ExportFormat::Xlsx);
    EXPECT_EQ(xlsx.path, QStringLiteral("/t/a.xlsx"));
    const ExportFileChooser::Choice bom =
        resolve(QStringLiteral("/t/a.csv"), ExportFileChooser::filterText(ExportFormat::CsvWithBom));
    EXPECT_EQ(bom.format, ExportFormat::CsvWithBom);
    EXPECT_EQ(bom.path, QStringLiteral("/t/a.csv"));
    EXPECT_EQ(resolve(QStringLiteral("/t/a.v2"), ExportFileChooser::filterText(ExportFormat::Json)).path,
              QStringLiteral("/t/a.v2.json"));
}

// The certificates' threshold question says how many persons reach the threshold as it moves.
TEST(ThresholdQuestionTest, SaysHowManyReachTheThresholdAsItMoves)
{
    QList<CertificateData> candidates;
    for (const int attended : {4, 3, 1}) {
        CertificateData candidate;
        candidate.attendance.activity.sessionCount = 4;
        candidate.attendance.sessionsAttended = attended;
        candidates.append(candidate);
    }
    QStringList shown;
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("qualifyingLabel"));
        auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("thresholdSpinBox"));
        ASSERT_NE(label, nullptr);
        ASSERT_NE(spin, nullptr);
        shown << label->text(); // 75 %: 4 and 3 of 4 sessions
        spin->setValue(100);
        shown << label->text();
        spin->setValue(0);
        shown << label->text();
        spin->setValue(80);
        answered = true;
        dialog->accept();
    });
    int percent = 75;
    ASSERT_TRUE(DocumentReports::askThreshold(nullptr, QStringLiteral("activity 2.1"), candidates, percent));
    ASSERT_TRUE(answered);
    EXPECT_EQ(percent, 80);
    EXPECT_EQ(shown, (QStringList{QStringLiteral("2 persons of the 3 who took part reach it."),
                                  QStringLiteral("1 person of the 3 who took part reaches it."),
                                  QStringLiteral("3 persons of the 3 who took part reach it.")}));
}

} // namespace sd::test
