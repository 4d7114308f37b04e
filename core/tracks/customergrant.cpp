#include "tracks/customergrant.h"

#include "services/armclient.h"
#include "services/graphclient.h"
#include "services/keyvaultclient.h"
#include "tracks/docs.h"
#include "tracks/keys.h"
#include "tracks/stepkit.h"
#include "types/names.h"
#include "types/region.h"
#include "util/json.h"
#include "workflow/handoff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace cmk::tracks {

/// The translation context of what the customer track's steps share.
class CustomerGrant
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::CustomerGrant)
};

namespace {

// Unqualified names in signatures also keep lupdate, which does not resolve these namespaces,
// from losing the translation context of the functions that use them.
using cmk::json::Json;
using http::ServiceError;
using kit::get;
using kit::input;
using kit::nativePath;
using kit::parsedAs;
using services::ArmClient;
using services::Reply;
using services::RoleAssignmentRequest;
using workflow::Handoff;
using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Track;
using workflow::Values;

constexpr QLatin1StringView Rbac("rbac");
constexpr QLatin1StringView AccessPolicies("access-policy");
constexpr QStringView VaultType(u"Microsoft.KeyVault/vaults");
constexpr QStringView RoleAssignmentType(u"Microsoft.Authorization/roleAssignments");
/// The data-plane version KeyVaultClient sends.
constexpr QLatin1StringView KeyVaultApiVersion("7.5");
constexpr int MinimumKeyBits = 2048;
/// What a customer-managed key's user needs, in an access policy.
const QStringList CmkKeyPermissions {QStringLiteral("get"), QStringLiteral("wrapKey"),
                                     QStringLiteral("unwrapKey")};
/// What the administrator who creates an access-policy vault gets, to create and later manage the key.
const QStringList AdminKeyPermissions {QStringLiteral("get"), QStringLiteral("list"),
                                       QStringLiteral("create"), QStringLiteral("update"),
                                       QStringLiteral("rotate")};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QByteArray dump(const Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

std::optional<ParseError> parseError(ParseErrorCategory category, const QString &message)
{
    return ParseError {category, message};
}

/// A refusal by the track itself: what is wrong and what to do, with a stable code.
ServiceError refusal(QLatin1StringView code, const QString &message,
                     http::ServiceKind service = http::ServiceKind::Arm)
{
    ServiceError error = services::ServiceClient::invalidInput(service, message);
    error.code = code;
    return error;
}

/// A value an earlier step should have produced is missing: the run file was edited or is from
/// another version.
ServiceError missing(QLatin1StringView key)
{
    return refusal(
        QLatin1StringView("MissingValue"),
        CustomerGrant::tr("The run has no usable \"%1\"; an earlier step did not record it. Run the "
                          "track again from its first step.")
            .arg(key));
}

std::function<std::optional<ParseError>(const QString &)> named(bool (*validate)(QStringView, ParseError *))
{
    return [validate](const QString &value) -> std::optional<ParseError> {
        ParseError error;
        if (validate(value, &error))
            return std::nullopt;
        return error;
    };
}

auto saveOperation(StepRun &run)
{
    return [&run](const http::OperationState &state) { run.saveOperation(state); };
}

// ---- The ISV's hand-off ------------------------------------------------------------------------

bool namesCryptoServiceEncryptionUser(const QString &role)
{
    const QString guid
        = services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser.toString(QUuid::WithoutBraces);
    return role.compare(QLatin1StringView("Key Vault Crypto Service Encryption User"), Qt::CaseInsensitive)
        == 0
        || role.section(u'/', -1).compare(guid, Qt::CaseInsensitive) == 0;
}

/// Reads and checks the ISV → customer hand-off: the file's own checks (format, checksum,
/// direction, every value), then that its parts agree with each other.
std::optional<Handoff> readIsvHandoff(const QString &path, ParseError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setParseError(error, ParseErrorCategory::FileError,
                      CustomerGrant::tr("The hand-off file %1 cannot be read (%2). Choose the file the ISV "
                                        "sent you.")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    QString why;
    // One byte more than a hand-off may have, so that an oversized file is named as such.
    auto handoff = Handoff::fromJson(file.read(64 * 1024 + 1), Handoff::Direction::IsvToCustomer, &why);
    if (!handoff) {
        setParseError(error, ParseErrorCategory::InvalidFormat,
                      CustomerGrant::tr("The hand-off file %1 cannot be used: %2")
                          .arg(QDir::toNativeSeparators(path), why));
        return std::nullopt;
    }
    const QString appId = handoff->values.value(key::AppId);
    const QUrl consent(handoff->values.value(key::AdminConsentUrl));
    const QString consentApp
        = QUrlQuery(consent).queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (!consent.path().endsWith(QLatin1StringView("/adminconsent"))
        || consentApp.compare(appId, Qt::CaseInsensitive) != 0) {
        setParseError(
            error, ParseErrorCategory::InvalidUrl,
            CustomerGrant::tr("The hand-off's admin consent link (%1) does not install its application "
                              "%2. Ask the ISV for a new hand-off.")
                .arg(consent.toDisplayString(), appId));
        return std::nullopt;
    }
    const QString role = handoff->values.value(key::GrantRole);
    if (!namesCryptoServiceEncryptionUser(role)) {
        setParseError(
            error, ParseErrorCategory::UnknownValue,
            CustomerGrant::tr("The ISV asks for the role \"%1\". CMK Wizard grants only Key Vault Crypto "
                              "Service Encryption User (get, wrapKey and unwrapKey on one key), which is "
                              "all a customer-managed key needs. Ask the ISV for a hand-off that asks "
                              "for it.")
                .arg(role));
        return std::nullopt;
    }
    return handoff;
}

/// The hand-off's values for the run, after the checks that need the cloud profile and the
/// signed-in person.
std::optional<Values> importHandoff(StepRun &run, ServiceError *error)
{
    ParseError problem;
    const auto handoff = readIsvHandoff(get(run.values(), key::HandoffIn), &problem);
    if (!handoff) {
        *error = refusal(QLatin1StringView("InvalidHandoff"), problem.message);
        return std::nullopt;
    }
    const QUrl consent(handoff->values.value(key::AdminConsentUrl));
    const QUrl authority = run.profile().authorityHost;
    if (consent.host().compare(authority.host(), Qt::CaseInsensitive) != 0
        || consent.port(443) != authority.port(443)) {
        *error = refusal(
            QLatin1StringView("AdminConsentElsewhere"),
            CustomerGrant::tr("The hand-off's admin consent link goes to %1, not to the sign-in page "
                              "of %2 (%3). Do not open it; ask the ISV for a new hand-off.")
                .arg(consent.host(), run.profile().displayName, authority.host()));
        return std::nullopt;
    }
    const QString isvTenant = handoff->values.value(key::IsvTenantId);
    if (run.identity(Side::Customer).tenantId.compare(isvTenant, Qt::CaseInsensitive) == 0) {
        *error = refusal(
            QLatin1StringView("SignedInToIsvTenant"),
            CustomerGrant::tr("You are signed in to the ISV's tenant %1. Sign in to your own tenant, "
                              "where the key is, and run the track again.")
                .arg(isvTenant));
        return std::nullopt;
    }
    Values values = handoff->values;
    if (!get(run.values(), key::Region).isEmpty())
        values.remove(key::Region); // the customer's own choice of region stands
    if (!handoff->message.isEmpty())
        run.progress(CustomerGrant::tr("Message from %1: %2").arg(handoff->createdBy, handoff->message));
    return values;
}

// ---- The vault -------------------------------------------------------------------------------------

std::optional<ResourceId> vaultIdOf(const Values &values)
{
    return kit::customerResource(values, u"Microsoft.KeyVault", u"vaults", key::VaultName);
}

bool wantsHsm(const Values &values)
{
    return get(values, key::KeyType) == QLatin1StringView("RSA-HSM");
}

QString grantKindOf(const services::KeyVault &vault)
{
    return vault.enableRbacAuthorization ? QString(Rbac) : QString(AccessPolicies);
}

QString grantKindTitle(const QString &kind)
{
    return kind == Rbac ? CustomerGrant::tr("Azure RBAC") : CustomerGrant::tr("access policies");
}

QString regionName(const QString &location)
{
    const auto region = Region::parse(location);
    return region ? region->name() : location;
}

/// What an existing vault cannot give this track, and how to go on.
std::optional<ServiceError> vaultProblem(const services::KeyVault &vault, const Values &values)
{
    const QString wanted = get(values, key::GrantKind);
    const QString kind = grantKindOf(vault);
    if (!wanted.isEmpty() && wanted != kind)
        return refusal(
            QLatin1StringView("VaultPermissionModelMismatch"),
            CustomerGrant::tr("Vault %1 uses %2, but you chose to grant with %3. CMK Wizard does not "
                              "change a vault's permission model: that would cut off everyone granted "
                              "the other way. Leave the grant kind empty to follow the vault, or choose "
                              "another vault.")
                .arg(vault.id.name(), grantKindTitle(kind), grantKindTitle(wanted)));
    if (wantsHsm(values) && vault.sku == services::VaultSku::Standard)
        return refusal(
            QLatin1StringView("HsmKeyNeedsPremiumVault"),
            CustomerGrant::tr("Vault %1 is a Standard vault; RSA-HSM keys need a Premium vault. Choose "
                              "the key type RSA, another vault, or change this vault's pricing tier "
                              "to Premium in the Azure portal first.")
                .arg(vault.id.name()));
    return std::nullopt;
}

bool vaultIsReady(const services::KeyVault &vault)
{
    const bool provisioned = vault.provisioningState.isEmpty()
        || vault.provisioningState.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) == 0;
    return vault.enableSoftDelete && vault.enablePurgeProtection && provisioned;
}

Values vaultValues(const services::KeyVault &vault)
{
    return {{key::VaultId, vault.id.toString()},
            {key::VaultUri, vault.vaultUri.toString()},
            {key::Region, regionName(vault.location)},
            {key::GrantKind, grantKindOf(vault)},
            {key::CustomerTenantId, vault.tenantId.toString()}};
}

/// The vault createOrUpdateVault sends for a new one; the plan shows the same.
services::KeyVault newVault(const ResourceId &id, const Values &values)
{
    services::KeyVault vault;
    vault.id = id;
    vault.location = get(values, key::Region);
    vault.tenantId = TenantId::parse(get(values, key::CustomerTenantId)).value_or(TenantId());
    vault.sku = wantsHsm(values) ? services::VaultSku::Premium : services::VaultSku::Standard;
    vault.enableRbacAuthorization = get(values, key::GrantKind) != AccessPolicies;
    vault.enablePurgeProtection = true;
    if (!vault.enableRbacAuthorization) {
        // The creator needs an entry to create the key; Azure RBAC vaults use the person's roles.
        services::AccessPolicy admin;
        admin.tenantId = vault.tenantId;
        admin.objectId = ObjectId::parse(get(values, key::KeyAdminObjectId)).value_or(ObjectId());
        admin.keys = AdminKeyPermissions;
        vault.accessPolicies = {admin};
    }
    return vault;
}

Json accessPolicyJson(const services::AccessPolicy &entry)
{
    Json keys = Json::array();
    for (const QString &permission : entry.keys)
        keys.push_back(utf8(permission));
    return {{"tenantId", utf8(entry.tenantId.toString())},
            {"objectId", utf8(entry.objectId.toString())},
            {"permissions", {{"keys", keys}}}};
}

PlannedCall call(http::ServiceKind service, const QByteArray &method, const QUrl &url, const QByteArray &body,
                 const QString &why)
{
    PlannedCall c = kit::plannedCall(service, method, url, why);
    c.body = body;
    return c;
}
// ---- The key ---------------------------------------------------------------------------------------

std::optional<KeyIdentifier> keyIdOf(const Values &values)
{
    return KeyIdentifier::make(QUrl(get(values, key::VaultUri)), get(values, key::KeyName));
}

QString sizesText(const QList<int> &sizes)
{
    QStringList texts;
    for (int bits : sizes)
        texts << QString::number(bits);
    return texts.size() < 2
        ? texts.join(QString())
        : CustomerGrant::tr("%1 or %2")
              .arg(texts.mid(0, texts.size() - 1).join(QStringLiteral(", ")), texts.constLast());
}

services::KeyCreateOptions keyOptions(const Values &values)
{
    services::KeyCreateOptions options;
    options.type = wantsHsm(values) ? services::KeyType::RsaHsm : services::KeyType::Rsa;
    options.size = get(values, key::KeySize).isEmpty() ? MinimumKeyBits : get(values, key::KeySize).toInt();
    return options;
}

/// What makes an existing key unfit for a customer-managed key, or not the key asked for.
std::optional<ServiceError> keyProblem(const services::KeyVaultKey &key, const Values &values,
                                       const QList<int> &sizes)
{
    const auto fail = [](QLatin1StringView code, const QString &message) {
        return std::optional<ServiceError>(refusal(code, message, http::ServiceKind::KeyVault));
    };
    const QString name = key.properties.id.name();
    const QString type = key.keyType;
    if (type != QLatin1StringView("RSA") && type != QLatin1StringView("RSA-HSM"))
        return fail(
            QLatin1StringView("KeyTypeNotRsa"),
            CustomerGrant::tr("Key %1 is a %2 key; a customer-managed key must be RSA or RSA-HSM. Choose "
                              "another key name.")
                .arg(name, type));
    if (key.keySize < MinimumKeyBits)
        return fail(
            QLatin1StringView("KeyTooSmall"),
            CustomerGrant::tr("Key %1 has %2 bits; a customer-managed key needs at least %3. Choose another "
                              "key name; CMK Wizard creates a new key of 2048, 3072 or 4096 bits.")
                .arg(name)
                .arg(key.keySize)
                .arg(MinimumKeyBits));
    if (!sizes.contains(key.keySize))
        return fail(QLatin1StringView("KeySizeNotSupported"),
                    CustomerGrant::tr("Key %1 has %2 bits; this service accepts %3 bits. Choose another key "
                                      "name, and CMK Wizard creates one of the right size.")
                        .arg(name)
                        .arg(key.keySize)
                        .arg(sizesText(sizes)));
    const QString wantedType = get(values, key::KeyType);
    if (!wantedType.isEmpty() && wantedType != type)
        return fail(
            QLatin1StringView("KeyTypeMismatch"),
            CustomerGrant::tr("Key %1 exists as %2, not %3. Leave the key type empty to use it as it is, "
                              "or choose another key name.")
                .arg(name, type, wantedType));
    const int wantedSize = get(values, key::KeySize).toInt();
    if (wantedSize > key.keySize)
        return fail(
            QLatin1StringView("KeySizeMismatch"),
            CustomerGrant::tr("Key %1 has %2 bits, fewer than the %3 you chose. Leave the key size empty to "
                              "use it as it is, or choose another key name.")
                .arg(name)
                .arg(key.keySize)
                .arg(wantedSize));
    if (!key.properties.enabled)
        return fail(
            QLatin1StringView("KeyDisabled"),
            CustomerGrant::tr("Key %1 is disabled. A disabled key may be how someone locked its users out "
                              "on purpose, so CMK Wizard does not enable it: enable it in the vault, or "
                              "choose another key name, and run this step again.")
                .arg(name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (key.properties.expires.isValid() && key.properties.expires <= now)
        return fail(
            QLatin1StringView("KeyExpired"),
            CustomerGrant::tr("Key %1 expired on %2. Choose another key name, or give the key a later "
                              "expiry date in the vault.")
                .arg(name, key.properties.expires.toString(Qt::ISODate)));
    if (key.properties.notBefore.isValid() && key.properties.notBefore > now)
        return fail(
            QLatin1StringView("KeyNotYetActive"),
            CustomerGrant::tr("Key %1 is not active before %2. Choose another key name, or change its "
                              "activation date in the vault.")
                .arg(name, key.properties.notBefore.toString(Qt::ISODate)));
    const bool wraps = key.keyOperations.isEmpty()
        || (key.keyOperations.contains(QLatin1StringView("wrapKey"))
            && key.keyOperations.contains(QLatin1StringView("unwrapKey")));
    if (!wraps)
        return fail(QLatin1StringView("KeyCannotWrap"),
                    CustomerGrant::tr("Key %1 may not wrap and unwrap (its operations: %2), which a "
                                      "customer-managed key does. Choose another key name.")
                        .arg(name, key.keyOperations.join(QStringLiteral(", "))));
    return std::nullopt;
}

Values keyValues(const services::KeyVaultKey &key)
{
    return {{key::KeyUrl, key.properties.id.toString()},
            {key::KeyType, key.keyType},
            {key::KeySize, QString::number(key.keySize)}};
}

// ---- The grant --------------------------------------------------------------------------------------

bool grantsCmk(const services::AccessPolicy &entry, const ObjectId &principal)
{
    if (entry.objectId != principal)
        return false;
    return std::all_of(CmkKeyPermissions.cbegin(), CmkKeyPermissions.cend(), [&](const QString &needed) {
        return entry.keys.contains(needed, Qt::CaseInsensitive)
            || entry.keys.contains(QLatin1StringView("all"), Qt::CaseInsensitive);
    });
}

/// The role assignment step 5 makes: the same name for the same key and principal.
RoleAssignmentRequest keyGrant(const ResourceId &keyScope, const ObjectId &principal, const Values &values)
{
    RoleAssignmentRequest grant;
    grant.scope = keyScope;
    grant.role = services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    grant.principal = principal;
    grant.principalType = services::PrincipalType::ServicePrincipal;
    //: Stored with the role assignment in Azure, where other administrators read it.
    grant.description
        = CustomerGrant::tr("Customer-managed key for %1 (application %2), granted with CMK Wizard")
              .arg(get(values, key::AppDisplayName), get(values, key::AppId));
    return grant;
}

// ---- The hand-off back ------------------------------------------------------------------------------

Values handoffBackValues(const Values &values)
{
    Values out {{key::CustomerTenantId, get(values, key::CustomerTenantId)},
                {key::KeyUrl, get(values, key::KeyUrl)},
                {key::VaultId, get(values, key::VaultId)},
                {key::GrantKind, get(values, key::GrantKind)}};
    if (!get(values, key::Region).isEmpty())
        out.insert(key::Region, get(values, key::Region));
    return out;
}

// ---- The private endpoint ---------------------------------------------------------------------------

QString linkStatusTitle(services::PrivateLinkStatus status)
{
    switch (status) {
    case services::PrivateLinkStatus::Pending:
        return CustomerGrant::tr("pending");
    case services::PrivateLinkStatus::Approved:
        return CustomerGrant::tr("approved");
    case services::PrivateLinkStatus::Rejected:
        return CustomerGrant::tr("rejected");
    case services::PrivateLinkStatus::Disconnected:
        return CustomerGrant::tr("disconnected");
    case services::PrivateLinkStatus::Unknown:
        break;
    }
    return CustomerGrant::tr("in an unknown state");
}

ServiceError connectionClosed(const services::PrivateEndpointConnection &connection, const Values &values)
{
    return refusal(
        QLatin1StringView("PrivateEndpointNotApprovable"),
        CustomerGrant::tr("The connection of private endpoint %1 to vault %2 is %3, and such a "
                          "connection cannot be approved again. Ask the ISV to delete the endpoint and "
                          "create it again, then run this step again.")
            .arg(connection.privateEndpoint.name(), get(values, key::VaultName),
                 linkStatusTitle(connection.status)));
}

std::optional<services::PrivateEndpointConnection>
connectionOf(const QList<services::PrivateEndpointConnection> &connections, const ResourceId &endpoint)
{
    for (const services::PrivateEndpointConnection &c : connections) {
        if (c.privateEndpoint == endpoint)
            return c;
    }
    return std::nullopt;
}

QString approvalDescription(const Values &values)
{
    //: Stored on the vault's private endpoint connection in Azure; the ISV sees it.
    return CustomerGrant::tr("Approved with CMK Wizard for %1's customer-managed key")
        .arg(get(values, key::AppDisplayName));
}

std::chrono::milliseconds doubled(std::chrono::milliseconds delay, std::chrono::milliseconds max)
{
    return std::min(delay * 2, max);
}

int seconds(std::chrono::milliseconds delay)
{
    return int((delay.count() + 999) / 1000);
}

} // namespace

// ---- 1. Import the ISV's hand-off ------------------------------------------------------------------

workflow::Step::Info ImportHandoffStep::info() const
{
    return {QStringLiteral("import-handoff"),
            QStringLiteral("1"),
            tr("Import the ISV's hand-off"),
            Side::Customer,
            tr("Customer key vault administrator"),
            {},
            {key::IsvTenantId, key::AppId, key::AppDisplayName, key::AdminConsentUrl, key::GrantRole,
             key::PrivateEndpointId},
            tr("Reads the ISV's hand-off file and checks its checksum, its direction and every value before "
               "using it. The file names the ISV's tenant, application ID and admin-consent link and, for "
               "Azure NetApp Files, the private endpoint to expect; nothing is sent to Azure in this step."),
            docs::managedDisks(
                u"the-customer-grants-the-service-providers-app-access-to-the-key-in-the-key-vault")};
}

QList<InputSpec> ImportHandoffStep::inputs() const
{
    return {input(key::HandoffIn, tr("ISV's hand-off file"),
                  tr("The file the ISV's onboarding engineer exported for you (isv-to-customer)."), true,
                  [](const QString &path) -> std::optional<ParseError> {
                      ParseError error;
                      if (readIsvHandoff(path, &error))
                          return std::nullopt;
                      return error;
                  })};
}

void ImportHandoffStep::check(StepRun &run) const
{
    // Reading a file sends nothing and writes nothing: the step is done as soon as it is read.
    QTimer::singleShot(0, &run, [&run] {
        ServiceError error;
        if (const auto values = importHandoff(run, &error))
            run.checked(true, *values);
        else
            run.failed(error);
    });
}

Plan ImportHandoffStep::plan(const Values &values, const CloudProfile &) const
{
    Plan plan;
    plan.notes << tr("Reads the hand-off %1; nothing is sent.").arg(nativePath(get(values, key::HandoffIn)));
    return plan;
}

void ImportHandoffStep::apply(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] {
        ServiceError error;
        if (const auto values = importHandoff(run, &error))
            run.succeeded(*values);
        else
            run.failed(error);
    });
}

// ---- 2. Install the ISV's application -----------------------------------------------------------------

namespace {

std::optional<ServiceError> publisherProblem(const services::GraphServicePrincipal &sp, const Values &values)
{
    const QString isvTenant = get(values, key::IsvTenantId);
    if (!sp.appOwnerOrganizationId
        || sp.appOwnerOrganizationId->toString().compare(isvTenant, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return refusal(
        QLatin1StringView("ServicePrincipalOfAnotherPublisher"),
        CustomerGrant::tr("Application %1 in your tenant was published by tenant %2, but the hand-off "
                          "comes from tenant %3. Check with the ISV before granting it anything.")
            .arg(sp.appId.toString(), sp.appOwnerOrganizationId->toString(), isvTenant),
        http::ServiceKind::Graph);
}

Values principalValues(const services::GraphServicePrincipal &sp, const StepRun &run)
{
    return {{key::ServicePrincipalId, sp.id.toString()},
            {key::CustomerTenantId, run.identity(Side::Customer).tenantId}};
}

/// The admin consent link for the customer's own tenant (identity.md: the tenant in the path is
/// the one where consent is given).
QUrl consentLink(const Values &values, const CloudProfile &profile)
{
    const QString tenant = get(values, key::CustomerTenantId);
    QUrl url = CloudProfile::join(profile.authorityHost,
                                  u'/' + (tenant.isEmpty() ? QStringLiteral("organizations") : tenant)
                                      + QStringLiteral("/adminconsent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), get(values, key::AppId));
    url.setQuery(query);
    return url;
}

} // namespace

workflow::Step::Info ServicePrincipalStep::info() const
{
    return {
        QStringLiteral("service-principal"),
        QStringLiteral("2"),
        tr("Install the ISV's application"),
        Side::Customer,
        tr("Cloud Application Administrator, Application Administrator or Global Administrator"),
        {QStringLiteral("import-handoff")},
        {key::ServicePrincipalId, key::CustomerTenantId},
        tr("Creates the service principal of the ISV's multi-tenant application in your tenant, or finds "
           "it when the application is already installed. Your key can only be granted to an application "
           "installed in your tenant. If you may not install it, the step shows the admin-consent link "
           "for an administrator to open in the browser."),
        docs::managedDisks(u"the-customer-installs-the-service-provider-application-in-the-customer-tenant")};
}

void ServicePrincipalStep::check(StepRun &run) const
{
    const auto appId = AppId::parse(get(run.values(), key::AppId));
    if (!appId) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::AppId)); });
        return;
    }
    run.graph(Side::Customer)
        .findServicePrincipal(
            *appId, &run, [&run](const Reply<std::optional<services::GraphServicePrincipal>> &found) {
                if (!found.ok())
                    return run.failed(found.error);
                if (!found.value->has_value())
                    return run.checked(false,
                                       {{key::CustomerTenantId, run.identity(Side::Customer).tenantId}});
                if (const auto problem = publisherProblem(**found.value, run.values()))
                    return run.failed(*problem);
                run.checked(true, principalValues(**found.value, run));
            });
}

