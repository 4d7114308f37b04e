#pragma once

#include "auth/tokenbroker.h"
#include "roles/roleprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <memory>

namespace cmk::http {
class Pipeline;
}

namespace cmk::roles {

/// Builds the RoleProfile of a signed-in identity from real data, with as few requests as it can:
///
/// - its directory roles once (Graph `GET /me/memberOf/microsoft.graph.directoryRole`);
/// - its role assignments once per subscription (ARM list at `/subscriptions/{id}` filtered by
///   `principalId eq '{oid}'`, which answers assignments at, above and beneath the subscription);
///   only when that read is refused (403) is each asked-for scope of that subscription read by
///   itself (someone with a role on one resource only may read there);
/// - each role definition once (by tenant and GUID, shared by every identity).
///
/// Profiles are cached per identity (tenant + object id); a later call reads only what the cache
/// does not cover yet. A failed read never fails the call: the profile says what is unknown and why.
/// Calls are served one at a time in order; `done` runs later on `context`, never after it is gone.
class RoleDetector : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RoleProfile &profile)>;

    explicit RoleDetector(QObject *parent = nullptr);
    ~RoleDetector() override;

    /// The profile of `who` (calling through `pipeline`, which must be signed in as `who`) covering
    /// `scopes` (ARM ids; their subscriptions are read). `refresh`: forget what is cached for `who`
    /// first (after a step may have changed its roles).
    void detect(http::Pipeline *pipeline, const auth::SignedInIdentity &who, const QStringList &scopes,
                bool refresh, QObject *context, Done done);

    /// What is cached for this identity, if anything.
    std::optional<RoleProfile> cached(const QString &tenantId, const QString &objectId) const;
    void forget(const QString &tenantId, const QString &objectId);
    void clear();

    /// How many requests it has started (a paged list counts once).
    int requestsSent() const { return m_sent; }

private:
    struct Job;
    void startNext();
    void readDirectoryRoles();
    void readNextScope();
    void readDefinitions();
    void finishJob();

    QHash<QString, RoleProfile> m_profiles; ///< by lower-case "tenant/object"
    /// Role definitions read, by lower-case "tenant/guid" (a failed read is tried again next call).
    QHash<QString, AzureRoleGrant> m_definitions;
    QQueue<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_job;
    int m_sent = 0;
};

} // namespace cmk::roles
