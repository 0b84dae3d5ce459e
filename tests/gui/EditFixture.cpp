#include "EditFixture.h"

#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendanceModel.h"
#include "dialogs/AttendanceTotalsModel.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

namespace sd::test {
namespace {

int g_modelTestWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelTestWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") &&
        type >= QtWarningMsg)
        ++g_modelTestWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void EditFixture::SetUp()
{
    g_modelTestWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countModelTestWarnings);

    SmallProgrammeDocumentTest::SetUp();
    ASSERT_FALSE(HasFatalFailure());
    m_window = std::make_unique<QWidget>();
    m_window->resize(1200, 800);
    m_window->show();
    m_actions = std::make_unique<EditActions>(*m_document, m_window.get());
}

void EditFixture::TearDown()
{
    m_actions.reset();
    m_window.reset();
    SmallProgrammeDocumentTest::TearDown();
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

void EditFixture::typeDate(QDateEdit* edit, const QDate& date)
{
    // Section by section, as after a click into the day, the month and the year.
    edit->setFocus();
    const QList<QPair<QDateTimeEdit::Section, QString>> sections{
        {QDateTimeEdit::YearSection, QString::number(date.year())},
        {QDateTimeEdit::MonthSection, QLocale().monthName(date.month(), QLocale::ShortFormat)},
        {QDateTimeEdit::DaySection, QString::number(date.day())},
    };
    for (const auto& [section, text] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, text);
    }
}

QPushButton* okButton(QWidget* dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

void EditFixture::typeNames(QWidget* form, const QString& given, const QString& family)
{
    typeText(child<QLineEdit>(form, "givenEdit"), given);
    typeText(child<QLineEdit>(form, "familyEdit"), family);
}

void EditFixture::typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void EditFixture::retype(QWidget* edit, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Delete);
        else
            typeText(line, text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit)) {
        plain->setFocus();
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Delete);
        typeText(plain, text);
    }
}

AttendanceDialog* EditFixture::openAttendanceSheet()
{
    actions().openAttendance(m_activity);
    auto* dialog = openDialog<AttendanceDialog>();
    EXPECT_NE(dialog, nullptr);
    if (dialog) {
        testModel(dialog->sheet());
        testModel(dialog->visibleSheet());
        testModel(dialog->totals());
    }
    return dialog;
}

void EditFixture::testModel(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
}

int EditFixture::modelTestWarnings()
{
    return g_modelTestWarnings;
}

} // namespace sd::test