Plan ServicePrincipalStep::plan(const Values &values, const CloudProfile &profile) const
{
    const QString appId = get(values, key::AppId);
    const QUrl url = CloudProfile::join(profile.graphEndpoint, QStringLiteral("/v1.0/servicePrincipals"));
    Plan plan;
    plan.calls << call(
        http::ServiceKind::Graph, "POST", url, dump(Json {{"appId", utf8(appId)}}),
        tr("Install %1 (application %2) in your tenant. Its service principal gets no access to "
           "anything until step 5 grants it one key.")
            .arg(get(values, key::AppDisplayName), appId));
    plan.notes
        << tr("Instead, an administrator may open the admin consent link in a browser and accept: %1. Run "
              "this step again afterwards; it finds the installed application and sends nothing.")
               .arg(consentLink(values, profile).toString());
    return plan;
}

void ServicePrincipalStep::apply(StepRun &run) const
{
    const auto appId = AppId::parse(get(run.values(), key::AppId));
    if (!appId) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::AppId)); });
        return;
    }
    run.graph(Side::Customer)
        .createServicePrincipal(*appId, &run, [&run](const Reply<services::GraphServicePrincipal> &created) {
            if (!created.ok()) {
                if (created.error.code == QLatin1StringView("Authorization_RequestDenied"))
                    run.progress(tr("You may not install applications in this tenant. An administrator can "
                                    "install it with the admin consent link instead: %1")
                                     .arg(consentLink(run.values(), run.profile()).toString()));
                return run.failed(created.error);
            }
            if (const auto problem = publisherProblem(*created.value, run.values()))
                return run.failed(*problem);
            run.succeeded(principalValues(*created.value, run));
        });
}

