#include "identity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

namespace cmk::sandbox {

namespace {

constexpr qint64 AccessTokenLifetime = 4500; // seconds, real time
constexpr qint64 CodeLifetimeMs = 10 * 60 * 1000; // real time
constexpr qint64 RefreshLifetimeMs = 90LL * 24 * 3600 * 1000;
constexpr qint64 RotationGraceMs = 60 * 1000;
constexpr int DeviceCodeInterval = 1; // seconds; real clients sleep it verbatim

const QStringList ReservedScopes {QStringLiteral("openid"), QStringLiteral("profile"),
                                  QStringLiteral("offline_access"), QStringLiteral("email")};

qint64 nowRealMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(html(name), html(value));
}

Response redirect(const QUrl &target)
{
    Response r;
    r.status = 302; // never 307/308: the browser would send the form (and the password) again
    r.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QUrl withQuery(const QString &base, const QList<QPair<QString, QString>> &items)
{
    QUrl url(base);
    QUrlQuery query(url);
    for (const auto &[k, v] : items)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(query);
    return url;
}

} // namespace

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return form;
}

IdentityService::IdentityService(Context &context, QString publicClientId)
    : m_ctx(context)
    , m_publicClientId(std::move(publicClientId))
{
}

QString IdentityService::newSecret(int bytes)
{
    return m_ctx.world.newHex(bytes);
}

std::optional<QString> IdentityService::resolveTenant(const QString &tenant) const
{
    if (tenant.compare(QLatin1StringView("organizations"), Qt::CaseInsensitive) == 0
        || tenant.compare(QLatin1StringView("common"), Qt::CaseInsensitive) == 0)
        return QString(); // decided by the user who signs in
    if (const Tenant *t = m_ctx.world.tenant(tenant))
        return t->id;
    return std::nullopt;
}

QStringList IdentityService::tenantUsers(const QString &tenantId) const
{
    QStringList result;
    for (const User &u : m_ctx.world.users) {
        if (tenantId.isEmpty() || u.tenantId == tenantId)
            result << u.objectId;
    }
    return result;
}

std::optional<IdentityService::Client> IdentityService::client(const QString &clientId,
                                                               const QString &tenantId) const
{
    if (clientId.compare(m_publicClientId, Qt::CaseInsensitive) == 0)
        return Client {m_publicClientId, true, true, nullptr};
    for (const Application &a : m_ctx.world.applications) {
        if (a.appId.compare(clientId, Qt::CaseInsensitive) != 0)
            continue;
        const bool home = tenantId.isEmpty() || a.tenantId == tenantId;
        const bool installed
            = !tenantId.isEmpty() && m_ctx.world.servicePrincipal(tenantId, a.appId) != nullptr;
        if (!home && !installed)
            return std::nullopt;
        return Client {a.appId, a.isFallbackPublicClient || a.secrets.empty(), false, &a};
    }
    return std::nullopt;
}

bool IdentityService::redirectAllowed(const Client &client, const QString &redirectUri) const
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    if (client.firstParty) {
        // The wizard's public client: http://localhost or 127.0.0.1, any port and path (loopback rule).
        return url.scheme() == QLatin1StringView("http")
            && (url.host() == QLatin1StringView("localhost") || url.host() == QLatin1StringView("127.0.0.1"));
    }
    const auto matches = [&](const QString &registered) {
        const QUrl r(registered);
        if (r.scheme() == QLatin1StringView("http") && r.host() == QLatin1StringView("localhost")
            && (url.host() == QLatin1StringView("localhost") || url.host() == QLatin1StringView("127.0.0.1")))
            return true; // registered loopback URIs match any port and a trailing slash, as in Entra
        return r.adjusted(QUrl::StripTrailingSlash) == url.adjusted(QUrl::StripTrailingSlash);
    };
    for (const QString &r : client.app->publicClientRedirectUris + client.app->redirectUris) {
        if (matches(r))
            return true;
    }
    return false;
}

QString IdentityService::resourceOf(const QString &scope, Response *error) const
{
    QString resource;
    for (const QString &item : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (ReservedScopes.contains(item, Qt::CaseInsensitive))
            continue;
        if (item.endsWith(QLatin1StringView("/.default"))) {
            resource = item.chopped(int(qstrlen(".default")));
            if (resource.endsWith(QLatin1StringView("//")))
                resource.chop(
                    1); // https://service.powerapps.com//.default names https://service.powerapps.com/
        } else if (item.startsWith(QLatin1StringView("https://"))
                   || item.startsWith(QLatin1StringView("http://"))) {
            const QUrl u(item);
            resource = u.scheme() + QStringLiteral("://") + u.authority();
        } else {
            resource
                = QStringLiteral("https://graph.microsoft.com"); // a bare Graph permission such as User.Read
        }
        break;
    }
    if (resource.isEmpty()) {
        *error = errors::oauth(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. Ask "
                           "for a resource scope such as https://management.azure.com/.default."));
        return {};
    }
    for (Service s : {Service::Arm, Service::Graph, Service::KeyVault, Service::PowerPlatform}) {
        if (m_ctx.audiences(s).contains(resource, Qt::CaseInsensitive))
            return resource;
    }
    *error = errors::oauth(
        400, QStringLiteral("invalid_resource"), 500011,
        QStringLiteral("The resource principal named %1 was not found in the tenant.").arg(resource));
    return {};
}

