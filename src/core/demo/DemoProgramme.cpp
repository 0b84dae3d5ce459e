#include "demo/DemoProgramme.h"

#include "demo/SplitMix64.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace sd {

namespace {

// The mark the data calls "unmarked": no attendance record at all, never an absence.
const QLatin1String kUnmarked("unmarked");

// A weighted choice among keys. Keys keep the JSON object's (alphabetical) order, so the same
// data and seed always give the same choices.
struct WeightedKeys
{
    QStringList keys;
    QList<double> weights;
    double total = 0.0;

    QString pick(SplitMix64& random) const
    {
        double remaining = random.unit() * total;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            remaining -= weights.at(i);
            if (remaining < 0.0)
                return keys.at(i);
        }
        return keys.constLast();
    }
};

struct InstitutionInfo
{
    Id id = 0;
    QString region; // the state an institution of one state sits in; empty for national ones
    QStringList positions;
};

// A generated person, remembered so that later activities can enrol them again.
struct Person
{
    Id id = 0;
    QString institutionKey;
};

// "María José" and "Hernández" give "mj.hernandez"; "Verónica" and "de la Cruz" give "veronica.delacruz".
QString asciiLower(const QString& text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            folded.append(c);
    }
    return folded;
}

QString emailLocalPart(const QString& givenNames, const QString& firstFamilyName)
{
    QStringList words;
    for (const QString& word : givenNames.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isUpper()) // "de", "los" in "María de los Ángeles" give no initial
            words.append(word);
    }
    QString given;
    if (words.size() > 1) {
        for (const QString& word : std::as_const(words))
            given += asciiLower(word.left(1));
    } else {
        given = asciiLower(givenNames);
    }
    return given + QLatin1Char('.') + asciiLower(firstFamilyName);
}

// Writes the demo programme from the parsed data. Reading helpers note the first missing or
// malformed entry; each step checks for it before it writes, so bad data writes nothing.
class DemoWriter
{
public:
    DemoWriter(ProgrammeStore& store, const QJsonObject& root, QString dataPath)
        : m_store(store)
        , m_dataPath(std::move(dataPath))
        , m_seed(root.value(QLatin1String("seed")).toObject())
        , m_illustrative(root.value(QLatin1String("illustrative")).toObject())
        , m_random(0)
        , m_evaluationRandom(0)
    {
    }

    Status write();

    qint64 participants() const { return m_participantCount; }
    qint64 enrolments() const { return m_enrolmentCount; }
    qint64 marks() const { return m_markCount; }

private:
    Status readPeopleSettings();
    Status writeInstitutions();
    Status writeProject();
    Status writeExperts();
    Status writeActivity(const QJsonObject& facts, const QJsonObject& plan, const QString& where);
    Status readEvaluationSettings();
    void readEvaluationDesign(Activity& activity, const QJsonObject& plan, const QString& planWhere);
    Status writeEvaluation(const Activity& activity, const QJsonObject& plan, const QString& planWhere,
                           const QList<Id>& tookPart);
    int drawItem(double mean);
    Result<Person> addPerson(const QString& institutionKey, const WeightedKeys& regions,
                             const QDate& firstDay);
    QString uniqueEmail(const QString& givenNames, const QString& firstFamilyName);
    QString phoneNumber(const QString& region);
    std::optional<AttendanceStatus> drawMark(const WeightedKeys& marks);

    // Reading the data
    Status problem() const { return m_problem ? Status(*m_problem) : Status(); }
    void noteProblem(const QString& where, const QString& key);
    QJsonValue required(const QJsonObject& object, const char* key, const QString& where);
    QString text(const QJsonObject& object, const char* key, const QString& where);
    QString optionalText(const QJsonObject& object, const char* key) const;
    double number(const QJsonObject& object, const char* key, const QString& where);
    QJsonArray array(const QJsonObject& object, const char* key, const QString& where);
    QJsonObject object(const QJsonObject& object, const char* key, const QString& where);
    QStringList texts(const QJsonArray& values, const QString& where);
    QDate date(const QString& value, const QString& where, const char* key);
    WeightedKeys weights(const QJsonObject& object, const QString& where);
    template <typename E>
    E codeOf(const QJsonObject& object, const char* key, const QString& where, E fallback);

    ProgrammeStore& m_store;
    QString m_dataPath;
    QJsonObject m_seed;
    QJsonObject m_illustrative;
    SplitMix64 m_random;
    // The evaluation answers are drawn from their own sequence, so that adding them changed none of
    // the people and marks drawn before.
    SplitMix64 m_evaluationRandom;
    std::optional<Error> m_problem;

