#include "demo/Generator.h"

#include "demo/SplitMix64.h"
#include "storage/Database.h"
#include "storage/ForeignKeysOffForBulkWrite.h"
#include "storage/SqlBuilder.h"
#include "storage/Statement.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

namespace sd {

namespace {

constexpr std::array kGivenNames{"Ana",      "Luis", "María", "José",  "Lucía",  "Jorge", "Sofía",  "Andrés",
                                 "Verónica", "Raúl", "Inés",  "Tomás", "Begoña", "Iñaki", "Mónica", "Héctor"};
constexpr std::array kFamilyNames{"Hernández", "García",    "Martínez", "López",    "González",
                                  "Pérez",     "Rodríguez", "Sánchez",  "Ramírez",  "Cruz",
                                  "Flores",    "Gómez",     "Núñez",    "Peña",     "Díaz",
                                  "Ortiz",     "Ruiz",      "Vázquez",  "Castillo", "Jiménez"};
constexpr std::array kRegions{"Chiapas",          "Tabasco",    "Veracruz",        "Oaxaca",
                              "Ciudad de México", "Jalisco",    "Baja California", "Sonora",
                              "Chihuahua",        "Nuevo León", "Coahuila",        "Puebla"};
constexpr std::array kCountries{"Austria", "Belgium", "Belarus", "Netherlands", "Sweden", "Germany",
                                "Malta",   "Spain",   "Ireland", "France",      "Italy",  "Portugal"};
constexpr std::array kInstitutionTypes{
    InstitutionType::Federal,   InstitutionType::State,        InstitutionType::Municipal,
    InstitutionType::Judiciary, InstitutionType::CivilSociety, InstitutionType::InternationalOrganisation,
    InstitutionType::Academic,  InstitutionType::Other};
constexpr std::array kActivityTypes{ActivityType::Seminar,
                                    ActivityType::Workshop,
                                    ActivityType::KnowledgeExchange,
                                    ActivityType::StudyVisit,
                                    ActivityType::IdentificationMission,
                                    ActivityType::Other};
constexpr std::array kGenders{Gender::Female, Gender::Male,  Gender::Female,
                              Gender::Male,   Gender::Other, Gender::NotStated};
constexpr std::array kMarks{AttendanceStatus::Present, AttendanceStatus::Present, AttendanceStatus::Present,
                            AttendanceStatus::Present, AttendanceStatus::Present, AttendanceStatus::Present,
                            AttendanceStatus::Late,    AttendanceStatus::Excused, AttendanceStatus::Absent,
                            AttendanceStatus::Absent};

template <typename T, std::size_t N>
T pick(SplitMix64& random, const std::array<T, N>& values)
{
    return values[static_cast<std::size_t>(random.below(static_cast<qint64>(N)))];
}

// The names as QStrings made once: every row then shares them instead of converting its own.
template <std::size_t N>
std::vector<QString> pool(const std::array<const char*, N>& names)
{
    std::vector<QString> strings;
    for (const char* name : names)
        strings.push_back(QString::fromUtf8(name));
    return strings;
}

const QString& pick(SplitMix64& random, const std::vector<QString>& values)
{
    return values[static_cast<std::size_t>(random.below(static_cast<qint64>(values.size())))];
}

} // namespace

Result<GeneratorReport> generateProgramme(Database& database, const GeneratorOptions& options)
{
    if (options.participants < 1 || options.activities < 1)
        return Error::badInput(Generator::tr("generate needs at least one participant and one activity."));
    QElapsedTimer timer;
    timer.start();
    SplitMix64 random(options.seed);
    GeneratorReport report;

    // A bulk write touches far more pages than SQLite's default 2 MB cache holds; spilling them to
    // the write-ahead log in the middle of the transaction would dominate the time.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));

    // Bulk-load pattern, part 1: foreign keys are checked once over the whole file at the end of the
    // transaction (PRAGMA foreign_key_check, about 0.2 s for a million marks) instead of by two index
    // look-ups for every row written (about 1 s). The pragma cannot change inside a transaction, so
    // it is switched off before and back on after, whatever happens.
    ForeignKeysOffForBulkWrite foreignKeysOff(database);
    if (!foreignKeysOff.switched())
        return foreignKeysOff.switched().error();

    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun().error();

    // Part 2: secondary indexes and triggers are dropped and created again at the end, inside the
    // same transaction; building an index from the loaded data costs far less than a million random
    // inserts. The triggers keep each enrolment's attendance summary (sessions attended,
    // participant-days) equal to its marks; the generator writes that summary itself, from the marks
    // it draws, and `seminardesk-cli check` verifies it like any other file.
    QStringList definitions;
    {
        QSqlQuery schema(database.connection());
        if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                        " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")))
            return database.errorFor(schema, Generator::tr("generating a programme"));
        QStringList drops;
        while (schema.next()) {
            // The names come from sqlite_master itself, quoted as identifiers; the type is one of two.
            QString quoted = schema.value(1).toString();
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            drops.append((schema.value(0).toString() == QLatin1String("trigger")
                              ? QStringLiteral("DROP TRIGGER \"%1\"")
                              : QStringLiteral("DROP INDEX \"%1\""))
                             .arg(quoted));
            definitions.append(schema.value(2).toString());
        }
        for (const QString& drop : std::as_const(drops)) {
            if (!schema.exec(drop))
                return database.errorFor(schema, Generator::tr("generating a programme"));
        }
    }

    const int sessionCount = std::max(1, options.sessionsPerActivity);
    // Every statement comes from the table specs (storage/Tables) and is prepared once; each row is a
    // domain value bound through its spec, so the generator spells no column.
    const Dialect dialect = database.dialect();
    const QString doing = Generator::tr("generating a programme");
    const auto prepared = [&](const TableShape& table, StatementKind kind = StatementKind::Insert) {
        return std::make_unique<Statement>(database, table.sql(dialect, kind), doing);
    };
    const auto projects = prepared(tableOf<Project>());
    const auto components = prepared(tableOf<Component>());
    const auto institutions = prepared(tableOf<Institution>());
    const auto experts = prepared(tableOf<Expert>());
    const auto participants = prepared(tableOf<Participant>());
    const auto activities = prepared(tableOf<Activity>());
    const auto componentLinks = prepared(linkTables().activityComponent);
    const auto expertLinks = prepared(tableOf<ActivityExpertRow>());
    const auto sessions = prepared(tableOf<Session>());
    // Marks go in as statements of about 200 rows (the marks of several enrolments): one step per
    // statement instead of one per mark; a shorter statement takes an activity's last enrolments. The
    // enrolments of a batch likewise, with the ids the generator gives them (the file is new: they
    // follow the largest id in it), so that their marks can name them without reading them back, and
    // with the attendance summary drawn from their marks (a bulk Load writes the Derived columns).
    const qint64 enrolled = std::min<qint64>(options.enrolmentsPerActivity, options.participants);
    const qint64 batchSize = std::clamp<qint64>(200 / sessionCount, 1, std::max<qint64>(enrolled, 1));
    const qint64 lastBatch = std::max<qint64>(enrolled % batchSize, 1);
    const SqlBuilder builder(dialect);
    const auto batch = [&](const TableShape& table, StatementKind kind, qint64 rows) {
        return std::make_unique<Statement>(database, builder.insertRows(table, kind, static_cast<int>(rows)),
                                           doing, Statement::Reuse::Once);
    };
    const auto insertMarks =
        batch(tableOf<AttendanceMark>(), StatementKind::Insert, batchSize * sessionCount);
    const auto insertLastMarks =
        batch(tableOf<AttendanceMark>(), StatementKind::Insert, lastBatch * sessionCount);
    const auto insertEnrolments = batch(tableOf<Enrolment>(), StatementKind::Load, batchSize);
    const auto insertLastEnrolments = batch(tableOf<Enrolment>(), StatementKind::Load, lastBatch);
    for (const auto* statement : {&projects, &components, &institutions, &experts, &participants, &activities,
                                  &componentLinks, &expertLinks, &sessions, &insertEnrolments,
                                  &insertLastEnrolments, &insertMarks, &insertLastMarks}) {
        if (Status ready = (*statement)->status(); !ready)
            return ready.error();
    }
    // Writes one record through its table's spec and counts it; returns early on the first refused row
    // (the transaction then rolls back).
    const auto write = [&report](Statement& statement, const auto& record) -> Result<Id> {
        tableOf<std::decay_t<decltype(record)>>().bind(statement, record, StatementKind::Insert,
                                                       Writing::AsStored);
        if (Status ran = statement.run(); !ran)
            return ran.error();
        ++report.rowsWritten;
        return statement.insertedId();
    };
    const auto writeLink = [&report](Statement& statement, const TableSpec<Link>& table, const Link& link) {
        table.bind(statement, link, StatementKind::Insert, Writing::AsStored);
        ++report.rowsWritten;
        return statement.run();
    };

    const QDate projectStart(2020, 1, 1);
    const int projectDays = 3 * 365;
    Project project;
    project.code = QStringLiteral("GEN");
    project.title = Generator::tr("Generated programme (%1 participants, %2 activities)")
                        .arg(options.participants)
                        .arg(options.activities);
    // The Spanish forms are the programme's data, not the interface's words: Spanish whatever the language.
    project.titleEs = QStringLiteral("Programa generado (%1 participantes, %2 actividades)")
                          .arg(options.participants)
                          .arg(options.activities);
    project.beneficiaryCountry = QStringLiteral("Mexico");
    project.startDate = projectStart;
    project.endDate = projectStart.addDays(projectDays + 10);
    project.summary = Generator::tr("Synthetic data for benchmarks; every person in it is fictional.");
    project.summaryEs =
        QStringLiteral("Datos sintéticos para pruebas de rendimiento; todas las personas son ficticias.");
    Result<Id> projectId = write(*projects, project);
    if (!projectId)
        return projectId.error();

    constexpr int componentCount = 4;
    std::vector<qint64> componentIds;
    for (int c = 1; c <= componentCount; ++c) {
        Result<Id> id = write(*components, Component{0, *projectId, c, Generator::tr("Component %1").arg(c),
                                                     QStringLiteral("Componente %1").arg(c)});
        if (!id)
            return id.error();
        componentIds.push_back(*id);
    }

    const std::vector<QString> givenNames = pool(kGivenNames);
    const std::vector<QString> familyNames = pool(kFamilyNames);
    const std::vector<QString> regions = pool(kRegions);
    const std::vector<QString> countries = pool(kCountries);
    const QString mexico = QStringLiteral("Mexico");

    const qint64 institutionCount =
        std::max<qint64>(1, std::min<qint64>(500, options.participants / 200 + 1));
    std::vector<qint64> institutionIds;
    for (qint64 i = 1; i <= institutionCount; ++i) {
        Institution institution;
        institution.name = Generator::tr("Institution %1").arg(i);
        institution.acronym = QStringLiteral("I%1").arg(i);
        institution.nameEs = QStringLiteral("Institución %1").arg(i);
        institution.type = pick(random, kInstitutionTypes);
        institution.country = mexico;
        institution.illustrative = true;
        Result<Id> id = write(*institutions, institution);
        if (!id)
            return id.error();
        institutionIds.push_back(*id);
    }

    constexpr int expertCount = 60;
    std::vector<qint64> expertIds;
    for (int e = 0; e < expertCount; ++e) {
        Expert expert;
        expert.givenNames = pick(random, givenNames);
        expert.familyNames = pick(random, familyNames);
        expert.country = pick(random, countries);
        expert.illustrative = true;
        Result<Id> id = write(*experts, expert);
        if (!id)
            return id.error();
        expertIds.push_back(*id);
    }

    qint64 firstParticipant = 0;
    Participant person;
    person.position = QStringLiteral("Officer");
    person.illustrative = true;
    const QString at = QStringLiteral("@example.org");
    for (qint64 p = 0; p < options.participants; ++p) {
        const QString& firstFamily = pick(random, familyNames); // drawn before the second one
        person.familyNames = firstFamily + QLatin1Char(' ') + pick(random, familyNames);
        person.email = QLatin1String("person") + QString::number(p + 1) + at;
        person.institutionId = institutionIds[static_cast<std::size_t>(random.below(institutionCount))];
        person.givenNames = pick(random, givenNames);
        person.gender = pick(random, kGenders);
        person.region = pick(random, regions);
        Result<Id> id = write(*participants, person);
        if (!id)
            return id.error();
        if (p == 0)
            firstParticipant = *id;
    }

    Result<qint64> largest =
        Statement(database, "SELECT COALESCE(MAX(id), 0) + 1 FROM enrolment", doing).scalar();
    if (!largest)
        return largest.error();
    qint64 nextEnrolmentId = *largest;
    std::vector<Session> activitySessions(static_cast<std::size_t>(sessionCount));
    Activity activity;
    activity.projectId = *projectId;
    activity.venueCountry = mexico;
    activity.status = ActivityStatus::Held;
    activity.illustrative = true;
    for (qint64 a = 1; a <= options.activities; ++a) {
        const QDate activityStart = projectStart.addDays(random.below(projectDays));
        activity.code =
            QString::number((a - 1) / 100 + 1) + QLatin1Char('.') + QString::number((a - 1) % 100 + 1);
        activity.title = Generator::tr("Generated activity %1").arg(a);
        activity.titleEs = QStringLiteral("Actividad generada %1").arg(a);
        activity.type = pick(random, kActivityTypes);
        activity.venueCity = pick(random, regions);
        activity.startDate = activityStart;
        activity.endDate = activityStart.addDays(sessionCount - 1);
        Result<Id> activityId = write(*activities, activity);
        if (!activityId)
            return activityId.error();

        const qint64 firstComponent = random.below(componentCount);
        const int componentsHere = random.below(5) == 0 ? 2 : 1; // some activities serve two components
        for (int c = 0; c < componentsHere; ++c) {
            const Link link{*activityId,
                            componentIds[static_cast<std::size_t>((firstComponent + c) % componentCount)]};
            if (Status linked = writeLink(*componentLinks, linkTables().activityComponent, link); !linked)
                return linked.error();
        }
        const qint64 firstExpert = random.below(expertCount);
        for (int e = 0; e < 2; ++e) {
            const ActivityExpertRow row{
                *activityId, expertIds[static_cast<std::size_t>((firstExpert + e * 7) % expertCount)],
                e == 0 ? ExpertRole::LeadExpert : ExpertRole::Expert};
            if (Result<Id> linked = write(*expertLinks, row); !linked)
                return linked.error();
        }
        for (int s = 0; s < sessionCount; ++s) {
            Session& session = activitySessions[static_cast<std::size_t>(s)];
            session = Session{0, *activityId, activityStart.addDays(s), SessionPart::FullDay};
            Result<Id> id = write(*sessions, session);
            if (!id)
                return id.error();
            session.id = *id;
        }
        // A run of distinct participants from a random starting point: no duplicate enrolment.
        const qint64 offset = random.below(options.participants);
        for (qint64 first = 0; first < enrolled; first += batchSize) {
            const qint64 count = std::min(batchSize, enrolled - first);
            const bool full = count == batchSize;
            Statement& enrolments = full ? *insertEnrolments : *insertLastEnrolments;
            Statement& marksOfBatch = full ? *insertMarks : *insertLastMarks;
            int enrolmentPosition = 1;
            int markPosition = 1;
            for (qint64 e = first; e < first + count; ++e) {
                // The marks are drawn first, so that the enrolment row carries its summary (every
                // generated session is a full day: one participant-day per session attended).
                Enrolment enrolment{nextEnrolmentId++, *activityId,
                                    firstParticipant + (offset + e) % options.participants};
                for (const Session& session : activitySessions) {
                    const AttendanceMark mark{enrolment.id, session.id, pick(random, kMarks)};
                    if (countsAsTakingPart(mark.status))
                        ++enrolment.sessionsAttended;
                    markPosition = tableOf<AttendanceMark>().bind(marksOfBatch, mark, StatementKind::Insert,
                                                                  Writing::AsStored, markPosition);
                }
                enrolment.daysAttended = enrolment.sessionsAttended;
                enrolmentPosition = tableOf<Enrolment>().bind(enrolments, enrolment, StatementKind::Load,
                                                              Writing::AsStored, enrolmentPosition);
            }
            if (Status ran = enrolments.run(); !ran)
                return ran.error();
            if (Status ran = marksOfBatch.run(); !ran)
                return ran.error();
            const qint64 marksWritten = count * sessionCount;
            report.rowsWritten += count + marksWritten;
            report.attendanceMarks += marksWritten;
        }
    }
    if (options.evaluation) {
        // Every activity gets a test out of 20 (mastery at 70 %), the survey and the follow-up, and
        // every enrolment a row of answers drawn from its id in one statement: the same file for
        // the same options, some scores and answers missing, as on paper.
        QSqlQuery answers(database.connection());
        if (!answers.exec(
                QStringLiteral("UPDATE activity SET test_max_score = 20, mastery_threshold_pct = 70,"
                               " satisfaction_survey = 1, follow_up = 1")) ||
            !answers.exec(QStringLiteral(
                "INSERT INTO evaluation (enrolment_id, pre_score, post_score, satisfaction_overall,"
                " satisfaction_relevance, satisfaction_experts, satisfaction_organisation,"
                " satisfaction_recommend, applied)"
                " SELECT id, CASE WHEN id % 13 = 0 THEN NULL ELSE (id * 7) % 21 END,"
                " CASE WHEN id % 11 = 0 THEN NULL ELSE MIN(20, (id * 7) % 21 + (id * 3) % 8) END,"
                " CASE WHEN id % 9 = 0 THEN NULL ELSE 1 + id % 5 END, 1 + (id / 5) % 5, 1 + (id / 7) % 5,"
                " 1 + (id / 3) % 5, 1 + (id / 11) % 5,"
                " CASE id % 4 WHEN 0 THEN 'yes' WHEN 1 THEN 'partly' WHEN 2 THEN 'no' END FROM enrolment")))
            return database.errorFor(answers, Generator::tr("generating a programme"));
        report.rowsWritten += answers.numRowsAffected();
    }
    spdlog::debug("generate: rows written after {} ms", timer.elapsed());
    {
        QSqlQuery rebuild(database.connection());
        for (const QString& definition : std::as_const(definitions)) {
            if (!rebuild.exec(definition))
                return database.errorFor(rebuild, Generator::tr("generating a programme"));
        }
        if (!rebuild.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return database.errorFor(rebuild, Generator::tr("checking the generated programme's references"));
        if (rebuild.next())
            return Error::database(
                Generator::tr("The generated programme refers to a missing %1 record; nothing was "
                              "written. Report this as a bug in Seminar Desk.")
                    .arg(rebuild.value(2).toString()));
    }
    spdlog::debug("generate: indexes, triggers and references checked after {} ms", timer.elapsed());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    spdlog::info("generated a programme: {} rows in {:.2f} s", report.rowsWritten, report.seconds);
    return report;
}

