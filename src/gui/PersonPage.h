#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/GlobalSearch.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <utility>

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace sd {

class DocumentReports;
class DuplicatesDialog;
class ProfileQuery;
class ProgrammeDocument;

// The page of one person or institution in the main window. A participant: their data, every activity
// they were enrolled in with their mark at each session and their attendance rate, the certificates of
// attendance they qualify for at a threshold, and what the change log holds about them; from there
// their summary and certificates print, their record is edited, or merged with a probable duplicate.
// An expert: their data and the activities they worked in, with their role. An institution: its data,
// its people and the activities they were enrolled in. Rows open further pages: an activity its
// activity page, a person of an institution their own page (Back returns).
class PersonPage : public QWidget
{
    Q_OBJECT

public:
    PersonPage(ProgrammeDocument& document, const ProfileQuery& profiles, QWidget* parent = nullptr);

    // Shows a record: Participant, Expert or Institution (an activity has a page of its own). When the
    // page already shows a record, Back returns to it.
    void open(SearchKind kind, Id id);
    SearchKind kind() const { return m_kind; }
    Id recordId() const { return m_id; }
    // False when the record shown was deleted or merged away meanwhile.
    bool recordExists() const { return m_exists; }
    // Reads the record again (after a change to the file).
    void refresh();
    // Back to the record shown before on this page; false when there is none.
    bool goBackInPage();
    // Forgets the records shown before (the page was left for another).
    void clearHistory() { m_history.clear(); }

    // The participant's summary of every activity, and their certificates at the page's threshold, in the
    // print preview (DocumentReports). False when there is nothing to print (a message box says why).
    bool printSummary();
    bool printCertificates();
    // Everything the file holds about the participant (their right of access), saved as a zip archive of
    // a JSON file and a PDF in the window's language, where the save dialog says (docs/privacy.md).
    // False when cancelled or not written (a message box says why).
    bool exportData();
    // The probable duplicates of the participant, to merge one (window-modal; see DuplicatesDialog).
    void mergeWithDuplicate();
    DuplicatesDialog* duplicatesDialog() const;
    // Erases the participant after asking (ProgrammeDocument::eraseParticipant), which clears the undo
    // history, and says which backups still hold their data. False when nothing was erased.
    bool erasePerson();

    QLabel* title() const { return m_title; }
    QLabel* subtitle() const { return m_subtitle; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* summaryButton() const { return m_summary; }
    QPushButton* certificatesButton() const { return m_certificates; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* exportDataButton() const { return m_exportData; }
    QPushButton* eraseButton() const { return m_erase; }
    QTreeWidget* activitiesTree() const { return m_activities; }
    QTreeWidget* peopleTree() const { return m_people; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QLabel* certificatesList() const { return m_certificateList; }
    QLabel* changesText() const { return m_changes; }

Q_SIGNALS:
    void editRequested(sd::SearchKind kind, sd::Id id);
    void activityActivated(sd::Id activityId);
    // Back with no record before on this page: the window returns to where the officer came from.
    void backRequested();
    void failed(const QString& message);

private:
    DocumentReports documentReports();
    void show(SearchKind kind, Id id);
    void clear();
    void showMissing(const Error& error);
    void showParticipant();
    void showExpert();
    void showInstitution();
    void showCertificates();
    void addDetail(const QString& label, const QString& value);
    void addPrivacyDetails(const Participant& person);
    void setActivityColumns(const QStringList& headings);
    static void fitHeight(QTreeWidget* tree, int maxRows);

    ProgrammeDocument& m_document;
    const ProfileQuery& m_profiles;
    SearchKind m_kind = SearchKind::Participant;
    Id m_id = 0;
    bool m_exists = false;
    QList<std::pair<SearchKind, Id>> m_history;

    QPushButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_summary = nullptr;
    QPushButton* m_certificates = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_exportData = nullptr;
    QPushButton* m_erase = nullptr;
    QFormLayout* m_details = nullptr;
    QLabel* m_activitiesHeading = nullptr;
    QLabel* m_activitiesNote = nullptr;
    QTreeWidget* m_activities = nullptr;
    QLabel* m_peopleHeading = nullptr;
    QLabel* m_peopleNote = nullptr;
    QTreeWidget* m_people = nullptr;
    QWidget* m_certificateSection = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLabel* m_certificateList = nullptr;
    QLabel* m_changes = nullptr;
    QPointer<DuplicatesDialog> m_duplicates;
};

} // namespace sd
