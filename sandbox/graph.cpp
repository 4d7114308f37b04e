#include "graph.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace cmk::sandbox {

namespace {

/// `field eq 'value'` terms joined by `and`, the only filters the tracks send.
std::optional<QList<QPair<QString, QString>>> parseFilter(const QString &filter)
{
    QList<QPair<QString, QString>> terms;
    if (filter.trimmed().isEmpty())
        return terms;
    static const QRegularExpression term(QStringLiteral("^\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"));
    for (const QString &part : filter.split(
             QRegularExpression(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption))) {
        const auto m = term.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        terms.append({m.captured(1), m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"))});
    }
    return terms;
}

bool matches(const Json &item, const QList<QPair<QString, QString>> &terms)
{
    for (const auto &[field, value] : terms) {
        if (str(item, s(field).c_str()).compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

Json select(const Json &item, const QString &selectParam)
{
    if (selectParam.isEmpty())
        return item;
    Json out = Json::object();
    if (item.contains("@odata.type"))
        out["@odata.type"] = item["@odata.type"];
    for (const QString &field : selectParam.split(u',', Qt::SkipEmptyParts)) {
        const std::string key = s(field.trimmed());
        if (item.contains(key))
            out[key] = item[key];
    }
    return out;
}

QString roleName(const QString &templateId)
{
    static const QHash<QString, QString> names {
        {QLatin1StringView(DirectoryRole::GlobalAdministrator), QStringLiteral("Global Administrator")},
        {QLatin1StringView(DirectoryRole::PowerPlatformAdministrator),
         QStringLiteral("Power Platform Administrator")},
        {QLatin1StringView(DirectoryRole::Dynamics365Administrator),
         QStringLiteral("Dynamics 365 Administrator")},
        {QLatin1StringView(DirectoryRole::ApplicationAdministrator),
         QStringLiteral("Application Administrator")},
        {QLatin1StringView(DirectoryRole::CloudApplicationAdministrator),
         QStringLiteral("Cloud Application Administrator")},
        {QLatin1StringView(DirectoryRole::ApplicationDeveloper), QStringLiteral("Application Developer")},
        {QLatin1StringView(DirectoryRole::GlobalReader), QStringLiteral("Global Reader")},
    };
    return names.value(templateId, QStringLiteral("Directory role"));
}

} // namespace

GraphService::GraphService(Context &context)
    : m_ctx(context)
{
}

bool GraphService::canManageApplications(const Principal &p) const
{
    return p.hasDirectoryRole(DirectoryRole::GlobalAdministrator)
        || p.hasDirectoryRole(DirectoryRole::ApplicationAdministrator)
        || p.hasDirectoryRole(DirectoryRole::CloudApplicationAdministrator);
}

Json GraphService::userJson(const User &u) const
{
    return Json {{"@odata.type", "#microsoft.graph.user"},
                 {"id", s(u.objectId)},
                 {"displayName", s(u.displayName)},
                 {"userPrincipalName", s(u.upn)},
                 {"mail", s(u.upn)},
                 {"givenName", s(u.displayName.section(u' ', 0, 0))},
                 {"surname", s(u.displayName.section(u' ', 1))},
                 {"jobTitle", nullptr},
                 {"businessPhones", Json::array()},
                 {"officeLocation", nullptr},
                 {"preferredLanguage", "en-US"},
                 {"mobilePhone", nullptr}};
}

Json GraphService::applicationJson(const Application &a) const
{
    Json redirects = Json::array();
    for (const QString &r : a.redirectUris)
        redirects.push_back(s(r));
    Json publicRedirects = Json::array();
    for (const QString &r : a.publicClientRedirectUris)
        publicRedirects.push_back(s(r));
    Json passwords = Json::array();
    for (const ClientSecret &c : a.secrets)
        passwords.push_back(
            {{"keyId", s(c.keyId)}, {"hint", s(c.hint)}, {"displayName", "secret"}, {"secretText", nullptr}});
    const Tenant *t = m_ctx.world.tenant(a.tenantId);
    return Json {
        {"@odata.type", "#microsoft.graph.application"},
        {"id", s(a.objectId)},
        {"appId", s(a.appId)},
        {"displayName", s(a.displayName)},
        {"signInAudience", s(a.signInAudience)},
        {"publisherDomain", t ? s(t->domain) : std::string()},
        {"createdDateTime", s(SimClock::iso(a.createdMs))},
        {"isFallbackPublicClient", a.isFallbackPublicClient},
        {"identifierUris", Json::array()},
        {"keyCredentials", Json::array()},
        {"passwordCredentials", passwords},
        {"requiredResourceAccess", Json::array()},
        {"tags", Json::array()},
        {"api", {{"requestedAccessTokenVersion", nullptr}, {"oauth2PermissionScopes", Json::array()}}},
        {"publicClient", {{"redirectUris", publicRedirects}}},
        {"web",
         {{"redirectUris", redirects},
          {"homePageUrl", nullptr},
          {"logoutUrl", nullptr},
          {"implicitGrantSettings",
           {{"enableIdTokenIssuance", false}, {"enableAccessTokenIssuance", false}}}}}};
}

Json GraphService::credentialJson(const Application &a, const FederatedCredential &f) const
{
    Json aud = Json::array();
    for (const QString &x : f.audiences)
        aud.push_back(s(x));
    return Json {{"@odata.context",
                  s(m_ctx.origin(Service::Graph).toString()
                    + QStringLiteral("v1.0/$metadata#applications('%1')/federatedIdentityCredentials/$entity")
                          .arg(a.objectId))},
                 {"id", s(f.id)},
                 {"name", s(f.name)},
                 {"issuer", s(f.issuer)},
                 {"subject", s(f.subject)},
                 {"description", f.description.isEmpty() ? Json(nullptr) : Json(s(f.description))},
                 {"audiences", aud}};
}

Json GraphService::servicePrincipalJson(const ServicePrincipal &sp) const
{
    Json names = Json::array({s(sp.appId)});
    if (!sp.managedIdentityResourceId.isEmpty())
        names.push_back(s(sp.managedIdentityResourceId));
    Json replyUrls = Json::array(); // the application's web redirect URIs
    if (const Application *app = m_ctx.world.applicationByAppId(sp.appId)) {
        for (const QString &r : app->redirectUris)
            replyUrls.push_back(s(r));
    }
    return Json {{"@odata.type", "#microsoft.graph.servicePrincipal"},
                 {"id", s(sp.objectId)},
                 {"appId", s(sp.appId)},
                 {"displayName", s(sp.displayName)},
                 {"appDisplayName", s(sp.displayName)},
                 {"appOwnerOrganizationId",
                  sp.appOwnerTenantId.isEmpty() ? Json(nullptr) : Json(s(sp.appOwnerTenantId))},
                 {"accountEnabled", true},
                 {"servicePrincipalType", s(sp.type)},
                 {"servicePrincipalNames", names},
                 {"alternativeNames",
                  sp.managedIdentityResourceId.isEmpty() ? Json::array()
                                                         : Json::array({s(sp.managedIdentityResourceId)})},
                 {"appRoleAssignmentRequired", false},
                 {"appRoles", Json::array()},
                 {"oauth2PermissionScopes", Json::array()},
                 {"keyCredentials", Json::array()},
                 {"passwordCredentials", Json::array()},
                 {"replyUrls", replyUrls},
                 {"tags", Json::array()}};
}

Response GraphService::filtered(Call &call, const std::vector<Json> &candidates, const QString &context)
{
    const auto terms
        = parseFilter(call.request.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded));
    if (!terms)
        return errors::graph(
            400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral(
                "Unsupported query: the sandbox understands \"field eq 'value'\" terms joined with and."),
            call.request);
    std::vector<Json> items;
    for (const Json &candidate : candidates) {
        if (matches(candidate, *terms))
            items.push_back(candidate);
    }
    return collection(call, items, context);
}

Response GraphService::collection(Call &call, const std::vector<Json> &items, const QString &context)
{
    const QString selectParam
        = call.request.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded);
    bool topOk = true;
    const int top = call.request.query.hasQueryItem(QStringLiteral("$top"))
        ? call.request.query.queryItemValue(QStringLiteral("$top")).toInt(&topOk)
        : 100;
    if (!topOk || top < 1 || top > 999)
        return errors::graph(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.")
                .arg(call.request.query.queryItemValue(QStringLiteral("$top"))),
            call.request);
    const size_t start = call.request.query.queryItemValue(QStringLiteral("$skiptoken")).toULongLong();
    Json value = Json::array();
    size_t i = start;
    for (; i < items.size() && i < start + size_t(top); ++i)
        value.push_back(select(items[i], selectParam));
    Json body = {{"@odata.context",
                  s(m_ctx.origin(Service::Graph).toString() + QStringLiteral("v1.0/$metadata#") + context)},
                 {"value", value}};
    if (i < items.size()) {
        QUrlQuery q(call.request.query);
        q.removeAllQueryItems(QStringLiteral("$skiptoken"));
        q.addQueryItem(QStringLiteral("$skiptoken"), QString::number(i));
        QString base = m_ctx.origin(Service::Graph).toString();
        base.chop(1);
        body["@odata.nextLink"] = s(base + call.request.path + u'?' + q.toString(QUrl::FullyEncoded));
    }
    return Response::json(200, bytes(body));
}

Response GraphService::handle(const Request &request, RequestLogEntry *entry)
{
    Response authError;
    const auto caller = m_ctx.authenticate(request, Service::Graph, &authError);
    if (!caller)
        return authError;
    entry->tenantId = caller->tenantId;
    entry->callerObjectId = caller->objectId;
    if (request.segments.isEmpty() || request.segments.first() != QLatin1StringView("v1.0"))
        return errors::graph(400, QStringLiteral("BadRequest"),
                             QStringLiteral("Invalid version: the sandbox serves v1.0 only."), request);
    Call call {request, *caller, request.segments.mid(1)};
    if (call.path.isEmpty())
        return errors::graph(400, QStringLiteral("BadRequest"),
                             QStringLiteral("Resource not found for the segment ''."), request);
    const QString root = call.path.first();
    if (root == QLatin1StringView("me"))
        return me(call);
    if (root == QLatin1StringView("users"))
        return users(call);
    if (root == QLatin1StringView("applications") || root.startsWith(QLatin1StringView("applications(")))
        return applications(call);
    if (root == QLatin1StringView("servicePrincipals"))
        return servicePrincipals(call);
    return errors::graph(400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment '%1'.").arg(root), request);
}

Response GraphService::me(Call &call)
{
    const User *u = m_ctx.world.user(call.caller.objectId);
    if (!u)
        return errors::graph(400, QStringLiteral("BadRequest"),
                             QStringLiteral("/me request is only valid with delegated authentication flow."),
                             call.request);
    if (call.request.method != "GET")
        return errors::graph(405, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("Only GET is supported here."), call.request);
    if (call.path.size() == 1)
        return Response::json(
            200,
            bytes(select(userJson(*u),
                         call.request.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded))));
    if (call.path.value(1) == QLatin1StringView("memberOf")) {
        std::vector<Json> roles;
        for (const QString &templateId : u->directoryRoles) {
            const QString id
                = QUuid::createUuidV5(QUuid(u->tenantId), templateId).toString(QUuid::WithoutBraces);
            roles.push_back({{"@odata.type", "#microsoft.graph.directoryRole"},
                             {"id", s(id)},
                             {"displayName", s(roleName(templateId))},
                             {"description", s(roleName(templateId))},
                             {"roleTemplateId", s(templateId)}});
        }
        if (call.path.size() == 2 || call.path.value(2) == QLatin1StringView("microsoft.graph.directoryRole"))
            return collection(call, roles, QStringLiteral("directoryObjects"));
    }
    return errors::graph(400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment '%1'.").arg(call.path.value(1)),
                         call.request);
}

Response GraphService::users(Call &call)
{
    if (call.request.method != "GET")
        return errors::graph(403, QStringLiteral("Authorization_RequestDenied"),
                             QStringLiteral("Insufficient privileges to complete the operation."),
                             call.request);
    if (call.path.size() == 2) {
        const QString key = call.path.at(1);
        for (const User &u : m_ctx.world.users) {
            if (u.tenantId == call.caller.tenantId
                && (u.objectId.compare(key, Qt::CaseInsensitive) == 0
                    || u.upn.compare(key, Qt::CaseInsensitive) == 0))
                return Response::json(200,
                                      bytes(select(userJson(u),
                                                   call.request.query.queryItemValue(
                                                       QStringLiteral("$select"), QUrl::FullyDecoded))));
        }
        return errors::graph(
            404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects "
                           "are not present.")
                .arg(key),
            call.request);
    }
    std::vector<Json> users;
    for (const User &u : m_ctx.world.users) {
        if (u.tenantId == call.caller.tenantId)
            users.push_back(userJson(u));
    }
    return filtered(call, users, QStringLiteral("users"));
}

Response GraphService::applications(Call &call)
{
    const QByteArray &method = call.request.method;
    const QString first = call.path.first();
    Application *app = nullptr;
    if (first.startsWith(QLatin1StringView("applications("))) {
        static const QRegularExpression key(
            QStringLiteral("^applications\\((appId|uniqueName)='([^']+)'\\)$"));
        const auto m = key.match(first);
        if (!m.hasMatch())
            return errors::graph(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("Invalid key: %1.").arg(first), call.request);
        app = m_ctx.world.applicationByAppId(m.captured(2));
    } else if (call.path.size() >= 2) {
        app = m_ctx.world.applicationByObjectId(call.path.at(1));
    }
    const bool addressed = first != QLatin1StringView("applications") || call.path.size() >= 2;
    if (addressed) {
        if (!app || app->tenantId != call.caller.tenantId)
            return errors::graph(
                404, QStringLiteral("Request_ResourceNotFound"),
                QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                               "objects are not present.")
                    .arg(call.path.value(first == QLatin1StringView("applications") ? 1 : 0)),
                call.request);
        return application(call, *app);
    }
    if (method == "GET") {
        std::vector<Json> applications;
        for (const Application &a : m_ctx.world.applications) {
            if (a.tenantId == call.caller.tenantId)
                applications.push_back(applicationJson(a));
        }
        return filtered(call, applications, QStringLiteral("applications"));
    }
    if (method != "POST")
        return errors::graph(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Use GET or POST."),
                             call.request);
    if (call.caller.kind != Principal::Kind::User)
        return errors::graph(403, QStringLiteral("Authorization_RequestDenied"),
                             QStringLiteral("Insufficient privileges to complete the operation."),
                             call.request);
    const auto body = parseJson(call.request.body);
    if (!body || !body->is_object())
        return errors::graph(400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("The request body is not a JSON object."), call.request);
    const QString displayName = str(*body, "displayName");
    if (displayName.trimmed().isEmpty())
        return errors::graph(400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("Property 'displayName' is required and must not be empty."),
                             call.request);
    const QString audience = str(*body, "signInAudience", QStringLiteral("AzureADMyOrg"));
    static const QStringList audiences {QStringLiteral("AzureADMyOrg"), QStringLiteral("AzureADMultipleOrgs"),
                                        QStringLiteral("AzureADandPersonalMicrosoftAccount"),
                                        QStringLiteral("PersonalMicrosoftAccount")};
    if (!audiences.contains(audience))
        return errors::graph(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral(
                "Invalid value specified for property 'signInAudience' of resource 'Application'."),
            call.request);
    Application a;
    a.objectId = m_ctx.world.newGuid();
    a.appId = m_ctx.world.newGuid();
    a.tenantId = call.caller.tenantId;
    a.displayName = displayName;
    a.signInAudience = audience;
    a.createdMs = m_ctx.world.clock.nowMs();
    for (const auto &r : body->value("web", Json::object()).value("redirectUris", Json::array()))
        a.redirectUris << qs(r.get<std::string>());
    for (const auto &r : body->value("publicClient", Json::object()).value("redirectUris", Json::array()))
        a.publicClientRedirectUris << qs(r.get<std::string>());
    a.isFallbackPublicClient = body->value("isFallbackPublicClient", false);
    a.owners << call.caller.objectId;
    m_ctx.world.applications.push_back(a);
    // The app's own service principal in its home tenant, as the portal creates it.
    ServicePrincipal sp;
    sp.objectId = m_ctx.world.newGuid();
    sp.appId = a.appId;
    sp.tenantId = a.tenantId;
    sp.displayName = a.displayName;
    sp.appOwnerTenantId = a.tenantId;
    sp.createdMs = a.createdMs;
    m_ctx.world.servicePrincipals.push_back(sp);
    Json out = applicationJson(a);
    out["@odata.context"]
        = s(m_ctx.origin(Service::Graph).toString() + QStringLiteral("v1.0/$metadata#applications/$entity"));
    Response r = Response::json(201, bytes(out));
    r.setHeader(QByteArrayLiteral("Location"),
                (m_ctx.origin(Service::Graph).toString() + QStringLiteral("v1.0/applications/") + a.objectId)
                    .toUtf8());
    return r;
}

Response GraphService::application(Call &call, Application &app)
{
    const QByteArray &method = call.request.method;
    const bool mayWrite = app.owners.contains(call.caller.objectId, Qt::CaseInsensitive)
        || canManageApplications(call.caller);
    const int rest = call.path.first() == QLatin1StringView("applications") ? 2 : 1;
    if (call.path.size() > rest) {
        const QString sub = call.path.at(rest);
        if (sub == QLatin1StringView("federatedIdentityCredentials")
            || sub.startsWith(QLatin1StringView("federatedIdentityCredentials(")))
            return federatedCredentials(call, app);
        if (sub == QLatin1StringView("addPassword") && method == "POST") {
            if (!mayWrite)
                return errors::graph(403, QStringLiteral("Authorization_RequestDenied"),
                                     QStringLiteral("Insufficient privileges to complete the operation."),
                                     call.request);
            ClientSecret secret;
            secret.keyId = m_ctx.world.newGuid();
            secret.value = QStringLiteral("sbx~") + m_ctx.world.newHex(18);
            secret.hint = secret.value.left(3);
            app.secrets.push_back(secret);
            return Response::json(
                200,
                bytes(Json {{"keyId", s(secret.keyId)},
                            {"hint", s(secret.hint)},
                            {"secretText", s(secret.value)},
                            {"displayName", "secret"},
                            {"startDateTime", s(SimClock::iso(m_ctx.world.clock.nowMs()))},
                            {"endDateTime",
                             s(SimClock::iso(m_ctx.world.clock.nowMs() + 180LL * 24 * 3600 * 1000))}}));
        }
        return errors::graph(400, QStringLiteral("BadRequest"),
                             QStringLiteral("Resource not found for the segment '%1'.").arg(sub),
                             call.request);
    }
    if (method == "GET")
        return Response::json(
            200,
            bytes(select(applicationJson(app),
                         call.request.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded))));
    if ((method == "PATCH" || method == "DELETE") && !mayWrite)
        return errors::graph(403, QStringLiteral("Authorization_RequestDenied"),
                             QStringLiteral("Insufficient privileges to complete the operation."),
                             call.request);
    if (method == "PATCH") {
        const auto body = parseJson(call.request.body);
        if (!body || !body->is_object())
            return errors::graph(400, QStringLiteral("Request_BadRequest"),
                                 QStringLiteral("The request body is not a JSON object."), call.request);
        if (body->contains("displayName"))
            app.displayName = str(*body, "displayName");
        if (body->contains("signInAudience"))
            app.signInAudience = str(*body, "signInAudience");
        if (body->contains("web")) {
            app.redirectUris.clear();
            for (const auto &r : (*body)["web"].value("redirectUris", Json::array()))
                app.redirectUris << qs(r.get<std::string>());
        }
        return Response {204, {}, {}};
    }
    if (method == "DELETE") {
        const QString objectId = app.objectId;
        auto &apps = m_ctx.world.applications;
        apps.erase(std::remove_if(apps.begin(), apps.end(),
                                  [&](const Application &a) { return a.objectId == objectId; }),
                   apps.end());
        return Response {204, {}, {}};
    }
    return errors::graph(405, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("Use GET, PATCH or DELETE."), call.request);
}

