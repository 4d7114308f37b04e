#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace cmk::roles {

/// Microsoft Entra built-in directory roles by template id (the same in every tenant).
namespace DirectoryRoles {
inline constexpr QLatin1StringView GlobalAdministrator {"62e90394-69f5-4237-9190-012177145e10"};
inline constexpr QLatin1StringView PowerPlatformAdministrator {"11648597-926c-4cf3-9c36-bcebb0ba8dcc"};
inline constexpr QLatin1StringView Dynamics365Administrator {"44367163-eba1-44c3-98af-f5787879f96a"};
inline constexpr QLatin1StringView ApplicationAdministrator {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"};
inline constexpr QLatin1StringView CloudApplicationAdministrator {"158c047a-c907-4556-b7ef-446551a6b5f7"};
inline constexpr QLatin1StringView ApplicationDeveloper {"cf1c38e5-3621-4004-a7cb-879624dced7c"};
inline constexpr QLatin1StringView GlobalReader {"f2ef992c-3afb-46b9-b7cf-a126ee74c451"};
inline constexpr QLatin1StringView PrivilegedRoleAdministrator {"e8611ab8-c189-46e8-94e1-60213ab1f814"};
} // namespace DirectoryRoles

/// What a step needs of the identity signed in on its side, checked from real data (directory
/// roles from Graph, Azure role assignments from ARM) before anything is written.
struct Requirement
{
    enum class Kind {
        DirectoryRole, ///< any one of `directoryRoles`
        AzurePermission, ///< `action` allowed at the scope held by value `scopeKey`
    };

    Kind kind = Kind::DirectoryRole;
    QStringList directoryRoles; ///< template ids; any one suffices
    QString action; ///< e.g. "Microsoft.Authorization/roleAssignments/write"
    bool dataAction = false; ///< `action` is a data action ("Microsoft.KeyVault/vaults/keys/create/action")
    /// The run value holding the scope's resource id ("vault.id"), or fallbacks in order
    /// ("vault.id", "vault.resourceGroup", "customer.subscriptionId"): a resource that does not
    /// exist yet is judged at the nearest scope that does, as Azure inherits assignments downwards.
    QStringList scopeKeys;
    QString description; ///< translated: "Power Platform Administrator", "Reader on the enterprise policy"
    QString grantedBy; ///< translated: who can grant it ("a Privileged Role Administrator")

    static Requirement directoryRole(QStringList templateIds, QString description, QString grantedBy)
    {
        Requirement r;
        r.kind = Kind::DirectoryRole;
        r.directoryRoles = std::move(templateIds);
        r.description = std::move(description);
        r.grantedBy = std::move(grantedBy);
        return r;
    }
    static Requirement azure(QString action, QStringList scopeKeys, QString description, QString grantedBy,
                             bool dataAction = false)
    {
        Requirement r;
        r.kind = Kind::AzurePermission;
        r.action = std::move(action);
        r.scopeKeys = std::move(scopeKeys);
        r.description = std::move(description);
        r.grantedBy = std::move(grantedBy);
        r.dataAction = dataAction;
        return r;
    }
};

} // namespace cmk::roles
