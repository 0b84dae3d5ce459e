#include "dialogs/ParticipantSearchModel.h"

namespace sd {

ParticipantSearchModel::ParticipantSearchModel(const ProgrammeStore& store, Id activityId, QObject* parent)
    : FlatTableModel(Selection::Cells, parent)
    , m_store(store)
    , m_activityId(activityId)
{
}

Status ParticipantSearchModel::search(const QString& text)
{
    // One more than shown tells whether the list is cut.
    Result<QList<ProgrammeStore::ParticipantMatch>> matches =
        m_store.participantsNotEnrolled(m_activityId, text, kLimit + 1);
    if (!matches)
        return matches.error();
    beginResetModel();
    m_matches = std::move(matches).value();
    m_capped = m_matches.size() > kLimit;
    if (m_capped)
        m_matches.resize(kLimit);
    endResetModel();
    return {};
}

int ParticipantSearchModel::rows() const
{
    return static_cast<int>(m_matches.size());
}

int ParticipantSearchModel::columns() const
{
    return ColumnCount;
}

QVariant ParticipantSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgrammeStore::ParticipantMatch& match = m_matches[index.row()];
    if (role == ParticipantIdRole)
        return QVariant::fromValue<qint64>(match.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NameColumn)
        return match.givenNames.isEmpty() ? match.familyNames
                                          : tr("%1, %2").arg(match.familyNames, match.givenNames);
    return match.institution;
}

QVariant ParticipantSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case InstitutionColumn:
        return tr("Institution");
    default:
        return {};
    }
}

} // namespace sd
