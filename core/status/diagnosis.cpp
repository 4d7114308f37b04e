#include "status/diagnosis.h"

#include <cmath>

namespace cmk::status {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

bool is(const QString &value, QLatin1StringView expected)
{
    return value.compare(expected, Qt::CaseInsensitive) == 0;
}

QString lastSegment(const QString &id)
{
    return id.section(u'/', -1);
}

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

} // namespace

QString Diagnosis::keyProblem(const EnvironmentStatus &row, const QDateTime &now)
{
    const KeyHealth &k = row.key;
    if (row.policyExists == false)
        return QStringLiteral("PolicyDeleted");
    if (k.vaultExists == false)
        return QStringLiteral("VaultDeleted");
    if (k.keyExists == false)
        return QStringLiteral("KeyDeleted");
    if (k.enabled == false)
        return QStringLiteral("KeyDisabled");
    if (k.expires.isValid() && k.expires <= now)
        return QStringLiteral("KeyExpired");
    if (k.notBefore.isValid() && k.notBefore > now)
        return QStringLiteral("KeyNotYetValid");
    if (k.trustedServicesAllowed == false)
        return QStringLiteral("VaultNetworkBlocked");
    if (k.identityHasAccess() == false)
        return QStringLiteral("PermissionRevoked");
    return {};
}

QString Diagnosis::eligibility(const EnvironmentStatus &row, const Context &context)
{
    if (is(row.sku, QLatin1StringView("Trial")))
        return QStringLiteral("Trial");
    if (is(row.sku, QLatin1StringView("Teams")))
        return QStringLiteral("Teams");
    if (!row.hasDataverse)
        return QStringLiteral("NoDataverse");
    if (!row.isManaged)
        return QStringLiteral("NotManaged");
    if (row.financeAndOperations && !row.powerPlatformIntegration)
        return QStringLiteral("FinanceAndOperationsWithoutIntegration");
    if (context.policyLocationsKnown && !context.policyLocations.contains(row.location.toLower()))
        return QStringLiteral("NoPolicyInLocation");
    return {};
}

QString Diagnosis::reasonText(const EnvironmentStatus &row, const QString &reason)
{
    const KeyHealth &k = row.key;
    const QString vault = lastSegment(k.vaultId);
    const QString version = k.keyVersion.isEmpty() ? tr("current") : k.keyVersion;
    if (reason == QLatin1StringView("PolicyDeleted"))
        //: %1 is the enterprise policy's name
        return tr("its enterprise policy %1 was deleted").arg(row.policyName);
    if (reason == QLatin1StringView("VaultDeleted"))
        return tr("the key vault %1 was deleted").arg(vault);
    if (reason == QLatin1StringView("KeyDeleted"))
        return tr("the key %1 in the vault %2 was deleted").arg(k.keyName, vault);
    if (reason == QLatin1StringView("KeyDisabled"))
        //: %1 is the key's name, %2 its version, %3 the vault
        return tr("the key %1 (version %2) in the vault %3 is disabled").arg(k.keyName, version, vault);
    if (reason == QLatin1StringView("KeyVersionDisabled"))
        return tr("version %2 of the key %1, which the policy uses, is disabled").arg(k.keyName, version);
    if (reason == QLatin1StringView("KeyExpired"))
        return k.expires.isValid() ? tr("the key %1 expired on %2").arg(k.keyName, day(k.expires))
                                   : tr("the key %1 expired").arg(k.keyName);
    if (reason == QLatin1StringView("KeyNotYetValid"))
        return tr("the key %1 is not valid before %2").arg(k.keyName, day(k.notBefore));
    if (reason == QLatin1StringView("PermissionRevoked"))
        return tr("the enterprise policy's identity lost the get, wrapKey or unwrapKey permission on the key "
                  "%1")
            .arg(k.keyName);
    if (reason == QLatin1StringView("VaultNetworkBlocked"))
        return tr("the network rules of the key vault %1 keep trusted Azure services out").arg(vault);
    //: %1 is the service's reason code
    return tr("the service reports that the key cannot be used (reason %1)").arg(reason);
}

