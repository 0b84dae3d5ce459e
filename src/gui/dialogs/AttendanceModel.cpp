#include "dialogs/AttendanceModel.h"

#include "dialogs/DialogSupport.h"
#include "domain/SearchText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace sd {
namespace {

constexpr qint8 kUnmarked = -1;

qint8 encode(std::optional<AttendanceStatus> status)
{
    return status ? static_cast<qint8>(*status) : kUnmarked;
}

std::optional<AttendanceStatus> decode(qint8 value)
{
    if (value < 0)
        return std::nullopt;
    return static_cast<AttendanceStatus>(value);
}

struct Palette
{
    QColor background;
    QColor foreground;
};

// Soft backgrounds with dark text, readable in print-like light themes; unmarked cells stay plain.
Palette paletteFor(std::optional<AttendanceStatus> status)
{
    if (!status)
        return {QColor(), QColor(0x75, 0x75, 0x75)};
    switch (*status) {
    case AttendanceStatus::Present:
        return {QColor(0xd4, 0xed, 0xda), QColor(0x1b, 0x5e, 0x20)};
    case AttendanceStatus::Late:
        return {QColor(0xff, 0xf1, 0xc6), QColor(0x7a, 0x4f, 0x01)};
    case AttendanceStatus::Excused:
        return {QColor(0xdc, 0xe8, 0xf8), QColor(0x0d, 0x47, 0xa1)};
    case AttendanceStatus::Absent:
        return {QColor(0xf9, 0xd6, 0xd5), QColor(0xb7, 0x1c, 0x1c)};
    }
    return {};
}

// A cell both this sheet and someone else changed: a strong colour none of the marks uses.
const QColor kConflictBackground(0xff, 0xa7, 0x26);
const QColor kConflictForeground(0x3e, 0x27, 0x23);

QString lowerLabel(std::optional<AttendanceStatus> status)
{
    return status ? toLabel(*status).toLower() : AttendanceModel::tr("unmarked");
}

bool takesPart(qint8 value)
{
    return value >= 0 && countsAsTakingPart(static_cast<AttendanceStatus>(value));
}

} // namespace