    Id m_projectId = 0;
    QMap<QString, InstitutionInfo> m_institutions;
    QMap<int, Id> m_components;
    QMap<QString, Id> m_experts;
    QMap<QString, QString> m_areaCodes;
    QJsonObject m_regionProfiles;

    WeightedKeys m_genders;
    WeightedKeys m_marksOfTakers;
    WeightedKeys m_marksOfNoShows;
    QStringList m_femaleNames;
    QStringList m_maleNames;
    QStringList m_familyNames;
    double m_emailShare = 0.0;
    double m_phoneShare = 0.0;
    QString m_emailDomain;
    qint64 m_consentDaysMin = 0;
    qint64 m_consentDaysMax = 0;

    // Illustrative evaluation answers (illustrative.evaluation): how many of those who took part
    // answered each part, how widely scores spread, the follow-up's answers and the comments.
    double m_preShare = 0.0;
    double m_postShare = 0.0;
    double m_satisfactionShare = 0.0;
    double m_followUpShare = 0.0;
    double m_commentShare = 0.0;
    double m_scoreSpreadPct = 0.0;
    WeightedKeys m_applied;
    QStringList m_comments;

    QList<Person> m_tookPart; // everyone who took part in an activity written so far, once each
    QSet<QString> m_emails;
    qint64 m_participantCount = 0;
    qint64 m_enrolmentCount = 0;
    qint64 m_markCount = 0;
};

void DemoWriter::noteProblem(const QString& where, const QString& key)
{
    if (m_problem)
        return;
    m_problem = Error::badInput(
        DemoProgramme::tr("The demo data %1 has no valid \"%2\" in %3; rebuild Seminar Desk from an "
                          "unmodified source tree.")
            .arg(m_dataPath, key, where));
}

QJsonValue DemoWriter::required(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        noteProblem(where, QString::fromLatin1(key));
    return value;
}

QString DemoWriter::text(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        noteProblem(where, QString::fromLatin1(key));
    return value.toString();
}

QString DemoWriter::optionalText(const QJsonObject& object, const char* key) const
{
    return object.value(QLatin1String(key)).toString();
}

double DemoWriter::number(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isDouble() || value.toDouble() < 0.0)
        noteProblem(where, QString::fromLatin1(key));
    return value.toDouble();
}

QJsonArray DemoWriter::array(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isArray() || value.toArray().isEmpty())
        noteProblem(where, QString::fromLatin1(key));
    return value.toArray();
}

QJsonObject DemoWriter::object(const QJsonObject& object, const char* key, const QString& where)
{
    const QJsonValue value = required(object, key, where);
    if (!value.isObject() || value.toObject().isEmpty())
        noteProblem(where, QString::fromLatin1(key));
    return value.toObject();
}

QStringList DemoWriter::texts(const QJsonArray& values, const QString& where)
{
    QStringList list;
    for (const QJsonValue& value : values) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            noteProblem(where, QStringLiteral("[%1]").arg(list.size()));
        list.append(value.toString());
    }
    return list;
}

QDate DemoWriter::date(const QString& value, const QString& where, const char* key)
{
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (!parsed.isValid())
        noteProblem(where, QString::fromLatin1(key));
    return parsed;
}

WeightedKeys DemoWriter::weights(const QJsonObject& object, const QString& where)
{
    WeightedKeys weighted;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const double weight = it.value().toDouble(-1.0);
        if (weight < 0.0)
            noteProblem(where, it.key());
        weighted.keys.append(it.key());
        weighted.weights.append(weight);
        weighted.total += weight;
    }
    if (weighted.keys.isEmpty() || weighted.total <= 0.0)
        noteProblem(where, QStringLiteral("weights"));
    return weighted;
}

template <typename E>
E DemoWriter::codeOf(const QJsonObject& object, const char* key, const QString& where, E fallback)
{
    const std::optional<E> parsed = fromCode<E>(text(object, key, where));
    if (!parsed) {
        noteProblem(where, QString::fromLatin1(key));
        return fallback;
    }
    return *parsed;
}

std::optional<AttendanceStatus> DemoWriter::drawMark(const WeightedKeys& marks)
{
    const QString code = marks.pick(m_random);
    if (code == kUnmarked)
        return std::nullopt;
    return fromCode<AttendanceStatus>(code);
}

