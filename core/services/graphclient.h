#pragma once

#include "services/serviceclient.h"
#include "types/guid.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace cmk {
struct CloudProfile;
}

namespace cmk::services {

/// A directory user (`GET /me`, `GET /users`).
struct GraphUser
{
    ObjectId id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
};

/// An application registration. `id` is the object ID used in Graph URLs; `appId` is the
/// application (client) ID handed to customers.
struct GraphApplication
{
    ObjectId id;
    AppId appId;
    QString displayName;
    QString signInAudience;
    QString publisherDomain;
    QStringList webRedirectUris;
    RawJson raw;

    bool isMultiTenant() const;
};

/// A new client secret of an application. `secretText` is shown once by the service and must
/// go to a CredentialStore, never to a log.
struct ApplicationSecret
{
    QUuid keyId;
    QString displayName;
    QString hint;
    QString secretText;
    QDateTime endDateTime;
};

/// An application's service principal in one tenant. Its `id` is the principal ID for role
/// assignments and access policies in that tenant.
struct GraphServicePrincipal
{
    ObjectId id;
    AppId appId;
    std::optional<TenantId> appOwnerOrganizationId;
    QString displayName;
    QString servicePrincipalType;
};

/// What a federated identity credential on an application says.
struct FederatedCredentialSpec
{
    QString name; ///< unique per application, up to 120 URL-safe characters, immutable
    QString issuer;
    QString subject;
    QString audience;
    QString description;

    /// The credential that lets the managed identity `principalId` of `tenant` act as the
    /// application, for cross-tenant customer-managed keys: the tenant's v2.0 issuer in the
    /// cloud's authority and the cloud's token-exchange audience.
    static FederatedCredentialSpec forManagedIdentity(const CloudProfile &profile, const TenantId &tenant,
                                                      const ObjectId &principalId, const QString &name);
};

/// A federated identity credential as the service stores it.
struct FederatedCredential
{
    QUuid id;
    QString name;
    QString issuer;
    QString subject;
    QStringList audiences;
    QString description;
};

/// A directory role the signed-in user holds (activated, not only eligible).
struct DirectoryRole
{
    ObjectId id;
    QString displayName;
    QUuid roleTemplateId; ///< the same in every tenant, e.g. Power Platform Administrator
};

/// Microsoft Graph v1.0 for the wizard: who is signed in and which directory roles they hold,
/// finding users, the ISV's multi-tenant application with its secrets and federated
/// credentials, and its service principal in the customer's tenant. Calls go to the tenant of
/// the pipeline's token session. Creating calls are not repeated blindly; the `ensure…`
/// helpers look up what exists first, so a re-run does not duplicate anything. Keep the client
/// alive until its callbacks have run: those helpers call again from the first answer.
class GraphClient : public ServiceClient
{
    Q_DECLARE_TR_FUNCTIONS(cmk::services::GraphClient)

public:
    explicit GraphClient(http::Pipeline *pipeline);

    /// The signed-in user.
    void me(QObject *context, Callback<GraphUser> done);
    /// The signed-in user's activated directory roles (every page).
    void myDirectoryRoles(QObject *context, Callback<QList<DirectoryRole>> done);

    /// The user with this user principal name, or nothing when there is none.
    void findUser(const QString &userPrincipalName, QObject *context,
                  Callback<std::optional<GraphUser>> done);
    /// Every user of the tenant, read in pages of `pageSize` (1-999; 0: the service's default).
    void users(int pageSize, QObject *context, Callback<QList<GraphUser>> done);

    /// Registers a multi-tenant application (`AzureADMultipleOrgs`). Not idempotent: prefer
    /// ensureApplication().
    void createApplication(const QString &displayName, const QList<QUrl> &redirectUris, QObject *context,
                           Callback<GraphApplication> done);
    /// The application with this object ID.
    void application(const ObjectId &id, QObject *context, Callback<GraphApplication> done);
    /// The application with this application (client) ID, or nothing when there is none.
    void findApplication(const AppId &appId, QObject *context,
                         Callback<std::optional<GraphApplication>> done);
    /// The applications called exactly `displayName` (display names are not unique: for warnings
    /// before a create, never to pick one).
    void applicationsNamed(const QString &displayName, QObject *context,
                           Callback<QList<GraphApplication>> done);
    /// The application `known` names if it still exists, else a new one as createApplication().
    void ensureApplication(const std::optional<AppId> &known, const QString &displayName,
                           const QList<QUrl> &redirectUris, QObject *context,
                           Callback<GraphApplication> done);
    /// Adds a client secret to the application with this object ID.
    void addPassword(const ObjectId &application, const QString &displayName, QObject *context,
                     Callback<ApplicationSecret> done);

    /// The service principal of `appId` in this tenant, or nothing when there is none.
    void findServicePrincipal(const AppId &appId, QObject *context,
                              Callback<std::optional<GraphServicePrincipal>> done);
    /// Creates the service principal of `appId` in this tenant; one that already exists is read
    /// and returned.
    void createServicePrincipal(const AppId &appId, QObject *context, Callback<GraphServicePrincipal> done);
    /// The service principal of `appId` in this tenant: looked up first, created when missing.
    void ensureServicePrincipal(const AppId &appId, QObject *context, Callback<GraphServicePrincipal> done);

    /// The federated identity credentials of the application with this object ID.
    void federatedCredentials(const ObjectId &application, QObject *context,
                              Callback<QList<FederatedCredential>> done);
    /// Creates the credential named `spec.name`, or updates it to `spec` when it exists.
    void upsertFederatedCredential(const ObjectId &application, const FederatedCredentialSpec &spec,
                                   QObject *context, Callback<FederatedCredential> done);
    /// Deletes the credential with this ID from the application.
    void deleteFederatedCredential(const ObjectId &application, const QUuid &credentialId, QObject *context,
                                   Callback<Done> done);

private:
    http::RequestSpec request(const QByteArray &method, const QString &path,
                              const QList<QPair<QString, QString>> &query = {}) const;
};

} // namespace cmk::services
