#include "dashboard/statustablemodel.h"

#include "status/diagnosis.h"
#include "topology/topology.h"
#include "widgets/topologyview.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace cmk {

using status::EnvironmentStatus;
using status::Protection;
using status::State;

StatusTableModel::StatusTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Environment");
    case Type:
        return tr("Type");
    case Region:
        return tr("Region");
    case Policy:
        return tr("Policy");
    case Encryption:
        return tr("Encryption");
    case Protection:
        //: Who manages the key that protects the data: Customer, Microsoft or BYOK
        return tr("Key Managed By");
    case KeyHealth:
        return tr("Key Health");
    case Lock:
        return tr("Lock");
    case Reason:
        return tr("Reason");
    case DaysLeft:
        //: Days left before a locked production environment is deleted
        return tr("Days Left");
    case LastOperation:
        return tr("Last Operation");
    default:
        return {};
    }
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EnvironmentStatus &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::BackgroundRole:
        return background(r, index.column());
    case Qt::DecorationRole:
        return decoration(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DaysLeft ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case PolicyRole:
        return r.policyName;
    case LockedRole:
        return r.locked;
    case SortRole:
        return sortKey(r, index.column());
    default:
        return {};
    }
}

QVariant StatusTableModel::display(const EnvironmentStatus &r, int column) const
{
    switch (column) {
    case Name:
        return r.displayName;
    case Type:
        return r.sku;
    case Region:
        return r.azureRegion.isEmpty() ? r.location : r.azureRegion;
    case Policy:
        return r.policyName;
    case Encryption:
        if (r.state == State::Encrypting && r.encryptionPercent >= 0)
            //: The encryption state while linking, %1 the percentage done
            return tr("Encrypting (%1%)").arg(r.encryptionPercent);
        return stateTitle(r.state);
    case Protection:
        return protectionTitle(r.protection);
    case KeyHealth:
        return keyHealthTitle(r, m_asOf);
    case Lock:
        if (!r.locked)
            return tr("Not locked");
        return r.accessRestored ? tr("Locked, access restored") : tr("Locked");
    case Reason:
        return r.locked ? reasonTitle(r.lockReason) : QString();
    case DaysLeft:
        return r.daysLeft ? QVariant(*r.daysLeft) : QVariant();
    case LastOperation:
        return r.lastOperation;
    default:
        return {};
    }
}

QVariant StatusTableModel::sortKey(const EnvironmentStatus &r, int column) const
{
    switch (column) {
    case Encryption:
        return severity(r.state);
    case Lock:
        return r.locked ? (r.accessRestored ? 1 : 0) : 2;
    case DaysLeft:
        return r.daysLeft ? *r.daysLeft : INT_MAX;
    default:
        return display(r, column);
    }
}

QString StatusTableModel::toolTip(const EnvironmentStatus &r, int column) const
{
    switch (column) {
    case Name:
        return r.id;
    case Policy:
        return r.policyId;
    case Encryption:
        return r.diagnosis;
    case KeyHealth:
        return r.key.unknown.join(u'\n');
    case Lock:
    case Reason:
    case DaysLeft:
        if (!r.locked)
            return {};
        if (r.deletionTime.isValid())
            //: %1 the next action, %2 the date and time of deletion
            return tr("%1\nDeleted on %2 unless Microsoft support unlocks it.")
                .arg(r.nextAction, QLocale().toString(r.deletionTime.toLocalTime(), QLocale::ShortFormat));
        return r.nextAction;
    default:
        return {};
    }
}

void StatusTableModel::updateColours() const
{
    const QPalette palette = QApplication::palette();
    if (palette.cacheKey() == m_paletteKey)
        return;
    m_paletteKey = palette.cacheKey();
    m_goodColour = TopologyView::fillColor(topology::NodeState::Done, palette);
    m_busyColour = TopologyView::fillColor(topology::NodeState::InProgress, palette);
    m_badColour = TopologyView::fillColor(topology::NodeState::Failed, palette);
    m_attentionColour = TopologyView::fillColor(topology::NodeState::Locked, palette);
    m_criticalIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QVariant StatusTableModel::background(const EnvironmentStatus &r, int column) const
{
    if (column != Encryption && column != Lock && column != DaysLeft)
        return {};
    if (column != Encryption && !r.locked)
        return {};
    updateColours();
    switch (r.state) {
    case State::Encrypted:
        return m_goodColour;
    case State::Encrypting:
    case State::Unlinking:
        return m_busyColour;
    case State::Locked:
        return m_badColour;
    case State::AtRisk:
    case State::Unverified:
        return m_attentionColour;
    default:
        return {};
    }
}

QVariant StatusTableModel::decoration(const EnvironmentStatus &r, int column) const
{
    if (column != Encryption)
        return {};
    updateColours();
    switch (r.state) {
    case State::Locked:
        return m_criticalIcon;
    case State::AtRisk:
    case State::Unverified:
        return m_warningIcon;
    default:
        return {};
    }
}

void StatusTableModel::beginRefresh()
{
    m_refreshing = true;
    m_seen.clear();
}

void StatusTableModel::addRows(const QList<EnvironmentStatus> &rows)
{
    QList<const EnvironmentStatus *> fresh;
    fresh.reserve(rows.size());
    int firstChanged = INT_MAX, lastChanged = -1;
    bool newType = false;
    for (const EnvironmentStatus &r : rows) {
        if (m_refreshing)
            m_seen.insert(r.id);
        if (!m_types.contains(r.sku) && !r.sku.isEmpty()) {
            m_types.insert(r.sku);
            newType = true;
        }
        const int at = m_index.value(r.id, -1);
        if (at < 0) {
            fresh.append(&r);
            continue;
        }
        m_rows[at] = r;
        firstChanged = std::min(firstChanged, at);
        lastChanged = std::max(lastChanged, at);
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.reserve(first + fresh.size());
        for (const EnvironmentStatus *r : std::as_const(fresh)) {
            m_index.insert(r->id, int(m_rows.size()));
            m_rows.append(*r);
        }
        endInsertRows();
    }
    if (newType)
        Q_EMIT typesChanged();
    Q_EMIT rowsChanged();
}

void StatusTableModel::endRefresh(bool complete)
{
    const bool refreshing = m_refreshing;
    m_refreshing = false;
    if (!refreshing || !complete)
        return;
    // Gone since the last run: remove from the end so row numbers above stay valid.
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (m_seen.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !m_seen.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed) {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).id, i);
        Q_EMIT rowsChanged();
    }
    m_seen.clear();
}

void StatusTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_seen.clear();
    m_types.clear();
    m_refreshing = false;
    endResetModel();
    Q_EMIT typesChanged();
    Q_EMIT rowsChanged();
}

QStringList StatusTableModel::types() const
{
    QStringList out(m_types.cbegin(), m_types.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString StatusTableModel::stateTitle(State state)
{
    switch (state) {
    case State::Encrypted:
        return tr("Encrypted");
    case State::Encrypting:
        return tr("Encrypting");
    case State::Unlinking:
        return tr("Unlinking");
    case State::MicrosoftManaged:
        //: Not encrypted with a customer-managed key; Microsoft's key protects it
        return tr("Microsoft key");
    case State::Byok:
        //: The older bring-your-own-key feature
        return tr("BYOK (migrate)");
    case State::Locked:
        return tr("Locked");
    case State::AtRisk:
        return tr("At risk");
    case State::Unverified:
        return tr("Unverified");
    case State::NotEligible:
        return tr("Not eligible");
    }
    return {};
}

QString StatusTableModel::protectionTitle(status::Protection protection)
{
    switch (protection) {
    case Protection::MicrosoftManaged:
        return tr("Microsoft");
    case Protection::CustomerManaged:
        return tr("Customer");
    case Protection::Byok:
        return tr("BYOK");
    }
    return {};
}

QString StatusTableModel::reasonTitle(const QString &code)
{
    if (code == QLatin1StringView("PolicyDeleted"))
        return tr("Policy deleted");
    if (code == QLatin1StringView("VaultDeleted"))
        return tr("Key vault deleted");
    if (code == QLatin1StringView("KeyDeleted"))
        return tr("Key deleted");
    if (code == QLatin1StringView("KeyDisabled"))
        return tr("Key disabled");
    if (code == QLatin1StringView("KeyVersionDisabled"))
        return tr("Key version disabled");
    if (code == QLatin1StringView("KeyExpired"))
        return tr("Key expired");
    if (code == QLatin1StringView("KeyNotYetValid"))
        return tr("Key not yet valid");
    if (code == QLatin1StringView("PermissionRevoked"))
        return tr("Permission revoked");
    if (code == QLatin1StringView("VaultNetworkBlocked"))
        return tr("Vault network blocked");
    if (code.isEmpty() || code == QLatin1StringView("Unknown"))
        return tr("Unknown reason");
    return code;
}

QString StatusTableModel::keyHealthTitle(const EnvironmentStatus &r, const QDateTime &now)
{
    if (r.policyId.isEmpty())
        return {};
    if (r.key.isHealthy())
        return tr("Healthy");
    const QString problem
        = status::Diagnosis::keyProblem(r, now.isValid() ? now : QDateTime::currentDateTimeUtc());
    if (!problem.isEmpty())
        return reasonTitle(problem);
    if (r.key.expiresWithin30Days.value_or(false))
        return tr("Expires soon");
    if (!r.key.softDelete.value_or(true) || !r.key.purgeProtection.value_or(true))
        return tr("No purge protection");
    return tr("Unknown");
}

int StatusTableModel::severity(State state)
{
    switch (state) {
    case State::Locked:
        return 0;
    case State::AtRisk:
        return 1;
    case State::Unverified:
        return 2;
    case State::Encrypting:
        return 3;
    case State::Unlinking:
        return 4;
    case State::Byok:
        return 5;
    case State::Encrypted:
        return 6;
    case State::MicrosoftManaged:
        return 7;
    case State::NotEligible:
        return 8;
    }
    return 9;
}

} // namespace cmk
