#include "PersonPage.h"

#include "AppSettings.h"
#include "DocumentReports.h"
#include "FileDialog.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageLayout.h"
#include "ProgrammeDocument.h"
#include "ProgrammeQueries.h"
#include "SnapshotTaker.h"
#include "UiLanguage.h"
#include "export/AccessBundle.h"
#include "import/DuplicatesDialog.h"
#include "storage/BackupStore.h"
#include "storage/ProfileQuery.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMaxRows = 16;

QLabel* makeHeading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    return label;
}

QLabel* makeText(QWidget* parent, const QString& objectName)
{
    QLabel* label = makeWrappedLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTreeWidget* makeTree(QWidget* parent, const QString& objectName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setWordWrap(false);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(false);
    tree->header()->setHighlightSections(false);
    tree->header()->setSectionsMovable(false);
    return tree;
}

QString percentText(double percent)
{
    return QCoreApplication::translate("sd::PersonPage", "%1 %").arg(QLocale().toString(percent, 'f', 0));
}

QString activityLabel(const ProfileActivity& activity)
{
    return activity.code + QLatin1Char(' ') + activity.title;
}

QString sessionLabel(const Session& session)
{
    if (session.part == SessionPart::FullDay)
        return dayText(session.date);
    return QCoreApplication::translate("sd::PersonPage", "%1, %2")
        .arg(dayText(session.date), toLabel(session.part).toLower());
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part;
    }
    return kept.join(QStringLiteral(" · "));
}

QString institutionLabel(const QString& name, const QString& acronym)
{
    if (acronym.isEmpty() || acronym == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, acronym);
}

QTreeWidgetItem* activityItem(const ProfileActivity& activity, const QStringList& more)
{
    auto* item = new QTreeWidgetItem(
        QStringList{activityLabel(activity), dateRangeText(activity.startDate, activity.endDate)} + more);
    item->setData(0, kIdRole, activity.id);
    item->setToolTip(0, QStringLiteral("%1 · %2").arg(activity.projectCode, activityLabel(activity)));
    return item;
}

} // namespace