AttendanceModel::AttendanceModel(const ProgrammeStore& store, Id activityId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_activityId(activityId)
{
}

QString AttendanceModel::letter(std::optional<AttendanceStatus> status)
{
    if (!status)
        return QStringLiteral("·");
    switch (*status) {
    case AttendanceStatus::Present:
        return tr("P", "attendance: present");
    case AttendanceStatus::Late:
        return tr("L", "attendance: late");
    case AttendanceStatus::Excused:
        return tr("E", "attendance: excused");
    case AttendanceStatus::Absent:
        return tr("A", "attendance: absent");
    }
    return {};
}

AttendanceModel::Row AttendanceModel::rowOf(const ProgrammeStore::EnrolledParticipant& who) const
{
    Row row;
    row.who = who;
    row.name =
        who.givenNames.isEmpty() ? who.familyNames : who.familyNames + QStringLiteral(", ") + who.givenNames;
    row.institution = who.region.isEmpty() || who.institution.isEmpty()
                          ? (who.institution.isEmpty() ? who.region : who.institution)
                          : tr("%1 (%2)").arg(who.institution, who.region);
    row.sortKey = foldForSearch(row.name);
    row.searchKey = row.sortKey + QLatin1Char('\n') +
                    foldForSearch(who.givenNames + QLatin1Char(' ') + who.familyNames + QLatin1Char('\n') +
                                  row.institution);
    row.saved = QList<qint8>(m_sessions.size(), kUnmarked);
    return row;
}

void AttendanceModel::reindex()
{
    m_rowOfEnrolment.clear();
    for (qsizetype at = 0; at < m_rows.size(); ++at)
        m_rowOfEnrolment.insert(m_rows[at].who.enrolmentId, static_cast<int>(at));
}

Status AttendanceModel::load()
{
    Result<ProgrammeStore::AttendanceSheet> sheet = m_store.attendanceSheet(m_activityId);
    if (!sheet)
        return sheet.error();

    // Pending marks survive a reload, keyed by enrolment and session, with the mark each cell had
    // when it was changed (the first read's, for a cell already in conflict).
    QHash<QPair<Id, Id>, qint8> pending;
    QHash<std::pair<Id, Id>, qint8> base;
    for (const Row& row : std::as_const(m_rows)) {
        for (qsizetype s = 0; s < m_sessions.size(); ++s) {
            if (row.current[s] == row.saved[s])
                continue;
            const std::pair<Id, Id> key{row.who.enrolmentId, m_sessions[s].id};
            pending.insert({key.first, key.second}, row.current[s]);
            base.insert(key, m_conflicts.value(key, row.saved[s]));
        }
    }
    // A stored person enrolled on the spot whom the file now has enrolled (someone enrolled them
    // meanwhile): their walk-in becomes that enrolment, and its marks go with it.
    QHash<Id, Id> enrolmentOfParticipant;
    for (const ProgrammeStore::EnrolledParticipant& who : std::as_const(sheet->enrolled))
        enrolmentOfParticipant.insert(who.participantId, who.enrolmentId);
    for (qsizetype w = m_walkIns.size() - 1; w >= 0; --w) {
        const WalkIn& walkIn = m_walkIns[w];
        const Id stored = walkIn.person.id > 0 ? enrolmentOfParticipant.value(walkIn.person.id, 0) : 0;
        if (stored == 0)
            continue;
        for (const Session& session : std::as_const(m_sessions)) {
            const auto mark = pending.constFind({walkIn.enrolmentId, session.id});
            if (mark != pending.cend()) {
                const qint8 value = *mark;
                pending.remove({walkIn.enrolmentId, session.id});
                if (!pending.contains({stored, session.id}))
                    pending.insert({stored, session.id}, value);
            }
        }
        m_walkIns.removeAt(w);
    }

    beginResetModel();
    m_sessions = std::move(sheet->sessions);
    QHash<Id, int> columnOfSession;
    for (qsizetype s = 0; s < m_sessions.size(); ++s)
        columnOfSession.insert(m_sessions[s].id, static_cast<int>(s));
    m_rows.clear();
    m_rows.reserve(sheet->enrolled.size() + m_walkIns.size());
    for (const ProgrammeStore::EnrolledParticipant& who : std::as_const(sheet->enrolled))
        m_rows.append(rowOf(who));
    reindex();
    for (const AttendanceMark& mark : std::as_const(sheet->marks)) {
        const auto rowIt = m_rowOfEnrolment.constFind(mark.enrolmentId);
        const auto columnIt = columnOfSession.constFind(mark.sessionId);
        if (rowIt != m_rowOfEnrolment.cend() && columnIt != columnOfSession.cend())
            m_rows[*rowIt].saved[*columnIt] = encode(mark.status);
    }
    for (const WalkIn& walkIn : std::as_const(m_walkIns)) {
        Row row = rowOf({walkIn.enrolmentId, walkIn.person.id, walkIn.person.familyNames,
                         walkIn.person.givenNames, walkIn.institution, walkIn.person.region});
        const auto after =
            std::upper_bound(m_rows.begin(), m_rows.end(), row.sortKey,
                             [](const QString& key, const Row& other) { return key < other.sortKey; });
        m_rows.insert(after, std::move(row));
    }
    reindex();
    qsizetype kept = 0;
    m_conflicts.clear();
    for (Row& row : m_rows) {
        row.current = row.saved;
        for (qsizetype s = 0; s < m_sessions.size(); ++s) {
            const auto it = pending.constFind({row.who.enrolmentId, m_sessions[s].id});
            if (it == pending.cend())
                continue;
            ++kept;
            row.current[s] = *it;
            // The same change made elsewhere is no change any more; a different one is a conflict.
            const std::pair<Id, Id> key{row.who.enrolmentId, m_sessions[s].id};
            const qint8 was = base.value(key, row.saved[s]);
            if (*it != row.saved[s] && was != row.saved[s])
                m_conflicts.insert(key, was);
        }
    }
    m_droppedByLastLoad = static_cast<int>(pending.size() - kept);
    endResetModel();
    Q_EMIT countsChanged();
    return {};
}

int AttendanceModel::addWalkIn(const WalkIn& walkIn, int session, std::optional<AttendanceStatus> status)
{
    Row row = rowOf({walkIn.enrolmentId, walkIn.person.id, walkIn.person.familyNames,
                     walkIn.person.givenNames, walkIn.institution, walkIn.person.region});
    row.current = row.saved;
    if (session >= 0 && session < m_sessions.size())
        row.current[session] = encode(status);
    const auto after =
        std::upper_bound(m_rows.begin(), m_rows.end(), row.sortKey,
                         [](const QString& key, const Row& other) { return key < other.sortKey; });
    const int at = static_cast<int>(after - m_rows.begin());
    beginInsertRows({}, at, at);
    m_walkIns.append(walkIn);
    m_rows.insert(at, std::move(row));
    reindex();
    endInsertRows();
    Q_EMIT countsChanged();
    return at;
}

void AttendanceModel::removeWalkIns(const QList<Id>& enrolmentIds)
{
    for (Id enrolmentId : enrolmentIds) {
        const int at = rowOfEnrolment(enrolmentId);
        if (at < 0 || !isWalkIn(enrolmentId))
            continue;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        m_walkIns.removeIf([enrolmentId](const WalkIn& walkIn) { return walkIn.enrolmentId == enrolmentId; });
        reindex();
        endRemoveRows();
    }
    Q_EMIT countsChanged();
}

QList<Id> AttendanceModel::participantIds() const
{
    QList<Id> ids;
    ids.reserve(m_rows.size());
    for (const Row& row : m_rows)
        ids.append(row.who.participantId);
    return ids;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rateColumn() + 1;
}

bool AttendanceModel::isSessionColumn(int column) const
{
    return column >= kFirstSessionColumn && column < rateColumn();
}

int AttendanceModel::rowOfEnrolment(Id enrolmentId) const
{
    return m_rowOfEnrolment.value(enrolmentId, -1);
}

Id AttendanceModel::enrolmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].who.enrolmentId : 0;
}

