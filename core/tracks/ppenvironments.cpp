#include "tracks/ppenvironments.h"

#include "services/armclient.h"
#include "services/graphclient.h"
#include "tracks/docs.h"
#include "tracks/keys.h"
#include "tracks/stepkit.h"
#include "types/region.h"
#include "util/json.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace cmk::tracks {

namespace {

using cmk::json::Json;
using http::ServiceError;
using kit::get;
using services::PowerPlatformEnvironment;
using services::Reply;
using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Values;

const QUrl PowerPlatformCmkDocs(
    QStringLiteral("https://learn.microsoft.com/power-platform/admin/customer-managed-key"));
const QUrl ByokMigrationDocs(
    QStringLiteral("https://learn.microsoft.com/power-platform/admin/cmk-migrate-from-byok"));

/// The how-to's section on `change`.
QUrl changeDocs(EnvironmentChange change)
{
    switch (change) {
    case EnvironmentChange::Add:
        return docs::powerPlatform(u"add-an-environment-to-the-enterprise-policy-to-encrypt-data");
    case EnvironmentChange::Remove:
        return docs::powerPlatform(u"remove-environments-from-policy-to-return-to-microsoft-managed-key");
    case EnvironmentChange::ChangeKey:
        return docs::powerPlatform(u"change-the-environments-encryption-key");
    case EnvironmentChange::MigrateByok:
        return docs::powerPlatform(u"migrate-bring-your-own-key-byok-environments-to-customer-managed-key");
    }
    return docs::powerPlatform(u"manage-environments-encryption");
}

bool same(const QString &a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString linkStatus(const PowerPlatformEnvironment &e)
{
    return e.customerManagedKey ? e.customerManagedKey->linkStatus : QString();
}

/// Finance and operations without Power Platform integration, as the admin API shows it (the
/// representation is not documented publicly; read defensively: docs/tracks.md).
bool financeWithoutIntegration(const PowerPlatformEnvironment &e)
{
    const Json doc = json::parse(e.raw.json);
    const Json *props = json::member(doc, "properties");
    const Json *fno = props ? json::memberAnyCase(*props, "financeAndOperations") : nullptr;
    if (!fno || !fno->is_object())
        return false;
    const Json *integration = json::memberAnyCase(*fno, "powerPlatformIntegration");
    return !(integration && integration->is_boolean() && integration->get<bool>());
}

bool wantsLinked(EnvironmentChange change)
{
    return change != EnvironmentChange::Remove;
}

/// Whether the environment is where the change leaves it.
bool isDone(const PowerPlatformEnvironment &e, EnvironmentChange change, const ResourceId &policy)
{
    if (wantsLinked(change))
        return linkedTo(e, policy) && same(linkStatus(e), QLatin1StringView("Linked"));
    return !e.customerManagedKey || linkStatus(e).isEmpty();
}

/// Whether the environment is on its way there (an operation the service is running).
bool isUnderway(const PowerPlatformEnvironment &e, EnvironmentChange change, const ResourceId &policy)
{
    if (wantsLinked(change))
        return linkedTo(e, policy) && same(linkStatus(e), QLatin1StringView("Linking"));
    return linkedTo(e, policy) && same(linkStatus(e), QLatin1StringView("Unlinking"));
}

QString describe(const PowerPlatformEnvironment &e)
{
    return QStringLiteral("%1 (%2, %3)").arg(e.displayName, e.sku, e.id.toString());
}

QStringList chosenIds(const Values &values)
{
    QStringList ids = get(values, key::EnvironmentsChosen).split(u',', Qt::SkipEmptyParts);
    for (QString &id : ids)
        id = id.trimmed();
    ids.removeDuplicates();
    return ids;
}

ServiceError stepError(const QString &code, const QString &message)
{
    return IsvStep::error(code, message);
}

} // namespace

bool linkedTo(const PowerPlatformEnvironment &e, const ResourceId &policy)
{
    if (!e.customerManagedKey || !policy.isValid())
        return false;
    const auto linked = ResourceId::parse(e.customerManagedKey->policyResourceId);
    return linked && *linked == policy;
}

bool isLocked(const PowerPlatformEnvironment &e)
{
    return !e.runtimeState.isEmpty() && !same(e.runtimeState, QLatin1StringView("Enabled"));
}

QString environmentIneligibility(const PowerPlatformEnvironment &e, EnvironmentChange change,
                                 const QString &policyLocation, const ResourceId &policyId,
                                 const ResourceId &previousPolicyId)
{
    using T = ChooseEnvironmentsStep;
    if (change == EnvironmentChange::Remove) {
        if (!linkedTo(e, policyId))
            return T::tr("not linked to this policy");
        if (isLocked(e))
            return T::tr("locked: restore key access and ask support to unlock it first");
        return {};
    }
    if (!e.hasDataverse)
        return T::tr("no Dataverse database");
    if (same(e.sku, QLatin1StringView("Trial")) || same(e.sku, QLatin1StringView("Teams")))
        return T::tr("%1 environments cannot use a customer-managed key").arg(e.sku);
    if (!e.isManaged)
        return T::tr("not a Managed Environment");
    if (financeWithoutIntegration(e))
        return T::tr("finance and operations without Power Platform integration");
    if (!policyLocation.isEmpty() && e.location.compare(policyLocation, Qt::CaseInsensitive) != 0)
        return T::tr("in %1, the policy in %2").arg(e.location, policyLocation);
    if (isLocked(e))
        return T::tr("locked");
    const bool byok = same(e.keyManagedBy, QLatin1StringView("CustomerBringYourOwnKey"));
    switch (change) {
    case EnvironmentChange::Add:
        if (byok)
            return T::tr("uses bring-your-own-key: use the BYOK migration track");
        if (e.customerManagedKey && !linkStatus(e).isEmpty() && !linkedTo(e, policyId))
            return T::tr("linked to another policy: use the change-key track");
        return {};
    case EnvironmentChange::MigrateByok:
        if (!byok && !linkedTo(e, policyId))
            return T::tr("does not use bring-your-own-key");
        return {};
    case EnvironmentChange::ChangeKey:
        if (!linkedTo(e, previousPolicyId) && !linkedTo(e, policyId))
            return T::tr("not linked to the previous policy");
        return {};
    case EnvironmentChange::Remove:
        break;
    }
    return {};
}

// ---- 1. Verify the administrator ------------------------------------------------------------------------

VerifyEnvironmentAdminStep::VerifyEnvironmentAdminStep(EnvironmentChange change, const Pacing &pacing)
    : ReadingStep(pacing)
    , m_change(change)
{
}

workflow::Step::Info VerifyEnvironmentAdminStep::info() const
{
    return {
        QStringLiteral("verify-admin"),
        QStringLiteral("1"),
        tr("Check your role and your access to the policy"),
        Side::Customer,
        tr("Power Platform administrator, Dynamics 365 administrator or Global administrator, with Reader "
           "on the enterprise policy"),
        {},
        {key::PolicySystemId, key::PolicyLocation},
        tr("Checks that you hold the Power Platform, Dynamics 365 or Global administrator role, then reads "
           "the enterprise policy with your own sign-in. Only an administrator with Reader on the policy may "
           "add or remove its environments, so a missing Reader role is reported before anything changes."),
        docs::powerPlatform(u"manage-environments-encryption")};
}

QList<InputSpec> VerifyEnvironmentAdminStep::inputs() const
{
    QList<InputSpec> in {policyInput()};
    if (m_change == EnvironmentChange::ChangeKey) {
        InputSpec previous = policyInput();
        previous.key = key::PreviousPolicyId;
        previous.label = tr("Current enterprise policy");
        previous.help = tr("The policy the environments use now; they move to the new one (policy.id).");
        in << previous;
    }
    return in;
}

QList<roles::Requirement> VerifyEnvironmentAdminStep::requirements() const
{
    using roles::DirectoryRoles::Dynamics365Administrator;
    using roles::DirectoryRoles::GlobalAdministrator;
    using roles::DirectoryRoles::PowerPlatformAdministrator;
    QList<roles::Requirement> needs {
        roles::Requirement::directoryRole(
            {PowerPlatformAdministrator, Dynamics365Administrator, GlobalAdministrator},
            tr("the Power Platform Administrator, Dynamics 365 Administrator or Global Administrator "
               "directory "
               "role"),
            tr("a Privileged Role Administrator or Global Administrator of the tenant")),
        roles::Requirement::azure(QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/read"),
                                  {key::PolicyId}, tr("Reader on the enterprise policy"),
                                  tr("the key vault administrator who created the policy (step 7 of the key "
                                     "vault admin track)"))};
    if (m_change == EnvironmentChange::ChangeKey)
        needs << roles::Requirement::azure(
            QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/read"), {key::PreviousPolicyId},
            tr("Reader on the current enterprise policy"), tr("the key vault administrator who created it"));
    return needs;
}

void VerifyEnvironmentAdminStep::check(StepRun &run) const
{
    const auto policy = ResourceId::parse(get(run.values(), key::PolicyId));
    if (!policy) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(stepError(QStringLiteral("MissingValue"), tr("The run has no enterprise policy.")));
        });
        return;
    }
    // Reading the policy is what Reader allows: the service answers, not a guess.
    run.arm(Side::Customer)
        .getEnterprisePolicy(
            *policy, &run, [this, &run, policy = *policy](const Reply<services::EnterprisePolicy> &read) {
                if (!read.ok()) {
                    if (read.status == 403)
                        return run.failed(
                            stepError(QStringLiteral("PolicyReaderMissing"),
                                      tr("You cannot read enterprise policy %1 (%2: %3). Adding environments "
                                         "needs Reader on "
                                         "the policy: ask the key vault administrator to grant it (step 7 of "
                                         "the key vault "
                                         "admin track), then run this track again.")
                                          .arg(policy.name(), read.error.code, read.error.message)));
                    return run.failed(read.error);
                }
                const services::EnterprisePolicy found = *read.value;
                const Values outputs {{key::PolicySystemId, found.systemId},
                                      {key::PolicyLocation, found.location}};
                const auto previous = ResourceId::parse(get(run.values(), key::PreviousPolicyId));
                if (m_change != EnvironmentChange::ChangeKey || !previous)
                    return run.checked(true, outputs);
                run.arm(Side::Customer)
                    .getEnterprisePolicy(
                        *previous, &run,
                        [&run, outputs, found](const Reply<services::EnterprisePolicy> &old) {
                            if (!old.ok())
                                return run.failed(old.error);
                            if (old.value->location.compare(found.location, Qt::CaseInsensitive) != 0)
                                return run.failed(
                                    stepError(QStringLiteral("PolicyLocationMismatch"),
                                              tr("The new policy %1 is in %2 and the current one %3 in %4; "
                                                 "environments can only move to a policy in their own "
                                                 "location.")
                                                  .arg(found.id.name(), found.location, old.value->id.name(),
                                                       old.value->location)));
                            run.checked(true, outputs);
                        });
            });
}