std::optional<Response> IdentityService::handle(const Request &request)
{
    const QStringList &seg = request.segments;
    if (seg.isEmpty() || seg.first().isEmpty())
        return std::nullopt;
    if (seg.first() == QLatin1StringView("devicelogin") && seg.size() == 1)
        return deviceLogin(request);
    const QString tenant = seg.first();
    const QString rest = QStringList(seg.mid(1)).join(u'/');
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get
        && (rest == QLatin1StringView("v2.0/.well-known/openid-configuration")
            || rest == QLatin1StringView(".well-known/openid-configuration")))
        return discovery(tenant);
    if (get
        && (rest == QLatin1StringView("discovery/v2.0/keys") || rest == QLatin1StringView("discovery/keys")))
        return Response::json(200, bytes(m_ctx.signer.jwks()));
    if (get && rest == QLatin1StringView("discovery/instance")) {
        const QString base = m_ctx.origin(Service::Login).toString()
            + QStringLiteral("common/v2.0/.well-known/openid-configuration");
        return Response::json(200,
                              bytes(Json {{"tenant_discovery_endpoint", s(base)}, {"api-version", "1.1"}}));
    }
    if (rest == QLatin1StringView("oauth2/v2.0/authorize"))
        return get ? authorizeGet(tenant, request)
            : post ? authorizePost(tenant, request)
                   : errors::oauth(405, QStringLiteral("invalid_request"), 900561,
                                   QStringLiteral("The endpoint only accepts GET and POST requests."));
    if (post && (rest == QLatin1StringView("oauth2/v2.0/token") || rest == QLatin1StringView("oauth2/token")))
        return token(tenant, request);
    if (post && rest == QLatin1StringView("oauth2/v2.0/devicecode"))
        return deviceCode(tenant, request);
    if ((get || post)
        && (rest == QLatin1StringView("adminconsent") || rest == QLatin1StringView("v2.0/adminconsent")))
        return adminConsent(tenant, request);
    return std::nullopt;
}

Response IdentityService::discovery(const QString &tenant)
{
    const auto resolved = resolveTenant(tenant);
    if (!resolved)
        return errors::oauth(
            400, QStringLiteral("invalid_tenant"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenant));
    const std::string base = s(m_ctx.origin(Service::Login).toString() + tenant);
    const std::string issuerTenant = resolved->isEmpty() ? "{tenantid}" : s(*resolved);
    Json doc = {
        {"token_endpoint", base + "/oauth2/v2.0/token"},
        {"token_endpoint_auth_methods_supported", {"client_secret_post", "client_secret_basic", "none"}},
        {"jwks_uri", base + "/discovery/v2.0/keys"},
        {"response_modes_supported", {"query", "fragment", "form_post"}},
        {"subject_types_supported", {"pairwise"}},
        {"id_token_signing_alg_values_supported", {"RS256"}},
        {"response_types_supported", {"code", "id_token", "code id_token", "id_token token"}},
        {"scopes_supported", {"openid", "profile", "email", "offline_access"}},
        {"issuer", s(m_ctx.origin(Service::Login).toString()) + issuerTenant + "/v2.0"},
        {"request_uri_parameter_supported", false},
        {"userinfo_endpoint", base + "/openid/userinfo"},
        {"authorization_endpoint", base + "/oauth2/v2.0/authorize"},
        {"device_authorization_endpoint", base + "/oauth2/v2.0/devicecode"},
        {"http_logout_supported", true},
        {"frontchannel_logout_supported", true},
        {"end_session_endpoint", base + "/oauth2/v2.0/logout"},
        {"claims_supported",
         {"sub", "iss", "aud", "exp", "iat", "nonce", "preferred_username", "name", "tid", "oid", "ver"}},
        {"code_challenge_methods_supported", {"S256"}},
        {"tenant_region_scope", "WW"},
        {"cloud_instance_name", "sandbox.invalid"},
        {"cloud_graph_host_name", s(m_ctx.origin(Service::Graph).authority())},
        {"msgraph_host", s(m_ctx.origin(Service::Graph).authority())},
    };
    return Response::json(200, bytes(doc));
}

Response IdentityService::page(const QString &title, const QString &body, int status) const
{
    const QString doc
        = QStringLiteral(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
              "<meta name=\"viewport\" content=\"width=device-width\">"
              "<style>body{font-family:sans-serif;max-width:34em;margin:2em auto;padding:0 1em;color:#1b1b1b}"
              ".banner{background:#fff4ce;border:1px solid #e0c060;padding:.5em .8em;border-radius:4px}"
              "fieldset{border:1px solid #ccc;border-radius:4px}label{display:block;margin:.4em 0}"
              ".error{background:#fde7e9;border:1px solid #d13438;padding:.5em .8em;border-radius:4px}"
              ".hint{color:#555;font-size:90%}button{margin:.6em .4em 0 0;padding:.4em "
              "1.2em}</style></head><body>"
              "<p class=\"banner\">CMK Wizard sandbox: a simulated sign-in on this computer. No real account "
              "is used.</p>"
              "<h1>%1</h1>%2</body></html>")
              .arg(html(title), body);
    return Response::html(status, doc.toUtf8());
}

