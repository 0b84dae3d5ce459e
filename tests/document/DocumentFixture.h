#pragma once

#include "ProgrammeDocument.h"
#include "TempDir.h"
#include "storage/Database.h"

#include <QStringList>
#include <QVariantList>
#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

// A programme file in a temporary folder, open in a ProgrammeDocument, with a small programme
// written through the store: institutions SEGOB > INM and COMAR, project MX-T (requested by INM)
// with two components and an objective, activity 2.1 (three days, both components, one expert)
// with Ana, José and María enrolled and marks for Ana and María on two days, and activity 3
// (component 1) with Ana enrolled. Pedro is enrolled nowhere. The checks read the file on a
// connection of their own, as a second program would.
class DocumentFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    ProgrammeDocument& document() { return *m_document; }
    ProgrammeStore& store() { return m_document->store(); }

    // Every row of every table but the change log, with its id, one string a row, sorted.
    QStringList dumpAll();
    // One number from a parameterised SELECT.
    qint64 scalar(const QString& sql, const QVariantList& values = {});
    // One text from a parameterised SELECT (empty when there is no row).
    QString text(const QString& sql, const QVariantList& values = {});
    // Undo, redo and undo again of the one step on the stack: the file goes back to before, forward
    // to after (row for row, so with the same ids), and back.
    void expectRoundTrip(const QStringList& before, const QStringList& after);
    // A connection that may write, as another program's.
    std::unique_ptr<Database> otherConnection();

    QVariant firstValue(const QString& sql, const QVariantList& values);

    TempDir m_dir;
    QString m_path;
    std::unique_ptr<ProgrammeDocument> m_document;

    Id m_segob = 0;
    Id m_inm = 0;
    Id m_comar = 0;
    Id m_project = 0;
    Id m_component1 = 0;
    Id m_component2 = 0;
    Id m_objective = 0;
    Id m_activity = 0;
    Id m_second = 0;
    Id m_expert = 0;
    Id m_ana = 0;
    Id m_jose = 0;
    Id m_maria = 0;
    Id m_pedro = 0;
    QList<Session> m_sessions;
};

// The value of a Result, with a test failure (and a default value) when it holds an error.
template <typename T>
T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : T();
}

} // namespace sd::test
