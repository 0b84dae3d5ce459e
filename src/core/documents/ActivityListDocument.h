#pragma once

#include "documents/CoordinatorDocument.h"
#include "documents/DocumentRecords.h"

namespace sd {

// An activity's participant list: everyone enrolled, grouped by institution, with position, region,
// sessions attended and participant-days; the heading says how many enrolled and how many took part.
class ActivityListDocument : public CoordinatorDocument
{
public:
    explicit ActivityListDocument(ActivityListData list);

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    ActivityListData m_list;
};

} // namespace sd