PersonPage::PersonPage(ProgrammeDocument& document, const ProfileQuery& profiles, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_profiles(profiles)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("personContent"));

    m_back = new QPushButton(tr("‹ &Back"), content);
    m_back->setObjectName(QStringLiteral("personBackButton"));
    m_back->setFlat(true);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Back to where you came from (Alt+Left)"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!goBackInPage())
            Q_EMIT backRequested();
    });

    m_title = makePageTitle(content);
    m_subtitle = makeText(content, QStringLiteral("pageSubtitle"));

    m_edit = new QPushButton(tr("&Edit…"), content);
    m_edit->setObjectName(QStringLiteral("personEditButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_kind, m_id); });
    m_summary = new QPushButton(tr("Print &summary…"), content);
    m_summary->setObjectName(QStringLiteral("personSummaryButton"));
    m_summary->setToolTip(tr("Every activity this person took part in, in a print preview"));
    connect(m_summary, &QPushButton::clicked, this, [this] { printSummary(); });
    m_certificates = new QPushButton(tr("Print &certificates…"), content);
    m_certificates->setObjectName(QStringLiteral("personCertificatesButton"));
    connect(m_certificates, &QPushButton::clicked, this, [this] { printCertificates(); });
    m_merge = new QPushButton(tr("&Merge with a duplicate…"), content);
    m_merge->setObjectName(QStringLiteral("personMergeButton"));
    m_merge->setToolTip(tr("The probable duplicates of this person, by the duplicate finder's rules; merging "
                           "keeps one record and can be undone"));
    connect(m_merge, &QPushButton::clicked, this, &PersonPage::mergeWithDuplicate);
    m_exportData = new QPushButton(tr("Export their &data…"), content);
    m_exportData->setObjectName(QStringLiteral("personExportDataButton"));
    m_exportData->setToolTip(
        tr("Everything the file holds about this person, for their right of access: a zip "
           "archive of a JSON file and a readable PDF"));
    connect(m_exportData, &QPushButton::clicked, this, [this] { exportData(); });
    m_erase = new QPushButton(tr("E&rase…"), content);
    m_erase->setObjectName(QStringLiteral("personEraseButton"));
    m_erase->setToolTip(tr("Removes this person's names, contact details, consent and comments for good, "
                           "keeping what the results count; cannot be undone"));
    connect(m_erase, &QPushButton::clicked, this, [this] { erasePerson(); });
    // A lost server connection leaves the programme read-only until it is back (the page is read
    // again then): the person shown cannot be changed meanwhile.
    connect(&m_document, &ProgrammeDocument::connectionLost, this, [this] {
        m_edit->setEnabled(false);
        m_merge->setEnabled(false);
        m_erase->setEnabled(false);
    });

    QHBoxLayout* titleRow = makeTitleRow({m_title, m_subtitle});
    for (QPushButton* button : {m_summary, m_certificates, m_exportData, m_merge, m_erase, m_edit})
        titleRow->addWidget(button, 0, Qt::AlignTop);

    m_details = new QFormLayout;
    m_details->setLabelAlignment(Qt::AlignLeft);
    m_details->setHorizontalSpacing(16);
    m_details->setVerticalSpacing(4);

    m_activitiesHeading = makeHeading(content);
    m_activitiesNote = makeText(content, QStringLiteral("hint"));
    m_activities = makeTree(content, QStringLiteral("personActivities"));
    connect(m_activities, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        // A session row opens its activity too.
        QTreeWidgetItem* activity = item->parent() ? item->parent() : item;
        if (const Id id = activity->data(0, kIdRole).toLongLong(); id != 0)
            Q_EMIT activityActivated(id);
    });

    m_peopleHeading = makeHeading(content);
    m_peopleNote = makeText(content, QStringLiteral("hint"));
    m_people = makeTree(content, QStringLiteral("personPeople"));
    m_people->setRootIsDecorated(false);
    m_people->setHeaderLabels({tr("Name"), tr("Position"), tr("Activities"), tr("Took part in")});
    connect(m_people, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const Id id = item->data(0, kIdRole).toLongLong(); id != 0)
            open(SearchKind::Participant, id);
    });

    m_certificateSection = new QWidget(content);
    auto* certificatesHeading = makeHeading(m_certificateSection);
    certificatesHeading->setText(tr("Certificates of attendance"));
    m_threshold = new QSpinBox(m_certificateSection);
    m_threshold->setObjectName(QStringLiteral("personThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setSingleStep(5);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(DocumentReports::kDefaultThreshold);
    connect(m_threshold, &QSpinBox::valueChanged, this, &PersonPage::showCertificates);
    auto* thresholdLabel = new QLabel(tr("Attendance rate at &least:"), m_certificateSection);
    thresholdLabel->setBuddy(m_threshold);
    m_certificateList = makeText(m_certificateSection, QStringLiteral("personCertificateList"));
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch(1);
    auto* certificates = new QVBoxLayout(m_certificateSection);
    certificates->setContentsMargins(0, 0, 0, 0);
    certificates->addWidget(certificatesHeading);
    certificates->addLayout(thresholdRow);
    certificates->addWidget(m_certificateList);

    auto* changesHeading = makeHeading(content);
    changesHeading->setText(tr("Changes to the record"));
    m_changes = makeText(content, QStringLiteral("personChanges"));
    m_changes->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 8, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addLayout(titleRow);
    layout->addLayout(m_details);
    layout->addWidget(m_activitiesHeading);
    layout->addWidget(m_activitiesNote);
    layout->addWidget(m_activities);
    layout->addWidget(m_peopleHeading);
    layout->addWidget(m_peopleNote);
    layout->addWidget(m_people);
    layout->addWidget(m_certificateSection);
    layout->addWidget(changesHeading);
    layout->addWidget(m_changes);
    layout->addStretch(1);

    fillWithScrollArea(this, content)->setObjectName(QStringLiteral("personScroll"));
}

void PersonPage::open(SearchKind kind, Id id)
{
    if (m_id != 0 && isVisible() && !(kind == m_kind && id == m_id))
        m_history.append({m_kind, m_id});
    show(kind, id);
}

bool PersonPage::goBackInPage()
{
    if (m_history.isEmpty())
        return false;
    const auto [kind, id] = m_history.takeLast();
    show(kind, id);
    return true;
}

void PersonPage::refresh()
{
    if (m_id != 0)
        show(m_kind, m_id);
}

void PersonPage::show(SearchKind kind, Id id)
{
    m_kind = kind;
    m_id = id;
    clear();
    switch (kind) {
    case SearchKind::Participant:
        showParticipant();
        break;
    case SearchKind::Expert:
        showExpert();
        break;
    case SearchKind::Institution:
        showInstitution();
        break;
    case SearchKind::Activity:
        showMissing(Error::notFound(tr("An activity has a page of its own; choose it in the navigator.")));
        break;
    }
    m_back->setEnabled(true);
}

void PersonPage::clear()
{
    m_exists = false;
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    m_activities->clear();
    m_people->clear();
    m_activitiesNote->clear();
    m_peopleNote->clear();
    m_certificateList->clear();
    m_changes->clear();
    const bool participant = m_kind == SearchKind::Participant;
    m_summary->setVisible(participant);
    m_certificates->setVisible(participant);
    m_merge->setVisible(participant);
    m_exportData->setVisible(participant);
    m_erase->setVisible(participant);
    m_certificateSection->setVisible(participant);
    m_peopleHeading->setVisible(m_kind == SearchKind::Institution);
    m_peopleNote->setVisible(m_kind == SearchKind::Institution);
    m_people->setVisible(m_kind == SearchKind::Institution);
    for (QPushButton* button : {m_edit, m_summary, m_certificates, m_merge, m_exportData, m_erase})
        button->setEnabled(false);
}

void PersonPage::showMissing(const Error& error)
{
    // A record deleted or merged away meanwhile is no failure: the page says so and nothing more.
    m_title->setText(error.kind == ErrorKind::NotFound ? tr("This record is no longer in the file")
                                                       : tr("This record cannot be read"));
    m_subtitle->setText(error.message);
    m_activitiesHeading->clear();
    m_activities->setHeaderLabels({});
    fitHeight(m_activities, 0);
    m_changes->setText(tr("Nothing to show."));
    if (error.kind != ErrorKind::NotFound)
        Q_EMIT failed(error.message);
}

void PersonPage::addDetail(const QString& label, const QString& value)
{
    auto* text = new QLabel(value.isEmpty() ? tr("not recorded") : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setObjectName(value.isEmpty() ? QStringLiteral("hint") : QString());
    m_details->addRow(label, text);
}

void PersonPage::setActivityColumns(const QStringList& headings)
{
    m_activities->setColumnCount(int(headings.size()));
    m_activities->setHeaderLabels(headings);
    m_activities->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headings.size(); ++column)
        m_activities->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void PersonPage::fitHeight(QTreeWidget* tree, int maxRows)
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        if (!item->parent() || item->parent()->isExpanded())
            ++rows;
    }
    const int hinted = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : -1;
    const int rowHeight = hinted > 0 ? hinted : tree->fontMetrics().height() + 6;
    const int shown = std::clamp(rows, 1, std::max(1, maxRows));
    tree->setFixedHeight(tree->header()->sizeHint().height() + shown * rowHeight + 2 * tree->frameWidth() +
                         4);
}

