#include "domain/Records.h"

namespace sd {

QList<Session> defaultSessions(const QDate& start, const QDate& end)
{
    QList<Session> sessions;
    if (!start.isValid() || !end.isValid() || end < start)
        return sessions;
    for (QDate day = start; day <= end; day = day.addDays(1))
        sessions.append(Session{0, 0, day, SessionPart::FullDay});
    return sessions;
}

} // namespace sd
