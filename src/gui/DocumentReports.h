#pragma once

#include "documents/DocumentRecords.h"
#include "domain/Language.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QWidget;

namespace sd {

class CoordinatorDocument;
class ProgrammeDocument;

// The coordinator's documents from the window: reads what each shows (the core's DocumentData), builds
// the same document classes as `seminardesk-cli print` and shows them in the print preview
// (DocumentPrinter). Each says in a message box why there is nothing to print, and returns false then.
class DocumentReports
{
    Q_DECLARE_TR_FUNCTIONS(sd::DocumentReports)

public:
    static constexpr int kDefaultThreshold = 75;

    DocumentReports(ProgrammeDocument& document, QWidget* parent);

    // The language the documents are drawn in, their fixed texts and the programme's titles alike,
    // whatever the window's language (Reports ▸ Document language); English unless set.
    void setLanguage(Language language) { m_language = language; }
    // The document language of a project of the programme at `location` (a file's absolute path or a
    // server's storable address): the one chosen for it, else the window's language.
    static Language languageFor(const QString& location, Id projectId);

    // A participant's certificates of attendance: for one activity, or (activityId 0) for every activity of
    // the project (projectId 0: of the file) they took part in, at an attendance rate of at least
    // thresholdPercent (0: any activity they took part in).
    bool participantCertificates(Id participantId, Id activityId, Id projectId, double thresholdPercent = 0);
    // Certificates in one document for everyone in the activity whose attendance rate reaches a
    // threshold the user is asked for (75 % at first).
    bool activityCertificates(Id activityId);
    // The same certificates saved one PDF a person into a folder the user chooses, with mailing.csv.
    bool saveActivityCertificates(Id activityId);
    // Every activity of the project (projectId 0: of the file) the person took part in.
    bool participantSummary(Id participantId, Id projectId);
    // The activity's participant list, grouped by institution.
    bool participantList(Id activityId);
    // A blank sign-in sheet for each session of the activity.
    bool signInSheets(Id activityId);
    // The activity's evaluation report: its numbers, the spread of scores, satisfaction, comments.
    bool evaluationReport(Id activityId);
    // The project's registration list template, saved as an XLSX where the user chooses.
    bool registrationTemplate(Id projectId);

    // Asks for the threshold of an activity's certificates, saying as it moves how many of `candidates`
    // (the certificates of everyone who took part) reach it; false when cancelled.
    static bool askThreshold(QWidget* parent, const QString& activityLabel,
                             const QList<CertificateData>& candidates, int& percent);
    // Tests only: the next threshold question is answered with `percent` (negative: cancelled).
    static void setNextThreshold(int percent);

private:
    // The certificates of the activity at the threshold the user answers; nullopt when cancelled or
    // there is none (the reason is shown).
    std::optional<QList<CertificateData>> askActivityCertificates(Id activityId);
    QString activityStem(Id activityId, const QString& kind) const;
    bool show(const CoordinatorDocument& document, const QString& fileStem);
    bool fail(const QString& title, const QString& message);

    ProgrammeDocument& m_document;
    QWidget* m_parent;
    Language m_language = Language::English;
};

} // namespace sd
