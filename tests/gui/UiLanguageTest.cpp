// The Spanish window: the language choice, the embedded translation (every message translated, with
// its placeholders and accelerators), the menus of a real main window and a certificate printed from
// it. The translators are installed through UiLanguage::install, the function main.cpp calls; this
// executable is the only test that installs them, so the other widget tests stay English.
#include "UiLanguage.h"

#include "ActivityPage.h"
#include "DocumentPrinter.h"
#include "DocumentReports.h"
#include "HelpWindow.h"
#include "MainWindowFixture.h"
#include "MessageBox.h"
#include "NavigatorModel.h"
#include "commands/EditActions.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTableView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <vector>

namespace sd::test {
namespace {

// One message of translations/seminardesk_es.ts.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

std::vector<TsMessage> readTsFile(const QString& path)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.unfinished =
                        xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (!message.numerus)
                        message.translations << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    message.translations << xml.readElementText();
                }
            }
            messages.push_back(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%(L?\\d+|n)")).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The accelerator letter of a menu text ("&Archivo" → 'a'), or a null character.
QChar acceleratorOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Every visible entry of a menu with an accelerator has its own letter; submenus are checked too.
void expectDistinctAccelerators(const QMenu* menu)
{
    QHash<QChar, QString> taken;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = acceleratorOf(action->text());
        if (!letter.isNull()) {
            EXPECT_FALSE(taken.contains(letter))
                << "menu " << menu->title().toStdString() << ": " << action->text().toStdString() << " and "
                << taken.value(letter).toStdString() << " share &" << QString(letter).toStdString();
            taken.insert(letter, action->text());
        }
        if (action->menu())
            expectDistinctAccelerators(action->menu());
    }
}

class UiLanguageTest : public MainWindowFixture
{
protected:
    static void SetUpTestSuite()
    {
        // Settings (recent files...) of their own, apart from the English window tests that ctest
        // may run at the same time.
        QCoreApplication::setApplicationName(QStringLiteral("seminardesk-language-tests"));
        const Status installed = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("es"));
        ASSERT_TRUE(installed.ok()) << installed.error().message.toStdString();
    }
};

TEST(UiLanguageChoiceTest, RequestedLanguageWinsThenTheSystemsThenEnglish)
{
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("es"), {QStringLiteral("en-GB")}).value(),
              QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("en"), {QStringLiteral("es-MX")}).value(),
              QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose(QStringLiteral("es_MX"), {}).value(), QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QString(), {QStringLiteral("es-MX"), QStringLiteral("en")}).value(),
              QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QString(), {QStringLiteral("de-DE"), QStringLiteral("es-ES")}).value(),
              QStringLiteral("es"));
    EXPECT_EQ(UiLanguage::choose(QString(), {QStringLiteral("fr-FR")}).value(), QStringLiteral("en"));
    EXPECT_EQ(UiLanguage::choose(QString(), {}).value(), QStringLiteral("en"));

    const Result<QString> unknown = UiLanguage::choose(QStringLiteral("fr"), {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("en, es")))
        << unknown.error().message.toStdString();
}

TEST(UiLanguageTranslationTest, EveryMessageIsTranslatedWithItsPlaceholdersAndFoundInTheQmFile)
{
    const std::vector<TsMessage> messages =
        readTsFile(QStringLiteral(SD_SOURCE_DIR "/translations/seminardesk_es.ts"));
    ASSERT_GT(messages.size(), 1000u) << "the .ts should hold the messages of src/core, src/gui and ui/";

    QTranslator embedded;
    ASSERT_TRUE(embedded.load(UiLanguage::translationPath(QStringLiteral("es"))));

    int checked = 0;
    for (const TsMessage& message : messages) {
        const std::string where = message.context.toStdString() + ": " + message.source.toStdString();
        EXPECT_FALSE(message.unfinished) << where;
        ASSERT_EQ(message.translations.size(), message.numerus ? 2 : 1) << where;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        for (const QString& translation : message.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
            EXPECT_EQ(placeholders(translation), placeholders(message.source)) << where;
            EXPECT_EQ(translation.endsWith(QLatin1Char('\n')), message.source.endsWith(QLatin1Char('\n')))
                << where;
            EXPECT_EQ(acceleratorOf(translation).isNull(), acceleratorOf(message.source).isNull()) << where;
        }
        // The .qm built from the .ts answers under the same context, so lookups at run time find it.
        const QString found =
            embedded.translate(context.constData(), source.constData(),
                               comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 1 : -1);
        EXPECT_FALSE(found.isEmpty()) << where;
        ++checked;
    }
    EXPECT_EQ(checked, int(messages.size()));
}

