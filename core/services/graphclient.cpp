#include "services/graphclient.h"

#include "cloud/cloudprofile.h"
#include "services/jsonutil.h"

#include <QRegularExpression>

namespace cmk::services {

namespace {

using namespace json;

const QLatin1StringView MultiTenantAudience("AzureADMultipleOrgs");
const QString UserFields = QStringLiteral("id,displayName,userPrincipalName,mail");

std::optional<GraphUser> readUser(const Json &v, QString *why)
{
    const auto id = guid<ObjectId>(v, "id");
    if (!id) {
        *why = QStringLiteral("a user without a valid \"id\"");
        return std::nullopt;
    }
    return GraphUser {*id, text(v, "displayName"), text(v, "userPrincipalName"), text(v, "mail")};
}

std::optional<GraphApplication> readApplication(const Json &v, QString *why)
{
    const auto id = guid<ObjectId>(v, "id");
    const auto appId = guid<AppId>(v, "appId");
    if (!id || !appId) {
        *why = QStringLiteral("an application without a valid \"id\" and \"appId\"");
        return std::nullopt;
    }
    GraphApplication app;
    app.id = *id;
    app.appId = *appId;
    app.displayName = text(v, "displayName");
    app.signInAudience = text(v, "signInAudience");
    app.publisherDomain = text(v, "publisherDomain");
    if (const Json *web = member(v, "web"))
        app.webRedirectUris = texts(*web, "redirectUris");
    app.raw = RawJson {dump(v)};
    return app;
}

std::optional<ApplicationSecret> readSecret(const Json &v, QString *why)
{
    ApplicationSecret secret;
    secret.keyId = QUuid::fromString(text(v, "keyId"));
    secret.secretText = text(v, "secretText");
    if (secret.keyId.isNull() || secret.secretText.isEmpty()) {
        *why = QStringLiteral("a password credential without \"keyId\" or \"secretText\"");
        return std::nullopt;
    }
    secret.displayName = text(v, "displayName");
    secret.hint = text(v, "hint");
    secret.endDateTime = QDateTime::fromString(text(v, "endDateTime"), Qt::ISODateWithMs);
    return secret;
}

std::optional<GraphServicePrincipal> readServicePrincipal(const Json &v, QString *why)
{
    const auto id = guid<ObjectId>(v, "id");
    const auto appId = guid<AppId>(v, "appId");
    if (!id || !appId) {
        *why = QStringLiteral("a service principal without a valid \"id\" and \"appId\"");
        return std::nullopt;
    }
    return GraphServicePrincipal {*id, *appId, guid<TenantId>(v, "appOwnerOrganizationId"),
                                  text(v, "displayName"), text(v, "servicePrincipalType")};
}

std::optional<FederatedCredential> readCredential(const Json &v, QString *why)
{
    FederatedCredential credential;
    credential.id = QUuid::fromString(text(v, "id"));
    credential.name = text(v, "name");
    if (credential.id.isNull() || credential.name.isEmpty()) {
        *why = QStringLiteral("a federated identity credential without \"id\" or \"name\"");
        return std::nullopt;
    }
    credential.issuer = text(v, "issuer");
    credential.subject = text(v, "subject");
    credential.audiences = texts(v, "audiences");
    credential.description = text(v, "description");
    return credential;
}

std::optional<DirectoryRole> readRole(const Json &v, QString *why)
{
    const auto id = guid<ObjectId>(v, "id");
    const QUuid templateId = QUuid::fromString(text(v, "roleTemplateId"));
    if (!id || templateId.isNull()) {
        *why = QStringLiteral("a directory role without a valid \"id\" and \"roleTemplateId\"");
        return std::nullopt;
    }
    return DirectoryRole {*id, text(v, "displayName"), templateId};
}

/// Why `upn` cannot be a user principal name, or nothing when it can.
std::optional<QString> upnProblem(const QString &upn)
{
    const QString shape = GraphClient::tr("a user principal name looks like name@contoso.onmicrosoft.com");
    if (upn.isEmpty())
        return GraphClient::tr("The user principal name is empty; %1.").arg(shape);
    for (QChar c : upn) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            //: %1 is the text given, in quotes; %2 says what a user principal name looks like
            return GraphClient::tr("%1 is not a user principal name: it contains a space or a control "
                                   "character; %2.")
                .arg(quotedInput(upn), shape);
    }
    const qsizetype at = upn.indexOf(u'@');
    const QString domain = upn.mid(at + 1);
    if (at <= 0 || upn.count(u'@') != 1 || !domain.contains(u'.') || domain.startsWith(u'.')
        || domain.endsWith(u'.'))
        //: %1 is the text given, in quotes; %2 says what a user principal name looks like
        return GraphClient::tr("%1 is not a user principal name: it needs one @ followed by a domain; %2.")
            .arg(quotedInput(upn), shape);
    return std::nullopt;
}

/// Why `id` cannot name anything, or nothing when it can: the GUID parser's own words for a
/// nil or default-constructed ID.
template<GuidKind Kind> std::optional<QString> idProblem(const TypedGuid<Kind> &id)
{
    if (!id.isNull())
        return std::nullopt;
    ParseError error;
    GuidParser::parse(u"00000000-0000-0000-0000-000000000000", Kind, &error);
    return error.message;
}

/// The body of a new multi-tenant application, or why the input cannot make one.
std::optional<QByteArray> applicationBody(const QString &displayName, const QList<QUrl> &redirectUris,
                                          QString *problem)
{
    if (displayName.trimmed().isEmpty()) {
        *problem = GraphClient::tr("The application's display name is empty; customers see it when they "
                                   "grant access, so give it your company's or product's name.");
        return std::nullopt;
    }
    Json uris = Json::array();
    for (const QUrl &uri : redirectUris) {
        const bool https = uri.scheme() == QLatin1StringView("https");
        const bool loopbackHttp = uri.scheme() == QLatin1StringView("http") && isLoopbackHost(uri.host());
        if (!uri.isValid() || uri.host().isEmpty() || !(https || loopbackHttp) || uri.hasFragment()) {
            //: %1 is the address given, in quotes
            *problem = GraphClient::tr("%1 cannot be a redirect URI: use an https:// address without a "
                                       "fragment (plain http:// only for localhost).")
                           .arg(quotedInput(uri.toString()));
            return std::nullopt;
        }
        uris.push_back(utf8(uri.toString(QUrl::FullyEncoded)));
    }
    Json body = {{"displayName", utf8(displayName.trimmed())},
                 {"signInAudience", utf8(QString(MultiTenantAudience))}};
    if (!uris.empty())
        body["web"] = {{"redirectUris", uris}};
    return dump(body);
}

/// Why `spec` cannot be a federated identity credential, or nothing when it can.
std::optional<QString> credentialProblem(const FederatedCredentialSpec &spec)
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,119}$"));
    if (!urlSafe.match(spec.name).hasMatch())
        //: %1 is the name given, in quotes
        return GraphClient::tr("%1 cannot name a federated credential: use 1-120 letters, digits, '-', '_' "
                               "and '.', not starting with '.', for example cmk-my-identity.")
            .arg(quotedInput(spec.name));
    const QUrl issuer(spec.issuer, QUrl::StrictMode);
    if (!issuer.isValid() || issuer.scheme() != QLatin1StringView("https") || issuer.host().isEmpty()
        || spec.issuer.size() > 600)
        return GraphClient::tr("%1 cannot be a federated credential's issuer: it is the https:// address of "
                               "the identity's tenant, like https://login.microsoftonline.com/<tenant "
                               "ID>/v2.0.")
            .arg(quotedInput(spec.issuer));
    if (spec.subject.isEmpty() || spec.subject.size() > 600)
        return GraphClient::tr("The federated credential's subject must be the managed identity's principal "
                               "ID (1-600 characters).");
    if (spec.audience.isEmpty() || spec.audience.size() > 600)
        return GraphClient::tr("The federated credential's audience must be the cloud's token-exchange "
                               "audience, such as api://AzureADTokenExchange.");
    if (spec.description.size() > 600)
        return GraphClient::tr("The federated credential's description is longer than 600 characters.");
    return std::nullopt;
}

} // namespace

