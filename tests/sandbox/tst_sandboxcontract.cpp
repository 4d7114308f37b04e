// Every example of the Azure contract (tests/data/azure-contract-examples, a copy of
// shared/azure-contract/examples) replayed against an in-process demo sandbox over real HTTPS.
// Each example's state is built through the sandbox's own APIs, as a real caller would, with
// the demo's people; the placeholder ids, hosts and names of the examples are replaced by the
// real ones. Then the answer must have one of the example's statuses, every key of the
// example's body (recursively; arrays by their first element; keys case-insensitive; "x-*"
// and "@odata.context" ignored) and every header the example names. Files with alternative
// responses provoke each of them; what the sandbox cannot produce by design is skipped, named.

#include "faults.h"
#include "sandbox.h"
#include "sandboxclient.h"
#include "tokens.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>

using namespace cmk;
using namespace cmk::testing;

// Runs a step that may fail a check and leaves the calling test function when it did.
#define CHECKED(step)                                                                                        \
    do {                                                                                                     \
        step;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace {

const QString Isv = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString IsvSub = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001");
const QString CustomerSub = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002");
const QString CryptoServiceUser = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
const QString Reader = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const QString Contributor = QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c");
const QString PeSubnet
    = IsvSub
    + QStringLiteral(
          "/resourceGroups/isv-rg/providers/Microsoft.Network/virtualNetworks/anf-vnet/subnets/pe-subnet");
const QString Region = QStringLiteral("eastus"); // where the constructed examples put their resources
constexpr qint64 LroMs = 60 * 1000; // simulated; the test moves the clock, real time never finishes one
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

QString examplesDir()
{
    return QStringLiteral(CMK_SOURCE_DIR "/tests/data/azure-contract-examples");
}

/// The status a response key names: "302 success" -> 302.
int statusOf(const QString &key)
{
    return key.section(u' ', 0, 0).toInt();
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool allowedPath(const QStringList &allowed, const QString &path)
{
    return allowed.contains(path, Qt::CaseInsensitive);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// Records in `problems` what `actual` lacks of `expected`'s shape: every key of every object
/// (case-insensitively; "x-*" and "@odata.context" are commentary), arrays by their first element.
/// `allowed` names paths ("a.b", "a[]" for an array left empty) the sandbox may lack.
void compareShape(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
                  const QStringList &allowed, QStringList *problems)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            if (!allowedPath(allowed, path))
                problems->append(QStringLiteral("%1: an object in the example, %2 here")
                                     .arg(path.isEmpty() ? QStringLiteral("body") : path, typeName(actual)));
            return;
        }
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (it.key().startsWith(QLatin1StringView("x-"), Qt::CaseInsensitive)
                || it.key().compare(QLatin1StringView("@odata.context"), Qt::CaseInsensitive) == 0)
                continue;
            const QString child = join(path, it.key());
            auto found = have.end();
            for (auto h = have.begin(); h != have.end(); ++h) {
                if (h.key().compare(it.key(), Qt::CaseInsensitive) == 0)
                    found = h;
            }
            if (found == have.end()) {
                if (!allowedPath(allowed, child))
                    problems->append(child + QStringLiteral(": missing"));
                continue;
            }
            compareShape(it.value(), found.value(), child, allowed, problems);
        }
    } else if (expected.isArray() && !expected.toArray().isEmpty()) {
        if (!actual.isArray()) {
            if (!allowedPath(allowed, path))
                problems->append(
                    QStringLiteral("%1: an array in the example, %2 here").arg(path, typeName(actual)));
            return;
        }
        if (actual.toArray().isEmpty()) {
            if (!allowedPath(allowed, path + QStringLiteral("[]")))
                problems->append(path + QStringLiteral(": empty here, the example has items"));
            return;
        }
        compareShape(expected.toArray().first(), actual.toArray().first(), path + QStringLiteral("[]"),
                     allowed, problems);
    }
}

