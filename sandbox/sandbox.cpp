#include "sandbox.h"

#include "admin.h"
#include "arm.h"
#include "context.h"
#include "faults.h"
#include "graph.h"
#include "httpserver.h"
#include "identity.h"
#include "keyvault.h"
#include "powerplatform.h"
#include "scenario.h"
#include "tokens.h"
#include "world.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

namespace cmk::sandbox {

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cmksandbox: resource %s is missing from the build", qPrintable(path));
    return f.readAll();
}

const QString PublicClientId = QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2");

} // namespace

struct Sandbox::Private
{
    Sandbox *q = nullptr;
    Options options;
    bool running = false;
    QTemporaryDir runtimeDir;
    QString caPath;
    QSslConfiguration tls;
    World world;
    TokenSigner signer;
    std::unique_ptr<Context> context;
    std::unique_ptr<IdentityService> identity;
    std::unique_ptr<AdminService> admin;
    std::unique_ptr<ArmService> arm;
    std::unique_ptr<GraphService> graph;
    std::unique_ptr<KeyVaultService> keyVault;
    std::unique_ptr<PowerPlatformService> powerPlatform;
    FaultInjector faults;
    std::vector<RequestLogEntry> log;
    std::vector<std::shared_ptr<HttpServer::Exchange>> hanging;

    QHash<Service, std::shared_ptr<HttpServer>> servers;
    QHash<Service, QUrl> origins;
    std::map<QString, std::shared_ptr<HttpServer>> vaultServers; ///< lower-case vault id

    QUrl origin(Service s) const { return origins.value(s); }
    std::shared_ptr<HttpServer>
    listen(const std::function<void(const Request &, std::shared_ptr<HttpServer::Exchange>)> &handler,
           quint16 port, QUrl *origin);
    void onRequest(Service service, const QString &vaultKey, const Request &request,
                   std::shared_ptr<HttpServer::Exchange> exchange);
    Response route(Service service, const QString &vaultKey, const Request &request, RequestLogEntry *entry);
    Response faultResponse(Service service, const FaultRule &fault) const;
    quint16 openVault(const QString &vaultKey);
    void closeVault(const QString &vaultKey);
};

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

Sandbox::~Sandbox()
{
    stop();
}

Sandbox::Options Sandbox::demoOptions()
{
    Options options;
    options.scenario = QStringLiteral("demo");
    options.timeScale = 3600;
    return options;
}

QList<Sandbox::Person> Sandbox::people() const
{
    QList<Person> result;
    for (const User &u : d->world.users) {
        const Tenant *t = d->world.tenant(u.tenantId);
        result.append(
            {u.upn, u.password, u.displayName, u.demoRole, u.tenantId, t ? t->displayName : QString()});
    }
    return result;
}

QStringList Sandbox::scenarios()
{
    return Scenario::names();
}