QString VerifyEnvironmentAdminStep::readNote() const
{
    return tr("Reads the policy with your sign-in; nothing changes.");
}

// ---- 2. Choose the environments -------------------------------------------------------------------------

ChooseEnvironmentsStep::ChooseEnvironmentsStep(EnvironmentChange change, const Pacing &pacing)
    : ReadingStep(pacing)
    , m_change(change)
{
}

workflow::Step::Info ChooseEnvironmentsStep::info() const
{
    return {QStringLiteral("choose-environments"),
            QStringLiteral("2"),
            tr("Choose the environments"),
            Side::Customer,
            tr("Power Platform administrator"),
            {QStringLiteral("verify-admin")},
            {key::EnvironmentsChosen},
            tr("Reads the tenant's environments and takes the ones you name, or with \"all\" every one that "
               "qualifies. An environment that cannot take part, for instance one in another location than "
               "the policy or one that is locked, is named with its reason before anything is written."),
            changeDocs(m_change)};
}

QList<InputSpec> ChooseEnvironmentsStep::inputs() const
{
    return {
        {key::Environments, tr("Environments"),
         tr("Environment IDs separated by commas (as the Power Platform admin center shows them; the default "
            "environment is Default-{tenant ID}), or \"all\" for every environment that qualifies."),
         true, [](const QString &value) -> std::optional<ParseError> {
             if (value.trimmed().compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0)
                 return std::nullopt;
             const QStringList items = value.split(u',', Qt::SkipEmptyParts);
             if (items.isEmpty())
                 return ParseError {ParseErrorCategory::Empty,
                                    tr("Name at least one environment, or \"all\".")};
             for (const QString &item : items) {
                 ParseError error;
                 if (!EnvironmentId::parse(item.trimmed(), &error))
                     return ParseError {
                         error.category,
                         tr("\"%1\" is not an environment ID: %2").arg(item.trimmed(), error.message)};
             }
             return std::nullopt;
         }}};
}