std::optional<AttendanceStatus> AttendanceModel::status(int row, int session) const
{
    if (row < 0 || row >= m_rows.size() || session < 0 || session >= m_sessions.size())
        return std::nullopt;
    return decode(m_rows[row].current[session]);
}

int AttendanceModel::rate(const Row& row) const
{
    if (m_sessions.isEmpty())
        return 0;
    int present = 0;
    for (qint8 value : row.current) {
        if (takesPart(value))
            ++present;
    }
    return static_cast<int>(std::lround(100.0 * present / static_cast<double>(m_sessions.size())));
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();

    if (role == SearchKeyRole)
        return row.searchKey;
    if (role == EnrolmentIdRole)
        return QVariant::fromValue<qint64>(row.who.enrolmentId);

    if (column == kNameColumn || column == kInstitutionColumn) {
        const QString& text = column == kNameColumn ? row.name : row.institution;
        const bool walkIn = column == kNameColumn && isWalkIn(row.who.enrolmentId);
        switch (role) {
        case Qt::DisplayRole:
            return text;
        case Qt::ToolTipRole:
            return walkIn ? tr("%1 (walk-in, not saved yet)").arg(text) : text;
        case Qt::FontRole:
            if (walkIn) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case SortRole:
            return column == kNameColumn ? row.sortKey : foldForSearch(row.institution) + row.sortKey;
        default:
            return {};
        }
    }
    if (column == rateColumn()) {
        const int percent = rate(row);
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(percent);
        case SortRole:
            return percent;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("Present or late at %1% of the sessions").arg(percent);
        default:
            return {};
        }
    }

    const int session = sessionIndex(column);
    const qint8 value = row.current[session];
    const std::optional<AttendanceStatus> status = decode(value);
    const bool changed = value != row.saved[session];
    const auto conflict =
        changed ? m_conflicts.constFind({row.who.enrolmentId, m_sessions[session].id}) : m_conflicts.cend();
    if (conflict != m_conflicts.cend()) {
        switch (role) {
        case ConflictRole: {
            const std::optional<AttendanceStatus> was = decode(*conflict);
            return was ? toCode(*was) : QString(QLatin1String(""));
        }
        case Qt::BackgroundRole:
            return QBrush(kConflictBackground);
        case Qt::ForegroundRole:
            return QBrush(kConflictForeground);
        case Qt::ToolTipRole:
            return tr("Changed by someone else too. Theirs: %1 · yours: %2 · when you opened: %3. Saving "
                      "writes yours.")
                .arg(lowerLabel(decode(row.saved[session])), lowerLabel(status),
                     lowerLabel(decode(*conflict)));
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return letter(status);
    case StatusRole:
    case Qt::EditRole:
        return status ? QVariant(toCode(*status)) : QVariant();
    case SortRole:
        return static_cast<int>(value);
    case ChangedRole:
        return changed;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        const QColor background = paletteFor(status).background;
        return background.isValid() ? QVariant(QBrush(background)) : QVariant();
    }
    case Qt::ForegroundRole:
        return QBrush(paletteFor(status).foreground);
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString what = status ? toLabel(*status) : tr("Not marked");
        return changed ? tr("%1 (not saved yet)").arg(what) : what;
    }
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == kNameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Participant")) : QVariant();
    if (section == kInstitutionColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Institution")) : QVariant();
    if (section == rateColumn()) {
        if (role == Qt::DisplayRole)
            return tr("%");
        if (role == Qt::ToolTipRole)
            return tr("Attendance rate: sessions present or late / sessions of the activity");
        return {};
    }
    const Session& session = m_sessions[sessionIndex(section)];
    if (role == Qt::DisplayRole) {
        const QString day = QLocale().toString(session.date, QStringLiteral("ddd d MMM"));
        switch (session.part) {
        case SessionPart::FullDay:
            return day;
        case SessionPart::Morning:
            return tr("%1 am").arg(day);
        case SessionPart::Afternoon:
            return tr("%1 pm").arg(day);
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1, %2").arg(QLocale().toString(session.date, QLocale::LongFormat), toLabel(session.part));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Cells are set by keys and clicks, not by an editor, so they are not ItemIsEditable.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        !isSessionColumn(index.column()) || (role != Qt::EditRole && role != StatusRole))
        return false;
    std::optional<AttendanceStatus> status;
    const QString code = value.toString();
    if (!code.isEmpty()) {
        status = fromCode<AttendanceStatus>(code);
        if (!status)
            return false;
    }
    setStatus({index}, status);
    return true;
}

void AttendanceModel::setStatus(const QModelIndexList& indexes, std::optional<AttendanceStatus> status)
{
    const qint8 value = encode(status);
    int firstRow = rowCount();
    int lastRow = -1;
    int firstColumn = columnCount();
    int lastColumn = -1;
    for (const QModelIndex& index : indexes) {
        if (index.model() != this || !isSessionColumn(index.column()))
            continue;
        qint8& cell = m_rows[index.row()].current[sessionIndex(index.column())];
        if (cell == value)
            continue;
        cell = value;
        firstRow = std::min(firstRow, index.row());
        lastRow = std::max(lastRow, index.row());
        firstColumn = std::min(firstColumn, index.column());
        lastColumn = std::max(lastColumn, index.column());
    }
    if (lastRow < 0)
        return;
    Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
    Q_EMIT dataChanged(index(firstRow, rateColumn()), index(lastRow, rateColumn()));
    Q_EMIT countsChanged();
}

QList<SaveAttendanceCommand::Change> AttendanceModel::changes() const
{
    QList<SaveAttendanceCommand::Change> list;
    for (const Row& row : m_rows) {
        for (qsizetype s = 0; s < m_sessions.size(); ++s) {
            if (row.current[s] != row.saved[s])
                list.append(
                    {row.who.enrolmentId, m_sessions[s].id, decode(row.saved[s]), decode(row.current[s])});
        }
    }
    return list;
}

bool AttendanceModel::hasChanges() const
{
    return !m_walkIns.isEmpty() ||
           std::any_of(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.current != row.saved; });
}

int AttendanceModel::conflictCount() const
{
    int count = 0;
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it) {
        const int row = rowOfEnrolment(it.key().first);
        for (qsizetype s = 0; row >= 0 && s < m_sessions.size(); ++s) {
            if (m_sessions[s].id == it.key().second && m_rows[row].current[s] != m_rows[row].saved[s])
                ++count;
        }
    }
    return count;
}

Status AttendanceModel::acceptChanges()
{
    m_conflicts.clear();
    for (Row& row : m_rows)
        row.saved = row.current;
    if (!m_walkIns.isEmpty()) {
        // The walk-ins are in the file now, under ids of their own.
        m_walkIns.clear();
        return load();
    }
    if (!m_rows.isEmpty() && !m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, kFirstSessionColumn), index(rowCount() - 1, rateColumn()));
    return {};
}

int AttendanceModel::takingPart(int session) const
{
    int count = 0;
    for (const Row& row : m_rows) {
        if (takesPart(row.current[session]))
            ++count;
    }
    return count;
}

int AttendanceModel::tookPartAtAll() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return std::any_of(row.current.begin(), row.current.end(), takesPart);
    }));
}

double AttendanceModel::averageRate() const
{
    if (m_rows.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (const Row& row : m_rows)
        sum += rate(row);
    return sum / static_cast<double>(m_rows.size());
}

} // namespace sd