std::shared_ptr<HttpServer> Sandbox::Private::listen(
    const std::function<void(const Request &, std::shared_ptr<HttpServer::Exchange>)> &handler, quint16 port,
    QUrl *url)
{
    auto server = std::make_shared<HttpServer>(handler);
    if (options.tls)
        server->sslSetup(tls);
    const quint16 bound = server->listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return nullptr;
    url->setScheme(options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url->setHost(QStringLiteral("127.0.0.1"));
    url->setPort(bound);
    url->setPath(QStringLiteral("/"));
    return server;
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
    std::vector<FaultRule> rules;
    if (!FaultInjector::parseSpec(options.faults, &rules, error))
        return false;
    if (!d->signer.isValid()) {
        *error = tr("The sandbox's token signing key could not be loaded.");
        return false;
    }
    d->options = options;
    d->world.clock = SimClock(options.timeScale);
    d->world.seed = options.seed;
    d->faults.setSeed(options.seed);
    for (const FaultRule &r : rules)
        d->faults.add(r);
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
    d->tls = QSslConfiguration::defaultConfiguration();
    d->tls.setLocalCertificate(
        QSslCertificate(readResource(QStringLiteral(":/sandbox/certs/test-only-server.pem"))));
    d->tls.setPrivateKey(
        QSslKey(readResource(QStringLiteral(":/sandbox/certs/test-only-server.key")), QSsl::Rsa));
    d->tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates

    d->context = std::make_unique<Context>(
        Context {d->world, d->signer, [this](Service s) { return d->origin(s); },
                 [this](const QString &key) {
                     const auto it = d->world.vaults.find(key);
                     QUrl u = d->origin(Service::Login);
                     u.setPort(it == d->world.vaults.end() ? 0 : it->second.port);
                     return u;
                 },
                 [this](const QString &key) { return d->openVault(key); },
                 [this](const QString &key) { d->closeVault(key); }, options.lroMs, options.tls});
    d->identity = std::make_unique<IdentityService>(*d->context, PublicClientId);
    d->admin = std::make_unique<AdminService>(*d->context, d->faults, d->log, options.scenario);
    d->arm = std::make_unique<ArmService>(*d->context);
    d->graph = std::make_unique<GraphService>(*d->context);
    d->keyVault = std::make_unique<KeyVaultService>(*d->context);
    d->powerPlatform = std::make_unique<PowerPlatformService>(*d->context);

    quint16 port = options.port;
    for (Service service : {Service::Login, Service::Arm, Service::Graph, Service::PowerPlatform}) {
        QUrl url;
        auto server = d->listen(
            [this, service](const Request &request, std::shared_ptr<HttpServer::Exchange> exchange) {
                d->onRequest(service, QString(), request, std::move(exchange));
            },
            port, &url);
        if (!server) {
            *error = tr("Cannot listen on 127.0.0.1:%1; choose another --port or 0 for any free port.")
                         .arg(port);
            d->servers.clear();
            return false;
        }
        d->servers.insert(service, server);
        d->origins.insert(service, url);
        if (port != 0)
            ++port;
    }
    if (!Scenario::seed(options.scenario, d->world, error)) {
        d->servers.clear();
        return false;
    }
    // Seeded vaults get their own origins, as every real vault has its own host.
    for (const auto &[key, vault] : d->world.vaults) {
        if (d->openVault(key) == 0) {
            *error = tr("Cannot open a port for the vault %1.").arg(key);
            d->vaultServers.clear();
            d->servers.clear();
            return false;
        }
    }
    d->running = true;
    return true;
}

quint16 Sandbox::Private::openVault(const QString &vaultKey)
{
    QUrl url;
    const auto handler
        = [this, vaultKey](const Request &request, std::shared_ptr<HttpServer::Exchange> exchange) {
              onRequest(Service::KeyVault, vaultKey, request, std::move(exchange));
          };
    // A recovered vault gets its old port back when it is free, so its vaultUri and key ids stay.
    const quint16 previous = world.vaults[vaultKey].port;
    auto server = previous != 0 ? listen(handler, previous, &url) : nullptr;
    if (!server)
        server = listen(handler, 0, &url);
    if (!server)
        return 0;
    vaultServers[vaultKey] = server;
    world.vaults[vaultKey].port = quint16(url.port());
    if (ArmResource *r = world.resource(vaultKey))
        r->body["properties"]["vaultUri"] = s(url.toString());
    return quint16(url.port());
}

void Sandbox::Private::closeVault(const QString &vaultKey)
{
    vaultServers.erase(vaultKey);
}

void Sandbox::stop()
{
    if (!d->running)
        return;
    d->hanging.clear();
    d->vaultServers.clear();
    d->servers.clear();
    d->running = false;
    if (!d->options.stateFile.isEmpty()) {
        QSaveFile state(d->options.stateFile);
        if (state.open(QIODevice::WriteOnly)) {
            state.write(QByteArray::fromStdString(d->world.toJson().dump(2)));
            state.commit();
        }
    }
}

bool Sandbox::isRunning() const
{
    return d->running;
}

void Sandbox::Private::onRequest(Service service, const QString &vaultKey, const Request &request,
                                 std::shared_ptr<HttpServer::Exchange> exchange)
{
    QElapsedTimer timer;
    timer.start();
    RequestLogEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.service = serviceName(service);
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const bool adminPath
        = !request.segments.isEmpty() && request.segments.first() == QLatin1StringView("_sandbox");
    std::optional<FaultRule> fault;
    if (!adminPath)
        fault = faults.take(entry.service, request);
    Response response;
    if (fault && fault->kind == QLatin1StringView("reset")) {
        entry.fault = fault->kind;
        entry.status = 0;
        log.push_back(entry);
        exchange->reset();
        return;
    }
    if (fault && fault->kind == QLatin1StringView("hang")) {
        entry.fault = fault->kind;
        entry.status = 0;
        log.push_back(entry);
        hanging.push_back(std::move(exchange)); // never answered; released when the sandbox stops
        return;
    }
    if (fault && fault->kind != QLatin1StringView("lro-failed")) {
        entry.fault = fault->kind;
        response = faultResponse(service, *fault);
    } else {
        world.failNextOperation = fault.has_value();
        response = route(service, vaultKey, request, &entry);
        if (fault)
            entry.fault = fault->kind;
        world.failNextOperation = false;
    }
    response.setHeader(QByteArrayLiteral("x-ms-request-id"), entry.requestId.toLatin1());
    if (service == Service::Arm) {
        QByteArray correlation = request.header(QByteArrayLiteral("x-ms-correlation-request-id"));
        if (correlation.isEmpty())
            correlation = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        response.setHeader(QByteArrayLiteral("x-ms-correlation-request-id"), correlation);
        response.setHeader(
            QByteArrayLiteral("x-ms-routing-request-id"),
            QByteArrayLiteral("SANDBOX:")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1()
                + ':' + entry.requestId.toLatin1());
    }
    if (service == Service::Graph) {
        response.setHeader(QByteArrayLiteral("request-id"), entry.requestId.toLatin1());
        const QByteArray client = request.header(QByteArrayLiteral("client-request-id"));
        if (!client.isEmpty())
            response.setHeader(QByteArrayLiteral("client-request-id"), client);
    }
    if (service == Service::PowerPlatform)
        response.setHeader(QByteArrayLiteral("x-ms-correlation-id"), entry.requestId.toLatin1());
    if (service == Service::KeyVault) {
        response.setHeader(QByteArrayLiteral("x-ms-keyvault-service-version"), QByteArrayLiteral("1.9.0.0"));
        response.setHeader(QByteArrayLiteral("x-ms-keyvault-region"), QByteArrayLiteral("sandbox"));
    }
    const QByteArray clientRequestId = request.header(QByteArrayLiteral("x-ms-client-request-id"));
    if (!clientRequestId.isEmpty())
        response.setHeader(QByteArrayLiteral("x-ms-client-request-id"), clientRequestId);
    response.setHeader(QByteArrayLiteral("Date"),
                       QDateTime::currentDateTimeUtc()
                           .toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                           .toLatin1());
    entry.status = response.status;
    const int latency = adminPath ? 0 : options.latencyMs + admin->extraLatencyMs();
    if (latency > 0) {
        QTimer::singleShot(latency, q, [this, exchange, response, entry, timer]() mutable {
            entry.latencyMs = timer.elapsed();
            log.push_back(entry);
            exchange->respond(response);
        });
        return;
    }
    entry.latencyMs = timer.elapsed();
    if (!adminPath)
        log.push_back(entry);
    exchange->respond(response);
}

Response Sandbox::Private::faultResponse(Service service, const FaultRule &fault) const
{
    if (fault.kind == QLatin1StringView("malformed")) {
        Response r = Response::json(200, QByteArrayLiteral("{\"value\": [{\"id\": \"/subscriptions/"));
        return r;
    }
    if (fault.kind == QLatin1StringView("expired-token")) {
        const QString message
            = QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                  .arg(QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Response r;
        switch (service) {
        case Service::Graph: {
            Request none;
            r = errors::graph(401, QStringLiteral("InvalidAuthenticationToken"), message, none);
            break;
        }
        case Service::KeyVault:
            r = errors::keyVault(401, QStringLiteral("Unauthorized"), message);
            break;
        case Service::PowerPlatform:
            r = errors::powerPlatform(401, QStringLiteral("ExpiredAuthenticationToken"), message);
            break;
        default:
            r = errors::arm(401, QStringLiteral("ExpiredAuthenticationToken"), message);
            break;
        }
        return r;
    }
    const int status = fault.kind == QLatin1StringView("busy") ? 409 : fault.kind.toInt();
    Response r;
    const QString message = QStringLiteral("Injected by the sandbox (fault \"%1\").").arg(fault.kind);
    switch (service) {
    case Service::Login:
        r = errors::oauth(status,
                          status == 429 || status == 503 ? QStringLiteral("temporarily_unavailable")
                                                         : QStringLiteral("server_error"),
                          status == 429 ? 50196 : 90033, message);
        break;
    case Service::Graph: {
        Request none;
        r = errors::graph(status,
                          status == 429       ? QStringLiteral("TooManyRequests")
                              : status == 409 ? QStringLiteral("Conflict")
                              : status == 403 ? QStringLiteral("Authorization_RequestDenied")
                                              : QStringLiteral("ServiceUnavailable"),
                          message, none);
        break;
    }
    case Service::KeyVault:
        r = errors::keyVault(status,
                             status == 429       ? QStringLiteral("Throttled")
                                 : status == 403 ? QStringLiteral("Forbidden")
                                                 : QStringLiteral("InternalServerError"),
                             message);
        break;
    case Service::PowerPlatform:
        r = errors::powerPlatform(status,
                                  status == 409       ? QStringLiteral("OperationNotStartable")
                                      : status == 403 ? QStringLiteral("Forbidden")
                                      : status == 429 ? QStringLiteral("TooManyRequests")
                                                      : QStringLiteral("ServiceUnavailable"),
                                  message);
        break;
    case Service::Arm:
        r = errors::arm(status,
                        status == 429       ? QStringLiteral("SubscriptionRequestsThrottled")
                            : status == 409 ? QStringLiteral("AnotherOperationInProgress")
                            : status == 403 ? QStringLiteral("AuthorizationFailed")
                            : status == 503 ? QStringLiteral("ServiceUnavailable")
                                            : QStringLiteral("InternalServerError"),
                        message);
        break;
    }
    if (status == 429 || status == 503) {
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds));
        r.setHeader(QByteArrayLiteral("x-ms-retry-after-ms"),
                    QByteArray::number(fault.retryAfterSeconds * 1000));
    }
    return r;
}