void ChooseEnvironmentsStep::check(StepRun &run) const
{
    run.powerPlatform(Side::Customer)
        .environments(0, &run, [this, &run](const Reply<QList<PowerPlatformEnvironment>> &list) {
            if (!list.ok())
                return run.failed(list.error);
            const Values &values = run.values();
            const ResourceId policy = ResourceId::parse(get(values, key::PolicyId)).value_or(ResourceId());
            const ResourceId previous
                = ResourceId::parse(get(values, key::PreviousPolicyId)).value_or(ResourceId());
            const QString location = get(values, key::PolicyLocation);
            QHash<EnvironmentId, const PowerPlatformEnvironment *> byId;
            for (const PowerPlatformEnvironment &e : *list.value)
                byId.insert(e.id, &e);
            QStringList chosen;
            QStringList refused;
            const bool all
                = get(values, key::Environments).compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0;
            if (all) {
                for (const PowerPlatformEnvironment &e : *list.value) {
                    if (environmentIneligibility(e, m_change, location, policy, previous).isEmpty())
                        chosen << e.id.toString();
                }
                if (chosen.isEmpty())
                    return run.failed(
                        stepError(QStringLiteral("NoEligibleEnvironment"),
                                  tr("No environment of the tenant qualifies. Run cmkctl status "
                                     "to see why each one does not.")));
            } else {
                for (const QString &item : get(values, key::Environments).split(u',', Qt::SkipEmptyParts)) {
                    const auto id = EnvironmentId::parse(item.trimmed());
                    const PowerPlatformEnvironment *e = id ? byId.value(*id) : nullptr;
                    if (!e) {
                        refused << tr("%1: no such environment in this tenant").arg(item.trimmed());
                        continue;
                    }
                    const QString why = environmentIneligibility(*e, m_change, location, policy, previous);
                    if (why.isEmpty())
                        chosen << e->id.toString();
                    else
                        refused << QStringLiteral("%1: %2").arg(describe(*e), why);
                }
            }
            if (!refused.isEmpty())
                return run.failed(
                    stepError(QStringLiteral("EnvironmentNotEligible"),
                              tr("These environments cannot take part: %1. Choose others; nothing "
                                 "was changed.")
                                  .arg(refused.join(QStringLiteral("; ")))));
            chosen.removeDuplicates();
            run.progress(tr("%n environment(s) chosen", nullptr, int(chosen.size())));
            run.checked(true, {{key::EnvironmentsChosen, chosen.join(u',')}});
        });
}

