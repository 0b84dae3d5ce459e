#include "dialogs/EvaluationModel.h"

#include "domain/Validation.h"
#include "storage/ProgrammeStore.h"

#include <QColor>
#include <QLocale>

namespace sd {
namespace {

const QColor kPendingBackground(0xff, 0xf8, 0xd6);
const QColor kConflictBackground(0xff, 0xa7, 0x26);
const QColor kConflictForeground(0x3e, 0x27, 0x23);

std::optional<int>* item(EvaluationAnswers& answers, EvaluationModel::Field field)
{
    using Field = EvaluationModel::Field;
    switch (field) {
    case Field::Overall:
        return &answers.satisfactionOverall;
    case Field::Relevance:
        return &answers.satisfactionRelevance;
    case Field::Experts:
        return &answers.satisfactionExperts;
    case Field::Organisation:
        return &answers.satisfactionOrganisation;
    case Field::Recommend:
        return &answers.satisfactionRecommend;
    default:
        return nullptr;
    }
}

bool sameAnswers(const std::optional<EvaluationAnswers>& a, const std::optional<EvaluationAnswers>& b)
{
    const bool aEmpty = !a || a->isEmpty();
    const bool bEmpty = !b || b->isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    EvaluationAnswers left = *a;
    EvaluationAnswers right = *b;
    left.rowVersion = right.rowVersion = 0;
    return left == right;
}

bool sameRow(const std::optional<EvaluationAnswers>& a, const std::optional<EvaluationAnswers>& b)
{
    if (!a || !b)
        return !a && !b;
    return a->rowVersion == b->rowVersion && sameAnswers(a, b);
}

} // namespace

EvaluationModel::EvaluationModel(Database& database, Id activityId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_activityId(activityId)
{
}

Status EvaluationModel::load(bool rebaseConflicts)
{
    Result<Activity> activity = ProgrammeStore(m_database).activity(m_activityId);
    if (!activity)
        return activity.error();
    Result<QList<EvaluationStore::Line>> sheet = EvaluationStore(m_database).sheet(m_activityId);
    if (!sheet)
        return sheet.error();
    QHash<Id, Row> pending;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.edited)
            pending.insert(row.line.enrolmentId, row);
    }
    beginResetModel();
    m_activity = *activity;
    m_fields = {Field::Name};
    if (m_activity.hasKnowledgeTest())
        m_fields << Field::Pre << Field::Post;
    if (m_activity.satisfactionSurvey)
        m_fields << Field::Overall << Field::Relevance << Field::Experts << Field::Organisation
                 << Field::Recommend << Field::Comment;
    if (m_activity.followUp)
        m_fields << Field::Applied;
    m_rows.clear();
    for (const EvaluationStore::Line& line : std::as_const(*sheet)) {
        Row row{line, {}, {}, false};
        if (const auto kept = pending.constFind(line.enrolmentId); kept != pending.cend()) {
            row.base = kept->base;
            row.edited = kept->edited;
            row.conflict = !sameRow(line.answers, kept->base);
            if (row.conflict && rebaseConflicts)
                row.base = line.answers;
            pending.remove(line.enrolmentId);
        }
        m_rows.append(row);
    }
    m_dropped = int(pending.size());
    endResetModel();
    Q_EMIT pendingChanged();
    return {};
}

Status EvaluationModel::acceptChanges()
{
    m_rows.clear();
    return load();
}

int EvaluationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

EvaluationAnswers EvaluationModel::answersOf(const Row& row) const
{
    if (row.edited)
        return *row.edited;
    EvaluationAnswers answers = row.line.answers.value_or(EvaluationAnswers{});
    answers.enrolmentId = row.line.enrolmentId;
    return answers;
}

QString EvaluationModel::nameOf(const Row& row) const
{
    return row.line.givenNames.isEmpty()
               ? row.line.familyNames
               : tr("%1, %2", "family names, given names").arg(row.line.familyNames, row.line.givenNames);
}

QString EvaluationModel::text(const EvaluationAnswers& answers, Field field) const
{
    const QLocale locale;
    switch (field) {
    case Field::Name:
        return {};
    case Field::Pre:
        return answers.preScore ? locale.toString(*answers.preScore) : QString();
    case Field::Post:
        return answers.postScore ? locale.toString(*answers.postScore) : QString();
    case Field::Comment:
        return answers.comment;
    case Field::Applied:
        return answers.applied ? toLabel(*answers.applied) : QString();
    default: {
        EvaluationAnswers copy = answers;
        const std::optional<int>* value = item(copy, field);
        return value && *value ? QString::number(**value) : QString();
    }
    }
}

