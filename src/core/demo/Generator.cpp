#include "demo/Generator.h"

#include "demo/SplitMix64.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/ForeignKeysOffForBulkWrite.h"

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
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

namespace sd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sd::Generator", text);
}

constexpr std::array kGivenNames{"Ana",      "Luis", "María", "José",  "Lucía",  "Jorge", "Sofía",  "Andrés",
                                 "Verónica", "Raúl", "Inés",  "Tomás", "Begoña", "Iñaki", "Mónica", "Héctor"};
constexpr std::array kFamilyNames{"Hernández", "García",    "Martínez", "López",    "González",
                                  "Pérez",     "Rodríguez", "Sánchez",  "Ramírez",  "Cruz",
                                  "Flores",    "Gómez",     "Núñez",    "Peña",     "Díaz",
                                  "Ortiz",     "Ruiz",      "Vázquez",  "Castillo", "Jiménez"};
constexpr std::array kRegions{"Chiapas",          "Tabasco",    "Veracruz",        "Oaxaca",
                              "Ciudad de México", "Jalisco",    "Baja California", "Sonora",
                              "Chihuahua",        "Nuevo León", "Coahuila",        "Puebla"};
constexpr std::array kInstitutionTypes{"federal",   "state",         "municipal",
                                       "judiciary", "civil_society", "international_organisation",
                                       "academic",  "other"};
constexpr std::array kActivityTypes{
    "seminar", "workshop", "knowledge_exchange", "study_visit", "identification_mission", "other"};
constexpr std::array kGenders{"female", "male", "female", "male", "other", "not_stated"};
constexpr std::array kCountries{"Austria", "Belgium", "Belarus", "Netherlands", "Sweden", "Germany",
                                "Malta",   "Spain",   "Ireland", "France",      "Italy",  "Portugal"};
constexpr std::array kMarks{"present", "present", "present", "present", "present",
                            "present", "late",    "excused", "absent",  "absent"};

template <std::size_t N>
std::string_view pick(SplitMix64& random, const std::array<const char*, N>& values)
{
    return values[static_cast<std::size_t>(random.below(static_cast<qint64>(N)))];
}

std::string isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace

Result<GeneratorReport> generateProgramme(Database& database, const GeneratorOptions& options)
{
    if (options.participants < 1 || options.activities < 1)
        return Error::badInput(tr("generate needs at least one participant and one activity."));
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
            return database.errorFor(schema, tr("generating a programme"));
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
                return database.errorFor(schema, tr("generating a programme"));
        }
    }

    const int sessionCount = std::max(1, options.sessionsPerActivity);
    BulkStatement insertProject(database,
                                "INSERT INTO project (code, title, beneficiary_country, start_date, "
                                "end_date, summary) VALUES ('GEN', ?, 'Mexico', ?, ?, ?)");
    BulkStatement insertComponent(database,
                                  "INSERT INTO component (project_id, number, title) VALUES (?, ?, ?)");
    BulkStatement insertInstitution(database,
                                    "INSERT INTO institution (name, acronym, type, country, illustrative) "
                                    "VALUES (?, ?, ?, 'Mexico', 1)");
    BulkStatement insertExpert(database,
                               "INSERT INTO expert (given_names, family_names, country, illustrative) "
                               "VALUES (?, ?, ?, 1)");
    BulkStatement insertParticipant(
        database, "INSERT INTO participant (given_names, family_names, gender, institution_id, "
                  "position, region, email, illustrative) VALUES (?, ?, ?, ?, 'Officer', ?, ?, 1)");
    BulkStatement insertActivity(database,
                                 "INSERT INTO activity (project_id, code, title, type, venue_city, "
                                 "venue_country, start_date, end_date, status, illustrative) VALUES (?, "
                                 "?, ?, ?, ?, 'Mexico', ?, ?, 'held', 1)");
    BulkStatement linkComponent(database,
                                "INSERT INTO activity_component (activity_id, component_id) VALUES (?, ?)");
    BulkStatement linkExpert(database,
                             "INSERT INTO activity_expert (activity_id, expert_id, role) VALUES (?, ?, ?)");
    BulkStatement insertSession(database,
                                "INSERT INTO session (activity_id, date, part) VALUES (?, ?, 'full_day')");
    // Marks go in as statements of about 200 rows (the marks of several enrolments): one step per
    // statement instead of one per mark; a shorter statement takes an activity's last enrolments.
    const qint64 enrolled = std::min<qint64>(options.enrolmentsPerActivity, options.participants);
    const qint64 batchSize = std::clamp<qint64>(200 / sessionCount, 1, std::max<qint64>(enrolled, 1));
    auto marksStatement = [sessionCount](qint64 enrolments) {
        std::string sql = "INSERT INTO attendance (enrolment_id, session_id, status) VALUES (?, ?, ?)";
        for (qint64 row = 1; row < enrolments * sessionCount; ++row)
            sql += ", (?, ?, ?)";
        return sql;
    };
    BulkStatement insertMarks(database, marksStatement(batchSize).c_str());
    BulkStatement insertLastMarks(database,
                                  marksStatement(std::max<qint64>(enrolled % batchSize, 1)).c_str());
    // The enrolments of a batch likewise, with the ids the generator gives them (the file is new: they
    // follow the largest id in it), so that their marks can name them without reading them back.
    auto enrolmentsStatement = [](qint64 enrolments) {
        std::string sql = "INSERT INTO enrolment (id, activity_id, participant_id, sessions_attended, "
                          "days_attended) VALUES (?, ?, ?, ?, ?)";
        for (qint64 row = 1; row < enrolments; ++row)
            sql += ", (?, ?, ?, ?, ?)";
        return sql;
    };
    BulkStatement insertEnrolments(database, enrolmentsStatement(batchSize).c_str());
    BulkStatement insertLastEnrolments(
        database, enrolmentsStatement(std::max<qint64>(enrolled % batchSize, 1)).c_str());
    for (const BulkStatement* statement :
         {&insertProject, &insertComponent, &insertInstitution, &insertExpert, &insertParticipant,
          &insertActivity, &linkComponent, &linkExpert, &insertSession, &insertEnrolments,
          &insertLastEnrolments, &insertMarks, &insertLastMarks}) {
        if (Status prepared = statement->status(); !prepared)
            return prepared.error();
    }
    // Every step below returns early on the first refused row; the transaction then rolls back.
