#include "scenario.h"

#include "armresources.h"

namespace cmk::sandbox {

namespace {

const QString Owner = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
const QString Reader = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const QString KeyVaultAdministrator = QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483");

QString sub(const char *id)
{
    return QStringLiteral("/subscriptions/") + QLatin1StringView(id);
}

QString addUser(World &world, const QString &tenant, const QString &upn, const QString &name,
                const QString &password, QStringList roles, const QString &demoRole)
{
    User u;
    u.tenantId = tenant;
    u.objectId = world.newGuid();
    u.upn = upn;
    u.displayName = name;
    u.password = password;
    u.directoryRoles = std::move(roles);
    u.demoRole = demoRole;
    world.users.push_back(u);
    return u.objectId;
}

Subscription &addSubscription(World &world, const QString &id, const QString &tenant, const QString &name,
                              std::initializer_list<const char *> registered)
{
    Subscription s;
    s.id = id;
    s.tenantId = tenant;
    s.displayName = name;
    for (const char *ns : {"Microsoft.Compute", "Microsoft.NetApp", "Microsoft.Network",
                           "Microsoft.ManagedIdentity", "Microsoft.KeyVault", "Microsoft.PowerPlatform",
                           "Microsoft.Authorization", "Microsoft.Resources", "Microsoft.Features"}) {
        const QString name = QLatin1StringView(ns);
        s.providerCasing[name.toLower()] = name;
        s.providers[name.toLower()].state = QStringLiteral("NotRegistered");
    }
    for (const char *ns : registered)
        s.providers[QString::fromLatin1(ns).toLower()].state = QStringLiteral("Registered");
    // Always registered in Azure.
    for (const char *ns : {"Microsoft.Authorization", "Microsoft.Resources", "Microsoft.Features"})
        s.providers[QString::fromLatin1(ns).toLower()].state = QStringLiteral("Registered");
    world.subscriptions.push_back(s);
    return world.subscriptions.back();
}

void addSubnet(World &world, const QString &vnetId, const QString &name, const QString &prefix,
               const QString &delegation)
{
    const QString id = vnetId + QStringLiteral("/subnets/") + name;
    Json properties = {{"addressPrefix", s(prefix)},
                       {"delegations", Json::array()},
                       {"privateEndpointNetworkPolicies", "Disabled"},
                       {"privateLinkServiceNetworkPolicies", "Enabled"}};
    if (!delegation.isEmpty())
        properties["delegations"].push_back(
            {{"name", "delegation"},
             {"id", s(id + QStringLiteral("/delegations/delegation"))},
             {"properties",
              {{"serviceName", s(delegation)},
               {"actions",
                {"Microsoft.Network/networkinterfaces/*",
                 "Microsoft.Network/virtualNetworks/subnets/join/action"}},
               {"provisioningState", "Succeeded"}}},
             {"type", "Microsoft.Network/virtualNetworks/subnets/delegations"}});
    Json body = arm::envelope(id, QStringLiteral("Microsoft.Network/virtualNetworks/subnets"), QString(),
                              properties);
    body.erase("tags");
    arm::put(world, id, QStringLiteral("Microsoft.Network/virtualNetworks/subnets"), arm::tenantOf(world, id),
             body);
}

void addVnet(World &world, const QString &rgId, const QString &name, const QString &location)
{
    const QString id = rgId + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/") + name;
    arm::put(world, id, QStringLiteral("Microsoft.Network/virtualNetworks"), arm::tenantOf(world, id),
             arm::envelope(
                 id, QStringLiteral("Microsoft.Network/virtualNetworks"), location,
                 {{"addressSpace", {{"addressPrefixes", {"10.20.0.0/16"}}}}, {"subnets", Json::array()}}));
    addSubnet(world, id, QStringLiteral("snet-anf-volumes"), QStringLiteral("10.20.1.0/24"),
              QStringLiteral("Microsoft.NetApp/volumes"));
    addSubnet(world, id, QStringLiteral("snet-endpoints"), QStringLiteral("10.20.2.0/24"), QString());
}

Environment makeEnvironment(World &world, const QString &tenant, const QString &name, const QString &location,
                            const QString &region, const QString &sku)
{
    Environment e;
    e.id = world.newGuid();
    e.tenantId = tenant;
    e.displayName = name;
    e.location = location;
    e.azureRegion = region;
    e.sku = sku;
    e.createdMs = world.clock.nowMs() - 400LL * 24 * 3600 * 1000;
    return e;
}

void addEnvironment(World &world, Environment e)
{
    world.environmentIndex.insert(e.id.toLower(), qsizetype(world.environments.size()));
    world.environments.push_back(std::move(e));
}

/// A policy with its system identity granted on a vault's key; returns the policy id.
QString addPolicy(World &world, const QString &rgId, const QString &name, const QString &location,
                  const QString &vaultId, const QString &keyName, const QString &keyVersion, bool grant)
{
    const QString tenant = arm::tenantOf(world, rgId);
    const QString id = rgId + QStringLiteral("/providers/Microsoft.PowerPlatform/enterprisePolicies/") + name;
    const QString identity = arm::managedIdentityPrincipal(world, tenant, id, name).objectId;
    const QString systemGuid = world.newGuid();
    Json body = arm::envelope(
        id, QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies"), location,
        {{"encryption",
          {{"state", "Enabled"},
           {"keyVault", {{"id", s(vaultId)}, {"key", {{"name", s(keyName)}, {"version", s(keyVersion)}}}}}}},
         {"networkInjection", nullptr},
         {"systemId",
          s(QStringLiteral("/regions/%1/providers/Microsoft.PowerPlatform/enterprisePolicies/%2")
                .arg(location, systemGuid))},
         {"healthStatus", "Healthy"}});
    body["properties"].erase("provisioningState");
    body["kind"] = "Encryption";
    body["identity"] = {{"type", "SystemAssigned"},
                        {"systemAssignedIdentityPrincipalId", s(identity)},
                        {"tenantId", s(tenant)}};
    arm::put(world, id, QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies"), tenant, body);
    if (grant)
        arm::assignRole(world, vaultId, QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6"), identity,
                        QStringLiteral("ServicePrincipal"));
    return id;
}

void link(World &world, Environment &e, const QString &policyId, qint64 doneAgoMs)
{
    e.policyKey = policyId.toLower();
    e.linkStatus = QStringLiteral("Linked");
    e.encryptionStartMs = world.clock.nowMs() - doneAgoMs - 6 * 3600 * 1000;
    e.encryptionDoneMs = world.clock.nowMs() - doneAgoMs;
}

void seedDemo(World &world)
{
    const QString isv = QLatin1StringView(Scenario::IsvTenant);
    const QString customer = QLatin1StringView(Scenario::CustomerTenant);
    world.tenants.push_back({isv, QStringLiteral("Fabrikam Storage Services (ISV)"),
                             QStringLiteral("fabrikamisv.onmicrosoft.com")});
    world.tenants.push_back(
        {customer, QStringLiteral("Contoso (customer)"), QStringLiteral("contoso.onmicrosoft.com")});

    const QString alex = addUser(world, isv, QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                                 QStringLiteral("Alex Wilber"), QStringLiteral("Sandbox-Isv-1"),
                                 {QLatin1StringView(DirectoryRole::ApplicationDeveloper)},
                                 QStringLiteral("ISV onboarding engineer: Owner of the ISV subscription"));
    const QString kai = addUser(
        world, customer, QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Kai Carter"),
        QStringLiteral("Sandbox-Kv-1"), {QLatin1StringView(DirectoryRole::CloudApplicationAdministrator)},
        QStringLiteral("Customer key vault administrator: Owner and Key Vault Administrator, may "
                       "grant admin consent"));
    const QString priya = addUser(world, customer, QStringLiteral("priya@contoso.onmicrosoft.com"),
                                  QStringLiteral("Priya Patel"), QStringLiteral("Sandbox-Pp-1"),
                                  {QLatin1StringView(DirectoryRole::PowerPlatformAdministrator)},
                                  QStringLiteral("Power Platform administrator"));
    const QString sam = addUser(world, customer, QStringLiteral("sam@contoso.onmicrosoft.com"),
                                QStringLiteral("Sam Rivera"), QStringLiteral("Sandbox-Both-1"),
                                {QLatin1StringView(DirectoryRole::PowerPlatformAdministrator),
                                 QLatin1StringView(DirectoryRole::CloudApplicationAdministrator)},
                                QStringLiteral("Holds both key vault admin and Power Platform admin rights"));
    const QString riley = addUser(world, customer, QStringLiteral("riley@contoso.onmicrosoft.com"),
                                  QStringLiteral("Riley Chen"), QStringLiteral("Sandbox-Support-1"),
                                  {QLatin1StringView(DirectoryRole::GlobalReader)},
                                  QStringLiteral("Support staff: read-only"));
    addUser(world, customer, QStringLiteral("dana@contoso.onmicrosoft.com"), QStringLiteral("Dana Okafor"),
            QStringLiteral("Sandbox-D365-1"), {QLatin1StringView(DirectoryRole::Dynamics365Administrator)},
            QStringLiteral("Dynamics 365 administrator without Azure roles"));

    addSubscription(world, QLatin1StringView(Scenario::IsvSubscription), isv,
                    QStringLiteral("Fabrikam storage (production)"),
                    {"Microsoft.Network", "Microsoft.ManagedIdentity"});
    addSubscription(world, QLatin1StringView(Scenario::CustomerSubscription), customer,
                    QStringLiteral("Contoso security"), {"Microsoft.KeyVault", "Microsoft.Network"});

    const QString isvSub = sub(Scenario::IsvSubscription);
    const QString custSub = sub(Scenario::CustomerSubscription);
    arm::assignRole(world, isvSub, Owner, alex, QStringLiteral("User"));
    arm::assignRole(world, custSub, Owner, kai, QStringLiteral("User"));
    arm::assignRole(world, custSub, KeyVaultAdministrator, kai, QStringLiteral("User"));
    arm::assignRole(world, custSub, Owner, sam, QStringLiteral("User"));
    arm::assignRole(world, custSub, KeyVaultAdministrator, sam, QStringLiteral("User"));
    arm::assignRole(world, custSub, Reader, riley, QStringLiteral("User"));
    Q_UNUSED(priya)

    const ArmResource &isvRg = arm::resourceGroup(world, QLatin1StringView(Scenario::IsvSubscription),
                                                  QStringLiteral("rg-anf"), QStringLiteral("westeurope"));
    addVnet(world, isvRg.id, QStringLiteral("vnet-anf"), QStringLiteral("westeurope"));
    arm::resourceGroup(world, QLatin1StringView(Scenario::IsvSubscription), QStringLiteral("rg-disks"),
                       QStringLiteral("westeurope"));
    arm::resourceGroup(world, QLatin1StringView(Scenario::CustomerSubscription), QStringLiteral("rg-keys"),
                       QStringLiteral("westeurope"));
    arm::resourceGroup(world, QLatin1StringView(Scenario::CustomerSubscription),
                       QStringLiteral("rg-powerplatform"), QStringLiteral("westeurope"));

    // An earlier, already broken CMK setup: its key was disabled five days ago, so the
    // environment that uses it is locked (seed 003).
    const ArmResource &legacyRg
        = arm::resourceGroup(world, QLatin1StringView(Scenario::CustomerSubscription),
                             QStringLiteral("rg-pp-legacy"), QStringLiteral("westeurope"));
    const QString legacyVault
        = legacyRg.id + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-contoso-legacy");
    arm::vault(world, legacyVault, customer, QStringLiteral("westeurope"), true, true);
    KeyVersion &legacyKey
        = arm::addKeyVersion(world, legacyVault, QStringLiteral("legacy-cmk"), QStringLiteral("RSA"), 2048);
    legacyKey.enabled = false;
    const QString legacyPolicy
        = addPolicy(world, legacyRg.id, QStringLiteral("contoso-legacy-policy"), QStringLiteral("europe"),
                    legacyVault, QStringLiteral("legacy-cmk"), legacyKey.version, true);

    const auto env = [&](const char *name, const char *location, const char *region, const char *sku) {
        return makeEnvironment(world, customer, QLatin1StringView(name), QLatin1StringView(location),
                               QLatin1StringView(region), QLatin1StringView(sku));
    };
    addEnvironment(world, env("Contoso Sales", "europe", "westeurope", "Production"));
    addEnvironment(world, env("Contoso Sales Test", "europe", "northeurope", "Sandbox"));
    Environment finance
        = env("Contoso Finance (finance and operations)", "europe", "westeurope", "Production");
    finance.financeAndOperations = true;
    finance.powerPlatformIntegration = true;
    addEnvironment(world, finance);
    Environment supply
        = env("Contoso Supply Chain (finance and operations)", "europe", "westeurope", "Production");
    supply.financeAndOperations = true;
    addEnvironment(world, supply);
    addEnvironment(world, env("Contoso Trial", "europe", "westeurope", "Trial"));
    Environment teams = env("Contoso Teams", "europe", "westeurope", "Teams");
    teams.managed = false;
    addEnvironment(world, teams);
    Environment unmanaged = env("Contoso HR", "europe", "westeurope", "Production");
    unmanaged.managed = false;
    addEnvironment(world, unmanaged);
    addEnvironment(world, env("Contoso US Operations", "unitedstates", "eastus", "Production"));
    Environment byok = env("Contoso Legacy BYOK", "europe", "westeurope", "Production");
    byok.byok = true;
    addEnvironment(world, byok);
    Environment archive = env("Contoso Archive", "europe", "westeurope", "Production");
    link(world, archive, legacyPolicy, 30LL * 24 * 3600 * 1000);
    archive.locked = true;
    archive.lockedSinceMs = world.clock.nowMs() - 5LL * 24 * 3600 * 1000;
    archive.lockReason = QStringLiteral("KeyDisabled");
    archive.lastOperation = QStringLiteral("LinkEnterprisePolicy");
    addEnvironment(world, archive);
    Environment defaultEnv = env("Contoso (default)", "europe", "westeurope", "Default");
    defaultEnv.id = QStringLiteral("Default-") + customer;
    addEnvironment(world, defaultEnv);
}

void seedScale(World &world)
{
    const QString customer = QLatin1StringView(Scenario::CustomerTenant);
    world.tenants.push_back(
        {customer, QStringLiteral("Contoso at scale"), QStringLiteral("contoso.onmicrosoft.com")});
    const QString support = addUser(world, customer, QStringLiteral("riley@contoso.onmicrosoft.com"),
                                    QStringLiteral("Riley Chen"), QStringLiteral("Sandbox-Support-1"),
                                    {QLatin1StringView(DirectoryRole::GlobalReader)},
                                    QStringLiteral("Support staff: read-only"));
    const QString admin = addUser(world, customer, QStringLiteral("priya@contoso.onmicrosoft.com"),
                                  QStringLiteral("Priya Patel"), QStringLiteral("Sandbox-Pp-1"),
                                  {QLatin1StringView(DirectoryRole::PowerPlatformAdministrator)},
                                  QStringLiteral("Power Platform administrator"));
    addSubscription(world, QLatin1StringView(Scenario::CustomerSubscription), customer,
                    QStringLiteral("Contoso security"), {"Microsoft.KeyVault", "Microsoft.PowerPlatform"});
    const QString custSub = sub(Scenario::CustomerSubscription);
    arm::assignRole(world, custSub, Reader, support, QStringLiteral("User"));
    arm::assignRole(world, custSub, Reader, admin, QStringLiteral("User"));
    const ArmResource &rg = arm::resourceGroup(world, QLatin1StringView(Scenario::CustomerSubscription),
                                               QStringLiteral("rg-scale"), QStringLiteral("westeurope"));
    static const char *locations[] = {"europe", "unitedstates", "asia", "unitedkingdom", "canada"};
    static const char *regions[] = {"westeurope", "eastus", "southeastasia", "uksouth", "canadacentral"};
    QStringList vaults;
    for (int v = 0; v < 20; ++v) {
        const QString id = rg.id
            + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-scale-%1")
                  .arg(v, 2, 10, QLatin1Char('0'));
        arm::vault(world, id, customer, QLatin1StringView(regions[v % 5]), true, true);
        vaults << id;
    }
    QStringList policies;
    for (int p = 0; p < 50; ++p) {
        const QString vault = vaults.at(p % 20);
        const QString keyName = QStringLiteral("cmk-%1").arg(p);
        KeyVersion &key = arm::addKeyVersion(world, vault, keyName, QStringLiteral("RSA"), 2048);
        const bool healthy = p % 10 != 9; // every tenth policy has lost its key: its environments lock
        if (!healthy)
            key.enabled = false;
        policies << addPolicy(world, rg.id, QStringLiteral("policy-%1").arg(p, 2, 10, QLatin1Char('0')),
                              QLatin1StringView(locations[p % 5]), vault, keyName, key.version, true);
    }
    static const char *skus[] = {"Production", "Sandbox", "Developer", "Trial", "Production", "Sandbox"};
    for (int i = 0; i < 10000; ++i) {
        Environment e = makeEnvironment(world, customer,
                                        QStringLiteral("Environment %1").arg(i, 5, 10, QLatin1Char('0')),
                                        QLatin1StringView(locations[i % 5]),
                                        QLatin1StringView(regions[i % 5]), QLatin1StringView(skus[i % 6]));
        if (i % 4 != 3 && e.sku != QLatin1StringView("Trial")) {
            // One of the ten policies in the environment's own location (policy p is in location p % 5).
            const int p = ((i / 5) % 10) * 5 + i % 5;
            link(world, e, policies.at(p), 3LL * 24 * 3600 * 1000);
            if (p % 10 == 9) {
                e.locked = true;
                e.lockedSinceMs = world.clock.nowMs() - qint64(i % 27) * 24 * 3600 * 1000;
                e.lockReason = QStringLiteral("KeyDisabled");
            }
        }
        addEnvironment(world, std::move(e));
    }
}

} // namespace

QStringList Scenario::names()
{
    return {QStringLiteral("empty"), QStringLiteral("demo"), QStringLiteral("scale")};
}

bool Scenario::seed(const QString &name, World &world, QString *error)
{
    if (name == QLatin1StringView("empty"))
        return true;
    if (name == QLatin1StringView("demo")) {
        seedDemo(world);
        return true;
    }
    if (name == QLatin1StringView("scale")) {
        seedScale(world);
        return true;
    }
    *error = QStringLiteral("Unknown scenario \"%1\"; available: %2.")
                 .arg(name, names().join(QStringLiteral(", ")));
    return false;
}

} // namespace cmk::sandbox