QVariant EvaluationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_fields.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Field field = m_fields.at(index.column());
    const EvaluationAnswers answers = answersOf(row);
    const bool changed =
        row.edited && text(*row.edited, field) != text(row.line.answers.value_or(EvaluationAnswers{}), field);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return field == Field::Name ? nameOf(row) : text(answers, field);
    case Qt::TextAlignmentRole:
        return field == Field::Name || field == Field::Comment ? QVariant() : QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (field == Field::Name)
            return {};
        if (row.conflict && changed)
            return kConflictBackground;
        return changed ? QVariant(kPendingBackground) : QVariant();
    case Qt::ForegroundRole:
        return row.conflict && changed ? QVariant(kConflictForeground) : QVariant();
    case Qt::ToolTipRole:
        if (field == Field::Name)
            return nameOf(row);
        if (row.conflict && changed)
            return tr("Changed by someone else since you started: theirs “%1”, yours “%2”.")
                .arg(text(row.line.answers.value_or(EvaluationAnswers{}), field), text(answers, field));
        if (field == Field::Comment)
            return answers.comment;
        return {};
    default:
        return {};
    }
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return {};
    const QLocale locale;
    const Field field = m_fields.at(section);
    if (role == Qt::ToolTipRole) {
        switch (field) {
        case Field::Pre:
            return tr("Knowledge test before the activity, 0 to %1")
                .arg(locale.toString(m_activity.testMaxScore));
        case Field::Post:
            return tr("Knowledge test after the activity, 0 to %1")
                .arg(locale.toString(m_activity.testMaxScore));
        case Field::Overall:
            return tr("Overall satisfaction, 1 (poor) to 5 (excellent)");
        case Field::Relevance:
            return tr("Relevance to my work, 1 to 5");
        case Field::Experts:
            return tr("Quality of the experts, 1 to 5");
        case Field::Organisation:
            return tr("Organisation, 1 to 5");
        case Field::Recommend:
            return tr("Would recommend, 1 to 5");
        case Field::Comment:
            return tr("The participant's free comment");
        case Field::Applied:
            return tr("Follow-up: applied what was learnt in their work (Y yes, P partly, N no)");
        case Field::Name:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
    case Field::Name:
        return tr("Participant");
    case Field::Pre:
        return tr("Pre");
    case Field::Post:
        return tr("Post");
    case Field::Overall:
        return tr("Overall");
    case Field::Relevance:
        return tr("Relevance");
    case Field::Experts:
        return tr("Experts");
    case Field::Organisation:
        return tr("Organisation");
    case Field::Recommend:
        return tr("Recommend");
    case Field::Comment:
        return tr("Comment");
    case Field::Applied:
        return tr("Applied");
    }
    return {};
}

Qt::ItemFlags EvaluationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return fieldAt(index.column()) == Field::Name ? flags : flags | Qt::ItemIsEditable;
}

QString EvaluationModel::put(EvaluationAnswers& answers, Field field, const QString& typed) const
{
    const QString value = typed.trimmed();
    const QLocale locale;
    switch (field) {
    case Field::Name:
        return {};
    case Field::Pre:
    case Field::Post: {
        std::optional<double>& score = field == Field::Pre ? answers.preScore : answers.postScore;
        if (value.isEmpty()) {
            score.reset();
            return {};
        }
        bool ok = false;
        double number = locale.toDouble(value, &ok);
        if (!ok)
            number = QLocale::c().toDouble(value, &ok);
        if (!ok)
            return tr("“%1” is not a score; type a number from 0 to %2.")
                .arg(value, locale.toString(m_activity.testMaxScore));
        if (number < 0 || number > m_activity.testMaxScore)
            return tr("%1 is outside 0 to %2, the test's maximum score; type a score within it.")
                .arg(locale.toString(number), locale.toString(m_activity.testMaxScore));
        score = number;
        return {};
    }
    case Field::Comment:
        if (value.size() > kMaxTextLength)
            return tr("The comment has %1 characters, more than the %2 allowed; shorten it.")
                .arg(value.size())
                .arg(kMaxTextLength);
        answers.comment = value;
        return {};
    case Field::Applied: {
        if (value.isEmpty()) {
            answers.applied.reset();
            return {};
        }
        const QString folded = value.toLower();
        for (AppliedAnswer answer : {AppliedAnswer::Yes, AppliedAnswer::Partly, AppliedAnswer::No}) {
            const QString label = toLabel(answer).toLower();
            const QString code = toCode(answer);
            if (folded == label || folded == code || folded == label.left(1) || folded == code.left(1)) {
                answers.applied = answer;
                return {};
            }
        }
        return tr("“%1” is not a follow-up answer; type Y (yes), P (partly) or N (no).").arg(value);
    }
    default: {
        std::optional<int>* target = item(answers, field);
        if (value.isEmpty()) {
            target->reset();
            return {};
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > 5)
            return tr("“%1” is not an answer; each satisfaction item is answered from 1 (poor) to 5 "
                      "(excellent).")
                .arg(value);
        *target = number;
        return {};
    }
    }
}

bool EvaluationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row& row = m_rows[index.row()];
    EvaluationAnswers answers = answersOf(row);
    if (const QString reason = put(answers, fieldAt(index.column()), value.toString()); !reason.isEmpty()) {
        Q_EMIT refused(tr("%1: %2").arg(nameOf(row), reason));
        return false;
    }
    if (!row.edited)
        row.base = row.line.answers;
    if (sameAnswers(answers, row.base) && !row.conflict)
        row.edited.reset();
    else
        row.edited = answers;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT pendingChanged();
    return true;
}

QList<SaveEvaluationCommand::Change> EvaluationModel::changes() const
{
    QList<SaveEvaluationCommand::Change> list;
    for (const Row& row : m_rows) {
        if (!row.edited || sameAnswers(row.edited, row.base))
            continue;
        std::optional<EvaluationAnswers> after;
        if (!row.edited->isEmpty())
            after = row.edited;
        list.append({row.line.enrolmentId, nameOf(row), row.base, after});
    }
    return list;
}

int EvaluationModel::conflictCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.conflict && row.edited ? 1 : 0;
    return count;
}

} // namespace sd
