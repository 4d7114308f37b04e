#include "dashboard/policygroupmodel.h"

#include "dashboard/statusfiltermodel.h"
#include "dashboard/statustablemodel.h"

#include <QHash>

#include <algorithm>

namespace cmk {

namespace {
constexpr quintptr GroupId = 0; ///< internalId of a group row; an environment's is its group + 1
}

PolicyGroupModel::PolicyGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &PolicyGroupModel::rebuild);
}

void PolicyGroupModel::setSourceModel(StatusFilterModel *flat)
{
    if (m_flat)
        disconnect(m_flat, nullptr, this, nullptr);
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_flat = flat;
    m_status = flat ? flat->statusModel() : nullptr;
    if (m_flat) {
        connect(m_flat, &QAbstractItemModel::rowsInserted, this, &PolicyGroupModel::scheduleRebuild);
        connect(m_flat, &QAbstractItemModel::rowsRemoved, this, &PolicyGroupModel::scheduleRebuild);
        connect(m_flat, &QAbstractItemModel::layoutChanged, this, &PolicyGroupModel::scheduleRebuild);
        connect(m_flat, &QAbstractItemModel::modelReset, this, &PolicyGroupModel::scheduleRebuild);
    }
    if (m_status) {
        // Status rows only move when removed: the snapshot would point at the wrong rows.
        connect(m_status, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PolicyGroupModel::resetNow);
        connect(m_status, &QAbstractItemModel::modelAboutToBeReset, this, &PolicyGroupModel::resetNow);
        connect(m_status, &QAbstractItemModel::dataChanged, this, &PolicyGroupModel::forwardDataChanged);
    }
    resetNow();
}

void PolicyGroupModel::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty) {
        m_dirty = false;
        rebuild();
    }
}

void PolicyGroupModel::scheduleRebuild()
{
    if (!m_active) {
        m_dirty = true;
        return;
    }
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

void PolicyGroupModel::flush()
{
    if (m_rebuild.isActive()) {
        m_rebuild.stop();
        rebuild();
    }
}

void PolicyGroupModel::resetNow()
{
    beginResetModel();
    m_groups.clear();
    m_place.clear();
    endResetModel();
    scheduleRebuild();
}

void PolicyGroupModel::rebuild()
{
    m_rebuild.stop();
    QList<Group> groups;
    QList<QPair<int, int>> place;
    if (m_flat && m_status) {
        const QList<int> shown = m_flat->shownSourceRows();
        place.fill(qMakePair(-1, -1), m_status->rowCount());
        QHash<QString, int> groupOf;
        for (const int row : shown) {
            const status::EnvironmentStatus &r = m_status->row(row);
            auto it = groupOf.constFind(r.policyName);
            if (it == groupOf.cend()) {
                it = groupOf.insert(r.policyName, int(groups.size()));
                groups.append({r.policyName, {}, 0});
            }
            Group &g = groups[*it];
            g.rows.append(row);
            if (r.locked)
                ++g.locked;
        }
        // Policies by name; environments without a policy last.
        std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            if (a.policy.isEmpty() != b.policy.isEmpty())
                return b.policy.isEmpty();
            return a.policy.compare(b.policy, Qt::CaseInsensitive) < 0;
        });
        for (int g = 0; g < groups.size(); ++g) {
            const QList<int> &rows = groups.at(g).rows;
            for (int i = 0; i < rows.size(); ++i)
                place[rows.at(i)] = qMakePair(g, i);
        }
    }
    beginResetModel();
    m_groups = std::move(groups);
    m_place = std::move(place);
    endResetModel();
}

void PolicyGroupModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_status)
        return;
    if (!m_active) {
        m_dirty = true;
        return;
    }
    QList<int> touchedGroups;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row >= m_place.size()) {
            scheduleRebuild();
            continue;
        }
        const auto [g, pos] = m_place.at(row);
        if (g < 0)
            continue; // filtered out; the flat model says when that changes
        if (m_status->row(row).policyName != m_groups.at(g).policy) {
            scheduleRebuild();
            continue;
        }
        Q_EMIT dataChanged(createIndex(pos, 0, quintptr(g + 1)),
                           createIndex(pos, StatusTableModel::ColumnCount - 1, quintptr(g + 1)));
        if (!touchedGroups.contains(g))
            touchedGroups.append(g);
    }
    for (const int g : std::as_const(touchedGroups)) {
        Group &group = m_groups[g];
        const int locked = int(std::count_if(group.rows.cbegin(), group.rows.cend(),
                                             [this](int row) { return m_status->row(row).locked; }));
        if (locked != group.locked) {
            group.locked = locked;
            Q_EMIT dataChanged(createIndex(g, 0, GroupId), createIndex(g, 0, GroupId));
        }
    }
}

QModelIndex PolicyGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= StatusTableModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PolicyGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int PolicyGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int PolicyGroupModel::columnCount(const QModelIndex &) const
{
    return StatusTableModel::ColumnCount;
}

int PolicyGroupModel::statusRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return -1;
    const int g = int(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).rows.size())
        return -1;
    return m_groups.at(g).rows.at(index.row());
}

QModelIndex PolicyGroupModel::indexOfStatusRow(int statusRow, int column) const
{
    if (statusRow < 0 || statusRow >= m_place.size())
        return {};
    const auto [g, pos] = m_place.at(statusRow);
    return g < 0 ? QModelIndex() : createIndex(pos, column, quintptr(g + 1));
}

QVariant PolicyGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_status)
        return {};
    if (index.internalId() == GroupId) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &g = m_groups.at(index.row());
        if (role == GroupPolicyRole)
            return g.policy;
        if (role == IsGroupRole)
            return true;
        if (index.column() != 0 || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const QString name = g.policy.isEmpty() ? tr("No enterprise policy") : g.policy;
        //: A policy group: %1 the policy, %2 its environments (e.g. "12 environments"), %3 how many are
        //: locked
        return g.locked > 0 ? tr("%1 (%2, %3 locked)")
                                  .arg(name, tr("%n environment(s)", nullptr, int(g.rows.size())))
                                  .arg(g.locked)
                            : tr("%1 (%2)").arg(name, tr("%n environment(s)", nullptr, int(g.rows.size())));
    }
    if (role == IsGroupRole)
        return false;
    const int row = statusRow(index);
    if (row < 0 || row >= m_status->rowCount())
        return {};
    return m_status->data(m_status->index(row, index.column()), role);
}

QVariant PolicyGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_status ? m_status->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags PolicyGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void PolicyGroupModel::sort(int column, Qt::SortOrder order)
{
    if (m_flat)
        m_flat->sort(column, order);
}

} // namespace cmk
