// Takes the user guide's screenshots (docs/guide/images/<language>/*.png) from the real window on
// the demo programme, so that they can be taken again when the window changes:
//
//   guide_screenshots --language en|es --out FOLDER [--large FILE] [--guide-shot PNG] [--main-shot PNG]
//                     [--banner-shot PNG] [--wizard-shot PNG]
//
// scripts/guide-screenshots.sh runs it under xvfb-run for both languages. --large names a large
// programme (seminardesk-cli generate) for the overview at 2,000 activities; --guide-shot also saves
// the guide's own window, --main-shot the main window at 1600 × 1000 (the README's picture),
// --banner-shot the window with the demo's banner and --wizard-shot the new-programme wizard. Settings and
// the demo file go to a temporary folder, never the user's.
#include "ConnectDialog.h"
#include "DocumentReports.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewProgrammeWizard.h"
#include "ProgrammeDocument.h"
#include "RegisterPage.h"
#include "ResultsLoader.h"
#include "UiLanguage.h"
#include "demo/DemoProgramme.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTableView.h"
#include "dialogs/WalkInDialog.h"
#include "domain/SearchText.h"
#include "import/ImportWizard.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace {

QString g_out;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "guide_screenshots: %s\n", qPrintable(message));
    std::exit(1);
}

// Lets the window lay itself out and paint, and background counts arrive.
void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

void save(const QImage& image, const QString& name)
{
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!image.save(path, "PNG", 0))
        fail(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(path));
}

void save(QWidget* widget, const QString& name)
{
    settle();
    save(widget->grab().toImage(), name);
}

void key(QWidget* widget, int code, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, code, modifiers);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, code, modifiers);
    QApplication::sendEvent(widget, &release);
}

qint64 idOf(sd::Database& database, const QString& sql, const QString& value)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        fail(QStringLiteral("no row for %1").arg(value));
    return query.value(0).toLongLong();
}

void waitForFigures(sd::MainWindow& window)
{
    if (window.resultsLoader())
        window.resultsLoader()->waitForDone();
    settle(800);
}

