#include "status/statusservice.h"

#include "roles/roleprofile.h"
#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"
#include "status/diagnosis.h"

#include <QHash>
#include <QLoggingCategory>
#include <QQueue>
#include <QSet>

#include <utility>

namespace cmk::status {

namespace {

Q_LOGGING_CATEGORY(lcStatus, "cmk.status")

using namespace cmk::services;

constexpr QStringView KeyReadAction(u"Microsoft.KeyVault/vaults/keys/read");
constexpr QStringView KeyWrapAction(u"Microsoft.KeyVault/vaults/keys/wrap/action");
constexpr QStringView KeyUnwrapAction(u"Microsoft.KeyVault/vaults/keys/unwrap/action");

using roles::actionMatches; // Azure RBAC action patterns, one implementation for core

bool roleAllows(const RoleDefinition &role, QStringView dataAction)
{
    bool allowed = false;
    for (const QString &pattern : role.dataActions)
        allowed = allowed || actionMatches(pattern, dataAction);
    for (const QString &pattern : role.notDataActions)
        allowed = allowed && !actionMatches(pattern, dataAction);
    return allowed;
}

/// Whether an assignment at `scope` applies at `target` (the same resource or one below it).
bool covers(const QString &scope, const QString &target)
{
    if (scope == QLatin1StringView("/"))
        return true;
    return target.compare(scope, Qt::CaseInsensitive) == 0
        || (target.startsWith(scope, Qt::CaseInsensitive) && target.size() > scope.size()
            && target.at(scope.size()) == u'/');
}

QString serviceName(http::ServiceKind service)
{
    switch (service) {
    case http::ServiceKind::Arm:
        return QStringLiteral("arm");
    case http::ServiceKind::KeyVault:
        return QStringLiteral("keyvault");
    case http::ServiceKind::PowerPlatform:
        return QStringLiteral("powerplatform");
    case http::ServiceKind::Graph:
        return QStringLiteral("graph");
    case http::ServiceKind::Identity:
        return QStringLiteral("identity");
    }
    return {};
}

QString errorCode(const http::ServiceError &error)
{
    if (!error.code.isEmpty())
        return error.code;
    switch (error.kind) {
    case http::ServiceError::Kind::Malformed:
        return QStringLiteral("Malformed");
    case http::ServiceError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case http::ServiceError::Kind::Network:
        return QStringLiteral("Network");
    case http::ServiceError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    default:
        return QString();
    }
}

/// A key's attributes, from Resource Manager or (when it refuses) the Key Vault data plane.
struct KeyFacts
{
    bool enabled = false;
    QDateTime notBefore;
    QDateTime expires;
};

/// One read shared by everything that needs it: started once, answered once, then remembered.
template<typename T> struct Lookup
{
    bool started = false;
    bool done = false;
    std::optional<T> value;
    int status = 0;
    http::ServiceError error;
    QList<std::function<void()>> waiters;

    bool notFound() const { return !value && status == 404; }
};

} // namespace

/// One run: the context of every callback (deleting it drops the answers still on their way), the
/// clients, what was read (each distinct thing once) and the queue that bounds the reads in flight.
class StatusService::Run : public QObject
{
public:
    explicit Run(StatusService *service)
        : QObject(service)
        , q(service)
        , pp(service->m_powerPlatform)
        , arm(service->m_arm)
    {
        if (service->m_keyVault)
            kv = std::make_unique<KeyVaultClient>(service->m_keyVault);
    }

    /// Everything the environments linked to one enterprise policy share.
    struct PolicyGroup
    {
        QString policyId; ///< as Power Platform spells it
        bool started = false;
        bool resolved = false;
        int pendingParts = 0;
        int pendingRoles = 0;
        std::optional<bool> exists;
        KeyHealth health;
        QList<int> rows; ///< waiting for the group to resolve
    };

    StatusService *q;
    PowerPlatformClient pp;
    ArmClient arm;
    std::unique_ptr<KeyVaultClient> kv;
    bool stopped = false;
    QDateTime now;
    bool listingDone = false;
    bool listingFailed = false;
    int completed = 0;
    QSet<QString> policyLocations; ///< lower case
    QList<int> waitingForLocations;
    QHash<QString, PolicyGroup> groups; ///< by lower-case policy ID
    QHash<QString, Lookup<EnterprisePolicy>> policies;
    QHash<QString, Lookup<KeyVault>> vaults;
    QHash<QString, Lookup<KeyFacts>> keys; ///< vault|name|version
    QHash<QString, Lookup<QList<RoleAssignment>>> assignments; ///< vault|principal
    QHash<QUuid, Lookup<RoleDefinition>> roles;
    QQueue<std::function<void()>> queue;
    int inFlight = 0;