bool hasHeader(const HttpResult &r, const QString &name)
{
    for (const auto &h : r.headers) {
        if (QString::fromLatin1(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString excerpt(const HttpResult &r)
{
    return QStringLiteral("  sandbox body: %1").arg(QString::fromUtf8(r.body.left(900)));
}

/// Optional parts of examples the sandbox leaves out, per example, each with the reason.
QHash<QString, QStringList> allowLists()
{
    return {
        // Optional; arm.md §3 says to omit it for a vault in another tenant, so the product never sends
        // it and the sandbox echoes it only when sent.
        {QStringLiteral("compute/DiskEncryptionSet_Get.json"),
         {QStringLiteral("properties.activeKey.sourceVault")}},
        // OIDC session-management data, unconfirmed (x-unconfirmed); the product never reads it.
        {QStringLiteral("identity/Authorize_AuthCodePkce.constructed.json"),
         {QStringLiteral("session_state")}},
        // Only a Conditional Access claims challenge (the example's AADSTS50076) carries them; the
        // sandbox has no Conditional Access, so its invalid_grant is the expired-token kind.
        {QStringLiteral("identity/Token_RefreshToken_OtherResourceOrTenant.constructed.json"),
         {QStringLiteral("suberror"), QStringLiteral("claims")}},
        // Set only for vaults in a managed HSM pool; standard and premium vaults have none.
        {QStringLiteral("keyvault-mgmt/createVault.json"), {QStringLiteral("properties.hsmPoolResourceId")}},
        // A null nextLink and an absent one both end the list (conventions.md §4); one page here.
        {QStringLiteral("keyvault-mgmt/listPrivateEndpointConnection.json"), {QStringLiteral("nextLink")}},
        // nextLink only when another page follows; managedByTenants lists Azure Lighthouse delegations,
        // which the demo has none of.
        // tags are the owner's (the sample's tagKey1/tagKey2); the demo's subscriptions have none.
        {QStringLiteral("resources/GetSubscriptions.json"),
         {QStringLiteral("nextLink"), QStringLiteral("value[].managedByTenants[]"),
          QStringLiteral("value[].tags.tagKey1"), QStringLiteral("value[].tags.tagKey2")}},
        // Edge-zone (extended location) mappings; no sandbox type has edge zones, the product never reads
        // them.
        {QStringLiteral("resources/GetProvider.json"), {QStringLiteral("resourceTypes[].locationMappings")}},
        // The spec's 201 sample shows an auto-approved connection although its request asks for manual
        // approval; the sandbox keeps it under manualPrivateLinkServiceConnections, as the 200 sample does.
        {QStringLiteral("network/PrivateEndpointCreateForManualApproval.json"),
         {QStringLiteral("properties.privateLinkServiceConnections[]")}},
        // The official sample mixes the Lockbox and NetworkInjection kinds into one policy; an Encryption
        // policy (the product's only kind) has neither.
        {QStringLiteral("powerplatform-arm/getEnterprisePolicy.json"),
         {QStringLiteral("properties.lockbox"), QStringLiteral("properties.networkInjection")}},
    };
}

struct Person
{
    QString upn;
    QString password;
    QString tenant;
};

Person person(const QString &who)
{
    if (who == QLatin1StringView("alex"))
        return {QStringLiteral("alex@fabrikamisv.onmicrosoft.com"), QStringLiteral("Sandbox-Isv-1"), Isv};
    if (who == QLatin1StringView("kai"))
        return {QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1"), Customer};
    if (who == QLatin1StringView("priya"))
        return {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"), Customer};
    if (who == QLatin1StringView("riley"))
        return {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                Customer};
    return {};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery redirectQuery(const HttpResult &r)
{
    return QUrlQuery(QUrl(QString::fromUtf8(r.header("Location"))));
}

} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void comparesShapes();
    void replay_data();
    void replay();
    void everyReplayHasItsExample();

private:
    using Replay = void (TestSandboxContract::*)();
    static QHash<QString, Replay> replays();

    // authorization/
    void principalNotFound();
    void roleAssignmentExists();
    void roleAssignmentOnKey();
    void roleAssignmentOnPolicy();
    void roleAssignmentCreateForResource();
    void roleAssignmentDelete();
    void roleAssignmentListForScope();
    void roleAssignmentListFilterPrincipal();
    // bap/
    void bapLink();
    void bapUnlink();
    void bapEnvironmentNotFound();
    void bapGetEnvironmentCmk();
    void bapGetEnvironmentLocked();
    void bapLifecycleOperation();
    void bapListEnvironments();
    void bapOperationStatus();
    // compute/
    void desCreate();
    void desGet();
    void desUpdateRotation();
    // graph/
    void graphCreateApplication();
    void graphCreateFederatedCredential();
    void graphCreateServicePrincipal();
    void graphErrors();
    void graphMe();
    void graphListApplications();
    void graphListServicePrincipals();
    void graphListUsers();
    void graphMemberOf();
    void graphUpsertFederatedCredential();
    // identity/
    void identityAdminConsent();
    void identityAuthorize();
    void identityDeviceCode();
    void identityDeviceCodePoll();
    void identityTokenCache();
    void identityTokenFromCode();
    void identityTokenFromRefresh();
    // keyvault-data/
    void kvCreateKey();
    void kvCreateKeyHsm();
    void kvChallenge();
    void kvForbidden();
    void kvGetKey();
    void kvUpdateKey();
    void kvDisableKey();
    // keyvault-mgmt/
    void vaultApproveConnection();
    void vaultCreate();
    void vaultCreateRbac();
    void vaultListConnections();
    void vaultPutConnection();
    void vaultAccessPoliciesAdd();
    void vaultAccessPolicyGetWrapUnwrap();
    // msi/
    void identityCreate();
    // netapp/
    void netAppChangeKeyVault();
    void netAppCreate();
    void netAppCreateCrossTenant();
    void netAppUpdate();
    // network/
    void endpointManualApproval();
    void endpointToCustomerVault();
    // powerplatform-arm/
    void policyEncryptionPut();
    void policyCreateOrUpdate();
    void policyGet();
    // resources/
    void asyncOperationStatus();
    void armErrors();
    void featureGet();
    void featureRegister();
    void providerGet();
    void subscriptionsList();
    void longRunningPatterns();
    void providerRegisterConstructed();
    void providerRegister();

    // Comparing.
    void load();
    QJsonObject parameters() const { return m_example.value(u"parameters").toObject(); }
    QJsonObject request() const { return m_example.value(u"request").toObject(); }
    /// Compares an answer with the example's response `key`; empty: the one with the answer's status.
    void expect(const HttpResult &r, const QString &key = QString());
    /// Compares an answer with one response object of an example: body, headers, redirect parameters.
    void expectAnswer(const QString &label, const QJsonObject &expected, const HttpResult &r);
    void skipCase(const QString &key, const QString &reason);
    void subst(const QString &placeholder, const QString &value);

    // Calling.
    QByteArray token(const QString &who, const QUrl &url);
    HttpResult call(const QByteArray &method, const QUrl &url, const QString &who,
                    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult sendExample(const QString &who, const QJsonObject &request);
    HttpResult sendExample(const QString &who) { return sendExample(who, request()); }
    HttpResult arm(const QByteArray &method, const QString &pathAndQuery, const QString &who,
                   const QByteArray &body = {});
    HttpResult graph(const QByteArray &method, const QString &path, const QString &who,
                     const QByteArray &body = {});
    HttpResult bap(const QByteArray &method, const QString &pathAndQuery, const QString &who,
                   const QByteArray &body = {});
    HttpResult kv(const QByteArray &method, const QString &vault, const QString &pathAndQuery,
                  const QString &who, const QByteArray &body = {});
    HttpResult admin(const QString &path, const QByteArray &body);
    QString oid(const QString &who);
    QString rt(const QString &who);
    void addFault(const QString &kind, const QString &service, const QByteArray &method, const QString &path,
                  int retryAfterSeconds = 1);

    // Building the examples' state, as its owners would.
    bool once(const QString &step);
    void group(const QString &who, const QString &subscription, const QString &name);
    void customerVault(const QString &name = QStringLiteral("contoso-cmk-kv"), bool rbac = true,
                       const QString &sku = QStringLiteral("standard"));
    void customerKey(const QString &vault = QStringLiteral("contoso-cmk-kv"),
                     const QString &key = QStringLiteral("cmk-key"));
    void grant(const QString &scope, const QString &role, const QString &principal, const QString &type);
    void isvApp();
    void isvIdentity();
    void isvFederation();
    void isvRegistrations();
    void installApp();
    void grantKeyToApp(const QString &vault = QStringLiteral("contoso-cmk-kv"));
    void crossTenantKey();
    void isvNetwork();
    void isvEndpoint(const QString &vault, const QString &name, bool approve);
    void netAppAccount();
    void plainNetAppAccount();
    void diskEncryptionSet();
    void registerPowerPlatform();
    void enterprisePolicy(const QString &location, bool grantIdentity, bool grantReader);
    void environment(const QString &displayName);
    void linkEnvironment(bool wait);
    QString vaultId(const QString &name) const;
    QString keyUrl(const QString &vault = QStringLiteral("contoso-cmk-kv")) const;
    QUrl authorizeUrl(const QJsonObject &request, const QString &verifier);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxSession> m_session;
    QString m_armBase, m_graphBase, m_bapBase, m_loginBase; // origins without the trailing slash

    QString m_file;
    QJsonObject m_example;
    QStringList m_allowed;
    QStringList m_skipped;
    QSet<QString> m_covered; ///< response keys compared or skipped
    int m_compared = 0;
    QList<QPair<QString, QString>> m_subst;
    QHash<QString, QString> m_refreshTokens;
    QHash<QString, QByteArray> m_tokens;
    QSet<QString> m_done;

    struct Vault
    {
        QString id;
        QUrl uri;
        bool rbac = true;
        QString keyVersion;
        QString keyId;
    };
    QHash<QString, Vault> m_vaults;
    QString m_appId, m_appObjectId, m_uamiId, m_uamiPrincipal, m_spId;
    QString m_policyId, m_policyPrincipal, m_systemId, m_envId, m_connection, m_accountId, m_desId;
};

// ---------------------------------------------------------------------------------------------
// The table: one row per example file.

QHash<QString, TestSandboxContract::Replay> TestSandboxContract::replays()
{
    using T = TestSandboxContract;
    return {
        {QStringLiteral("authorization/Error_400_PrincipalNotFound.constructed.json"), &T::principalNotFound},
        {QStringLiteral("authorization/Error_409_RoleAssignmentExists.constructed.json"),
         &T::roleAssignmentExists},
        {QStringLiteral("authorization/RoleAssignment_CryptoServiceEncryptionUser_OnKey.constructed.json"),
         &T::roleAssignmentOnKey},
        {QStringLiteral("authorization/RoleAssignment_Reader_OnEnterprisePolicy.constructed.json"),
         &T::roleAssignmentOnPolicy},
        {QStringLiteral("authorization/RoleAssignments_CreateForResource.json"),
         &T::roleAssignmentCreateForResource},
        {QStringLiteral("authorization/RoleAssignments_Delete.json"), &T::roleAssignmentDelete},
        {QStringLiteral("authorization/RoleAssignments_ListForScope.json"), &T::roleAssignmentListForScope},
        {QStringLiteral("authorization/RoleAssignments_ListForScope_FilterPrincipal.constructed.json"),
         &T::roleAssignmentListFilterPrincipal},
        {QStringLiteral("bap/EnterprisePolicy_Encryption_Link.constructed.json"), &T::bapLink},
        {QStringLiteral("bap/EnterprisePolicy_Encryption_Unlink.constructed.json"), &T::bapUnlink},
        {QStringLiteral("bap/Error_EnvironmentNotFound.constructed.json"), &T::bapEnvironmentNotFound},
        {QStringLiteral("bap/GetEnvironment_Cmk.constructed.json"), &T::bapGetEnvironmentCmk},
        {QStringLiteral("bap/GetEnvironment_Locked.HYPOTHETICAL.json"), &T::bapGetEnvironmentLocked},
        {QStringLiteral("bap/LifecycleOperation_Location.constructed.json"), &T::bapLifecycleOperation},
        {QStringLiteral("bap/ListEnvironments_Admin.constructed.json"), &T::bapListEnvironments},
        {QStringLiteral("bap/OperationStatus_OperationLocation.constructed.json"), &T::bapOperationStatus},
        {QStringLiteral("compute/DiskEncryptionSet_Create_WithKeyVaultFromADifferentTenant.json"),
         &T::desCreate},
        {QStringLiteral("compute/DiskEncryptionSet_Get.json"), &T::desGet},
        {QStringLiteral(
             "compute/DiskEncryptionSet_Update_WithRotationToLatestKeyVersionEnabledInProgress.json"),
         &T::desUpdateRotation},
        {QStringLiteral("graph/CreateApplication_MultiTenant.constructed.json"), &T::graphCreateApplication},
        {QStringLiteral("graph/CreateFederatedIdentityCredential.constructed.json"),
         &T::graphCreateFederatedCredential},
        {QStringLiteral("graph/CreateServicePrincipal_CustomerTenant.constructed.json"),
         &T::graphCreateServicePrincipal},
        {QStringLiteral("graph/Errors_And_Throttling.constructed.json"), &T::graphErrors},
        {QStringLiteral("graph/GetMe.constructed.json"), &T::graphMe},
        {QStringLiteral("graph/ListApplications_ByAppId.constructed.json"), &T::graphListApplications},
        {QStringLiteral("graph/ListServicePrincipals_ByAppId.constructed.json"),
         &T::graphListServicePrincipals},
        {QStringLiteral("graph/ListUsers_ByUpn.constructed.json"), &T::graphListUsers},
        {QStringLiteral("graph/MeMemberOf_DirectoryRoles.constructed.json"), &T::graphMemberOf},
        {QStringLiteral("graph/UpsertFederatedIdentityCredential.constructed.json"),
         &T::graphUpsertFederatedCredential},
        {QStringLiteral("identity/AdminConsent.constructed.json"), &T::identityAdminConsent},
        {QStringLiteral("identity/Authorize_AuthCodePkce.constructed.json"), &T::identityAuthorize},
        {QStringLiteral("identity/DeviceCode.constructed.json"), &T::identityDeviceCode},
        {QStringLiteral("identity/DeviceCode_Poll.constructed.json"), &T::identityDeviceCodePoll},
        {QStringLiteral("identity/MsalTokenCache.constructed.json"), &T::identityTokenCache},
        {QStringLiteral("identity/Token_AuthorizationCode.constructed.json"), &T::identityTokenFromCode},
        {QStringLiteral("identity/Token_RefreshToken_OtherResourceOrTenant.constructed.json"),
         &T::identityTokenFromRefresh},
        {QStringLiteral("keyvault-data/CreateKey-example.json"), &T::kvCreateKey},
        {QStringLiteral("keyvault-data/CreateKey_RsaHsm2048.constructed.json"), &T::kvCreateKeyHsm},
        {QStringLiteral("keyvault-data/Error_401_Challenge.constructed.json"), &T::kvChallenge},
        {QStringLiteral("keyvault-data/Error_403_Forbidden.constructed.json"), &T::kvForbidden},
        {QStringLiteral("keyvault-data/GetKey-example.json"), &T::kvGetKey},
        {QStringLiteral("keyvault-data/UpdateKey-example.json"), &T::kvUpdateKey},
        {QStringLiteral("keyvault-data/UpdateKey_Disable.constructed.json"), &T::kvDisableKey},
        {QStringLiteral("keyvault-mgmt/approvePrivateEndpointConnection.constructed.json"),
         &T::vaultApproveConnection},
        {QStringLiteral("keyvault-mgmt/createVault.json"), &T::vaultCreate},
        {QStringLiteral("keyvault-mgmt/createVault_SoftDelete_PurgeProtection_Rbac.constructed.json"),
         &T::vaultCreateRbac},
        {QStringLiteral("keyvault-mgmt/listPrivateEndpointConnection.json"), &T::vaultListConnections},
        {QStringLiteral("keyvault-mgmt/putPrivateEndpointConnection.json"), &T::vaultPutConnection},
        {QStringLiteral("keyvault-mgmt/updateAccessPoliciesAdd.json"), &T::vaultAccessPoliciesAdd},
        {QStringLiteral("keyvault-mgmt/updateAccessPolicy_GetWrapUnwrap.constructed.json"),
         &T::vaultAccessPolicyGetWrapUnwrap},
        {QStringLiteral("msi/IdentityCreate.json"), &T::identityCreate},
        {QStringLiteral("netapp/Accounts_ChangeKeyVault.json"), &T::netAppChangeKeyVault},
        {QStringLiteral("netapp/Accounts_CreateOrUpdate.json"), &T::netAppCreate},
        {QStringLiteral("netapp/Accounts_CreateOrUpdate_CrossTenantCmk.constructed.json"),
         &T::netAppCreateCrossTenant},
        {QStringLiteral("netapp/Accounts_Update.json"), &T::netAppUpdate},
        {QStringLiteral("network/PrivateEndpointCreateForManualApproval.json"), &T::endpointManualApproval},
        {QStringLiteral("network/PrivateEndpoint_ToCustomerVault_Manual.constructed.json"),
         &T::endpointToCustomerVault},
        {QStringLiteral("powerplatform-arm/EnterprisePolicy_Encryption_Put.constructed.json"),
         &T::policyEncryptionPut},
        {QStringLiteral("powerplatform-arm/createOrUpdateEnterprisePolicy.json"), &T::policyCreateOrUpdate},
        {QStringLiteral("powerplatform-arm/getEnterprisePolicy.json"), &T::policyGet},
        {QStringLiteral("resources/AzureAsyncOperation_Status.constructed.json"), &T::asyncOperationStatus},
        {QStringLiteral("resources/Errors_ARM_Common.constructed.json"), &T::armErrors},
        {QStringLiteral("resources/Features_Get.constructed.json"), &T::featureGet},
        {QStringLiteral("resources/Features_Register.constructed.json"), &T::featureRegister},
        {QStringLiteral("resources/GetProvider.json"), &T::providerGet},
        {QStringLiteral("resources/GetSubscriptions.json"), &T::subscriptionsList},
        {QStringLiteral("resources/LongRunning_Patterns.constructed.json"), &T::longRunningPatterns},
        {QStringLiteral("resources/Providers_Register.constructed.json"), &T::providerRegisterConstructed},
        {QStringLiteral("resources/RegisterProviders.json"), &T::providerRegister},
    };
}

void TestSandboxContract::initTestCase()
{
    QVERIFY2(QFile::exists(examplesDir() + QStringLiteral("/README.md")), qPrintable(examplesDir()));
}

void TestSandboxContract::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = LroMs;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
    m_session = std::make_unique<SandboxSession>(m_profile, *m_http);
    m_armBase = m_profile.armEndpoint.toString().chopped(1);
    m_graphBase = m_profile.graphEndpoint.toString().chopped(1);
    m_bapBase = m_profile.powerPlatformEndpoint.toString().chopped(1);
    m_loginBase = m_profile.authorityHost.toString().chopped(1);
    m_example = {};
    m_allowed.clear();
    m_skipped.clear();
    m_covered.clear();
    m_compared = 0;
    m_refreshTokens.clear();
    m_tokens.clear();
    m_done.clear();
    m_vaults.clear();
    m_appId.clear();
    m_appObjectId.clear();
    m_uamiId.clear();
    m_uamiPrincipal.clear();
    m_spId.clear();
    m_policyId.clear();
    m_policyPrincipal.clear();
    m_systemId.clear();
    m_envId.clear();
    m_connection.clear();
    m_accountId.clear();
    m_desId.clear();
    // The examples' hosts are the public cloud's; here each service has its own loopback origin.
    m_subst = {{QStringLiteral("https://management.azure.com"), m_armBase},
               {QStringLiteral("https://graph.microsoft.com"), m_graphBase},
               {QStringLiteral("https://api.bap.microsoft.com"), m_bapBase},
               {QStringLiteral("https://login.microsoftonline.com"), m_loginBase},
               {QStringLiteral("0c0c0c0c-0000-4000-8000-00000000c11e"), m_profile.publicClientId.toString()}};
}

void TestSandboxContract::cleanup()
{
    m_http.reset();
    m_session.reset();
    m_sandbox.reset();
}

void TestSandboxContract::comparesShapes()
{
    // The comparison itself: what it must notice and what it must let pass.
    const auto problems = [](const char *expected, const char *actual, const QStringList &allowed = {}) {
        QStringList found;
        compareShape(QJsonDocument::fromJson(expected).object(), QJsonDocument::fromJson(actual).object(),
                     QString(), allowed, &found);
        return found;
    };
    QCOMPARE(problems(R"({"a":{"b":1,"c":[{"d":1}]}})", R"({"A":{"B":2,"c":[{"D":null}],"extra":1}})"),
             QStringList());
    QCOMPARE(problems(R"({"a":{"b":1}})", R"({"a":{}})"), QStringList {QStringLiteral("a.b: missing")});
    QCOMPARE(problems(R"({"a":[{"b":1}]})", R"({"a":[{"c":1}]})"),
             QStringList {QStringLiteral("a[].b: missing")});
    QCOMPARE(problems(R"({"a":[{"b":1}]})", R"({"a":[]})"),
             QStringList {QStringLiteral("a: empty here, the example has items")});
    QCOMPARE(problems(R"({"a":[{"b":1}]})", R"({"a":[]})", {QStringLiteral("a[]")}), QStringList());
    QCOMPARE(problems(R"({"a":{"b":1}})", R"({"a":null})"),
             QStringList {QStringLiteral("a: an object in the example, null here")});
    QCOMPARE(problems(R"({"a":[]})", R"({})"),
             QStringList {QStringLiteral("a: missing")}); // empty, but a key
    QCOMPARE(problems(R"({"x-note":1,"@odata.context":"c","a":{"x-meaning":1}})", R"({"a":{}})"),
             QStringList());
    QCOMPARE(problems(R"({"a":{"b":1}})", R"({})", {QStringLiteral("A")}), QStringList());
}

void TestSandboxContract::replay_data()
{
    QTest::addColumn<QString>("file");
    QStringList files;
    QDirIterator it(examplesDir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(examplesDir()).relativeFilePath(it.next());
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(examplesDir()));
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file;
}

void TestSandboxContract::replay()
{
    QFETCH(QString, file);
    m_file = file;
    m_allowed = allowLists().value(file);
    const Replay replay = replays().value(file);
    QVERIFY2(replay, qPrintable(file + QStringLiteral(": no replay for this example yet")));
    (this->*replay)();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_compared > 0 || !m_skipped.isEmpty(), qPrintable(file + QStringLiteral(": nothing compared")));
    // Each alternative response of a constructed example is provoked (or skipped, with the reason).
    // A verbatim spec example lists the operation's success statuses; one of them is enough there.
    if (!m_example.contains(u"parameters")) {
        QStringList missed;
        for (const QString &key : m_example.value(u"responses").toObject().keys()) {
            if (!m_covered.contains(key))
                missed << key;
        }
        QVERIFY2(missed.isEmpty(),
                 qPrintable(file + QStringLiteral(": not provoked: ") + missed.join(QStringLiteral(", "))));
    }
    if (m_skipped.isEmpty())
        return;
    QSKIP(qPrintable(
        (m_compared > 0 ? QStringLiteral("%1 answer(s) compared; not produced: ").arg(m_compared) : QString())
        + m_skipped.join(QStringLiteral("; "))));
}

void TestSandboxContract::everyReplayHasItsExample()
{
    const QHash<QString, Replay> all = replays();
    for (auto it = all.begin(); it != all.end(); ++it)
        QVERIFY2(QFile::exists(examplesDir() + u'/' + it.key()), qPrintable(it.key()));
}

// ---------------------------------------------------------------------------------------------
// Comparing.

void TestSandboxContract::subst(const QString &placeholder, const QString &value)
{
    m_subst.append({placeholder, value});
}

void TestSandboxContract::load()
{
    QFile f(examplesDir() + u'/' + m_file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QString text = QString::fromUtf8(f.readAll());
    if (text.contains(QLatin1StringView("9a9a9a9a-0000-4000-8000-0000000000aa"))
        || text.contains(QLatin1StringView("pat@customer"))) {
        // "Pat Admin" of the examples is the demo's Power Platform administrator.
        subst(QStringLiteral("9a9a9a9a-0000-4000-8000-0000000000aa"), oid(QStringLiteral("priya")));
        subst(QStringLiteral("pat@customer.onmicrosoft.com"), person(QStringLiteral("priya")).upn);
        subst(QStringLiteral("pat%40customer.onmicrosoft.com"),
              QString::fromLatin1(QUrl::toPercentEncoding(person(QStringLiteral("priya")).upn)));
    }
    for (const auto &[placeholder, value] : std::as_const(m_subst))
        text.replace(placeholder, value);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(m_file + QStringLiteral(": ") + error.errorString()));
    m_example = doc.object();
}

void TestSandboxContract::expect(const HttpResult &r, const QString &key)
{
    const QJsonObject responses = m_example.value(u"responses").toObject();
    QString chosen = key;
    if (chosen.isEmpty()) {
        QStringList candidates;
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            if (statusOf(it.key()) == r.status)
                candidates << it.key();
        }
        QVERIFY2(candidates.size() == 1,
                 qPrintable(
                     QStringLiteral("%1: the sandbox answered %2 (network error %3); the example has %4\n%5")
                         .arg(m_file, QString::number(r.status), QString::number(int(r.error)),
                              responses.keys().join(QStringLiteral(", ")), excerpt(r))));
        chosen = candidates.first();
    }
    QVERIFY2(responses.contains(chosen), qPrintable(m_file + QStringLiteral(": no response ") + chosen));
    QVERIFY2(statusOf(chosen) == r.status,
             qPrintable(QStringLiteral("%1 [%2]: the sandbox answered %3 (network error %4)\n%5")
                            .arg(m_file, chosen, QString::number(r.status), QString::number(int(r.error)),
                                 excerpt(r))));
    CHECKED(expectAnswer(chosen, responses.value(chosen).toObject(), r));
    m_covered.insert(chosen);
}

void TestSandboxContract::expectAnswer(const QString &label, const QJsonObject &expected, const HttpResult &r)
{
    QStringList problems;
    const QJsonValue body = expected.value(u"body");
    if (!body.isUndefined() && !body.isNull() && !(body.isObject() && body.toObject().isEmpty())) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QJsonValue actual;
        if (!r.body.isEmpty() && error.error == QJsonParseError::NoError)
            actual = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        compareShape(body, actual, QString(), m_allowed, &problems);
    }
    QStringList headers = expected.value(u"headers").toObject().keys();
    headers += m_example.value(u"common_response_headers").toObject().keys();
    for (const QString &name : std::as_const(headers)) {
        if (!hasHeader(r, name))
            problems << QStringLiteral("header %1: missing").arg(name);
    }
    // Redirects: the query parameters the example's redirect carries.
    QStringList queryKeys;
    if (expected.contains(u"location")) {
        for (const auto &[k, v] : QUrlQuery(QUrl(expected.value(u"location").toString())).queryItems())
            queryKeys << k;
    }
    queryKeys += expected.value(u"query").toObject().keys();
    const QUrlQuery redirect = redirectQuery(r);
    for (const QString &k : std::as_const(queryKeys)) {
        if (!redirect.hasQueryItem(k) && !allowedPath(m_allowed, k))
            problems << QStringLiteral("redirect parameter %1: missing from %2")
                            .arg(k, QString::fromUtf8(r.header("Location")));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 [%2]: %3\n%4")
                            .arg(m_file, label, problems.join(QStringLiteral("; ")), excerpt(r))));
    ++m_compared;
}

void TestSandboxContract::skipCase(const QString &key, const QString &reason)
{
    QVERIFY2(m_example.value(u"responses").toObject().contains(key), qPrintable(m_file + u' ' + key));
    m_skipped << key + QStringLiteral(": ") + reason;
    m_covered.insert(key);
}

// ---------------------------------------------------------------------------------------------
// Calling.

QString TestSandboxContract::rt(const QString &who)
{
    if (!m_refreshTokens.contains(who)) {
        const Person p = person(who);
        QString error;
        const QString token = m_session->signIn(p.upn, p.password, &error);
        if (token.isEmpty())
            qWarning("sign-in of %s failed: %s", qPrintable(who), qPrintable(error));
        m_refreshTokens.insert(who, token);
    }
    return m_refreshTokens.value(who);
}

QByteArray TestSandboxContract::token(const QString &who, const QUrl &url)
{
    if (who.isEmpty())
        return {};
    QString scope = m_profile.keyVaultScope; // every vault has an origin of its own
    if (url.port() == m_profile.armEndpoint.port())
        scope = m_profile.armScope;
    else if (url.port() == m_profile.graphEndpoint.port())
        scope = m_profile.graphScope;
    else if (url.port() == m_profile.powerPlatformEndpoint.port())
        scope = m_profile.powerPlatformScope;
    else if (url.port() == m_profile.authorityHost.port())
        return {};
    const QString key = who + u'|' + scope;
    if (!m_tokens.contains(key))
        m_tokens.insert(key, m_session->token(rt(who), scope, person(who).tenant));
    return m_tokens.value(key);
}

HttpResult TestSandboxContract::call(const QByteArray &method, const QUrl &url, const QString &who,
                                     const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    const QByteArray bearer = token(who, url);
    if (!bearer.isEmpty())
        all.append(qMakePair(QByteArrayLiteral("Authorization"), QByteArray("Bearer " + bearer)));
    return m_http->send(method, url, body, all);
}

HttpResult TestSandboxContract::sendExample(const QString &who, const QJsonObject &request)
{
    const QByteArray method = request.value(u"method").toString().section(u' ', 0, 0).toLatin1();
    QUrl url(request.value(u"url").toString());
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonObject given = request.value(u"headers").toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        // The token is the caller's; length and type follow the body.
        if (it.key().compare(QLatin1StringView("Authorization"), Qt::CaseInsensitive) == 0
            || it.key().compare(QLatin1StringView("Content-Length"), Qt::CaseInsensitive) == 0
            || it.key().compare(QLatin1StringView("Content-Type"), Qt::CaseInsensitive) == 0)
            continue;
        headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    }
    if (request.contains(u"form")) {
        QUrlQuery form;
        const QJsonObject fields = request.value(u"form").toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            form.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
        headers.append(qMakePair(QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/x-www-form-urlencoded")));
        return call(method, url, who, form.toString(QUrl::FullyEncoded).toLatin1(), headers);
    }
    QByteArray body;
    if (request.value(u"body").isObject())
        body = json(request.value(u"body").toObject());
    return call(method, url, who, body, headers);
}

HttpResult TestSandboxContract::arm(const QByteArray &method, const QString &pathAndQuery, const QString &who,
                                    const QByteArray &body)
{
    return call(method, QUrl(m_armBase + pathAndQuery), who, body);
}

HttpResult TestSandboxContract::graph(const QByteArray &method, const QString &path, const QString &who,
                                      const QByteArray &body)
{
    return call(method, QUrl(m_graphBase + QStringLiteral("/v1.0/") + path), who, body);
}

HttpResult TestSandboxContract::bap(const QByteArray &method, const QString &pathAndQuery, const QString &who,
                                    const QByteArray &body)
{
    return call(method, QUrl(m_bapBase + pathAndQuery), who, body);
}

HttpResult TestSandboxContract::kv(const QByteArray &method, const QString &vault,
                                   const QString &pathAndQuery, const QString &who, const QByteArray &body)
{
    return call(method, m_vaults.value(vault).uri.resolved(QUrl(pathAndQuery)), who, body);
}

HttpResult TestSandboxContract::admin(const QString &path, const QByteArray &body)
{
    return m_http->send("POST", m_sandbox->adminApi().resolved(QUrl(path)), body);
}

QString TestSandboxContract::oid(const QString &who)
{
    return jwtClaims(token(who, m_profile.armEndpoint)).value(QStringLiteral("oid")).toString();
}

void TestSandboxContract::addFault(const QString &kind, const QString &service, const QByteArray &method,
                                   const QString &path, int retryAfterSeconds)
{
    sandbox::FaultRule rule;
    rule.kind = kind;
    rule.service = service;
    rule.method = method;
    rule.path = path;
    rule.retryAfterSeconds = retryAfterSeconds;
    m_sandbox->addFault(rule);
}

// ---------------------------------------------------------------------------------------------
// Building state.

bool TestSandboxContract::once(const QString &step)
{
    if (m_done.contains(step))
        return false;
    m_done.insert(step);
    return true;
}

QString TestSandboxContract::vaultId(const QString &name) const
{
    return CustomerSub + QStringLiteral("/resourceGroups/customer-kv-rg/providers/Microsoft.KeyVault/vaults/")
        + name;
}

QString TestSandboxContract::keyUrl(const QString &vault) const
{
    return m_vaults.value(vault).keyId;
}

void TestSandboxContract::group(const QString &who, const QString &subscription, const QString &name)
{
    if (!once(QStringLiteral("group ") + name))
        return;
    const HttpResult r
        = arm("PUT", subscription + QStringLiteral("/resourceGroups/%1?api-version=2021-04-01").arg(name),
              who, QStringLiteral(R"({"location":"%1"})").arg(Region).toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
}

void TestSandboxContract::customerVault(const QString &name, bool rbac, const QString &sku)
{
    if (!once(QStringLiteral("vault ") + name))
        return;
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-kv-rg")));
    const QString id = vaultId(name);
    const HttpResult r = arm(
        "PUT", id + QStringLiteral("?api-version=2024-11-01"), QStringLiteral("kai"),
        QStringLiteral(
            R"({"location":"%1","properties":{"tenantId":"%2","sku":{"family":"A","name":"%3"},"accessPolicies":[],"enableSoftDelete":true,"enablePurgeProtection":true,"enableRbacAuthorization":%4}})")
            .arg(Region, Customer, sku, rbac ? QStringLiteral("true") : QStringLiteral("false"))
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    Vault &v = m_vaults[name];
    v.id = id;
    v.uri = QUrl(r.json()[QStringLiteral("properties")][QStringLiteral("vaultUri")].toString());
    v.rbac = rbac;
    QVERIFY(v.uri.isValid());
    const QString host = QStringLiteral("https://%1.vault.azure.net").arg(name);
    subst(host + u'/', v.uri.toString());
    subst(host, v.uri.toString().chopped(1));
    if (!rbac) {
        // An access-policy vault: its administrator gives himself the key permissions first.
        const HttpResult p = arm(
            "PUT", id + QStringLiteral("/accessPolicies/add?api-version=2024-11-01"), QStringLiteral("kai"),
            QStringLiteral(
                R"({"properties":{"accessPolicies":[{"tenantId":"%1","objectId":"%2","permissions":{"keys":["get","list","create","update","delete","recover","wrapKey","unwrapKey"]}}]}})")
                .arg(Customer, oid(QStringLiteral("kai")))
                .toUtf8());
        QVERIFY2(p.status == 200, p.body.constData());
    }
}

void TestSandboxContract::customerKey(const QString &vault, const QString &key)
{
    if (!once(QStringLiteral("key ") + vault + u'/' + key))
        return;
    CHECKED(customerVault(vault));
    const HttpResult r
        = kv("POST", vault, QStringLiteral("keys/%1/create?api-version=7.5").arg(key), QStringLiteral("kai"),
             R"({"kty":"RSA","key_size":2048,"key_ops":["wrapKey","unwrapKey"],"tags":{"purpose":"cmk"}})");
    QVERIFY2(r.status == 200, r.body.constData());
    Vault &v = m_vaults[vault];
    v.keyId = r.json()[QStringLiteral("key")][QStringLiteral("kid")].toString();
    v.keyVersion = v.keyId.section(u'/', -1);
    if (vault == QLatin1StringView("contoso-cmk-kv") && key == QLatin1StringView("cmk-key"))
        subst(QStringLiteral("0123456789abcdef0123456789abcdef"), v.keyVersion);
}

void TestSandboxContract::grant(const QString &scope, const QString &role, const QString &principal,
                                const QString &type)
{
    const QString name = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                             scope + role + principal)
                             .toString(QUuid::WithoutBraces);
    const HttpResult r = arm(
        "PUT",
        scope
            + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/%1?api-version=2022-04-01")
                  .arg(name),
        QStringLiteral("kai"),
        QStringLiteral(
            R"({"properties":{"roleDefinitionId":"%1/providers/Microsoft.Authorization/roleDefinitions/%2","principalId":"%3","principalType":"%4"}})")
            .arg(CustomerSub, role, principal, type)
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
}

void TestSandboxContract::isvApp()
{
    if (!once(QStringLiteral("isv app")))
        return;
    // Registered with the admin-consent landing page of AdminConsent.constructed.json.
    const HttpResult r = graph(
        "POST", QStringLiteral("applications"), QStringLiteral("alex"),
        R"({"displayName":"Contoso ANF CMK","signInAudience":"AzureADMultipleOrgs","web":{"redirectUris":["http://localhost:53118"]}})");
    QVERIFY2(r.status == 201, r.body.constData());
    m_appId = r.json().value(QStringLiteral("appId")).toString();
    m_appObjectId = r.json().value(QStringLiteral("id")).toString();
    subst(QStringLiteral("33333333-3333-3333-3333-333333333333"), m_appId);
    subst(QStringLiteral("44444444-4444-4444-4444-444444444444"), m_appObjectId);
}

void TestSandboxContract::isvIdentity()
{
    if (!once(QStringLiteral("isv identity")))
        return;
    CHECKED(group(QStringLiteral("alex"), IsvSub, QStringLiteral("isv-rg")));
    m_uamiId = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                         "isv-cmk-uami");
    const HttpResult r
        = arm("PUT", m_uamiId + QStringLiteral("?api-version=2023-01-31"), QStringLiteral("alex"),
              QStringLiteral(R"({"location":"%1"})").arg(Region).toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_uamiPrincipal = r.json()[QStringLiteral("properties")][QStringLiteral("principalId")].toString();
    subst(QStringLiteral("55555555-5555-5555-5555-555555555555"),
          r.json()[QStringLiteral("properties")][QStringLiteral("clientId")].toString());
    subst(QStringLiteral("66666666-6666-6666-6666-666666666666"), m_uamiPrincipal);
}

void TestSandboxContract::isvFederation()
{
    if (!once(QStringLiteral("isv federation")))
        return;
    CHECKED(isvApp());
    CHECKED(isvIdentity());
    const HttpResult r = graph(
        "POST", QStringLiteral("applications/%1/federatedIdentityCredentials").arg(m_appObjectId),
        QStringLiteral("alex"),
        QStringLiteral(
            R"({"name":"cmk-uami-fic","issuer":"%1/%2/v2.0","subject":"%3","audiences":["api://AzureADTokenExchange"]})")
            .arg(m_loginBase, Isv, m_uamiPrincipal)
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
}

void TestSandboxContract::isvRegistrations()
{
    if (!once(QStringLiteral("isv registrations")))
        return;
    for (const char *ns : {"Microsoft.Compute", "Microsoft.NetApp"}) {
        const HttpResult r = arm(
            "POST",
            IsvSub
                + QStringLiteral("/providers/%1/register?api-version=2021-04-01").arg(QLatin1StringView(ns)),
            QStringLiteral("alex"));
        QVERIFY2(r.status == 200, r.body.constData());
    }
    const HttpResult r
        = arm("POST",
              IsvSub
                  + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                                   "EncryptionAtRestWithCrossTenantKey/register?api-version=2021-07-01"),
              QStringLiteral("alex"));
    QVERIFY2(r.status == 200, r.body.constData());
    m_sandbox->advanceClock(30 * Minute);
}

void TestSandboxContract::installApp()
{
    if (!once(QStringLiteral("install app")))
        return;
    CHECKED(isvApp());
    const HttpResult r = graph("POST", QStringLiteral("servicePrincipals"), QStringLiteral("kai"),
                               QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_spId = r.json().value(QStringLiteral("id")).toString();
    subst(QStringLiteral("77777777-7777-7777-7777-777777777777"), m_spId);
}

void TestSandboxContract::grantKeyToApp(const QString &vault)
{
    if (!once(QStringLiteral("grant key ") + vault))
        return;
    CHECKED(customerKey(vault));
    CHECKED(installApp());
    CHECKED(grant(vaultId(vault) + QStringLiteral("/keys/cmk-key"), CryptoServiceUser, m_spId,
                  QStringLiteral("ServicePrincipal")));
}

void TestSandboxContract::crossTenantKey()
{
    CHECKED(isvRegistrations());
    CHECKED(isvFederation());
    CHECKED(grantKeyToApp());
}

void TestSandboxContract::isvNetwork()
{
    if (!once(QStringLiteral("isv network")))
        return;
    CHECKED(group(QStringLiteral("alex"), IsvSub, QStringLiteral("isv-rg")));
    const QString vnet = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Network/virtualNetworks/anf-vnet");
    HttpResult r
        = arm("PUT", vnet + QStringLiteral("?api-version=2024-05-01"), QStringLiteral("alex"),
              QStringLiteral(
                  R"({"location":"%1","properties":{"addressSpace":{"addressPrefixes":["10.1.0.0/16"]}}})")
                  .arg(Region)
                  .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    r = arm(
        "PUT", vnet + QStringLiteral("/subnets/anf-subnet?api-version=2024-05-01"), QStringLiteral("alex"),
        R"({"properties":{"addressPrefix":"10.1.1.0/24","delegations":[{"name":"netapp","properties":{"serviceName":"Microsoft.NetApp/volumes"}}]}})");
    QVERIFY2(r.status == 201, r.body.constData());
    r = arm("PUT", vnet + QStringLiteral("/subnets/pe-subnet?api-version=2024-05-01"), QStringLiteral("alex"),
            R"({"properties":{"addressPrefix":"10.1.2.0/24"}})");
    QVERIFY2(r.status == 201, r.body.constData());
}

void TestSandboxContract::isvEndpoint(const QString &vault, const QString &name, bool approve)
{
    if (!once(QStringLiteral("endpoint ") + name))
        return;
    CHECKED(isvNetwork());
    CHECKED(customerVault(vault));
    const QString pe = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Network/privateEndpoints/") + name;
    HttpResult r = arm(
        "PUT", pe + QStringLiteral("?api-version=2024-05-01"), QStringLiteral("alex"),
        QStringLiteral(
            R"({"location":"%1","properties":{"subnet":{"id":"%2"},"manualPrivateLinkServiceConnections":[{"name":"%3-conn","properties":{"privateLinkServiceId":"%4","groupIds":["vault"],"requestMessage":"ISV Contoso ANF CMK access"}}]}})")
            .arg(Region, PeSubnet, name, vaultId(vault))
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
    r = arm("GET", vaultId(vault) + QStringLiteral("/privateEndpointConnections?api-version=2024-11-01"),
            QStringLiteral("kai"));
    QVERIFY2(r.status == 200, r.body.constData());
    for (const auto &c : r.json().value(QStringLiteral("value")).toArray()) {
        if (c[QStringLiteral("properties")][QStringLiteral("privateEndpoint")][QStringLiteral("id")]
                .toString()
                .compare(pe, Qt::CaseInsensitive)
            == 0)
            m_connection = c[QStringLiteral("name")].toString();
    }
    QVERIFY2(!m_connection.isEmpty(), r.body.constData());
    if (name == QLatin1StringView("pe-contoso-kv"))
        subst(QStringLiteral("contoso-cmk-kv.pe-contoso-kv.1a2b3c"), m_connection);
    if (!approve)
        return;
    r = arm(
        "PUT",
        vaultId(vault)
            + QStringLiteral("/privateEndpointConnections/%1?api-version=2024-11-01").arg(m_connection),
        QStringLiteral("kai"),
        R"({"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"Approved for ISV Contoso ANF CMK"}}})");
    QVERIFY2(r.status == 200, r.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
}

void TestSandboxContract::netAppAccount()
{
    if (!once(QStringLiteral("netapp account")))
        return;
    CHECKED(crossTenantKey());
    CHECKED(isvEndpoint(QStringLiteral("contoso-cmk-kv"), QStringLiteral("pe-contoso-kv"), true));
    m_accountId = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.NetApp/netAppAccounts/isv-anf-account");
    const HttpResult r = arm(
        "PUT", m_accountId + QStringLiteral("?api-version=2025-06-01"), QStringLiteral("alex"),
        QStringLiteral(
            R"({"location":"%1","identity":{"type":"UserAssigned","userAssignedIdentities":{"%2":{}}},"properties":{"encryption":{"keySource":"Microsoft.KeyVault","keyVaultProperties":{"keyVaultUri":"%3","keyName":"cmk-key","keyVaultResourceId":"%4"},"identity":{"userAssignedIdentity":"%2","federatedClientId":"%5"}}}})")
            .arg(Region, m_uamiId, m_vaults.value(QStringLiteral("contoso-cmk-kv")).uri.toString(),
                 vaultId(QStringLiteral("contoso-cmk-kv")), m_appId)
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
}

void TestSandboxContract::plainNetAppAccount()
{
    if (!once(QStringLiteral("plain netapp account")))
        return;
    CHECKED(isvRegistrations());
    CHECKED(group(QStringLiteral("alex"), IsvSub, QStringLiteral("isv-rg")));
    m_accountId = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.NetApp/netAppAccounts/account1");
}

void TestSandboxContract::diskEncryptionSet()
{
    if (!once(QStringLiteral("disk encryption set")))
        return;
    CHECKED(crossTenantKey());
    m_desId = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Compute/diskEncryptionSets/des-cmk");
    const HttpResult r = arm(
        "PUT", m_desId + QStringLiteral("?api-version=2025-01-02"), QStringLiteral("alex"),
        QStringLiteral(
            R"({"location":"%1","identity":{"type":"UserAssigned","userAssignedIdentities":{"%2":{}}},"properties":{"activeKey":{"keyUrl":"%3"},"encryptionType":"EncryptionAtRestWithCustomerKey","federatedClientId":"%4"}})")
            .arg(Region, m_uamiId, keyUrl(), m_appId)
            .toUtf8());
    QVERIFY2(r.status == 202, r.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
}

void TestSandboxContract::registerPowerPlatform()
{
    if (!once(QStringLiteral("register power platform")))
        return;
    const HttpResult r = arm(
        "POST",
        CustomerSub + QStringLiteral("/providers/Microsoft.PowerPlatform/register?api-version=2021-04-01"),
        QStringLiteral("kai"));
    QVERIFY2(r.status == 200, r.body.constData());
    m_sandbox->advanceClock(2 * Minute);
}

void TestSandboxContract::enterprisePolicy(const QString &location, bool grantIdentity, bool grantReader)
{
    if (!once(QStringLiteral("enterprise policy")))
        return;
    CHECKED(customerKey());
    CHECKED(registerPowerPlatform());
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("pp-rg")));
    m_policyId = CustomerSub
        + QStringLiteral("/resourceGroups/pp-rg/providers/Microsoft.PowerPlatform/enterprisePolicies/"
                         "contoso-cmk-policy");
    const HttpResult r = arm(
        "PUT", m_policyId + QStringLiteral("?api-version=2020-10-30"), QStringLiteral("kai"),
        QStringLiteral(
            R"({"location":"%1","kind":"Encryption","identity":{"type":"SystemAssigned"},"properties":{"encryption":{"state":"Enabled","keyVault":{"id":"%2","key":{"name":"cmk-key","version":"%3"}}},"networkInjection":null}})")
            .arg(location, vaultId(QStringLiteral("contoso-cmk-kv")),
                 m_vaults.value(QStringLiteral("contoso-cmk-kv")).keyVersion)
            .toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_policyPrincipal
        = r.json()[QStringLiteral("identity")][QStringLiteral("systemAssignedIdentityPrincipalId")]
              .toString();
    m_systemId = r.json()[QStringLiteral("properties")][QStringLiteral("systemId")].toString();
    subst(QStringLiteral("88888888-8888-8888-8888-888888888888"), m_policyPrincipal);
    subst(QStringLiteral("5e5e5e5e-0000-4000-8000-000000000001"), m_systemId.section(u'/', -1));
    if (grantIdentity) // where Microsoft's validator looks: the vault
        CHECKED(grant(vaultId(QStringLiteral("contoso-cmk-kv")), CryptoServiceUser, m_policyPrincipal,
                      QStringLiteral("ServicePrincipal")));
    if (grantReader)
        CHECKED(grant(m_policyId, Reader, oid(QStringLiteral("priya")), QStringLiteral("User")));
}

void TestSandboxContract::environment(const QString &displayName)
{
    const HttpResult r = bap(
        "GET",
        QStringLiteral(
            "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01"),
        QStringLiteral("priya"));
    QVERIFY2(r.status == 200, r.body.constData());
    for (const auto &e : r.json().value(QStringLiteral("value")).toArray()) {
        if (displayName.isEmpty() // the first one
            || e[QStringLiteral("properties")][QStringLiteral("displayName")].toString() == displayName) {
            m_envId = e[QStringLiteral("name")].toString();
            break;
        }
    }
    QVERIFY2(!m_envId.isEmpty(), qPrintable(displayName));
    subst(QStringLiteral("99999999-9999-9999-9999-999999999999"), m_envId);
}

void TestSandboxContract::linkEnvironment(bool wait)
{
    const HttpResult r
        = bap("POST",
              QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/enterprisePolicies/"
                             "Encryption/link?api-version=2019-10-01")
                  .arg(m_envId),
              QStringLiteral("priya"), QStringLiteral(R"({"SystemId":"%1"})").arg(m_systemId).toUtf8());
    QVERIFY2(r.status == 202, r.body.constData());
    if (wait)
        m_sandbox->advanceClock(31 * Hour); // a production environment's encryption
}

QUrl TestSandboxContract::authorizeUrl(const QJsonObject &request, const QString &verifier)
{
    QUrl url(request.value(u"url").toString());
    QUrlQuery query;
    const QJsonObject items = request.value(u"query").toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QString value = it.key() == QLatin1StringView("code_challenge") ? codeChallenge(verifier)
                                                                              : it.value().toString();
        query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query);
    return url;
}

// ---------------------------------------------------------------------------------------------
// authorization/

void TestSandboxContract::principalNotFound()
{
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-kv-rg")));
    CHECKED(load());
    // A principal the directory does not know (as right after creating one elsewhere).
    const HttpResult r = arm(
        "PUT",
        CustomerSub
            + QStringLiteral(
                "/resourceGroups/customer-kv-rg/providers/Microsoft.Authorization/roleAssignments/"
                "5d0b6c1a-2f3e-4a5b-8c7d-9e0f1a2b3c4d?api-version=2022-04-01"),
        QStringLiteral("kai"),
        QStringLiteral(
            R"({"properties":{"roleDefinitionId":"%1/providers/Microsoft.Authorization/roleDefinitions/%2","principalId":"%3","principalType":"ServicePrincipal"}})")
            .arg(CustomerSub, Reader, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .toUtf8());
    CHECKED(expect(r));
}

void TestSandboxContract::roleAssignmentExists()
{
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-kv-rg")));
    CHECKED(load());
    const QString scope = CustomerSub + QStringLiteral("/resourceGroups/customer-kv-rg");
    CHECKED(grant(scope, Reader, oid(QStringLiteral("priya")), QStringLiteral("User")));
    // The same role for the same person under another name.
    const HttpResult r = arm(
        "PUT",
        scope
            + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                             "3c2b1a09-8f7e-4d6c-9b5a-493827160504?api-version=2022-04-01"),
        QStringLiteral("kai"),
        QStringLiteral(
            R"({"properties":{"roleDefinitionId":"%1/providers/Microsoft.Authorization/roleDefinitions/%2","principalId":"%3","principalType":"User"}})")
            .arg(CustomerSub, Reader, oid(QStringLiteral("priya")))
            .toUtf8());
    CHECKED(expect(r));
}

void TestSandboxContract::roleAssignmentOnKey()
{
    CHECKED(customerKey());
    CHECKED(installApp());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::roleAssignmentOnPolicy()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, false));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::roleAssignmentCreateForResource()
{
    CHECKED(customerVault());
    CHECKED(load());
    // The spec's scope is a Cosmos DB account and its role a DocumentDB one; the sandbox serves the
    // tracks' types and built-in roles: Reader on the vault for Priya.
    const QJsonObject p = parameters();
    const QString path = vaultId(QStringLiteral("contoso-cmk-kv"))
        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/%1?api-version=%2")
              .arg(p.value(u"roleAssignmentName").toString(), p.value(u"api-version").toString());
    QJsonObject properties = p.value(u"parameters").toObject().value(u"properties").toObject();
    properties[QStringLiteral("roleDefinitionId")] = QString(
        CustomerSub + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + Reader);
    properties[QStringLiteral("principalId")] = oid(QStringLiteral("priya"));
    const QByteArray body = json({{QStringLiteral("properties"), properties}});
    CHECKED(expect(arm("PUT", path, QStringLiteral("kai"), body), QStringLiteral("201")));
    CHECKED(expect(arm("PUT", path, QStringLiteral("kai"), body), QStringLiteral("200"))); // the same again
}

void TestSandboxContract::roleAssignmentDelete()
{
    CHECKED(load());
    const QJsonObject p = parameters();
    const QString path = CustomerSub
        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/%1?api-version=%2")
              .arg(p.value(u"roleAssignmentName").toString(), p.value(u"api-version").toString());
    const HttpResult created = arm(
        "PUT", path, QStringLiteral("kai"),
        QStringLiteral(
            R"({"properties":{"roleDefinitionId":"%1/providers/Microsoft.Authorization/roleDefinitions/%2","principalId":"%3","principalType":"User"}})")
            .arg(CustomerSub, Reader, oid(QStringLiteral("priya")))
            .toUtf8());
    QVERIFY2(created.status == 201, created.body.constData());
    CHECKED(expect(arm("DELETE", path, QStringLiteral("kai")), QStringLiteral("200"))); // with the assignment
    CHECKED(expect(arm("DELETE", path, QStringLiteral("kai")), QStringLiteral("204"))); // gone already
}

void TestSandboxContract::roleAssignmentListForScope()
{
    CHECKED(load());
    CHECKED(
        expect(arm("GET",
                   CustomerSub
                       + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments?api-version=%1")
                             .arg(parameters().value(u"api-version").toString()),
                   QStringLiteral("kai"))));
}

void TestSandboxContract::roleAssignmentListFilterPrincipal()
{
    CHECKED(grantKeyToApp());
    CHECKED(load());
    const HttpResult r = sendExample(QStringLiteral("kai"));
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    CHECKED(expect(r));
}

// ---------------------------------------------------------------------------------------------
// bap/

void TestSandboxContract::bapLink()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya")), QStringLiteral("202")));
    CHECKED(expect(sendExample(QStringLiteral("priya")), QStringLiteral("409"))); // while the first one runs
}

void TestSandboxContract::bapUnlink()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(linkEnvironment(true));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya")), QStringLiteral("202")));
    CHECKED(expect(sendExample(QStringLiteral("priya")), QStringLiteral("409"))); // while the first one runs
}

void TestSandboxContract::bapEnvironmentNotFound()
{
    CHECKED(load());
    CHECKED(expect(bap("GET",
                       QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"
                                      "99999999-9999-9999-9999-999999999999?api-version=2023-06-01"),
                       QStringLiteral("priya"))));
}

void TestSandboxContract::bapGetEnvironmentCmk()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(linkEnvironment(true));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya"))));
}

void TestSandboxContract::bapGetEnvironmentLocked()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(linkEnvironment(true));
    // The key vault administrator disables the key version the policy uses (seed 003).
    const HttpResult disabled = kv("PATCH", QStringLiteral("contoso-cmk-kv"),
                                   QStringLiteral("keys/cmk-key/%1?api-version=7.5")
                                       .arg(m_vaults.value(QStringLiteral("contoso-cmk-kv")).keyVersion),
                                   QStringLiteral("kai"), R"({"attributes":{"enabled":false}})");
    QVERIFY2(disabled.status == 200, disabled.body.constData());
    CHECKED(load());
    const HttpResult r = sendExample(QStringLiteral("priya"));
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("states")][QStringLiteral("runtime")]
                     [QStringLiteral("runtimeReasonCode")]
                         .toString(),
             QStringLiteral("CustomerManagedKeyNotAccessible"));
    CHECKED(expect(r));
}