Status DemoWriter::write()
{
    if (m_seed.isEmpty() || m_illustrative.isEmpty())
        noteProblem(QStringLiteral("the top level"), QStringLiteral("seed/illustrative"));
    m_random = SplitMix64(
        static_cast<quint64>(number(m_illustrative, "random_seed", QStringLiteral("illustrative"))));
    if (Status read = readPeopleSettings(); !read)
        return read;
    if (Status read = readEvaluationSettings(); !read)
        return read;
    if (Status written = writeInstitutions(); !written)
        return written;
    if (Status written = writeProject(); !written)
        return written;
    if (Status written = writeExperts(); !written)
        return written;

    // Activities in the seed's order, which is also the order in which they were held, so that
    // people who come back to a later activity were met at an earlier one.
    QMap<QString, QJsonObject> plans;
    const QJsonArray planned = array(m_illustrative, "activities", QStringLiteral("illustrative"));
    for (const QJsonValue& plan : planned)
        plans.insert(plan.toObject().value(QLatin1String("code")).toString(), plan.toObject());
    const QJsonArray activities = array(m_seed, "activities", QStringLiteral("seed"));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QJsonObject facts = activities.at(i).toObject();
        const QString where = QStringLiteral("seed.activities[%1]").arg(i);
        const QString code = text(facts, "code", where);
        if (!plans.contains(code))
            noteProblem(QStringLiteral("illustrative.activities"), code);
        if (Status written = writeActivity(facts, plans.value(code), where); !written)
            return written;
    }
    return problem();
}

Status DemoWriter::readPeopleSettings()
{
    const QString where = QStringLiteral("illustrative.people");
    const QJsonObject people = object(m_illustrative, "people", QStringLiteral("illustrative"));
    m_genders = weights(object(people, "gender_weights", where), where + QStringLiteral(".gender_weights"));
    for (const QString& gender : std::as_const(m_genders.keys)) {
        if (!fromCode<Gender>(gender))
            noteProblem(where + QStringLiteral(".gender_weights"), gender);
    }
    m_marksOfTakers = weights(object(people, "marks_of_those_who_took_part", where),
                              where + QStringLiteral(".marks_of_those_who_took_part"));
    m_marksOfNoShows =
        weights(object(people, "marks_of_no_shows", where), where + QStringLiteral(".marks_of_no_shows"));
    for (const QString& mark : std::as_const(m_marksOfTakers.keys)) {
        if (mark != kUnmarked && !fromCode<AttendanceStatus>(mark))
            noteProblem(where + QStringLiteral(".marks_of_those_who_took_part"), mark);
    }
    // A no-show must never be counted as taking part, whatever the data says.
    for (const QString& mark : std::as_const(m_marksOfNoShows.keys)) {
        const std::optional<AttendanceStatus> status = fromCode<AttendanceStatus>(mark);
        if ((mark != kUnmarked && !status) || (status && countsAsTakingPart(*status)))
            noteProblem(where + QStringLiteral(".marks_of_no_shows"), mark);
    }
    m_emailShare = number(people, "email_share", where);
    m_phoneShare = number(people, "phone_share", where);
    m_emailDomain = text(people, "email_domain", where);
    const QJsonArray consentDays = array(people, "consent_days_before_first_activity", where);
    m_consentDaysMin = consentDays.at(0).toInteger();
    m_consentDaysMax = consentDays.at(1).toInteger();
    if (consentDays.size() != 2 || m_consentDaysMin < 0 || m_consentDaysMax < m_consentDaysMin)
        noteProblem(where, QStringLiteral("consent_days_before_first_activity"));

    const QJsonObject givenNames = object(m_illustrative, "given_names", QStringLiteral("illustrative"));
    m_femaleNames = texts(array(givenNames, "female", QStringLiteral("illustrative.given_names")),
                          QStringLiteral("illustrative.given_names.female"));
    m_maleNames = texts(array(givenNames, "male", QStringLiteral("illustrative.given_names")),
                        QStringLiteral("illustrative.given_names.male"));
    m_familyNames = texts(array(m_illustrative, "family_names", QStringLiteral("illustrative")),
                          QStringLiteral("illustrative.family_names"));
    if (m_familyNames.size() < 2)
        noteProblem(QStringLiteral("illustrative"), QStringLiteral("family_names"));

    const QJsonArray regions = array(m_illustrative, "regions", QStringLiteral("illustrative"));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QString regionWhere = QStringLiteral("illustrative.regions[%1]").arg(i);
        const QJsonObject region = regions.at(i).toObject();
        m_areaCodes.insert(text(region, "name", regionWhere), text(region, "area_code", regionWhere));
    }
    m_regionProfiles = object(m_illustrative, "region_profiles", QStringLiteral("illustrative"));
    for (auto profile = m_regionProfiles.begin(); profile != m_regionProfiles.end(); ++profile) {
        const QJsonObject regionWeights = profile.value().toObject();
        for (auto region = regionWeights.begin(); region != regionWeights.end(); ++region) {
            if (!m_areaCodes.contains(region.key()))
                noteProblem(QStringLiteral("illustrative.region_profiles.") + profile.key(), region.key());
        }
    }
    return problem();
}

