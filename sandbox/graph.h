#pragma once

#include "context.h"

namespace cmk::sandbox {

/// Microsoft Graph v1.0 on its own origin: the signed-in user and their directory roles, users,
/// applications (multi-tenant), federated identity credentials (create and upsert), client
/// secrets and service principals, with $filter on the fields the tracks use, $select, $top
/// paging with @odata.nextLink, directory permissions, and Graph's error shape.
class GraphService
{
public:
    explicit GraphService(Context &context);

    Response handle(const Request &request, RequestLogEntry *entry);

private:
    struct Call
    {
        const Request &request;
        Principal caller;
        QStringList path; ///< after /v1.0
    };

    Response me(Call &call);
    Response users(Call &call);
    Response applications(Call &call);
    Response application(Call &call, Application &app);
    Response federatedCredentials(Call &call, Application &app);
    Response servicePrincipals(Call &call);

    Json userJson(const User &u) const;
    Json applicationJson(const Application &a) const;
    Json credentialJson(const Application &a, const FederatedCredential &f) const;
    Json servicePrincipalJson(const ServicePrincipal &sp) const;
    /// The candidates that match the request's `$filter`, as a collection.
    Response filtered(Call &call, const std::vector<Json> &candidates, const QString &context);
    Response collection(Call &call, const std::vector<Json> &items, const QString &context);
    bool canManageApplications(const Principal &p) const;

    Context &m_ctx;
};

} // namespace cmk::sandbox
