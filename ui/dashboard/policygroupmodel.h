#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace cmk {

class StatusFilterModel;
class StatusTableModel;

/// The status rows grouped by enterprise policy, as a two-level tree for a QTreeView: a row per
/// policy ("No enterprise policy" last) with its count and how many are locked, and under it the
/// environments shown by the flat StatusFilterModel (its filters and sort order). Rebuilt in one
/// pass (O(rows)) when the flat model's rows or order change, coalesced to once per event-loop
/// pass, so a streamed batch costs one rebuild; until then it keeps serving its previous snapshot,
/// which stays valid because it refers to StatusTableModel rows (only appended or updated in
/// place; removals reset at once). In-place edits are forwarded as dataChanged.
class PolicyGroupModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// On a group row: the policy's name (empty for "no policy"); on an environment: as the source.
    static constexpr int GroupPolicyRole = Qt::UserRole + 50;
    static constexpr int IsGroupRole = Qt::UserRole + 51;

    explicit PolicyGroupModel(QObject *parent = nullptr);

    void setSourceModel(StatusFilterModel *flat);
    StatusFilterModel *sourceModel() const { return m_flat; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorts the flat model; the groups follow its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The StatusTableModel row an environment row stands for (-1 for a group row).
    int statusRow(const QModelIndex &index) const;
    /// The tree index of a StatusTableModel row (invalid when it is not shown).
    QModelIndex indexOfStatusRow(int statusRow, int column = 0) const;
    int groupCount() const { return int(m_groups.size()); }
    /// Rebuilds now if a rebuild is pending (tests and the view call it before reading).
    void flush();
    /// Inactive (no view shows it), changes are only noted, and the rebuild waits for activation:
    /// the flat table then costs nothing extra while rows stream in. Active by default.
    void setActive(bool active);
    bool isActive() const { return m_active; }

private:
    struct Group
    {
        QString policy;
        QList<int> rows; ///< StatusTableModel rows
        int locked = 0;
    };
    void scheduleRebuild();
    void rebuild();
    void resetNow();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<StatusFilterModel> m_flat;
    QPointer<StatusTableModel> m_status;
    QList<Group> m_groups;
    QList<QPair<int, int>> m_place; ///< status row -> (group, position), (-1, -1) when not shown
    QTimer m_rebuild;
    bool m_active = true;
    bool m_dirty = false; ///< changed while inactive
};

} // namespace cmk