Response GraphService::federatedCredentials(Call &call, Application &app)
{
    const QByteArray &method = call.request.method;
    const int at = call.path.first() == QLatin1StringView("applications") ? 2 : 1;
    const QString segment = call.path.at(at);
    const QString credentialKey = call.path.value(at + 1);
    const bool mayWrite = app.owners.contains(call.caller.objectId, Qt::CaseInsensitive)
        || canManageApplications(call.caller);
    if (method != "GET" && !mayWrite)
        return errors::graph(
            403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation: only the application's owners "
                           "and application administrators may change its credentials."),
            call.request);
    QString byName;
    if (segment.startsWith(QLatin1StringView("federatedIdentityCredentials("))) {
        static const QRegularExpression key(
            QStringLiteral("^federatedIdentityCredentials\\(name='([^']+)'\\)$"));
        const auto m = key.match(segment);
        if (!m.hasMatch())
            return errors::graph(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("Invalid key: %1.").arg(segment), call.request);
        byName = m.captured(1);
    }
    const auto find = [&](const QString &idOrName) -> FederatedCredential * {
        for (FederatedCredential &f : app.federatedCredentials) {
            if (f.id.compare(idOrName, Qt::CaseInsensitive) == 0 || f.name == idOrName)
                return &f;
        }
        return nullptr;
    };
    const auto validate = [&](const Json &body, const QString &name, FederatedCredential *out,
                              Response *error) {
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,119}$"));
        if (!safe.match(name).hasMatch()) {
            *error = errors::graph(
                400, QStringLiteral("Request_BadRequest"),
                QStringLiteral(
                    "Invalid value specified for property 'name' of resource 'FederatedIdentityCredential': "
                    "up to 120 letters, digits, '-', '_' and '.'."),
                call.request);
            return false;
        }
        const QString issuer = str(body, "issuer", out->issuer);
        const QString subject = str(body, "subject", out->subject);
        QStringList audiences = out->audiences;
        if (body.contains("audiences")) {
            audiences.clear();
            for (const auto &a : body["audiences"])
                audiences << (a.is_string() ? qs(a.get<std::string>()) : QString());
        }
        const QUrl issuerUrl(issuer, QUrl::StrictMode);
        if (issuer.isEmpty() || !issuerUrl.isValid() || issuerUrl.scheme() != QLatin1StringView("https")
            || issuer.size() > 600) {
            *error = errors::graph(400, QStringLiteral("Request_BadRequest"),
                                   QStringLiteral("Invalid value specified for property 'issuer' of resource "
                                                  "'FederatedIdentityCredential'."),
                                   call.request);
            return false;
        }
        if (subject.isEmpty() || subject.size() > 600) {
            *error = errors::graph(400, QStringLiteral("Request_BadRequest"),
                                   QStringLiteral("Invalid value specified for property 'subject' of "
                                                  "resource 'FederatedIdentityCredential'."),
                                   call.request);
            return false;
        }
        if (audiences.size() != 1 || audiences.first().isEmpty() || audiences.first().size() > 600) {
            *error = errors::graph(
                400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Invalid value specified for property 'audiences' of resource "
                               "'FederatedIdentityCredential': exactly one audience is required."),
                call.request);
            return false;
        }
        for (const FederatedCredential &f : app.federatedCredentials) {
            if (f.name != name && f.issuer == issuer && f.subject == subject) {
                *error = errors::graph(
                    409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                    QStringLiteral(
                        "FederatedIdentityCredential with the same issuer and subject already exists."),
                    call.request);
                return false;
            }
        }
        out->name = name;
        out->issuer = issuer;
        out->subject = subject;
        out->audiences = audiences;
        out->description = str(body, "description", out->description);
        return true;
    };
    if (!byName.isEmpty()) {
        // Upsert by name: PATCH with Prefer: create-if-missing.
        if (method == "GET") {
            FederatedCredential *f = find(byName);
            if (!f)
                return errors::graph(404, QStringLiteral("Request_ResourceNotFound"),
                                     QStringLiteral("Resource '%1' does not exist.").arg(byName),
                                     call.request);
            return Response::json(200, bytes(credentialJson(app, *f)));
        }
        if (method != "PATCH")
            return errors::graph(405, QStringLiteral("Request_BadRequest"),
                                 QStringLiteral("Use GET or PATCH with a name key."), call.request);
        const auto body = parseJson(call.request.body);
        if (!body || !body->is_object())
            return errors::graph(400, QStringLiteral("Request_BadRequest"),
                                 QStringLiteral("The request body is not a JSON object."), call.request);
        FederatedCredential *existing = find(byName);
        const bool createIfMissing
            = call.request.header(QByteArrayLiteral("Prefer")).contains("create-if-missing");
        if (!existing && !createIfMissing)
            return errors::graph(404, QStringLiteral("Request_ResourceNotFound"),
                                 QStringLiteral("Resource '%1' does not exist.").arg(byName), call.request);
        FederatedCredential updated = existing ? *existing : FederatedCredential {};
        Response error;
        if (!validate(*body, byName, &updated, &error))
            return error;
        if (existing) {
            *existing = updated;
            return Response {204, {}, {}};
        }
        if (app.federatedCredentials.size() >= 20)
            return errors::graph(
                400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("An application can have at most 20 federated identity credentials."),
                call.request);
        updated.id = m_ctx.world.newGuid();
        app.federatedCredentials.push_back(updated);
        return Response::json(201, bytes(credentialJson(app, updated)));
    }
    if (!credentialKey.isEmpty()) {
        FederatedCredential *f = find(credentialKey);
        if (!f)
            return errors::graph(404, QStringLiteral("Request_ResourceNotFound"),
                                 QStringLiteral("Resource '%1' does not exist.").arg(credentialKey),
                                 call.request);
        if (method == "GET")
            return Response::json(200, bytes(credentialJson(app, *f)));
        if (method == "DELETE") {
            const QString id = f->id;
            auto &list = app.federatedCredentials;
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const FederatedCredential &x) { return x.id == id; }),
                       list.end());
            return Response {204, {}, {}};
        }
        if (method == "PATCH") {
            const auto body = parseJson(call.request.body);
            FederatedCredential updated = *f;
            Response error;
            if (!body || !validate(*body, f->name, &updated, &error))
                return body ? error
                            : errors::graph(400, QStringLiteral("Request_BadRequest"),
                                            QStringLiteral("Bad body."), call.request);
            *f = updated;
            return Response {204, {}, {}};
        }
        return errors::graph(405, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("Use GET, PATCH or DELETE."), call.request);
    }
    if (method == "GET") {
        std::vector<Json> credentials;
        for (const FederatedCredential &f : app.federatedCredentials) {
            Json j = credentialJson(app, f);
            j.erase("@odata.context");
            credentials.push_back(std::move(j));
        }
        return filtered(call, credentials,
                        QStringLiteral("applications('%1')/federatedIdentityCredentials").arg(app.objectId));
    }
    if (method != "POST")
        return errors::graph(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Use GET or POST."),
                             call.request);
    const auto body = parseJson(call.request.body);
    if (!body || !body->is_object())
        return errors::graph(400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("The request body is not a JSON object."), call.request);
    const QString name = str(*body, "name");
    if (find(name))
        return errors::graph(
            409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
            QStringLiteral("FederatedIdentityCredential with name %1 already exists.").arg(name),
            call.request);
    if (app.federatedCredentials.size() >= 20)
        return errors::graph(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("An application can have at most 20 federated identity credentials."),
            call.request);
    FederatedCredential f;
    Response error;
    if (!validate(*body, name, &f, &error))
        return error;
    f.id = m_ctx.world.newGuid();
    app.federatedCredentials.push_back(f);
    return Response::json(201, bytes(credentialJson(app, f)));
}