namespace {

QString restoreText(const EnvironmentStatus &row, const QString &reason)
{
    const KeyHealth &k = row.key;
    const QString vault = lastSegment(k.vaultId);
    const QString version = k.keyVersion.isEmpty() ? Diagnosis::tr("current") : k.keyVersion;
    if (reason == QLatin1StringView("PolicyDeleted"))
        return Diagnosis::tr("Ask the key vault administrator to recreate the enterprise policy %1 with the "
                             "original key and to grant its identity get, wrapKey and unwrapKey on that key; "
                             "only the original key can unlock the data.")
            .arg(row.policyName);
    if (reason == QLatin1StringView("VaultDeleted"))
        return Diagnosis::tr(
                   "Ask the key vault administrator to recover the deleted key vault %1 (soft delete "
                   "keeps it for its retention period).")
            .arg(vault);
    if (reason == QLatin1StringView("KeyDeleted"))
        return Diagnosis::tr("Ask the key vault administrator to recover the deleted key %1 in the vault %2 "
                             "(soft delete keeps it recoverable).")
            .arg(k.keyName, vault);
    if (reason == QLatin1StringView("KeyDisabled") || reason == QLatin1StringView("KeyVersionDisabled"))
        return Diagnosis::tr(
                   "Ask the key vault administrator to enable version %2 of the key %1 in the vault "
                   "%3 again.")
            .arg(k.keyName, version, vault);
    if (reason == QLatin1StringView("KeyExpired"))
        return Diagnosis::tr(
                   "Ask the key vault administrator to set a later expiry date on version %2 of the "
                   "key %1.")
            .arg(k.keyName, version);
    if (reason == QLatin1StringView("KeyNotYetValid"))
        return Diagnosis::tr("Ask the key vault administrator to move the activation date of version %2 of "
                             "the key %1 to the past.")
            .arg(k.keyName, version);
    if (reason == QLatin1StringView("PermissionRevoked"))
        return k.accessModel == QLatin1StringView("access-policy")
            ? Diagnosis::tr(
                  "Ask the key vault administrator to give the enterprise policy's identity (%1) an "
                  "access policy with the key permissions get, wrapKey and unwrapKey on the vault "
                  "%2 again.")
                  .arg(k.identityPrincipalId, vault)
            : Diagnosis::tr("Ask the key vault administrator to grant the enterprise policy's identity (%1) "
                            "the Key Vault Crypto Service Encryption User role on the vault %2 again.")
                  .arg(k.identityPrincipalId, vault);
    if (reason == QLatin1StringView("VaultNetworkBlocked"))
        return Diagnosis::tr("Ask the key vault administrator to let trusted Microsoft services through the "
                             "firewall of the vault %1 (exception \"Allow trusted Microsoft services\").")
            .arg(vault);
    return Diagnosis::tr("Find out with the key vault administrator which of the key, its vault, the "
                         "enterprise policy or the identity's access changed, and restore it.");
}

void applyLock(EnvironmentStatus &row, const Diagnosis::Context &context)
{
    if (row.lockReason.isEmpty()) {
        const QString derived = Diagnosis::keyProblem(row, context.now);
        row.lockReason = derived.isEmpty() ? QStringLiteral("Unknown") : derived;
        row.lockReasonFromService = false;
    }
    row.daysLeft.reset();
    if (row.isProduction()) {
        if (!row.deletionTime.isValid() && row.lockedSince.isValid()) {
            row.deletionTime = row.lockedSince.addDays(Diagnosis::LockedProductionLifetimeDays);
            row.deletionTimeFromService = false;
        }
        if (row.deletionTime.isValid() && context.now.isValid()) {
            const qint64 ms = context.now.msecsTo(row.deletionTime);
            row.daysLeft = ms <= 0 ? 0 : int((ms + DayMs - 1) / DayMs);
        }
    } else {
        row.deletionTime = QDateTime();
    }
    row.state = State::Locked;
    const QString reason = row.lockReason == QLatin1StringView("Unknown")
        ? Diagnosis::tr("the service lost access to its customer-managed key; which part changed could not "
                        "be read")
        : Diagnosis::reasonText(row, row.lockReason);
    //: %1 says what happened to the key, e.g. "the key cmk (version 1a2b) in the vault kv is disabled"
    row.diagnosis = Diagnosis::tr("Locked because %1. The environment is disabled: nobody can use it, "
                                  "Microsoft support included.")
                        .arg(reason);
    QString next;
    if (row.accessRestored) {
        row.diagnosis += u' '
            + Diagnosis::tr("Access to the key is restored, but the environment stays locked until Microsoft "
                            "support unlocks it.");
        next = Diagnosis::tr("Open a Microsoft support request to unlock the environment.");
    } else {
        next = restoreText(row, row.lockReason) + u' '
            + Diagnosis::tr(
                   "Then open a Microsoft support request to unlock the environment; restoring access "
                   "alone does not unlock it.");
    }
    if (row.isProduction() && row.daysLeft) {
        //: %1 is the deletion date
        next += u' '
            + Diagnosis::tr("%n day(s) left before this production environment and its data are deleted "
                            "(%1).",
                            nullptr, *row.daysLeft)
                  .arg(day(row.deletionTime));
    } else if (row.isProduction()) {
        next += u' '
            + Diagnosis::tr("A locked production environment is deleted %n day(s) after it locked.", nullptr,
                            Diagnosis::LockedProductionLifetimeDays);
    }
    row.nextAction = next;
}

void applyEligibility(EnvironmentStatus &row)
{
    const QString &e = row.eligibility;
    row.state = State::NotEligible;
    if (e == QLatin1StringView("Trial")) {
        row.diagnosis = Diagnosis::tr("Trial environments cannot use a customer-managed key.");
        row.nextAction = Diagnosis::tr("Convert it to a production or sandbox environment first if it needs "
                                       "your own key.");
    } else if (e == QLatin1StringView("Teams")) {
        row.diagnosis = Diagnosis::tr("Microsoft Teams environments cannot use a customer-managed key.");
        row.nextAction = Diagnosis::tr("Nothing to do: Teams environments keep a Microsoft-managed key.");
    } else if (e == QLatin1StringView("NoDataverse")) {
        row.diagnosis = Diagnosis::tr("The environment has no Dataverse database, which is what a "
                                      "customer-managed key protects.");
        row.nextAction
            = Diagnosis::tr("Add a Dataverse database first if the environment needs your own key.");
    } else if (e == QLatin1StringView("NotManaged")) {
        row.diagnosis = Diagnosis::tr("The environment is not a Managed Environment; customer-managed keys "
                                      "need one.");
        row.nextAction
            = Diagnosis::tr("Turn on Managed Environments for it in the Power Platform admin center, "
                            "then add it to an enterprise policy.");
    } else if (e == QLatin1StringView("FinanceAndOperationsWithoutIntegration")) {
        row.diagnosis = Diagnosis::tr("A finance and operations environment without Power Platform "
                                      "integration cannot use a customer-managed key.");
        row.nextAction
            = Diagnosis::tr("Set up Power Platform integration first, then add it to an enterprise "
                            "policy.");
    } else {
        //: %1 is a Power Platform location such as europe
        row.diagnosis
            = Diagnosis::tr("No enterprise policy of this tenant is in the environment's location %1.")
                  .arg(row.location);
        row.nextAction
            = Diagnosis::tr("Ask the key vault administrator to create an enterprise policy in %1, "
                            "then add the environment to it.")
                  .arg(row.location);
    }
}

} // namespace