QString IdentityService::userPicker(const QString &tenantId, const QString &selectedUpn) const
{
    QString list = QStringLiteral("<fieldset><legend>Account</legend>");
    for (const QString &oid : tenantUsers(tenantId)) {
        const User *u = m_ctx.world.user(oid);
        const QString checked
            = u->upn.compare(selectedUpn, Qt::CaseInsensitive) == 0 ? QStringLiteral(" checked") : QString();
        list += QStringLiteral("<label><input type=\"radio\" name=\"username\" value=\"%1\"%2> %3 &lt;%1&gt;"
                               "<span class=\"hint\"> %4 (demo password: %5)</span></label>")
                    .arg(html(u->upn), checked, html(u->displayName), html(u->demoRole), html(u->password));
    }
    list += QStringLiteral(
        "<label>Or type a user name <input type=\"text\" name=\"login\" autocomplete=\"username\"></label>"
        "<label>Password <input type=\"password\" name=\"password\" "
        "autocomplete=\"current-password\"></label>"
        "</fieldset>");
    return list;
}

Response IdentityService::authorizeGet(const QString &tenant, const Request &request)
{
    QHash<QString, QString> p;
    for (const auto &[k, v] : request.query.queryItems(QUrl::FullyDecoded))
        p.insert(k, v);
    const auto tenantId = resolveTenant(tenant);
    if (!tenantId)
        return page(
            QStringLiteral("Sign-in failed"),
            QStringLiteral("<p class=\"error\">AADSTS90002: Tenant '%1' not found.</p>").arg(html(tenant)),
            400);
    const auto c = client(p.value(QStringLiteral("client_id")), *tenantId);
    if (!c)
        return page(
            QStringLiteral("Sign-in failed"),
            QStringLiteral(
                "<p class=\"error\">AADSTS700016: Application with identifier '%1' was not found in the "
                "directory '%2'.</p>")
                .arg(html(p.value(QStringLiteral("client_id"))), html(tenant)),
            400);
    const QString redirectUri = p.value(QStringLiteral("redirect_uri"));
    if (!redirectAllowed(*c, redirectUri))
        return page(
            QStringLiteral("Sign-in failed"),
            QStringLiteral(
                "<p class=\"error\">AADSTS50011: The redirect URI '%1' specified in the request does not "
                "match the redirect URIs configured for the application '%2'.</p>")
                .arg(html(redirectUri), html(c->clientId)),
            400);
    // From here on, problems go back to the application through the redirect URI.
    const QString state = p.value(QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> items {{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}};
        if (!state.isEmpty())
            items.append({QStringLiteral("state"), state});
        return redirect(withQuery(redirectUri, items));
    };
    if (p.value(QStringLiteral("response_type")) != QLatin1StringView("code"))
        return fail(
            QStringLiteral("unsupported_response_type"),
            QStringLiteral("AADSTS700054: response_type 'code' is the only one the sandbox supports."));
    const QString challenge = p.value(QStringLiteral("code_challenge"));
    const QString method = p.value(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
    if (c->isPublic && challenge.isEmpty())
        return fail(
            QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required for public clients: send "
                           "code_challenge and code_challenge_method=S256."));
    if (!challenge.isEmpty() && method != QLatin1StringView("S256"))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("AADSTS501491: code_challenge_method must be S256."));
    if (p.value(QStringLiteral("prompt")) == QLatin1StringView("none"))
        return fail(
            QStringLiteral("login_required"),
            QStringLiteral("AADSTS50058: A silent sign-in request was sent but no user is signed in."));

    QString form
        = QStringLiteral("<form method=\"post\" action=\"/%1/oauth2/v2.0/authorize\">").arg(html(tenant));
    for (const char *key :
         {"client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method", "nonce",
          "response_type", "response_mode", "client_info"})
        form += hidden(QLatin1StringView(key), p.value(QLatin1StringView(key)));
    form += userPicker(*tenantId, p.value(QStringLiteral("login_hint")));
    form += QStringLiteral("<button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button>"
                           "<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></form>");
    const Tenant *t = m_ctx.world.tenant(*tenantId);
    const QString where = t ? t->displayName : QStringLiteral("your organization");
    return page(QStringLiteral("Sign in to %1").arg(where),
                QStringLiteral("<p>The application <b>%1</b> asks for access to <b>%2</b>.</p>%3")
                    .arg(html(c->app ? c->app->displayName : QStringLiteral("CMK Wizard")),
                         html(p.value(QStringLiteral("scope"))), form));
}