bool GraphApplication::isMultiTenant() const
{
    return signInAudience == MultiTenantAudience
        || signInAudience == QLatin1StringView("AzureADandPersonalMicrosoftAccount");
}

FederatedCredentialSpec FederatedCredentialSpec::forManagedIdentity(const CloudProfile &profile,
                                                                    const TenantId &tenant,
                                                                    const ObjectId &principalId,
                                                                    const QString &name)
{
    FederatedCredentialSpec spec;
    spec.name = name;
    spec.issuer = profile.authority(tenant.toString()) + QStringLiteral("/v2.0");
    spec.subject = principalId.toString();
    spec.audience = profile.federatedCredentialAudience;
    return spec;
}

GraphClient::GraphClient(http::Pipeline *pipeline)
    : ServiceClient(pipeline)
{
}

http::RequestSpec GraphClient::request(const QByteArray &method, const QString &path,
                                       const QList<QPair<QString, QString>> &query) const
{
    http::RequestSpec spec;
    spec.method = method;
    spec.service = http::ServiceKind::Graph;
    spec.idempotency = http::RequestSpec::idempotencyOf(method);
    spec.url = CloudProfile::join(pipeline()->profile().graphEndpoint, QStringLiteral("/v1.0") + path);
    if (!query.isEmpty())
        spec.url.setQuery(encodedQuery(query));
    return spec;
}

