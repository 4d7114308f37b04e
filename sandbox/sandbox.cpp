#include "sandbox.h"

#include "httpserver.h"

#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace cmk::sandbox {

namespace {

enum class Service { Login, Arm, Graph, PowerPlatform };

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cmksandbox: resource %s is missing from the build", qPrintable(path));
    return f.readAll();
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace

struct Sandbox::Private
{
    Options options;
    QTemporaryDir runtimeDir;
    QString caPath;
    std::vector<std::unique_ptr<HttpServer>> servers;
    QHash<Service, QUrl> origins;
    bool running = false;

    QUrl origin(Service s) const { return origins.value(s); }

    Response route(Service service, const Request &request);
    Response loginRoute(const Request &request);
    Response adminRoute(const Request &request);
};

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

Sandbox::~Sandbox()
{
    stop();
}

QStringList Sandbox::scenarios()
{
    return {QStringLiteral("empty")};
}

bool Sandbox::start(const Options &options, QString *error)
{
    if (d->running) {
        *error = tr("The sandbox is already running.");
        return false;
    }
    if (!scenarios().contains(options.scenario)) {
        *error = tr("Unknown scenario \"%1\"; available: %2.")
                     .arg(options.scenario, scenarios().join(QStringLiteral(", ")));
        return false;
    }
    d->options = options;
    if (!d->runtimeDir.isValid()) {
        *error
            = tr("Cannot create a temporary directory for the sandbox: %1").arg(d->runtimeDir.errorString());
        return false;
    }
    d->caPath = d->runtimeDir.filePath(QStringLiteral("test-only-ca.pem"));
    {
        QFile ca(d->caPath);
        if (!ca.open(QIODevice::WriteOnly)
            || ca.write(readResource(QStringLiteral(":/sandbox/certs/test-only-ca.pem"))) < 0) {
            *error = tr("Cannot write the sandbox CA certificate to %1: %2").arg(d->caPath, ca.errorString());
            return false;
        }
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(
        QSslCertificate(readResource(QStringLiteral(":/sandbox/certs/test-only-server.pem"))));
    tls.setPrivateKey(
        QSslKey(readResource(QStringLiteral(":/sandbox/certs/test-only-server.key")), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates

    const Service services[] = {Service::Login, Service::Arm, Service::Graph, Service::PowerPlatform};
    quint16 port = options.port;
    for (Service service : services) {
        auto server = std::make_unique<HttpServer>(
            [this, service](const Request &request, std::shared_ptr<HttpServer::Exchange> exchange) {
                exchange->respond(d->route(service, request));
            });
        if (options.tls)
            server->sslSetup(tls);
        const quint16 bound = server->listen(QHostAddress::LocalHost, port);
        if (bound == 0) {
            *error = tr("Cannot listen on 127.0.0.1:%1; choose another --port or 0 for any free port.")
                         .arg(port);
            d->servers.clear();
            return false;
        }
        QUrl origin;
        origin.setScheme(options.tls ? QStringLiteral("https") : QStringLiteral("http"));
        origin.setHost(QStringLiteral("127.0.0.1"));
        origin.setPort(bound);
        origin.setPath(QStringLiteral("/"));
        d->origins.insert(service, origin);
        d->servers.push_back(std::move(server));
        if (port != 0)
            ++port;
    }
    d->running = true;
    return true;
}

void Sandbox::stop()
{
    if (!d->running)
        return;
    d->servers.clear();
    d->running = false;
    if (!d->options.stateFile.isEmpty()) {
        QSaveFile state(d->options.stateFile);
        if (state.open(QIODevice::WriteOnly)) {
            json doc = {{"scenario", d->options.scenario.toStdString()}, {"formatVersion", 1}};
            state.write(QByteArray::fromStdString(doc.dump(2)));
            state.commit();
        }
    }
}

bool Sandbox::isRunning() const
{
    return d->running;
}

CloudProfile Sandbox::profile() const
{
    CloudProfile p;
    p.name = QStringLiteral("Sandbox");
    p.displayName = tr("Offline sandbox");
    p.authorityHost = d->origin(Service::Login);
    p.armEndpoint = d->origin(Service::Arm);
    p.armScope = p.armEndpoint.toString() + QStringLiteral(".default");
    p.graphEndpoint = d->origin(Service::Graph);
    p.graphScope = p.graphEndpoint.toString() + QStringLiteral(".default");
    p.keyVaultDnsSuffix = QStringLiteral("127.0.0.1");
    p.keyVaultScope = QStringLiteral("https://vault.azure.net/.default");
    p.powerPlatformEndpoint = d->origin(Service::PowerPlatform);
    p.powerPlatformScope = QStringLiteral("https://service.powerapps.com//.default");
    p.portalUrl = d->origin(Service::Login);
    p.publicClientId = *AppId::parse(QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2"));
    p.federatedCredentialAudience = QStringLiteral("api://AzureADTokenExchange");
    if (d->options.tls)
        p.trustedCaCertificates = QStringList {d->caPath};
    return p;
}

QByteArray Sandbox::announcement() const
{
    json doc;
    doc["cloudProfile"] = json::parse(profile().toJson().toStdString());
    doc["caCertificate"] = d->options.tls ? d->caPath.toStdString() : std::string();
    doc["scenario"] = d->options.scenario.toStdString();
    doc["tenants"] = json::array();
    doc["users"] = json::array();
    doc["adminApi"]
        = QString(d->origin(Service::Login).toString() + QStringLiteral("_sandbox/")).toStdString();
    return dump(doc);
}

Response Sandbox::Private::route(Service service, const Request &request)
{
    Response response;
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1StringView("_sandbox"))
        response = adminRoute(request);
    else if (service == Service::Login)
        response = loginRoute(request);
    else
        response = Response::json(
            404,
            dump({{"error",
                   {{"code", "NotFound"}, {"message", "The sandbox has no resource at this path."}}}}));
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response.setHeader(QByteArrayLiteral("x-ms-request-id"), requestId);
    const QByteArray clientRequestId = request.header(QByteArrayLiteral("x-ms-client-request-id"));
    if (!clientRequestId.isEmpty())
        response.setHeader(QByteArrayLiteral("x-ms-client-request-id"), clientRequestId);
    return response;
}

Response Sandbox::Private::loginRoute(const Request &request)
{
    // /{tenant}/v2.0/.well-known/openid-configuration
    const QStringList &s = request.segments;
    if (request.method == "GET" && s.size() == 4 && s.at(1) == QLatin1StringView("v2.0")
        && s.at(2) == QLatin1StringView(".well-known")
        && s.at(3) == QLatin1StringView("openid-configuration")) {
        const std::string base = QString(origin(Service::Login).toString() + s.at(0)).toStdString();
        json doc = {
            {"issuer", base + "/v2.0"},
            {"authorization_endpoint", base + "/oauth2/v2.0/authorize"},
            {"token_endpoint", base + "/oauth2/v2.0/token"},
            {"device_authorization_endpoint", base + "/oauth2/v2.0/devicecode"},
            {"jwks_uri", base + "/discovery/v2.0/keys"},
            {"response_types_supported", {"code"}},
            {"subject_types_supported", {"pairwise"}},
            {"id_token_signing_alg_values_supported", {"RS256"}},
            {"scopes_supported", {"openid", "profile", "email", "offline_access"}},
            {"token_endpoint_auth_methods_supported", {"client_secret_post", "none"}},
            {"code_challenge_methods_supported", {"S256"}},
            {"tenant_region_scope", "WW"},
            {"cloud_instance_name", "sandbox"},
        };
        return Response::json(200, dump(doc));
    }
    return Response::json(404,
                          dump({{"error", "invalid_request"},
                                {"error_description",
                                 "AADSTS90019: No tenant-identifying information or "
                                 "endpoint found at this path in the sandbox."},
                                {"error_codes", {90019}}}));
}

Response Sandbox::Private::adminRoute(const Request &request)
{
    if (request.method == "GET" && request.segments.size() == 2
        && request.segments.at(1) == QLatin1StringView("health"))
        return Response::json(200, dump({{"status", "ok"}, {"scenario", options.scenario.toStdString()}}));
    return Response::json(
        404, dump({{"error", {{"code", "NotFound"}, {"message", "Unknown sandbox admin path."}}}}));
}

} // namespace cmk::sandbox