    // ---- Bounded concurrency ----

    /// Runs `job` when fewer than maxInFlight reads are out; the job's answer must call release().
    void submit(std::function<void()> job)
    {
        queue.enqueue(std::move(job));
        pump();
    }
    void pump()
    {
        while (!stopped && inFlight < qMax(1, q->m_options.maxInFlight) && !queue.isEmpty()) {
            ++inFlight;
            ++q->m_requests;
            queue.dequeue()();
        }
    }
    void release()
    {
        --inFlight;
        pump();
    }

    /// Reads `key` of `cache` once with `start`; `then` runs when the answer is there (at once when
    /// it already is). Failures other than 404 (a finding, not a problem) become report problems.
    template<typename T, typename K>
    void need(QHash<K, Lookup<T>> &cache, const K &key, const QString &kind, const QString &resource,
              std::function<void(Callback<T>)> start, std::function<void()> then)
    {
        Lookup<T> &lookup = cache[key];
        if (lookup.done) {
            then();
            return;
        }
        lookup.waiters.append(std::move(then));
        if (lookup.started)
            return;
        lookup.started = true;
        submit([this, &cache, key, kind, resource, start = std::move(start)] {
            start([this, &cache, key, kind, resource](const Reply<T> &reply) {
                if (stopped)
                    return;
                release();
                Lookup<T> &l = cache[key];
                l.done = true;
                l.status = reply.status;
                if (reply.ok())
                    l.value = reply.value;
                else
                    l.error = reply.error;
                if (!reply.ok() && reply.status != 404)
                    problem(kind, resource, reply.error);
                const auto waiters = std::exchange(l.waiters, {});
                for (const auto &waiter : waiters) {
                    if (stopped)
                        return;
                    waiter();
                }
            });
        });
    }

    // ---- Problems ----

    void problem(const QString &kind, const QString &resource, const http::ServiceError &error)
    {
        StatusProblem p;
        p.kind = kind;
        p.resource = resource;
        p.service = serviceName(error.service);
        p.httpStatus = error.httpStatus;
        p.code = errorCode(error);
        p.message = error.message;
        p.requestId = error.requestId;
        p.summary = error.userMessage() + u' ' + error.nextAction();
        qCWarning(lcStatus) << "status:" << kind << "not read:" << error.technicalSummary();
        q->m_report.problems.append(p);
        Q_EMIT q->problemFound(p);
    }

    static QString unreadable(const QString &what, const http::ServiceError &error)
    {
        const QString code = errorCode(error);
        //: %1 names what could not be read ("the enterprise policy"), %2 the service's message, %3 its code
        return StatusService::tr("%1 could not be read: %2 (%3).")
            .arg(what, error.message.isEmpty() ? error.userMessage() : error.message,
                 code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus) : code);
    }

    // ---- Environments ----

    void list()
    {
        pp.environmentPages(
            q->m_options.pageSize, this,
            [this](const QList<PowerPlatformEnvironment> &page) {
                if (!stopped)
                    addPage(page);
            },
            [this](const Reply<int> &reply) {
                if (stopped)
                    return;
                if (!reply.ok()) {
                    listingFailed = true;
                    problem(
                        QStringLiteral("environments"),
                        QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments"),
                        reply.error);
                }
                listingDone = true;
                const auto waiting = std::exchange(waitingForLocations, {});
                for (int index : waiting)
                    finishRow(index);
                Q_EMIT q->progress(int(q->m_report.rows.size()), completed, true);
                maybeFinish();
            });
        ++q->m_requests;
    }

