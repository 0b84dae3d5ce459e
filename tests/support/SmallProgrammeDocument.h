#pragma once

#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "SmallProgramme.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

// A programme file in a temporary folder, open in a ProgrammeDocument, holding the small programme
// (SmallProgramme.h). The checks read the file on a read-only connection of the test's own, open
// only while a check reads, so that the document works as it does with no other connection.
class SmallProgrammeDocumentTest : public ::testing::Test, protected SmallProgramme
{
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("programme.sdesk"));
        Result<std::unique_ptr<ProgrammeDocument>> created = ProgrammeDocument::create(m_path);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_document = std::move(created).value();
        writeSmallProgramme(store());
    }

    void TearDown() override { m_document.reset(); }

    ProgrammeDocument& document() { return *m_document; }
    ProgrammeStore& store() { return m_document->store(); }

    std::unique_ptr<Database> reader()
    {
        Result<std::unique_ptr<Database>> database = Database::openReader(m_document->queries().source());
        EXPECT_TRUE(database.ok()) << (database.ok() ? std::string()
                                                     : database.error().message.toStdString());
        return database.ok() ? std::move(database).value() : nullptr;
    }

    // The first value of a parameterised SELECT; invalid when there is no row.
    QVariant firstValue(const QString& sql, const QVariantList& values = {})
    {
        const std::unique_ptr<Database> database = reader();
        return database ? test::firstValue(database->connection(), sql, values) : QVariant();
    }

    // One number from a parameterised SELECT; -1 when there is no row.
    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        const QVariant value = firstValue(sql, values);
        return value.isValid() ? value.toLongLong() : -1;
    }

    // One text from a parameterised SELECT; empty when there is no row.
    QString text(const QString& sql, const QVariantList& values = {})
    {
        return firstValue(sql, values).toString();
    }

    // Gives an enrolled participant status at one session of the activity, through the store.
    void setMark(Id participant, const Session& session, AttendanceStatus status)
    {
        const Id enrolment =
            scalar(QStringLiteral("SELECT id FROM enrolment WHERE participant_id = ? AND activity_id = ?"),
                   {participant, session.activityId});
        ASSERT_TRUE(store().setAttendance({{enrolment, session.id, status}}).ok());
    }

    // Every table but the change log: the whole content of the file.
    QStringList dumpAll()
    {
        const std::unique_ptr<Database> database = reader();
        return database ? dumpContent(database->connection()) : QStringList();
    }

    TempDir m_dir;
    QString m_path;
    std::unique_ptr<ProgrammeDocument> m_document;
};

} // namespace sd::test