void TestSandboxContract::bapLifecycleOperation()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(load());
    const HttpResult linked = bap(
        "POST",
        QStringLiteral(
            "/providers/Microsoft.BusinessAppPlatform/environments/%1/enterprisePolicies/Encryption/link"
            "?api-version=2019-10-01")
            .arg(m_envId),
        QStringLiteral("priya"), QStringLiteral(R"({"SystemId":"%1"})").arg(m_systemId).toUtf8());
    QVERIFY2(linked.status == 202, linked.body.constData());
    const QUrl location(QString::fromUtf8(linked.header("Location")));
    CHECKED(expect(call("GET", location, QStringLiteral("priya")), QStringLiteral("200")));
    // An operation the service no longer knows (Terraform: gone = done).
    QUrl gone = location;
    gone.setPath(location.path().section(u'/', 0, -2) + u'/'
                 + QUuid::createUuid().toString(QUuid::WithoutBraces));
    CHECKED(expect(call("GET", gone, QStringLiteral("priya")), QStringLiteral("404")));
    // A busy service (Terraform keeps polling on 409), injected.
    addFault(QStringLiteral("busy"), QStringLiteral("powerplatform"), "GET",
             QStringLiteral("*/lifecycleOperations/*"));
    CHECKED(expect(call("GET", location, QStringLiteral("priya")), QStringLiteral("409")));
}