    static EnvironmentStatus rowOf(const PowerPlatformEnvironment &e)
    {
        EnvironmentStatus r;
        r.id = e.id.toString();
        r.displayName = e.displayName;
        r.sku = e.sku;
        r.location = e.location;
        r.azureRegion = e.azureRegion;
        r.isDefault = e.isDefault;
        r.hasDataverse = e.hasDataverse;
        r.isManaged = e.isManaged;
        r.financeAndOperations = e.financeAndOperations;
        r.powerPlatformIntegration = e.powerPlatformIntegration;
        r.lastOperation = e.lastOperation;
        if (e.keyManagedBy.compare(QLatin1StringView("Customer"), Qt::CaseInsensitive) == 0)
            r.protection = Protection::CustomerManaged;
        else if (e.keyManagedBy.contains(QLatin1StringView("BringYourOwnKey"), Qt::CaseInsensitive)
                 || e.keyManagedBy.contains(QLatin1StringView("Byok"), Qt::CaseInsensitive))
            r.protection = Protection::Byok;
        if (e.customerManagedKey && !e.customerManagedKey->policyResourceId.isEmpty()) {
            const CustomerManagedKeyLink &link = *e.customerManagedKey;
            r.policyId = link.policyResourceId;
            r.policyName = link.policyResourceId.section(u'/', -1);
            r.policySystemId = link.systemId;
            r.policyLocation = link.location;
            r.linkStatus = link.linkStatus;
            r.encryptionPercent = link.encryptionPercentComplete;
        }
        const bool disabled = !e.runtimeState.isEmpty()
            && e.runtimeState.compare(QLatin1StringView("Enabled"), Qt::CaseInsensitive) != 0;
        r.locked = e.customerManagedKeyLock.has_value()
            || (disabled
                && (e.runtimeReasonCode == QLatin1StringView("CustomerManagedKeyNotAccessible")
                    || !r.policyId.isEmpty()));
        if (e.customerManagedKeyLock) {
            const CustomerManagedKeyLock &lock = *e.customerManagedKeyLock;
            r.lockReason = lock.reason;
            r.lockReasonFromService = !lock.reason.isEmpty();
            r.lockedSince = lock.lockedSince;
            r.deletionTime = lock.scheduledDeletionTime;
            r.deletionTimeFromService = lock.scheduledDeletionTime.isValid();
            r.accessRestored = lock.accessRestored;
        }
        return r;
    }

    void addPage(const QList<PowerPlatformEnvironment> &page)
    {
        const int first = int(q->m_report.rows.size());
        for (const PowerPlatformEnvironment &e : page) {
            q->m_report.rows.append(rowOf(e));
            if (e.customerManagedKey && !e.customerManagedKey->location.isEmpty())
                policyLocations.insert(e.customerManagedKey->location.toLower());
        }
        for (int index = first; index < q->m_report.rows.size() && !stopped; ++index) {
            const EnvironmentStatus &row = q->m_report.rows.at(index);
            if (!row.policyId.isEmpty()) {
                addToGroup(index, row.policyId);
                continue;
            }
            Diagnosis::Context context {now, policyLocations, false};
            const bool decided = !Diagnosis::eligibility(row, context).isEmpty() || row.locked
                || row.protection == Protection::Byok || policyLocations.contains(row.location.toLower());
            if (decided)
                finishRow(index);
            else
                waitingForLocations.append(index);
        }
        Q_EMIT q->progress(int(q->m_report.rows.size()), completed, false);
    }

    void finishRow(int index)
    {
        EnvironmentStatus &row = q->m_report.rows[index];
        Diagnosis::apply(row, Diagnosis::Context {now, policyLocations, listingDone});
        ++completed;
        q->emitRow(row);
        maybeFinish();
    }

    void maybeFinish()
    {
        if (!stopped && listingDone && completed == q->m_report.rows.size())
            q->finish(!listingFailed);
    }

    // ---- One enterprise policy and what it names ----

    void addToGroup(int index, const QString &policyId)
    {
        const QString key = policyId.toLower();
        PolicyGroup &group = groups[key];
        if (group.resolved) {
            completeRow(index, group);
            return;
        }
        group.rows.append(index);
        if (group.started)
            return;
        group.started = true;
        group.policyId = policyId;
        const auto id = ResourceId::parse(policyId);
        if (!id) {
            group.health.unknown << StatusService::tr(
                                        "The enterprise policy ID %1 is not an Azure resource ID.")
                                        .arg(policyId);
            resolve(key);
            return;
        }
        need<EnterprisePolicy, QString>(
            policies, key, QStringLiteral("policy"), policyId,
            [this, id = *id](Callback<EnterprisePolicy> done) {
                arm.getEnterprisePolicy(id, this, std::move(done));
            },
            [this, key] { policyRead(key); });
    }

