#pragma once

#include "FlatTableModel.h"
#include "common/Result.h"
#include "storage/ProgrammeStore.h"

namespace sd {

// Participants not yet enrolled in an activity whose name or institution matches a search,
// searched in SQL and capped, so that it stays quick in a file of 100,000 participants.
class ParticipantSearchModel : public FlatTableModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200;
    enum Column
    {
        NameColumn,
        InstitutionColumn,
        ColumnCount
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1
    };

    ParticipantSearchModel(const ProgrammeStore& store, Id activityId, QObject* parent = nullptr);

    Status search(const QString& text);
    // True when more participants match than are shown.
    bool isCapped() const { return m_capped; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    int columns() const override;
    const ProgrammeStore& m_store;
    Id m_activityId = 0;
    QList<ProgrammeStore::ParticipantMatch> m_matches;
    bool m_capped = false;
};

} // namespace sd