Response IdentityService::authorizePost(const QString &tenant, const Request &request)
{
    const QHash<QString, QString> f = parseForm(request.body);
    const auto tenantId = resolveTenant(tenant);
    const auto c = tenantId ? client(f.value(QStringLiteral("client_id")), *tenantId) : std::nullopt;
    const QString redirectUri = f.value(QStringLiteral("redirect_uri"));
    if (!tenantId || !c || !redirectAllowed(*c, redirectUri))
        return page(QStringLiteral("Sign-in failed"),
                    QStringLiteral(
                        "<p class=\"error\">AADSTS90015: The sign-in form was changed; start again from the "
                        "application.</p>"),
                    400);
    const QString state = f.value(QStringLiteral("state"));
    QList<QPair<QString, QString>> back;
    if (f.value(QStringLiteral("action")) == QLatin1StringView("cancel")) {
        back = {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"),
                 QStringLiteral("AADSTS65004: User declined to consent to access the app.")}};
        if (!state.isEmpty())
            back.append({QStringLiteral("state"), state});
        return redirect(withQuery(redirectUri, back));
    }
    const QString login = f.value(QStringLiteral("login")).trimmed();
    const QString upn = login.isEmpty() ? f.value(QStringLiteral("username")) : login;
    const User *user = m_ctx.world.userByUpn(upn);
    const auto retry = [&](const QString &message) {
        QString form
            = QStringLiteral(
                  "<p class=\"error\">%1</p><form method=\"post\" action=\"/%2/oauth2/v2.0/authorize\">")
                  .arg(html(message), html(tenant));
        for (const char *key :
             {"client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method",
              "nonce", "response_type", "response_mode", "client_info"})
            form += hidden(QLatin1StringView(key), f.value(QLatin1StringView(key)));
        form += userPicker(*tenantId, upn);
        form += QStringLiteral(
            "<button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button>"
            "<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></form>");
        return page(QStringLiteral("Sign in"), form, 200);
    };
    if (!user)
        return retry(
            QStringLiteral("AADSTS50034: The user account %1 does not exist in this directory.").arg(upn));
    if (user->password != f.value(QStringLiteral("password")))
        return retry(
            QStringLiteral("AADSTS50126: Error validating credentials due to invalid username or password."));
    if (!tenantId->isEmpty() && user->tenantId != *tenantId) {
        const Tenant *t = m_ctx.world.tenant(*tenantId);
        return retry(
            QStringLiteral(
                "AADSTS50020: User account '%1' from identity provider does not exist in tenant '%2' "
                "and cannot access the application in that tenant.")
                .arg(upn, t ? t->displayName : *tenantId));
    }
    AuthorizationCode code;
    // Standard base64 with '+', '/' and '=': a client must encode the redirect's query and the
    // token request's form correctly (Qt NetworkAuth 6.4 double-encodes such a code).
    code.code = QStringLiteral("0.A")
        + QString::fromLatin1(QByteArray::fromHex(newSecret(31).toLatin1()).toBase64());
    code.clientId = c->clientId;
    code.redirectUri = redirectUri;
    code.challenge = f.value(QStringLiteral("code_challenge"));
    code.userObjectId = user->objectId;
    code.tenantId = tenantId->isEmpty() ? user->tenantId : *tenantId;
    code.scope = f.value(QStringLiteral("scope"));
    code.nonce = f.value(QStringLiteral("nonce"));
    code.expiresAtRealMs = nowRealMs() + CodeLifetimeMs;
    m_ctx.world.authorizationCodes[code.code] = code;
    back = {{QStringLiteral("code"), code.code}};
    if (!state.isEmpty())
        back.append({QStringLiteral("state"), state});
    return redirect(withQuery(redirectUri, back));
}

Response IdentityService::token(const QString &tenant, const Request &request)
{
    if (!request.header(QByteArrayLiteral("Content-Type")).startsWith("application/x-www-form-urlencoded"))
        return errors::oauth(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The token endpoint takes application/x-www-form-urlencoded bodies."));
    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (!resolveTenant(tenant))
        return errors::oauth(400, QStringLiteral("invalid_request"), 90002,
                             QStringLiteral("Tenant '%1' not found.").arg(tenant));
    if (grant == QLatin1StringView("authorization_code"))
        return tokenFromCode(tenant, form);
    if (grant == QLatin1StringView("refresh_token"))
        return tokenFromRefresh(tenant, form);
    if (grant == QLatin1StringView("urn:ietf:params:oauth:grant-type:device_code")
        || grant == QLatin1StringView("device_code"))
        return tokenFromDeviceCode(tenant, form);
    if (grant == QLatin1StringView("client_credentials"))
        return tokenForClient(tenant, form);
    return errors::oauth(400, QStringLiteral("unsupported_grant_type"), 70003,
                         QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

Response IdentityService::tokenFromCode(const QString &tenant, const QHash<QString, QString> &form)
{
    const auto it = m_ctx.world.authorizationCodes.find(form.value(QStringLiteral("code")));
    if (it == m_ctx.world.authorizationCodes.end())
        return errors::oauth(400, QStringLiteral("invalid_grant"), 70000,
                             QStringLiteral("The provided authorization code is invalid."));
    AuthorizationCode &code = it->second;
    if (code.used)
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new "
                           "valid code or use an existing refresh token."));
    if (nowRealMs() > code.expiresAtRealMs)
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to "
                           "inactivity. Send a new interactive authorization request."));
    if (form.value(QStringLiteral("client_id")).compare(code.clientId, Qt::CaseInsensitive) != 0)
        return errors::oauth(400, QStringLiteral("invalid_grant"), 70002,
                             QStringLiteral("The authorization code was issued to another client."));
    if (form.value(QStringLiteral("redirect_uri")) != code.redirectUri)
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 500112,
            QStringLiteral("The reply address '%1' does not match the reply address '%2' provided when "
                           "requesting the authorization code.")
                .arg(form.value(QStringLiteral("redirect_uri")), code.redirectUri));
    if (!code.challenge.isEmpty()) {
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
        const QByteArray computed
            = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || computed != code.challenge.toLatin1())
            return errors::oauth(
                400, QStringLiteral("invalid_grant"), 501481,
                QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                               "authorization request."));
    }
    Q_UNUSED(tenant)
    code.used = true;
    const User *user = m_ctx.world.user(code.userObjectId);
    const QString scope = form.value(QStringLiteral("scope"), code.scope);
    return userTokens(*user, code.tenantId, code.clientId, scope, code.nonce);
}