QString partialGeneratedPath(const QString& path)
{
    return path + QStringLiteral(".partial");
}

Result<GeneratorReport> generateProgrammeFile(const QString& path, const GeneratorOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(path))
        return Error::badInput(
            Generator::tr("%1 already exists; Seminar Desk does not overwrite a file. Choose another "
                          "name or remove the file first.")
                .arg(path));
    const QString partial = partialGeneratedPath(path);
    if (QFileInfo::exists(partial))
        return Error::badInput(
            Generator::tr("%1 exists, probably left by a generate that was stopped. Remove it and "
                          "run generate again.")
                .arg(partial));
    auto removePartial = [&partial] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };

    Result<std::unique_ptr<Database>> created = Database::create(partial);
    if (!created)
        return created.error();
    std::unique_ptr<Database> database = std::move(created).value();
    // No rollback journal and no write-ahead log while the new file is filled: the data is written
    // once, into the file itself, instead of into the log and then again into the file. The commit
    // still syncs the file to disk (synchronous = FULL).
    auto journal = [&database](const char* mode) {
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(mode)));
    };
    if (!journal("OFF")) {
        database.reset();
        removePartial();
        return Error::database(
            Generator::tr("%1 could not be prepared for a bulk write. Check the folder's free space "
                          "and permissions.")
                .arg(partial));
    }
    Result<GeneratorReport> report = generateProgramme(*database, options);
    if (!report || !journal("WAL")) {
        database.reset();
        removePartial();
        if (!report)
            return report.error();
        return Error::database(
            Generator::tr(
                "%1 could not be switched to its write-ahead log; nothing was written. Check the folder's "
                "free space.")
                .arg(partial));
    }
    database.reset();
    // RENAME_NOREPLACE: a file that took the name meanwhile is never replaced.
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(path);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        removePartial();
        return Error::badInput(
            Generator::tr("The generated programme could not be named %1 (another file took that "
                          "name meanwhile?). Choose another name and run generate again.")
                .arg(path));
    }
    report->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace sd
