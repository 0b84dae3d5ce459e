// The user guide shipped in the program: every page and screenshot of both languages loads from the
// resources, every link between pages resolves, Back returns, and F1 opens the page of what is in
// view, in the main window and in its dialogs.
#include "UserGuide.h"

#include "ActivityPage.h"
#include "HelpWindow.h"
#include "MainWindowFixture.h"
#include "NavigatorModel.h"
#include "ProgrammeDocument.h"
#include "dialogs/AttendanceDialog.h"
#include "import/ImportWizard.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>

namespace sd::test {
namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("es")};

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The links and images of a page, as Qt's Markdown reader sees them.
struct PageParts
{
    QStringList links;
    QStringList images;
};

PageParts partsOf(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    PageParts parts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                parts.images << format.toImageFormat().name();
            else if (format.isAnchor() && !format.anchorHref().isEmpty())
                parts.links << format.anchorHref();
        }
    }
    parts.links.removeDuplicates();
    return parts;
}

TEST(UserGuideTest, EveryPageAndScreenshotLoadsAndEveryLinkResolves)
{
    for (const QString& language : kLanguages) {
        QSet<QString> imagesUsed;
        for (UserGuide::Topic topic : UserGuide::topics()) {
            const QUrl page = UserGuide::pageUrl(topic, language);
            const QString markdown = readResource(QLatin1Char(':') + page.path());
            ASSERT_FALSE(markdown.isEmpty()) << page.toString().toStdString();
            EXPECT_TRUE(markdown.startsWith(QStringLiteral("# "))) << "a page starts with its title";
            const PageParts parts = partsOf(markdown);
            for (const QString& link : parts.links) {
                const QUrl target = page.resolved(QUrl(link));
                if (target.scheme() == QLatin1String("http") || target.scheme() == QLatin1String("https"))
                    continue;
                EXPECT_EQ(target.scheme(), QStringLiteral("qrc")) << link.toStdString();
                EXPECT_TRUE(target.fragment().isEmpty()) << "links lead to pages: " << link.toStdString();
                EXPECT_TRUE(QFile::exists(QLatin1Char(':') + target.path()))
                    << page.fileName().toStdString() << " links to a missing " << link.toStdString();
                EXPECT_TRUE(target.path().startsWith(QStringLiteral("/guide/%1/").arg(language)))
                    << "links stay in the page's language: " << link.toStdString();
            }
            for (const QString& image : parts.images) {
                const QUrl target = page.resolved(QUrl(image));
                EXPECT_TRUE(target.path().startsWith(QStringLiteral("/guide/images/%1/").arg(language)))
                    << "screenshots of the page's language: " << image.toStdString();
                const QImage loaded(QLatin1Char(':') + target.path());
                EXPECT_FALSE(loaded.isNull()) << page.fileName().toStdString() << ": " << image.toStdString();
                EXPECT_GE(loaded.width(), 400) << image.toStdString();
                imagesUsed << target.fileName();
            }
        }
        EXPECT_GE(imagesUsed.size(), 8) << "the guide shows the window: " << language.toStdString();
    }
}

TEST(UserGuideTest, BothLanguagesHaveTheSamePagesLinksAndScreenshots)
{
    for (UserGuide::Topic topic : UserGuide::topics()) {
        const PageParts english =
            partsOf(readResource(QLatin1Char(':') + UserGuide::pageUrl(topic, kLanguages[0]).path()));
        const PageParts spanish =
            partsOf(readResource(QLatin1Char(':') + UserGuide::pageUrl(topic, kLanguages[1]).path()));
        EXPECT_EQ(english.links, spanish.links) << UserGuide::pageName(topic).toStdString();
        QStringList spanishImages = spanish.images;
        spanishImages.replaceInStrings(QStringLiteral("/es/"), QStringLiteral("/en/"));
        EXPECT_EQ(english.images, spanishImages) << UserGuide::pageName(topic).toStdString();
    }
}

