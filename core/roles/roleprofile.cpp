#include "roles/roleprofile.h"

#include "roles/requirement.h"

namespace cmk::roles {

bool actionMatches(QStringView pattern, QStringView action)
{
    // Iterative glob with '*' only; ARM actions are case-insensitive.
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern[p] != u'*' && pattern[p].toLower() == action[a].toLower()) {
            ++p;
            ++a;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool scopeCovers(QStringView assignmentScope, QStringView scope)
{
    QStringView above = assignmentScope;
    while (above.size() > 1 && above.endsWith(u'/'))
        above.chop(1);
    if (above == u"/")
        return true;
    if (above.isEmpty() || !scope.startsWith(above, Qt::CaseInsensitive))
        return false;
    return scope.size() == above.size() || scope.at(above.size()) == u'/';
}

QString directoryRoleName(const QString &templateId)
{
    static const QList<QPair<QLatin1StringView, QLatin1StringView>> names {
        {DirectoryRoles::GlobalAdministrator, QLatin1StringView("Global Administrator")},
        {DirectoryRoles::PowerPlatformAdministrator, QLatin1StringView("Power Platform Administrator")},
        {DirectoryRoles::Dynamics365Administrator, QLatin1StringView("Dynamics 365 Administrator")},
        {DirectoryRoles::ApplicationAdministrator, QLatin1StringView("Application Administrator")},
        {DirectoryRoles::CloudApplicationAdministrator, QLatin1StringView("Cloud Application Administrator")},
        {DirectoryRoles::ApplicationDeveloper, QLatin1StringView("Application Developer")},
        {DirectoryRoles::GlobalReader, QLatin1StringView("Global Reader")},
        {DirectoryRoles::PrivilegedRoleAdministrator, QLatin1StringView("Privileged Role Administrator")}};
    for (const auto &[id, name] : names) {
        if (templateId.compare(id, Qt::CaseInsensitive) == 0)
            return name;
    }
    return templateId;
}

bool AzureRoleGrant::allows(const QString &action, bool dataAction) const
{
    if (!definitionRead)
        return false;
    const QStringList &allowed = dataAction ? dataActions : actions;
    const QStringList &denied = dataAction ? notDataActions : notActions;
    const auto matches = [&action](const QString &pattern) { return actionMatches(pattern, action); };
    return std::any_of(allowed.cbegin(), allowed.cend(), matches)
        && std::none_of(denied.cbegin(), denied.cend(), matches);
}

QString RoleProfile::who() const
{
    return userPrincipalName.isEmpty() ? objectId : userPrincipalName;
}

bool RoleProfile::holdsDirectoryRole(const QStringList &templateIds) const
{
    for (const HeldDirectoryRole &role : directoryRoles) {
        if (templateIds.contains(role.templateId, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RoleProfile::isPowerPlatformAdmin() const
{
    return holdsDirectoryRole({DirectoryRoles::GlobalAdministrator,
                               DirectoryRoles::PowerPlatformAdministrator,
                               DirectoryRoles::Dynamics365Administrator});
}

QList<AzureRoleGrant> RoleProfile::grantsAllowing(const QString &action, const QString &scope,
                                                  bool dataAction) const
{
    QList<AzureRoleGrant> out;
    for (const AzureRoleGrant &grant : assignments) {
        if (scopeCovers(grant.scope, scope) && grant.allows(action, dataAction))
            out.append(grant);
    }
    return out;
}

bool RoleProfile::allows(const QString &action, const QString &scope, bool dataAction) const
{
    return !grantsAllowing(action, scope, dataAction).isEmpty();
}

bool RoleProfile::knowsScope(const QString &scope) const
{
    return unknownReason(scope).isEmpty();
}

QString RoleProfile::unknownReason(const QString &scope) const
{
    const bool read = std::any_of(reads.cbegin(), reads.cend(), [&scope](const AssignmentRead &r) {
        return r.ok && scopeCovers(r.scope, scope);
    });
    if (!read) {
        // The most specific failure says most.
        const AssignmentRead *best = nullptr;
        for (const AssignmentRead &r : reads) {
            if (!r.ok && (scopeCovers(r.scope, scope) || scopeCovers(scope, r.scope))
                && (!best || r.scope.size() > best->scope.size()))
                best = &r;
        }
        if (best)
            return best->reason;
        return tr("the role assignments at %1 were not read").arg(scope);
    }
    for (const AzureRoleGrant &grant : assignments) {
        if (!grant.definitionRead && scopeCovers(grant.scope, scope))
            return tr("the role definition %1 (assigned at %2) could not be read")
                .arg(grant.roleDefinitionId, grant.scope);
    }
    return {};
}

bool RoleProfile::deniedReadingAt(const QString &scope) const
{
    return std::any_of(reads.cbegin(), reads.cend(), [&scope](const AssignmentRead &r) {
        return !r.ok && r.httpStatus == 403 && scopeCovers(scope, r.scope);
    });
}

QList<RoleProfile::DutyAction> RoleProfile::keyVaultAdminActions()
{
    return {
        // Grant or revoke anyone's access to the vault and its keys (Azure RBAC vaults).
        {QStringLiteral("Microsoft.Authorization/roleAssignments/write"), false},
        // Change a vault's access policies (access-policy vaults) or its network rules.
        {QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write"), false},
        {QStringLiteral("Microsoft.KeyVault/vaults/write"), false},
        // Disable, delete or replace the key itself.
        {QStringLiteral("Microsoft.KeyVault/vaults/keys/update/action"), true},
        {QStringLiteral("Microsoft.KeyVault/vaults/keys/delete"), true},
        {QStringLiteral("Microsoft.KeyVault/vaults/keys/create/action"), true},
    };
}

bool RoleProfile::isKeyVaultAdmin(const QString &scope) const
{
    return !keyVaultAdminRoles(scope).isEmpty();
}

QStringList RoleProfile::keyVaultAdminRoles(const QString &scope) const
{
    QStringList names;
    for (const DutyAction &duty : keyVaultAdminActions()) {
        for (const AzureRoleGrant &grant : grantsAllowing(duty.action, scope, duty.dataAction)) {
            const QString name = tr("%1 at %2").arg(grant.roleName, grant.scope);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

} // namespace cmk::roles