Response Sandbox::Private::route(Service service, const QString &vaultKey, const Request &request,
                                 RequestLogEntry *entry)
{
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1StringView("_sandbox"))
        return admin->handle(request);
    if (service != Service::Login && request.segments.size() > 1
        && request.segments.sliced(0, request.segments.size() - 1).contains(QString())) {
        // Strict on purpose: a client that glues a base address ending in '/' to a path starting with
        // one must fail here, not in a real cloud that may not normalise it.
        const QString message
            = QStringLiteral("The request path '%1' has an empty segment ('//').").arg(request.path);
        switch (service) {
        case Service::Graph:
            return errors::graph(400, QStringLiteral("BadRequest"), message, request);
        case Service::KeyVault:
            return errors::keyVault(400, QStringLiteral("BadParameter"), message);
        case Service::PowerPlatform:
            return errors::powerPlatform(400, QStringLiteral("InvalidRequestUri"), message);
        default:
            return errors::arm(400, QStringLiteral("InvalidRequestUri"), message);
        }
    }
    Response response;
    switch (service) {
    case Service::Arm:
        response = arm->handle(request, entry);
        break;
    case Service::Graph:
        response = graph->handle(request, entry);
        break;
    case Service::KeyVault:
        response = keyVault->handle(vaultKey, request, entry);
        break;
    case Service::PowerPlatform:
        response = powerPlatform->handle(request, entry);
        break;
    case Service::Login:
        break;
    }
    if (service != Service::Login) {
        // A write anywhere (a key disabled, a grant removed, a vault deleted) can lock environments.
        if (request.method != "GET")
            powerPlatform->refreshLocks();
        return response;
    }
    if (service == Service::Login) {
        if (auto r = identity->handle(request))
            return *r;
        return errors::oauth(
            404, QStringLiteral("invalid_request"), 90019,
            QStringLiteral("No tenant-identifying information or endpoint found at this path."));
    }
    return errors::arm(404, QStringLiteral("NotFound"),
                       QStringLiteral("The sandbox has no resource at this path."));
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
    p.publicClientId = *AppId::parse(PublicClientId);
    p.federatedCredentialAudience = QStringLiteral("api://AzureADTokenExchange");
    if (d->options.tls)
        p.trustedCaCertificates = QStringList {d->caPath};
    return p;
}

