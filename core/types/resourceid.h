#pragma once

#include "types/guid.h"
#include "types/parseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk {

/// An Azure Resource Manager resource ID, e.g.
/// `/subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/{name}`.
///
/// Parsing is strict: a leading '/', no empty segments, a GUID subscription ID, valid resource
/// group, provider namespace, type and name segments. Nested types
/// (`…/vaults/v/privateEndpointConnections/c`) and extension resources
/// (`{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}`) are understood. Equality and hashing
/// are case-insensitive, as ARM defines resource IDs; the casing given is kept for display and for requests.
class ResourceId
{
    Q_DECLARE_TR_FUNCTIONS(cmk::ResourceId)

public:
    enum class Level {
        Invalid,
        Tenant, ///< `/providers/{ns}/…` without a subscription: only as a prefix of extension chains
        Subscription, ///< `/subscriptions/{id}`
        ResourceGroup, ///< `/subscriptions/{id}/resourceGroups/{rg}`
        Provider, ///< `…/providers/{ns}` with no type: a resource provider (registration)
        Resource, ///< anything with at least one type/name pair
    };

    ResourceId() = default;

    static std::optional<ResourceId> parse(QStringView text, ParseError *error = nullptr);
    static std::optional<ResourceId> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }

    static ResourceId forSubscription(const SubscriptionId &subscription);
    static ResourceId forResourceGroup(const SubscriptionId &subscription, QStringView resourceGroup);
    /// `typePath` may be nested: "vaults" or "virtualNetworks/subnets" with `namePath` "vnet/default".
    static ResourceId forResource(const SubscriptionId &subscription, QStringView resourceGroup,
                                  QStringView providerNamespace, QStringView typePath, QStringView namePath);

    bool isValid() const { return m_level != Level::Invalid; }
    Level level() const { return m_level; }
    QString toString() const { return m_text; }

    SubscriptionId subscriptionId() const { return m_subscription; }
    QString resourceGroup() const { return m_resourceGroup; }
    /// The namespace of the innermost provider, e.g. "Microsoft.Authorization" for a role assignment on a
    /// vault.
    QString providerNamespace() const;
    /// The full type of the innermost resource, e.g. "Microsoft.KeyVault/vaults/privateEndpointConnections".
    QString resourceType() const;
    /// The last name, e.g. the connection name for a private endpoint connection.
    QString name() const;

    /// The resource this one is nested in or extends; nothing for a subscription or tenant-level ID.
    std::optional<ResourceId> parent() const;
    /// For an extension resource, the resource it is attached to (the scope of a role assignment).
    std::optional<ResourceId> extendedResource() const;
    /// `this/{type}/{name}` for a child type of this resource (or of this provider scope).
    ResourceId child(QStringView type, QStringView name) const;
    /// Whether `other` is this resource or lies beneath it (RBAC scope inheritance).
    bool contains(const ResourceId &other) const;

    friend bool operator==(const ResourceId &a, const ResourceId &b);
    friend bool operator!=(const ResourceId &a, const ResourceId &b) { return !(a == b); }
    friend size_t qHash(const ResourceId &id, size_t seed) noexcept;

private:
    struct TypeName
    {
        QString type;
        QString name;
    };
    struct ProviderGroup
    {
        QString providerNamespace;
        QList<TypeName> pairs;
    };

    QString m_text;
    Level m_level = Level::Invalid;
    SubscriptionId m_subscription;
    QString m_resourceGroup;
    QList<ProviderGroup> m_groups;

    QString rebuild() const;
};

size_t qHash(const ResourceId &id, size_t seed = 0) noexcept;

} // namespace cmk

Q_DECLARE_METATYPE(cmk::ResourceId)
