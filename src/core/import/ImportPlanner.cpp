#include "import/ImportPlanner.h"

#include "domain/Validation.h"
#include "import/NameMatching.h"
#include "io/ListLimits.h"

#include <QFileInfo>
#include <algorithm>
#include <optional>
#include <spdlog/spdlog.h>
#include <tuple>

namespace sd {
namespace {

// The types of institution by their names in the user's language, which a list may also write.
QString institutionTypeLabels()
{
    QStringList labels;
    for (const InstitutionType type : EnumInfo<InstitutionType>::all())
        labels.append(EnumInfo<InstitutionType>::label(type));
    return labels.join(QStringLiteral(", "));
}

// The readers cut a cell to one character past the limit the importer rejects it at.
static_assert(ListLimits::kMaxCellCharacters == kMaxCellLength);

// How carefully a name is typed: mixed case beats capitals only, accents beat plain letters. Of
// several spellings of one new person, the most careful one is stored.
int spellingScore(const QString& text)
{
    bool lower = false;
    bool upper = false;
    int accented = 0;
    for (const QChar c : text) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        if (c.unicode() >= 0x80 && c.isLetter())
            ++accented;
    }
    return (lower && upper ? 1000 : 0) + accented;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

QString formatDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ImportPlanner::ImportPlanner(Database& database, const CsvTable& table, const QString& fileName,
                             const ImportOptions& options, ColumnMapping mapping,
                             const QList<Institution>& institutions)
    : m_store(database)
    , m_bulk(database)
    , m_table(table)
    , m_options(options)
    , m_mapping(std::move(mapping))
    , m_institutions(institutions)
{
    m_plan.kind = options.kind;
    m_plan.fileName = fileName;
    m_plan.encoding = table.encoding;
    m_plan.separator = table.separator;
    m_plan.invalidTextLines = table.invalidTextLines;
    if (!table.invalidTextLines.isEmpty())
        spdlog::warn("import: lines of the list with bytes that are not UTF-8, read as Windows-1252: {} "
                     "(the first is line {})",
                     table.invalidTextLines.size(), table.invalidTextLines.front());
    m_plan.columns = m_mapping.describe();
    m_plan.activityCode = options.activityCode;
    m_plan.rowsRead = table.rows.size();
    if (m_mapping.has(ImportField::Gender)) {
        QStringList values;
        const int column = m_mapping.column(ImportField::Gender);
        for (const QStringList& row : table.rows)
            values.append(row.value(column));
        m_genderLetters = genderLettersOf(values);
    }
}

Status ImportPlanner::loadPeople()
{
    Result<QList<Participant>> stored = m_bulk.participants();
    if (!stored)
        return stored.error();
    const qsizetype expected = stored->size() + m_table.rows.size();
    m_people.reserve(std::size_t(expected));
    m_byName.reserve(expected);
    m_byEmail.reserve(expected);
    PersonNameKeys nameKeys;
    // Only the emails the list names can match; the others need no entry in the map.
    QSet<QString> listEmails;
    if (m_mapping.has(ImportField::Email)) {
        for (const QStringList& row : m_table.rows) {
            const QString email = normaliseEmail(cell(row, ImportField::Email));
            if (!email.isEmpty())
                listEmails.insert(email);
        }
    }
    for (Participant& participant : *stored) {
        Person person;
        person.institution = participant.institutionId;
        if (!participant.email.isEmpty()) {
            QString email = normaliseEmail(participant.email);
            if (listEmails.contains(email))
                person.emailKey = std::move(email);
        }
        person.nameKey = nameKeys.of(participant.givenNames, participant.familyNames);
        person.record = std::move(participant);
        index(int(m_people.size()), person);
        m_people.push_back(std::move(person));
    }
    return {};
}

Result<ImportPlanner::ActivityState*> ImportPlanner::activityState(const QString& code)
{
    const QString key = code.trimmed();
    if (auto found = m_activities.find(key); found != m_activities.end())
        return &found->second;
    if (m_options.projectId <= 0)
        return Error::badInput(
            tr("No project was chosen for the activity codes; choose one with --project CODE."));
    Result<Activity> activity = m_store.activityByCode(m_options.projectId, key);
    if (!activity)
        return activity.error();
    ActivityState state;
    state.activity = *activity;
    Result<QList<Session>> sessions = m_store.sessions(activity->id);
    if (!sessions)
        return sessions.error();
    state.sessions = *sessions;
    Result<QHash<Id, Id>> enrolments = m_bulk.enrolmentsByParticipant(activity->id);
    if (!enrolments)
        return enrolments.error();
    state.enrolments = *enrolments;
    if (m_options.kind == ImportKind::Attendance) {
        Result<QHash<ImportStore::MarkKey, AttendanceStatus>> marks = m_bulk.marks(activity->id);
        if (!marks)
            return marks.error();
        state.marks = *marks;
    }
    return &m_activities.emplace(key, std::move(state)).first->second;
}

Status ImportPlanner::checkOptions()
{
    const bool sheet = m_options.kind == ImportKind::Attendance;
    if (!m_options.activityCode.isEmpty()) {
        Result<ActivityState*> state = activityState(m_options.activityCode);
        if (!state)
            return state.error();
        if (sheet && !m_mapping.has(ImportField::Activity) && !m_mapping.has(ImportField::SessionDate) &&
            (*state)->sessions.size() != 1)
            return Error::badInput(tr("%1 has no date column and activity %2 has %3 sessions; add a column "
                                      "with the session date (dd/mm/yyyy).")
                                       .arg(displayFileName(), m_options.activityCode)
                                       .arg((*state)->sessions.size()));
    } else if (sheet && !m_mapping.has(ImportField::Activity)) {
        return Error::badInput(
            tr("%1 has no activity column; name the activity with --activity CODE.").arg(displayFileName()));
    }
    return {};
}

Result<ImportPlan> ImportPlanner::run()
{
    if (Status options = checkOptions(); !options)
        return options.error();
    if (Status loaded = loadPeople(); !loaded)
        return loaded.error();
    for (int row = 0; row < m_table.rows.size(); ++row) {
        if (Status planned = planRow(row); !planned)
            return planned.error();
    }
    findPossibleDuplicates();
    finish();
    return std::move(m_plan);
}

QString ImportPlanner::displayFileName() const
{
    return QFileInfo(m_plan.fileName).fileName();
}

QString ImportPlanner::cell(const QStringList& row, ImportField field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 ? row.value(column).trimmed() : QString();
}

ImportPlanner::RowValues ImportPlanner::valuesOf(const QStringList& row) const
{
    RowValues values;
    values.given = cell(row, ImportField::GivenNames).simplified();
    if (m_mapping.has(ImportField::FirstFamilyName)) {
        values.family =
            (cell(row, ImportField::FirstFamilyName) + u' ' + cell(row, ImportField::SecondFamilyName))
                .simplified();
    } else {
        values.family = cell(row, ImportField::FamilyNames).simplified();
    }
    values.gender = cell(row, ImportField::Gender);
    values.institution = cell(row, ImportField::Institution).simplified();
    values.institutionType = cell(row, ImportField::InstitutionType).simplified();
    values.position = cell(row, ImportField::Position).simplified();
    values.region = cell(row, ImportField::Region).simplified();
    values.email = cell(row, ImportField::Email);
    values.phone = cell(row, ImportField::Phone).simplified();
    values.activity = cell(row, ImportField::Activity);
    values.date = cell(row, ImportField::SessionDate);
    values.part = cell(row, ImportField::SessionPart);
    values.status = cell(row, ImportField::Status);
    return values;
}

QString ImportPlanner::headingOfSchemaField(const QString& schemaField) const
{
    if (schemaField == u"family_names" && m_mapping.has(ImportField::FirstFamilyName))
        return heading(ImportField::FirstFamilyName);
    if (const std::optional<ImportField> field = importFieldFromCode(schemaField))
        return heading(*field);
    return schemaField;
}

void ImportPlanner::index(int at, const Person& person)
{
    if (!person.emailKey.isEmpty())
        m_byEmail.add(person.emailKey, at);
    m_byName.add(person.nameKey, at);
}

ImportPlanner::PersonLookup ImportPlanner::lookUp(const QString& emailKey, const QString& nameKey,
                                                  bool hasNames, qint64 institution) const
{
    PersonLookup lookup;
    if (!emailKey.isEmpty()) {
        const QList<int> byEmail = m_byEmail.values(emailKey);
        if (byEmail.size() == 1) {
            lookup.person = byEmail.front();
            lookup.byEmail = true;
            return lookup;
        }
        if (byEmail.size() > 1) {
            QList<int> sameName;
            for (int candidate : byEmail) {
                if (m_people[std::size_t(candidate)].nameKey == nameKey)
                    sameName.append(candidate);
            }
            if (sameName.size() == 1) {
                lookup.person = sameName.front();
                lookup.byEmail = true;
            } else {
                lookup.ambiguous = byEmail;
                lookup.byEmail = true;
            }
            return lookup;
        }
    }
    if (!hasNames)
        return lookup;
    const QList<int> byName = m_byName.values(nameKey);
    QList<int> sameInstitution;
    QList<int> compatible;
    for (int candidate : byName) {
        const qint64 theirs = m_people[std::size_t(candidate)].institution;
        if (institution != 0 && theirs == institution)
            sameInstitution.append(candidate);
        else if (institutionsCompatible(institution, theirs))
            compatible.append(candidate);
    }
    const QList<int>& best = sameInstitution.isEmpty() ? compatible : sameInstitution;
    if (best.size() == 1)
        lookup.person = best.front();
    else if (best.size() > 1)
        lookup.ambiguous = best;
    return lookup;
}

QString ImportPlanner::subjectOf(const Person& person) const
{
    if (person.isNew)
        return tr("the person of line %1").arg(m_plan.persons[person.planIndex].lines.value(0));
    return tr("participant %1 (%2)").arg(person.record.id).arg(person.record.displayName());
}

PlannedPerson& ImportPlanner::touch(int at, int line)
{
    Person& person = m_people[std::size_t(at)];
    if (person.planIndex < 0) {
        person.planIndex = int(m_plan.persons.size());
        PlannedPerson planned;
        planned.stored = person.record;
        planned.isNew = person.isNew;
        m_plan.persons.append(planned);
        m_planToPerson.append(at);
    }
    PlannedPerson& planned = m_plan.persons[person.planIndex];
    planned.lines.append(line);
    return planned;
}

int ImportPlanner::addPerson(const Participant& record, qint64 institution, int line)
{
    Person person;
    person.record = record;
    person.institution = institution;
    person.isNew = true;
    person.emailKey = normaliseEmail(record.email);
    person.nameKey = personNameKey(record.givenNames, record.familyNames);
    const int at = int(m_people.size());
    index(at, person);
    m_people.push_back(std::move(person));
    touch(at, line);
    return at;
}

void ImportPlanner::fill(int at, const Participant& row, qint64 institution, bool byEmail, int line)
{
    Person& person = m_people[std::size_t(at)];
    PlannedPerson& planned = touch(at, line);
    const auto filled = [&](ImportField field) {
        if (!person.isNew)
            planned.filledFields.append(importFieldCode(field));
    };
    const auto differ = [&](ImportField field, const QString& listValue, const QString& kept) {
        m_plan.differences.append({line, subjectOf(person), heading(field), listValue, kept});
    };
    const auto fillText = [&](ImportField field, QString Participant::*member, QString (*key)(QStringView)) {
        const QString& value = row.*member;
        QString& current = person.record.*member;
        if (value.isEmpty())
            return;
        if (current.trimmed().isEmpty()) {
            current = value;
            filled(field);
        } else if (key(current) != key(value)) {
            differ(field, value, current);
        }
    };

    if (row.gender != Gender::NotStated) {
        if (person.record.gender == Gender::NotStated) {
            person.record.gender = row.gender;
            filled(ImportField::Gender);
        } else if (person.record.gender != row.gender) {
            differ(ImportField::Gender, toLabel(row.gender), toLabel(person.record.gender));
        }
    }
    if (institution != 0) {
        if (person.institution == 0) {
            person.institution = institution;
            filled(ImportField::Institution);
        } else if (person.institution != institution) {
            differ(ImportField::Institution, m_institutions.nameOf(institution),
                   m_institutions.nameOf(person.institution));
        }
    }
    fillText(ImportField::Position, &Participant::position, normaliseName);
    fillText(ImportField::Region, &Participant::region, normaliseName);
    const bool hadEmail = !person.record.email.trimmed().isEmpty();
    fillText(ImportField::Email, &Participant::email, normaliseEmail);
    if (!hadEmail && !person.record.email.isEmpty()) {
        person.emailKey = normaliseEmail(person.record.email);
        m_byEmail.add(person.emailKey, at);
    }
    fillText(ImportField::Phone, &Participant::phone, normalisePhone);

    const QString rowNameKey = personNameKey(row.givenNames, row.familyNames);
    if (byEmail && rowNameKey != person.nameKey && !row.givenNames.isEmpty()) {
        if (normaliseName(row.givenNames) != normaliseName(person.record.givenNames))
            differ(ImportField::GivenNames, row.givenNames, person.record.givenNames);
        if (normaliseName(row.familyNames) != normaliseName(person.record.familyNames))
            differ(m_mapping.has(ImportField::FirstFamilyName) ? ImportField::FirstFamilyName
                                                               : ImportField::FamilyNames,
                   row.familyNames, person.record.familyNames);
    }
    if (person.isNew && rowNameKey == person.nameKey &&
        spellingScore(row.fullName()) > spellingScore(person.record.fullName())) {
        person.record.givenNames = row.givenNames;
        person.record.familyNames = row.familyNames;
    }
}

void ImportPlanner::planEnrolment(int at, ActivityState& state)
{
    const Person& person = m_people[std::size_t(at)];
    if (!person.isNew && state.enrolments.contains(person.record.id))
        return;
    const std::pair<int, Id> key{at, state.activity.id};
    if (m_plannedEnrolments.contains(key))
        return;
    m_plannedEnrolments.insert(key);
    m_plan.enrolments.append({person.planIndex, state.activity.id, 0});
}

Status ImportPlanner::readSheetCells(const RowValues& values, SheetCells& cells, QList<RowProblem>& problems)
{
    const QString code = values.activity.isEmpty() ? m_options.activityCode : values.activity;
    if (code.isEmpty()) {
        problems.append({heading(ImportField::Activity),
                         tr("The activity code is empty; write the code of the activity, e.g. 2.1.")});
    } else {
        Result<ActivityState*> state = activityState(code);
        if (state) {
            cells.activity = *state;
        } else if (state.error().kind == ErrorKind::NotFound) {
            problems.append({heading(ImportField::Activity),
                             tr("The project has no activity with the code %1.").arg(quoted(code))});
        } else {
            return state.error();
        }
    }

    if (cells.activity != nullptr) {
        const QList<Session>& sessions = cells.activity->sessions;
        const QString activityCode = cells.activity->activity.code;
        if (!m_mapping.has(ImportField::SessionDate)) {
            if (sessions.size() == 1)
                cells.session = &sessions.front();
            else
                problems.append({heading(ImportField::SessionDate),
                                 tr("Activity %1 has %2 sessions and the sheet has no date column; add one.")
                                     .arg(activityCode)
                                     .arg(sessions.size())});
        } else {
            const QDate date = parseListDate(values.date);
            std::optional<SessionPart> part;
            bool partProblem = false;
            if (m_mapping.has(ImportField::SessionPart) && !values.part.isEmpty()) {
                part = parseSessionPart(values.part);
                if (!part) {
                    partProblem = true;
                    problems.append({heading(ImportField::SessionPart),
                                     tr("%1 is not a part of the day; write morning (mañana), afternoon "
                                        "(tarde) or full day (día completo).")
                                         .arg(quoted(values.part))});
                }
            }
            if (values.date.isEmpty()) {
                problems.append({heading(ImportField::SessionDate), tr("The session date is empty.")});
            } else if (!date.isValid()) {
                problems.append(
                    {heading(ImportField::SessionDate),
                     tr("%1 is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.").arg(quoted(values.date))});
            } else if (!partProblem) {
                QList<const Session*> onDate;
                for (const Session& session : sessions) {
                    if (session.date == date && (!part || session.part == *part))
                        onDate.append(&session);
                }
                if (onDate.size() == 1) {
                    cells.session = onDate.front();
                } else if (onDate.isEmpty()) {
                    QStringList dates;
                    for (const Session& session : sessions) {
                        const QString text = formatDate(session.date);
                        if (!dates.contains(text))
                            dates.append(text);
                    }
                    problems.append(
                        {heading(ImportField::SessionDate),
                         part ? tr("Activity %1 has no %2 session on %3.")
                                    .arg(activityCode, toLabel(*part).toLower(), formatDate(date))
                              : tr("Activity %1 has no session on %2; its sessions are on %3.")
                                    .arg(activityCode, formatDate(date), dates.join(QStringLiteral(", ")))});
                } else {
                    problems.append({heading(ImportField::SessionDate),
                                     tr("Activity %1 has a morning and an afternoon session on %2; add a "
                                        "column with the part of the day (mañana/tarde).")
                                         .arg(activityCode, formatDate(date))});
                }
            }
        }
    }

    if (m_mapping.has(ImportField::Status)) {
        const std::optional<AttendanceStatus> status = parseAttendanceStatus(values.status);
        if (values.status.isEmpty())
            problems.append(
                {heading(ImportField::Status),
                 tr("The status is empty; write P (present), L (late), E (excused) or A (absent).")});
        else if (!status)
            problems.append({heading(ImportField::Status),
                             tr("%1 is not an attendance status; write P, L, E or A (or Presente, Retardo, "
                                "Justificado, Ausente).")
                                 .arg(quoted(values.status))});
        else
            cells.status = *status;
    }
    return {};
}

Status ImportPlanner::planRow(int rowIndex)
{
    const QStringList& row = m_table.rows[rowIndex];
    const int line = m_table.lineNumbers.value(rowIndex, rowIndex + 2);
    // A cell longer than a spreadsheet's cell is no list's value: the row goes before any of
    // its texts is folded or compared.
    QList<RowProblem> oversized;
    for (qsizetype column = 0; column < row.size(); ++column) {
        if (row[column].size() > kMaxCellLength)
            oversized.append({m_table.header.value(column),
                              tr("The cell holds more than %1 characters, the most a spreadsheet cell "
                                 "holds; shorten it or leave the column out of the list.")
                                  .arg(kMaxCellLength)});
    }
    if (!oversized.isEmpty()) {
        m_plan.rejected.append({rowIndex, line, oversized});
        return {};
    }
    const RowValues values = valuesOf(row);
    const bool sheet = m_options.kind == ImportKind::Attendance;
    QList<RowProblem> problems;

    Participant candidate;
    candidate.givenNames = values.given;
    candidate.familyNames = values.family;
    candidate.position = values.position;
    candidate.region = values.region;
    candidate.email = values.email;
    candidate.phone = values.phone;
    if (const std::optional<Gender> gender = parseGender(values.gender, m_genderLetters)) {
        candidate.gender = *gender;
    } else if (isUndecidedGenderLetter(values.gender, m_genderLetters)) {
        problems.append({heading(ImportField::Gender),
                         tr("%1 can mean mujer or male and this column has neither F nor H to tell; write F, "
                            "H, Mujer or Hombre.")
                             .arg(quoted(values.gender))});
    } else {
        problems.append({heading(ImportField::Gender),
                         tr("%1 is not a gender; write F (female, mujer), H or M (male, hombre), Otro, or "
                            "leave it empty.")
                             .arg(quoted(values.gender))});
    }

    // The record's own rules (required names, a well-formed email). A sign-in sheet may name
    // people by email alone, so there the names are needed only to create someone.
    const bool hasNames = !values.given.isEmpty() && !values.family.isEmpty();
    for (const FieldError& error : validate(candidate)) {
        const bool nameField = error.field == u"given_names" || error.field == u"family_names";
        if (sheet && nameField && !values.email.isEmpty())
            continue;
        problems.append({headingOfSchemaField(error.field), error.message});
    }

    qint64 institution = 0;
    if (values.institution.size() > kMaxNameLength) {
        problems.append({heading(ImportField::Institution),
                         tr("The institution's name has %1 characters, more than the %2 allowed; "
                            "shorten it.")
                             .arg(values.institution.size())
                             .arg(kMaxNameLength)});
    } else if (!values.institution.isEmpty()) {
        const InstitutionIndex::Resolution resolved = m_institutions.resolve(values.institution, line);
        if (!resolved.ambiguousNames.isEmpty())
            problems.append(
                {heading(ImportField::Institution),
                 tr("%1 is the acronym of several institutions (%2); write the institution's full "
                    "name.")
                     .arg(quoted(values.institution), resolved.ambiguousNames.join(QStringLiteral("; ")))});
        institution = resolved.ref;
        if (!values.institutionType.isEmpty()) {
            if (const std::optional<InstitutionType> type = parseInstitutionType(values.institutionType))
                m_institutions.setTypeOfNew(institution, *type);
            else
                problems.append({heading(ImportField::InstitutionType),
                                 tr("%1 is not a type of institution; write one of %2.")
                                     .arg(quoted(values.institutionType), institutionTypeLabels())});
        }
    }

    SheetCells cells;
    if (sheet) {
        if (Status read = readSheetCells(values, cells, problems); !read)
            return read;
    }

    PersonLookup lookup;
    if (problems.isEmpty()) {
        lookup = lookUp(normaliseEmail(values.email), personNameKey(values.given, values.family), hasNames,
                        institution);
        if (!lookup.ambiguous.isEmpty()) {
            QStringList ids;
            for (int at : std::as_const(lookup.ambiguous)) {
                const Person& person = m_people[std::size_t(at)];
                ids.append(
                    person.isNew
                        ? tr("the person of line %1").arg(m_plan.persons[person.planIndex].lines.value(0))
                        : tr("participant %1").arg(person.record.id));
            }
            problems.append(
                {lookup.byEmail || !hasNames ? heading(ImportField::Email) : heading(ImportField::GivenNames),
                 tr("The row matches several people (%1); add an email or institution that tells "
                    "them apart, or merge the duplicates first.")
                     .arg(ids.join(QStringLiteral(", ")))});
        } else if (lookup.person < 0 && sheet && !m_options.createMissing) {
            problems.append(
                {hasNames ? heading(ImportField::GivenNames) : heading(ImportField::Email),
                 tr("No participant matches this row by email or by names and institution; add the "
                    "person first, or import with --create-missing.")});
        } else if (lookup.person < 0 && sheet && !hasNames) {
            problems.append({heading(ImportField::Email),
                             tr("No participant has this email, and the row has no given and family names to "
                                "create one from.")});
        }
    }

    // A second mark for the same person and session must agree with the first.
    if (problems.isEmpty() && sheet && lookup.person >= 0 && cells.session != nullptr) {
        const auto earlier = m_plannedMarks.constFind({lookup.person, cells.session->id});
        if (earlier != m_plannedMarks.constEnd() && earlier->first != cells.status)
            problems.append(
                {heading(ImportField::Status), tr("Line %1 marks the same person %2 at the same session.")
                                                   .arg(earlier->second)
                                                   .arg(toLabel(earlier->first).toLower())});
    }

    if (!problems.isEmpty()) {
        m_plan.rejected.append({rowIndex, line, problems});
        return {};
    }

    int at = lookup.person;
    if (at >= 0)
        fill(at, candidate, institution, lookup.byEmail, line);
    else
        at = addPerson(candidate, institution, line);

    if (!sheet) {
        if (!m_options.activityCode.isEmpty()) {
            Result<ActivityState*> state = activityState(m_options.activityCode);
            if (!state)
                return state.error();
            planEnrolment(at, **state);
        }
        return {};
    }

    ActivityState& state = *cells.activity;
    planEnrolment(at, state);
    const std::pair<int, Id> markKey{at, cells.session->id};
    if (m_plannedMarks.contains(markKey))
        return {}; // the same mark again
    m_plannedMarks.insert(markKey, {cells.status, line});
    const Person& person = m_people[std::size_t(at)];
    const Id enrolmentId = person.isNew ? 0 : state.enrolments.value(person.record.id, 0);
    if (enrolmentId != 0) {
        const auto stored = state.marks.constFind({enrolmentId, cells.session->id});
        if (stored != state.marks.constEnd()) {
            if (*stored == cells.status) {
                ++m_plan.unchangedMarks;
            } else {
                m_plan.differences.append({line, subjectOf(person),
                                           tr("%1 (%2, %3)")
                                               .arg(heading(ImportField::Status), state.activity.code,
                                                    formatDate(cells.session->date)),
                                           toLabel(cells.status), toLabel(*stored)});
            }
            return {};
        }
    }
    m_plan.marks.append(
        {person.planIndex, state.activity.id, cells.session->id, enrolmentId, cells.status, line});
    return {};
}

void ImportPlanner::findPossibleDuplicates()
{
    bool anyNew = false;
    for (const PlannedPerson& planned : std::as_const(m_plan.persons))
        anyNew = anyNew || planned.isNew;
    if (!anyNew)
        return;
    // The distinct names of the new people, then the stored names that share a blocking key with
    // one of them: only those can be near, so the others are never read word by word.
    NameIndex names;
    std::vector<QList<int>> peopleOfName;
    std::vector<bool> queries;
    QList<PersonNameKey> queryNames;
    QList<int> storedOnly; // the last person of each stored-only name
    const QHash<QString, int>& lastByName = m_byName.lastByKey();
    for (auto it = lastByName.cbegin(); it != lastByName.cend(); ++it) {
        QList<int> people = m_byName.chain(it.value());
        if (std::none_of(people.begin(), people.end(),
                         [this](int at) { return m_people[std::size_t(at)].isNew; })) {
            storedOnly.append(it.value());
            continue;
        }
        const Participant& bearer = m_people[std::size_t(it.value())].record;
        queryNames.append(PersonNameKey::from(bearer.givenNames, bearer.familyNames));
        names.add(queryNames.back());
        peopleOfName.push_back(std::move(people));
        queries.push_back(true);
    }
    const NameIndex::QueryFilter filter(queryNames);
    for (int last : std::as_const(storedOnly)) {
        const Person& person = m_people[std::size_t(last)];
        const qsizetype separator = person.nameKey.indexOf(kNameKeySeparator);
        if (!filter.mayRelate(person.nameKey.left(separator), person.nameKey.mid(separator + 1),
                              person.record.familyNames))
            continue;
        names.add(PersonNameKey::from(person.record.givenNames, person.record.familyNames));
        peopleOfName.push_back(m_byName.chain(last));
        queries.push_back(false);
    }
    for (const NameIndex::NearPair& pair : names.nearPairs(&queries)) {
        for (int a : peopleOfName[std::size_t(pair.first)]) {
            for (int b : peopleOfName[std::size_t(pair.second)]) {
                const Person& first = m_people[std::size_t(a)];
                const Person& second = m_people[std::size_t(b)];
                if ((!first.isNew && !second.isNew) ||
                    !institutionsCompatible(first.institution, second.institution))
                    continue;
                m_plan.possibleDuplicates.append(duplicateOf(first, second, describe(pair.relation)));
            }
        }
    }
    std::sort(m_plan.possibleDuplicates.begin(), m_plan.possibleDuplicates.end(),
              [](const PossibleDuplicate& a, const PossibleDuplicate& b) {
                  return std::tie(a.line, a.otherId, a.otherLine) < std::tie(b.line, b.otherId, b.otherLine);
              });
}

PossibleDuplicate ImportPlanner::duplicateOf(const Person& first, const Person& second,
                                             const QString& reason) const
{
    // The new person is the row; of two new people, the later row.
    const auto firstLine = [this](const Person& p) {
        return m_plan.persons[p.planIndex].lines.value(0);
    };
    const Person* row = &first;
    const Person* other = &second;
    if (!first.isNew || (second.isNew && firstLine(second) > firstLine(first)))
        std::swap(row, other);
    PossibleDuplicate duplicate;
    duplicate.line = firstLine(*row);
    duplicate.name = row->record.fullName();
    duplicate.otherName = other->record.fullName();
    duplicate.reason = reason;
    if (other->isNew)
        duplicate.otherLine = firstLine(*other);
    else
        duplicate.otherId = other->record.id;
    return duplicate;
}

void ImportPlanner::finish()
{
    QHash<qint64, qint64> renumbered;
    for (int i = 0; i < m_plan.persons.size(); ++i) {
        PlannedPerson& planned = m_plan.persons[i];
        const Person& person = m_people[std::size_t(m_planToPerson[i])];
        planned.record = person.record;
        planned.institution = person.institution;
        const bool institutionWritten =
            planned.isNew || planned.filledFields.contains(QStringLiteral("institution"));
        if (InstitutionIndex::isNew(person.institution) && institutionWritten) {
            if (!renumbered.contains(person.institution)) {
                const InstitutionIndex::NewInstitution& added =
                    m_institutions.newInstitutions()[InstitutionIndex::newIndexOf(person.institution)];
                m_plan.newInstitutions.append({added.institution, planned.lines.value(0, added.firstLine)});
                renumbered.insert(person.institution, -qint64(m_plan.newInstitutions.size()));
            }
            planned.institution = renumbered.value(person.institution);
        }
    }
    std::sort(m_plan.rejected.begin(), m_plan.rejected.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
}

} // namespace sd
