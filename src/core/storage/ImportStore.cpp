#include "storage/ImportStore.h"

#include "storage/Database.h"
#include "storage/ReadStatement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <optional>
#include <sqlite3.h>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::ImportStore", text);
}

QVariant textValue(const QString& text)
{
    // Text columns hold '' for "empty", never NULL.
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text.trimmed());
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// A statement prepared on first use and run many times.
class Prepared
{
public:
    Prepared(const Database& database, const char* sql)
        : m_database(database)
        , m_sql(QString::fromLatin1(sql))
    {
    }

    QSqlQuery& query() { return *m_query; }

    Status run(const QVariantList& values, const QString& doing)
    {
        if (!m_query) {
            m_query.emplace(m_database.connection());
            m_query->setForwardOnly(true);
            if (!m_query->prepare(m_sql)) {
                Error error = m_database.errorFor(*m_query, doing);
                m_query.reset();
                return error;
            }
        }
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, values[i]);
        if (!m_query->exec())
            return m_database.errorFor(*m_query, doing);
        return {};
    }

private:
    const Database& m_database;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

} // namespace

struct ImportStore::Statements
{
    explicit Statements(const Database& database)
        : insertInstitution(database, "INSERT INTO institution (name, acronym, type, country, parent_id, "
                                      "illustrative, id) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , insertParticipant(database,
                            "INSERT INTO participant (given_names, family_names, gender, institution_id, "
                            "position, region, email, phone, consent_date, illustrative, id) VALUES (?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , updateDetails(database,
                        "UPDATE participant SET gender = ?, institution_id = ?, position = ?, region = ?, "
                        "email = ?, phone = ?, consent_date = ? WHERE id = ?")
        , insertEnrolment(database,
                          "INSERT INTO enrolment (activity_id, participant_id, id) VALUES (?, ?, ?)")
        , putMark(database,
                  "INSERT INTO attendance (enrolment_id, session_id, status) VALUES (?, ?, ?) ON CONFLICT "
                  "(enrolment_id, session_id) DO UPDATE SET status = excluded.status")
        , deleteMark(database, "DELETE FROM attendance WHERE enrolment_id = ? AND session_id = ?")
        , moveEnrolment(database, "UPDATE enrolment SET participant_id = ? WHERE id = ?")
        , deleteMarksOf(database, "DELETE FROM attendance WHERE enrolment_id = ?")
        , deleteEnrolment(database, "DELETE FROM enrolment WHERE id = ?")
        , deleteParticipant(database, "DELETE FROM participant WHERE id = ?")
        , deleteInstitution(database, "DELETE FROM institution WHERE id = ?")
    {
    }

    Prepared insertInstitution;
    Prepared insertParticipant;
    Prepared updateDetails;
    Prepared insertEnrolment;
    Prepared putMark;
    Prepared deleteMark;
    Prepared moveEnrolment;
    Prepared deleteMarksOf;
    Prepared deleteEnrolment;
    Prepared deleteParticipant;
    Prepared deleteInstitution;
};

ImportStore::ImportStore(Database& database)
    : m_database(database)
    , m_statements(std::make_unique<Statements>(database))
{
}

ImportStore::~ImportStore() = default;