Response GraphService::servicePrincipals(Call &call)
{
    const QByteArray &method = call.request.method;
    if (call.path.size() == 2) {
        const ServicePrincipal *sp = m_ctx.world.servicePrincipalByObjectId(call.path.at(1));
        if (!sp || sp->tenantId != call.caller.tenantId)
            return errors::graph(
                404, QStringLiteral("Request_ResourceNotFound"),
                QStringLiteral(
                    "Resource '%1' does not exist or one of its queried reference-property objects "
                    "are not present.")
                    .arg(call.path.at(1)),
                call.request);
        if (method == "GET")
            return Response::json(200,
                                  bytes(select(servicePrincipalJson(*sp),
                                               call.request.query.queryItemValue(QStringLiteral("$select"),
                                                                                 QUrl::FullyDecoded))));
        if (method == "DELETE") {
            if (!canManageApplications(call.caller))
                return errors::graph(403, QStringLiteral("Authorization_RequestDenied"),
                                     QStringLiteral("Insufficient privileges to complete the operation."),
                                     call.request);
            const QString id = sp->objectId;
            auto &sps = m_ctx.world.servicePrincipals;
            sps.erase(std::remove_if(sps.begin(), sps.end(),
                                     [&](const ServicePrincipal &x) { return x.objectId == id; }),
                      sps.end());
            return Response {204, {}, {}};
        }
        return errors::graph(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Use GET or DELETE."),
                             call.request);
    }
    if (method == "GET") {
        std::vector<Json> principals;
        for (const ServicePrincipal &sp : m_ctx.world.servicePrincipals) {
            if (sp.tenantId == call.caller.tenantId)
                principals.push_back(servicePrincipalJson(sp));
        }
        return filtered(call, principals, QStringLiteral("servicePrincipals"));
    }
    if (method != "POST")
        return errors::graph(405, QStringLiteral("Request_BadRequest"), QStringLiteral("Use GET or POST."),
                             call.request);
    if (!canManageApplications(call.caller))
        return errors::graph(
            403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation. Creating a service principal "
                           "for another organization's application needs the Application Administrator, "
                           "Cloud Application Administrator or Global Administrator role."),
            call.request);
    const auto body = parseJson(call.request.body);
    const QString appId = body ? str(*body, "appId") : QString();
    Application *app = m_ctx.world.applicationByAppId(appId);
    if (!app
        || (app->tenantId != call.caller.tenantId
            && app->signInAudience != QLatin1StringView("AzureADMultipleOrgs")
            && app->signInAudience != QLatin1StringView("AzureADandPersonalMicrosoftAccount")))
        return errors::graph(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The appId '%1' of the service principal does not reference a valid application "
                           "object.")
                .arg(appId),
            call.request);
    if (m_ctx.world.servicePrincipal(call.caller.tenantId, appId))
        return errors::graph(
            409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
            QStringLiteral(
                "Another object with the same value for property servicePrincipalNames already exists."),
            call.request);
    ServicePrincipal sp;
    sp.objectId = m_ctx.world.newGuid();
    sp.appId = app->appId;
    sp.tenantId = call.caller.tenantId;
    sp.displayName = app->displayName;
    sp.appOwnerTenantId = app->tenantId;
    sp.createdMs = m_ctx.world.clock.nowMs();
    m_ctx.world.servicePrincipals.push_back(sp);
    Json out = servicePrincipalJson(sp);
    out["@odata.context"] = s(m_ctx.origin(Service::Graph).toString()
                              + QStringLiteral("v1.0/$metadata#servicePrincipals/$entity"));
    return Response::json(201, bytes(out));
}

} // namespace cmk::sandbox
