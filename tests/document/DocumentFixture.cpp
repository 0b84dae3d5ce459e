#include "DocumentFixture.h"

#include <QUndoStack>

namespace sd::test {

void DocumentFixture::SetUp()
{
    SmallProgrammeDocumentTest::SetUp();
    ASSERT_FALSE(HasFatalFailure());
    writeMarksAndSecondActivity(store());
}

void DocumentFixture::expectRoundTrip(const QStringList& before, const QStringList& after)
{
    EXPECT_NE(after, before);
    QUndoStack* stack = m_document->undoStack();
    ASSERT_EQ(stack->count(), 1);
    stack->undo();
    EXPECT_EQ(dumpAll(), before);
    stack->redo();
    EXPECT_EQ(dumpAll(), after);
    stack->undo();
    EXPECT_EQ(dumpAll(), before);
}

std::unique_ptr<Database> DocumentFixture::otherConnection()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message.toStdString());
    return opened.ok() ? std::move(opened).value() : nullptr;
}

} // namespace sd::test
