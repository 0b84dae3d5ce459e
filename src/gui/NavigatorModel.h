#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/RegisterQuery.h"

#include <QStandardItemModel>

namespace sd {

class ProgrammeStore;

// The navigator's tree: projects → components → activities (an activity in two components shows
// under both; one in none, under its project), then the registers with their counts, then Results.
class NavigatorModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Node
    {
        Project,
        Component,
        Activity,
        Register,
        Results
    };
    Q_ENUM(Node)
    static constexpr int NodeRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;        // project, component or activity id
    static constexpr int ProjectIdRole = Qt::UserRole + 3; // the project a node belongs to
    static constexpr int RegisterRole = Qt::UserRole + 4;  // RegisterKind of a register node

    explicit NavigatorModel(QObject* parent = nullptr);

    // Reads the tree again from the store; an error leaves the tree empty and is returned.
    Status rebuild(ProgrammeStore& store);
    // Updates the register counts only (after participants, experts or institutions changed).
    Status updateCounts(ProgrammeStore& store);

    // The first node of this kind and id (id ignored for Results, RegisterKind as int for registers).
    QModelIndex find(Node node, qint64 id = 0) const;
    int activityCount() const;
    int projectCount() const;

private:
    QStandardItem* m_participants = nullptr;
    QStandardItem* m_experts = nullptr;
    QStandardItem* m_institutions = nullptr;
};

} // namespace sd