QString ChooseEnvironmentsStep::readNote() const
{
    return tr("Reads the tenant's environments; nothing changes.");
}

// ---- 3. Link or unlink, and follow ----------------------------------------------------------------------

struct ChangeEnvironmentLinksStep::Follow
{
    ResourceId policy;
    QString systemId;
    QSet<EnvironmentId> started; ///< sent from this run; the service's operation is followed too
    QStringList failures;
    int outstanding = 0; ///< operations of this run not finished yet
    Backoff *backoff = nullptr;
};

ChangeEnvironmentLinksStep::ChangeEnvironmentLinksStep(EnvironmentChange change, const Pacing &pacing)
    : PowerPlatformStep(pacing)
    , m_change(change)
{
}

workflow::Step::Info ChangeEnvironmentLinksStep::info() const
{
    QString title;
    QString summary;
    switch (m_change) {
    case EnvironmentChange::Add:
        title = tr("Add the environments to the policy and follow their encryption");
        summary
            = tr("Adds every chosen environment to the enterprise policy and follows each until its data "
                 "is encrypted with your key, which can take up to a day. Environments are disabled for a "
                 "while when this starts, so the plan lists them and asks you to type the policy's name.");
        break;
    case EnvironmentChange::Remove:
        title = tr("Remove the environments from the policy (back to a Microsoft-managed key)");
        summary
            = tr("Removes every chosen environment from the enterprise policy, which returns its data to a "
                 "Microsoft-managed key, and follows each to the end. Environments are disabled for a "
                 "while, so the plan lists them and asks you to type the policy's name.");
        break;
    case EnvironmentChange::ChangeKey:
        title = tr("Move the environments to the new policy and follow their encryption");
        summary
            = tr("Links every chosen environment to the new enterprise policy and its key, and follows "
                 "each until the new policy is in place. Keep the old key usable until then; environments "
                 "are disabled for a while, so the plan lists them and asks you to type the policy's "
                 "name.");
        break;
    case EnvironmentChange::MigrateByok:
        title = tr("Migrate the bring-your-own-key environments to the policy");
        summary = tr("Adds the chosen bring-your-own-key environments to the enterprise policy, so that your "
                     "key in your vault replaces the key held by Microsoft, and follows each to the end. "
                     "Environments are disabled during the migration, so the plan lists them and asks you to "
                     "type the policy's name.");
        break;
    }
    return {m_change == EnvironmentChange::Remove ? QStringLiteral("unlink") : QStringLiteral("link"),
            QStringLiteral("3"),
            title,
            Side::Customer,
            tr("Power Platform administrator with Reader on the enterprise policy"),
            {QStringLiteral("choose-environments")},
            {},
            summary,
            changeDocs(m_change)};
}

