#pragma once

#include "SmallProgrammeDocument.h"

#include <QStringList>
#include <memory>

namespace sd::test {

// The small programme open in a ProgrammeDocument (SmallProgrammeDocument.h), with its marks and
// activity 3: every kind of dependent row a delete takes and its undo must bring back.
class DocumentFixture : public SmallProgrammeDocumentTest
{
protected:
    void SetUp() override;

    // Undo, redo and undo again of the one step on the stack: the file goes back to before, forward
    // to after (row for row, so with the same ids), and back.
    void expectRoundTrip(const QStringList& before, const QStringList& after);
    // A connection that may write, as another program's.
    std::unique_ptr<Database> otherConnection();
};

} // namespace sd::test