void GraphClient::me(QObject *context, Callback<GraphUser> done)
{
    send<GraphUser>(request("GET", QStringLiteral("/me")), context, std::move(done),
                    bodyAs<GraphUser>(readUser));
}

void GraphClient::myDirectoryRoles(QObject *context, Callback<QList<DirectoryRole>> done)
{
    readAllPages<DirectoryRole>(
        pipeline(),
        request("GET", QStringLiteral("/me/memberOf/microsoft.graph.directoryRole"),
                {{QStringLiteral("$select"), QStringLiteral("id,displayName,roleTemplateId")}}),
        context, std::move(done), readRole);
}

void GraphClient::findUser(const QString &userPrincipalName, QObject *context,
                           Callback<std::optional<GraphUser>> done)
{
    if (const auto problem = upnProblem(userPrincipalName))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    send<std::optional<GraphUser>>(
        request("GET", QStringLiteral("/users"),
                {{QStringLiteral("$filter"),
                  QStringLiteral("userPrincipalName eq %1").arg(odataString(userPrincipalName))},
                 {QStringLiteral("$select"), UserFields}}),
        context, std::move(done), firstItemAs<GraphUser>(readUser));
}

void GraphClient::users(int pageSize, QObject *context, Callback<QList<GraphUser>> done)
{
    if (pageSize < 0 || pageSize > 999)
        return reject(
            context, std::move(done),
            invalidInput(http::ServiceKind::Graph,
                         tr("Microsoft Graph reads 1 to 999 users per page, not %1.").arg(pageSize)));
    QList<QPair<QString, QString>> query {{QStringLiteral("$select"), UserFields}};
    if (pageSize > 0)
        query.append({QStringLiteral("$top"), QString::number(pageSize)});
    readAllPages<GraphUser>(pipeline(), request("GET", QStringLiteral("/users"), query), context,
                            std::move(done), readUser);
}

void GraphClient::createApplication(const QString &displayName, const QList<QUrl> &redirectUris,
                                    QObject *context, Callback<GraphApplication> done)
{
    QString problem;
    const auto body = applicationBody(displayName, redirectUris, &problem);
    if (!body)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, problem));
    http::RequestSpec spec = request("POST", QStringLiteral("/applications"));
    spec.body = *body;
    spec.operation = QStringLiteral("create application");
    send<GraphApplication>(std::move(spec), context, std::move(done),
                           bodyAs<GraphApplication>(readApplication));
}