TEST(UiLanguageTranslationTest, EveryCountedMessageHasItsEnglishForms)
{
    const std::vector<TsMessage> spanish =
        readTsFile(QStringLiteral(SD_SOURCE_DIR "/translations/seminardesk_es.ts"));
    const std::vector<TsMessage> english =
        readTsFile(QStringLiteral(SD_SOURCE_DIR "/translations/seminardesk_en.ts"));
    QHash<QString, TsMessage> forms;
    for (const TsMessage& message : english)
        forms.insert(message.context + u'|' + message.source, message);
    QTranslator embedded;
    ASSERT_TRUE(embedded.load(QStringLiteral(":/i18n/seminardesk_en.qm")));
    int counted = 0;
    for (const TsMessage& message : spanish) {
        if (!message.numerus)
            continue;
        ++counted;
        const std::string where = message.context.toStdString() + ": " + message.source.toStdString();
        ASSERT_TRUE(forms.contains(message.context + u'|' + message.source))
            << "no English forms (scripts/update-translations.py): " << where;
        const TsMessage& found = forms.value(message.context + u'|' + message.source);
        EXPECT_FALSE(found.unfinished) << where;
        ASSERT_EQ(found.translations.size(), 2) << where;
        for (const QString& form : found.translations) {
            EXPECT_FALSE(form.contains(QStringLiteral("(s)")) || form.contains(QStringLiteral("(es)")) ||
                         form.contains(QStringLiteral("(ies)")))
                << where << ": " << form.toStdString();
            EXPECT_EQ(placeholders(form), placeholders(message.source)) << where;
        }
        EXPECT_EQ(embedded.translate(message.context.toUtf8().constData(),
                                     message.source.toUtf8().constData(), nullptr, 1),
                  found.translations.first())
            << where;
    }
    EXPECT_EQ(counted, int(english.size())) << "the English file holds the counted messages only";
    EXPECT_GT(counted, 30);
}

TEST_F(UiLanguageTest, TheUserGuideOpensInSpanish)
{
    EXPECT_EQ(UiLanguage::current(), QStringLiteral("es"));
    window().activateWindow();
    QTest::keyClick(&window(), Qt::Key_F1);
    auto* help = window().findChild<HelpWindow*>();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->source().path(), QStringLiteral("/guide/es/overview.md"));
    EXPECT_TRUE(help->browser()->toPlainText().startsWith(QStringLiteral("El resumen del proyecto")))
        << help->browser()->toPlainText().left(80).toStdString();
    EXPECT_TRUE(help->windowTitle().endsWith(QStringLiteral("Guía de uso de Seminar Desk")))
        << help->windowTitle().toStdString();
    EXPECT_EQ(help->backButton()->text(), QStringLiteral("Atrás"));
    help->close();
}

TEST_F(UiLanguageTest, MenusReadSpanishWithDistinctAccelerators)
{
    QStringList titles;
    for (const QAction* action : window().menuBar()->actions())
        titles << action->text();
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("&Ver"),
                           QStringLiteral("&Informes"), QStringLiteral("Ay&uda")}));

    QSet<QChar> barLetters;
    for (const QAction* action : window().menuBar()->actions()) {
        EXPECT_FALSE(barLetters.contains(acceleratorOf(action->text()))) << action->text().toStdString();
        barLetters.insert(acceleratorOf(action->text()));
        ASSERT_NE(action->menu(), nullptr);
        expectDistinctAccelerators(action->menu());
    }

    // Core texts (enum labels, through a file-local helper in src/core) are Spanish too.
    EXPECT_EQ(QCoreApplication::translate("sd::Enums", "Workshop"), QStringLiteral("Taller"));
    // Dates follow Mexico when the system's locale is not Spanish (the tests run with en_GB).
    EXPECT_EQ(QLocale().name(), QStringLiteral("es_MX"));
}

TEST_F(UiLanguageTest, TheSpanishToolbarKeepsTheFindFieldOnALaptopScreen)
{
    // The smallest common laptop screen; Spanish labels are the longer ones.
    window().resize(1366, 740);
    window().show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window()));
    QCoreApplication::processEvents();
    auto* toolBar = window().findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    // Nothing went into the » overflow: the Find field is on the toolbar, whole.
    EXPECT_TRUE(window().findField()->isVisible());
    EXPECT_TRUE(toolBar->rect().contains(window().findField()->geometry()));
}