QList<roles::Requirement> ChangeEnvironmentLinksStep::requirements() const
{
    return {roles::Requirement::azure(QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/read"),
                                      {key::PolicyId}, tr("Reader on the enterprise policy"),
                                      tr("the key vault administrator who created the policy"))};
}

void ChangeEnvironmentLinksStep::check(StepRun &run) const
{
    run.powerPlatform(Side::Customer)
        .environments(0, &run, [this, &run](const Reply<QList<PowerPlatformEnvironment>> &list) {
            if (!list.ok())
                return run.failed(list.error);
            const ResourceId policy
                = ResourceId::parse(get(run.values(), key::PolicyId)).value_or(ResourceId());
            const QStringList ids = chosenIds(run.values());
            int done = 0;
            for (const PowerPlatformEnvironment &e : *list.value) {
                if (ids.contains(e.id.toString(), Qt::CaseInsensitive) && isDone(e, m_change, policy))
                    ++done;
            }
            run.checked(done == ids.size());
        });
}

Plan ChangeEnvironmentLinksStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const QString action
        = m_change == EnvironmentChange::Remove ? QStringLiteral("unlink") : QStringLiteral("link");
    const QString systemId = get(values, key::PolicySystemId);
    const QStringList ids = chosenIds(values);
    QStringList affected;
    for (const QString &id : ids) {
        PlannedCall c;
        c.service = http::ServiceKind::PowerPlatform;
        c.method = "POST";
        c.url = CloudProfile::join(profile.powerPlatformEndpoint,
                                   QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/"
                                                  "enterprisePolicies/Encryption/%2")
                                       .arg(id, action));
        c.url.setQuery(QStringLiteral("api-version=2019-10-01"));
        c.body = QByteArray::fromStdString(Json {{"SystemId", systemId.toStdString()}}.dump());
        c.why = m_change == EnvironmentChange::Remove
            ? tr("Unlink environment %1 from the policy: its data is encrypted with a Microsoft-managed key "
                 "again.")
                  .arg(id)
            : tr("Link environment %1 to the policy: its data is encrypted with the customer-managed key.")
                  .arg(id);
        plan.calls << c;
        affected << id;
    }
    if (ids.isEmpty())
        return plan;
    plan.notes << tr(
        "Each environment is disabled while it is encrypted again, and users cannot work in it. The "
        "service does not say in advance how long: from minutes for small databases to hours or "
        "days for large ones. The operations run side by side; CMK Wizard can be closed meanwhile "
        "and continues following them when the track is run again.");
    if (m_change == EnvironmentChange::ChangeKey)
        plan.notes
            << tr("Each environment moves from policy %1 to %2 in one operation (the old key stays until the "
                  "move ends). Keep the old key and its access until every environment shows the new policy.")
                   .arg(ResourceId::parse(get(values, key::PreviousPolicyId)).value_or(ResourceId()).name(),
                        ResourceId::parse(get(values, key::PolicyId)).value_or(ResourceId()).name());
    if (m_change == EnvironmentChange::MigrateByok)
        plan.notes << tr(
            "Microsoft keeps the bring-your-own-key key at least 28 days after the migration, so "
            "support can restore an environment.");
    workflow::Confirmation confirmation;
    confirmation.name = ResourceId::parse(get(values, key::PolicyId)).value_or(ResourceId()).name();
    confirmation.affected = affected;
    confirmation.warning = m_change == EnvironmentChange::Remove
        ? tr("These environments go offline while they are re-encrypted with a Microsoft-managed key; the "
             "customer-managed key no longer protects them.")
        : tr("These environments go offline while they are encrypted.");
    plan.confirmation = confirmation;
    return plan;
}