// ---- 3. The key vault ---------------------------------------------------------------------------------

KeyVaultStep::KeyVaultStep(QUrl docsUrl)
    : m_docsUrl(std::move(docsUrl))
{
}

workflow::Step::Info KeyVaultStep::info() const
{
    return {QStringLiteral("key-vault"),
            QStringLiteral("3"),
            tr("Create or check the key vault"),
            Side::Customer,
            tr("Owner, Contributor or Key Vault Contributor on the resource group"),
            {QStringLiteral("import-handoff")},
            {key::VaultId, key::VaultUri, key::Region, key::GrantKind, key::CustomerTenantId},
            tr("Creates the key vault with soft delete and purge protection, or checks an existing one and "
               "turns purge protection on. Azure accepts a customer-managed key only from a vault with purge "
               "protection, and purge protection can never be turned off again."),
            m_docsUrl};
}

QList<InputSpec> KeyVaultStep::inputs() const
{
    return {
        input(key::CustomerSubscriptionId, tr("Subscription ID"),
              tr("The subscription of your tenant that holds (or will hold) the key vault."), true,
              parsedAs<SubscriptionId>()),
        input(key::CustomerResourceGroup, tr("Resource group"),
              tr("An existing resource group for the key vault."), true,
              named(&Names::validateResourceGroup)),
        input(
            key::VaultName, tr("Key vault name"),
            tr("An existing vault, or the name of a new one: 3-24 letters, digits and hyphens, unique across "
               "Azure."),
            true, named(&Names::validateVaultName)),
        input(key::Region, tr("Region"),
              tr("Where a new vault goes. Empty: the ISV's region from the hand-off, else the resource "
                 "group's. "
                 "Managed disks need the vault in their region."),
              false, parsedAs<Region>()),
        input(key::GrantKind, tr("Grant with"),
              tr("rbac (recommended: the grant covers one key) or access-policy, for a new vault. An "
                 "existing vault "
                 "keeps its own permission model; empty follows it."),
              false,
              [](const QString &value) -> std::optional<ParseError> {
                  if (value == Rbac || value == AccessPolicies)
                      return std::nullopt;
                  return parseError(
                      ParseErrorCategory::UnknownValue,
                      tr("\"%1\" is not a way to grant; use rbac or access-policy.").arg(value));
              }),
    };
}