void PersonPage::showParticipant()
{
    Result<ParticipantProfile> read = m_profiles.participant(m_id);
    if (!read) {
        showMissing(read.error());
        return;
    }
    const ParticipantProfile& profile = *read;
    const Participant& person = profile.participant;
    m_exists = true;
    m_title->setText(person.fullName());
    const QString institution = institutionLabel(profile.institutionName, profile.institutionAcronym);
    m_subtitle->setText(
        joined({tr("Participant"),
                profile.institutionAcronym.isEmpty() ? profile.institutionName : profile.institutionAcronym,
                person.position, person.region}));
    const bool editable = !m_document.isReadOnly();
    m_edit->setEnabled(editable);
    m_merge->setEnabled(editable);
    m_erase->setEnabled(editable && !person.erasedOn.isValid());
    m_summary->setEnabled(true);
    m_exportData->setEnabled(true);

    addDetail(tr("Gender:"), toLabel(person.gender));
    addDetail(tr("Institution:"), institution);
    addDetail(tr("Position:"), person.position);
    addDetail(tr("Region:"), person.region);
    addDetail(tr("Email:"), person.email);
    addDetail(tr("Phone:"), person.phone);
    addDetail(tr("Consent to data processing:"),
              person.consentDate.isValid()
                  ? QLocale().toString(person.consentDate, QStringLiteral("d MMM yyyy"))
                  : QString());
    addPrivacyDetails(person);
    addDetail(tr("Record number:"), person.illustrative
                                        ? tr("%1 (a fictional person of the demo programme)").arg(person.id)
                                        : QString::number(person.id));

    const int enrolled = int(profile.enrolments.size());
    m_activitiesHeading->setText(tr("Activities (%1)").arg(enrolled));
    m_activitiesNote->setText(
        enrolled == 0 ? tr("Not enrolled in any activity yet.")
                      : tr("Took part in %1 of %2; attended %3 of all their sessions (present or late).")
                            .arg(profile.activitiesTakenPart())
                            .arg(enrolled)
                            .arg(percentText(profile.overallRatePercent())));
    setActivityColumns({tr("Activity and session"), tr("Dates"), tr("Attended"), tr("Rate")});
    for (const ProfileEnrolment& enrolment : profile.enrolments) {
        QTreeWidgetItem* item = activityItem(
            enrolment.activity, {tr("%1 of %2").arg(enrolment.sessionsAttended).arg(enrolment.sessionCount()),
                                 percentText(enrolment.ratePercent())});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        for (const ProfileMark& mark : enrolment.marks) {
            auto* session =
                new QTreeWidgetItem(item, {sessionLabel(mark.session), QString(),
                                           mark.status ? toLabel(*mark.status) : tr("not marked")});
            session->setData(0, kIdRole, 0);
            if (!mark.status || !countsAsTakingPart(*mark.status))
                session->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_activities->addTopLevelItem(item);
    }
    m_activities->expandAll();
    fitHeight(m_activities, 3 * kMaxRows);
    m_certificates->setEnabled(true);
    showCertificates();

    Result<QList<ProfileChange>> changes = m_profiles.attendanceChanges(m_id);
    QString text =
        tr("The change log records what was changed, when and by which user, never whose record: it holds no "
           "names of participants. What it holds about this person is the changes to the attendance of their "
           "activities:");
    if (!changes) {
        text += QLatin1Char('\n') + changes.error().message;
    } else if (changes->isEmpty()) {
        text += QLatin1Char('\n') + tr("none recorded.");
    } else {
        for (const ProfileChange& change : std::as_const(*changes)) {
            const QString when = QLocale().toString(change.changedAt.toLocalTime(), QLocale::ShortFormat);
            text += change.changedBy.isEmpty()
                        ? QStringLiteral("\n%1  %2").arg(when, change.description)
                        : QStringLiteral("\n%1  %2: %3").arg(when, change.changedBy, change.description);
        }
    }
    m_changes->setText(text);
}

void PersonPage::showCertificates()
{
    if (m_kind != SearchKind::Participant || !m_exists)
        return;
    Result<QList<CertificateData>> certificates = m_profiles.certificates(m_id, m_threshold->value());
    if (!certificates) {
        m_certificateList->setText(certificates.error().message);
        m_certificates->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const CertificateData& certificate : std::as_const(*certificates))
        lines << tr("%1 %2: %3")
                     .arg(certificate.attendance.activity.code, certificate.attendance.activity.title,
                          percentText(certificate.attendance.ratePercent()));
    const int count = int(certificates->size());
    m_certificateList->setText(
        count == 0 ? tr("None at this threshold: no activity where this person's attendance rate reaches %1.")
                         .arg(percentText(m_threshold->value()))
                   : (count == 1 ? tr("One certificate, for this activity:")
                                 : tr("%1 certificates, one for each of these activities:").arg(count)) +
                         QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_certificates->setEnabled(count > 0);
    m_certificates->setToolTip(count > 0 ? tr("The certificates listed below, in a print preview")
                                         : tr("No certificate at this threshold; lower it to print one"));
}

void PersonPage::showExpert()
{
    Result<ExpertProfile> read = m_profiles.expert(m_id);
    if (!read) {
        showMissing(read.error());
        return;
    }
    const Expert& expert = read->expert;
    m_exists = true;
    m_title->setText(expert.fullName());
    m_subtitle->setText(joined({tr("Expert"), expert.country, expert.institution}));
    m_edit->setEnabled(!m_document.isReadOnly());
    addDetail(tr("Country:"), expert.country);
    addDetail(tr("Institution:"), expert.institution);
    addDetail(tr("Expertise:"), expert.expertise);
    addDetail(tr("Record number:"), expert.illustrative
                                        ? tr("%1 (a fictional person of the demo programme)").arg(expert.id)
                                        : QString::number(expert.id));
    const int count = int(read->activities.size());
    m_activitiesHeading->setText(tr("Activities they worked in (%1)").arg(count));
    if (count == 0)
        m_activitiesNote->setText(tr("Not assigned to any activity yet."));
    setActivityColumns({tr("Activity"), tr("Dates"), tr("Role"), tr("Status")});
    m_activities->setRootIsDecorated(false);
    for (const ExpertActivity& work : std::as_const(read->activities))
        m_activities->addTopLevelItem(
            activityItem(work.activity, {toLabel(work.role), toLabel(work.activity.status)}));
    fitHeight(m_activities, kMaxRows);
    m_changes->setText(
        tr("The file's change log records what was changed and when, never whose record: it holds "
           "no names, so the changes to this record cannot be listed."));
}

void PersonPage::showInstitution()
{
    Result<InstitutionProfile> read = m_profiles.institution(m_id);
    if (!read) {
        showMissing(read.error());
        return;
    }
    const InstitutionProfile& profile = *read;
    const Institution& institution = profile.institution;
    m_exists = true;
    m_title->setText(institutionLabel(institution.name, institution.acronym));
    m_subtitle->setText(
        joined({tr("Institution"), toLabel(institution.type), institution.country,
                profile.parentName.isEmpty() ? QString() : tr("part of %1").arg(profile.parentName)}));
    m_edit->setEnabled(!m_document.isReadOnly());
    addDetail(tr("Acronym:"), institution.acronym);
    addDetail(tr("Type:"), toLabel(institution.type));
    addDetail(tr("Country:"), institution.country);
    addDetail(tr("Part of:"), profile.parentName);
    QStringList units;
    for (const Institution& unit : profile.units)
        units << institutionLabel(unit.name, unit.acronym);
    if (!units.isEmpty())
        addDetail(tr("Its units:"), units.join(QStringLiteral("; ")));

    const QLocale locale;
    m_peopleHeading->setText(tr("People (%1)").arg(locale.toString(profile.memberCount)));
    if (profile.memberCount == 0)
        m_peopleNote->setText(tr("No participant of this institution is registered."));
    else if (profile.memberCount > profile.members.size())
        m_peopleNote->setText(
            tr("The first %1 by name; the Participants register lists them all (filter by the "
               "institution's acronym or name).")
                .arg(locale.toString(profile.members.size())));
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_people->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const InstitutionMember& member : profile.members) {
        auto* item = new QTreeWidgetItem(QStringList{
            member.familyNames + QStringLiteral(", ") + member.givenNames, member.position,
            locale.toString(member.activitiesEnrolled), locale.toString(member.activitiesTakenPart)});
        item->setData(0, kIdRole, member.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_people->addTopLevelItem(item);
    }
    fitHeight(m_people, kMaxRows);

    const int count = int(profile.activities.size());
    m_activitiesHeading->setText(tr("Activities of its people (%1)").arg(count));
    if (count == 0)
        m_activitiesNote->setText(tr("None of its people is enrolled in an activity."));
    setActivityColumns({tr("Activity"), tr("Dates"), tr("Enrolled"), tr("Took part")});
    m_activities->setRootIsDecorated(false);
    for (const InstitutionActivity& activity : profile.activities) {
        QTreeWidgetItem* item = activityItem(
            activity.activity, {locale.toString(activity.enrolled), locale.toString(activity.tookPart)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_activities->addTopLevelItem(item);
    }
    fitHeight(m_activities, kMaxRows);
    m_changes->setText(
        tr("The file's change log records what was changed and when, never whose record: it holds "
           "no names, so the changes to this record cannot be listed."));
}

DocumentReports PersonPage::documentReports()
{
    DocumentReports reports(m_document, this);
    // In the language chosen in the window's Reports menu for the project it shows.
    if (const auto* main = qobject_cast<const MainWindow*>(window()))
        reports.setLanguage(main->documentLanguage());
    return reports;
}

bool PersonPage::printSummary()
{
    if (m_kind != SearchKind::Participant || !m_exists)
        return false;
    return documentReports().participantSummary(m_id, 0);
}

bool PersonPage::printCertificates()
{
    if (m_kind != SearchKind::Participant || !m_exists)
        return false;
    return documentReports().participantCertificates(m_id, 0, 0, m_threshold->value());
}

bool PersonPage::exportData()
{
    if (m_kind != SearchKind::Participant || !m_exists)
        return false;
    const QString suggestion = QDir(AppSettings::lastFolder()).filePath(tr("person-%1-data.zip").arg(m_id));
    QString path =
        FileDialog::getSaveFileName(this, tr("Export their data"), suggestion, tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".zip");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written;
    Result<PersonData> data = m_document.queries().personData(m_id);
    if (data)
        written = AccessBundle::write(path, *data, UiLanguage::current());
    else
        written = data.error();
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Their data was not exported"), written.error().message);
        return false;
    }
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return true;
}

DuplicatesDialog* PersonPage::duplicatesDialog() const
{
    return m_duplicates;
}

void PersonPage::addPrivacyDetails(const Participant& person)
{
    if (person.erasedOn.isValid()) {
        addDetail(tr("Erased:"), tr("on %1; names, contact details, consent and comments removed")
                                     .arg(QLocale().toString(person.erasedOn, QStringLiteral("d MMM yyyy"))));
        return;
    }
    const QHash<QString, QString> sources{{QStringLiteral("sign_in_sheet"), tr("paper sign-in sheet")},
                                          {QStringLiteral("registration_form"), tr("registration form")},
                                          {QStringLiteral("import"), tr("imported list")}};
    addDetail(tr("Consent purpose:"), person.consentPurpose);
    addDetail(tr("Consent recorded on:"), sources.value(person.consentSource));
    if (person.legalHoldReason.isEmpty())
        return;
    const QString until = QLocale().toString(person.legalHoldUntil, QStringLiteral("d MMM yyyy"));
    addDetail(
        tr("Legal hold:"),
        ParticipantErasure::isHeld(person, QDate::currentDate())
            ? tr("until %1: %2 (the person cannot be erased meanwhile)").arg(until, person.legalHoldReason)
            : tr("ended on %1: %2").arg(until, person.legalHoldReason));
}

bool PersonPage::erasePerson()
{
    if (m_kind != SearchKind::Participant || !m_exists || m_document.isReadOnly())
        return false;
    const QMessageBox::StandardButton answer = MessageBox::warning(
        this, tr("Erase this person"),
        tr("Erase participant %1 for good? Their names, email, phone, position, consent and evaluation "
           "comments are removed; gender, institution, region, attendance and scores stay, so every results "
           "table keeps its numbers. This cannot be undone, and the undo history is cleared, since its steps "
           "hold their data.")
            .arg(m_id),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const Id id = m_id;
    Result<ErasureReport> report = m_document.eraseParticipant(id, ParticipantErasure::Mode::Anonymise);
    if (!report) {
        Q_EMIT failed(report.error().message);
        return false;
    }
    QString said = tr("Participant %1 is erased, and the undo history was cleared.").arg(id);
    if (!report->logEmptied)
        said +=
            QLatin1Char(' ') + tr("Another program has the file open: its write-ahead log keeps the erased "
                                  "data until the last program closes the file.");
    QStringList backups = report->backups;
    if (!m_document.isOnServer()) {
        for (const BackupStore::Snapshot& snapshot :
             BackupStore(SnapshotTaker::defaultRoot()).snapshots(m_document.path()))
            backups.append(QDir::toNativeSeparators(snapshot.path));
    }
    if (!backups.isEmpty())
        said += QLatin1Char(' ') + tr("These backups were written before and still hold the person's data; "
                                      "delete them or keep them as safe as the file: %1.")
                                       .arg(backups.join(QStringLiteral(", ")));
    said += QLatin1Char(' ') + tr("Copies and exports made earlier hold it too.");
    MessageBox::information(this, tr("Person erased"), said);
    refresh();
    return true;
}

void PersonPage::mergeWithDuplicate()
{
    if (m_kind != SearchKind::Participant || !m_exists || m_document.isReadOnly())
        return;
    if (m_duplicates)
        delete m_duplicates;
    m_duplicates = new DuplicatesDialog(m_document, this, m_id);
    m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_duplicates, &DuplicatesDialog::merged, this, [this](Id kept, Id removed) {
        // The page follows the person to the record that remains.
        if (m_kind == SearchKind::Participant && removed == m_id)
            show(SearchKind::Participant, kept);
    });
    m_duplicates->open();
}

} // namespace sd