void TestSandboxContract::bapListEnvironments()
{
    // The example's first environment is linked to a CMK policy: link the list's first one.
    CHECKED(environment(QString()));
    const HttpResult first
        = bap("GET",
              QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/%1"
                             "?api-version=2023-06-01")
                  .arg(m_envId),
              QStringLiteral("priya"));
    CHECKED(enterprisePolicy(first.json().value(QStringLiteral("location")).toString(), true, true));
    CHECKED(linkEnvironment(true));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya"))));
}

void TestSandboxContract::bapOperationStatus()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(environment(QStringLiteral("Contoso US Operations")));
    CHECKED(load());
    const QString link
        = QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/enterprisePolicies/"
                         "Encryption/link?api-version=2019-10-01")
              .arg(m_envId);
    const QByteArray body = QStringLiteral(R"({"SystemId":"%1"})").arg(m_systemId).toUtf8();
    HttpResult started = bap("POST", link, QStringLiteral("priya"), body);
    QVERIFY2(started.status == 202, started.body.constData());
    const QUrl operation(QString::fromUtf8(started.header("operation-location")));
    HttpResult r = call("GET", operation, QStringLiteral("priya"));
    QCOMPARE(r.json()[QStringLiteral("state")][QStringLiteral("id")].toString(), QStringLiteral("Running"));
    CHECKED(expect(r, QStringLiteral("200 (running)")));
    m_sandbox->advanceClock(31 * Hour);
    r = call("GET", operation, QStringLiteral("priya"));
    QCOMPARE(r.json()[QStringLiteral("state")][QStringLiteral("id")].toString(), QStringLiteral("Succeeded"));
    CHECKED(expect(r, QStringLiteral("200 (succeeded)")));
    // An operation that fails: the unlink, with the sandbox's lro-failed fault.
    addFault(QStringLiteral("lro-failed"), QStringLiteral("powerplatform"), "POST",
             QStringLiteral("*/unlink"));
    started = bap("POST", QString(link).replace(QStringLiteral("/link?"), QStringLiteral("/unlink?")),
                  QStringLiteral("priya"), body);
    QVERIFY2(started.status == 202, started.body.constData());
    m_sandbox->advanceClock(31 * Hour);
    r = call("GET", QUrl(QString::fromUtf8(started.header("operation-location"))), QStringLiteral("priya"));
    QCOMPARE(r.json()[QStringLiteral("state")][QStringLiteral("id")].toString(), QStringLiteral("Failed"));
    CHECKED(expect(r, QStringLiteral("200 (failed)")));
    CHECKED(skipCase(
        QStringLiteral("200 (not started)"),
        QStringLiteral("the sandbox starts a lifecycle operation at once, so it never reports NotStarted")));
}

