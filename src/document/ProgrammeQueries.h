#pragma once

#include "RecordKind.h"
#include "common/Result.h"
#include "counting/EvaluationQuery.h"
#include "counting/ResultsQuery.h"
#include "documents/DocumentData.h"
#include "documents/EvaluationChartData.h"
#include "documents/EvaluationReportData.h"
#include "export/EvaluationExport.h"
#include "export/ParticipantExport.h"
#include "export/RegistrationTemplate.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/DemoContent.h"
#include "storage/GlobalSearch.h"
#include "storage/PersonData.h"
#include "storage/ProfileQuery.h"
#include "storage/ProgrammeStore.h"
#include "storage/RegisterQuery.h"

#include <memory>

namespace sd {

// The window's one door to what a programme file holds: the registers, the results tables, the data
// of the coordinator's documents, the rows an export writes, an import's preview and the record an
// editing dialog starts from. The document hands out the one on its own connection; work in the
// background opens one on a connection of its own, in its own thread, with openReader(source()).
class ProgrammeQueries
{
public:
    // What another thread needs to read the same file.
    using Source = Database::ReaderSpec;

    // Reads through database, which must outlive this object.
    explicit ProgrammeQueries(Database& database);
    // Reads through a read-only connection of its own, in the calling thread.
    static Result<std::unique_ptr<ProgrammeQueries>> openReader(const Source& source);
    ~ProgrammeQueries();
    ProgrammeQueries(const ProgrammeQueries&) = delete;
    ProgrammeQueries& operator=(const ProgrammeQueries&) = delete;

    Source source() const;

    // A register, paged, filtered and sorted in SQL (activityId: the activity of a roster).
    RegisterQuery registerQuery(RegisterKind kind, Id activityId = 0) const;
    // The results tables and the persons behind their numbers; the rows' titles and names in `language`.
    ResultsQuery results(Language language = Language::English) const;
    // The evaluation tables and the participations behind their counts.
    EvaluationQuery evaluation() const;
    // What the coordinator's documents (certificates, lists, sign-in sheets, summaries) show, with the
    // programme's texts in `language`.
    DocumentData documentData(Language language = Language::English) const;
    // An activity's evaluation report: its row of the evaluation table, the spread of scores, the comments.
    Result<EvaluationReportData> evaluationReport(Id activityId, Language language = Language::English) const;
    // The two evaluation charts of an activity (its stored record), from that activity's answers only.
    Result<EvaluationChartData> evaluationCharts(const Activity& activity) const;
    // The rows of a participants export.
    EvaluationExport evaluationExport() const;
    ParticipantExport participantExport() const;
    // Every participant of the file, by id (the duplicate finder compares them all).
    Result<QList<Participant>> participants() const;
    // What importing the list would do, row by row; nothing is written.
    Result<ImportPlan> planImport(const CsvTable& table, const QString& fileName,
                                  const ImportOptions& options) const;

    // The one search under the Find field, and the reads of a person's page.
    const GlobalSearch& search() const { return *m_search; }
    const ProfileQuery& profiles() const { return *m_profiles; }
    // Everything the file holds about a participant, for their right of access (docs/privacy.md).
    Result<PersonData> personData(Id participantId) const;

    // What the project's registration list template holds besides its columns (the institutions, the
    // project's title and privacy notice), in "es" or "en".
    Result<RegistrationTemplateOptions> registrationTemplate(Id projectId, const QString& language) const;

    // Whether the file is a demo: its fictional people and the project they were made up for.
    Result<DemoContent> demoContent() const;

    // The record as its editing dialog edits it.
    Result<RecordValue> record(RecordKind kind, Id id) const;
    // What deleting the record would take with it.
    Result<DeleteImpact> deleteImpact(RecordKind kind, Id id) const;

private:
    ProgrammeQueries(std::unique_ptr<Database> own);

    std::unique_ptr<Database> m_own;
    Database& m_database;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<GlobalSearch> m_search;
    std::unique_ptr<ProfileQuery> m_profiles;
};

} // namespace sd
