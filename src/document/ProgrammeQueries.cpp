#include "ProgrammeQueries.h"

#include "commands/RecordTraits.h"
#include "storage/CertificateDesignStore.h"
#include "storage/ImportStore.h"

namespace sd {

ProgrammeQueries::ProgrammeQueries(Database& database)
    : m_database(database)
    , m_store(std::make_unique<ProgrammeStore>(database))
    , m_search(std::make_unique<GlobalSearch>(database))
    , m_profiles(std::make_unique<ProfileQuery>(database))
{
}

ProgrammeQueries::ProgrammeQueries(std::unique_ptr<Database> own)
    : m_own(std::move(own))
    , m_database(*m_own)
    , m_store(std::make_unique<ProgrammeStore>(*m_own))
    , m_search(std::make_unique<GlobalSearch>(*m_own))
    , m_profiles(std::make_unique<ProfileQuery>(*m_own))
{
}

ProgrammeQueries::~ProgrammeQueries() = default;

Result<std::unique_ptr<ProgrammeQueries>> ProgrammeQueries::openReader(const Source& source)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(source);
    if (!database)
        return database.error();
    return std::unique_ptr<ProgrammeQueries>(new ProgrammeQueries(std::move(database.value())));
}

ProgrammeQueries::Source ProgrammeQueries::source() const
{
    return m_database.readerSpec();
}

RegisterQuery ProgrammeQueries::registerQuery(RegisterKind kind, Id activityId) const
{
    return RegisterQuery(m_database, kind, activityId);
}

ResultsQuery ProgrammeQueries::results(Language language) const
{
    return ResultsQuery(m_database, language);
}

EvaluationQuery ProgrammeQueries::evaluation() const
{
    return EvaluationQuery(m_database);
}

DocumentData ProgrammeQueries::documentData(Language language) const
{
    return DocumentData(m_database, language);
}

Result<EvaluationReportData> ProgrammeQueries::evaluationReport(Id activityId, Language language) const
{
    return readEvaluationReport(m_database, activityId, language);
}

Result<EvaluationChartData> ProgrammeQueries::evaluationCharts(const Activity& activity) const
{
    return readEvaluationCharts(m_database, activity);
}

EvaluationExport ProgrammeQueries::evaluationExport() const
{
    return EvaluationExport(m_database);
}

ParticipantExport ProgrammeQueries::participantExport() const
{
    return ParticipantExport(m_database);
}

Result<QList<Participant>> ProgrammeQueries::participants() const
{
    return ImportStore(m_database).participants();
}

Result<ImportPlan> ProgrammeQueries::planImport(const CsvTable& table, const QString& fileName,
                                                const ImportOptions& options) const
{
    return Importer(m_database).plan(table, fileName, options);
}

Result<RegistrationTemplateOptions> ProgrammeQueries::registrationTemplate(Id projectId,
                                                                           const QString& language) const
{
    Result<Project> project = m_store->project(projectId);
    if (!project)
        return project.error();
    Result<QList<Institution>> institutions = m_store->institutions();
    if (!institutions)
        return institutions.error();
    RegistrationTemplateOptions options;
    options.language = language;
    options.projectTitle =
        inLanguage(languageFromCode(language).value_or(Language::English), project->title, project->titleEs);
    options.institutions = registrationInstitutionChoices(*institutions, language);
    Result<CertificateDesign> design = CertificateDesignStore(m_database).read(projectId);
    if (!design)
        return design.error();
    options.privacyNotice = design->privacyNotice(language);
    return options;
}

Result<PersonData> ProgrammeQueries::personData(Id participantId) const
{
    return PersonDataQuery(m_database).read(participantId);
}

Result<DemoContent> ProgrammeQueries::demoContent() const
{
    return readDemoContent(m_database);
}

Result<RecordValue> ProgrammeQueries::record(RecordKind kind, Id id) const
{
    return withRecordType(kind, [this, id]<typename Value>() -> Result<RecordValue> {
        Result<Value> value = recordTraits<Value>.read(*m_store, id);
        if (!value)
            return value.error();
        return RecordValue(std::move(value).value());
    });
}

Result<DeleteImpact> ProgrammeQueries::deleteImpact(RecordKind kind, Id id) const
{
    return withRecordType(kind, [this, id]<typename Value>() -> Result<DeleteImpact> {
        const auto impact = recordTraits<Value>.deleteImpact;
        return impact ? impact(*m_store, id) : Result<DeleteImpact>(DeleteImpact{});
    });
}

} // namespace sd