    void policyRead(const QString &key)
    {
        const Lookup<EnterprisePolicy> &lookup = policies[key];
        PolicyGroup &group = groups[key];
        if (!lookup.value) {
            if (lookup.notFound())
                group.exists = false;
            else
                group.health.unknown << unreadable(StatusService::tr("The enterprise policy"), lookup.error);
            resolve(key);
            return;
        }
        const EnterprisePolicy &policy = *lookup.value;
        group.exists = true;
        if (!policy.location.isEmpty())
            policyLocations.insert(policy.location.toLower());
        KeyHealth &h = group.health;
        h.vaultId = policy.keyVault.toString();
        h.keyName = policy.keyName;
        h.keyVersion = policy.keyVersion;
        h.identityPrincipalId = policy.principalId.isNull() ? QString() : policy.principalId.toString();
        if (!policy.keyVault.isValid() || policy.keyName.isEmpty()) {
            h.unknown << StatusService::tr("The enterprise policy names no key vault or key.");
            resolve(key);
            return;
        }
        need<KeyVault, QString>(
            vaults, h.vaultId.toLower(), QStringLiteral("vault"), h.vaultId,
            [this, vault = policy.keyVault](Callback<KeyVault> done) {
                arm.getVault(vault, this, std::move(done));
            },
            [this, key] { vaultRead(key); });
    }

    void vaultRead(const QString &key)
    {
        PolicyGroup &group = groups[key];
        KeyHealth &h = group.health;
        const Lookup<KeyVault> &lookup = vaults[h.vaultId.toLower()];
        if (!lookup.value) {
            if (lookup.notFound())
                h.vaultExists = false;
            else
                h.unknown << unreadable(StatusService::tr("The key vault"), lookup.error);
            resolve(key);
            return;
        }
        const KeyVault &vault = *lookup.value;
        h.vaultExists = true;
        h.softDelete = vault.enableSoftDelete;
        h.purgeProtection = vault.enablePurgeProtection;
        const bool closed
            = vault.publicNetworkAccess.compare(QLatin1StringView("Disabled"), Qt::CaseInsensitive) == 0
            || vault.networkDefaultAction.compare(QLatin1StringView("Deny"), Qt::CaseInsensitive) == 0;
        const bool bypass = vault.networkBypass.isEmpty()
            || vault.networkBypass.contains(QLatin1StringView("AzureServices"), Qt::CaseInsensitive);
        h.trustedServicesAllowed = !closed || bypass;
        h.accessModel
            = vault.enableRbacAuthorization ? QStringLiteral("rbac") : QStringLiteral("access-policy");
        QString base = vault.vaultUri.toString();
        if (!base.isEmpty() && !base.endsWith(u'/'))
            base += u'/';
        h.keyUrl = base.isEmpty() ? QString()
                                  : base + QStringLiteral("keys/") + h.keyName
                + (h.keyVersion.isEmpty() ? QString() : u'/' + h.keyVersion);

        group.pendingParts = vault.enableRbacAuthorization && !h.identityPrincipalId.isEmpty() ? 2 : 1;
        if (!vault.enableRbacAuthorization)
            accessFromPolicies(h, vault);
        else if (h.identityPrincipalId.isEmpty())
            h.unknown << StatusService::tr("The enterprise policy has no system-assigned identity.");

        const QString keyKey
            = h.vaultId.toLower() + u'|' + h.keyName.toLower() + u'|' + h.keyVersion.toLower();
        need<KeyFacts, QString>(
            keys, keyKey, QStringLiteral("key"), h.vaultId + QStringLiteral("/keys/") + h.keyName,
            [this, vaultId = vault.id, vaultUri = vault.vaultUri, name = h.keyName, version = h.keyVersion](
                Callback<KeyFacts> done) { readKey(vaultId, vaultUri, name, version, done); },
            [this, key] { partDone(key); });
        if (vault.enableRbacAuthorization && !h.identityPrincipalId.isEmpty()) {
            const auto principal = ObjectId::parse(h.identityPrincipalId);
            need<QList<RoleAssignment>, QString>(
                assignments, h.vaultId.toLower() + u'|' + h.identityPrincipalId.toLower(),
                QStringLiteral("access"), h.vaultId,
                [this, vaultId = vault.id,
                 principal = principal.value_or(ObjectId())](Callback<QList<RoleAssignment>> done) {
                    arm.listRoleAssignments(vaultId, principal, this, std::move(done));
                },
                [this, key] { assignmentsRead(key); });
        }
    }

