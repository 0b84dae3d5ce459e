#include "NavigatorModel.h"

#include "Formatting.h"
#include "storage/ProgrammeStore.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStyle>

namespace sd {
namespace {

QStandardItem* makeItem(const QString& text, NavigatorModel::Node node, qint64 id, Id projectId)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(node), NavigatorModel::NodeRole);
    item->setData(id, NavigatorModel::IdRole);
    item->setData(projectId, NavigatorModel::ProjectIdRole);
    return item;
}

// Looked up once: asking the style for an icon searches the icon theme each time, which a tree of
// thousands of activities would feel.
QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    static QHash<int, QIcon> icons;
    auto found = icons.constFind(int(pixmap));
    if (found != icons.constEnd())
        return found.value();
    const QIcon icon = QApplication::style() ? QApplication::style()->standardIcon(pixmap) : QIcon();
    icons.insert(int(pixmap), icon);
    return icon;
}

QString registerText(const QString& name, qint64 count)
{
    return QStringLiteral("%1 (%2)").arg(name, QLocale().toString(count));
}

} // namespace

NavigatorModel::NavigatorModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setColumnCount(1);
}

Status NavigatorModel::rebuild(ProgrammeStore& store)
{
    clear();
    setColumnCount(1);
    setHorizontalHeaderLabels({tr("Programme")});
    m_participants = m_experts = m_institutions = nullptr;

    Result<QList<Project>> projects = store.projects();
    if (!projects)
        return projects.error();
    for (const Project& project : projects.value()) {
        QStandardItem* projectItem = makeItem(project.code + QStringLiteral("  ") + project.title,
                                              Node::Project, project.id, project.id);
        projectItem->setToolTip(project.title);
        QFont bold = projectItem->font();
        bold.setBold(true);
        projectItem->setFont(bold);
        projectItem->setIcon(standardIcon(QStyle::SP_DirHomeIcon));
        appendRow(projectItem);

        Result<QList<Component>> components = store.components(project.id);
        if (!components)
            return components.error();
        Result<QList<Activity>> activities = store.activities(project.id);
        if (!activities)
            return activities.error();

        auto activityItem = [&](const Activity& activity) {
            QStandardItem* item = makeItem(activity.code + QStringLiteral("  ") + activity.title,
                                           Node::Activity, activity.id, project.id);
            QStringList tip{activity.code + QStringLiteral(" ") + activity.title, toLabel(activity.type)};
            if (!activity.venueCity.isEmpty())
                tip << activity.venueCity + QStringLiteral(", ") + activity.venueCountry;
            tip << dateRangeText(activity.startDate, activity.endDate);
            item->setToolTip(tip.join(QLatin1Char('\n')));
            item->setIcon(standardIcon(QStyle::SP_FileIcon));
            return item;
        };
        for (const Component& component : components.value()) {
            QStandardItem* componentItem =
                makeItem(QString::number(component.number) + QStringLiteral("  ") + component.title,
                         Node::Component, component.id, project.id);
            componentItem->setToolTip(tr("Component %1: %2").arg(component.number).arg(component.title));
            componentItem->setIcon(standardIcon(QStyle::SP_DirIcon));
            projectItem->appendRow(componentItem);
            for (const Activity& activity : activities.value()) {
                if (activity.componentIds.contains(component.id))
                    componentItem->appendRow(activityItem(activity));
            }
        }
        for (const Activity& activity : activities.value()) {
            if (activity.componentIds.isEmpty())
                projectItem->appendRow(activityItem(activity));
        }
    }

    m_participants = makeItem(QString(), Node::Register, qint64(RegisterKind::Participants), 0);
    m_participants->setData(int(RegisterKind::Participants), RegisterRole);
    m_participants->setIcon(standardIcon(QStyle::SP_FileDialogContentsView));
    m_experts = makeItem(QString(), Node::Register, qint64(RegisterKind::Experts), 0);
    m_experts->setData(int(RegisterKind::Experts), RegisterRole);
    m_experts->setIcon(standardIcon(QStyle::SP_FileDialogInfoView));
    m_institutions = makeItem(QString(), Node::Register, qint64(RegisterKind::Institutions), 0);
    m_institutions->setData(int(RegisterKind::Institutions), RegisterRole);
    m_institutions->setIcon(standardIcon(QStyle::SP_DriveNetIcon));
    QStandardItem* results = makeItem(tr("Results"), Node::Results, 0, 0);
    results->setIcon(standardIcon(QStyle::SP_FileDialogDetailedView));
    appendRow(m_participants);
    appendRow(m_experts);
    appendRow(m_institutions);
    appendRow(results);
    return updateCounts(store);
}

Status NavigatorModel::updateCounts(ProgrammeStore& store)
{
    if (!m_participants)
        return {};
    Result<ProgrammeStore::FileCounts> counts = store.fileCounts();
    if (!counts)
        return counts.error();
    m_participants->setText(registerText(tr("Participants"), counts->participants));
    m_experts->setText(registerText(tr("Experts"), counts->experts));
    m_institutions->setText(registerText(tr("Institutions"), counts->institutions));
    return {};
}

QModelIndex NavigatorModel::find(Node node, qint64 id) const
{
    const QModelIndexList found =
        match(index(0, 0), NodeRole, int(node), -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& candidate : found) {
        if (node == Node::Results || candidate.data(IdRole).toLongLong() == id)
            return candidate;
    }
    return {};
}

int NavigatorModel::activityCount() const
{
    // Distinct activities: one in two components shows twice.
    const QModelIndexList found =
        match(index(0, 0), NodeRole, int(Node::Activity), -1, Qt::MatchExactly | Qt::MatchRecursive);
    QSet<qint64> ids;
    for (const QModelIndex& activity : found)
        ids.insert(activity.data(IdRole).toLongLong());
    return int(ids.size());
}

} // namespace sd

namespace sd {

int NavigatorModel::projectCount() const
{
    int projects = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (Node(index(row, 0).data(NodeRole).toInt()) == Node::Project)
            ++projects;
    }
    return projects;
}

} // namespace sd
