#include "documents/DocumentData.h"

#include "domain/SearchText.h"
#include "storage/CertificateDesignStore.h"
#include "storage/Database.h"
#include "storage/StoreSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <optional>
#include <utility>

namespace sd {

namespace {

// The columns of a DocumentActivity, read by readActivity from the first column on, with the titles and
// the venue in `language` (the other form where that one is empty). Needs the activity as `a` and its
// project as `pr`.
QString activityColumns(Language language)
{
    return QStringLiteral("a.id, pr.code, %1, a.code, %2, a.type, %3, a.venue_country, a.start_date, "
                          "a.end_date,"
                          " (SELECT COUNT(*) FROM session s WHERE s.activity_id = a.id),"
                          " (SELECT COALESCE(SUM(CASE WHEN s.part IN ('morning', 'afternoon') THEN 0.5"
                          " ELSE 1.0 END), 0) FROM session s WHERE s.activity_id = a.id)")
        .arg(inLanguageSql(language, "pr.title"), inLanguageSql(language, "a.title"),
             inLanguageSql(language, "a.venue_city"));
}
constexpr int kActivityColumnCount = 12;

// The columns of a DocumentPerson, read by readPerson from `first` on, the institution's name and
// acronym in `language`. Needs the participant as `p` and their institution, left-joined, as `i`.
QString personColumns(Language language)
{
    return QStringLiteral("p.id, p.given_names, p.family_names, COALESCE(%1, ''), COALESCE(%2, ''),"
                          " p.position, p.region, p.email")
        .arg(inLanguageSql(language, "i.name"), inLanguageSql(language, "i.acronym"));
}
constexpr int kPersonColumnCount = 8;

// Sessions present or late of the enrolment `e`, and the participant-days they make.
const QLatin1String kAttendanceColumns{
    "(SELECT COUNT(*) FROM attendance m WHERE m.enrolment_id = e.id AND m.status IN ('present', 'late')),"
    " (SELECT COALESCE(SUM(CASE WHEN s.part IN ('morning', 'afternoon') THEN 0.5 ELSE 1.0 END), 0)"
    "  FROM attendance m JOIN session s ON s.id = m.session_id"
    "  WHERE m.enrolment_id = e.id AND m.status IN ('present', 'late'))"};

DocumentActivity readActivity(const QSqlQuery& query)
{
    DocumentActivity activity;
    activity.id = query.value(0).toLongLong();
    activity.projectCode = query.value(1).toString();
    activity.projectTitle = query.value(2).toString();
    activity.code = query.value(3).toString();
    activity.title = query.value(4).toString();
    activity.type = fromCode<ActivityType>(query.value(5).toString()).value_or(ActivityType::Other);
    activity.venueCity = query.value(6).toString();
    activity.venueCountry = query.value(7).toString();
    activity.startDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    activity.endDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    activity.sessionCount = query.value(10).toInt();
    activity.sessionDays = query.value(11).toDouble();
    return activity;
}

DocumentPerson readPerson(const QSqlQuery& query, int first)
{
    DocumentPerson person;
    person.id = query.value(first).toLongLong();
    person.givenNames = query.value(first + 1).toString();
    person.familyNames = query.value(first + 2).toString();
    person.institutionName = query.value(first + 3).toString();
    person.institutionAcronym = query.value(first + 4).toString();
    person.position = query.value(first + 5).toString();
    person.region = query.value(first + 6).toString();
    person.email = query.value(first + 7).toString();
    return person;
}

// Family names, then given names, with accents and case ignored; the id keeps namesakes in a fixed order.
struct NameKey
{
    QString family;
    QString given;
    Id id = 0;