void GraphClient::application(const ObjectId &id, QObject *context, Callback<GraphApplication> done)
{
    if (const auto problem = idProblem(id))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    send<GraphApplication>(request("GET", QStringLiteral("/applications/") + id.toString()), context,
                           std::move(done), bodyAs<GraphApplication>(readApplication));
}

void GraphClient::findApplication(const AppId &appId, QObject *context,
                                  Callback<std::optional<GraphApplication>> done)
{
    if (const auto problem = idProblem(appId))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    send<std::optional<GraphApplication>>(
        request(
            "GET", QStringLiteral("/applications"),
            {{QStringLiteral("$filter"), QStringLiteral("appId eq %1").arg(odataString(appId.toString()))}}),
        context, std::move(done), firstItemAs<GraphApplication>(readApplication));
}

void GraphClient::applicationsNamed(const QString &displayName, QObject *context,
                                    Callback<QList<GraphApplication>> done)
{
    readAllPages<GraphApplication>(
        pipeline(),
        request(
            "GET", QStringLiteral("/applications"),
            {{QStringLiteral("$filter"), QStringLiteral("displayName eq %1").arg(odataString(displayName))}}),
        context, std::move(done), readApplication);
}

void GraphClient::ensureApplication(const std::optional<AppId> &known, const QString &displayName,
                                    const QList<QUrl> &redirectUris, QObject *context,
                                    Callback<GraphApplication> done)
{
    QString problem;
    if (!applicationBody(displayName, redirectUris, &problem))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, problem));
    if (!known)
        return createApplication(displayName, redirectUris, context, std::move(done));
    findApplication(*known, context,
                    [this, displayName, redirectUris, context,
                     done = std::move(done)](const Reply<std::optional<GraphApplication>> &found) {
                        if (found.ok() && !found.value->has_value())
                            return createApplication(displayName, redirectUris, context, done);
                        done(unwrapped(found));
                    });
}

void GraphClient::addPassword(const ObjectId &application, const QString &displayName, QObject *context,
                              Callback<ApplicationSecret> done)
{
    if (const auto problem = idProblem(application))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    http::RequestSpec spec
        = request("POST", QStringLiteral("/applications/%1/addPassword").arg(application.toString()));
    spec.body = dump(Json {{"passwordCredential", {{"displayName", utf8(displayName)}}}});
    spec.operation = QStringLiteral("add application secret");
    send<ApplicationSecret>(std::move(spec), context, std::move(done), bodyAs<ApplicationSecret>(readSecret));
}

void GraphClient::findServicePrincipal(const AppId &appId, QObject *context,
                                       Callback<std::optional<GraphServicePrincipal>> done)
{
    if (const auto problem = idProblem(appId))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    send<std::optional<GraphServicePrincipal>>(
        request(
            "GET", QStringLiteral("/servicePrincipals"),
            {{QStringLiteral("$filter"), QStringLiteral("appId eq %1").arg(odataString(appId.toString()))}}),
        context, std::move(done), firstItemAs<GraphServicePrincipal>(readServicePrincipal));
}

void GraphClient::createServicePrincipal(const AppId &appId, QObject *context,
                                         Callback<GraphServicePrincipal> done)
{
    if (const auto problem = idProblem(appId))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    http::RequestSpec spec = request("POST", QStringLiteral("/servicePrincipals"));
    spec.body = dump(Json {{"appId", utf8(appId.toString())}});
    spec.operation = QStringLiteral("create service principal");
    send<GraphServicePrincipal>(
        std::move(spec), context,
        [this, appId, context, done = std::move(done)](const Reply<GraphServicePrincipal> &created) {
            // It exists already (or the outcome of our POST is unknown): read what is there.
            const bool exists = created.error.httpStatus == 409
                && created.error.code == QLatin1StringView("Request_MultipleObjectsWithSameKeyValue");
            if (!exists && !created.error.maybeApplied)
                return done(created);
            findServicePrincipal(
                appId, context, [created, done](const Reply<std::optional<GraphServicePrincipal>> &found) {
                    done(found.ok() && found.value->has_value() ? unwrapped(found) : created);
                });
        },
        bodyAs<GraphServicePrincipal>(readServicePrincipal));
}