// ---------------------------------------------------------------------------------------------
// compute/

void TestSandboxContract::desCreate()
{
    CHECKED(crossTenantKey());
    subst(QStringLiteral("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                         "Microsoft.ManagedIdentity/userAssignedIdentities/{identityName}"),
          m_uamiId);
    CHECKED(load());
    const QJsonObject p = parameters();
    QJsonObject body = p.value(u"diskEncryptionSet").toObject();
    // Working values where the sample's cannot work here: the vault's region (a set must be in
    // it), the customer key with its version (the sample's URL has neither host nor version) and
    // the ISV application as federatedClientId.
    body[QStringLiteral("location")] = Region;
    QJsonObject properties = body.value(u"properties").toObject();
    properties[QStringLiteral("activeKey")] = QJsonObject {{QStringLiteral("keyUrl"), keyUrl()}};
    properties[QStringLiteral("federatedClientId")] = m_appId;
    body[QStringLiteral("properties")] = properties;
    const QString path = IsvSub
        + QStringLiteral(
              "/resourceGroups/isv-rg/providers/Microsoft.Compute/diskEncryptionSets/%1?api-version=%2")
              .arg(p.value(u"diskEncryptionSetName").toString(), p.value(u"api-version").toString());
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), json(body)), QStringLiteral("202"))); // created
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), json(body)), QStringLiteral("200"))); // updated
}

void TestSandboxContract::desGet()
{
    CHECKED(diskEncryptionSet());
    CHECKED(load());
    const QString path
        = m_desId + QStringLiteral("?api-version=") + parameters().value(u"api-version").toString();
    // The sample's set carries the owner's tags: set them.
    const HttpResult tagged = arm("PATCH", path, QStringLiteral("alex"),
                                  json({{QStringLiteral("tags"),
                                         m_example[QStringLiteral("responses")][QStringLiteral("200")]
                                                  [QStringLiteral("body")][QStringLiteral("tags")]}}));
    QVERIFY2(tagged.status == 200, tagged.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(arm("GET", path, QStringLiteral("alex"))));
}

void TestSandboxContract::desUpdateRotation()
{
    CHECKED(diskEncryptionSet());
    // The customer rotates the key: a new version.
    const HttpResult rotated
        = kv("POST", QStringLiteral("contoso-cmk-kv"), QStringLiteral("keys/cmk-key/rotate?api-version=7.5"),
             QStringLiteral("kai"));
    QVERIFY2(rotated.status == 200, rotated.body.constData());
    CHECKED(load());
    // DiskEncryptionSets_Update is a PATCH. The sample's identity is SystemAssigned; a key in another
    // tenant needs the set's user-assigned identity, which the PATCH leaves as it is. The key URL is
    // the new version's.
    QJsonObject body = parameters().value(u"diskEncryptionSet").toObject();
    body.remove(QStringLiteral("identity"));
    QJsonObject properties = body.value(u"properties").toObject();
    properties[QStringLiteral("activeKey")] = QJsonObject {
        {QStringLiteral("keyUrl"), rotated.json()[QStringLiteral("key")][QStringLiteral("kid")].toString()}};
    body[QStringLiteral("properties")] = properties;
    const HttpResult r = arm(
        "PATCH", m_desId + QStringLiteral("?api-version=") + parameters().value(u"api-version").toString(),
        QStringLiteral("alex"), json(body));
    CHECKED(expect(r));
}

// ---------------------------------------------------------------------------------------------
// graph/

void TestSandboxContract::graphCreateApplication()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex"))));
}

void TestSandboxContract::graphCreateFederatedCredential()
{
    CHECKED(isvApp());
    CHECKED(isvIdentity());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex"))));
}

void TestSandboxContract::graphCreateServicePrincipal()
{
    CHECKED(isvApp());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai")), QStringLiteral("201")));
    CHECKED(expect(sendExample(QStringLiteral("kai")), QStringLiteral("409 (already exists)")));
}

void TestSandboxContract::graphErrors()
{
    CHECKED(isvApp());
    CHECKED(load());
    // Priya holds no application administrator role.
    CHECKED(expect(graph("POST", QStringLiteral("servicePrincipals"), QStringLiteral("priya"),
                         QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8()),
                   QStringLiteral("403")));
    CHECKED(expect(graph("GET", QStringLiteral("users/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QStringLiteral("kai")),
                   QStringLiteral("404")));
    addFault(QStringLiteral("429"), QStringLiteral("graph"), "GET", QStringLiteral("/v1.0/me"), 10);
    CHECKED(expect(graph("GET", QStringLiteral("me"), QStringLiteral("kai")), QStringLiteral("429")));
}

void TestSandboxContract::graphMe()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya"))));
}

void TestSandboxContract::graphListApplications()
{
    CHECKED(isvApp());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex"))));
}

void TestSandboxContract::graphListServicePrincipals()
{
    CHECKED(installApp());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::graphListUsers()
{
    CHECKED(load());
    const HttpResult r = sendExample(QStringLiteral("kai"));
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    CHECKED(expect(r));
}

void TestSandboxContract::graphMemberOf()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("priya"))));
}