    explicit NameKey(const DocumentPerson& person)
        : family(foldForSearch(person.familyNames))
        , given(foldForSearch(person.givenNames))
        , id(person.id)
    {
    }
    bool operator<(const NameKey& other) const
    {
        if (const int byFamily = family.compare(other.family); byFamily != 0)
            return byFamily < 0;
        if (const int byGiven = given.compare(other.given); byGiven != 0)
            return byGiven < 0;
        return id < other.id;
    }
};

template <typename T, typename PersonOf>
void sortByName(QList<T>& items, PersonOf personOf)
{
    QList<std::pair<NameKey, T>> keyed;
    keyed.reserve(items.size());
    for (T& item : items)
        keyed.append({NameKey(personOf(item)), std::move(item)});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    items.clear();
    for (auto& [key, item] : keyed)
        items.append(std::move(item));
}

// Runs one statement with its values bound and hands each row to `read`; a failure says what was
// being read (`doing`).
template <typename Read>
Status selectRows(Database& database, const QString& sql, const QList<std::pair<QString, QVariant>>& bindings,
                  const QString& doing, Read read)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return database.errorFor(query, doing);
    for (const auto& [name, value] : bindings)
        query.bindValue(name, value);
    if (!query.exec())
        return database.errorFor(query, doing);
    while (query.next())
        read(query);
    if (query.lastError().isValid())
        return database.errorFor(query, doing);
    return {};
}

// The one row a statement selects by an id, or `missing` when there is none.
template <typename T, typename Read>
Result<T> selectOne(Database& database, const QString& sql, const std::pair<QString, QVariant>& id,
                    const QString& doing, Read read, const Error& missing)
{
    std::optional<T> found;
    if (Status selected =
            selectRows(database, sql, {id}, doing, [&](const QSqlQuery& query) { found = read(query); });
        !selected)
        return selected.error();
    if (!found)
        return missing;
    return std::move(*found);
}

} // namespace

DocumentData::DocumentData(Database& database, Language language)
    : m_database(database)
    , m_language(language)
{
}

Result<DocumentActivity> DocumentData::activity(Id activityId) const
{
    return selectOne<DocumentActivity>(
        m_database,
        QStringLiteral(
            "SELECT %1 FROM activity a JOIN project pr ON pr.id = a.project_id WHERE a.id = :activity")
            .arg(activityColumns(m_language)),
        {QStringLiteral(":activity"), activityId}, tr("reading the activity"),
        [](const QSqlQuery& query) { return readActivity(query); },
        Error::notFound(tr("There is no activity with id %1 in %2. List the activities with "
                           "'seminardesk-cli results FILE --by activity'.")
                            .arg(activityId)
                            .arg(QFileInfo(m_database.path()).fileName())));
}

Result<DocumentPerson> DocumentData::person(Id participantId) const
{
    return selectOne<DocumentPerson>(
        m_database,
        QStringLiteral("SELECT %1 FROM participant p LEFT JOIN institution i ON i.id = p.institution_id"
                       " WHERE p.id = :participant")
            .arg(personColumns(m_language)),
        {QStringLiteral(":participant"), participantId}, tr("reading the participant"),
        [](const QSqlQuery& query) { return readPerson(query, 0); },
        Error::notFound(tr("There is no participant with id %1 in %2. List the participants and their "
                           "ids with 'seminardesk-cli participants FILE'.")
                            .arg(participantId)
                            .arg(QFileInfo(m_database.path()).fileName())));
}

Result<ActivityListData> DocumentData::activityWithEnrolled(Id activityId) const
{
    Result<DocumentActivity> facts = activity(activityId);
    if (!facts)
        return facts.error();
    ActivityListData data;
    data.activity = std::move(facts).value();
    if (Status read = selectRows(m_database,
                                 QStringLiteral("SELECT %1, %2 FROM enrolment e"
                                                " JOIN participant p ON p.id = e.participant_id"
                                                " LEFT JOIN institution i ON i.id = p.institution_id"
                                                " WHERE e.activity_id = :activity")
                                     .arg(personColumns(m_language), kAttendanceColumns),
                                 {{QStringLiteral(":activity"), activityId}},
                                 tr("reading the participants of the activity"),
                                 [&data](const QSqlQuery& query) {
                                     ActivityListEntry entry;
                                     entry.person = readPerson(query, 0);
                                     entry.sessionsAttended = query.value(kPersonColumnCount).toInt();
                                     entry.daysAttended = query.value(kPersonColumnCount + 1).toDouble();
                                     data.entries.append(std::move(entry));
                                 });
        !read)
        return read.error();
    sortByName(data.entries,
               [](const ActivityListEntry& entry) -> const DocumentPerson& { return entry.person; });
    return data;
}

Result<QList<ActivityAttendance>> DocumentData::attendanceOf(Id participantId, Id projectId) const
{
    QList<ActivityAttendance> list;
    if (Status read = selectRows(
            m_database,
            QStringLiteral("SELECT %1, %2 FROM enrolment e"
                           " JOIN activity a ON a.id = e.activity_id"
                           " JOIN project pr ON pr.id = a.project_id"
                           " WHERE e.participant_id = :participant"
                           " AND (:project = 0 OR a.project_id = :project)"
                           " ORDER BY pr.code, a.start_date, a.code")
                .arg(activityColumns(m_language), kAttendanceColumns),
            {{QStringLiteral(":participant"), participantId}, {QStringLiteral(":project"), projectId}},
            tr("reading the activities of the participant"),
            [&list](const QSqlQuery& query) {
                ActivityAttendance attendance;
                attendance.activity = readActivity(query);
                attendance.sessionsAttended = query.value(kActivityColumnCount).toInt();
                attendance.daysAttended = query.value(kActivityColumnCount + 1).toDouble();
                list.append(std::move(attendance));
            });
        !read)
        return read.error();
    return list;
}