// A registration list as officers receive them: a new person, two people already in the file (one
// of them twice), a near-duplicate of a stored name and a row with a malformed email.
QString writeList(sd::Database& database, const QString& folder)
{
    QSqlQuery query(database.connection());
    if (!query.exec(
            QStringLiteral("SELECT p.given_names, p.family_names, COALESCE(i.acronym, ''), p.email FROM "
                           "participant p LEFT JOIN institution i ON i.id = p.institution_id WHERE "
                           "p.email <> '' ORDER BY p.id LIMIT 2")))
        fail(QStringLiteral("cannot read the demo's participants"));
    QStringList lines{QStringLiteral("Nombre;Apellidos;Institución;Correo")};
    QList<QStringList> stored;
    while (query.next()) {
        stored << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString()};
    }
    if (stored.size() < 2)
        fail(QStringLiteral("the demo has too few participants with an email"));
    lines << QStringLiteral("Xóchitl;Garduño Lara;COMAR;xochitl.garduno@example.org");
    lines << QStringLiteral("Xóchitl;Garduño Lara;COMAR;xochitl.garduno@example.org");
    lines << stored.at(0).join(QLatin1Char(';'));
    // The second stored person retyped with a letter missing and no email: a probable duplicate.
    QString retyped = stored.at(1).at(1);
    retyped.chop(1);
    lines << QStringList{stored.at(1).at(0), retyped, stored.at(1).at(2), QString()}.join(QLatin1Char(';'));
    lines << QStringLiteral("Rogelio;Bautista Cruz;INM;rogelio.bautista@");
    const QString path = QDir(folder).filePath(QStringLiteral("registro-taller.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(path);
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

// The window with a menu open, as one picture, cut to the menu's corner.
QImage withMenu(QWidget* window, QMenu* menu)
{
    QImage picture = window->grab().toImage();
    const QImage dropped = menu->grab().toImage();
    const QPoint at = menu->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
    QPainter painter(&picture);
    painter.drawImage(at, dropped);
    painter.end();
    const int width = std::min(picture.width(), at.x() + dropped.width() + 420);
    const int height = std::min(picture.height(), at.y() + dropped.height() + 40);
    return picture.copy(0, 0, width, height);
}

} // namespace

int main(int argc, char** argv)
{
    QString language = QStringLiteral("en");
    QString large;
    QString guideShot;
    QString mainShot;
    QString bannerShot;
    QString wizardShot;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--language") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc)
            g_out = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--large") == 0 && i + 1 < argc)
            large = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--guide-shot") == 0 && i + 1 < argc)
            guideShot = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--main-shot") == 0 && i + 1 < argc)
            mainShot = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--banner-shot") == 0 && i + 1 < argc)
            bannerShot = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--wizard-shot") == 0 && i + 1 < argc)
            wizardShot = QString::fromLocal8Bit(argv[++i]);
    }
    if (g_out.isEmpty()) {
        std::fprintf(stderr,
                     "usage: guide_screenshots --language en|es --out FOLDER [--large FILE] "
                     "[--guide-shot PNG] [--main-shot PNG] [--banner-shot PNG] [--wizard-shot PNG]\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeminarDeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("guide_screenshots"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (sd::Status installed = sd::UiLanguage::install(app, language); !installed)
        fail(installed.error().message);
    QDir().mkpath(g_out);

    QTemporaryDir folder;
    const QString demo = folder.filePath(QStringLiteral("mexico-ii.sdesk"));
    {
        sd::Result<std::unique_ptr<sd::ProgrammeDocument>> created = sd::ProgrammeDocument::create(demo);
        if (!created)
            fail(created.error().message);
        if (sd::Status written = sd::writeDemoProgramme(created.value()->store()); !written)
            fail(written.error().message);
    }

    sd::Database::Options readOnly;
    readOnly.readOnly = true;
    sd::Result<std::unique_ptr<sd::Database>> reader = sd::Database::open(demo, readOnly);
    if (!reader)
        fail(reader.error().message);
    sd::Database& database = **reader;

    sd::MainWindow window;
    window.setGeometry(0, 0, 1360, 860);
    window.show();
    if (!window.openFile(demo))
        fail(QStringLiteral("cannot open the demo"));
    waitForFigures(window);
    const qint64 project = window.currentProjectId();
    const QString activityByCode = QStringLiteral("SELECT id FROM activity WHERE code = ?");
    const qint64 seminar = idOf(database, activityByCode, QStringLiteral("2.1"));

    if (!mainShot.isEmpty()) {
        window.setGeometry(0, 0, 1600, 1000);
        window.showOverview(project);
        waitForFigures(window);
        if (!window.grab().toImage().save(mainShot, "PNG", 0))
            fail(mainShot);
        std::printf("%s\n", qPrintable(mainShot));
        window.setGeometry(0, 0, 1360, 860);
    }

    window.showOverview(project);
    waitForFigures(window);
    save(&window, QStringLiteral("overview"));
    // The demo's banner, under the toolbar: the top of the window.
    {
        const QWidget* banner = window.findChild<QWidget*>(QStringLiteral("demoBanner"));
        if (!banner || !banner->isVisible())
            fail(QStringLiteral("no demo banner"));
        const int bottom = banner->mapTo(&window, QPoint(0, banner->height())).y();
        const QImage picture = window.grab().toImage();
        save(picture.copy(0, 0, picture.width(), int((bottom + 120) * picture.devicePixelRatio())),
             QStringLiteral("demo-banner"));
        if (!bannerShot.isEmpty()) {
            if (!picture.save(bannerShot, "PNG", 0))
                fail(bannerShot);
            std::printf("%s\n", qPrintable(bannerShot));
        }
    }
    // Its way out: the new-programme wizard's first page, filled in.
    {
        sd::NewProgrammeWizard wizard(folder.path(), QString(), &window);
        wizard.show();
        wizard.findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("MX-III"));
        wizard.findChild<QLineEdit*>(QStringLiteral("titleEdit"))
            ->setText(language == QStringLiteral("es")
                          ? QStringLiteral("México III: Migración laboral e integración")
                          : QStringLiteral("Mexico III: Labour migration and integration"));
        wizard.findChild<QDateEdit*>(QStringLiteral("startDateEdit"))->setDate(QDate(2027, 1, 1));
        wizard.findChild<QDateEdit*>(QStringLiteral("endDateEdit"))->setDate(QDate(2028, 12, 31));
        settle();
        save(&wizard, QStringLiteral("new-programme"));
        if (!wizardShot.isEmpty()) {
            if (!wizard.grab().toImage().save(wizardShot, "PNG", 0))
                fail(wizardShot);
            std::printf("%s\n", qPrintable(wizardShot));
        }
        wizard.reject();
    }

    // The connect dialog, filled in as an IT officer's instructions would have it.
    {
        sd::ConnectDialog dialog({}, &window);
        dialog.show();
        dialog.hostField()->setText(QStringLiteral("db.example.org"));
        dialog.databaseField()->setText(QStringLiteral("mexico-ii"));
        dialog.userField()->setText(QStringLiteral("mlopez"));
        dialog.passwordField()->setText(QStringLiteral("password"));
        dialog.rememberBox()->setChecked(true);
        settle();
        save(&dialog, QStringLiteral("connect"));
        dialog.reject();
    }

    window.showActivity(seminar);
    waitForFigures(window);
    save(&window, QStringLiteral("activity"));

    window.openAttendance(seminar);
    settle();
    auto* sheet = window.findChild<sd::AttendanceDialog*>();
    if (!sheet)
        fail(QStringLiteral("no attendance sheet"));
    sheet->resize(1180, 640);
    save(sheet, QStringLiteral("attendance"));

    // A walk-in who is in the file already, though not in this activity, typed in capitals without
    // accents: the form shows who they probably are. Enrolling them puts them on the sheet, pending,
    // and Discard drops them with the sheet.
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT given_names, family_names FROM participant WHERE id NOT IN "
                                     "(SELECT participant_id FROM enrolment WHERE activity_id = ?) "
                                     "ORDER BY id LIMIT 1"));
        query.addBindValue(seminar);
        if (!query.exec() || !query.next())
            fail(QStringLiteral("no participant outside activity 2.1"));
        auto* grid = sheet->findChild<sd::AttendanceTableView*>(QStringLiteral("attendanceView"));
        grid->setCurrentIndex(grid->model()->index(0, sd::AttendanceModel::kFirstSessionColumn + 1));
        sheet->addWalkIn();
        settle();
        auto* form = sheet->findChild<sd::WalkInDialog*>();
        if (!form)
            fail(QStringLiteral("no walk-in form"));
        form->findChild<QLineEdit*>(QStringLiteral("givenEdit"))
            ->setText(sd::foldForSearch(query.value(0).toString()).toUpper());
        form->findChild<QLineEdit*>(QStringLiteral("familyEdit"))
            ->setText(sd::foldForSearch(query.value(1).toString()).toUpper());
        settle(1500);
        save(form, QStringLiteral("walk-in"));
        auto* enrol = form->findChild<QPushButton*>(QStringLiteral("takeMatchButton"));
        if (!enrol || !enrol->isVisible())
            fail(QStringLiteral("the walk-in form shows no probable match"));
        enrol->click();
        settle();
    }
    sd::MessageBox::setNextAnswer(QMessageBox::Discard);
    sheet->reject();
    settle();

    window.showRegister(sd::RegisterKind::Participants);
    sd::RegisterPage* participants = window.registerPage(sd::RegisterKind::Participants);
    participants->setFilterText(QStringLiteral("ram"));
    participants->applyFilterNow();
    participants->view()->selectRow(1);
    save(&window, QStringLiteral("registers"));

    {
        sd::ImportWizard wizard(*window.document(), project, &window);
        wizard.resize(1100, 640);
        wizard.show();
        wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(writeList(database, folder.path()));
        wizard.button(QWizard::NextButton)->click();
        settle();
        wizard.button(QWizard::NextButton)->click();
        save(&wizard, QStringLiteral("import"));
        wizard.reject();
    }

    window.showResults(sd::ResultsKey::Activity);
    waitForFigures(window);
    save(&window, QStringLiteral("results"));

    // The print preview is modal: it is taken once it shows, then closed.
    window.showActivity(seminar);
    settle();
    QTimer::singleShot(1500, &app, [] {
        QWidget* preview = QApplication::activeModalWidget();
        if (!preview)
            fail(QStringLiteral("no print preview"));
        preview->resize(1100, 760);
        save(preview, QStringLiteral("print-preview"));
        preview->close();
    });
    window.printSignInSheets();
    settle();

    // A change to undo: three participants marked late on the first day, then the Edit menu open.
    window.openAttendance(seminar);
    settle();
    sheet = window.findChild<sd::AttendanceDialog*>();
    auto* grid = sheet->findChild<sd::AttendanceTableView*>(QStringLiteral("attendanceView"));
    grid->setFocus();
    for (int i = 0; i < 3; ++i)
        key(grid, Qt::Key_L);
    sheet->save();
    sheet->accept();
    settle();
    QMenu* edit = window.menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"));
    if (!edit)
        fail(QStringLiteral("no Edit menu"));
    const QRect title = window.menuBar()->actionGeometry(edit->menuAction());
    edit->popup(window.menuBar()->mapToGlobal(title.bottomLeft()));
    settle();
    save(withMenu(&window, edit), QStringLiteral("undo"));
    edit->close();
    settle();

    if (!guideShot.isEmpty()) {
        sd::HelpWindow* help = sd::HelpWindow::showTopic(&window, sd::UserGuide::Topic::Attendance);
        help->resize(1180, 780);
        settle(800);
        const QImage picture = help->grab().toImage();
        if (!picture.save(guideShot, "PNG", 0))
            fail(guideShot);
        std::printf("%s\n", qPrintable(guideShot));
        help->close();
    }

    if (!large.isEmpty()) {
        if (!window.openFile(large))
            fail(QStringLiteral("cannot open %1").arg(large));
        waitForFigures(window);
        window.showOverview(window.currentProjectId());
        waitForFigures(window);
        save(&window, QStringLiteral("overview-large"));
    }
    window.closeFile();
    return 0;
}