void TestSandboxContract::graphUpsertFederatedCredential()
{
    CHECKED(isvApp());
    CHECKED(isvIdentity());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex")), QStringLiteral("201"))); // created
    CHECKED(expect(sendExample(QStringLiteral("alex")), QStringLiteral("204"))); // existed, updated
}

// ---------------------------------------------------------------------------------------------
// identity/

void TestSandboxContract::identityAdminConsent()
{
    CHECKED(isvApp()); // registered with http://localhost:53118 as its consent landing page
    CHECKED(load());
    const QUrl consent(request().value(u"url").toString());
    HttpResult page = m_http->get(consent);
    QVERIFY2(page.status == 200, page.body.constData());
    const Person kai = person(QStringLiteral("kai"));
    CHECKED(expect(m_http->submitForm(page,
                                      {{QStringLiteral("username"), kai.upn},
                                       {QStringLiteral("password"), kai.password},
                                       {QStringLiteral("action"), QStringLiteral("accept")}}),
                   QStringLiteral("302 success")));
    page = m_http->get(consent);
    CHECKED(expect(m_http->submitForm(page, {{QStringLiteral("action"), QStringLiteral("cancel")}}),
                   QStringLiteral("302 error")));
}

void TestSandboxContract::identityAuthorize()
{
    CHECKED(load());
    const QString verifier = QStringLiteral("contract-verifier-0123456789-0123456789-0123456789-abc");
    const QUrl authorize = authorizeUrl(request(), verifier);
    HttpResult page = m_http->get(authorize);
    QVERIFY2(page.status == 200, page.body.constData());
    const Person priya = person(QStringLiteral("priya"));
    CHECKED(expect(m_http->submitForm(page,
                                      {{QStringLiteral("username"), priya.upn},
                                       {QStringLiteral("password"), priya.password},
                                       {QStringLiteral("action"), QStringLiteral("signin")}}),
                   QStringLiteral("302 -> redirect_uri (success)")));
    page = m_http->get(authorize);
    CHECKED(expect(m_http->submitForm(page, {{QStringLiteral("action"), QStringLiteral("cancel")}}),
                   QStringLiteral("302 -> redirect_uri (error)")));
}

void TestSandboxContract::identityDeviceCode()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QString())));
}

void TestSandboxContract::identityDeviceCodePoll()
{
    CHECKED(load());
    const QJsonObject poll = request();
    const auto start = [&] {
        QJsonObject r = poll;
        r[QStringLiteral("url")]
            = poll.value(u"url").toString().replace(QStringLiteral("/token"), QStringLiteral("/devicecode"));
        QJsonObject form {
            {QStringLiteral("client_id"), m_profile.publicClientId.toString()},
            {QStringLiteral("scope"),
             QStringLiteral("https://management.azure.com/.default openid profile offline_access")}};
        r[QStringLiteral("form")] = form;
        return sendExample(QString(), r).json();
    };
    const auto pollFor = [&](const QString &deviceCode) {
        QJsonObject r = poll;
        QJsonObject form = poll.value(u"form").toObject();
        form[QStringLiteral("device_code")] = deviceCode;
        r[QStringLiteral("form")] = form;
        return sendExample(QString(), r);
    };
    const auto devicelogin = [&](const QString &userCode, const QList<QPair<QString, QString>> &fields) {
        const HttpResult page
            = m_http->postForm(m_profile.authorityHost.resolved(QUrl(QStringLiteral("devicelogin"))),
                               {{QStringLiteral("code"), userCode}});
        return m_http->submitForm(page, fields);
    };
    QJsonObject grant = start();
    CHECKED(
        expect(pollFor(grant.value(u"device_code").toString()), QStringLiteral("400 authorization_pending")));
    CHECKED(expect(pollFor(grant.value(u"device_code").toString()),
                   QStringLiteral("400 slow_down"))); // again at once: faster than the interval
    CHECKED(expect(pollFor(QStringLiteral("DAQABAAEAAAD-not-a-device-code")),
                   QStringLiteral("400 bad_verification_code")));
    const Person kai = person(QStringLiteral("kai"));
    devicelogin(grant.value(u"user_code").toString(),
                {{QStringLiteral("username"), kai.upn},
                 {QStringLiteral("password"), kai.password},
                 {QStringLiteral("action"), QStringLiteral("signin")}});
    QTest::qWait(1100); // the interval is real seconds
    CHECKED(expect(pollFor(grant.value(u"device_code").toString()), QStringLiteral("200")));

    grant = start();
    devicelogin(grant.value(u"user_code").toString(), {{QStringLiteral("action"), QStringLiteral("cancel")}});
    CHECKED(expect(pollFor(grant.value(u"device_code").toString()),
                   QStringLiteral("400 authorization_declined")));

    grant = start();
    // Device codes live 900 real seconds; the admin API ends this one now.
    const HttpResult expired
        = admin(QStringLiteral("device-codes/expire"),
                QStringLiteral(R"({"userCode":"%1"})").arg(grant.value(u"user_code").toString()).toUtf8());
    QCOMPARE(expired.json().value(QStringLiteral("expired")).toInt(), 1);
    CHECKED(expect(pollFor(grant.value(u"device_code").toString()), QStringLiteral("400 expired_token")));
}

void TestSandboxContract::identityTokenCache()
{
    CHECKED(load());
    QVERIFY(m_example.contains(u"cache"));
    m_skipped << QStringLiteral("not an HTTP exchange: MSAL's serialized token cache is a file on the "
                                "client, which no service answers");
}

void TestSandboxContract::identityTokenFromCode()
{
    CHECKED(load());
    // The code comes from the authorize request of Authorize_AuthCodePkce.constructed.json.
    const QString verifier = QStringLiteral("contract-verifier-0123456789-0123456789-0123456789-abc");
    QJsonObject form = request().value(u"form").toObject();
    const QJsonObject authorizeRequest {
        {QStringLiteral("url"),
         QString(m_loginBase + QStringLiteral("/organizations/oauth2/v2.0/authorize"))},
        {QStringLiteral("query"),
         QJsonObject {{QStringLiteral("client_id"), form.value(u"client_id")},
                      {QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("redirect_uri"), form.value(u"redirect_uri")},
                      {QStringLiteral("scope"), form.value(u"scope")},
                      {QStringLiteral("state"), QStringLiteral("Zq8k3vB1")},
                      {QStringLiteral("code_challenge"), QString()},
                      {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}}};
    const HttpResult page = m_http->get(authorizeUrl(authorizeRequest, verifier));
    const Person priya = person(QStringLiteral("priya"));
    const HttpResult back = m_http->submitForm(page,
                                               {{QStringLiteral("username"), priya.upn},
                                                {QStringLiteral("password"), priya.password},
                                                {QStringLiteral("action"), QStringLiteral("signin")}});
    const QString code = redirectQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY2(!code.isEmpty(), back.body.constData());
    form[QStringLiteral("code")] = code;
    form[QStringLiteral("code_verifier")] = verifier;
    QJsonObject r = request();
    r[QStringLiteral("form")] = form;
    CHECKED(expect(sendExample(QString(), r)));
}

void TestSandboxContract::identityTokenFromRefresh()
{
    CHECKED(load());
    QJsonObject form = request().value(u"form").toObject();
    form[QStringLiteral("refresh_token")] = rt(QStringLiteral("kai"));
    QJsonObject r = request();
    r[QStringLiteral("form")] = form;
    const HttpResult fresh = sendExample(QString(), r);
    CHECKED(expect(fresh, QStringLiteral("200")));
    // invalid_grant: the refresh token has expired.
    QVERIFY(
        admin(QStringLiteral("refresh-tokens/expire"),
              QStringLiteral(R"({"userPrincipalName":"%1"})").arg(person(QStringLiteral("kai")).upn).toUtf8())
            .status
        == 200);
    form[QStringLiteral("refresh_token")] = fresh.json().value(QStringLiteral("refresh_token")).toString();
    r[QStringLiteral("form")] = form;
    CHECKED(expect(sendExample(QString(), r), QStringLiteral("400")));
}

// ---------------------------------------------------------------------------------------------
// keyvault-data/

void TestSandboxContract::kvCreateKey()
{
    CHECKED(customerVault());
    CHECKED(load());
    const QJsonObject p = parameters();
    CHECKED(expect(kv("POST", QStringLiteral("contoso-cmk-kv"),
                      QStringLiteral("keys/%1/create?api-version=%2")
                          .arg(p.value(u"key-name").toString(), p.value(u"api-version").toString()),
                      QStringLiteral("kai"), json(p.value(u"parameters").toObject()))));
}

void TestSandboxContract::kvCreateKeyHsm()
{
    CHECKED(
        customerVault(QStringLiteral("contoso-cmk-kv"), true, QStringLiteral("premium"))); // RSA-HSM needs it
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::kvChallenge()
{
    CHECKED(customerKey());
    CHECKED(load());
    CHECKED(expect(sendExample(QString()))); // no token at all
}

void TestSandboxContract::kvForbidden()
{
    CHECKED(customerKey());
    CHECKED(customerVault(QStringLiteral("contoso-ap-kv"), false));
    CHECKED(load());
    const QString key = QStringLiteral("keys/cmk-key?api-version=7.5");
    // Riley is Reader on the subscription: no data action on an RBAC vault.
    CHECKED(expect(kv("GET", QStringLiteral("contoso-cmk-kv"), key, QStringLiteral("riley")),
                   QStringLiteral("403 (RBAC vault, no data-plane role)")));
    // Priya is in no access policy of the access-policy vault.
    CHECKED(expect(kv("GET", QStringLiteral("contoso-ap-kv"), key, QStringLiteral("priya")),
                   QStringLiteral("403 (access-policy vault, permission missing)")));
    CHECKED(expect(kv("GET", QStringLiteral("contoso-cmk-kv"),
                      QStringLiteral("keys/no-such-key?api-version=7.5"), QStringLiteral("kai")),
                   QStringLiteral("404")));
    addFault(QStringLiteral("429"), QStringLiteral("keyvault"), "GET", QStringLiteral("/keys/*"), 5);
    CHECKED(expect(kv("GET", QStringLiteral("contoso-cmk-kv"), key, QStringLiteral("kai")),
                   QStringLiteral("429")));
    // The vault closed to public networks.
    const HttpResult closed
        = arm("PATCH", vaultId(QStringLiteral("contoso-cmk-kv")) + QStringLiteral("?api-version=2024-11-01"),
              QStringLiteral("kai"), R"({"properties":{"publicNetworkAccess":"Disabled"}})");
    QVERIFY2(closed.status == 200, closed.body.constData());
    CHECKED(expect(kv("GET", QStringLiteral("contoso-cmk-kv"), key, QStringLiteral("kai")),
                   QStringLiteral("403 (network rules)")));
}

void TestSandboxContract::kvGetKey()
{
    CHECKED(customerVault());
    CHECKED(load());
    const QJsonObject p = parameters();
    // The sample's key, created as CreateKey-example.json creates it: with its tags.
    const HttpResult created
        = kv("POST", QStringLiteral("contoso-cmk-kv"),
             QStringLiteral("keys/%1/create?api-version=7.5").arg(p.value(u"key-name").toString()),
             QStringLiteral("kai"),
             json({{QStringLiteral("kty"), QStringLiteral("RSA")},
                   {QStringLiteral("tags"),
                    m_example[QStringLiteral("responses")][QStringLiteral("200")][QStringLiteral("body")]
                             [QStringLiteral("tags")]}}));
    QVERIFY2(created.status == 200, created.body.constData());
    CHECKED(expect(
        kv("GET", QStringLiteral("contoso-cmk-kv"),
           QStringLiteral("keys/%1/%2?api-version=%3")
               .arg(p.value(u"key-name").toString(),
                    created.json()[QStringLiteral("key")][QStringLiteral("kid")].toString().section(u'/', -1),
                    p.value(u"api-version").toString()),
           QStringLiteral("kai"))));
}

void TestSandboxContract::kvUpdateKey()
{
    CHECKED(load());
    const QJsonObject p = parameters();
    CHECKED(customerKey(QStringLiteral("contoso-cmk-kv"), p.value(u"key-name").toString()));
    CHECKED(expect(kv("PATCH", QStringLiteral("contoso-cmk-kv"),
                      QStringLiteral("keys/%1/%2?api-version=%3")
                          .arg(p.value(u"key-name").toString(),
                               m_vaults.value(QStringLiteral("contoso-cmk-kv")).keyVersion,
                               p.value(u"api-version").toString()),
                      QStringLiteral("kai"), json(p.value(u"parameters").toObject()))));
}

void TestSandboxContract::kvDisableKey()
{
    CHECKED(customerKey());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

// ---------------------------------------------------------------------------------------------
// keyvault-mgmt/

void TestSandboxContract::vaultApproveConnection()
{
    CHECKED(isvEndpoint(QStringLiteral("contoso-cmk-kv"), QStringLiteral("pe-contoso-kv"), false));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::vaultCreate()
{
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-kv-rg")));
    CHECKED(load());
    const QJsonObject p = parameters();
    // The sample's zero GUIDs: the customer tenant, and Kai for the access policy.
    QJsonObject body = p.value(u"parameters").toObject();
    QJsonObject properties = body.value(u"properties").toObject();
    properties[QStringLiteral("tenantId")] = Customer;
    QJsonArray policies = properties.value(u"accessPolicies").toArray();
    QJsonObject policy = policies.first().toObject();
    policy[QStringLiteral("tenantId")] = Customer;
    policy[QStringLiteral("objectId")] = oid(QStringLiteral("kai"));
    policies[0] = policy;
    properties[QStringLiteral("accessPolicies")] = policies;
    body[QStringLiteral("properties")] = properties;
    const QString name = p.value(u"vaultName").toString();
    const QString path = vaultId(name) + QStringLiteral("?api-version=") + p.value(u"api-version").toString();
    const HttpResult created = arm("PUT", path, QStringLiteral("kai"), json(body));
    CHECKED(expect(created, QStringLiteral("201")));
    // The 200 sample shows a private endpoint connection: an ISV asks for one, then the vault is updated.
    m_vaults[name].uri
        = QUrl(created.json()[QStringLiteral("properties")][QStringLiteral("vaultUri")].toString());
    m_done.insert(QStringLiteral("vault ") + name);
    CHECKED(isvEndpoint(name, QStringLiteral("pe-sample"), true));
    // ... and it closes the vault to all but one address range and one subnet, as the 200 sample shows.
    properties[QStringLiteral("networkAcls")] = QJsonObject {
        {QStringLiteral("bypass"), QStringLiteral("AzureServices")},
        {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
        {QStringLiteral("ipRules"),
         QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("203.0.113.0/24")}}}},
        {QStringLiteral("virtualNetworkRules"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), PeSubnet},
                                  {QStringLiteral("ignoreMissingVnetServiceEndpoint"), false}}}}};
    body[QStringLiteral("properties")] = properties;
    CHECKED(expect(arm("PUT", path, QStringLiteral("kai"), json(body)), QStringLiteral("200")));
}