void GraphClient::ensureServicePrincipal(const AppId &appId, QObject *context,
                                         Callback<GraphServicePrincipal> done)
{
    findServicePrincipal(appId, context,
                         [this, appId, context,
                          done = std::move(done)](const Reply<std::optional<GraphServicePrincipal>> &found) {
                             if (found.ok() && !found.value->has_value())
                                 return createServicePrincipal(appId, context, done);
                             done(unwrapped(found));
                         });
}

void GraphClient::federatedCredentials(const ObjectId &application, QObject *context,
                                       Callback<QList<FederatedCredential>> done)
{
    if (const auto problem = idProblem(application))
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    readAllPages<FederatedCredential>(
        pipeline(),
        request("GET",
                QStringLiteral("/applications/%1/federatedIdentityCredentials").arg(application.toString())),
        context, std::move(done), readCredential);
}

void GraphClient::upsertFederatedCredential(const ObjectId &application, const FederatedCredentialSpec &spec,
                                            QObject *context, Callback<FederatedCredential> done)
{
    std::optional<QString> problem = idProblem(application);
    if (!problem)
        problem = credentialProblem(spec);
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    // The name is URL-safe (checked above), so it goes into the key verbatim.
    const QString path = QStringLiteral("/applications/%1/federatedIdentityCredentials(name='%2')")
                             .arg(application.toString(), spec.name);
    http::RequestSpec upsert = request("PATCH", path);
    upsert.headers.append(qMakePair(QByteArrayLiteral("Prefer"), QByteArrayLiteral("create-if-missing")));
    Json body = {{"issuer", utf8(spec.issuer)},
                 {"subject", utf8(spec.subject)},
                 {"audiences", Json::array({utf8(spec.audience)})}};
    if (!spec.description.isEmpty())
        body["description"] = utf8(spec.description);
    upsert.body = dump(body);
    upsert.operation = QStringLiteral("upsert federated credential");
    // 201 carries the new credential; 204 (it existed and was updated) carries nothing: read it.
    send<std::optional<FederatedCredential>>(
        std::move(upsert), context,
        [this, path, context,
         done = std::move(done)](const Reply<std::optional<FederatedCredential>> &upserted) {
            if (upserted.ok() && !upserted.value->has_value()) {
                send<FederatedCredential>(request("GET", path), context, done,
                                          bodyAs<FederatedCredential>(readCredential));
                return;
            }
            done(unwrapped(upserted));
        },
        [](const http::Result &result, QString *why) -> std::optional<std::optional<FederatedCredential>> {
            if (result.status == 204)
                return std::optional<FederatedCredential>();
            auto credential = readObject<FederatedCredential>(result.body, readCredential, why);
            if (!credential)
                return std::nullopt;
            return credential;
        });
}

void GraphClient::deleteFederatedCredential(const ObjectId &application, const QUuid &credentialId,
                                            QObject *context, Callback<Done> done)
{
    std::optional<QString> problem = idProblem(application);
    if (!problem && credentialId.isNull())
        problem
            = tr("The federated credential's ID is empty; list the application's credentials to find it.");
    if (problem)
        return reject(context, std::move(done), invalidInput(http::ServiceKind::Graph, *problem));
    send<Done>(request("DELETE",
                       QStringLiteral("/applications/%1/federatedIdentityCredentials/%2")
                           .arg(application.toString(), credentialId.toString(QUuid::WithoutBraces))),
               context, std::move(done), noBody);
}

} // namespace cmk::services
