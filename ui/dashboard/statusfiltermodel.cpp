#include "dashboard/statusfiltermodel.h"

#include "dashboard/statustablemodel.h"

#include <climits>

namespace cmk {

using status::EnvironmentStatus;
using status::State;

StatusFilterModel::StatusFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void StatusFilterModel::setStatusModel(StatusTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void StatusFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void StatusFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void StatusFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void StatusFilterModel::refilter()
{
    if (isFiltering())
        invalidateRowsFilter();
}

QList<int> StatusFilterModel::shownSourceRows() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows.append(mapToSource(index(i, 0)).row());
    return rows;
}

bool StatusFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const EnvironmentStatus &r = m_model->row(sourceRow);
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Encrypted:
        if (r.state != State::Encrypted && r.state != State::Encrypting && r.state != State::AtRisk
            && r.state != State::Unverified)
            return false;
        break;
    case StateFilter::Locked:
        if (!r.locked)
            return false;
        break;
    case StateFilter::NotEncrypted:
        if (r.state != State::MicrosoftManaged && r.state != State::Byok && r.state != State::NotEligible
            && r.state != State::Unlinking)
            return false;
        break;
    case StateFilter::Problems:
        if (r.state != State::Locked && r.state != State::AtRisk && r.state != State::Unverified)
            return false;
        break;
    }
    if (!m_type.isEmpty() && r.sku.compare(m_type, Qt::CaseInsensitive) != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(r.displayName) || has(r.id) || has(r.policyName) || has(r.policyId)
        || (r.locked && (has(r.lockReason) || has(StatusTableModel::reasonTitle(r.lockReason))));
}

bool StatusFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const EnvironmentStatus &a = m_model->row(left.row());
    const EnvironmentStatus &b = m_model->row(right.row());
    const auto text = [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive); };
    int c = 0;
    switch (left.column()) {
    case StatusTableModel::Encryption:
        c = StatusTableModel::severity(a.state) - StatusTableModel::severity(b.state);
        break;
    case StatusTableModel::DaysLeft:
        c = (a.daysLeft ? *a.daysLeft : INT_MAX) < (b.daysLeft ? *b.daysLeft : INT_MAX)   ? -1
            : (a.daysLeft ? *a.daysLeft : INT_MAX) > (b.daysLeft ? *b.daysLeft : INT_MAX) ? 1
                                                                                          : 0;
        break;
    case StatusTableModel::Lock:
        c = (a.locked ? (a.accessRestored ? 1 : 0) : 2) - (b.locked ? (b.accessRestored ? 1 : 0) : 2);
        break;
    case StatusTableModel::Name:
        break;
    default:
        c = text(m_model->data(left, Qt::DisplayRole).toString(),
                 m_model->data(right, Qt::DisplayRole).toString());
        break;
    }
    if (c == 0)
        c = text(a.displayName, b.displayName);
    if (c == 0)
        c = a.id.compare(b.id);
    return c < 0;
}

} // namespace cmk