QUrl Sandbox::adminApi() const
{
    return d->origin(Service::Login).resolved(QUrl(QStringLiteral("_sandbox/")));
}

QByteArray Sandbox::announcement() const
{
    Json doc;
    doc["cloudProfile"] = Json::parse(profile().toJson().toStdString());
    doc["caCertificate"] = d->options.tls ? s(d->caPath) : std::string();
    doc["scenario"] = s(d->options.scenario);
    Json tenants = Json::array();
    for (const Tenant &t : d->world.tenants)
        tenants.push_back({{"id", s(t.id)}, {"displayName", s(t.displayName)}, {"domain", s(t.domain)}});
    doc["tenants"] = tenants;
    Json users = Json::array();
    for (const User &u : d->world.users)
        users.push_back({{"userPrincipalName", s(u.upn)},
                         {"password", s(u.password)},
                         {"tenantId", s(u.tenantId)},
                         {"displayName", s(u.displayName)},
                         {"role", s(u.demoRole)}});
    doc["users"] = users;
    Json subs = Json::array();
    for (const Subscription &sub : d->world.subscriptions)
        subs.push_back({{"subscriptionId", s(sub.id)},
                        {"tenantId", s(sub.tenantId)},
                        {"displayName", s(sub.displayName)}});
    doc["subscriptions"] = subs;
    doc["adminApi"] = s(adminApi().toString());
    return bytes(doc);
}

void Sandbox::advanceClock(qint64 simulatedMs)
{
    d->world.clock.advance(simulatedMs);
    d->world.clockMoved = true;
}

QDateTime Sandbox::now() const
{
    return d->world.clock.now();
}

bool Sandbox::approveDeviceCode(const QString &userCode, const QString &userPrincipalName)
{
    return d->world.approveDeviceCode(userCode, userPrincipalName);
}

void Sandbox::addFault(const FaultRule &rule)
{
    d->faults.add(rule);
}

QList<RequestLogEntry> Sandbox::requestLog() const
{
    return QList<RequestLogEntry>(d->log.begin(), d->log.end());
}

void Sandbox::clearRequestLog()
{
    d->log.clear();
}

} // namespace cmk::sandbox