    /// Resource Manager first (Reader may read a key's attributes there); the Key Vault data plane
    /// only when Resource Manager refuses and a Key Vault pipeline was given.
    void readKey(const ResourceId &vaultId, const QUrl &vaultUri, const QString &name, const QString &version,
                 const Callback<KeyFacts> &done)
    {
        arm.getVaultKey(vaultId, name, version, this,
                        [this, vaultUri, name, version, done](const Reply<VaultKey> &r) {
                            if (stopped)
                                return;
                            if (r.status == 403 && kv && vaultUri.isValid()) {
                                const auto id = KeyIdentifier::make(vaultUri, name, version);
                                if (id) {
                                    ++q->m_requests;
                                    kv->getKey(*id, this, [done](const Reply<KeyVaultKey> &k) {
                                        Reply<KeyFacts> out;
                                        out.status = k.status;
                                        out.error = k.error;
                                        if (k.ok())
                                            out.value = KeyFacts {k.value->properties.enabled,
                                                                  k.value->properties.notBefore,
                                                                  k.value->properties.expires};
                                        done(out);
                                    });
                                    return;
                                }
                            }
                            Reply<KeyFacts> out;
                            out.status = r.status;
                            out.error = r.error;
                            if (r.ok())
                                out.value = KeyFacts {r.value->enabled, r.value->notBefore, r.value->expires};
                            done(out);
                        });
    }

    static void accessFromPolicies(KeyHealth &h, const KeyVault &vault)
    {
        QStringList granted;
        for (const AccessPolicy &entry : vault.accessPolicies) {
            if (entry.objectId.toString().compare(h.identityPrincipalId, Qt::CaseInsensitive) == 0)
                granted << entry.keys;
        }
        const auto has = [&granted](QLatin1StringView permission) {
            return granted.contains(permission, Qt::CaseInsensitive)
                || granted.contains(QLatin1StringView("all"), Qt::CaseInsensitive);
        };
        h.identityCanGet = has(QLatin1StringView("get"));
        h.identityCanWrapKey = has(QLatin1StringView("wrapKey"));
        h.identityCanUnwrapKey = has(QLatin1StringView("unwrapKey"));
    }

    /// The assignments that apply to this group's key: at the vault, above it, or on the key itself.
    QList<RoleAssignment> relevantAssignments(const KeyHealth &h) const
    {
        QList<RoleAssignment> out;
        const auto it = assignments.constFind(h.vaultId.toLower() + u'|' + h.identityPrincipalId.toLower());
        if (it == assignments.constEnd() || !it->value)
            return out;
        const QString keyScope = h.vaultId + QStringLiteral("/keys/") + h.keyName;
        for (const RoleAssignment &a : *it->value) {
            if (covers(a.scope.toString(), keyScope))
                out << a;
        }
        return out;
    }

    void assignmentsRead(const QString &key)
    {
        PolicyGroup &group = groups[key];
        KeyHealth &h = group.health;
        const auto &lookup = assignments[h.vaultId.toLower() + u'|' + h.identityPrincipalId.toLower()];
        if (!lookup.value) {
            h.unknown << unreadable(StatusService::tr("The role assignments of the policy's identity"),
                                    lookup.error);
            partDone(key);
            return;
        }
        QSet<QUuid> distinct;
        for (const RoleAssignment &a : relevantAssignments(h))
            distinct.insert(a.role);
        const auto vault = ResourceId::parse(h.vaultId);
        const ResourceId scope = vault ? ResourceId::forSubscription(vault->subscriptionId()) : ResourceId();
        group.pendingRoles = int(distinct.size()) + 1;
        for (const QUuid &role : std::as_const(distinct)) {
            const QString resource = scope.toString()
                + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/")
                + role.toString(QUuid::WithoutBraces);
            need<RoleDefinition, QUuid>(
                roles, role, QStringLiteral("role-definition"), resource,
                [this, scope, role](Callback<RoleDefinition> done) {
                    arm.getRoleDefinition(scope, role, this, std::move(done));
                },
                [this, key] { roleRead(key); });
        }
        roleRead(key);
    }

    void roleRead(const QString &key)
    {
        PolicyGroup &group = groups[key];
        if (--group.pendingRoles > 0)
            return;
        KeyHealth &h = group.health;
        bool get = false, wrap = false, unwrap = false, unknownRole = false;
        for (const RoleAssignment &a : relevantAssignments(h)) {
            const Lookup<RoleDefinition> &role = roles[a.role];
            if (!role.value) {
                unknownRole = true;
                continue;
            }
            get = get || roleAllows(*role.value, KeyReadAction);
            wrap = wrap || roleAllows(*role.value, KeyWrapAction);
            unwrap = unwrap || roleAllows(*role.value, KeyUnwrapAction);
        }
        // A role that could not be read might grant what the others do not: then it is unknown.
        const auto known = [unknownRole](bool granted) {
            return granted || !unknownRole ? std::optional<bool>(granted) : std::nullopt;
        };
        h.identityCanGet = known(get);
        h.identityCanWrapKey = known(wrap);
        h.identityCanUnwrapKey = known(unwrap);
        if (unknownRole)
            h.unknown << StatusService::tr("A role assigned to the policy's identity could not be read.");
        partDone(key);
    }

