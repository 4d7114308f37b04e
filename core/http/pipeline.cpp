#include "http/pipeline.h"

#include "cmkversion.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/tokenprovider.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

namespace cmk::http {

namespace {

Q_LOGGING_CATEGORY(lcPipeline, "cmk.http.pipeline")

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString serviceName(ServiceKind service)
{
    switch (service) {
    case ServiceKind::Identity:
        return QStringLiteral("identity");
    case ServiceKind::Arm:
        return QStringLiteral("arm");
    case ServiceKind::Graph:
        return QStringLiteral("graph");
    case ServiceKind::KeyVault:
        return QStringLiteral("keyvault");
    case ServiceKind::PowerPlatform:
        return QStringLiteral("powerplatform");
    }
    return {};
}

/// The parameters of a `WWW-Authenticate: Bearer k="v", ...` header.
QHash<QString, QString> bearerParameters(const QByteArray &header)
{
    QHash<QString, QString> out;
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

QString scopeOfResource(QString resource)
{
    if (resource.endsWith(QLatin1StringView("/.default")))
        return resource;
    while (resource.endsWith(u'/'))
        resource.chop(1);
    return resource + QStringLiteral("/.default");
}

} // namespace

Call::Call(Pipeline *pipeline, RequestSpec spec)
    : QObject(pipeline)
    , m_pipeline(pipeline)
    , m_spec(std::move(spec))
{
    m_tryTimer.setSingleShot(true);
    m_backoff.setSingleShot(true);
    m_total.setSingleShot(true);
    // A Retry-After is a minimum: coarse timers may fire up to 5 % early.
    m_backoff.setTimerType(Qt::PreciseTimer);
    m_total.setTimerType(Qt::PreciseTimer);
    m_tenant = m_spec.tenantId;
}

void Call::cancel()
{
    if (m_finished)
        return;
    Result result;
    result.error = ServiceError::network(m_spec.service, QNetworkReply::OperationCanceledError,
                                         ServiceError::tr("cancelled by the user"));
    result.attempts = m_attempt;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_pipeline->finish(this, result);
}

Pipeline::Pipeline(QNetworkAccessManager *nam, const CloudProfile &profile, TokenProvider *tokens,
                   Journal *journal, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_journal(journal)
{
    qRegisterMetaType<cmk::http::Result>();
    m_tls = ProfileNetworkAccessManager::tlsConfiguration(profile);
}

void Pipeline::setTimeouts(std::chrono::milliseconds perTry, std::chrono::milliseconds total)
{
    m_perTry = perTry;
    m_total = total;
}

QString Pipeline::hostKey(const QUrl &url)
{
    return url.host().toLower() + u':'
        + QString::number(url.port(url.scheme() == QLatin1StringView("http") ? 80 : 443));
}

QString Pipeline::scopeFor(ServiceKind service, const QUrl &url) const
{
    switch (service) {
    case ServiceKind::Arm:
        return m_profile.armScope;
    case ServiceKind::Graph:
        return m_profile.graphScope;
    case ServiceKind::PowerPlatform:
        return m_profile.powerPlatformScope;
    case ServiceKind::KeyVault: {
        const auto it = m_challenges.constFind(hostKey(url));
        return it == m_challenges.constEnd() ? QString() : it->scope;
    }
    case ServiceKind::Identity:
        break;
    }
    return {};
}

Call *Pipeline::send(RequestSpec spec)
{
    if (spec.correlationId.isEmpty())
        spec.correlationId = newId();
    auto *call = new Call(this, std::move(spec));
    call->m_clock.start();
    const auto total = call->m_spec.totalTimeout.value_or(m_total);
    call->m_total.setInterval(int(total.count()));
    connect(&call->m_total, &QTimer::timeout, call, [this, call] {
        Result result;
        result.error = ServiceError::network(
            call->m_spec.service, QNetworkReply::TimeoutError,
            ServiceError::tr("no answer within %n second(s)", nullptr, int(call->m_total.interval() / 1000)));
        result.attempts = call->m_attempt;
        if (call->m_reply) {
            QNetworkReply *reply = call->m_reply;
            call->m_reply = nullptr;
            reply->disconnect(call);
            reply->abort();
            reply->deleteLater();
        }
        finish(call, result);
    });
    call->m_total.start();
    // Start at once (the network answers later anyway); a call that ends before send() returns
    // (no token, for example) reports it on the next event loop pass, after the caller connected.
    call->m_inSend = true;
    enqueue(call);
    call->m_inSend = false;
    return call;
}

void Pipeline::enqueue(Call *call)
{
    if (call->m_finished)
        return;
    const QString host = hostKey(call->m_spec.url);
    if (m_active.value(host) < m_maxPerHost) {
        ++m_active[host];
        call->m_started = true;
        beginAttempt(call);
    } else {
        m_waiting[host].enqueue(call);
    }
}

void Pipeline::startNext(const QString &host)
{
    QQueue<QPointer<Call>> &queue = m_waiting[host];
    while (!queue.isEmpty()) {
        QPointer<Call> next = queue.dequeue();
        if (next && !next->m_finished) {
            ++m_active[host];
            next->m_started = true;
            beginAttempt(next);
            return;
        }
    }
}

void Pipeline::beginAttempt(Call *call)
{
    if (call->m_finished)
        return;
    ++call->m_attempt;
    if (!call->m_spec.authenticate || !m_tokens) {
        sendAttempt(call, QString());
        return;
    }
    TokenRequest request;
    request.tenantId = call->m_tenant;
    request.scope = scopeFor(call->m_spec.service, call->m_spec.url);
    if (call->m_spec.service == ServiceKind::KeyVault) {
        const auto it = m_challenges.constFind(hostKey(call->m_spec.url));
        if (it == m_challenges.constEnd()) {
            // A vault's first request goes without a token; its 401 challenge names tenant and resource.
            sendAttempt(call, QString());
            return;
        }
        request.tenantId = it->tenantId;
    }
    request.forceRefresh = call->m_refreshedToken && call->m_attempt > 1;
    m_tokens->acquire(request, call, [this, call](const TokenResult &token) {
        if (call->m_finished)
            return;
        if (!token.ok()) {
            Result result;
            result.error = token.error.isError()
                ? token.error
                : ServiceError::network(call->m_spec.service, QNetworkReply::AuthenticationRequiredError,
                                        ServiceError::tr("no token"));
            result.attempts = call->m_attempt;
            finish(call, result);
            return;
        }
        call->m_callerObjectId = token.objectId;
        if (call->m_tenant.isEmpty())
            call->m_tenant = token.tenantId;
        sendAttempt(call, token.accessToken);
    });
}

void Pipeline::sendAttempt(Call *call, const QString &token)
{
    const RequestSpec &spec = call->m_spec;
    QNetworkRequest request(spec.url);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "CmkWizard/" CMK_VERSION_STRING);
    call->m_clientRequestId = newId();
    request.setRawHeader("x-ms-client-request-id", call->m_clientRequestId.toLatin1());
    request.setRawHeader("x-ms-return-client-request-id", "true");
    if (spec.service == ServiceKind::Graph)
        request.setRawHeader("client-request-id", call->m_clientRequestId.toLatin1());
    if (spec.service == ServiceKind::Arm)
        request.setRawHeader("x-ms-correlation-request-id", spec.correlationId.toLatin1());
    if (!spec.body.isEmpty() || spec.method == "POST" || spec.method == "PUT" || spec.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    call->m_timedOutTry = false;
    call->m_tryClock.start();
    // The verb's own call: sendCustomRequest always uploads through a buffer, even an empty one.
    QNetworkReply *reply = nullptr;
    if (spec.method == "GET" && spec.body.isEmpty())
        reply = m_nam->get(request);
    else if (spec.method == "DELETE" && spec.body.isEmpty())
        reply = m_nam->deleteResource(request);
    else if (spec.method == "PUT")
        reply = m_nam->put(request, spec.body);
    else if (spec.method == "POST")
        reply = m_nam->post(request, spec.body);
    else
        reply = m_nam->sendCustomRequest(request, spec.method, spec.body);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReply(call, reply); });
    const auto perTry = spec.perTryTimeout.value_or(m_perTry);
    call->m_tryTimer.setInterval(int(perTry.count()));
    call->m_tryTimer.disconnect();
    connect(&call->m_tryTimer, &QTimer::timeout, call, [call, reply] {
        if (call->m_reply == reply) {
            call->m_timedOutTry = true;
            reply->abort(); // finished() follows, as a timeout
        }
    });
    call->m_tryTimer.start();
}

void Pipeline::journal(Call *call, int status, const Headers &headers, const QString &errorCode)
{
    if (!m_journal)
        return;
    JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.service = serviceName(call->m_spec.service);
    e.method = QString::fromLatin1(call->m_spec.method);
    e.url = Journal::redact(call->m_spec.url);
    e.status = status;
    e.durationMs = call->m_tryClock.elapsed();
    e.attempt = call->m_attempt;
    e.operation = call->m_spec.operation;
    e.requestId = QString::fromLatin1(headerValue(headers, "x-ms-request-id"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    e.correlationId = QString::fromLatin1(headerValue(headers, "x-ms-correlation-request-id"));
    if (e.correlationId.isEmpty())
        e.correlationId = call->m_spec.correlationId;
    e.clientRequestId = call->m_clientRequestId;
    e.tenantId = call->m_tenant;
    e.callerObjectId = call->m_callerObjectId;
    e.errorCode = errorCode;
    m_journal->record(e);
}

void Pipeline::onReply(Call *call, QNetworkReply *reply)
{
    call->m_tryTimer.stop();
    if (call->m_reply != reply) {
        reply->deleteLater();
        return;
    }
    call->m_reply = nullptr;
    reply->deleteLater();
    if (call->m_finished)
        return;
    Result result;
    result.attempts = call->m_attempt;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        result.headers.append(h);
    result.requestId = QString::fromLatin1(result.header("x-ms-request-id"));
    if (result.requestId.isEmpty())
        result.requestId = QString::fromLatin1(result.header("request-id"));
    result.correlationId = call->m_spec.correlationId;
    result.clientRequestId = call->m_clientRequestId;
    QNetworkReply::NetworkError error = reply->error();
    if (call->m_timedOutTry)
        error = QNetworkReply::TimeoutError;

    if (result.status == 0) {
        result.error = ServiceError::network(call->m_spec.service, error, reply->errorString());
        journal(call, 0, {}, result.error.code);
        retryOrFinish(call, result, error);
        return;
    }
    const bool success = result.status >= 200 && result.status < 400;
    if (!success)
        result.error
            = ServiceError::fromResponse(call->m_spec.service, result.status, result.body, result.headers);
    journal(call, result.status, result.headers, result.error.code);

    if (result.status == 401) {
        const auto params = bearerParameters(result.header("WWW-Authenticate"));
        const QString authorization = params.value(QStringLiteral("authorization"),
                                                   params.value(QStringLiteral("authorization_uri")));
        const QUrl authority(authorization);
        const bool ourAuthority
            = authority.host().compare(m_profile.authorityHost.host(), Qt::CaseInsensitive) == 0
            && authority.port(443) == m_profile.authorityHost.port(443);
        if (call->m_spec.service == ServiceKind::KeyVault && !call->m_answeredChallenge && ourAuthority
            && (params.contains(QStringLiteral("resource")) || params.contains(QStringLiteral("scope")))) {
            // The Key Vault challenge: learn tenant and resource, then try once more with a token.
            call->m_answeredChallenge = true;
            const QString resource
                = params.value(QStringLiteral("scope"), params.value(QStringLiteral("resource")));
            m_challenges.insert(hostKey(call->m_spec.url),
                                Challenge {authority.path().section(u'/', 1, 1), scopeOfResource(resource)});
            --call->m_attempt; // the challenge round trip is not a failure
            beginAttempt(call);
            return;
        }
        if (result.error.code == QLatin1StringView("InvalidAuthenticationTokenTenant")
            && !call->m_switchedTenant && ourAuthority) {
            // ARM names the tenant that owns the subscription: get a token there, once.
            call->m_switchedTenant = true;
            call->m_tenant = authority.path().section(u'/', 1, 1);
            beginAttempt(call);
            return;
        }
        // ARM and Power Platform name it; Graph and Key Vault say so in the message.
        const bool expired = result.error.code == QLatin1StringView("ExpiredAuthenticationToken")
            || result.error.message.contains(QLatin1StringView("expir"), Qt::CaseInsensitive);
        if (expired && !call->m_refreshedToken) {
            call->m_refreshedToken = true;
            beginAttempt(call);
            return;
        }
    }
    if (success) {
        finish(call, result);
        return;
    }
    retryOrFinish(call, result, error);
}

void Pipeline::retryOrFinish(Call *call, Result result, QNetworkReply::NetworkError error)
{
    const auto delay
        = m_retry.delayFor(call->m_attempt, result.status, error, result.headers,
                           call->m_spec.effectiveIdempotency(), QDateTime::currentDateTimeUtc(), m_random);
    const qint64 remaining = call->m_total.remainingTime();
    if (delay && (remaining < 0 || delay->count() < remaining)) {
        qCDebug(lcPipeline) << "retrying" << call->m_spec.method << Journal::redact(call->m_spec.url)
                            << "after" << delay->count() << "ms (attempt" << call->m_attempt << "status"
                            << result.status << ")";
        call->m_backoff.setInterval(int(delay->count()));
        call->m_backoff.disconnect();
        connect(&call->m_backoff, &QTimer::timeout, call, [this, call] { beginAttempt(call); });
        call->m_backoff.start();
        return;
    }
    if (call->m_spec.effectiveIdempotency() == Idempotency::NonIdempotent
        && (result.status == 0 || result.status >= 500) && !RetryPolicy::nothingWasSent(error))
        result.error.maybeApplied = true;
    finish(call, result);
}

void Pipeline::finish(Call *call, Result result)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    call->m_tryTimer.stop();
    call->m_backoff.stop();
    call->m_total.stop();
    result.elapsedMs = call->m_clock.elapsed();
    if (result.clientRequestId.isEmpty())
        result.clientRequestId = call->m_clientRequestId;
    if (result.correlationId.isEmpty())
        result.correlationId = call->m_spec.correlationId;
    if (call->m_started) {
        const QString host = hostKey(call->m_spec.url);
        --m_active[host];
        startNext(host);
    }
    if (call->m_inSend) {
        QTimer::singleShot(0, call, [call, result] {
            Q_EMIT call->finished(result);
            call->deleteLater();
        });
        return;
    }
    Q_EMIT call->finished(result);
    call->deleteLater();
}

} // namespace cmk::http