void KeyVaultStep::preflight(StepRun &run) const
{
    const auto id = vaultIdOf(run.values());
    if (!id) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultName)); });
        return;
    }
    // Before anything changes: an existing vault that cannot serve the chosen key or grant, or a
    // resource group that is not there.
    run.arm(Side::Customer).getVault(*id, &run, [&run](const Reply<services::KeyVault> &read) {
        if (read.ok()) {
            if (const auto problem = vaultProblem(*read.value, run.values()))
                return run.failed(*problem);
            return run.succeeded();
        }
        if (read.error.code == QLatin1StringView("ResourceNotFound"))
            return run.succeeded();
        run.failed(read.error);
    });
}

void KeyVaultStep::check(StepRun &run) const
{
    const auto id = vaultIdOf(run.values());
    if (!id) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultName)); });
        return;
    }
    run.arm(Side::Customer).getVault(*id, &run, [&run, id = *id](const Reply<services::KeyVault> &read) {
        if (read.ok()) {
            if (const auto problem = vaultProblem(*read.value, run.values()))
                return run.failed(*problem);
            return run.checked(vaultIsReady(*read.value), vaultValues(*read.value));
        }
        if (read.error.code != QLatin1StringView("ResourceNotFound"))
            return run.failed(read.error);
        // A new vault: who creates it, in which tenant and region.
        const auth::SignedInIdentity me = run.identity(Side::Customer);
        Values found {{key::VaultUri, QString()},
                      {key::CustomerTenantId, me.tenantId},
                      {key::KeyAdminObjectId, me.objectId}};
        if (!get(run.values(), key::Region).isEmpty())
            return run.checked(false, found);
        run.arm(Side::Customer)
            .getResourceGroup(*id.parent(), &run,
                              [&run, found](const Reply<services::ResourceGroup> &group) mutable {
                                  if (!group.ok())
                                      return run.failed(group.error);
                                  found.insert(key::Region, regionName(group.value->location));
                                  run.checked(false, found);
                              });
    });
}