#define SD_STEP(statement)                                                                                   \
    do {                                                                                                     \
        if (Status stepped = (statement).step(); !stepped)                                                   \
            return stepped.error();                                                                          \
        ++report.rowsWritten;                                                                                \
    } while (false)

    const QDate projectStart(2020, 1, 1);
    const int projectDays = 3 * 365;
    const std::string title = tr("Generated programme (%1 participants, %2 activities)")
                                  .arg(options.participants)
                                  .arg(options.activities)
                                  .toStdString();
    const std::string start = isoDate(projectStart);
    const std::string end = isoDate(projectStart.addDays(projectDays + 10));
    const std::string summary =
        tr("Synthetic data for benchmarks; every person in it is fictional.").toStdString();
    insertProject.bindText(1, title).bindText(2, start).bindText(3, end).bindText(4, summary);
    SD_STEP(insertProject);
    const qint64 projectId = insertProject.lastInsertId();

    constexpr int componentCount = 4;
    std::vector<qint64> componentIds;
    for (int c = 1; c <= componentCount; ++c) {
        const std::string componentTitle = tr("Component %1").arg(c).toStdString();
        insertComponent.bind(1, projectId).bind(2, c).bindText(3, componentTitle);
        SD_STEP(insertComponent);
        componentIds.push_back(insertComponent.lastInsertId());
    }

    const qint64 institutionCount =
        std::max<qint64>(1, std::min<qint64>(500, options.participants / 200 + 1));
    std::vector<qint64> institutionIds;
    for (qint64 i = 1; i <= institutionCount; ++i) {
        const std::string name = tr("Institution %1").arg(i).toStdString();
        const std::string acronym = "I" + std::to_string(i);
        insertInstitution.bindText(1, name).bindText(2, acronym).bindText(3, pick(random, kInstitutionTypes));
        SD_STEP(insertInstitution);
        institutionIds.push_back(insertInstitution.lastInsertId());
    }

    constexpr int expertCount = 60;
    std::vector<qint64> expertIds;
    for (int e = 0; e < expertCount; ++e) {
        insertExpert.bindText(1, pick(random, kGivenNames))
            .bindText(2, pick(random, kFamilyNames))
            .bindText(3, pick(random, kCountries));
        SD_STEP(insertExpert);
        expertIds.push_back(insertExpert.lastInsertId());
    }

    qint64 firstParticipant = 0;
    std::string family;
    std::string email;
    for (qint64 p = 0; p < options.participants; ++p) {
        family.assign(pick(random, kFamilyNames)).append(" ").append(pick(random, kFamilyNames));
        email.assign("person").append(std::to_string(p + 1)).append("@example.org");
        const qint64 institution = institutionIds[static_cast<std::size_t>(random.below(institutionCount))];
        insertParticipant.bindText(1, pick(random, kGivenNames))
            .bindText(2, family)
            .bindText(3, pick(random, kGenders))
            .bind(4, institution)
            .bindText(5, pick(random, kRegions))
            .bindText(6, email);
        SD_STEP(insertParticipant);
        if (p == 0)
            firstParticipant = insertParticipant.lastInsertId();
    }

    qint64 nextEnrolmentId = 1;
    {
        QSqlQuery largest(database.connection());
        if (!largest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM enrolment")) ||
            !largest.next())
            return database.errorFor(largest, tr("generating a programme"));
        nextEnrolmentId = largest.value(0).toLongLong();
    }
    std::vector<qint64> sessionIds;
    std::vector<std::string> sessionDates(static_cast<std::size_t>(sessionCount));
    std::string code;
    std::string activityTitle;
    for (qint64 a = 1; a <= options.activities; ++a) {
        const QDate activityStart = projectStart.addDays(random.below(projectDays));
        for (int s = 0; s < sessionCount; ++s)
            sessionDates[static_cast<std::size_t>(s)] = isoDate(activityStart.addDays(s));
        code = std::to_string((a - 1) / 100 + 1) + "." + std::to_string((a - 1) % 100 + 1);
        activityTitle = tr("Generated activity %1").arg(a).toStdString();
        insertActivity.bind(1, projectId)
            .bindText(2, code)
            .bindText(3, activityTitle)
            .bindText(4, pick(random, kActivityTypes))
            .bindText(5, pick(random, kRegions))
            .bindText(6, sessionDates.front())
            .bindText(7, sessionDates.back());
        SD_STEP(insertActivity);
        const qint64 activityId = insertActivity.lastInsertId();

        const qint64 firstComponent = random.below(componentCount);
        const int componentsHere = random.below(5) == 0 ? 2 : 1; // some activities serve two components
        for (int c = 0; c < componentsHere; ++c) {
            linkComponent.bind(1, activityId)
                .bind(2, componentIds[static_cast<std::size_t>((firstComponent + c) % componentCount)]);
            SD_STEP(linkComponent);
        }
        const qint64 firstExpert = random.below(expertCount);
        for (int e = 0; e < 2; ++e) {
            linkExpert.bind(1, activityId)
                .bind(2, expertIds[static_cast<std::size_t>((firstExpert + e * 7) % expertCount)])
                .bindText(3, e == 0 ? "lead_expert" : "expert");
            SD_STEP(linkExpert);
        }
        sessionIds.clear();
        for (const std::string& date : sessionDates) {
            insertSession.bind(1, activityId).bindText(2, date);
            SD_STEP(insertSession);
            sessionIds.push_back(insertSession.lastInsertId());
        }
        // A run of distinct participants from a random starting point: no duplicate enrolment.
        const qint64 offset = random.below(options.participants);
        for (qint64 first = 0; first < enrolled; first += batchSize) {
            const qint64 count = std::min(batchSize, enrolled - first);
            const bool full = count == batchSize;
            BulkStatement& enrolments = full ? insertEnrolments : insertLastEnrolments;
            BulkStatement& marksOfBatch = full ? insertMarks : insertLastMarks;
            int enrolmentPosition = 1;
            int markPosition = 1;
            for (qint64 e = first; e < first + count; ++e) {
                // The marks are drawn first, so that the enrolment row carries its summary (every
                // generated session is a full day: one participant-day per session attended).
                const qint64 enrolmentId = nextEnrolmentId++;
                qint64 attended = 0;
                for (std::size_t s = 0; s < sessionIds.size(); ++s) {
                    const std::string_view mark = pick(random, kMarks);
                    if (mark == "present" || mark == "late")
                        ++attended;
                    marksOfBatch.bind(markPosition, enrolmentId)
                        .bind(markPosition + 1, sessionIds[s])
                        .bindText(markPosition + 2, mark);
                    markPosition += 3;
                }
                enrolments.bind(enrolmentPosition, enrolmentId)
                    .bind(enrolmentPosition + 1, activityId)
                    .bind(enrolmentPosition + 2, firstParticipant + (offset + e) % options.participants)
                    .bind(enrolmentPosition + 3, attended)
                    .bindDouble(enrolmentPosition + 4, static_cast<double>(attended));
                enrolmentPosition += 5;
            }
            if (Status stepped = enrolments.step(); !stepped)
                return stepped.error();
            if (Status stepped = marksOfBatch.step(); !stepped)
                return stepped.error();
            const qint64 marksWritten = count * static_cast<qint64>(sessionIds.size());
            report.rowsWritten += count + marksWritten;
            report.attendanceMarks += marksWritten;
        }
    }
