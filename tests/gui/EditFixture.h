#pragma once

#include "SmallProgrammeDocument.h"
#include "commands/EditActions.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

class QAbstractItemModel;
class QDateEdit;
class QPushButton;

namespace sd {
class AttendanceDialog;
}

namespace sd::test {

// The widget of that class and object name under parent; a failure when there is none.
template <typename T>
T* child(QObject* parent, const char* name)
{
    T* widget = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// The OK button of a dialog's button box.
QPushButton* okButton(QWidget* dialog);

// The small programme open in a ProgrammeDocument (SmallProgrammeDocument.h) under a window. The
// tests drive the real dialogs through EditActions and check the file with plain SQL.
class EditFixture : public SmallProgrammeDocumentTest
{
protected:
    void SetUp() override;
    void TearDown() override;

    EditActions& actions() { return *m_actions; }
    QWidget* window() { return m_window.get(); }

    template <typename Dialog>
    Dialog* openDialog()
    {
        return qobject_cast<Dialog*>(m_actions->openDialog());
    }

    // Opens the attendance sheet of the activity, its models (sheet, filtered sheet, totals) under
    // QAbstractItemModelTester; null, with a failure recorded, when no sheet opened.
    AttendanceDialog* openAttendanceSheet();

    // Types a date into a date edit from the keyboard, as an officer would.
    static void typeDate(QDateEdit* edit, const QDate& date);
    // Types text key by key; letters outside ASCII ("á") arrive as key events with their text.
    static void typeText(QWidget* widget, const QString& text);
    // Types a person's given and family names into a participant's or an expert's form.
    static void typeNames(QWidget* form, const QString& given, const QString& family);
    // Clears a line edit and types text into it.
    static void retype(QWidget* edit, const QString& text);

    // Attaches QAbstractItemModelTester to a model; failures are counted by modelTestWarnings().
    void testModel(QAbstractItemModel* model);
    static int modelTestWarnings();

    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<EditActions> m_actions;
};

} // namespace sd::test
