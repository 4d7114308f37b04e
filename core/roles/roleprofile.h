#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk::roles {

/// ARM's action matching: `*` matches any run of characters, case-insensitively
/// ("Microsoft.KeyVault/vaults/*" matches "Microsoft.KeyVault/vaults/keys/create/action").
bool actionMatches(QStringView pattern, QStringView action);

/// Whether an assignment at `assignmentScope` applies at `scope`: the same scope or one beneath it,
/// compared case-insensitively by whole segments ("/" covers everything).
bool scopeCovers(QStringView assignmentScope, QStringView scope);

/// The English name of a built-in directory role template id, or the id itself when unknown.
QString directoryRoleName(const QString &templateId);

/// A directory role the identity holds (activated; PIM-eligible roles are not listed until activated).
struct HeldDirectoryRole
{
    QString templateId;
    QString displayName;
};

/// One Azure role assignment of the identity with its role definition's permissions resolved.
struct AzureRoleGrant
{
    QString assignmentId;
    QString scope; ///< as ARM gives it
    QString roleDefinitionId; ///< the role definition's GUID
    QString roleName; ///< "Key Vault Administrator"; the GUID when the definition could not be read
    bool definitionRead = false; ///< false: the actions below are unknown (not empty)
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;

    /// Whether this role allows `action` (minus its not-actions); the scope is not looked at.
    bool allows(const QString &action, bool dataAction) const;
};

/// A read of the identity's role assignments at one scope: it succeeded (everything at, above and
/// beneath `scope` is known) or failed with `reason`.
struct AssignmentRead
{
    QString scope;
    bool ok = false;
    int httpStatus = 0; ///< of the failure
    QString errorCode; ///< the service's code, e.g. AuthorizationFailed
    QString reason; ///< translated, with the service's message
};

/// What one signed-in identity (tenant, object id, UPN) holds, read from real data: its directory
/// roles (Microsoft Graph) and its Azure role assignments with their role definitions (ARM).
/// What could not be read is kept as such: a check against it is "unknown", never "no".
///
/// Deny assignments and roles held through group membership are not seen (ARM's
/// `principalId eq` filter lists direct assignments only); see docs/roles.md.
class RoleProfile
{
    Q_DECLARE_TR_FUNCTIONS(cmk::roles::RoleProfile)

public:
    QString tenantId;
    QString objectId;
    QString userPrincipalName;

    bool directoryRolesKnown = false;
    QString directoryRolesProblem; ///< translated, when not known
    QList<HeldDirectoryRole> directoryRoles;

    QList<AzureRoleGrant> assignments;
    QList<AssignmentRead> reads; ///< every read of role assignments, successful or not

    /// Someone to name in messages: the UPN, else the object id.
    QString who() const;

    /// Whether it holds any of these directory role template ids (false also when unknown).
    bool holdsDirectoryRole(const QStringList &templateIds) const;
    /// Global, Power Platform or Dynamics 365 Administrator (seeds 002/003: the Power Platform
    /// admin duty). False also when the directory roles are unknown.
    bool isPowerPlatformAdmin() const;

    /// Whether a known assignment at `scope` or above allows `action` (or `dataAction`). False
    /// means "not found": see knowsScope() for whether that is complete.
    bool allows(const QString &action, const QString &scope, bool dataAction = false) const;
    /// The grants that allow `action` at `scope`.
    QList<AzureRoleGrant> grantsAllowing(const QString &action, const QString &scope, bool dataAction) const;

    /// Whether every assignment at and above `scope` is known: a successful read at `scope` or a
    /// scope above it, and every role definition involved read.
    bool knowsScope(const QString &scope) const;
    /// Why `scope` is not known (translated); empty when it is.
    QString unknownReason(const QString &scope) const;
    /// Whether a read at `scope` or beneath it was refused with 403: the identity may not read role
    /// assignments (`Microsoft.Authorization/roleAssignments/read`) at `scope` or anywhere above it.
    bool deniedReadingAt(const QString &scope) const;

    /// The key vault admin duty at `scope`: may change the key or who may use it. True when a
    /// known assignment allows any of keyVaultAdminActions() (e.g. Owner, User Access
    /// Administrator, RBAC Administrator, Contributor, Key Vault Administrator, Key Vault
    /// Contributor, Key Vault Crypto Officer).
    bool isKeyVaultAdmin(const QString &scope) const;
    /// The names of the roles that make it a key vault admin at `scope`, each once.
    QStringList keyVaultAdminRoles(const QString &scope) const;

    /// The actions (first) and data actions that each make an identity a key vault admin.
    struct DutyAction
    {
        QString action;
        bool dataAction;
    };
    static QList<DutyAction> keyVaultAdminActions();
};

} // namespace cmk::roles
