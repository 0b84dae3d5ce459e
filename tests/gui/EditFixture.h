#pragma once

#include "ProgrammeDocument.h"
#include "TempDir.h"
#include "commands/EditActions.h"
#include "storage/Database.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

class QAbstractItemModel;
class QDateEdit;

namespace sd::test {

// A real programme file in a temporary folder with a small programme written through the store:
// institutions SEGOB > INM and COMAR, project MX-T with two components, activity 2.1 (13–15 Mar
// 2017, three full-day sessions, one expert), four participants of whom three are enrolled in
// 2.1. The tests drive the real dialogs through EditActions and check the file with plain SQL.
class EditFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    ProgrammeDocument& document() { return *m_document; }
    ProgrammeStore& store() { return m_document->store(); }
    EditActions& actions() { return *m_actions; }
    QWidget* window() { return m_window.get(); }

    // A read-only connection of the test's own, open only while a check reads the file, so that the
    // document works as it does with no other connection.
    std::unique_ptr<Database> reader();
    // One number from a parameterised SELECT.
    qint64 scalar(const QString& sql, const QVariantList& values = {});
    QString text(const QString& sql, const QVariantList& values = {});
    // Every row of a table (from a fixed list of table names), sorted, one string a row.
    QStringList dump(const QString& table);
    // Every table but the change log: the whole content of the file.
    QStringList dumpAll();

    template <typename Dialog>
    Dialog* openDialog()
    {
        return qobject_cast<Dialog*>(m_actions->openDialog());
    }

    // Types a date into a date edit from the keyboard, as an officer would.
    static void typeDate(QDateEdit* edit, const QDate& date);
    // Types text key by key; letters outside ASCII ("á") arrive as key events with their text.
    static void typeText(QWidget* widget, const QString& text);
    // Clears a line edit and types text into it.
    static void retype(QWidget* edit, const QString& text);

    // Attaches QAbstractItemModelTester to a model; failures are counted by modelTestWarnings().
    void testModel(QAbstractItemModel* model);
    static int modelTestWarnings();

    TempDir m_dir;
    std::unique_ptr<ProgrammeDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<EditActions> m_actions;

    Id m_segob = 0;
    Id m_inm = 0;
    Id m_comar = 0;
    Id m_project = 0;
    Id m_component1 = 0;
    Id m_component2 = 0;
    Id m_activity = 0;
    Id m_expert = 0;
    Id m_ana = 0;   // Ramírez Soto, Ana Lucía (INM, Chiapas), enrolled
    Id m_jose = 0;  // Ramírez Vidal, José Ángel (COMAR), enrolled
    Id m_maria = 0; // Hernández Ruiz, María José (INM), enrolled
    Id m_pedro = 0; // Zúñiga Pérez, Pedro (COMAR), not enrolled
    QList<Session> m_sessions;
};

} // namespace sd::test