Response IdentityService::tokenFromRefresh(const QString &tenant, const QHash<QString, QString> &form)
{
    const auto it = m_ctx.world.refreshTokens.find(form.value(QStringLiteral("refresh_token")));
    const qint64 now = nowRealMs();
    if (it == m_ctx.world.refreshTokens.end())
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the refresh token is "
                           "not valid."));
    RefreshTokenGrant &grant = it->second;
    if (now > grant.expiresAtRealMs
        || (grant.replacedAtRealMs > 0 && now > grant.replacedAtRealMs + RotationGraceMs))
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token was issued on "
                           "an earlier date and was inactive for too long. Sign in again."));
    if (form.value(QStringLiteral("client_id")).compare(grant.clientId, Qt::CaseInsensitive) != 0)
        return errors::oauth(400, QStringLiteral("invalid_grant"), 70000,
                             QStringLiteral("The refresh token was issued to another client."));
    const User *user = m_ctx.world.user(grant.userObjectId);
    if (!user)
        return errors::oauth(400, QStringLiteral("invalid_grant"), 50034,
                             QStringLiteral("The user account no longer exists."));
    const auto tenantId = resolveTenant(tenant);
    const QString target = tenantId->isEmpty() ? user->tenantId : *tenantId;
    if (target != user->tenantId) {
        const Tenant *t = m_ctx.world.tenant(target);
        return errors::oauth(
            400, QStringLiteral("invalid_grant"), 50020,
            QStringLiteral("User account '%1' from identity provider does not exist in tenant '%2' "
                           "and cannot access the application in that tenant.")
                .arg(user->upn, t ? t->displayName : target));
    }
    if (grant.replacedAtRealMs == 0)
        grant.replacedAtRealMs = now; // rotates: the old token works for a short grace period
    return userTokens(*user, target, grant.clientId, form.value(QStringLiteral("scope")), QString());
}

Response IdentityService::userTokens(const User &user, const QString &tenantId, const QString &clientId,
                                     const QString &scope, const QString &nonce)
{
    Response error;
    const QString resource = resourceOf(scope, &error);
    if (resource.isEmpty())
        return error;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const std::string issuer
        = s(m_ctx.origin(Service::Login).toString() + tenantId + QStringLiteral("/v2.0"));
    Json wids = Json::array();
    for (const QString &r : user.directoryRoles)
        wids.push_back(s(r));
    const Json access = {{"aud", s(resource)},
                         {"iss", issuer},
                         {"iat", now},
                         {"nbf", now},
                         {"exp", now + AccessTokenLifetime},
                         {"appid", s(clientId)},
                         {"azp", s(clientId)},
                         {"idtyp", "user"},
                         {"name", s(user.displayName)},
                         {"oid", s(user.objectId)},
                         {"preferred_username", s(user.upn)},
                         {"upn", s(user.upn)},
                         {"scp", "user_impersonation"},
                         {"sub", s(user.objectId)},
                         {"tid", s(tenantId)},
                         {"uti", s(newSecret(8))},
                         {"ver", "2.0"},
                         {"wids", wids}};
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    QStringList granted;
    for (const QString &item : scopes) {
        if (!ReservedScopes.contains(item, Qt::CaseInsensitive))
            granted << item;
    }
    Json response = {{"token_type", "Bearer"},
                     {"scope", s(granted.join(u' '))},
                     {"expires_in", AccessTokenLifetime},
                     {"ext_expires_in", AccessTokenLifetime},
                     {"access_token", m_ctx.signer.sign(access).toStdString()}};
    if (scopes.contains(QStringLiteral("offline_access"))) {
        RefreshTokenGrant grant;
        grant.userObjectId = user.objectId;
        grant.clientId = clientId;
        grant.homeTenantId = user.tenantId;
        grant.expiresAtRealMs = nowRealMs() + RefreshLifetimeMs;
        const QString value = QStringLiteral("sbx-rt.") + newSecret(40);
        m_ctx.world.refreshTokens[value] = grant;
        response["refresh_token"] = s(value);
    }
    if (scopes.contains(QStringLiteral("openid"))) {
        Json id = {{"aud", s(clientId)},
                   {"iss", issuer},
                   {"iat", now},
                   {"nbf", now},
                   {"exp", now + AccessTokenLifetime},
                   {"name", s(user.displayName)},
                   {"oid", s(user.objectId)},
                   {"preferred_username", s(user.upn)},
                   {"sub", s(user.objectId)},
                   {"tid", s(tenantId)},
                   {"ver", "2.0"}};
        if (!nonce.isEmpty())
            id["nonce"] = s(nonce);
        response["id_token"] = m_ctx.signer.sign(id).toStdString();
    }
    const Json clientInfo = {{"uid", s(user.objectId)}, {"utid", s(user.tenantId)}};
    response["client_info"] = base64Url(bytes(clientInfo)).toStdString();
    return Response::json(200, bytes(response));
}