    void partDone(const QString &key)
    {
        PolicyGroup &group = groups[key];
        if (--group.pendingParts > 0)
            return;
        KeyHealth &h = group.health;
        const Lookup<KeyFacts> &lookup
            = keys[h.vaultId.toLower() + u'|' + h.keyName.toLower() + u'|' + h.keyVersion.toLower()];
        if (lookup.value) {
            h.keyExists = true;
            h.enabled = lookup.value->enabled;
            h.notBefore = lookup.value->notBefore;
            h.expires = lookup.value->expires;
            h.expiresWithin30Days
                = h.expires.isValid() && h.expires <= now.addDays(Diagnosis::ExpiryWarningDays);
        } else if (lookup.notFound()) {
            h.keyExists = false;
        } else {
            h.unknown << unreadable(StatusService::tr("The key's attributes"), lookup.error);
        }
        resolve(key);
    }

    void resolve(const QString &key)
    {
        PolicyGroup &group = groups[key];
        group.resolved = true;
        const QList<int> waiting = std::exchange(group.rows, {});
        for (int index : waiting) {
            if (stopped)
                return;
            completeRow(index, groups[key]);
        }
    }

    void completeRow(int index, const PolicyGroup &group)
    {
        EnvironmentStatus &row = q->m_report.rows[index];
        row.policyExists = group.exists;
        row.key = group.health;
        finishRow(index);
    }
};

StatusService::StatusService(http::Pipeline *powerPlatform, http::Pipeline *arm, http::Pipeline *keyVault,
                             QObject *parent)
    : QObject(parent)
    , m_powerPlatform(powerPlatform)
    , m_arm(arm)
    , m_keyVault(keyVault)
{
    qRegisterMetaType<cmk::status::StatusReport>();
    qRegisterMetaType<QList<cmk::status::EnvironmentStatus>>();
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &StatusService::flush);
}

StatusService::~StatusService()
{
    if (m_run)
        m_run->stopped = true;
}

void StatusService::setOptions(const StatusOptions &options)
{
    m_options = options;
    m_options.pageSize = qBound(1, m_options.pageSize, 1000);
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
}

bool StatusService::isRunning() const
{
    return m_run != nullptr;
}

void StatusService::start(const QString &tenantId)
{
    if (m_run)
        cancel();
    m_report = StatusReport();
    m_report.tenantId = tenantId;
    m_report.generatedAt = QDateTime::currentDateTimeUtc();
    m_report.asOf = m_options.clock ? m_options.clock().toUTC() : m_report.generatedAt;
    m_batch.clear();
    m_requests = 0;
    m_run = new Run(this);
    m_run->now = m_report.asOf;
    m_run->list();
}

void StatusService::cancel()
{
    if (m_run)
        finish(false);
}

void StatusService::emitRow(const EnvironmentStatus &row)
{
    m_batch.append(row);
    if (m_batch.size() >= m_options.batchSize)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(m_options.batchIntervalMs);
}

void StatusService::flush()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    const QList<EnvironmentStatus> batch = std::exchange(m_batch, {});
    Q_EMIT rowsReady(batch);
    if (m_run)
        Q_EMIT progress(int(m_report.rows.size()), m_run->completed, m_run->listingDone);
}

void StatusService::finish(bool complete)
{
    if (!m_run)
        return;
    Run *run = std::exchange(m_run, nullptr);
    run->stopped = true;
    run->deleteLater();
    flush();
    m_report.complete = complete;
    for (StatusProblem &p : m_report.problems) {
        if (p.kind == QLatin1StringView("environments") || p.kind == QLatin1StringView("role-definition"))
            continue;
        int affected = 0;
        for (const EnvironmentStatus &r : std::as_const(m_report.rows)) {
            const QString key = r.key.vaultId + QStringLiteral("/keys/") + r.key.keyName;
            if (r.policyId.compare(p.resource, Qt::CaseInsensitive) == 0
                || r.key.vaultId.compare(p.resource, Qt::CaseInsensitive) == 0
                || key.compare(p.resource, Qt::CaseInsensitive) == 0)
                ++affected;
        }
        p.affectedEnvironments = affected;
    }
    Q_EMIT finished(m_report);
}

} // namespace cmk::status
