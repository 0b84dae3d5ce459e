// The window's reads of the attendance sheet and the participant search: hand-written queries with
// the sorting a reader expects.

#include "domain/SearchText.h"
#include "storage/Database.h"
#include "storage/ProgrammeStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>

namespace sd {

namespace {

bool foldedLess(const QString& leftFamily, const QString& leftGiven, const QString& rightFamily,
                const QString& rightGiven)
{
    // Sorted as a reader expects, "Álvarez" beside "Alvarez", not after "Zúñiga" as SQLite's BINARY order
    // puts it.
    const int family = QString::compare(foldForSearch(leftFamily), foldForSearch(rightFamily));
    if (family != 0)
        return family < 0;
    return QString::compare(foldForSearch(leftGiven), foldForSearch(rightGiven)) < 0;
}

// A LIKE pattern that finds the folded text whatever accents the stored names carry: each letter
// that may carry an accent in Spanish, Portuguese or French names matches any one character; the
// candidates are then checked exactly on their folded text.
QString accentTolerantPattern(const QString& folded)
{
    static const QString accentable = QStringLiteral("aeiouncy");
    QString pattern = QStringLiteral("%");
    for (const QChar c : folded) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            pattern.append(QLatin1Char('\\'));
            pattern.append(c);
        } else if (accentable.contains(c)) {
            pattern.append(QLatin1Char('_'));
        } else {
            pattern.append(c);
        }
    }
    pattern.append(QLatin1Char('%'));
    return pattern;
}

} // namespace

Result<ProgrammeStore::AttendanceSheet> ProgrammeStore::attendanceSheet(Id activityId) const
{
    Result<QList<EnrolledParticipant>> enrolled = enrolledParticipants(activityId);
    if (!enrolled)
        return enrolled.error();
    Result<QList<Session>> activitySessions = sessions(activityId);
    if (!activitySessions)
        return activitySessions.error();
    Result<QList<AttendanceMark>> marks = attendance(activityId);
    if (!marks)
        return marks.error();
    return AttendanceSheet{std::move(enrolled).value(), std::move(activitySessions).value(),
                           std::move(marks).value()};
}

Result<QList<ProgrammeStore::EnrolledParticipant>> ProgrammeStore::enrolledParticipants(Id activityId) const
{
    Statement statement(
        m_database,
        "SELECT e.id, p.id, p.family_names, p.given_names, COALESCE(NULLIF(i.acronym, ''), "
        "i.name, ''), p.region FROM enrolment e JOIN participant p ON p.id = e.participant_id "
        "LEFT JOIN institution i ON i.id = p.institution_id WHERE e.activity_id = ?",
        tr("reading an activity's participants"));
    statement.bind(1, activityId);
    QList<EnrolledParticipant> list;
    while (statement.next())
        list.append({statement.integer(0), statement.integer(1), statement.text(2), statement.text(3),
                     statement.text(4), statement.text(5)});
    if (!statement.status())
        return statement.status().error();
    std::sort(list.begin(), list.end(), [](const EnrolledParticipant& a, const EnrolledParticipant& b) {
        return foldedLess(a.familyNames, a.givenNames, b.familyNames, b.givenNames);
    });
    return list;
}

namespace {

std::string participantsNotEnrolledSql(const std::string& like)
{
    return "SELECT p.id, p.family_names, p.given_names, COALESCE(NULLIF(i.acronym, ''), i.name, ''), "
           "COALESCE(i.name, '') FROM participant p LEFT JOIN institution i ON i.id = p.institution_id "
           "WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.activity_id = ?1 AND e.participant_id = "
           "p.id) AND (?2 = '' OR (p.family_names || ' ' || p.given_names) " +
           like + " ?3 ESCAPE '\\' OR (p.given_names || ' ' || p.family_names) " + like +
           " ?3 ESCAPE '\\' OR COALESCE(i.name, '') " + like + " ?3 ESCAPE '\\' OR COALESCE(i.acronym, '') " +
           like + " ?3 ESCAPE '\\') ORDER BY p.family_names, p.given_names, p.id LIMIT ?4";
}

} // namespace

Result<QList<ProgrammeStore::ParticipantMatch>>
ProgrammeStore::participantsNotEnrolled(Id activityId, const QString& text, int limit) const
{
    const QString folded = foldForSearch(text.simplified());
    const QString pattern = accentTolerantPattern(folded);
    // Accent-tolerant patterns let through some near misses, so more candidates are read than shown.
    const int candidates = folded.isEmpty() ? limit : limit * 5;
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE is the same test.
    static const std::string kSql[kDialects] = {
        participantsNotEnrolledSql("LIKE"),
        participantsNotEnrolledSql("ILIKE"),
    };
    Statement statement(m_database, kSql[static_cast<int>(m_database.dialect())],
                        tr("searching participants"));
    statement.bind(1, activityId).bind(2, folded).bind(3, pattern).bind(4, candidates);
    QList<ParticipantMatch> list;
    while (list.size() < limit && statement.next()) {
        ParticipantMatch match{statement.integer(0), statement.text(1), statement.text(2), statement.text(3)};
        if (!folded.isEmpty()) {
            const QString haystack =
                foldForSearch(match.familyNames + QLatin1Char(' ') + match.givenNames + QLatin1Char('\n') +
                              match.givenNames + QLatin1Char(' ') + match.familyNames + QLatin1Char('\n') +
                              statement.text(4) + QLatin1Char('\n') + match.institution);
            if (!haystack.contains(folded))
                continue;
        }
        list.append(match);
    }
    if (!statement.status())
        return statement.status().error();
    std::sort(list.begin(), list.end(), [](const ParticipantMatch& a, const ParticipantMatch& b) {
        return foldedLess(a.familyNames, a.givenNames, b.familyNames, b.givenNames);
    });
    return list;
}

} // namespace sd