Status DemoWriter::writeInstitutions()
{
    const QJsonObject byInstitution =
        object(m_illustrative, "positions_by_institution", QStringLiteral("illustrative"));
    const QJsonObject byType = object(m_illustrative, "positions_by_type", QStringLiteral("illustrative"));
    // The seed names the requesting institutions and their parent; the rest are illustrative.
    const struct
    {
        const char* name;
        const QJsonObject& data;
        bool illustrative;
    } sections[] = {{"seed", m_seed, false}, {"illustrative", m_illustrative, true}};
    for (const auto& [section, data, illustrative] : sections) {
        const QJsonArray list = array(data, "institutions", QString::fromLatin1(section));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where =
                QStringLiteral("%1.institutions[%2]").arg(QString::fromLatin1(section)).arg(i);
            const QJsonObject entry = list.at(i).toObject();
            const QString key = text(entry, "key", where);
            Institution institution;
            institution.name = text(entry, "name", where);
            institution.acronym = optionalText(entry, "acronym");
            institution.nameEs = optionalText(entry, "name_es");
            institution.acronymEs = optionalText(entry, "acronym_es");
            institution.type = codeOf(entry, "type", where, InstitutionType::Other);
            institution.country = optionalText(entry, "country");
            institution.illustrative = illustrative;
            const QString parent = optionalText(entry, "parent");
            if (!parent.isEmpty()) {
                if (!m_institutions.contains(parent)) // a parent is listed before its children
                    noteProblem(where, QStringLiteral("parent"));
                institution.parentId = m_institutions.value(parent).id;
            }
            InstitutionInfo info;
            info.region = optionalText(entry, "region");
            if (!info.region.isEmpty() && !m_areaCodes.contains(info.region))
                noteProblem(where, QStringLiteral("region"));
            const QJsonValue own = byInstitution.value(key);
            info.positions =
                texts(own.isArray() ? own.toArray() : byType.value(toCode(institution.type)).toArray(),
                      QStringLiteral("illustrative.positions of ") + key);
            if (info.positions.isEmpty())
                noteProblem(QStringLiteral("illustrative.positions_by_type"), toCode(institution.type));
            if (m_institutions.contains(key))
                noteProblem(where, QStringLiteral("key"));
            if (Status read = problem(); !read)
                return read;
            Result<Id> id = m_store.addInstitution(institution);
            if (!id)
                return id.error();
            info.id = *id;
            m_institutions.insert(key, info);
        }
    }
    return {};
}

Status DemoWriter::writeProject()
{
    const QString where = QStringLiteral("seed.project");
    const QJsonObject facts = object(m_seed, "project", QStringLiteral("seed"));
    Project project;
    project.code = text(facts, "code", where);
    project.title = text(facts, "title", where);
    project.titleEs = optionalText(facts, "title_es");
    project.beneficiaryCountry = text(facts, "beneficiary_country", where);
    project.startDate = date(text(facts, "start_date", where), where, "start_date");
    project.endDate = date(text(facts, "end_date", where), where, "end_date");
    project.summary = text(facts, "summary", where);
    project.resultsNarrative =
        texts(array(facts, "results_narrative", where), where + QStringLiteral(".results_narrative"))
            .join(QStringLiteral("\n\n"));
    project.summaryEs = optionalText(facts, "summary_es");
    project.resultsNarrativeEs = texts(facts.value(QLatin1String("results_narrative_es")).toArray(),
                                       where + QStringLiteral(".results_narrative_es"))
                                     .join(QStringLiteral("\n\n"));
    project.quotation = text(facts, "quotation", where);
    for (const QString& key : texts(array(facts, "requesting_institutions", where), where)) {
        if (!m_institutions.contains(key))
            noteProblem(where + QStringLiteral(".requesting_institutions"), key);
        project.requestingInstitutionIds.append(m_institutions.value(key).id);
    }
    if (Status read = problem(); !read)
        return read;
    Result<Id> projectId = m_store.addProject(project);
    if (!projectId)
        return projectId.error();
    m_projectId = *projectId;

    const QJsonArray components = array(m_seed, "components", QStringLiteral("seed"));
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString componentWhere = QStringLiteral("seed.components[%1]").arg(i);
        const QJsonObject entry = components.at(i).toObject();
        Component component;
        component.projectId = m_projectId;
        component.number = static_cast<int>(number(entry, "number", componentWhere));
        component.title = text(entry, "title", componentWhere);
        component.titleEs = optionalText(entry, "title_es");
        if (Status read = problem(); !read)
            return read;
        Result<Id> id = m_store.addComponent(component);
        if (!id)
            return id.error();
        m_components.insert(component.number, *id);
    }

    const QJsonArray objectives = array(m_seed, "objectives", QStringLiteral("seed"));
    for (qsizetype i = 0; i < objectives.size(); ++i) {
        const QString objectiveWhere = QStringLiteral("seed.objectives[%1]").arg(i);
        const QJsonObject entry = objectives.at(i).toObject();
        Objective objective;
        objective.projectId = m_projectId;
        objective.number = static_cast<int>(number(entry, "number", objectiveWhere));
        objective.statement = text(entry, "statement", objectiveWhere);
        objective.statementEs = optionalText(entry, "statement_es");
        for (const QJsonValue& component : array(entry, "components", objectiveWhere)) {
            const int componentNumber = component.toInt();
            if (!m_components.contains(componentNumber))
                noteProblem(objectiveWhere, QStringLiteral("components"));
            objective.componentIds.append(m_components.value(componentNumber));
        }
        if (Status read = problem(); !read)
            return read;
        if (Result<Id> id = m_store.addObjective(objective); !id)
            return id.error();
    }
    return {};
}