#undef SD_STEP
    spdlog::debug("generate: rows written after {} ms", timer.elapsed());
    {
        QSqlQuery rebuild(database.connection());
        for (const QString& definition : std::as_const(definitions)) {
            if (!rebuild.exec(definition))
                return database.errorFor(rebuild, tr("generating a programme"));
        }
        if (!rebuild.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return database.errorFor(rebuild, tr("checking the generated programme's references"));
        if (rebuild.next())
            return Error::database(tr("The generated programme refers to a missing %1 record; nothing was "
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
        return Error::badInput(tr("%1 already exists; Seminar Desk does not overwrite a file. Choose another "
                                  "name or remove the file first.")
                                   .arg(path));
    const QString partial = partialGeneratedPath(path);
    if (QFileInfo::exists(partial))
        return Error::badInput(tr("%1 exists, probably left by a generate that was stopped. Remove it and "
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
        return Error::database(tr("%1 could not be prepared for a bulk write. Check the folder's free space "
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
            tr("%1 could not be switched to its write-ahead log; nothing was written. Check the folder's "
               "free space.")
                .arg(partial));
    }
    database.reset();
    // RENAME_NOREPLACE: a file that took the name meanwhile is never replaced.
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(path);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        removePartial();
        return Error::badInput(tr("The generated programme could not be named %1 (another file took that "
                                  "name meanwhile?). Choose another name and run generate again.")
                                   .arg(path));
    }
    report->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace sd
