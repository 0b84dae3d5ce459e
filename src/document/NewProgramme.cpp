#include "NewProgramme.h"

#include "storage/Database.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>

namespace sd {

QString componentField(int number)
{
    return QStringLiteral("component.%1").arg(number);
}

FieldErrors validate(const NewProgramme& programme)
{
    FieldErrors errors = validate(programme.project);
    for (int i = 0; i < programme.componentTitles.size(); ++i) {
        const QString title = programme.componentTitles.at(i).trimmed();
        const int number = i + 1;
        if (title.isEmpty())
            errors.append(
                {componentField(number),
                 NewProgrammeWords::tr("Component %1 has no title: give it one, or remove it.").arg(number)});
        else if (title.size() > kMaxTextLength)
            errors.append({componentField(number),
                           NewProgrammeWords::tr("The title of component %1 is longer than %2 characters.")
                               .arg(number)
                               .arg(kMaxTextLength)});
    }
    return errors;
}

Status writeNewProgramme(ProgrammeStore& store, const NewProgramme& programme)
{
    if (const FieldErrors errors = validate(programme); !errors.isEmpty()) {
        QStringList messages;
        for (const FieldError& error : errors)
            messages << error.message;
        return Error::badInput(NewProgrammeWords::tr("The new programme was not written. %1")
                                   .arg(messages.join(QLatin1Char(' '))));
    }
    Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.begun();
    Result<Id> projectId = store.addProject(programme.project);
    if (!projectId)
        return projectId.error();
    for (int i = 0; i < programme.componentTitles.size(); ++i) {
        Component component;
        component.projectId = *projectId;
        component.number = i + 1;
        component.title = programme.componentTitles.at(i).trimmed();
        if (Result<Id> added = store.addComponent(component); !added)
            return added.error();
    }
    if (Status logged =
            store.logChange(QStringLiteral("edit"),
                            NewProgrammeWords::tr("new programme %1").arg(programme.project.code.trimmed()));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace sd