Status DemoWriter::writeExperts()
{
    const QStringList seedCountries = texts(array(m_seed, "expert_countries", QStringLiteral("seed")),
                                            QStringLiteral("seed.expert_countries"));
    QSet<QString> countriesWithExperts;
    const QJsonArray experts = array(m_illustrative, "experts", QStringLiteral("illustrative"));
    for (qsizetype i = 0; i < experts.size(); ++i) {
        const QString where = QStringLiteral("illustrative.experts[%1]").arg(i);
        const QJsonObject entry = experts.at(i).toObject();
        const QString key = text(entry, "key", where);
        Expert expert;
        expert.givenNames = text(entry, "given_names", where);
        expert.familyNames = text(entry, "family_names", where);
        expert.country = text(entry, "country", where);
        expert.institution = text(entry, "institution", where);
        expert.expertise = text(entry, "expertise", where);
        expert.illustrative = true;
        // The fictional experts stand for the seed's nine countries and no others.
        if (!seedCountries.contains(expert.country))
            noteProblem(where, QStringLiteral("country"));
        countriesWithExperts.insert(expert.country);
        if (m_experts.contains(key))
            noteProblem(where, QStringLiteral("key"));
        if (Status read = problem(); !read)
            return read;
        Result<Id> id = m_store.addExpert(expert);
        if (!id)
            return id.error();
        m_experts.insert(key, *id);
    }
    for (const QString& country : seedCountries) {
        if (!countriesWithExperts.contains(country))
            noteProblem(QStringLiteral("illustrative.experts"), country);
    }
    return problem();
}