TEST_F(UiLanguageTest, CertificatesPrintedFromTheSpanishWindowAreSpanishWithTheirAccents)
{
    const Id activity =
        scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {QStringLiteral("2.1")});
    window().showActivity(activity);
    const QString pdf = m_dir.path(QStringLiteral("constancias.pdf"));
    DocumentReports::setNextThreshold(75);
    DocumentPrinter::setNextPreviewOutput(pdf, PaperSize::A4);
    auto* print = window().findChild<QAction*>(QStringLiteral("printActivityCertificatesAction"));
    ASSERT_NE(print, nullptr);
    print->trigger();
    ASSERT_TRUE(QFile::exists(pdf));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                     QStringLiteral("1"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString& expected :
         {QStringLiteral("Constancia de Asistencia"), QStringLiteral("Se hace constar que"),
          QStringLiteral("Sesiones asistidas"), QStringLiteral("Tasa de asistencia"),
          QStringLiteral("Firma, coordinación del programa"),
          QStringLiteral("Firma, institución beneficiaria")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("This is to certify"))) << text.toStdString();
    // Activity 2.1 ran from 16 to 18 May 2017: the date reads the Spanish way.
    EXPECT_TRUE(text.simplified().contains(QStringLiteral("16 al 18 de mayo de 2017"))) << text.toStdString();
    // The programme's texts in their Spanish forms too.
    EXPECT_TRUE(text.simplified().contains(QStringLiteral("Seminario sobre protección internacional")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Seminar on International Protection"))) << text.toStdString();
}

// Reports ▸ Document language: English documents from the Spanish window, remembered for the project.
TEST_F(UiLanguageTest, TheDocumentLanguageIsChosenApartFromTheWindows)
{
    const Id activity =
        scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {QStringLiteral("2.1")});
    window().showActivity(activity);
    auto* menu = window().findChild<QMenu*>(QStringLiteral("documentLanguageMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->title(), QStringLiteral("&Idioma de los documentos"));
    auto* english = window().findChild<QAction*>(QStringLiteral("documentLanguage-en"));
    ASSERT_NE(english, nullptr);
    EXPECT_EQ(window().documentLanguage(), Language::Spanish) << "the window's language until one is chosen";
    english->trigger();
    EXPECT_EQ(window().documentLanguage(), Language::English);
    Q_EMIT menu->aboutToShow();
    EXPECT_TRUE(english->isChecked());
    window().showActivity(activity); // the window read the file again for the results' new language

    const QString pdf = m_dir.path(QStringLiteral("certificates.pdf"));
    DocumentReports::setNextThreshold(75);
    DocumentPrinter::setNextPreviewOutput(pdf, PaperSize::A4);
    window().findChild<QAction*>(QStringLiteral("printActivityCertificatesAction"))->trigger();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                     QStringLiteral("1"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Certificate of Attendance"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("16–18 May 2017"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Seminar on International Protection"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Constancia"))) << text.toStdString();

    window().findChild<QAction*>(QStringLiteral("documentLanguage-es"))->trigger();
    EXPECT_EQ(window().documentLanguage(), Language::Spanish);
}

} // namespace
} // namespace sd::test

namespace sd::test {
namespace {

// In Spanish the grid shows and takes P, R, J and F, and its legend names those keys.
TEST_F(UiLanguageTest, AttendanceGridSpeaksSpanishKeys)
{
    const qint64 activityId =
        scalar(QStringLiteral("SELECT id FROM activity WHERE code = ?"), {QStringLiteral("2.1")});
    window().navigator()->setCurrentIndex(
        window().navigatorModel()->find(NavigatorModel::Node::Activity, activityId));
    tolerateWarning(QStringLiteral("This plugin does not support propagateSizeHints()"));
    QTest::mouseClick(window().activityPage()->attendanceButton(), Qt::LeftButton);
    auto* dialog = qobject_cast<AttendanceDialog*>(window().editActions()->openDialog());
    ASSERT_NE(dialog, nullptr);
    auto* view = dialog->findChild<AttendanceTableView*>();
    ASSERT_NE(view, nullptr);
    view->setFocus();
    view->setCurrentIndex(dialog->sheet()->index(0, AttendanceModel::kFirstSessionColumn));
    const QModelIndex first = view->currentIndex();
    QTest::keyClick(view, Qt::Key_R);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_F);
    QTest::keyClick(view, Qt::Key_P);
    AttendanceModel* sheet = dialog->sheet();
    EXPECT_EQ(sheet->index(first.row(), first.column()).data().toString(), QStringLiteral("R"));
    EXPECT_EQ(sheet->index(first.row() + 1, first.column()).data().toString(), QStringLiteral("J"));
    EXPECT_EQ(sheet->index(first.row() + 2, first.column()).data().toString(), QStringLiteral("F"));
    EXPECT_EQ(sheet->index(first.row() + 3, first.column()).data().toString(), QStringLiteral("P"));
    QString legend;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->objectName() == u"legendLabel")
            legend = label->text();
    }
    for (const char* key :
         {"<b>P</b> presente", "<b>R</b> retardo", "<b>J</b> justificado", "<b>F</b> falta"})
        EXPECT_TRUE(legend.contains(QString::fromUtf8(key))) << legend.toStdString();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
}

} // namespace
} // namespace sd::test