Plan KeyVaultStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto id = vaultIdOf(values);
    if (!id)
        return plan;
    const QUrl url = ArmClient::url(profile, id->toString(), VaultType);
    if (!get(values, key::VaultUri).isEmpty()) {
        plan.calls << call(
            http::ServiceKind::Arm, "PATCH", url,
            dump(Json {{"properties", {{"enableSoftDelete", true}, {"enablePurgeProtection", true}}}}),
            tr("Turn on purge protection for vault %1 (and soft delete, where it is off). This cannot "
               "be undone: deleted keys stay recoverable for the retention period and cannot be "
               "purged early.")
                .arg(id->name()));
        return plan;
    }
    const services::KeyVault vault = newVault(*id, values);
    Json policies = Json::array();
    for (const services::AccessPolicy &entry : vault.accessPolicies)
        policies.push_back(accessPolicyJson(entry));
    const Json body
        = {{"location", utf8(regionName(vault.location))},
           {"properties",
            {{"tenantId", utf8(vault.tenantId.toString())},
             {"sku",
              {{"family", "A"}, {"name", vault.sku == services::VaultSku::Premium ? "premium" : "standard"}}},
             {"enableRbacAuthorization", vault.enableRbacAuthorization},
             {"softDeleteRetentionInDays", vault.softDeleteRetentionInDays},
             {"enablePurgeProtection", true},
             {"accessPolicies", policies}}}};
    plan.calls << call(
        http::ServiceKind::Arm, "PUT", url, dump(body),
        tr("Create vault %1 in %2 (%3, %4) with soft delete and purge protection; purge protection "
           "cannot be turned off again.")
            .arg(id->name(), regionName(vault.location),
                 vault.sku == services::VaultSku::Premium ? tr("Premium") : tr("Standard"),
                 grantKindTitle(grantKindOf(vault))));
    if (!vault.enableRbacAuthorization)
        plan.notes
            << tr("The vault's first access policy entry lets you (object %1) create and manage the key.")
                   .arg(get(values, key::KeyAdminObjectId));
    return plan;
}

void KeyVaultStep::apply(StepRun &run) const
{
    const auto id = vaultIdOf(run.values());
    if (!id) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultName)); });
        return;
    }
    const auto done = [&run](const Reply<services::KeyVault> &written) {
        if (!written.ok())
            return run.failed(written.error);
        if (const auto problem = vaultProblem(*written.value, run.values()))
            return run.failed(*problem);
        run.succeeded(vaultValues(*written.value));
    };
    services::ArmClient &arm = run.arm(Side::Customer);
    if (!get(run.values(), key::VaultUri).isEmpty()) {
        run.progress(tr("Turning on purge protection for vault %1").arg(id->name()));
        arm.enablePurgeProtection(*id, &run, saveOperation(run), done);
        return;
    }
    run.progress(tr("Creating vault %1").arg(id->name()));
    arm.createOrUpdateVault(newVault(*id, run.values()), &run, saveOperation(run), done);
}

void KeyVaultStep::resume(StepRun &run, const http::OperationState &operation) const
{
    run.progress(tr("Following the vault's operation that was running when CMK Wizard stopped"));
    run.arm(Side::Customer)
        .resume<services::KeyVault>(operation, &run, saveOperation(run),
                                    [&run](const Reply<services::KeyVault> &written) {
                                        if (!written.ok())
                                            return run.failed(written.error);
                                        run.succeeded(vaultValues(*written.value));
                                    });
}

// ---- 4. The key -----------------------------------------------------------------------------------------

KeyStep::KeyStep(QList<int> sizes, QUrl docsUrl)
    : m_sizes(std::move(sizes))
    , m_docsUrl(std::move(docsUrl))
{
}

workflow::Step::Info KeyStep::info() const
{
    return {
        QStringLiteral("key"),
        QStringLiteral("4"),
        tr("Create or check the key"),
        Side::Customer,
        tr("Key Vault Crypto Officer or Key Vault Administrator (Azure RBAC vaults), or an access policy "
           "with "
           "key create (access-policy vaults)"),
        {QStringLiteral("key-vault")},
        {key::KeyUrl, key::KeyType, key::KeySize},
        tr("Creates an RSA or RSA-HSM key of %1 bits in the vault, or uses the existing key of that name. "
           "An existing key of another type or size is refused rather than replaced, because data may "
           "already be encrypted with it.")
            .arg(sizesText(m_sizes)),
        m_docsUrl};
}

QList<InputSpec> KeyStep::inputs() const
{
    return {
        input(key::KeyName, tr("Key name"),
              tr("An existing key to use as it is, or the name of a new one: letters, digits and hyphens."),
              true, named(&Names::validateKeyName)),
        input(key::KeyType, tr("Key type"),
              tr("RSA, or RSA-HSM (needs a Premium vault). Empty: RSA for a new key, any of the two for an "
                 "existing one."),
              false,
              [](const QString &value) -> std::optional<ParseError> {
                  if (value == QLatin1StringView("RSA") || value == QLatin1StringView("RSA-HSM"))
                      return std::nullopt;
                  return parseError(
                      ParseErrorCategory::UnknownValue,
                      tr("\"%1\" is not a key type for a customer-managed key; use RSA or RSA-HSM.")
                          .arg(value));
              }),
        input(key::KeySize, tr("Key size"), tr("%1 bits. Empty: 2048 for a new key.").arg(sizesText(m_sizes)),
              false,
              [sizes = m_sizes](const QString &value) -> std::optional<ParseError> {
                  bool ok = false;
                  const int bits = value.toInt(&ok);
                  if (!ok)
                      return parseError(
                          ParseErrorCategory::InvalidFormat,
                          tr("\"%1\" is not a number of bits; use %2.").arg(value, sizesText(sizes)));
                  if (bits < MinimumKeyBits)
                      return parseError(
                          ParseErrorCategory::UnknownValue,
                          tr("A customer-managed key needs at least %1 bits; %2 is too small. Use %3.")
                              .arg(MinimumKeyBits)
                              .arg(bits)
                              .arg(sizesText(sizes)));
                  if (!sizes.contains(bits))
                      return parseError(
                          ParseErrorCategory::UnknownValue,
                          tr("Use a key of %1 bits here, not %2.").arg(sizesText(sizes)).arg(bits));
                  return std::nullopt;
              }),
    };
}

void KeyStep::preflight(StepRun &run) const
{
    const auto id = vaultIdOf(run.values());
    const QString name = get(run.values(), key::KeyName);
    if (!id) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultName)); });
        return;
    }
    // An existing key that cannot be used is found now, before the vault or the grant changes.
    // Problems of the vault itself are step 3's to report.
    run.arm(Side::Customer).getVault(*id, &run, [this, &run, name](const Reply<services::KeyVault> &vault) {
        if (!vault.ok())
            return run.succeeded();
        const auto keyId = KeyIdentifier::make(vault.value->vaultUri, name);
        if (!keyId)
            return run.succeeded();
        run.keyVault(Side::Customer)
            .getKey(*keyId, &run, [this, &run](const Reply<services::KeyVaultKey> &found) {
                if (found.ok()) {
                    if (const auto problem = keyProblem(*found.value, run.values(), m_sizes))
                        return run.failed(*problem);
                    return run.succeeded();
                }
                if (found.error.code == QLatin1StringView("KeyNotFound"))
                    return run.succeeded();
                run.failed(found.error); // no data-plane access: better said now
            });
    });
}

void KeyStep::check(StepRun &run) const
{
    const auto keyId = keyIdOf(run.values());
    if (!keyId) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultUri)); });
        return;
    }
    run.keyVault(Side::Customer)
        .getKey(*keyId, &run, [this, &run](const Reply<services::KeyVaultKey> &found) {
            if (found.ok()) {
                if (const auto problem = keyProblem(*found.value, run.values(), m_sizes))
                    return run.failed(*problem);
                return run.checked(true, keyValues(*found.value));
            }
            if (found.error.code == QLatin1StringView("KeyNotFound"))
                return run.checked(false);
            run.failed(found.error);
        });
}