Status DemoWriter::writeActivity(const QJsonObject& facts, const QJsonObject& plan, const QString& where)
{
    const QString code = text(facts, "code", where);
    const QString planWhere = QStringLiteral("illustrative.activities (%1)").arg(code);

    Activity activity;
    activity.projectId = m_projectId;
    activity.code = code;
    activity.title = text(facts, "title", where);
    activity.titleEs = optionalText(facts, "title_es");
    activity.type = codeOf(facts, "type", where, ActivityType::Other);
    for (const QJsonValue& component : array(facts, "components", where)) {
        if (!m_components.contains(component.toInt()))
            noteProblem(where, QStringLiteral("components"));
        activity.componentIds.append(m_components.value(component.toInt()));
    }
    // The seed's venue where it names one; otherwise the illustrative one.
    activity.venueCity = optionalText(facts, "venue_city");
    activity.venueCityEs = optionalText(facts, "venue_city_es");
    if (activity.venueCity.isEmpty()) {
        activity.venueCity = optionalText(plan, "venue_city");
        activity.venueCityEs = optionalText(plan, "venue_city_es");
    }
    activity.venueCountry = optionalText(facts, "venue_country");
    if (activity.venueCountry.isEmpty())
        activity.venueCountry = optionalText(plan, "venue_country");
    activity.outputs = optionalText(facts, "outputs");
    activity.outputsEs = optionalText(facts, "outputs_es");
    activity.status = codeOf(plan, "status", planWhere, ActivityStatus::Planned);
    activity.illustrative = true; // the seed gives no activity's dates

    QList<Session> sessions;
    for (const QJsonValue& entry : array(plan, "sessions", planWhere)) {
        const QJsonArray pair = entry.toArray();
        Session session;
        session.date = date(pair.at(0).toString(), planWhere, "sessions");
        const std::optional<SessionPart> part = fromCode<SessionPart>(pair.at(1).toString());
        if (!part)
            noteProblem(planWhere, QStringLiteral("sessions"));
        session.part = part.value_or(SessionPart::FullDay);
        sessions.append(session);
        if (!activity.startDate.isValid() || session.date < activity.startDate)
            activity.startDate = session.date;
        if (!activity.endDate.isValid() || session.date > activity.endDate)
            activity.endDate = session.date;
    }

    QList<ActivityExpert> experts;
    for (const QJsonValue& entry : array(plan, "experts", planWhere)) {
        const QJsonArray pair = entry.toArray();
        const QString key = pair.at(0).toString();
        const std::optional<ExpertRole> role = fromCode<ExpertRole>(pair.at(1).toString());
        if (!m_experts.contains(key) || !role)
            noteProblem(planWhere, QStringLiteral("experts"));
        experts.append({m_experts.value(key), role.value_or(ExpertRole::Expert)});
    }

    const auto tookPart = static_cast<qsizetype>(number(plan, "took_part", planWhere));
    const auto noShows = static_cast<qsizetype>(number(plan, "no_shows", planWhere));
    const double returningShare = number(plan, "returning_share", planWhere);
    const WeightedKeys audience =
        weights(object(plan, "audience", planWhere), planWhere + QStringLiteral(".audience"));
    for (const QString& key : audience.keys) {
        if (!m_institutions.contains(key))
            noteProblem(planWhere + QStringLiteral(".audience"), key);
    }
    const QString profile = text(plan, "regions", planWhere);
    const WeightedKeys regions = weights(m_regionProfiles.value(profile).toObject(),
                                         QStringLiteral("illustrative.region_profiles.") + profile);
    readEvaluationDesign(activity, plan, planWhere);
    if (Status read = problem(); !read)
        return read;

    Result<Id> activityId = m_store.addActivity(activity, sessions);
    if (!activityId)
        return activityId.error();
    if (Status linked = m_store.setActivityExperts(*activityId, experts); !linked)
        return linked;
    Result<QList<Session>> stored = m_store.sessions(*activityId);
    if (!stored)
        return stored.error();

    // Those who took part: some met at earlier activities (from this activity's audience), the
    // rest new. Then the no-shows, enrolled but never present.
    QList<Person> returning;
    for (const Person& person : std::as_const(m_tookPart)) {
        if (audience.keys.contains(person.institutionKey))
            returning.append(person);
    }
    for (qsizetype i = returning.size() - 1; i > 0; --i)
        returning.swapItemsAt(i, static_cast<qsizetype>(m_random.below(i + 1)));
    const qsizetype comingBack = std::min<qsizetype>(qRound(static_cast<double>(tookPart) * returningShare),
                                                     std::min(returning.size(), tookPart));
    QList<std::pair<Person, bool>> enrolled; // person, took part
    for (qsizetype i = 0; i < comingBack; ++i)
        enrolled.append({returning.at(i), true});
    for (qsizetype i = 0; i < tookPart + noShows - comingBack; ++i) {
        Result<Person> person = addPerson(audience.pick(m_random), regions, activity.startDate);
        if (!person)
            return person.error();
        const bool takesPart = i < tookPart - comingBack;
        enrolled.append({*person, takesPart});
        if (takesPart)
            m_tookPart.append(*person);
    }
    // Registration lists are not sorted by who turned up.
    for (qsizetype i = enrolled.size() - 1; i > 0; --i)
        enrolled.swapItemsAt(i, static_cast<qsizetype>(m_random.below(i + 1)));

    QList<ProgrammeStore::MarkChange> marks;
    QList<Id> tookPartEnrolments;
    for (const auto& [person, takesPart] : std::as_const(enrolled)) {
        Result<Id> enrolmentId = m_store.enrol(*activityId, person.id);
        if (!enrolmentId)
            return enrolmentId.error();
        ++m_enrolmentCount;
        if (takesPart)
            tookPartEnrolments.append(*enrolmentId);
        QList<std::optional<AttendanceStatus>> statuses;
        bool present = false;
        for (qsizetype i = 0; i < stored->size(); ++i) {
            statuses.append(drawMark(takesPart ? m_marksOfTakers : m_marksOfNoShows));
            present = present || (statuses.constLast() && countsAsTakingPart(*statuses.constLast()));
        }
        // Someone who took part was there at least once: their sign-in sheet says so.
        if (takesPart && !present)
            statuses[static_cast<qsizetype>(m_random.below(statuses.size()))] = AttendanceStatus::Present;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            if (statuses.at(i))
                marks.append({*enrolmentId, stored->at(i).id, statuses.at(i)});
        }
    }
    if (Status marked = m_store.setAttendance(marks); !marked)
        return marked;
    m_markCount += marks.size();
    activity.id = *activityId;
    return writeEvaluation(activity, plan, planWhere, tookPartEnrolments);
}