Response IdentityService::deviceCode(const QString &tenant, const Request &request)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const auto tenantId = resolveTenant(tenant);
    if (!tenantId)
        return errors::oauth(400, QStringLiteral("invalid_request"), 90002,
                             QStringLiteral("Tenant '%1' not found.").arg(tenant));
    const auto c = client(form.value(QStringLiteral("client_id")), *tenantId);
    if (!c)
        return errors::oauth(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                .arg(form.value(QStringLiteral("client_id")), tenant));
    if (!c->isPublic)
        return errors::oauth(
            400, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' "
                           "or 'client_secret'; enable public client flows for device code."));
    Response scopeError;
    if (resourceOf(form.value(QStringLiteral("scope")), &scopeError).isEmpty())
        return scopeError;
    DeviceCodeGrant grant;
    grant.deviceCode = newSecret(32);
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QString hex = newSecret(9);
    for (int i = 0; i < 9; ++i)
        grant.userCode += QLatin1Char(alphabet[hex.mid(i * 2, 2).toInt(nullptr, 16) % 32]);
    grant.tenant = tenant;
    grant.clientId = c->clientId;
    grant.scope = form.value(QStringLiteral("scope"));
    grant.expiresAtRealMs = nowRealMs() + 900 * 1000;
    m_ctx.world.deviceCodes[grant.deviceCode] = grant;
    const QString uri = m_ctx.origin(Service::Login).toString() + QStringLiteral("devicelogin");
    return Response::json(200,
                          bytes(Json {{"user_code", s(grant.userCode)},
                                      {"device_code", s(grant.deviceCode)},
                                      {"verification_uri", s(uri)},
                                      {"expires_in", 900},
                                      {"interval", DeviceCodeInterval},
                                      {"message",
                                       s(QStringLiteral("To sign in, use a web browser to open the page %1 "
                                                        "and enter the code %2 to authenticate.")
                                             .arg(uri, grant.userCode))}}));
}