void TestSandboxContract::vaultCreateRbac()
{
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-kv-rg")));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::vaultListConnections()
{
    CHECKED(isvEndpoint(QStringLiteral("contoso-cmk-kv"), QStringLiteral("pe-contoso-kv"), true));
    CHECKED(load());
    CHECKED(expect(arm("GET",
                       vaultId(QStringLiteral("contoso-cmk-kv"))
                           + QStringLiteral("/privateEndpointConnections?api-version=")
                           + parameters().value(u"api-version").toString(),
                       QStringLiteral("kai"))));
}

void TestSandboxContract::vaultPutConnection()
{
    CHECKED(isvEndpoint(QStringLiteral("contoso-cmk-kv"), QStringLiteral("pe-contoso-kv"), false));
    CHECKED(load());
    const QJsonObject p = parameters();
    CHECKED(expect(arm("PUT",
                       vaultId(QStringLiteral("contoso-cmk-kv"))
                           + QStringLiteral("/privateEndpointConnections/%1?api-version=%2")
                                 .arg(m_connection, p.value(u"api-version").toString()),
                       QStringLiteral("kai"), json(p.value(u"properties").toObject()))));
}

void TestSandboxContract::vaultAccessPoliciesAdd()
{
    CHECKED(customerVault(QStringLiteral("contoso-cmk-kv"), false));
    CHECKED(load());
    const QJsonObject p = parameters();
    // The sample's zero GUIDs: the vault's tenant, and Priya.
    QJsonObject body = p.value(u"parameters").toObject();
    QJsonObject properties = body.value(u"properties").toObject();
    QJsonArray policies = properties.value(u"accessPolicies").toArray();
    QJsonObject policy = policies.first().toObject();
    policy[QStringLiteral("tenantId")] = Customer;
    policy[QStringLiteral("objectId")] = oid(QStringLiteral("priya"));
    policies[0] = policy;
    properties[QStringLiteral("accessPolicies")] = policies;
    body[QStringLiteral("properties")] = properties;
    CHECKED(
        expect(arm("PUT",
                   vaultId(QStringLiteral("contoso-cmk-kv"))
                       + QStringLiteral("/accessPolicies/%1?api-version=%2")
                             .arg(p.value(u"operationKind").toString(), p.value(u"api-version").toString()),
                   QStringLiteral("kai"), json(body))));
}

void TestSandboxContract::vaultAccessPolicyGetWrapUnwrap()
{
    CHECKED(customerVault(QStringLiteral("contoso-cmk-kv"), false)); // the access-policy model
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), false, false));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

// ---------------------------------------------------------------------------------------------
// msi/

void TestSandboxContract::identityCreate()
{
    CHECKED(group(QStringLiteral("alex"), IsvSub, QStringLiteral("isv-rg")));
    CHECKED(load());
    const QJsonObject p = parameters();
    const QString path = IsvSub
        + QStringLiteral(
              "/resourceGroups/isv-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/%1"
              "?api-version=%2")
              .arg(p.value(u"resourceName").toString(), p.value(u"api-version").toString());
    const QByteArray body = json(p.value(u"parameters").toObject());
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), body), QStringLiteral("201")));
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), body), QStringLiteral("200")));
}

// ---------------------------------------------------------------------------------------------
// netapp/

void TestSandboxContract::netAppChangeKeyVault()
{
    CHECKED(netAppAccount());
    // A second customer vault with the same key name, reachable like the first one.
    const QString second = QStringLiteral("contoso-cmk-kv2");
    CHECKED(customerVault(second));
    CHECKED(customerKey(second));
    CHECKED(grant(vaultId(second) + QStringLiteral("/keys/cmk-key"), CryptoServiceUser, m_spId,
                  QStringLiteral("ServicePrincipal")));
    CHECKED(isvEndpoint(second, QStringLiteral("pe-contoso-kv2"), true));
    CHECKED(load());
    const QJsonObject p = parameters();
    // The sample moves to a managed HSM; here the target is the second vault and its endpoint.
    QJsonObject body = p.value(u"body").toObject();
    body[QStringLiteral("keyName")] = QStringLiteral("cmk-key");
    body[QStringLiteral("keyVaultResourceId")] = vaultId(second);
    body[QStringLiteral("keyVaultUri")] = m_vaults.value(second).uri.toString();
    const QString endpoint
        = IsvSub
        + QStringLiteral(
              "/resourceGroups/isv-rg/providers/Microsoft.Network/privateEndpoints/pe-contoso-kv2");
    const QString network = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Network/virtualNetworks/anf-vnet");
    body[QStringLiteral("keyVaultPrivateEndpoints")] = QJsonArray {QJsonObject {
        {QStringLiteral("privateEndpointId"), endpoint}, {QStringLiteral("virtualNetworkId"), network}}};
    CHECKED(expect(
        arm("POST",
            m_accountId + QStringLiteral("/changeKeyVault?api-version=") + p.value(u"api-version").toString(),
            QStringLiteral("alex"), json(body))));
}

void TestSandboxContract::netAppCreate()
{
    CHECKED(plainNetAppAccount());
    CHECKED(load());
    const QJsonObject p = parameters();
    const QString path = m_accountId + QStringLiteral("?api-version=") + p.value(u"api-version").toString();
    const QByteArray body = json(p.value(u"body").toObject());
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), body), QStringLiteral("201")));
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), body), QStringLiteral("200")));
}

void TestSandboxContract::netAppCreateCrossTenant()
{
    CHECKED(crossTenantKey());
    CHECKED(isvEndpoint(QStringLiteral("contoso-cmk-kv"), QStringLiteral("pe-contoso-kv"), true));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex")), QStringLiteral("201")));
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(
        arm("GET",
            QUrl(request().value(u"url").toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
            QStringLiteral("alex")),
        QStringLiteral("200 (later GET)")));
}

void TestSandboxContract::netAppUpdate()
{
    CHECKED(plainNetAppAccount());
    const QString path = m_accountId + QStringLiteral("?api-version=2025-06-01");
    const HttpResult created
        = arm("PUT", path, QStringLiteral("alex"),
              QStringLiteral(R"({"location":"%1","properties":{}})").arg(Region).toUtf8());
    QVERIFY2(created.status == 201, created.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(load());
    const HttpResult r
        = arm("PATCH", path, QStringLiteral("alex"), json(parameters().value(u"body").toObject()));
    CHECKED(expect(r, QStringLiteral("202"))); // with Location
    // The operation's result once done is the updated account: the sample's 200.
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(call("GET", QUrl(QString::fromUtf8(r.header("Location"))), QStringLiteral("alex")),
                   QStringLiteral("200")));
}

// ---------------------------------------------------------------------------------------------
// network/

void TestSandboxContract::endpointManualApproval()
{
    CHECKED(isvNetwork());
    CHECKED(customerVault());
    CHECKED(load());
    const QJsonObject p = parameters();
    // The sample connects to a generic private link service; the sandbox's private link resources
    // are vaults: the customer's vault, group id "vault", an address of the endpoint subnet.
    QJsonObject body = p.value(u"parameters").toObject();
    QJsonObject properties = body.value(u"properties").toObject();
    QJsonObject connection
        = properties.value(u"manualPrivateLinkServiceConnections").toArray().first().toObject();
    QJsonObject connectionProperties = connection.value(u"properties").toObject();
    connectionProperties[QStringLiteral("privateLinkServiceId")] = vaultId(QStringLiteral("contoso-cmk-kv"));
    connectionProperties[QStringLiteral("groupIds")] = QJsonArray {QStringLiteral("vault")};
    connection[QStringLiteral("properties")] = connectionProperties;
    properties[QStringLiteral("manualPrivateLinkServiceConnections")] = QJsonArray {connection};
    properties[QStringLiteral("subnet")] = QJsonObject {{QStringLiteral("id"), PeSubnet}};
    properties[QStringLiteral("ipConfigurations")] = QJsonArray {
        QJsonObject {{QStringLiteral("name"), QStringLiteral("pestaticconfig")},
                     {QStringLiteral("properties"),
                      QJsonObject {{QStringLiteral("groupId"), QStringLiteral("vault")},
                                   {QStringLiteral("memberName"), QStringLiteral("default")},
                                   {QStringLiteral("privateIPAddress"), QStringLiteral("10.1.2.5")}}}}};
    body[QStringLiteral("properties")] = properties;
    const QString path = IsvSub
        + QStringLiteral(
              "/resourceGroups/isv-rg/providers/Microsoft.Network/privateEndpoints/%1?api-version=%2")
              .arg(p.value(u"privateEndpointName").toString(), p.value(u"api-version").toString());
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), json(body)), QStringLiteral("201")));
    m_sandbox->advanceClock(2 * LroMs);
    CHECKED(expect(arm("PUT", path, QStringLiteral("alex"), json(body)), QStringLiteral("200")));
}

void TestSandboxContract::endpointToCustomerVault()
{
    CHECKED(isvNetwork());
    CHECKED(customerVault());
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex"))));
}

// ---------------------------------------------------------------------------------------------
// powerplatform-arm/

void TestSandboxContract::policyEncryptionPut()
{
    CHECKED(customerKey());
    CHECKED(registerPowerPlatform());
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("pp-rg")));
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::policyCreateOrUpdate()
{
    CHECKED(registerPowerPlatform());
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("pp-rg")));
    CHECKED(load());
    const QJsonObject p = parameters();
    // Enterprise policies live in Power Platform locations, not Azure regions like the sample's East US.
    QJsonObject body = p.value(u"parameters").toObject();
    body[QStringLiteral("location")] = QStringLiteral("unitedstates");
    const QString path = CustomerSub
        + QStringLiteral(
              "/resourceGroups/pp-rg/providers/Microsoft.PowerPlatform/enterprisePolicies/%1?api-version=%2")
              .arg(p.value(u"enterprisePolicyName").toString(), p.value(u"api-version").toString());
    CHECKED(expect(arm("PUT", path, QStringLiteral("kai"), json(body)), QStringLiteral("201")));
    CHECKED(expect(arm("PUT", path, QStringLiteral("kai"), json(body)), QStringLiteral("200")));
}

void TestSandboxContract::policyGet()
{
    CHECKED(enterprisePolicy(QStringLiteral("unitedstates"), true, true));
    CHECKED(load());
    CHECKED(expect(arm(
        "GET", m_policyId + QStringLiteral("?api-version=") + parameters().value(u"api-version").toString(),
        QStringLiteral("kai"))));
}

// ---------------------------------------------------------------------------------------------
// resources/