void ChangeEnvironmentLinksStep::apply(StepRun &run) const
{
    auto state = std::make_shared<Follow>();
    state->policy = ResourceId::parse(get(run.values(), key::PolicyId)).value_or(ResourceId());
    state->systemId = get(run.values(), key::PolicySystemId);
    state->backoff = new Backoff(run, pacing());
    run.powerPlatform(Side::Customer)
        .environments(0, &run, [this, &run, state](const Reply<QList<PowerPlatformEnvironment>> &list) {
            if (!list.ok())
                return run.failed(list.error);
            const QStringList ids = chosenIds(run.values());
            QString unlinkSystemId = state->systemId;
            for (const PowerPlatformEnvironment &e : *list.value) {
                if (!ids.contains(e.id.toString(), Qt::CaseInsensitive))
                    continue;
                if (isDone(e, m_change, state->policy) || isUnderway(e, m_change, state->policy))
                    continue; // nothing to send: done, or the service is at it (a restarted run)
                state->started.insert(e.id);
                ++state->outstanding;
                const auto finished = [&run, state, id = e.id, name = e.displayName](
                                          const Reply<services::PowerPlatformOperation> &operation) {
                    --state->outstanding;
                    if (!operation.ok())
                        state->failures << tr("%1: %2").arg(name, operation.error.message);
                    else if (same(operation.value->state, QLatin1StringView("Failed")))
                        state->failures << tr("%1: the service's operation failed: %2")
                                               .arg(name, operation.value->errorMessage);
                    Q_UNUSED(id)
                };
                services::PowerPlatformClient &pp = run.powerPlatform(Side::Customer);
                if (m_change == EnvironmentChange::Remove)
                    pp.unlinkEncryptionPolicy(e.id, unlinkSystemId, &run, {}, finished);
                else
                    pp.linkEncryptionPolicy(e.id, state->systemId, &run, {}, finished);
            }
            run.progress(tr("Started %n operation(s); following the environments", nullptr,
                            int(state->started.size())));
            follow(run, state);
        });
}

