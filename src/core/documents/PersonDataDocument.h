#pragma once

#include "documents/CoordinatorDocument.h"
#include "storage/PersonData.h"

namespace sd {

// The readable half of a person's access bundle (docs/privacy.md): everything the programme holds
// about them, section by section as the bundle's JSON holds it, in the language of the installed
// translation (the command line's --language, the window's language).
class PersonDataDocument : public CoordinatorDocument
{
public:
    explicit PersonDataDocument(PersonData data);

    QString title() const override;
    QString footerText() const override;

protected:
    void compose(PageComposer& composer) const override;

private:
    void record(PageComposer& composer) const;
    void enrolments(PageComposer& composer) const;
    void certificates(PageComposer& composer) const;
    void evaluations(PageComposer& composer) const;
    void changes(PageComposer& composer) const;

    PersonData m_data;
};

} // namespace sd
