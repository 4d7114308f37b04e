#include "roles/roledetector.h"

#include "services/armclient.h"
#include "services/graphclient.h"
#include "types/resourceid.h"

#include <QLoggingCategory>

namespace cmk::roles {

namespace {

Q_LOGGING_CATEGORY(lcRoles, "cmk.roles")

QString identityKey(const QString &tenantId, const QString &objectId)
{
    return tenantId.toLower() + u'/' + objectId.toLower();
}

/// What a failed read says, with the service's code: "You do not have permission… (HTTP 403
/// AuthorizationFailed)".
QString failure(const http::ServiceError &error)
{
    if (error.httpStatus == 0)
        return error.userMessage();
    //: %1: the translated error, %2: the HTTP status, %3: the service's error code
    return RoleDetector::tr("%1 (HTTP %2 %3)")
        .arg(error.userMessage())
        .arg(error.httpStatus)
        .arg(error.code)
        .trimmed();
}

QString subscriptionScope(const QString &scope)
{
    const auto id = ResourceId::parse(scope);
    if (!id || id->subscriptionId().isNull())
        return {};
    return ResourceId::forSubscription(id->subscriptionId()).toString();
}

bool covered(const RoleProfile &profile, const QString &scope)
{
    return std::any_of(profile.reads.cbegin(), profile.reads.cend(),
                       [&scope](const AssignmentRead &r) { return r.ok && scopeCovers(r.scope, scope); });
}

bool deniedExactlyAt(const RoleProfile &profile, const QString &scope)
{
    return std::any_of(profile.reads.cbegin(), profile.reads.cend(), [&scope](const AssignmentRead &r) {
        return !r.ok && r.httpStatus == 403 && r.scope.compare(scope, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

struct RoleDetector::Job
{
    http::Pipeline *pipeline = nullptr;
    auth::SignedInIdentity who;
    QStringList scopes;
    bool refresh = false;
    QPointer<QObject> context;
    Done done;
    RoleProfile profile;
    QStringList subscriptions; ///< still to read
    QStringList scopeReads; ///< single scopes still to read (their subscription refused)
    QStringList failedDefinitions; ///< role definition GUIDs this call could not read
    std::unique_ptr<services::ArmClient> arm;
    std::unique_ptr<services::GraphClient> graph;
};

RoleDetector::RoleDetector(QObject *parent)
    : QObject(parent)
{
}

RoleDetector::~RoleDetector() = default;

void RoleDetector::detect(http::Pipeline *pipeline, const auth::SignedInIdentity &who,
                          const QStringList &scopes, bool refresh, QObject *context, Done done)
{
    auto job = std::make_shared<Job>();
    job->pipeline = pipeline;
    job->who = who;
    job->scopes = scopes;
    job->refresh = refresh;
    job->context = context;
    job->done = std::move(done);
    m_queue.enqueue(job);
    // Always later, never before detect() returns.
    QMetaObject::invokeMethod(this, &RoleDetector::startNext, Qt::QueuedConnection);
}

std::optional<RoleProfile> RoleDetector::cached(const QString &tenantId, const QString &objectId) const
{
    const auto it = m_profiles.constFind(identityKey(tenantId, objectId));
    if (it == m_profiles.constEnd())
        return std::nullopt;
    return *it;
}

void RoleDetector::forget(const QString &tenantId, const QString &objectId)
{
    m_profiles.remove(identityKey(tenantId, objectId));
}

void RoleDetector::clear()
{
    m_profiles.clear();
    m_definitions.clear();
}

void RoleDetector::startNext()
{
    if (m_job || m_queue.isEmpty())
        return;
    m_job = m_queue.dequeue();
    Job &job = *m_job;
    const QString key = identityKey(job.who.tenantId, job.who.objectId);
    if (job.refresh)
        m_profiles.remove(key);
    job.profile = m_profiles.value(key);
    job.profile.tenantId = job.who.tenantId;
    job.profile.objectId = job.who.objectId;
    job.profile.userPrincipalName = job.who.userPrincipalName;
    for (const QString &scope : std::as_const(job.scopes)) {
        const QString sub = subscriptionScope(scope);
        if (!sub.isEmpty() && !job.subscriptions.contains(sub, Qt::CaseInsensitive))
            job.subscriptions.append(sub);
    }
    if (!job.pipeline) {
        job.profile.directoryRolesProblem = tr("nobody is signed in on this side");
        finishJob();
        return;
    }
    job.arm = std::make_unique<services::ArmClient>(job.pipeline);
    job.graph = std::make_unique<services::GraphClient>(job.pipeline);
    readDirectoryRoles();
}

void RoleDetector::readDirectoryRoles()
{
    if (m_job->profile.directoryRolesKnown) {
        readNextScope();
        return;
    }
    ++m_sent;
    m_job->graph->myDirectoryRoles(
        this, [this](const services::Reply<QList<services::DirectoryRole>> &reply) {
            RoleProfile &profile = m_job->profile;
            if (reply.ok()) {
                profile.directoryRolesKnown = true;
                profile.directoryRolesProblem.clear();
                profile.directoryRoles.clear();
                for (const services::DirectoryRole &role : *reply.value)
                    profile.directoryRoles.append(
                        {role.roleTemplateId.toString(QUuid::WithoutBraces), role.displayName});
            } else {
                profile.directoryRolesProblem
                    = tr("the directory roles could not be read: %1").arg(failure(reply.error));
                qCWarning(lcRoles) << "directory roles of" << profile.who()
                                   << "not read:" << reply.error.technicalSummary();
            }
            readNextScope();
        });
}

void RoleDetector::readNextScope()
{
    Job &job = *m_job;
    QString scope;
    bool isSubscription = false;
    while (scope.isEmpty()) {
        if (!job.scopeReads.isEmpty()) {
            const QString next = job.scopeReads.takeFirst();
            if (!covered(job.profile, next) && !deniedExactlyAt(job.profile, next))
                scope = next;
            continue;
        }
        if (job.subscriptions.isEmpty()) {
            readDefinitions();
            return;
        }
        const QString sub = job.subscriptions.takeFirst();
        if (covered(job.profile, sub))
            continue;
        if (deniedExactlyAt(job.profile, sub)) {
            for (const QString &s : std::as_const(job.scopes)) {
                if (subscriptionScope(s).compare(sub, Qt::CaseInsensitive) == 0
                    && !job.scopeReads.contains(s))
                    job.scopeReads.append(s);
            }
            continue;
        }
        scope = sub;
        isSubscription = true;
    }
    const auto id = ResourceId::parse(scope);
    const auto principal = ObjectId::parse(job.who.objectId);
    if (!id || !principal) {
        job.profile.reads.append(
            {scope, false, 0, QString(), tr("%1 is not a scope role assignments can be read at").arg(scope)});
        readNextScope();
        return;
    }
    ++m_sent;
    job.arm->listRoleAssignments(
        *id, *principal, this,
        [this, scope, isSubscription](const services::Reply<QList<services::RoleAssignment>> &reply) {
            Job &job = *m_job;
            RoleProfile &profile = job.profile;
            profile.reads.removeIf([&scope](const AssignmentRead &r) {
                return !r.ok && r.scope.compare(scope, Qt::CaseInsensitive) == 0;
            });
            if (reply.ok()) {
                profile.reads.append({scope, true, 0, QString(), QString()});
                for (const services::RoleAssignment &a : *reply.value) {
                    if (a.principalId.toString().compare(job.who.objectId, Qt::CaseInsensitive) != 0)
                        continue;
                    const QString id = a.id.toString();
                    if (std::any_of(profile.assignments.cbegin(), profile.assignments.cend(),
                                    [&id](const AzureRoleGrant &g) {
                                        return g.assignmentId.compare(id, Qt::CaseInsensitive) == 0;
                                    }))
                        continue;
                    AzureRoleGrant grant;
                    grant.assignmentId = id;
                    grant.scope = a.scope.toString();
                    grant.roleDefinitionId = a.role.toString(QUuid::WithoutBraces);
                    grant.roleName = grant.roleDefinitionId;
                    profile.assignments.append(grant);
                }
            } else {
                profile.reads.append({scope, false, reply.error.httpStatus, reply.error.code,
                                      tr("the role assignments at %1 could not be read: %2")
                                          .arg(scope, failure(reply.error))});
                qCInfo(lcRoles) << "role assignments of" << profile.who() << "at" << scope
                                << "not read:" << reply.error.technicalSummary();
                if (isSubscription && reply.error.httpStatus == 403) {
                    // Someone with a role on a single resource may still read there.
                    for (const QString &s : std::as_const(job.scopes)) {
                        if (subscriptionScope(s).compare(scope, Qt::CaseInsensitive) == 0
                            && s.compare(scope, Qt::CaseInsensitive) != 0 && !job.scopeReads.contains(s))
                            job.scopeReads.append(s);
                    }
                }
            }
            readNextScope();
        });
}

void RoleDetector::readDefinitions()
{
    Job &job = *m_job;
    const QString tenant = job.who.tenantId.toLower();
    QString missingGuid;
    QString atScope;
    for (AzureRoleGrant &grant : job.profile.assignments) {
        if (grant.definitionRead)
            continue;
        const auto known = m_definitions.constFind(tenant + u'/' + grant.roleDefinitionId.toLower());
        if (known != m_definitions.constEnd()) {
            grant.roleName = known->roleName;
            grant.actions = known->actions;
            grant.notActions = known->notActions;
            grant.dataActions = known->dataActions;
            grant.notDataActions = known->notDataActions;
            grant.definitionRead = true;
            continue;
        }
        if (missingGuid.isEmpty() && !job.failedDefinitions.contains(grant.roleDefinitionId)) {
            missingGuid = grant.roleDefinitionId;
            atScope = subscriptionScope(grant.scope);
        }
    }
    if (missingGuid.isEmpty()) {
        finishJob();
        return;
    }
    const auto scope = ResourceId::parse(atScope);
    const QUuid role = QUuid::fromString(missingGuid);
    const auto failed = [this, tenant, missingGuid](const QString &why) {
        // Remembered for this call only: the grants stay unread (unknown), the next call tries again.
        m_job->failedDefinitions.append(missingGuid);
        qCInfo(lcRoles) << "role definition" << missingGuid << "not read:" << why;
        readDefinitions();
    };
    if (!scope || role.isNull()) {
        failed(QStringLiteral("no subscription to read it in"));
        return;
    }
    ++m_sent;
    job.arm->getRoleDefinition(
        *scope, role, this,
        [this, tenant, missingGuid, failed](const services::Reply<services::RoleDefinition> &reply) {
            if (!reply.ok()) {
                failed(reply.error.technicalSummary());
                return;
            }
            AzureRoleGrant definition;
            definition.roleName = reply.value->roleName.isEmpty() ? missingGuid : reply.value->roleName;
            definition.actions = reply.value->actions;
            definition.notActions = reply.value->notActions;
            definition.dataActions = reply.value->dataActions;
            definition.notDataActions = reply.value->notDataActions;
            definition.definitionRead = true;
            m_definitions.insert(tenant + u'/' + missingGuid.toLower(), definition);
            readDefinitions();
        });
}

void RoleDetector::finishJob()
{
    std::shared_ptr<Job> job = std::move(m_job);
    m_job.reset();
    m_profiles.insert(identityKey(job->who.tenantId, job->who.objectId), job->profile);
    if (job->context && job->done)
        QMetaObject::invokeMethod(
            job->context, [job] { job->done(job->profile); }, Qt::QueuedConnection);
    startNext();
}

} // namespace cmk::roles
