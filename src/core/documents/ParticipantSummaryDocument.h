#pragma once

#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

namespace sd {

// A participant summary: who the person is and every activity they took part in, with its dates,
// venue, sessions attended, participant-days and attendance rate, grouped by project.
class ParticipantSummaryDocument : public CoordinatorDocument
{
public:
    explicit ParticipantSummaryDocument(ParticipantSummaryData summary);

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    ParticipantSummaryData m_summary;
};

} // namespace sd
