#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk::status {

/// What an environment's customer-managed key situation is, as one stable machine code. The codes
/// (stateCode()) are part of the status JSON schema (docs/status.md) and never change meaning.
enum class State {
    Encrypted, ///< linked to a customer-managed key policy, unlocked, the key healthy
    Encrypting, ///< linking: the data is being encrypted with the customer's key
    Unlinking, ///< going back to a Microsoft-managed key
    MicrosoftManaged, ///< eligible, but protected by a Microsoft-managed key
    Byok, ///< protected by the older bring-your-own-key feature: migrate
    Locked, ///< disabled because the service lost access to the key (seed 003)
    AtRisk, ///< linked and unlocked, but the key expires soon or its access is already broken
    Unverified, ///< linked per Power Platform, but the key's health could not be read
    NotEligible, ///< cannot use a customer-managed key (see EnvironmentStatus::eligibility)
};

/// Who protects the environment's data.
enum class Protection { MicrosoftManaged, CustomerManaged, Byok };

/// The health of the key an environment's enterprise policy names, as far as the signed-in person
/// may read it. An unset optional means "unknown"; `unknown` says why, with the service's words.
struct KeyHealth
{
    QString keyUrl; ///< the key's data-plane URL with the policy's version; never key material
    QString vaultId; ///< the vault's Azure resource ID
    QString keyName;
    QString keyVersion; ///< the version the policy names (empty: the current one)
    std::optional<bool> vaultExists;
    std::optional<bool> keyExists; ///< the key (and the policy's version of it) exists and is not deleted
    std::optional<bool> enabled; ///< the version the policy uses is enabled
    QDateTime notBefore; ///< invalid when none or unknown
    QDateTime expires; ///< invalid when none or unknown
    std::optional<bool> expiresWithin30Days; ///< expired already counts
    QString accessModel; ///< "rbac", "access-policy", or empty when unknown
    QString identityPrincipalId; ///< the enterprise policy's system-assigned identity
    std::optional<bool> identityCanGet;
    std::optional<bool> identityCanWrapKey;
    std::optional<bool> identityCanUnwrapKey;
    std::optional<bool> trustedServicesAllowed; ///< the vault's network lets trusted Azure services in
    std::optional<bool> softDelete;
    std::optional<bool> purgeProtection;
    QStringList unknown; ///< why values above are unknown, translated, with the service's code

    /// Everything the key needs is known and fine.
    bool isHealthy() const;
    /// The identity may get, wrap and unwrap (false when any is known to be missing).
    std::optional<bool> identityHasAccess() const;
};

/// One environment's status row: what Power Platform says about it, the health of its policy's
/// key, its lock with the deletion countdown, and what it means: a stable `state`, a translated
/// diagnosis and the next action. No secrets: IDs, names, states and the services' messages only.
struct EnvironmentStatus
{
    Q_DECLARE_TR_FUNCTIONS(cmk::status::EnvironmentStatus)

public:
    // What the environment is.
    QString id;
    QString displayName;
    QString sku; ///< Production, Sandbox, Trial, Developer, Default, Teams
    QString location; ///< Power Platform location, e.g. europe
    QString azureRegion;
    bool isDefault = false;
    bool hasDataverse = false;
    bool isManaged = false;
    bool financeAndOperations = false;
    bool powerPlatformIntegration = false;

    // Its customer-managed key policy.
    QString policyId; ///< the enterprise policy's Azure resource ID; empty when none is linked
    QString policyName;
    QString policySystemId;
    QString policyLocation;
    std::optional<bool> policyExists; ///< unknown until read (or when the read failed)
    QString linkStatus; ///< Linking, Linked, Unlinking, or empty
    int encryptionPercent = -1; ///< while linking, when the service says
    Protection protection = Protection::MicrosoftManaged;
    KeyHealth key; ///< meaningful only when a policy is linked

    // Its lock (seed 003).
    bool locked = false;
    QString lockReason; ///< PolicyDeleted, VaultDeleted, KeyDeleted, KeyDisabled, KeyVersionDisabled,
                        ///< KeyExpired, KeyNotYetValid, PermissionRevoked, VaultNetworkBlocked, Unknown
    bool lockReasonFromService = false; ///< false: derived from the key's health
    QDateTime lockedSince; ///< invalid when the service does not say
    QDateTime deletionTime; ///< production only: when a still-locked environment is deleted
    bool deletionTimeFromService = false; ///< false: lockedSince + 28 days
    std::optional<int> daysLeft; ///< production only: whole days (rounded up) until deletionTime
    bool accessRestored = false; ///< the key works again; Microsoft support must still unlock

    QString lastOperation;

    // What it means.
    QString eligibility; ///< empty when eligible; else Trial, Teams, NoDataverse, NotManaged,
                         ///< FinanceAndOperationsWithoutIntegration, NoPolicyInLocation
    State state = State::MicrosoftManaged;
    QString diagnosis; ///< translated
    QString nextAction; ///< translated

    bool isProduction() const
    {
        return sku.compare(QLatin1StringView("Production"), Qt::CaseInsensitive) == 0;
    }
};

/// The stable codes of the JSON schema.
QString stateCode(State state);
std::optional<State> stateFromCode(QStringView code);
QString protectionCode(Protection protection);
std::optional<Protection> protectionFromCode(QStringView code);
/// Every state, in the order the summary lists them.
QList<State> allStates();

} // namespace cmk::status