Plan KeyStep::plan(const Values &values, const CloudProfile &) const
{
    Plan plan;
    const auto keyId = keyIdOf(values);
    if (!keyId) {
        plan.notes << tr("The key is created in the vault's data plane once step 3 has the vault.");
        return plan;
    }
    const services::KeyCreateOptions options = keyOptions(values);
    const QString type
        = options.type == services::KeyType::RsaHsm ? QStringLiteral("RSA-HSM") : QStringLiteral("RSA");
    Json operations = Json::array();
    for (const QString &operation : options.operations)
        operations.push_back(utf8(operation));
    const Json body = {{"kty", utf8(type)},
                       {"key_size", options.size},
                       {"key_ops", operations},
                       {"attributes", {{"enabled", options.enabled}}}};
    QUrl url = keyId->vaultUri();
    url.setPath(QStringLiteral("/keys/%1/create").arg(keyId->name()));
    url.setQuery(QStringLiteral("api-version=") + KeyVaultApiVersion);
    plan.calls << call(
        http::ServiceKind::KeyVault, "POST", url, dump(body),
        tr("Create key %1 (%2, %3 bits), allowed only to wrap and unwrap. It is created once; a key "
           "that exists is used as it is.")
            .arg(keyId->name(), type)
            .arg(options.size));
    return plan;
}

void KeyStep::apply(StepRun &run) const
{
    const auto keyId = keyIdOf(run.values());
    if (!keyId) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::VaultUri)); });
        return;
    }
    run.progress(tr("Creating key %1").arg(keyId->name()));
    run.keyVault(Side::Customer)
        .ensureKey(keyId->vaultUri(), keyId->name(), keyOptions(run.values()), &run,
                   [this, &run](const Reply<services::KeyVaultKey> &key) {
                       if (!key.ok())
                           return run.failed(key.error);
                       if (const auto problem = keyProblem(*key.value, run.values(), m_sizes))
                           return run.failed(*problem);
                       run.succeeded(keyValues(*key.value));
                   });
}

// ---- 5. The grant ---------------------------------------------------------------------------------------

GrantKeyAccessStep::GrantKeyAccessStep(const CustomerGrantOptions &options)
    : m_options(options)
{
}

workflow::Step::Info GrantKeyAccessStep::info() const
{
    return {
        QStringLiteral("grant"),
        QStringLiteral("5"),
        tr("Grant the ISV's application access to the key"),
        Side::Customer,
        tr("Owner, User Access Administrator or Role Based Access Control Administrator (Azure RBAC vaults); "
           "Owner, Contributor or Key Vault Contributor (access-policy vaults)"),
        {QStringLiteral("service-principal"), QStringLiteral("key")},
        {key::GrantKind, key::ServicePrincipalId},
        tr("Gives the ISV's service principal get, wrapKey and unwrapKey on this key alone: the Key Vault "
           "Crypto Service Encryption User role on the key (Azure RBAC vaults) or an access policy entry "
           "(access-policy vaults). Without it the ISV's service cannot use your key; a principal Azure does "
           "not see yet is tried again with growing waits."),
        docs::managedDisks(u"the-customer-grants-the-service-provider-application-access-to-the-key-vault")};
}

void GrantKeyAccessStep::check(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    const auto principal = ObjectId::parse(get(run.values(), key::ServicePrincipalId));
    const QString keyName = get(run.values(), key::KeyName);
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::ServicePrincipalId)); });
        return;
    }
    if (get(run.values(), key::GrantKind) == AccessPolicies) {
        run.arm(Side::Customer)
            .getVault(*vault, &run, [&run, principal = *principal](const Reply<services::KeyVault> &read) {
                if (!read.ok())
                    return run.failed(read.error);
                const bool granted
                    = std::any_of(read.value->accessPolicies.cbegin(), read.value->accessPolicies.cend(),
                                  [&](const services::AccessPolicy &e) { return grantsCmk(e, principal); });
                run.checked(granted, granted ? Values {{key::GrantKind, AccessPolicies}} : Values {});
            });
        return;
    }
    const ResourceId scope = vault->child(u"keys", keyName);
    run.arm(Side::Customer)
        .listRoleAssignments(
            scope, *principal, &run, [&run, scope](const Reply<QList<services::RoleAssignment>> &list) {
                if (!list.ok())
                    return run.failed(list.error);
                const bool granted = std::any_of(
                    list.value->cbegin(), list.value->cend(), [&](const services::RoleAssignment &a) {
                        return a.scope == scope
                            && a.role == services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
                    });
                run.checked(granted, granted ? Values {{key::GrantKind, Rbac}} : Values {});
            });
}

Plan GrantKeyAccessStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto vault = vaultIdOf(values);
    const auto principal = ObjectId::parse(get(values, key::ServicePrincipalId));
    const QString app = get(values, key::AppDisplayName);
    if (!vault || !principal) {
        plan.notes << tr("The grant is planned once step 2 has found the application's service principal.");
        return plan;
    }
    const TenantId tenant = TenantId::parse(get(values, key::CustomerTenantId)).value_or(TenantId());
    if (get(values, key::GrantKind) == AccessPolicies) {
        services::AccessPolicy entry;
        entry.tenantId = tenant;
        entry.objectId = *principal;
        entry.keys = CmkKeyPermissions;
        plan.calls << call(
            http::ServiceKind::Arm, "PUT",
            ArmClient::url(profile, vault->toString() + QStringLiteral("/accessPolicies/add"),
                           u"Microsoft.KeyVault/vaults/accessPolicies"),
            dump(Json {{"properties", {{"accessPolicies", Json::array({accessPolicyJson(entry)})}}}}),
            tr("Add an access policy entry for %1's service principal with the key permissions get, "
               "wrapKey and unwrapKey.")
                .arg(app));
        plan.notes
            << tr("Access policies apply to every key in vault %1; a vault that uses Azure RBAC can grant "
                  "a single key.")
                   .arg(vault->name());
        return plan;
    }
    const RoleAssignmentRequest grant
        = keyGrant(vault->child(u"keys", get(values, key::KeyName)), *principal, values);
    const QString path = grant.scope.toString()
        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/")
        + ArmClient::roleAssignmentName(grant.scope, grant.role, grant.principal)
              .toString(QUuid::WithoutBraces);
    const Json body
        = {{"properties",
            {{"roleDefinitionId",
              utf8(QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                       .arg(grant.scope.subscriptionId().toString(),
                            grant.role.toString(QUuid::WithoutBraces)))},
             {"principalId", utf8(grant.principal.toString())},
             {"principalType", "ServicePrincipal"},
             {"description", utf8(grant.description)}}}};
    plan.calls << call(
        http::ServiceKind::Arm, "PUT", ArmClient::url(profile, path, RoleAssignmentType), dump(body),
        tr("Grant %1's service principal Key Vault Crypto Service Encryption User on key %2 only: get, "
           "wrapKey and unwrapKey, nothing else in the vault.")
            .arg(app, grant.scope.name()));
    plan.notes << tr("A service principal created a moment ago takes a few minutes to reach Azure role "
                     "assignments; CMK Wizard then tries again up to %n time(s).",
                     nullptr, m_options.principalAttempts - 1);
    return plan;
}