TEST(UserGuideTest, LinksAndTheBackButtonMoveBetweenPages)
{
    HelpWindow help;
    help.show();
    help.openTopic(UserGuide::Topic::Contents);
    EXPECT_EQ(help.source().fileName(), QStringLiteral("index.md"));
    EXPECT_FALSE(help.backButton()->isEnabled());
    EXPECT_TRUE(help.browser()->toPlainText().contains(QStringLiteral("Seminar Desk user guide")));

    // Follow the first link of the contents as a click would (QTextBrowser resolves it the same way).
    const PageParts parts = partsOf(help.browser()->document()->toMarkdown());
    ASSERT_FALSE(parts.links.isEmpty());
    QTest::keyClick(help.browser(), Qt::Key_Tab);
    QTest::keyClick(help.browser(), Qt::Key_Return);
    EXPECT_EQ(help.source().fileName(), QUrl(parts.links.first()).fileName());
    EXPECT_NE(help.source().fileName(), QStringLiteral("index.md"));
    EXPECT_TRUE(help.backButton()->isEnabled());
    EXPECT_FALSE(help.browser()->toPlainText().isEmpty());

    help.backButton()->click();
    EXPECT_EQ(help.source().fileName(), QStringLiteral("index.md"));

    // The contents list opens a page too, and the window's title follows it.
    auto* topics = help.findChild<QListWidget*>(QStringLiteral("helpTopics"));
    ASSERT_NE(topics, nullptr);
    ASSERT_EQ(topics->count(), UserGuide::topics().size());
    const int attendance = int(UserGuide::topics().indexOf(UserGuide::Topic::Attendance));
    Q_EMIT topics->itemClicked(topics->item(attendance));
    EXPECT_EQ(help.source().fileName(), QStringLiteral("attendance.md"));
    EXPECT_TRUE(help.windowTitle().startsWith(QStringLiteral("Take attendance from a paper sheet")))
        << help.windowTitle().toStdString();
}

TEST(UserGuideTest, WideScreenshotsShrinkToThePage)
{
    HelpWindow help;
    help.show();
    help.openTopic(UserGuide::Topic::Overview);
    int images = 0;
    for (QTextBlock block = help.browser()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            EXPECT_GT(format.toImageFormat().width(), 0);
            EXPECT_LE(format.toImageFormat().width(), HelpWindow::kWidestImage);
        }
    }
    EXPECT_GE(images, 1);
}

// F1 in the window and its dialogs.
class ContextHelpTest : public MainWindowFixture
{
protected:
    // F1 where the keyboard is; the guide's window that shows, and its page.
    QString pressF1(QWidget* where)
    {
        QWidget* target = where->focusWidget() ? where->focusWidget() : where;
        QTest::keyClick(target, Qt::Key_F1);
        HelpWindow* help = where->window()->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!help || !help->isVisible())
            return {};
        const QString page = help->source().fileName();
        help->close();
        return page;
    }

    Id activityId(const QString& code)
    {
        return scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {code});
    }
};

TEST_F(ContextHelpTest, F1OpensThePageOfThePageInView)
{
    window().activateWindow();
    EXPECT_EQ(pressF1(&window()), QStringLiteral("overview.md"));
    window().showActivity(activityId(QStringLiteral("2.1")));
    EXPECT_EQ(pressF1(&window()), QStringLiteral("activity.md"));
    window().showRegister(RegisterKind::Participants);
    EXPECT_EQ(pressF1(&window()), QStringLiteral("registers.md"));
    window().showRegister(RegisterKind::Institutions);
    EXPECT_EQ(pressF1(&window()), QStringLiteral("registers.md"));
    window().showResults();
    EXPECT_EQ(pressF1(&window()), QStringLiteral("results.md"));
    // One guide window, reused.
    EXPECT_EQ(window().findChildren<HelpWindow*>().size(), 1);

    // Help ▸ User guide opens the same page as F1.
    QAction* guide = window().findChild<QAction*>(QStringLiteral("userGuideAction"));
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    bool inHelpMenu = false;
    for (QAction* menu : window().menuBar()->actions())
        inHelpMenu = inHelpMenu || (menu->menu() && menu->menu()->actions().contains(guide));
    EXPECT_TRUE(inHelpMenu);
    window().showOverview(window().currentProjectId());
    guide->trigger();
    EXPECT_EQ(window().findChild<HelpWindow*>()->source().fileName(), QStringLiteral("overview.md"));
}

TEST_F(ContextHelpTest, F1InTheAttendanceSheetAndTheImportWizardOpensTheirPages)
{
    window().showActivity(activityId(QStringLiteral("2.1")));
    window().openAttendance(activityId(QStringLiteral("2.1")));
    auto* sheet = window().findChild<AttendanceDialog*>();
    ASSERT_NE(sheet, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(sheet));
    EXPECT_EQ(pressF1(sheet), QStringLiteral("attendance.md"));
    // The guide opened from a modal sheet belongs to the sheet, so the sheet does not block it.
    EXPECT_NE(sheet->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly), nullptr);
    sheet->reject();

    // QWizard sets its own minimum size as it shows, which the offscreen platform remarks on.
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    ImportWizard wizard(*window().document(), window().currentProjectId(), &window());
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    EXPECT_EQ(pressF1(&wizard), QStringLiteral("import.md"));
}

} // namespace
} // namespace sd::test
