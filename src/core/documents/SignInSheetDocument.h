#pragma once

#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

namespace sd {

// Blank sign-in sheets, one for each session of an activity (starting on a new page): the activity,
// the session's date, the venue, every enrolled person with their institution and an empty signature
// cell, then empty rows for walk-ins. A session whose list runs over several pages repeats its
// activity and date at the top of each.
class SignInSheetDocument : public CoordinatorDocument
{
public:
    explicit SignInSheetDocument(SignInSheetData sheet);

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    void composeSession(PageComposer& composer, const QString& date) const;

    SignInSheetData m_sheet;
};

} // namespace sd