Status DemoWriter::readEvaluationSettings()
{
    const QString where = QStringLiteral("illustrative.evaluation");
    const QJsonObject settings = object(m_illustrative, "evaluation", QStringLiteral("illustrative"));
    m_evaluationRandom = SplitMix64(static_cast<quint64>(number(settings, "random_seed", where)));
    m_preShare = number(settings, "pre_share", where);
    m_postShare = number(settings, "post_share", where);
    m_satisfactionShare = number(settings, "satisfaction_share", where);
    m_followUpShare = number(settings, "follow_up_share", where);
    m_commentShare = number(settings, "comment_share", where);
    m_scoreSpreadPct = number(settings, "score_spread_pct", where);
    m_applied = weights(object(settings, "applied", where), where + QStringLiteral(".applied"));
    for (const QString& code : m_applied.keys) {
        if (!fromCode<AppliedAnswer>(code))
            noteProblem(where + QStringLiteral(".applied"), code);
    }
    m_comments = texts(array(settings, "comments", where), where + QStringLiteral(".comments"));
    return problem();
}

// A satisfaction answer around `mean`, on the 1-5 scale.
int DemoWriter::drawItem(double mean)
{
    const double spread = (m_evaluationRandom.unit() + m_evaluationRandom.unit() - 1.0) * 1.6;
    return std::clamp(static_cast<int>(std::lround(mean + spread)), 1, 5);
}

// The activity's evaluation design, when the plan has one (illustrative.activities[].evaluation).
void DemoWriter::readEvaluationDesign(Activity& activity, const QJsonObject& plan, const QString& planWhere)
{
    if (!plan.contains(QLatin1String("evaluation")))
        return;
    const QJsonObject design = object(plan, "evaluation", planWhere);
    activity.testMaxScore = design.value(QLatin1String("test_max_score")).toDouble(0.0);
    activity.masteryThresholdPct = design.value(QLatin1String("mastery_threshold_pct")).toDouble(70.0);
    activity.satisfactionSurvey = design.contains(QLatin1String("satisfaction_mean"));
    activity.followUp = design.value(QLatin1String("follow_up")).toBool(false);
}

// The answers of those who took part, when the activity is evaluated: a pre-test and a post-test
// around the plan's means (percent of the maximum, a bell made of three uniform draws), the
// satisfaction items around the plan's mean, the follow-up and a few comments.
Status DemoWriter::writeEvaluation(const Activity& activity, const QJsonObject& plan,
                                   const QString& planWhere, const QList<Id>& tookPart)
{
    if (!activity.hasEvaluation())
        return {};
    const QString where = planWhere + QStringLiteral(".evaluation");
    const QJsonObject design = object(plan, "evaluation", planWhere);
    const double preMean = activity.hasKnowledgeTest() ? number(design, "pre_mean_pct", where) : 0.0;
    const double gain = activity.hasKnowledgeTest() ? number(design, "gain_pct", where) : 0.0;
    const double satisfaction =
        activity.satisfactionSurvey ? number(design, "satisfaction_mean", where) : 0.0;
    if (Status read = problem(); !read)
        return read;

    auto bell = [this] {
        return (m_evaluationRandom.unit() + m_evaluationRandom.unit() + m_evaluationRandom.unit() - 1.5) *
               2.0;
    };
    auto score = [&](double pct) {
        const double clamped = std::clamp(pct, 0.0, 100.0);
        return std::round(clamped / 100.0 * activity.testMaxScore);
    };
    QList<EvaluationAnswers> answers;
    for (const Id enrolmentId : tookPart) {
        EvaluationAnswers answer;
        answer.enrolmentId = enrolmentId;
        if (activity.hasKnowledgeTest()) {
            const double pre = preMean + bell() * m_scoreSpreadPct;
            const double post = pre + gain + bell() * m_scoreSpreadPct * 0.8;
            if (m_evaluationRandom.chance(m_preShare))
                answer.preScore = score(pre);
            if (m_evaluationRandom.chance(m_postShare))
                answer.postScore = score(post);
        }
        if (activity.satisfactionSurvey && m_evaluationRandom.chance(m_satisfactionShare)) {
            answer.satisfactionOverall = drawItem(satisfaction);
            answer.satisfactionRelevance = drawItem(satisfaction + 0.1);
            answer.satisfactionExperts = drawItem(satisfaction + 0.2);
            answer.satisfactionOrganisation = drawItem(satisfaction - 0.3);
            answer.satisfactionRecommend = drawItem(satisfaction);
            if (!m_comments.isEmpty() && m_evaluationRandom.chance(m_commentShare))
                answer.comment =
                    m_comments.at(static_cast<qsizetype>(m_evaluationRandom.below(m_comments.size())));
        }
        if (activity.followUp && m_evaluationRandom.chance(m_followUpShare))
            answer.applied = fromCode<AppliedAnswer>(m_applied.pick(m_evaluationRandom));
        if (!answer.isEmpty())
            answers.append(answer);
    }
    return EvaluationStore(m_store.database()).put(activity.id, answers);
}

