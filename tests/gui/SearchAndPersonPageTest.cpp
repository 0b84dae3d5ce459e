// The one search under the Find field (Ctrl+K) and the person's page, driven in the real window on the demo
// programme: typing, grouping, the keyboard, accents; the page opened from the register, the search, an
// activity's list and a drill-down, with its marks, rate, printing, editing and merging.
#include "ActivityPage.h"
#include "DocumentPrinter.h"
#include "DrillDownDialog.h"
#include "FileDialog.h"
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "PersonPage.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "RegisterModel.h"
#include "RegisterPage.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "commands/EditActions.h"
#include "dialogs/ExpertDialog.h"
#include "dialogs/ParticipantDialog.h"
#include "export/AccessBundle.h"
#include "import/DuplicatesDialog.h"
#include "io/ZipArchive.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace sd::test {
namespace {

// The text of a PDF without white space, so that a wrapped name still matches.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

class SearchAndPersonPageTest : public MainWindowFixture
{
protected:
    SearchPanel* panel() { return window().searchPanel(); }
    SearchResultsModel* results() { return panel()->model(); }
    PersonPage* page() { return window().personPage(); }

    // Types into the Find field as the officer does, after Ctrl+K.
    void typeSearch(const QString& text)
    {
        QTest::keyClick(&window(), Qt::Key_K, Qt::ControlModifier);
        EXPECT_TRUE(window().findField()->hasFocus());
        QTest::keyClicks(window().findField(), text);
        ASSERT_TRUE(waitUntil([&] { return panel()->isVisible() && results()->text() == text; }));
    }

    // The rows of one kind: its heading first, then its records' titles.
    QStringList group(SearchKind kind)
    {
        QStringList titles;
        for (int row = 0; row < results()->rowCount(); ++row) {
            if (results()->kind(row) == kind && results()->rowType(row) == SearchResultsModel::RowType::Hit)
                titles << results()->index(row, 0).data().toString();
        }
        return titles;
    }

    int currentRow() { return panel()->view()->currentIndex().row(); }

    QString text(const QString& sql, const QVariantList& values = {})
    {
        // A connection of the test's own, as another reader of the file would have.
        Result<std::unique_ptr<Database>> reader =
            Database::openReader(window().document()->queries().source());
        EXPECT_TRUE(reader.ok());
        if (!reader)
            return {};
        QSqlQuery query((*reader)->connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec() && query.next()) << sql.toStdString();
        return query.value(0).toString();
    }

    // A participant with marks at two activities or more, for a page worth reading.
    Id markedParticipant()
    {
        return scalar(QStringLiteral(
            "SELECT e.participant_id FROM enrolment e JOIN attendance t ON t.enrolment_id = e.id GROUP BY "
            "e.participant_id HAVING COUNT(DISTINCT e.activity_id) >= 2 ORDER BY e.participant_id LIMIT 1"));
    }

    // Checks the activities of the participant's page against the file: a row an enrolment, a child a
    // session with its mark, the attended count and the rate.
    void expectMarksAndRates(Id participant)
    {
        QTreeWidget* tree = page()->activitiesTree();
        ASSERT_EQ(
            tree->topLevelItemCount(),
            scalar(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE participant_id = ?"), {participant}));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* activity = tree->topLevelItem(i);
            const Id activityId = activity->data(0, Qt::UserRole).toLongLong();
            const qint64 sessions =
                scalar(QStringLiteral("SELECT COUNT(*) FROM session WHERE activity_id = ?"), {activityId});
            const qint64 attended = scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM attendance t JOIN enrolment e ON e.id = t.enrolment_id WHERE "
                    "e.participant_id = ? AND e.activity_id = ? AND t.status IN ('present', 'late')"),
                {participant, activityId});
            EXPECT_EQ(activity->childCount(), sessions);
            EXPECT_EQ(activity->text(2), QStringLiteral("%1 of %2").arg(attended).arg(sessions));
            EXPECT_EQ(activity->text(3),
                      QStringLiteral("%1 %").arg(qRound(sessions == 0 ? 0.0 : 100.0 * attended / sessions)));
            const qint64 present = scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM attendance t JOIN enrolment e ON e.id = t.enrolment_id WHERE "
                    "e.participant_id = ? AND e.activity_id = ? AND t.status = 'present'"),
                {participant, activityId});
            int shownPresent = 0;
            for (int s = 0; s < activity->childCount(); ++s)
                shownPresent += activity->child(s)->text(2) == QStringLiteral("Present") ? 1 : 0;
            EXPECT_EQ(shownPresent, present);
        }
    }
};

} // namespace