Response IdentityService::tokenFromDeviceCode(const QString &tenant, const QHash<QString, QString> &form)
{
    Q_UNUSED(tenant)
    const auto it = m_ctx.world.deviceCodes.find(form.value(QStringLiteral("device_code")));
    if (it == m_ctx.world.deviceCodes.end())
        return errors::oauth(400, QStringLiteral("bad_verification_code"), 70000,
                             QStringLiteral("The device code is unknown."));
    DeviceCodeGrant &grant = it->second;
    const qint64 now = nowRealMs();
    if (now > grant.expiresAtRealMs)
        return errors::oauth(400, QStringLiteral("expired_token"), 70019,
                             QStringLiteral("Verification code expired. Start the sign-in again."));
    if (grant.declined)
        return errors::oauth(400, QStringLiteral("authorization_declined"), 70000,
                             QStringLiteral("The user declined the sign-in request."));
    if (grant.approvedUserId.isEmpty()) {
        const bool tooFast
            = grant.lastPollRealMs > 0 && now - grant.lastPollRealMs < DeviceCodeInterval * 1000 - 200;
        grant.lastPollRealMs = now;
        if (tooFast)
            return errors::oauth(
                400, QStringLiteral("slow_down"), 70016,
                QStringLiteral("Polling faster than the interval; wait longer between requests."));
        return errors::oauth(
            400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    const User *user = m_ctx.world.user(grant.approvedUserId);
    const auto tenantId = resolveTenant(grant.tenant);
    const QString scope = grant.scope;
    const QString clientId = grant.clientId;
    m_ctx.world.deviceCodes.erase(it); // one redemption
    return userTokens(*user, tenantId && !tenantId->isEmpty() ? *tenantId : user->tenantId, clientId, scope,
                      QString());
}

Response IdentityService::deviceLogin(const Request &request)
{
    const QHash<QString, QString> f = parseForm(request.body);
    const QString userCode = f.value(QStringLiteral("code")).trimmed().toUpper();
    const QString enterCode = QStringLiteral(
        "<form method=\"post\" action=\"/devicelogin\"><label>Code <input type=\"text\" "
        "name=\"code\" autocomplete=\"off\"></label><button type=\"submit\">Next</button></form>");
    if (request.method == "GET" || userCode.isEmpty())
        return page(QStringLiteral("Enter code"),
                    QStringLiteral("<p>Enter the code shown on your device.</p>") + enterCode);
    DeviceCodeGrant *grant = nullptr;
    for (auto &[key, g] : m_ctx.world.deviceCodes) {
        if (g.userCode == userCode && nowRealMs() <= g.expiresAtRealMs)
            grant = &g;
    }
    if (!grant)
        return page(
            QStringLiteral("Enter code"),
            QStringLiteral(
                "<p class=\"error\">AADSTS70000: The code you entered is not valid or has expired.</p>")
                + enterCode,
            400);
    const auto tenantId = resolveTenant(grant->tenant);
    const QString action = f.value(QStringLiteral("action"));
    const QString form = QStringLiteral("<form method=\"post\" action=\"/devicelogin\">")
        + hidden(QStringLiteral("code"), userCode)
        + userPicker(tenantId.value_or(QString()), f.value(QStringLiteral("username")))
        + QStringLiteral("<button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button>"
                         "<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></form>");
    if (action.isEmpty())
        return page(QStringLiteral("Sign in"),
                    QStringLiteral("<p>Sign in to continue on your device.</p>") + form);
    if (action == QLatin1StringView("cancel")) {
        grant->declined = true;
        return page(QStringLiteral("Sign-in cancelled"),
                    QStringLiteral("<p>You cancelled the sign-in. You can close this window.</p>"));
    }
    const QString login = f.value(QStringLiteral("login")).trimmed();
    const User *user = m_ctx.world.userByUpn(login.isEmpty() ? f.value(QStringLiteral("username")) : login);
    if (!user || user->password != f.value(QStringLiteral("password")))
        return page(
            QStringLiteral("Sign in"),
            QStringLiteral(
                "<p class=\"error\">AADSTS50126: Error validating credentials due to invalid username or "
                "password.</p>")
                + form);
    if (tenantId && !tenantId->isEmpty() && user->tenantId != *tenantId)
        return page(
            QStringLiteral("Sign in"),
            QStringLiteral(
                "<p class=\"error\">AADSTS50020: User account '%1' from identity provider does not exist "
                "in tenant '%2'.</p>")
                    .arg(html(user->upn), html(grant->tenant))
                + form);
    grant->approvedUserId = user->objectId;
    return page(QStringLiteral("You're signed in"),
                QStringLiteral("<p>You have signed in as %1 on your device. You can close this window.</p>")
                    .arg(html(user->upn)));
}

Response IdentityService::tokenForClient(const QString &tenant, const QHash<QString, QString> &form)
{
    const auto tenantId = resolveTenant(tenant);
    if (!tenantId || tenantId->isEmpty())
        return errors::oauth(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Client credentials need a tenant id or domain in the path, not '%1'.")
                .arg(tenant));
    const QString clientId = form.value(QStringLiteral("client_id"));
    Application *app = m_ctx.world.applicationByAppId(clientId);
    ServicePrincipal *sp = app ? m_ctx.world.servicePrincipal(*tenantId, app->appId) : nullptr;
    if (!app || !sp)
        return errors::oauth(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This "
                           "can happen if the application has not been installed by the administrator "
                           "of the tenant.")
                .arg(clientId, tenant));
    const QString secret = form.value(QStringLiteral("client_secret"));
    bool ok = false;
    for (const ClientSecret &cs : app->secrets)
        ok = ok || (!secret.isEmpty() && cs.value == secret);
    if (!ok)
        return errors::oauth(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                           "is the client secret value, not the client secret ID."));
    Response error;
    const QString resource = resourceOf(form.value(QStringLiteral("scope")), &error);
    if (resource.isEmpty())
        return error;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Json access
        = {{"aud", s(resource)},
           {"iss", s(m_ctx.origin(Service::Login).toString() + *tenantId + QStringLiteral("/v2.0"))},
           {"iat", now},
           {"nbf", now},
           {"exp", now + AccessTokenLifetime},
           {"appid", s(app->appId)},
           {"azp", s(app->appId)},
           {"idtyp", "app"},
           {"oid", s(sp->objectId)},
           {"sub", s(sp->objectId)},
           {"tid", s(*tenantId)},
           {"roles", Json::array()},
           {"ver", "2.0"}};
    return Response::json(200,
                          bytes(Json {{"token_type", "Bearer"},
                                      {"expires_in", AccessTokenLifetime},
                                      {"ext_expires_in", AccessTokenLifetime},
                                      {"access_token", m_ctx.signer.sign(access).toStdString()}}));
}