Result<QList<CertificateData>> DocumentData::certificatesForActivity(Id activityId,
                                                                     double thresholdPercent) const
{
    Result<ActivityListData> enrolled = activityWithEnrolled(activityId);
    if (!enrolled)
        return enrolled.error();
    QList<CertificateData> certificates;
    for (ActivityListEntry& entry : enrolled->entries) {
        CertificateData certificate{std::move(entry.person),
                                    {enrolled->activity, entry.sessionsAttended, entry.daysAttended}};
        if (certificate.attendance.reaches(thresholdPercent))
            certificates.append(std::move(certificate));
    }
    return certificates;
}

Result<QList<CertificateData>> DocumentData::certificatesForParticipant(Id participantId, Id projectId,
                                                                        double thresholdPercent) const
{
    Result<ParticipantSummaryData> summary = participantSummary(participantId, projectId);
    if (!summary)
        return summary.error();
    QList<CertificateData> certificates;
    for (const ActivityAttendance& attendance : std::as_const(summary->activities)) {
        if (attendance.reaches(thresholdPercent))
            certificates.append({summary->person, attendance});
    }
    return certificates;
}

Result<ParticipantSummaryData> DocumentData::participantSummary(Id participantId, Id projectId) const
{
    Result<DocumentPerson> who = person(participantId);
    if (!who)
        return who.error();
    Result<QList<ActivityAttendance>> attended = attendanceOf(participantId, projectId);
    if (!attended)
        return attended.error();
    ParticipantSummaryData summary;
    summary.person = std::move(who).value();
    for (ActivityAttendance& attendance : *attended) {
        if (attendance.tookPart())
            summary.activities.append(std::move(attendance));
    }
    return summary;
}

Result<ActivityListData> DocumentData::activityList(Id activityId) const
{
    Result<ActivityListData> enrolled = activityWithEnrolled(activityId);
    if (!enrolled)
        return enrolled.error();
    ActivityListData list = std::move(enrolled).value();
    // Grouped by institution: named institutions by folded name, then those with none; names stay sorted
    // within each group because the sort is stable.
    const auto groupKey = [](const ActivityListEntry& entry) {
        return std::make_pair(entry.person.institutionName.isEmpty(),
                              foldForSearch(entry.person.institutionName));
    };
    std::stable_sort(
        list.entries.begin(), list.entries.end(),
        [&](const ActivityListEntry& a, const ActivityListEntry& b) { return groupKey(a) < groupKey(b); });
    return list;
}

Result<SignInSheetData> DocumentData::signInSheet(Id activityId) const
{
    Result<ActivityListData> enrolled = activityWithEnrolled(activityId);
    if (!enrolled)
        return enrolled.error();
    SignInSheetData sheet;
    sheet.activity = std::move(enrolled->activity);
    for (ActivityListEntry& entry : enrolled->entries)
        sheet.enrolled.append(std::move(entry.person));
    if (Status read = selectRows(
            m_database,
            QStringLiteral("SELECT id, date, part FROM session WHERE activity_id = :activity"
                           " ORDER BY date, CASE part WHEN 'morning' THEN 0 WHEN 'full_day'"
                           " THEN 1 ELSE 2 END, id"),
            {{QStringLiteral(":activity"), activityId}}, tr("reading the sessions of the activity"),
            [&sheet, activityId](const QSqlQuery& query) {
                Session session;
                session.id = query.value(0).toLongLong();
                session.activityId = activityId;
                session.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
                session.part =
                    fromCode<SessionPart>(query.value(2).toString()).value_or(SessionPart::FullDay);
                sheet.sessions.append(session);
            });
        !read)
        return read.error();
    Result<qint64> projectId = store::scalar(m_database, "SELECT project_id FROM activity WHERE id = ?",
                                             tr("reading the project of the activity"), activityId);
    if (!projectId)
        return projectId.error();
    Result<CertificateDesign> design = CertificateDesignStore(m_database).read(*projectId);
    if (!design)
        return design.error();
    sheet.privacyNoticeEs = design->privacyNoticeEs;
    sheet.privacyNoticeEn = design->privacyNoticeEn;
    return sheet;
}

} // namespace sd