TEST_F(SearchAndPersonPageTest, TypingShowsResultsGroupedByKindAndEnterOpensTheRecord)
{
    typeSearch(QStringLiteral("COMAR"));
    const Id comar = scalar(QStringLiteral("SELECT id FROM institution WHERE acronym = 'COMAR'"));
    ASSERT_GT(comar, 0);
    testModel(results());
    // The institution, found by its acronym, is the first record and the one chosen.
    const int chosen = currentRow();
    ASSERT_GE(chosen, 1);
    EXPECT_EQ(results()->rowType(chosen - 1), SearchResultsModel::RowType::Heading);
    EXPECT_EQ(results()->index(chosen - 1, 0).data().toString(), QStringLiteral("Institutions"));
    EXPECT_EQ(results()->kind(chosen), SearchKind::Institution);
    EXPECT_EQ(results()->id(chosen), comar);

    QTest::keyClick(window().findField(), Qt::Key_Return);
    EXPECT_FALSE(panel()->isVisible());
    ASSERT_EQ(window().pages()->currentWidget(), page());
    EXPECT_EQ(page()->kind(), SearchKind::Institution);
    EXPECT_EQ(page()->recordId(), comar);
    EXPECT_TRUE(
        page()->title()->text().contains(QStringLiteral("National Commission for Refugee Assistance")));
    EXPECT_EQ(page()->peopleTree()->topLevelItemCount(),
              scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE institution_id = ?"), {comar}));

    // A word found in several kinds: each kind under its heading, in a fixed order.
    window().findField()->clear();
    typeSearch(QStringLiteral("refugee"));
    QList<SearchKind> headings;
    for (int row = 0; row < results()->rowCount(); ++row) {
        if (results()->rowType(row) == SearchResultsModel::RowType::Heading)
            headings << results()->kind(row);
    }
    EXPECT_TRUE(std::is_sorted(headings.begin(), headings.end()));
    EXPECT_TRUE(headings.contains(SearchKind::Institution));
    EXPECT_TRUE(headings.contains(SearchKind::Activity)) << "study visit … dealing with refugees";
}

TEST_F(SearchAndPersonPageTest, ArrowsChooseEscClosesAndAClickOpens)
{
    typeSearch(QStringLiteral("2."));
    const Id seminar = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
    const Id workshop = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.2'"));
    EXPECT_EQ(results()->id(currentRow()), seminar);
    QTest::keyClick(window().findField(), Qt::Key_Down);
    EXPECT_EQ(results()->id(currentRow()), workshop);
    QTest::keyClick(window().findField(), Qt::Key_Up);
    QTest::keyClick(window().findField(), Qt::Key_Up);
    EXPECT_EQ(results()->id(currentRow()), seminar) << "the heading above cannot be chosen";
    QTest::keyClick(window().findField(), Qt::Key_Down);

    // Esc closes the list and keeps the text; Down opens it again; Esc twice leaves the field.
    QTest::keyClick(window().findField(), Qt::Key_Escape);
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_EQ(window().findField()->text(), QStringLiteral("2."));
    QTest::keyClick(window().findField(), Qt::Key_Down);
    EXPECT_TRUE(panel()->isVisible());
    QTest::keyClick(window().findField(), Qt::Key_Down);
    EXPECT_EQ(results()->id(currentRow()), workshop);
    QTest::keyClick(window().findField(), Qt::Key_Return);
    EXPECT_EQ(window().shownActivity(), workshop);

    typeSearch(QStringLiteral("2.1"));
    QTest::keyClick(window().findField(), Qt::Key_Escape);
    QTest::keyClick(window().findField(), Qt::Key_Escape);
    EXPECT_FALSE(window().findField()->hasFocus());

    // A click on a record opens it, as Enter does.
    typeSearch(QStringLiteral("tapachula"));
    const int row = results()->nextChoosable(-1, 1);
    ASSERT_GE(row, 0);
    const QRect rect = panel()->view()->visualRect(results()->index(row, 0));
    QTest::mouseClick(panel()->view()->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_EQ(window().shownActivity(), results()->id(row));
}

TEST_F(SearchAndPersonPageTest, AccentsAndCaseAreIgnored)
{
    // "migracion" finds "Migración": an institution the officer adds, spelt with its accent.
    Result<Id> added =
        window().document()->store().addInstitution({0,
                                                     QStringLiteral("Instituto Nacional de Migración"),
                                                     QStringLiteral("INAMI"),
                                                     InstitutionType::Federal,
                                                     QStringLiteral("Mexico"),
                                                     0,
                                                     false,
                                                     {},
                                                     {}});
    ASSERT_TRUE(added.ok());
    typeSearch(QStringLiteral("migracion"));
    EXPECT_TRUE(group(SearchKind::Institution).contains(QStringLiteral("Instituto Nacional de Migración")));

    window().findField()->clear();
    typeSearch(QStringLiteral("acompanamiento"));
    EXPECT_EQ(group(SearchKind::Institution),
              QStringList{QStringLiteral("Red de Acompañamiento a Refugiados")});

    // "inaki" finds every Iñaki, as "IÑAKI" does.
    const qint64 inakis =
        scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE given_names LIKE '%Iñaki%'"));
    ASSERT_GT(inakis, 0);
    window().findField()->clear();
    typeSearch(QStringLiteral("inaki"));
    const QStringList plain = group(SearchKind::Participant);
    EXPECT_EQ(plain.size(), std::min<qint64>(inakis, 8));
    for (const QString& title : plain)
        EXPECT_TRUE(title.contains(QStringLiteral("Iñaki"))) << title.toStdString();
    window().findField()->clear();
    typeSearch(QStringLiteral("IÑAKI"));
    EXPECT_EQ(group(SearchKind::Participant), plain);
}

TEST_F(SearchAndPersonPageTest, ShowEveryMatchFiltersTheRegister)
{
    typeSearch(QStringLiteral("an"));
    int showAll = -1;
    for (int row = 0; row < results()->rowCount(); ++row) {
        if (results()->rowType(row) == SearchResultsModel::RowType::ShowAll &&
            results()->kind(row) == SearchKind::Participant)
            showAll = row;
    }
    ASSERT_GE(showAll, 0) << "more than eight participants match";
    EXPECT_EQ(group(SearchKind::Participant).size(), 8);
    while (currentRow() != showAll)
        QTest::keyClick(window().findField(), Qt::Key_Down);
    QTest::keyClick(window().findField(), Qt::Key_Return);
    RegisterPage* registerPage = window().registerPage(RegisterKind::Participants);
    ASSERT_EQ(window().pages()->currentWidget(), registerPage);
    EXPECT_EQ(registerPage->model()->filter(), QStringLiteral("an"));
    EXPECT_GT(registerPage->model()->totalRows(), 8);
}

TEST_F(SearchAndPersonPageTest, TheRegisterOpensAPersonsPageWithMarksAndRate)
{
    const Id participant = markedParticipant();
    ASSERT_GT(participant, 0);
    window().showRegister(RegisterKind::Participants);
    RegisterPage* registerPage = window().registerPage(RegisterKind::Participants);
    const QString family =
        text(QStringLiteral("SELECT family_names FROM participant WHERE id = ?"), {participant});
    const QString given =
        text(QStringLiteral("SELECT given_names FROM participant WHERE id = ?"), {participant});
    registerPage->setFilterText(family + QLatin1Char(' ') + given);
    registerPage->applyFilterNow();
    int row = -1;
    for (int r = 0; r < registerPage->model()->rowCount(); ++r) {
        if (registerPage->model()->idAt(r) == participant)
            row = r;
    }
    ASSERT_GE(row, 0);
    registerPage->view()->setFocus();
    registerPage->view()->setCurrentIndex(registerPage->model()->index(row, 0));
    QTest::keyClick(registerPage->view(), Qt::Key_Return);

    ASSERT_EQ(window().pages()->currentWidget(), page());
    EXPECT_EQ(page()->kind(), SearchKind::Participant);
    EXPECT_EQ(page()->recordId(), participant);
    EXPECT_EQ(page()->title()->text(), given + QLatin1Char(' ') + family);
    expectMarksAndRates(participant);
    EXPECT_TRUE(page()->changesText()->text().contains(QStringLiteral("never whose record")));

    // Back returns to the register as it was.
    QTest::mouseClick(page()->backButton(), Qt::LeftButton);
    EXPECT_EQ(window().pages()->currentWidget(), registerPage);
    EXPECT_EQ(registerPage->model()->filter(), family + QLatin1Char(' ') + given);
}

TEST_F(SearchAndPersonPageTest, FromSearchThePagePrintsEditsAndMerges)
{
    const Id participant = markedParticipant();
    const QString family =
        text(QStringLiteral("SELECT family_names FROM participant WHERE id = ?"), {participant});
    const QString given =
        text(QStringLiteral("SELECT given_names FROM participant WHERE id = ?"), {participant});
    // A second record of the same person, typed again with her email: a probable duplicate.
    Result<Participant> original = window().document()->store().participant(participant);
    ASSERT_TRUE(original.ok());
    Participant copy = *original;
    copy.id = 0;
    copy.position.clear();
    if (copy.email.isEmpty())
        copy.email = QStringLiteral("same.person@example.org");
    ASSERT_TRUE(window()
                    .document()
                    ->store()
                    .updateParticipant([&] {
                        Participant withEmail = *original;
                        withEmail.email = copy.email;
                        return withEmail;
                    }())
                    .ok());
    Result<Id> duplicate = window().document()->store().addParticipant(copy);
    ASSERT_TRUE(duplicate.ok()) << duplicate.error().message.toStdString();

    typeSearch(copy.email);
    ASSERT_EQ(group(SearchKind::Participant).size(), 2);
    QTest::keyClick(window().findField(), Qt::Key_Return);
    ASSERT_EQ(window().pages()->currentWidget(), page());
    ASSERT_EQ(page()->recordId(), participant) << "the two have one name; the lower id comes first";
    for (QPushButton* button :
         {page()->editButton(), page()->summaryButton(), page()->certificatesButton(), page()->mergeButton()})
        EXPECT_TRUE(button->isVisible() && button->isEnabled()) << button->objectName().toStdString();

    // Print: the summary, and the certificates the page lists at its threshold.
    const QString summary = m_dir.path(QStringLiteral("summary.pdf"));
    DocumentPrinter::setNextPreviewOutput(summary, PaperSize::A4);
    QTest::mouseClick(page()->summaryButton(), Qt::LeftButton);
    EXPECT_TRUE(pdfText(summary).contains(squeezed(family)));
    page()->thresholdBox()->setValue(0);
    const QStringList listed = page()->certificatesList()->text().split(QLatin1Char('\n')).mid(1);
    ASSERT_FALSE(listed.isEmpty());
    const QString certificates = m_dir.path(QStringLiteral("certificates.pdf"));
    DocumentPrinter::setNextPreviewOutput(certificates, PaperSize::A4);
    QTest::mouseClick(page()->certificatesButton(), Qt::LeftButton);
    const QString printed = pdfText(certificates);
    EXPECT_TRUE(printed.contains(squeezed(given + family)));
    page()->thresholdBox()->setValue(100);
    EXPECT_EQ(page()->certificatesButton()->isEnabled(),
              !page()->certificatesList()->text().startsWith(QStringLiteral("None")));

    // Edit: the participant dialog, and the page reads the change. The editing and duplicates dialogs let
    // their layout set their minimum size once shown, which the offscreen platform reports.
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    QTest::mouseClick(page()->editButton(), Qt::LeftButton);
    auto* dialog = qobject_cast<ParticipantDialog*>(window().editActions()->openDialog());
    ASSERT_NE(dialog, nullptr);
    auto* region = dialog->findChild<QLineEdit*>(QStringLiteral("regionEdit"));
    region->selectAll();
    QTest::keyClicks(region, QStringLiteral("Quintana Roo"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(
        waitUntil([&] { return page()->subtitle()->text().contains(QStringLiteral("Quintana Roo")); }));
    EXPECT_EQ(text(QStringLiteral("SELECT region FROM participant WHERE id = ?"), {participant}),
              QStringLiteral("Quintana Roo"));

    // Merge: the probable duplicates of this person only; the merge is one undo step.
    QTest::mouseClick(page()->mergeButton(), Qt::LeftButton);
    DuplicatesDialog* duplicates = page()->duplicatesDialog();
    ASSERT_NE(duplicates, nullptr);
    ASSERT_EQ(duplicates->pairs().size(), 1);
    EXPECT_EQ(duplicates->pairs()[0].secondId, *duplicate);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(duplicates->mergeRow(0, true).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE id = ?"), {*duplicate}), 0);
    EXPECT_EQ(page()->recordId(), participant);
    EXPECT_TRUE(page()->recordExists());
    duplicates->close();

    // Merging keeping the other record: the page follows the person to the record that remains.
    window().document()->undoStack()->undo();
    ASSERT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE id = ?"), {*duplicate}), 1);
    QTest::mouseClick(page()->mergeButton(), Qt::LeftButton);
    duplicates = page()->duplicatesDialog();
    ASSERT_NE(duplicates, nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(duplicates->mergeRow(0, false).ok());
    EXPECT_EQ(page()->recordId(), *duplicate);
    expectMarksAndRates(*duplicate);
    duplicates->close();
}

TEST_F(SearchAndPersonPageTest, AnActivitysListAndADrillDownOpenThePage)
{
    const Id seminar = scalar(QStringLiteral("SELECT id FROM activity WHERE code = '2.1'"));
    window().showActivity(seminar);
    RegisterPage* roster = window().activityPage()->roster();
    ASSERT_NE(roster, nullptr);
    ASSERT_GT(roster->model()->rowCount(), 0);
    const Id first = roster->model()->idAt(0);
    roster->view()->setFocus();
    roster->view()->setCurrentIndex(roster->model()->index(0, 0));
    QTest::keyClick(roster->view(), Qt::Key_Return);
    ASSERT_EQ(window().pages()->currentWidget(), page());
    EXPECT_EQ(page()->recordId(), first);
    expectMarksAndRates(first);
    // An activity on the page opens its own page; Back from a person returns to the activity.
    QTest::mouseClick(page()->backButton(), Qt::LeftButton);
    EXPECT_EQ(window().shownActivity(), seminar);

    window().drillDown(window().currentProjectId(), ParticipantFilter{}, QStringLiteral("Everyone"));
    auto* drillDown = window().findChild<DrillDownDialog*>();
    ASSERT_NE(drillDown, nullptr);
    const Id listed = drillDown->model()->idAt(0);
    drillDown->view()->setFocus();
    drillDown->view()->setCurrentIndex(drillDown->model()->index(0, 0));
    QTest::keyClick(drillDown->view(), Qt::Key_Return);
    EXPECT_EQ(window().pages()->currentWidget(), page());
    EXPECT_EQ(page()->recordId(), listed);
    delete drillDown;
}

TEST_F(SearchAndPersonPageTest, ExpertsAndInstitutionsHavePagesToo)
{
    const Id expert =
        scalar(QStringLiteral("SELECT expert_id FROM activity_expert GROUP BY expert_id ORDER BY "
                              "COUNT(*) DESC, expert_id LIMIT 1"));
    window().openRecord(SearchKind::Expert, expert);
    ASSERT_EQ(window().pages()->currentWidget(), page());
    EXPECT_EQ(page()->activitiesTree()->topLevelItemCount(),
              scalar(QStringLiteral("SELECT COUNT(*) FROM activity_expert WHERE expert_id = ?"), {expert}));
    EXPECT_FALSE(page()->mergeButton()->isVisible());
    EXPECT_FALSE(page()->certificatesButton()->isVisible());
    EXPECT_TRUE(page()->editButton()->isEnabled());
    // F2 edits what the page shows (the dialog's layout sets its minimum size, which offscreen reports).
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    page()->activitiesTree()->setFocus();
    QTest::keyClick(&window(), Qt::Key_F2);
    auto* editing = qobject_cast<ExpertDialog*>(window().editActions()->openDialog());
    ASSERT_NE(editing, nullptr);
    editing->reject();
    // An activity row opens the activity's page.
    page()->activitiesTree()->setCurrentItem(page()->activitiesTree()->topLevelItem(0));
    Q_EMIT page()->activitiesTree()->itemActivated(page()->activitiesTree()->topLevelItem(0), 0);
    EXPECT_EQ(window().shownActivity(),
              page()->activitiesTree()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong());

    const Id inm = scalar(QStringLiteral("SELECT id FROM institution WHERE acronym = 'INM'"));
    window().openRecord(SearchKind::Institution, inm);
    const qint64 people =
        scalar(QStringLiteral("SELECT COUNT(*) FROM participant WHERE institution_id = ?"), {inm});
    ASSERT_GT(people, 0);
    EXPECT_EQ(page()->peopleTree()->topLevelItemCount(), std::min<qint64>(people, 500));
    EXPECT_EQ(
        page()->activitiesTree()->topLevelItemCount(),
        scalar(QStringLiteral("SELECT COUNT(DISTINCT e.activity_id) FROM enrolment e JOIN participant p ON "
                              "p.id = e.participant_id WHERE p.institution_id = ?"),
               {inm}));
    // A person of the institution opens on the page; Back returns to the institution.
    QTreeWidgetItem* member = page()->peopleTree()->topLevelItem(0);
    const Id memberId = member->data(0, Qt::UserRole).toLongLong();
    Q_EMIT page()->peopleTree()->itemActivated(member, 0);
    EXPECT_EQ(page()->kind(), SearchKind::Participant);
    EXPECT_EQ(page()->recordId(), memberId);
    QTest::mouseClick(page()->backButton(), Qt::LeftButton);
    EXPECT_EQ(page()->kind(), SearchKind::Institution);
    EXPECT_EQ(page()->recordId(), inm);
}

TEST_F(SearchAndPersonPageTest, ExportTheirDataSavesTheAccessBundleWhereTheDialogSays)
{
    const Id participant = markedParticipant();
    ASSERT_GT(participant, 0);
    window().openRecord(SearchKind::Participant, participant);
    ASSERT_EQ(window().pages()->currentWidget(), page());
    ASSERT_TRUE(page()->exportDataButton()->isVisible());
    ASSERT_TRUE(page()->exportDataButton()->isEnabled());

    // The dialog answered without a suffix: the archive gets ".zip".
    const QString chosen = m_dir.path(QStringLiteral("their-data"));
    FileDialog::setNextFileName(chosen);
    QTest::mouseClick(page()->exportDataButton(), Qt::LeftButton);
    const QString path = chosen + QStringLiteral(".zip");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const std::unique_ptr<ZipArchive> archive = ZipArchive::open(file.readAll());
    ASSERT_NE(archive, nullptr);
    const ZipArchive::Limits limits{64 << 20, 1000, 1 << 20, 0};
    const ZipArchive::Part json = archive->read(AccessBundle::jsonName(), limits);
    ASSERT_EQ(json.status, ZipArchive::PartStatus::Read);
    const QJsonObject root = QJsonDocument::fromJson(json.bytes).object();
    EXPECT_EQ(root.value(QStringLiteral("participant")).toObject().value(QStringLiteral("id")).toInteger(),
              participant);
    EXPECT_EQ(
        root.value(QStringLiteral("enrolments")).toArray().size(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE participant_id = ?"), {participant}));
    qint64 marks = 0;
    for (const QJsonValue& enrolment : root.value(QStringLiteral("enrolments")).toArray()) {
        for (const QJsonValue& mark : enrolment.toObject().value(QStringLiteral("marks")).toArray())
            marks += mark.toObject().value(QStringLiteral("mark")).isString() ? 1 : 0;
    }
    EXPECT_EQ(marks, scalar(QStringLiteral("SELECT COUNT(*) FROM attendance t JOIN enrolment e ON e.id = "
                                           "t.enrolment_id WHERE e.participant_id = ?"),
                            {participant}));
    const ZipArchive::Part pdf = archive->read(AccessBundle::pdfName(), limits);
    ASSERT_EQ(pdf.status, ZipArchive::PartStatus::Read);
    const QString pdfPath = m_dir.path(QStringLiteral("their-data.pdf"));
    QFile pdfFile(pdfPath);
    ASSERT_TRUE(pdfFile.open(QIODevice::WriteOnly));
    pdfFile.write(pdf.bytes);
    pdfFile.close();
    EXPECT_TRUE(pdfText(pdfPath).contains(squeezed(page()->title()->text()))) << "the person's name";

    // Cancelled: nothing is written and no message appears.
    QFile::remove(path);
    FileDialog::setNextFileName(QString());
    EXPECT_FALSE(page()->exportData());
    EXPECT_FALSE(QFile::exists(path));

    // An expert has no such button: the bundle is a participant's.
    const Id expert = scalar(QStringLiteral("SELECT MIN(id) FROM expert"));
    window().openRecord(SearchKind::Expert, expert);
    EXPECT_FALSE(page()->exportDataButton()->isVisible());
}

} // namespace sd::test