Response IdentityService::adminConsent(const QString &tenant, const Request &request)
{
    QHash<QString, QString> p;
    for (const auto &[k, v] : request.query.queryItems(QUrl::FullyDecoded))
        p.insert(k, v);
    const QHash<QString, QString> f = parseForm(request.body);
    for (auto it = f.begin(); it != f.end(); ++it)
        p.insert(it.key(), it.value());
    const auto tenantId = resolveTenant(tenant);
    const QString appId = p.value(QStringLiteral("client_id"));
    Application *app = m_ctx.world.applicationByAppId(appId);
    if (!tenantId)
        return page(
            QStringLiteral("Consent failed"),
            QStringLiteral("<p class=\"error\">AADSTS90002: Tenant '%1' not found.</p>").arg(html(tenant)),
            400);
    if (!app)
        return page(
            QStringLiteral("Consent failed"),
            QStringLiteral(
                "<p class=\"error\">AADSTS700016: Application with identifier '%1' was not found in the "
                "directory.</p>")
                .arg(html(appId)),
            400);
    if (app->tenantId != *tenantId && app->signInAudience != QLatin1StringView("AzureADMultipleOrgs")
        && app->signInAudience != QLatin1StringView("AzureADandPersonalMicrosoftAccount"))
        return page(
            QStringLiteral("Consent failed"),
            QStringLiteral("<p class=\"error\">AADSTS50194: Application '%1' (%2) is not configured as a "
                           "multi-tenant application.</p>")
                .arg(html(appId), html(app->displayName)),
            400);
    const QString redirectUri = p.value(QStringLiteral("redirect_uri"));
    const bool canRedirect = !redirectUri.isEmpty() && app->redirectUris.contains(redirectUri);
    if (!redirectUri.isEmpty() && !canRedirect)
        return page(
            QStringLiteral("Consent failed"),
            QStringLiteral("<p class=\"error\">AADSTS50011: The redirect URI '%1' is not registered for the "
                           "application '%2'.</p>")
                .arg(html(redirectUri), html(appId)),
            400);
    const QString state = p.value(QStringLiteral("state"));
    const QString formStart
        = QStringLiteral("<form method=\"post\" action=\"/%1/adminconsent\">").arg(html(tenant))
        + hidden(QStringLiteral("client_id"), appId) + hidden(QStringLiteral("redirect_uri"), redirectUri)
        + hidden(QStringLiteral("state"), state);
    const QString buttons
        = QStringLiteral("<button type=\"submit\" name=\"action\" value=\"accept\">Accept</button>"
                         "<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></form>");
    const QString ask
        = QStringLiteral("<p><b>%1</b> (application %2, published by tenant %3) asks to be installed in "
                         "your organization. An administrator's consent creates its service principal here; "
                         "it gets no access to data until you grant it.</p>")
              .arg(html(app->displayName), html(appId), html(app->tenantId));
    const QString action = p.value(QStringLiteral("action"));
    if (request.method == "GET" || action.isEmpty())
        return page(QStringLiteral("Permissions requested"),
                    ask + formStart + userPicker(tenantId->isEmpty() ? QString() : *tenantId, QString())
                        + buttons);
    const auto finish = [&](const QList<QPair<QString, QString>> &items, const QString &message) {
        if (canRedirect) {
            QList<QPair<QString, QString>> all = items;
            if (!state.isEmpty())
                all.append({QStringLiteral("state"), state});
            return redirect(withQuery(redirectUri, all));
        }
        return page(QStringLiteral("Admin consent"), QStringLiteral("<p>%1</p>").arg(html(message)));
    };
    if (action == QLatin1StringView("cancel"))
        return finish({{QStringLiteral("error"), QStringLiteral("access_denied")},
                       {QStringLiteral("error_description"),
                        QStringLiteral("AADSTS65004: User declined to consent to access the app.")}},
                      QStringLiteral("Consent was declined; nothing was installed."));
    const QString login = p.value(QStringLiteral("login")).trimmed();
    const User *user = m_ctx.world.userByUpn(login.isEmpty() ? p.value(QStringLiteral("username")) : login);
    if (!user || user->password != p.value(QStringLiteral("password")))
        return page(
            QStringLiteral("Permissions requested"),
            QStringLiteral(
                "<p class=\"error\">AADSTS50126: Error validating credentials due to invalid username or "
                "password.</p>")
                + ask + formStart + userPicker(tenantId->isEmpty() ? QString() : *tenantId, QString())
                + buttons);
    const QString consentTenant = tenantId->isEmpty() ? user->tenantId : *tenantId;
    if (user->tenantId != consentTenant)
        return page(
            QStringLiteral("Consent failed"),
            QStringLiteral(
                "<p class=\"error\">AADSTS50020: User account '%1' does not exist in tenant '%2'.</p>")
                .arg(html(user->upn), html(consentTenant)),
            400);
    const bool admin = user->directoryRoles.contains(QLatin1StringView(DirectoryRole::GlobalAdministrator))
        || user->directoryRoles.contains(QLatin1StringView(DirectoryRole::ApplicationAdministrator))
        || user->directoryRoles.contains(QLatin1StringView(DirectoryRole::CloudApplicationAdministrator));
    if (!admin)
        return finish(
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
             {QStringLiteral("error_description"),
              QStringLiteral("AADSTS90094: An administrator of %1 must grant consent; your account lacks the "
                             "Global, Application or Cloud Application Administrator role.")
                  .arg(consentTenant)}},
            QStringLiteral("AADSTS90094: Admin consent needs the Global, Application or Cloud Application "
                           "Administrator role; %1 has none of them.")
                .arg(user->upn));
    if (!m_ctx.world.servicePrincipal(consentTenant, app->appId)) {
        ServicePrincipal sp;
        sp.objectId = m_ctx.world.newGuid();
        sp.appId = app->appId;
        sp.tenantId = consentTenant;
        sp.displayName = app->displayName;
        sp.appOwnerTenantId = app->tenantId;
        sp.createdMs = m_ctx.world.clock.nowMs();
        m_ctx.world.servicePrincipals.push_back(sp);
    }
    return finish(
        {{QStringLiteral("admin_consent"), QStringLiteral("True")},
         {QStringLiteral("tenant"), consentTenant}},
        QStringLiteral("Consent granted: %1 is installed in your organization. You can close this window.")
            .arg(app->displayName));
}

} // namespace cmk::sandbox
