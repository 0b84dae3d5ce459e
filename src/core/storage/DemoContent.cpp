#include "storage/DemoContent.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace sd {

Result<DemoContent> readDemoContent(Database& database)
{
    const QString doing =
        QCoreApplication::translate("sd::DemoContent", "reading whether the file is a demo");
    DemoContent content;
    {
        // Experts first: a few dozen rows, flagged in every demo.
        Statement people(database,
                         "SELECT EXISTS (SELECT 1 FROM expert WHERE illustrative = 1) OR "
                         "EXISTS (SELECT 1 FROM participant WHERE illustrative = 1)",
                         doing);
        if (people.next())
            content.fictionalPeople = people.integer(0) != 0;
        else if (!people.status())
            return people.status().error();
    }
    if (!content.fictionalPeople)
        return content;
    Statement project(database,
                      "SELECT p.title FROM project p WHERE EXISTS (SELECT 1 FROM activity a "
                      "WHERE a.project_id = p.id AND a.illustrative = 1) ORDER BY p.id LIMIT 1",
                      doing);
    if (project.next())
        content.projectTitle = project.text(0);
    else if (!project.status())
        return project.status().error();
    return content;
}

} // namespace sd