void GrantKeyAccessStep::apply(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    const auto principal = ObjectId::parse(get(run.values(), key::ServicePrincipalId));
    const auto tenant = TenantId::parse(get(run.values(), key::CustomerTenantId));
    if (!vault || !principal || !tenant) {
        QTimer::singleShot(0, &run, [&run] { run.failed(missing(key::ServicePrincipalId)); });
        return;
    }
    if (get(run.values(), key::GrantKind) != AccessPolicies) {
        assignRole(run, principal->toString(), 1);
        return;
    }
    services::AccessPolicy entry;
    entry.tenantId = *tenant;
    entry.objectId = *principal;
    entry.keys = CmkKeyPermissions;
    run.progress(tr("Adding the access policy entry for %1").arg(get(run.values(), key::AppDisplayName)));
    run.arm(Side::Customer)
        .updateAccessPolicies(*vault, services::AccessPolicyUpdate::Add, {entry}, &run,
                              [&run](const Reply<QList<services::AccessPolicy>> &added) {
                                  if (!added.ok())
                                      return run.failed(added.error);
                                  run.succeeded({{key::GrantKind, AccessPolicies}});
                              });
}

void GrantKeyAccessStep::assignRole(StepRun &run, const QString &principal, int attempt) const
{
    const ResourceId scope = vaultIdOf(run.values())->child(u"keys", get(run.values(), key::KeyName));
    const RoleAssignmentRequest grant
        = keyGrant(scope, ObjectId::parse(principal).value_or(ObjectId()), run.values());
    run.progress(tr("Granting Key Vault Crypto Service Encryption User on key %1").arg(scope.name()));
    run.arm(Side::Customer)
        .createRoleAssignment(
            grant, &run, [this, &run, principal, attempt](const Reply<services::RoleAssignment> &made) {
                if (made.ok())
                    return run.succeeded({{key::GrantKind, Rbac}, {key::ServicePrincipalId, principal}});
                if (made.error.code != QLatin1StringView("PrincipalNotFound")
                    || attempt >= m_options.principalAttempts)
                    return run.failed(made.error);
                // Directory replication: Graph knows the service principal, Azure role assignments do
                // not yet. Wait, then look it up again by its application ID (stable, unlike a
                // principal that was deleted and installed again) and retry.
                std::chrono::milliseconds delay = m_options.principalFirstDelay;
                for (int i = 1; i < attempt; ++i)
                    delay = doubled(delay, m_options.principalMaxDelay);
                run.progress(
                    tr("Azure does not see %1's service principal %2 yet (PrincipalNotFound): a new service "
                       "principal takes a few minutes to reach Azure role assignments. Trying again in %n "
                       "second(s), attempt %3 of %4.",
                       nullptr, seconds(delay))
                        .arg(get(run.values(), key::AppDisplayName), principal)
                        .arg(attempt + 1)
                        .arg(m_options.principalAttempts));
                QTimer::singleShot(delay, &run, [this, &run, attempt] {
                    const auto appId = AppId::parse(get(run.values(), key::AppId));
                    if (!appId)
                        return run.failed(missing(key::AppId));
                    run.graph(Side::Customer)
                        .findServicePrincipal(
                            *appId, &run,
                            [this, &run,
                             attempt](const Reply<std::optional<services::GraphServicePrincipal>> &found) {
                                if (!found.ok())
                                    return run.failed(found.error);
                                if (!found.value->has_value())
                                    return run.failed(
                                        refusal(QLatin1StringView("ServicePrincipalNotFound"),
                                                tr("%1 is no longer installed in your tenant (its service "
                                                   "principal was deleted, or consent was revoked). Run the "
                                                   "track again from step 2.")
                                                    .arg(get(run.values(), key::AppDisplayName)),
                                                http::ServiceKind::Graph));
                                assignRole(run, (*found.value)->id.toString(), attempt + 1);
                            });
                });
            });
}

// ---- 6. The hand-off back -------------------------------------------------------------------------------

workflow::Step::Info HandoffBackStep::info() const
{
    return {
        QStringLiteral("handoff-back"),
        QStringLiteral("6"),
        tr("Hand the key back to the ISV"),
        Side::Customer,
        tr("Customer key vault administrator"),
        {QStringLiteral("grant")},
        {},
        tr("Writes the hand-off file back to the ISV: the key URL with its version, the key vault's "
           "resource ID, your tenant, the region and how access was granted. The ISV needs these to "
           "encrypt its resource with your key; the file holds no secrets."),
        docs::managedDisks(u"the-customer-grants-the-service-provider-application-access-to-the-key-vault")};
}

QList<InputSpec> HandoffBackStep::inputs() const
{
    return {
        input(key::HandoffOut, tr("Hand-off file for the ISV"),
              tr("Where to save the file you send the ISV (customer-to-isv), such as contoso-handoff.json."),
              true, &Handoff::outputPathProblem)};
}

void HandoffBackStep::check(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] {
        const QString path = get(run.values(), key::HandoffOut);
        if (QFileInfo(path).absoluteFilePath()
            == QFileInfo(get(run.values(), key::HandoffIn)).absoluteFilePath())
            return run.failed(
                refusal(QLatin1StringView("HandoffWouldOverwriteInput"),
                        tr("The hand-off for the ISV would overwrite the ISV's own hand-off %1; "
                           "choose another file name.")
                            .arg(nativePath(path))));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return run.checked(false);
        const auto written
            = Handoff::fromJson(file.read(64 * 1024 + 1), Handoff::Direction::CustomerToIsv, nullptr);
        run.checked(written && written->values == handoffBackValues(run.values()));
    });
}

Plan HandoffBackStep::plan(const Values &values, const CloudProfile &) const
{
    return Plan {
        {},
        {tr("Saves the hand-off for the ISV as %1: key %2, vault %3, your tenant %4, region %5, granted with "
            "%6. It carries no secret; send it to the ISV.")
             .arg(nativePath(get(values, key::HandoffOut)), get(values, key::KeyUrl),
                  get(values, key::VaultId), get(values, key::CustomerTenantId), get(values, key::Region),
                  grantKindTitle(get(values, key::GrantKind)))},
        std::nullopt};
}

void HandoffBackStep::apply(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] {
        const Values &values = run.values();
        Handoff handoff;
        handoff.direction = Handoff::Direction::CustomerToIsv;
        handoff.createdAt = QDateTime::currentDateTimeUtc();
        handoff.createdBy = run.identity(Side::Customer).userPrincipalName;
        handoff.values = handoffBackValues(values);
        handoff.message = tr("Key %1 is ready, and %2 may use it (%3).")
                              .arg(get(values, key::KeyUrl), get(values, key::AppDisplayName),
                                   grantKindTitle(get(values, key::GrantKind)));
        if (const auto endpoint = ResourceId::parse(get(values, key::PrivateEndpointId)))
            handoff.message += u' '
                + tr("Create private endpoint %1 to vault %2 now; it is approved as soon as it arrives.")
                      .arg(endpoint->name(), get(values, key::VaultName));
        if (const QStringList problems = handoff.problems(); !problems.isEmpty())
            return run.failed(
                refusal(QLatin1StringView("InvalidHandoff"),
                        tr("The hand-off for the ISV cannot be made: %1").arg(problems.join(u'\n'))));
        const QString path = get(values, key::HandoffOut);
        QString why;
        if (!handoff.save(path, &why))
            return run.failed(
                refusal(QLatin1StringView("HandoffNotWritten"),
                        tr("The hand-off for the ISV could not be saved as %1 (%2); choose another "
                           "file.")
                            .arg(nativePath(path), why)));
        run.progress(tr("Saved the hand-off for the ISV as %1").arg(nativePath(path)));
        run.succeeded();
    });
}

// ---- 7. The private endpoint ----------------------------------------------------------------------------

ApprovePrivateEndpointStep::ApprovePrivateEndpointStep(const CustomerGrantOptions &options)
    : m_options(options)
{
}

workflow::Step::Info ApprovePrivateEndpointStep::info() const
{
    return {QStringLiteral("private-endpoint"),
            QStringLiteral("7"),
            tr("Approve the ISV's private endpoint"),
            Side::Customer,
            tr("Owner or Contributor on the key vault"),
            {QStringLiteral("key-vault"), QStringLiteral("handoff-back")},
            {key::PrivateEndpointConnectionId},
            tr("Waits for the ISV's private endpoint to reach your key vault and approves that connection, "
               "and no other. Azure NetApp Files reaches your key only through this endpoint; for managed "
               "disks the hand-off names none and the step is done at once."),
            docs::netApp(u"authorize-access-to-the-key-vault")};
}