Result<QList<Participant>> ImportStore::participants() const
{
    // Read through SQLite's own API: Qt Sql's QVariant per value would cost several times the query
    // itself on 100,000 participants, and the importer and the duplicate finder read them all.
    QList<Participant> list;
    {
        QSqlQuery count(m_database.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM participant")) && count.next())
            list.reserve(count.value(0).toLongLong());
    }
    ReadStatement read(
        m_database,
        "SELECT id, given_names, family_names, gender, institution_id, position, region, email, "
        "phone, consent_date, illustrative FROM participant ORDER BY id",
        tr("reading the participants"));
    while (read.next()) {
        Participant p;
        p.id = read.integer(0);
        p.givenNames = read.text(1);
        p.familyNames = read.text(2);
        p.gender = fromCode<Gender>(read.text(3)).value_or(Gender::NotStated);
        p.institutionId = read.integer(4); // NULL reads as 0: no institution
        p.position = read.text(5);
        p.region = read.text(6);
        p.email = read.text(7);
        p.phone = read.text(8);
        const QString consent = read.text(9);
        if (!consent.isEmpty())
            p.consentDate = QDate::fromString(consent, Qt::ISODate);
        p.illustrative = read.integer(10) != 0;
        list.append(std::move(p));
    }
    if (!read.status())
        return read.status().error();
    return list;
}

Result<QHash<Id, Id>> ImportStore::enrolmentsByParticipant(Id activityId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT participant_id, id FROM enrolment WHERE activity_id = ?"));
    q.addBindValue(activityId);
    if (!q.exec())
        return m_database.errorFor(q, tr("reading an activity's enrolments"));
    QHash<Id, Id> enrolments;
    while (q.next())
        enrolments.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return enrolments;
}

Result<QHash<ImportStore::MarkKey, AttendanceStatus>> ImportStore::marks(Id activityId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.enrolment_id, a.session_id, a.status FROM attendance a JOIN enrolment e ON "
                       "e.id = a.enrolment_id WHERE e.activity_id = ?"));
    q.addBindValue(activityId);
    if (!q.exec())
        return m_database.errorFor(q, tr("reading an activity's attendance"));
    QHash<MarkKey, AttendanceStatus> marks;
    while (q.next()) {
        marks.insert({q.value(0).toLongLong(), q.value(1).toLongLong()},
                     fromCode<AttendanceStatus>(q.value(2).toString()).value_or(AttendanceStatus::Absent));
    }
    return marks;
}

Result<Id> ImportStore::insertInstitution(const Institution& institution)
{
    Prepared& statement = m_statements->insertInstitution;
    if (Status ran = statement.run({textValue(institution.name), textValue(institution.acronym),
                                    toCode(institution.type), textValue(institution.country),
                                    idOrNull(institution.parentId), institution.illustrative ? 1 : 0,
                                    idOrNull(institution.id)},
                                   tr("adding an institution"));
        !ran)
        return ran.error();
    return statement.query().lastInsertId().toLongLong();
}

Result<Id> ImportStore::insertParticipant(const Participant& p)
{
    Prepared& statement = m_statements->insertParticipant;
    if (Status ran = statement.run({textValue(p.givenNames), textValue(p.familyNames), toCode(p.gender),
                                    idOrNull(p.institutionId), textValue(p.position), textValue(p.region),
                                    textValue(p.email), textValue(p.phone), dateOrNull(p.consentDate),
                                    p.illustrative ? 1 : 0, idOrNull(p.id)},
                                   tr("adding a participant"));
        !ran)
        return ran.error();
    return statement.query().lastInsertId().toLongLong();
}

Status ImportStore::updateParticipantDetails(const Participant& p)
{
    return m_statements->updateDetails.run({toCode(p.gender), idOrNull(p.institutionId),
                                            textValue(p.position), textValue(p.region), textValue(p.email),
                                            textValue(p.phone), dateOrNull(p.consentDate), p.id},
                                           tr("filling in a participant's details"));
}

Result<Id> ImportStore::insertEnrolment(const Enrolment& enrolment)
{
    Prepared& statement = m_statements->insertEnrolment;
    if (Status ran = statement.run({enrolment.activityId, enrolment.participantId, idOrNull(enrolment.id)},
                                   tr("enrolling a participant"));
        !ran)
        return ran.error();
    return statement.query().lastInsertId().toLongLong();
}

Status ImportStore::putMark(const AttendanceMark& mark)
{
    return m_statements->putMark.run({mark.enrolmentId, mark.sessionId, toCode(mark.status)},
                                     tr("marking attendance"));
}

Status ImportStore::deleteMark(Id enrolmentId, Id sessionId)
{
    return m_statements->deleteMark.run({enrolmentId, sessionId}, tr("removing an attendance mark"));
}

Status ImportStore::moveEnrolment(Id enrolmentId, Id participantId)
{
    return m_statements->moveEnrolment.run({participantId, enrolmentId}, tr("moving an enrolment"));
}

Status ImportStore::deleteEnrolment(Id enrolmentId)
{
    if (Status ran = m_statements->deleteMarksOf.run({enrolmentId}, tr("removing an enrolment's marks"));
        !ran)
        return ran;
    return m_statements->deleteEnrolment.run({enrolmentId}, tr("removing an enrolment"));
}

Status ImportStore::deleteParticipant(Id participantId)
{
    return m_statements->deleteParticipant.run({participantId}, tr("removing a participant"));
}

Status ImportStore::deleteInstitution(Id institutionId)
{
    return m_statements->deleteInstitution.run({institutionId}, tr("removing an institution"));
}

} // namespace sd