void TestSandboxContract::asyncOperationStatus()
{
    CHECKED(isvNetwork());
    CHECKED(customerVault());
    CHECKED(load());
    const auto put = [&](const QString &name) {
        return arm(
            "PUT",
            IsvSub
                + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Network/privateEndpoints/%1"
                                 "?api-version=2024-05-01")
                      .arg(name),
            QStringLiteral("alex"),
            QStringLiteral(
                R"({"location":"%1","properties":{"subnet":{"id":"%2"},"manualPrivateLinkServiceConnections":[{"name":"c","properties":{"privateLinkServiceId":"%3","groupIds":["vault"]}}]}})")
                .arg(Region, PeSubnet, vaultId(QStringLiteral("contoso-cmk-kv")))
                .toUtf8());
    };
    HttpResult started = put(QStringLiteral("pe-status"));
    QVERIFY2(started.status == 201, started.body.constData());
    const QUrl status(QString::fromUtf8(started.header("Azure-AsyncOperation")));
    HttpResult r = call("GET", status, QStringLiteral("alex"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    CHECKED(expect(r, QStringLiteral("200 (running)")));
    m_sandbox->advanceClock(2 * LroMs);
    r = call("GET", status, QStringLiteral("alex"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    CHECKED(expect(r, QStringLiteral("200 (succeeded)")));
    addFault(QStringLiteral("lro-failed"), QStringLiteral("arm"), "PUT",
             QStringLiteral("*/privateEndpoints/pe-fails"));
    started = put(QStringLiteral("pe-fails"));
    QVERIFY2(started.status == 201, started.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
    r = call("GET", QUrl(QString::fromUtf8(started.header("Azure-AsyncOperation"))), QStringLiteral("alex"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    CHECKED(expect(r, QStringLiteral("200 (failed)")));
}

void TestSandboxContract::armErrors()
{
    CHECKED(load());
    const QString subscriptionPath = CustomerSub + QStringLiteral("?api-version=2022-12-01");
    CHECKED(expect(arm("GET", IsvSub + QStringLiteral("?api-version=2022-12-01"), QStringLiteral("kai")),
                   QStringLiteral("401 InvalidAuthenticationTokenTenant")));

    // A token the sandbox issued two hours ago (lifetimes are real time): Kai's claims, signed
    // with the sandbox's own key, expired an hour ago.
    QJsonObject claims = jwtClaims(token(QStringLiteral("kai"), m_profile.armEndpoint));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims[QStringLiteral("iat")] = now - 2 * 3600;
    claims[QStringLiteral("nbf")] = now - 2 * 3600;
    claims[QStringLiteral("exp")] = now - 3600;
    const QByteArray expired = sandbox::TokenSigner().sign(
        sandbox::Json::parse(QJsonDocument(claims).toJson(QJsonDocument::Compact).toStdString()));
    CHECKED(expect(
        m_http->send("GET", QUrl(m_armBase + subscriptionPath), {}, {{"Authorization", "Bearer " + expired}}),
        QStringLiteral("401 ExpiredAuthenticationToken")));

    // Riley is Reader.
    CHECKED(expect(
        arm("PUT",
            CustomerSub
                + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-riley"
                                 "?api-version=2024-11-01"),
            QStringLiteral("riley"),
            QStringLiteral(
                R"({"location":"westeurope","properties":{"tenantId":"%1","sku":{"family":"A","name":"standard"},"accessPolicies":[]}})")
                .arg(Customer)
                .toUtf8()),
        QStringLiteral("403 AuthorizationFailed")));

    // Riley becomes Contributor of one group and puts an endpoint there into a subnet of another
    // group, where he stays Reader: he may write the endpoint but not join the subnet.
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("customer-net-rg")));
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("riley-rg")));
    CHECKED(customerVault());
    const QString vnet
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/customer-net-rg/providers/Microsoft.Network/virtualNetworks/contoso-vnet");
    QVERIFY(arm("PUT", vnet + QStringLiteral("?api-version=2024-05-01"), QStringLiteral("kai"),
                QStringLiteral(
                    R"({"location":"%1","properties":{"addressSpace":{"addressPrefixes":["10.9.0.0/16"]}}})")
                    .arg(Region)
                    .toUtf8())
                .status
            == 201);
    QVERIFY(arm("PUT", vnet + QStringLiteral("/subnets/endpoints?api-version=2024-05-01"),
                QStringLiteral("kai"), R"({"properties":{"addressPrefix":"10.9.1.0/24"}})")
                .status
            == 201);
    CHECKED(grant(CustomerSub + QStringLiteral("/resourceGroups/riley-rg"), Contributor,
                  oid(QStringLiteral("riley")), QStringLiteral("User")));
    CHECKED(expect(
        arm("PUT",
            CustomerSub
                + QStringLiteral(
                    "/resourceGroups/riley-rg/providers/Microsoft.Network/privateEndpoints/pe-riley"
                    "?api-version=2024-05-01"),
            QStringLiteral("riley"),
            QStringLiteral(
                R"({"location":"%1","properties":{"subnet":{"id":"%2/subnets/endpoints"},"privateLinkServiceConnections":[{"name":"c","properties":{"privateLinkServiceId":"%3","groupIds":["vault"]}}]}})")
                .arg(Region, vnet, vaultId(QStringLiteral("contoso-cmk-kv")))
                .toUtf8()),
        QStringLiteral("403 LinkedAuthorizationFailed")));

    CHECKED(skipCase(QStringLiteral("403 RequestDisallowedByPolicy"),
                     QStringLiteral("the sandbox has no Azure Policy, so nothing disallows a request")));

    // Microsoft.NetApp is not registered in the ISV subscription of the demo.
    CHECKED(expect(
        arm("PUT",
            IsvSub
                + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.NetApp/netAppAccounts/anf1"
                                 "?api-version=2025-06-01"),
            QStringLiteral("alex"), R"({"location":"westeurope","properties":{}})"),
        QStringLiteral("409 MissingSubscriptionRegistration")));
    CHECKED(expect(arm("GET",
                       vaultId(QStringLiteral("contoso-cmk-kv")) + QStringLiteral("?api-version=2099-01-01"),
                       QStringLiteral("kai")),
                   QStringLiteral("400 NoRegisteredProviderFound")));
    CHECKED(expect(arm("GET", CustomerSub + QStringLiteral("?api-version=2099-01-01"), QStringLiteral("kai")),
                   QStringLiteral("400 InvalidApiVersionParameter")));
    CHECKED(expect(arm("GET", vaultId(QStringLiteral("kv-cmk")) + QStringLiteral("?api-version=2024-11-01"),
                       QStringLiteral("kai")),
                   QStringLiteral("404 ResourceNotFound")));

    // A second write while the endpoint is still being created.
    CHECKED(isvNetwork());
    const QString pe = IsvSub
        + QStringLiteral("/resourceGroups/isv-rg/providers/Microsoft.Network/privateEndpoints/"
                         "pe-busy?api-version=2024-05-01");
    const QByteArray body
        = QStringLiteral(
              R"({"location":"%1","properties":{"subnet":{"id":"%2"},"manualPrivateLinkServiceConnections":[{"name":"c","properties":{"privateLinkServiceId":"%3","groupIds":["vault"]}}]}})")
              .arg(Region, PeSubnet, vaultId(QStringLiteral("contoso-cmk-kv")))
              .toUtf8();
    QVERIFY(arm("PUT", pe, QStringLiteral("alex"), body).status == 201);
    CHECKED(expect(arm("PUT", pe, QStringLiteral("alex"), body),
                   QStringLiteral("409 AnotherOperationInProgress")));

    addFault(QStringLiteral("429"), QStringLiteral("arm"), "GET", CustomerSub, 10);
    CHECKED(expect(arm("GET", subscriptionPath, QStringLiteral("kai")),
                   QStringLiteral("429 SubscriptionRequestsThrottled")));
    CHECKED(skipCase(QStringLiteral("429 RetryableErrorDueToAnotherOperation (Network RP)"),
                     QStringLiteral("the sandbox answers a write during a running operation with 409 "
                                    "AnotherOperationInProgress for every provider, Network included")));
}

void TestSandboxContract::featureGet()
{
    CHECKED(isvRegistrations()); // registers the feature and lets the time pass
    CHECKED(load());
    const HttpResult r = sendExample(QStringLiteral("alex"));
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("state")].toString(),
             QStringLiteral("Registered"));
    CHECKED(expect(r));
}

void TestSandboxContract::featureRegister()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("alex"))));
}

void TestSandboxContract::providerGet()
{
    CHECKED(load());
    // The sample's Microsoft.TestRP1: a provider of the demo's customer subscription.
    CHECKED(expect(arm("GET",
                       CustomerSub + QStringLiteral("/providers/Microsoft.KeyVault?api-version=")
                           + parameters().value(u"api-version").toString(),
                       QStringLiteral("kai"))));
}

void TestSandboxContract::subscriptionsList()
{
    CHECKED(load());
    CHECKED(expect(arm(
        "GET", QStringLiteral("/subscriptions?api-version=") + parameters().value(u"api-version").toString(),
        QStringLiteral("kai"))));
}

void TestSandboxContract::longRunningPatterns()
{
    CHECKED(load());
    const auto answer = [](const QJsonObject &step) {
        QJsonObject expected;
        expected[QStringLiteral("headers")] = step.value(u"headers");
        if (step.value(u"body").isObject())
            expected[QStringLiteral("body")] = step.value(u"body");
        return expected;
    };
    // "200 {json}" in the patterns' poll lists.
    const auto polled = [](const QString &line) {
        return QJsonObject {
            {QStringLiteral("body"), QJsonDocument::fromJson(line.section(u' ', 1).toUtf8()).object()}};
    };
    const auto terminal = [](const QString &state) {
        return state.isEmpty() || state == QLatin1StringView("Succeeded")
            || state == QLatin1StringView("Failed") || state == QLatin1StringView("Canceled");
    };

    // A: PUT answering with the resource, provisioningState running, and Azure-AsyncOperation.
    const QJsonObject a
        = m_example.value(u"pattern_A_put_with_provisioningState_and_AzureAsyncOperation").toObject();
    CHECKED(crossTenantKey());
    CHECKED(group(QStringLiteral("alex"), IsvSub, QStringLiteral("rg-isv")));
    const QUrl desUrl(a[QStringLiteral("request")][QStringLiteral("url")].toString());
    HttpResult r = call(
        "PUT", desUrl, QStringLiteral("alex"),
        QStringLiteral(
            R"({"location":"%1","identity":{"type":"UserAssigned","userAssignedIdentities":{"%2":{}}},"properties":{"activeKey":{"keyUrl":"%3"},"encryptionType":"EncryptionAtRestWithCustomerKey","federatedClientId":"%4"}})")
            .arg(Region, m_uamiId, keyUrl(), m_appId)
            .toUtf8());
    // The pattern's first answer is 201; Compute creates a set with 202 (its verbatim examples have
    // 200 and 202 only). Either is the same pattern: a body to show, an operation to poll.
    const int first = a[QStringLiteral("first_response")][QStringLiteral("status")].toInt();
    QVERIFY2(r.status == first || r.status == 202, r.body.constData());
    CHECKED(
        expectAnswer(QStringLiteral("A first_response"), answer(a.value(u"first_response").toObject()), r));
    QVERIFY(
        !terminal(r.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString()));
    const QUrl operation(QString::fromUtf8(r.header("Azure-AsyncOperation")));
    const QJsonArray polls = a[QStringLiteral("poll")][QStringLiteral("responses")].toArray();
    r = call("GET", operation, QStringLiteral("alex"));
    QCOMPARE(r.status, statusOf(polls.at(0).toString()));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    CHECKED(expectAnswer(QStringLiteral("A poll, running"), polled(polls.at(0).toString()), r));
    m_sandbox->advanceClock(2 * LroMs);
    r = call("GET", operation, QStringLiteral("alex"));
    QCOMPARE(r.status, statusOf(polls.at(1).toString()));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    CHECKED(expectAnswer(QStringLiteral("A poll, done"), polled(polls.at(1).toString()), r));
    r = call("GET", desUrl, QStringLiteral("alex"));
    QCOMPARE(r.status, a[QStringLiteral("final")][QStringLiteral("status")].toInt());
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
             QStringLiteral("Succeeded"));

    // B: a POST action answering 202 with Location, polled until 200/204.
    const QJsonObject b = m_example.value(u"pattern_B_202_with_Location").toObject();
    const QUrl action(b[QStringLiteral("request")][QStringLiteral("url")].toString());
    const QString account = action.path().section(u'/', 0, -2);
    r = arm("PUT", account + QStringLiteral("?api-version=2025-06-01"), QStringLiteral("alex"),
            QStringLiteral(R"({"location":"%1","properties":{}})").arg(Region).toUtf8());
    QVERIFY2(r.status == 201, r.body.constData());
    m_sandbox->advanceClock(2 * LroMs);
    r = call("POST", action, QStringLiteral("alex"));
    QCOMPARE(r.status, b[QStringLiteral("first_response")][QStringLiteral("status")].toInt());
    CHECKED(
        expectAnswer(QStringLiteral("B first_response"), answer(b.value(u"first_response").toObject()), r));
    QVERIFY2(r.body.isEmpty(), r.body.constData()); // "body": null
    const QUrl location(QString::fromUtf8(r.header("Location")));
    r = call("GET", location, QStringLiteral("alex"));
    QCOMPARE(r.status, 202); // "202 (no body, optional new Retry-After) while running"
    m_sandbox->advanceClock(2 * LroMs);
    r = call("GET", location, QStringLiteral("alex"));
    QVERIFY2(r.status == 200 || r.status == 204, r.body.constData()); // "200 with the result, or 204"
    ++m_compared;

    // C: PUT answering 201 with the full resource; the resource itself is polled.
    const QJsonObject c = m_example.value(u"pattern_C_put_200_201_poll_resource").toObject();
    CHECKED(group(QStringLiteral("kai"), CustomerSub, QStringLiteral("rg-cmk")));
    const QUrl vault(c[QStringLiteral("request")][QStringLiteral("url")].toString());
    r = call(
        "PUT", vault, QStringLiteral("kai"),
        QStringLiteral(
            R"({"location":"%1","properties":{"tenantId":"%2","sku":{"family":"A","name":"standard"},"accessPolicies":[],"enablePurgeProtection":true,"enableRbacAuthorization":true}})")
            .arg(Region, Customer)
            .toUtf8());
    QCOMPARE(r.status, c[QStringLiteral("first_response")][QStringLiteral("status")].toInt());
    QVERIFY(r.json()
                .value(QStringLiteral("properties"))
                .toObject()
                .contains(QStringLiteral("vaultUri"))); // full resource
    QString state = r.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString();
    for (int i = 0; i < 5 && !terminal(state); ++i) {
        m_sandbox->advanceClock(2 * LroMs);
        state = call("GET", vault, QStringLiteral("kai"))
                    .json()[QStringLiteral("properties")][QStringLiteral("provisioningState")]
                    .toString();
    }
    QVERIFY2(terminal(state), qPrintable(state));
    ++m_compared;
}

void TestSandboxContract::providerRegisterConstructed()
{
    CHECKED(load());
    CHECKED(expect(sendExample(QStringLiteral("kai"))));
}

void TestSandboxContract::providerRegister()
{
    CHECKED(load());
    // The sample's namespace "aaa": one the demo's ISV subscription has not registered yet.
    CHECKED(expect(arm("POST",
                       IsvSub + QStringLiteral("/providers/Microsoft.Compute/register?api-version=")
                           + parameters().value(u"api-version").toString(),
                       QStringLiteral("alex"))));
}

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