void ApprovePrivateEndpointStep::check(StepRun &run) const
{
    const auto endpoint = ResourceId::parse(get(run.values(), key::PrivateEndpointId));
    const auto vault = vaultIdOf(run.values());
    if (!endpoint || !vault) {
        QTimer::singleShot(0, &run, [&run] {
            run.progress(
                tr("The hand-off names no private endpoint (managed disks need none); nothing to approve."));
            run.checked(true);
        });
        return;
    }
    run.arm(Side::Customer)
        .listPrivateEndpointConnections(
            *vault, &run,
            [&run, endpoint = *endpoint](const Reply<QList<services::PrivateEndpointConnection>> &list) {
                if (!list.ok())
                    return run.failed(list.error);
                const auto connection = connectionOf(*list.value, endpoint);
                if (!connection)
                    return run.checked(false, {{key::PrivateEndpointConnectionId, QString()}});
                const Values found {{key::PrivateEndpointConnectionId, connection->id.toString()}};
                switch (connection->status) {
                case services::PrivateLinkStatus::Approved:
                    return run.checked(true, found);
                case services::PrivateLinkStatus::Pending:
                    return run.checked(false, found);
                default:
                    return run.failed(connectionClosed(*connection, run.values()));
                }
            });
}

Plan ApprovePrivateEndpointStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto endpoint = ResourceId::parse(get(values, key::PrivateEndpointId));
    const auto vault = vaultIdOf(values);
    if (!endpoint || !vault)
        return plan;
    const QString connection = get(values, key::PrivateEndpointConnectionId);
    if (connection.isEmpty()) {
        plan.calls << call(
            http::ServiceKind::Arm, "GET",
            ArmClient::url(profile, vault->toString() + QStringLiteral("/privateEndpointConnections"),
                           u"Microsoft.KeyVault/vaults/privateEndpointConnections"),
            {},
            tr("Look for the ISV's private endpoint %1 until it reaches vault %2 (for up to %n "
               "minute(s)).",
               nullptr, int(std::chrono::duration_cast<std::chrono::minutes>(m_options.endpointWait).count()))
                .arg(endpoint->name(), vault->name()));
        plan.notes << tr(
            "Azure names the connection when the ISV creates the endpoint; CMK Wizard then approves "
            "that connection, and no other. The ISV needs the hand-off file from step 6 first.");
        return plan;
    }
    const Json body = {{"properties",
                        {{"privateLinkServiceConnectionState",
                          {{"status", "Approved"}, {"description", utf8(approvalDescription(values))}}}}}};
    plan.calls << call(
        http::ServiceKind::Arm, "PUT",
        ArmClient::url(profile, connection, u"Microsoft.KeyVault/vaults/privateEndpointConnections"),
        dump(body),
        tr("Approve the connection from the ISV's private endpoint %1 to vault %2, and no other.")
            .arg(endpoint->name(), vault->name()));
    return plan;
}

void ApprovePrivateEndpointStep::apply(StepRun &run) const
{
    poll(run, std::chrono::milliseconds::zero(), m_options.endpointFirstPoll);
}

void ApprovePrivateEndpointStep::poll(StepRun &run, std::chrono::milliseconds waited,
                                      std::chrono::milliseconds next) const
{
    const auto endpoint = ResourceId::parse(get(run.values(), key::PrivateEndpointId));
    const auto vault = vaultIdOf(run.values());
    if (!endpoint || !vault) {
        QTimer::singleShot(0, &run, [&run] { run.succeeded(); });
        return;
    }
    run.arm(Side::Customer)
        .listPrivateEndpointConnections(
            *vault, &run,
            [this, &run, endpoint = *endpoint, waited,
             next](const Reply<QList<services::PrivateEndpointConnection>> &list) {
                if (!list.ok())
                    return run.failed(list.error);
                const auto connection = connectionOf(*list.value, endpoint);
                if (connection && connection->status == services::PrivateLinkStatus::Approved)
                    return run.succeeded({{key::PrivateEndpointConnectionId, connection->id.toString()}});
                if (connection && connection->status == services::PrivateLinkStatus::Pending) {
                    run.progress(tr("Approving private endpoint %1").arg(endpoint.name()));
                    run.arm(Side::Customer)
                        .approvePrivateEndpointConnection(
                            *connection, approvalDescription(run.values()), &run, saveOperation(run),
                            [&run](const Reply<services::PrivateEndpointConnection> &approved) {
                                if (!approved.ok())
                                    return run.failed(approved.error);
                                run.succeeded(
                                    {{key::PrivateEndpointConnectionId, approved.value->id.toString()}});
                            });
                    return;
                }
                if (connection)
                    return run.failed(connectionClosed(*connection, run.values()));
                if (waited >= m_options.endpointWait)
                    return run.failed(refusal(
                        QLatin1StringView("PrivateEndpointNotFound"),
                        tr("The ISV's private endpoint %1 has not reached vault %2 after %n minute(s); "
                           "nothing was "
                           "changed. Send the ISV the hand-off file %3, and run this step again once they "
                           "have "
                           "created the endpoint.",
                           nullptr, int(std::chrono::duration_cast<std::chrono::minutes>(waited).count()))
                            .arg(endpoint.name(), get(run.values(), key::VaultName),
                                 nativePath(get(run.values(), key::HandoffOut)))));
                run.progress(
                    tr("Waiting for the ISV to create private endpoint %1 to vault %2; they need the "
                       "hand-off file from step 6. Looking again in %n second(s).",
                       nullptr, seconds(next))
                        .arg(endpoint.name(), get(run.values(), key::VaultName)));
                QTimer::singleShot(next, &run, [this, &run, waited, next] {
                    poll(run, waited + next, doubled(next, m_options.endpointMaxPoll));
                });
            });
}

void ApprovePrivateEndpointStep::resume(StepRun &run, const http::OperationState &operation) const
{
    run.progress(tr("Following the approval that was running when CMK Wizard stopped"));
    run.arm(Side::Customer)
        .resume<services::PrivateEndpointConnection>(
            operation, &run, saveOperation(run),
            [&run](const Reply<services::PrivateEndpointConnection> &approved) {
                if (!approved.ok())
                    return run.failed(approved.error);
                run.succeeded({{key::PrivateEndpointConnectionId, approved.value->id.toString()}});
            });
}

// ---- The track ------------------------------------------------------------------------------------------

Track customerGrantTrack(const CustomerGrantOptions &options)
{
    Track track;
    track.info.id = QStringLiteral("customer-grant");
    track.info.title = CustomerGrant::tr("Customer · Grant an ISV Access to My Key");
    track.info.summary = CustomerGrant::tr(
        "Install the ISV's application in your tenant, prepare a key vault and an RSA key for a "
        "customer-managed "
        "key, grant the application that key alone, hand the key back to the ISV and approve its private "
        "endpoint.");
    track.info.persona = Persona::CustomerKeyVaultAdmin;
    track.info.source = QStringLiteral("seeds 000, 001");
    track.info.documentation = QUrl(QStringLiteral(
        "https://learn.microsoft.com/azure/virtual-machines/disks-cross-tenant-customer-managed-keys"));
    track.steps = {std::make_shared<ImportHandoffStep>(),
                   std::make_shared<ServicePrincipalStep>(),
                   std::make_shared<KeyVaultStep>(),
                   std::make_shared<KeyStep>(),
                   std::make_shared<GrantKeyAccessStep>(options),
                   std::make_shared<HandoffBackStep>(),
                   std::make_shared<ApprovePrivateEndpointStep>(options)};
    return track;
}

} // namespace cmk::tracks
