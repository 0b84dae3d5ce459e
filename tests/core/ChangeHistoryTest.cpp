// The change log read back as a history (storage/ChangeHistory): newest first, a page at a time,
// limited to one record, and told as sentences that name records by type and code or number and
// fields by name, never by a value. On a file and on the server (Backends.h).

#include "storage/ChangeHistory.h"

#include "Backends.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <gtest/gtest.h>

using namespace sd;

namespace {

class ChangeHistoryTest : public test::NewProgrammeOnBackendTest
{
protected:
    void log(const QString& description, const QString& kind = QStringLiteral("edit"))
    {
        ASSERT_TRUE(m_store->logChange(kind, description).ok());
    }

    QStringList sentences(const HistoryRecord& record, int limit,
                          Id beforeId = std::numeric_limits<Id>::max())
    {
        Result<QList<HistoryEntry>> page = ChangeHistory(*m_database).page(record, limit, beforeId);
        EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
        QStringList said;
        if (page) {
            for (const HistoryEntry& entry : *page)
                said.append(ChangeHistory::sentence(entry));
        }
        return said;
    }
};

TEST(ChangeHistorySentenceTest, MarkersReadAsSentencesAndOtherEntriesAsLogged)
{
    using Change = ChangeHistory::Change;
    const QString edited = ChangeHistory::describe(Change::Changed, "activity", 12, QStringLiteral("2.1"),
                                                   {QStringLiteral("title"), QStringLiteral("start_date")});
    EXPECT_EQ(edited, QStringLiteral("activity#12[2.1] changed: title, start_date"));
    EXPECT_EQ(ChangeHistory::sentence(edited), QStringLiteral("activity 2.1: title, start date changed"));
    // A person is named by number only, and no value of theirs is in the marker.
    const QString person =
        ChangeHistory::describe(Change::Changed, "participant", 17, QString(), {QStringLiteral("email")});
    EXPECT_EQ(person, QStringLiteral("participant#17 changed: email"));
    EXPECT_EQ(ChangeHistory::sentence(person), QStringLiteral("participant 17: email changed"));
    EXPECT_EQ(ChangeHistory::sentence(ChangeHistory::describe(Change::Added, "expert", 3, QString(), {})),
              QStringLiteral("expert 3 added"));
    EXPECT_EQ(ChangeHistory::sentence(
                  ChangeHistory::describe(Change::Deleted, "project", 1, QStringLiteral("MX2"), {})),
              QStringLiteral("project MX2 deleted"));
    EXPECT_EQ(ChangeHistory::sentence(
                  ChangeHistory::describe(Change::Changed, "component", 4, QStringLiteral("2"), {})),
              QStringLiteral("component 2 changed"));
    // A saved evaluation sheet names the activity and counts persons.
    EXPECT_EQ(ChangeHistory::sentence(QStringLiteral("evaluation of activity#3[2.1] changed: 4 persons")),
              QStringLiteral("evaluation of activity 2.1: answers of 4 persons changed"));
    // An undo keeps the words it was logged with before the marker.
    EXPECT_EQ(ChangeHistory::sentence(QStringLiteral("undo: participant#17 changed: phone")),
              QStringLiteral("undo: participant 17: phone changed"));
    // Imports, merges and attendance were logged as sentences; they read as they are.
    EXPECT_EQ(ChangeHistory::sentence(QStringLiteral("attendance 2.1")), QStringLiteral("attendance 2.1"));
    EXPECT_EQ(ChangeHistory::sentence(QStringLiteral("unknown#4 changed")),
              QStringLiteral("unknown#4 changed"));
    EXPECT_EQ(ChangeHistory::recordName({QStringLiteral("participant"), 40, QString()}),
              QStringLiteral("participant 40"));
}

TEST_P(ChangeHistoryTest, ListsTheLogNewestFirstAPageAtATime)
{
    using Change = ChangeHistory::Change;
    for (int i = 1; i <= 25; ++i)
        log(ChangeHistory::describe(Change::Changed, "participant", i, QString(), {QStringLiteral("phone")}));
    Result<QList<HistoryEntry>> first = ChangeHistory(*m_database).page({}, 10);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 10);
    EXPECT_EQ(ChangeHistory::sentence(first->first()), QStringLiteral("participant 25: phone changed"));
    EXPECT_EQ(first->first().changedBy, m_database->userName());
    EXPECT_EQ(first->first().kind, QStringLiteral("edit"));
    EXPECT_TRUE(first->first().changedAt.isValid());
    EXPECT_EQ(first->first().changedAt.timeSpec(), Qt::UTC);
    // The next page starts after the last entry read; the last page is short.
    const QStringList second = sentences({}, 10, first->last().id);
    ASSERT_EQ(second.size(), 10);
    EXPECT_EQ(second.first(), QStringLiteral("participant 15: phone changed"));
    Result<QList<HistoryEntry>> secondPage = ChangeHistory(*m_database).page({}, 10, first->last().id);
    ASSERT_TRUE(secondPage.ok());
    EXPECT_EQ(sentences({}, 10, secondPage->last().id).size(), 5);
}

TEST_P(ChangeHistoryTest, ARecordsHistoryHoldsItsMarkersAndTheEntriesThatEndWithItsCode)
{
    using Change = ChangeHistory::Change;
    log(ChangeHistory::describe(Change::Added, "activity", 12, QStringLiteral("2.1"), {}));
    log(ChangeHistory::describe(Change::Changed, "activity", 120, QStringLiteral("12.1"),
                                {QStringLiteral("title")}));
    log(ChangeHistory::describe(Change::Changed, "participant", 12, QString(), {QStringLiteral("email")}));
    log(QStringLiteral("attendance 2.1"));
    log(QStringLiteral("attendance 12.1"));
    log(QStringLiteral("undo: activity#12[2.1] changed: venue"));
    log(QStringLiteral("Import 40 participants (0 new, 40 updated, 0 skipped)"), QStringLiteral("import"));

    EXPECT_EQ(sentences({QStringLiteral("activity"), 12, QStringLiteral("2.1")}, 50),
              (QStringList{QStringLiteral("undo: activity 2.1: venue changed"),
                           QStringLiteral("attendance 2.1"), QStringLiteral("activity 2.1 added")}));
    // Participant 12 is not activity 12, nor participant 120.
    EXPECT_EQ(sentences({QStringLiteral("participant"), 12, QString()}, 50),
              QStringList{QStringLiteral("participant 12: email changed")});
    EXPECT_TRUE(sentences({QStringLiteral("participant"), 1, QString()}, 50).isEmpty());
    // A code with LIKE's wildcards is taken literally.
    log(QStringLiteral("attendance A_1"));
    log(QStringLiteral("attendance AB1"));
    EXPECT_EQ(sentences({QStringLiteral("activity"), 77, QStringLiteral("A_1")}, 50),
              QStringList{QStringLiteral("attendance A_1")});
    EXPECT_EQ(sentences({}, 50).size(), 9);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeHistoryTest, test::bothBackends(), test::backendName);

} // namespace
