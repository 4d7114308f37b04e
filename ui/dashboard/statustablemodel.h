#pragma once

#include "status/environmentstatus.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QStringList>

namespace cmk {

/// The status dashboard's rows: one per environment, appended in batches as the StatusService
/// streams them (beginInsertRows per batch, never a reset). A refresh updates rows in place by
/// environment id (dataChanged), appends new ones and, when the run was complete, removes those
/// that no longer exist, so selections and the scroll position survive it. No per-row widgets:
/// state shows as text, a palette-derived background and a style icon.
class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Type,
        Region,
        Policy,
        Encryption,
        Protection,
        KeyHealth,
        Lock,
        Reason,
        DaysLeft,
        LastOperation,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the environment id
        StateRole, ///< int(status::State)
        PolicyRole, ///< the policy's name; empty without one
        LockedRole, ///< bool
        SortRole, ///< a column's sort key (numbers for days left and states)
    };

    explicit StatusTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A new run starts: rows received from now on replace rows of the same id.
    void beginRefresh();
    /// A batch of the run: rows of a known id are updated in place, the others appended.
    void addRows(const QList<status::EnvironmentStatus> &rows);
    /// The run ended; when `complete`, rows it did not report any more are removed.
    void endRefresh(bool complete);
    void clear();

    /// The time days left and key expiry are measured from (the report's asOf).
    void setAsOf(const QDateTime &asOf) { m_asOf = asOf; }
    QDateTime asOf() const { return m_asOf; }

    const status::EnvironmentStatus &row(int row) const { return m_rows.at(row); }
    const QList<status::EnvironmentStatus> &rows() const { return m_rows; }
    /// The row of environment `id`, or -1.
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    /// The environment types (SKUs) seen, sorted.
    QStringList types() const;

    /// Translated, for the table, the filters and the details pane.
    static QString stateTitle(status::State state);
    static QString protectionTitle(status::Protection protection);
    static QString reasonTitle(const QString &reasonCode);
    /// The key's health in a few words: healthy, the problem, unknown, or empty without a policy.
    static QString keyHealthTitle(const status::EnvironmentStatus &row, const QDateTime &now);
    /// How urgent a state is (sorting by encryption state puts problems first).
    static int severity(status::State state);

Q_SIGNALS:
    /// A batch added or changed rows (the summary and type list may have changed).
    void rowsChanged();
    /// An environment type appeared that was not seen before.
    void typesChanged();

private:
    QVariant display(const status::EnvironmentStatus &row, int column) const;
    QVariant sortKey(const status::EnvironmentStatus &row, int column) const;
    QVariant background(const status::EnvironmentStatus &row, int column) const;
    QVariant decoration(const status::EnvironmentStatus &row, int column) const;
    QString toolTip(const status::EnvironmentStatus &row, int column) const;
    void updateColours() const;

    QList<status::EnvironmentStatus> m_rows;
    QHash<QString, int> m_index; ///< environment id -> row
    QSet<QString> m_seen; ///< ids reported by the current refresh
    QSet<QString> m_types;
    QDateTime m_asOf;
    bool m_refreshing = false;
    mutable qint64 m_paletteKey = -1;
    mutable QColor m_goodColour, m_busyColour, m_badColour, m_attentionColour;
    mutable QIcon m_criticalIcon, m_warningIcon;
};

} // namespace cmk