Result<Person> DemoWriter::addPerson(const QString& institutionKey, const WeightedKeys& regions,
                                     const QDate& firstDay)
{
    const InstitutionInfo& institution = m_institutions[institutionKey];
    Participant participant;
    participant.gender = fromCode<Gender>(m_genders.pick(m_random)).value_or(Gender::NotStated);
    const bool femaleName =
        participant.gender == Gender::Female || (participant.gender != Gender::Male && m_random.chance(0.5));
    const QStringList& givenNames = femaleName ? m_femaleNames : m_maleNames;
    participant.givenNames = givenNames.at(static_cast<qsizetype>(m_random.below(givenNames.size())));
    // Two family names, as in Mexico: the father's, then the mother's.
    const QString first = m_familyNames.at(static_cast<qsizetype>(m_random.below(m_familyNames.size())));
    QString second = first;
    while (second == first)
        second = m_familyNames.at(static_cast<qsizetype>(m_random.below(m_familyNames.size())));
    participant.familyNames = first + QLatin1Char(' ') + second;
    participant.institutionId = institution.id;
    participant.position =
        institution.positions.at(static_cast<qsizetype>(m_random.below(institution.positions.size())));
    participant.region = institution.region.isEmpty() ? regions.pick(m_random) : institution.region;
    if (m_random.chance(m_emailShare))
        participant.email = uniqueEmail(participant.givenNames, first);
    if (m_random.chance(m_phoneShare))
        participant.phone = phoneNumber(participant.region);
    participant.consentDate = firstDay.addDays(-m_random.between(m_consentDaysMin, m_consentDaysMax));
    participant.illustrative = true;

    Result<Id> id = m_store.addParticipant(participant);
    if (!id)
        return id.error();
    ++m_participantCount;
    return Person{*id, institutionKey};
}

QString DemoWriter::uniqueEmail(const QString& givenNames, const QString& firstFamilyName)
{
    const QString local = emailLocalPart(givenNames, firstFamilyName);
    QString email = local + QLatin1Char('@') + m_emailDomain;
    for (int suffix = 2; m_emails.contains(email); ++suffix)
        email = local + QString::number(suffix) + QLatin1Char('@') + m_emailDomain;
    m_emails.insert(email);
    return email;
}

// A ten-digit Mexican number with the region's area code and a 555 exchange, fictional by design.
QString DemoWriter::phoneNumber(const QString& region)
{
    const QString area = m_areaCodes.value(region, QStringLiteral("55"));
    const QString line = QStringLiteral("%1").arg(m_random.below(10000), 4, 10, QLatin1Char('0'));
    const QString exchange = area.size() == 2 ? QStringLiteral("5550") : QStringLiteral("555");
    return QStringLiteral("+52 %1 %2 %3").arg(area, exchange, line);
}

} // namespace

Status writeDemoProgramme(ProgrammeStore& store)
{
    return writeDemoProgramme(store, QString::fromLatin1(kDemoProgrammeResource));
}

Status writeDemoProgramme(ProgrammeStore& store, const QString& dataPath)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(dataPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            DemoProgramme::tr(
                "The demo data %1 could not be read (%2); rebuild Seminar Desk from an unmodified "
                "source tree.")
                .arg(dataPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull() || !document.isObject())
        return Error::badInput(
            DemoProgramme::tr(
                "The demo data %1 is not valid JSON (%2 at offset %3); rebuild Seminar Desk from "
                "an unmodified source tree.")
                .arg(dataPath, parseError.errorString())
                .arg(parseError.offset));

    Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.begun();
    DemoWriter writer(store, document.object(), dataPath);
    if (Status written = writer.write(); !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    spdlog::info("wrote the demo programme: {} participants, {} enrolments, {} attendance marks in {} ms",
                 writer.participants(), writer.enrolments(), writer.marks(), timer.elapsed());
    return {};
}

} // namespace sd