void Diagnosis::apply(EnvironmentStatus &row, const Context &context)
{
    const KeyHealth &k = row.key;
    row.eligibility = eligibility(row, context);
    if (row.locked) {
        applyLock(row, context);
        return;
    }
    row.lockReason.clear();
    row.deletionTime = QDateTime();
    row.daysLeft.reset();
    const bool linked = !row.policyId.isEmpty();
    if (linked && is(row.linkStatus, QLatin1StringView("Linking"))) {
        row.state = State::Encrypting;
        row.diagnosis = row.encryptionPercent >= 0
            //: %1 is the policy's name, %2 how much is done
            ? tr("Being encrypted with the customer-managed key of the enterprise policy %1: %2 % done. "
                 "Encrypting a large database may take hours.")
                  .arg(row.policyName)
                  .arg(row.encryptionPercent)
            : tr("Being encrypted with the customer-managed key of the enterprise policy %1. Encrypting a "
                 "large database may take hours.")
                  .arg(row.policyName);
        row.nextAction = tr("Wait until encryption ends; keep the key, its vault and the identity's access "
                            "unchanged meanwhile.");
        return;
    }
    if (linked && is(row.linkStatus, QLatin1StringView("Unlinking"))) {
        row.state = State::Unlinking;
        row.diagnosis = tr("Going back to a Microsoft-managed key; this may take hours.");
        row.nextAction = tr("Wait until it ends; keep the customer-managed key available meanwhile.");
        return;
    }
    if (linked) {
        const QString problem = keyProblem(row, context.now);
        if (!problem.isEmpty()) {
            row.state = State::AtRisk;
            row.diagnosis
                = tr("Linked to the enterprise policy %1 and not locked yet, but %2. Power Platform "
                     "locks the environment when it notices.")
                      .arg(row.policyName, reasonText(row, problem));
            row.nextAction = restoreText(row, problem) + u' '
                + tr("Do it now: once locked, only a Microsoft support request unlocks it.");
            return;
        }
        if (k.expiresWithin30Days == true) {
            const int days = int(qMax<qint64>(0, context.now.msecsTo(k.expires) / DayMs));
            row.state = State::AtRisk;
            row.diagnosis
                = tr("The key %1 expires on %2, in %n day(s); an expired key locks every environment "
                     "of the enterprise policy.",
                     nullptr, days)
                      .arg(k.keyName, day(k.expires));
            row.nextAction = tr("Ask the key vault administrator to set a later expiry date on the key's "
                                "version %1 before %2.")
                                 .arg(k.keyVersion, day(k.expires));
            return;
        }
        if (k.softDelete == false || k.purgeProtection == false) {
            row.state = State::AtRisk;
            row.diagnosis
                = tr("The key vault %1 does not have both soft delete and purge protection on, so a "
                     "deleted key could be lost for good.")
                      .arg(lastSegment(k.vaultId));
            row.nextAction
                = tr("Ask the key vault administrator to turn on purge protection on the vault %1.")
                      .arg(lastSegment(k.vaultId));
            return;
        }
        if (!k.isHealthy()) {
            row.state = State::Unverified;
            const QString why
                = k.unknown.isEmpty() ? tr("some of it could not be read") : k.unknown.join(u' ');
            row.diagnosis
                = tr("Encrypted with the customer-managed key of the enterprise policy %1 according to "
                     "Power Platform, but the key's health could not be checked: %2")
                      .arg(row.policyName, why);
            row.nextAction
                = tr("Ask for Reader on the enterprise policy and its key vault (or a person who has "
                     "it to check), then refresh.");
            return;
        }
        row.state = State::Encrypted;
        row.diagnosis
            = tr("Encrypted with the customer-managed key %1 of the enterprise policy %2; the key is "
                 "enabled and the policy's identity can use it.")
                  .arg(k.keyName, row.policyName);
        row.nextAction = tr("Nothing to do. Keep the key, its vault and the identity's access as they are.");
        return;
    }
    if (row.protection == Protection::Byok) {
        row.state = State::Byok;
        row.diagnosis = tr("Protected by the older bring-your-own-key (BYOK) feature.");
        row.nextAction
            = tr("Migrate it to the customer-managed key feature: add it to an enterprise policy in "
                 "%1. Microsoft keeps the BYOK key for at least 28 days after the move.")
                  .arg(row.location);
        return;
    }
    if (!row.eligibility.isEmpty()) {
        applyEligibility(row);
        return;
    }
    row.state = State::MicrosoftManaged;
    row.diagnosis = tr("Protected by a Microsoft-managed key.");
    row.nextAction
        = tr("To use your own key, the Power Platform administrator adds it to an enterprise policy "
             "in %1.")
              .arg(row.location);
}

} // namespace cmk::status