void ChangeEnvironmentLinksStep::follow(StepRun &run, std::shared_ptr<Follow> state) const
{
    state->backoff->wait([this, &run, state] {
        // The environments' own state is what counts; the operations of this run only add their errors.
        run.powerPlatform(Side::Customer)
            .environments(0, &run, [this, &run, state](const Reply<QList<PowerPlatformEnvironment>> &list) {
                if (!list.ok()) {
                    if ((list.error.kind == http::ServiceError::Kind::Network
                         || list.error.kind == http::ServiceError::Kind::Timeout))
                        return follow(run, state);
                    return run.failed(list.error);
                }
                const QStringList ids = chosenIds(run.values());
                QStringList underway;
                QStringList stuck;
                QSet<QString> seen;
                int done = 0;
                for (const PowerPlatformEnvironment &e : *list.value) {
                    const QString id = e.id.toString().toLower();
                    if (!ids.contains(id, Qt::CaseInsensitive) || seen.contains(id))
                        continue;
                    seen.insert(id);
                    if (isDone(e, m_change, state->policy)) {
                        ++done;
                    } else if (isUnderway(e, m_change, state->policy)) {
                        const int percent
                            = e.customerManagedKey ? e.customerManagedKey->encryptionPercentComplete : -1;
                        underway << (percent >= 0 ? tr("%1 %2%").arg(e.displayName, QString::number(percent))
                                                  : tr("%1 %2").arg(e.displayName, linkStatus(e)));
                    } else {
                        stuck << e.displayName;
                    }
                }
                for (const QString &id : ids) {
                    if (!seen.contains(id.toLower()))
                        stuck << tr("%1 (no longer listed)").arg(id);
                }
                if (done == ids.size())
                    return run.succeeded();
                if (!stuck.isEmpty() && state->outstanding == 0) {
                    const QString reasons = state->failures.isEmpty()
                        ? stuck.join(QStringLiteral(", "))
                        : state->failures.join(QStringLiteral("; "));
                    return run.failed(
                        stepError(QStringLiteral("EnvironmentOperationFailed"),
                                  tr("The service ended the operation without the change for: %1. "
                                     "Run the track again to retry them.")
                                      .arg(reasons)));
                }
                run.progress(
                    tr("%1 of %2 done; under way: %3")
                        .arg(done)
                        .arg(ids.size())
                        .arg(underway.isEmpty() ? tr("starting") : underway.join(QStringLiteral(", "))));
                follow(run, state);
            });
    });
}

// ---- The tracks -----------------------------------------------------------------------------------------

workflow::Track powerPlatformEnvironmentsTrack(EnvironmentChange change, const Pacing &pacing)
{
    using T = ChangeEnvironmentLinksStep;
    workflow::Track track;
    switch (change) {
    case EnvironmentChange::Add:
        track.info
            = {QStringLiteral("pp-environments"),
               T::tr("Power Platform · Add environments"),
               T::tr("Check your role and Reader on the policy, choose environments that qualify, add them "
                     "to the enterprise policy and follow their encryption to the end."),
               Persona::PowerPlatformAdmin,
               QStringLiteral("seed 002"),
               PowerPlatformCmkDocs,
               true};
        break;
    case EnvironmentChange::Remove:
        track.info
            = {QStringLiteral("pp-remove"),
               T::tr("Power Platform · Remove environments"),
               T::tr("Take environments out of the enterprise policy: they return to a Microsoft-managed "
                     "key."),
               Persona::PowerPlatformAdmin,
               QStringLiteral("seed 003"),
               PowerPlatformCmkDocs,
               true};
        break;
    case EnvironmentChange::ChangeKey:
        track.info
            = {QStringLiteral("pp-change-key"),
               T::tr("Power Platform · Change key"),
               T::tr("Move environments from their policy to a new one with another key, planned as one "
                     "job."),
               Persona::PowerPlatformAdmin,
               QStringLiteral("seed 003"),
               PowerPlatformCmkDocs,
               true};
        break;
    case EnvironmentChange::MigrateByok:
        track.info
            = {QStringLiteral("pp-migrate-byok"),
               T::tr("Power Platform · Migrate BYOK environments"),
               T::tr("Move environments encrypted with a bring-your-own-key key to the enterprise policy."),
               Persona::PowerPlatformAdmin,
               QStringLiteral("seed 003"),
               ByokMigrationDocs,
               true};
        break;
    }
    track.steps = {std::make_shared<VerifyEnvironmentAdminStep>(change, pacing),
                   std::make_shared<ChooseEnvironmentsStep>(change, pacing),
                   std::make_shared<ChangeEnvironmentLinksStep>(change, pacing)};
    return track;
}

} // namespace cmk::tracks
