#include "http/operation.h"

#include "util/json.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cmk::http {

namespace {

using nlohmann::json;
using namespace std::chrono_literals;

using cmk::json::parse;

using cmk::json::text;

/// properties.provisioningState, or nothing when the resource has none.
QString provisioningState(const json &resource)
{
    if (!resource.is_object())
        return {};
    const auto props = resource.find("properties");
    return props != resource.end() ? text(*props, "provisioningState") : QString();
}

QString styleName(OperationState::Style style)
{
    switch (style) {
    case OperationState::Style::AzureAsyncOperation:
        return QStringLiteral("azure-async-operation");
    case OperationState::Style::Location:
        return QStringLiteral("location");
    case OperationState::Style::ProvisioningState:
        return QStringLiteral("provisioning-state");
    case OperationState::Style::PowerPlatform:
        return QStringLiteral("power-platform");
    }
    return {};
}

const QList<QPair<ServiceKind, QString>> &serviceNames()
{
    static const QList<QPair<ServiceKind, QString>> names {
        {ServiceKind::Arm, QStringLiteral("arm")},
        {ServiceKind::Graph, QStringLiteral("graph")},
        {ServiceKind::KeyVault, QStringLiteral("keyvault")},
        {ServiceKind::PowerPlatform, QStringLiteral("powerplatform")},
        {ServiceKind::Identity, QStringLiteral("identity")}};
    return names;
}

/// The operation's own error (`error` of a status resource) as a ServiceError.
ServiceError operationError(ServiceKind service, const json &body, const QString &status)
{
    json error = body.is_object() && body.contains("error") ? body["error"] : json::object();
    if (!error.is_object())
        error = json::object();
    if (!error.contains("code"))
        error["code"] = status.isEmpty() ? "OperationFailed" : status.toStdString();
    if (!error.contains("message"))
        error["message"] = QStringLiteral("The operation ended %1.").arg(status).toStdString();
    const json wrapped = {{"error", error}};
    ServiceError e = ServiceError::fromResponse(service, 200, QByteArray::fromStdString(wrapped.dump()), {});
    e.httpStatus = 200;
    return e;
}

} // namespace

bool OperationState::isTerminal(const QString &status)
{
    return status.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1StringView("Failed"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1StringView("Canceled"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1StringView("Cancelled"), Qt::CaseInsensitive) == 0;
}

std::optional<OperationState> OperationState::fromInitial(const RequestSpec &request, const Result &first)
{
    if (!first.ok())
        return std::nullopt;
    OperationState s;
    s.service = request.service;
    s.tenantId = request.tenantId;
    s.method = request.method;
    s.resourceUrl = request.url;
    s.operation = request.operation;
    s.correlationId = first.correlationId.isEmpty() ? request.correlationId : first.correlationId;
    s.startedAt = QDateTime::currentDateTimeUtc();
    const auto wait = RetryPolicy::retryAfter(first.headers, s.startedAt);
    s.nextPollAt = s.startedAt.addMSecs(wait ? wait->count() : 0);
    const QUrl asyncOperation(QString::fromLatin1(first.header("Azure-AsyncOperation")));
    const QUrl operationLocation(QString::fromLatin1(first.header("operation-location")));
    const QUrl location(QString::fromLatin1(first.header("Location")));

    if (request.service == ServiceKind::PowerPlatform) {
        if (first.status != 202)
            return std::nullopt;
        s.style = Style::PowerPlatform;
        s.pollUrl
            = operationLocation.isValid() && !operationLocation.isEmpty() ? operationLocation : location;
        if (!s.pollUrl.isValid() || s.pollUrl.isEmpty())
            return std::nullopt;
        s.lastStatus = QStringLiteral("NotStarted");
        return s;
    }
    if (asyncOperation.isValid() && !asyncOperation.isEmpty()) {
        s.style = Style::AzureAsyncOperation;
        s.pollUrl = asyncOperation;
        s.locationUrl = location;
        s.lastStatus = QStringLiteral("InProgress");
        return s;
    }
    if (first.status == 202 && location.isValid() && !location.isEmpty()) {
        s.style = Style::Location;
        s.pollUrl = location;
        s.lastStatus = QStringLiteral("Accepted");
        return s;
    }
    if ((request.method == "PUT" || request.method == "PATCH")
        && (first.status == 200 || first.status == 201)) {
        const QString state = provisioningState(parse(first.body));
        if (!state.isEmpty() && !isTerminal(state)) {
            s.style = Style::ProvisioningState;
            s.pollUrl = request.url;
            s.lastStatus = state;
            return s;
        }
    }
    return std::nullopt;
}

QByteArray OperationState::toJson() const
{
    QString service;
    for (const auto &[kind, name] : serviceNames()) {
        if (kind == this->service)
            service = name;
    }
    const json doc = {{"formatVersion", 1},
                      {"style", styleName(style).toStdString()},
                      {"service", service.toStdString()},
                      {"tenantId", tenantId.toStdString()},
                      {"method", method.toStdString()},
                      {"resourceUrl", resourceUrl.toString(QUrl::FullyEncoded).toStdString()},
                      {"pollUrl", pollUrl.toString(QUrl::FullyEncoded).toStdString()},
                      {"locationUrl", locationUrl.toString(QUrl::FullyEncoded).toStdString()},
                      {"operation", operation.toStdString()},
                      {"correlationId", correlationId.toStdString()},
                      {"startedAt", startedAt.toString(Qt::ISODateWithMs).toStdString()},
                      {"nextPollAt", nextPollAt.toString(Qt::ISODateWithMs).toStdString()},
                      {"lastStatus", lastStatus.toStdString()}};
    return QByteArray::fromStdString(doc.dump());
}

std::optional<OperationState> OperationState::fromJson(const QByteArray &data, QString *error)
{
    const json doc = parse(data);
    const auto fail = [&](const QString &why) -> std::optional<OperationState> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!doc.is_object())
        return fail(tr("The saved operation is not a JSON object."));
    OperationState s;
    bool styleKnown = false;
    for (Style style :
         {Style::AzureAsyncOperation, Style::Location, Style::ProvisioningState, Style::PowerPlatform}) {
        if (styleName(style) == text(doc, "style")) {
            s.style = style;
            styleKnown = true;
        }
    }
    if (!styleKnown)
        return fail(tr("The saved operation has an unknown polling style \"%1\".").arg(text(doc, "style")));
    bool serviceKnown = false;
    for (const auto &[kind, name] : serviceNames()) {
        if (name == text(doc, "service")) {
            s.service = kind;
            serviceKnown = true;
        }
    }
    if (!serviceKnown)
        return fail(tr("The saved operation names an unknown service \"%1\".").arg(text(doc, "service")));
    s.tenantId = text(doc, "tenantId");
    s.method = text(doc, "method").toLatin1();
    s.resourceUrl = QUrl(text(doc, "resourceUrl"), QUrl::StrictMode);
    s.pollUrl = QUrl(text(doc, "pollUrl"), QUrl::StrictMode);
    s.locationUrl = QUrl(text(doc, "locationUrl"), QUrl::StrictMode);
    s.operation = text(doc, "operation");
    s.correlationId = text(doc, "correlationId");
    s.startedAt = QDateTime::fromString(text(doc, "startedAt"), Qt::ISODateWithMs);
    s.nextPollAt = QDateTime::fromString(text(doc, "nextPollAt"), Qt::ISODateWithMs);
    s.lastStatus = text(doc, "lastStatus");
    if (!s.pollUrl.isValid()
        || (s.pollUrl.scheme() != QLatin1StringView("https")
            && s.pollUrl.scheme() != QLatin1StringView("http")))
        return fail(tr("The saved operation has no valid polling URL."));
    if (!s.startedAt.isValid())
        return fail(tr("The saved operation has no valid start time."));
    return s;
}

OperationPoller::OperationPoller(Pipeline *pipeline, const OperationState &state, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_state(state)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationPoller::poll);
}

RequestSpec OperationPoller::get(const QUrl &url) const
{
    RequestSpec spec;
    spec.method = "GET";
    spec.url = url;
    spec.service = m_state.service;
    spec.tenantId = m_state.tenantId;
    spec.operation = m_state.operation;
    spec.correlationId = m_state.correlationId;
    return spec;
}

void OperationPoller::start()
{
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_state.nextPollAt);
    m_timer.start(int(std::clamp<qint64>(wait, 0, 600000)));
}

void OperationPoller::cancel()
{
    if (m_done)
        return;
    if (m_call)
        m_call->disconnect(this);
    Result result;
    result.error = ServiceError::network(m_state.service, QNetworkReply::OperationCanceledError,
                                         ServiceError::tr("cancelled by the user"));
    finish(result);
}

void OperationPoller::poll()
{
    if (m_done)
        return;
    if (m_state.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) > m_timeout.count()) {
        Result result;
        result.error = ServiceError::network(m_state.service, QNetworkReply::TimeoutError,
                                             ServiceError::tr("the operation did not end within %n minute(s)",
                                                              nullptr, int(m_timeout.count() / 60000)));
        finish(result);
        return;
    }
    ++m_polls;
    m_call = m_pipeline->send(get(m_state.pollUrl));
    connect(m_call, &Call::finished, this, &OperationPoller::onPoll);
}

void OperationPoller::onPoll(const Result &result)
{
    if (m_done)
        return;
    const json body = parse(result.body);
    switch (m_state.style) {
    case OperationState::Style::Location:
        // The Location URL answers 202 while running, then what the original call would have.
        if (result.ok() && result.status == 202) {
            m_state.lastStatus = QStringLiteral("Accepted");
            scheduleNext(result);
            return;
        }
        finish(result);
        return;
    case OperationState::Style::AzureAsyncOperation: {
        if (!result.ok())
            break;
        const QString status = text(body, "status");
        m_state.lastStatus = status;
        if (!isTerminalStatus(status)) {
            scheduleNext(result);
            return;
        }
        if (status.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) != 0) {
            Result failed = result;
            failed.error = operationError(m_state.service, body, status);
            finish(failed);
            return;
        }
        if (m_state.method == "PUT" || m_state.method == "PATCH")
            finalGet(m_state.resourceUrl);
        else if (m_state.method == "POST" && m_state.locationUrl.isValid() && !m_state.locationUrl.isEmpty())
            finalGet(m_state.locationUrl);
        else
            finish(result);
        return;
    }
    case OperationState::Style::ProvisioningState: {
        if (!result.ok())
            break;
        const QString state = provisioningState(body);
        m_state.lastStatus = state.isEmpty() ? QStringLiteral("Succeeded") : state;
        if (!state.isEmpty() && !isTerminalStatus(state)) {
            scheduleNext(result);
            return;
        }
        Result final = result;
        if (!state.isEmpty() && state.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) != 0)
            final.error = operationError(m_state.service, json::object(), state);
        finish(final);
        return;
    }
    case OperationState::Style::PowerPlatform: {
        if (!result.ok() && result.status == 409) {
            scheduleNext(result); // another lifecycle operation still runs: keep waiting
            return;
        }
        if (!result.ok() && result.status == 404
            && m_state.pollUrl.path().contains(QLatin1StringView("lifecycleOperations"))) {
            Result gone = result;
            gone.error = ServiceError();
            m_state.lastStatus = QStringLiteral("Succeeded");
            finish(gone); // a finished lifecycle operation may be gone
            return;
        }
        if (!result.ok())
            break;
        const json stateObject = body.is_object() && body.contains("state") ? body["state"] : json::object();
        const QString state = text(stateObject, "id");
        m_state.lastStatus = state;
        if (!isTerminalStatus(state)) {
            scheduleNext(result);
            return;
        }
        Result final = result;
        if (state.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) != 0)
            final.error = operationError(m_state.service, body, state);
        finish(final);
        return;
    }
    }
    // A failed poll is not a failed operation: keep polling, but not forever.
    if (++m_failedPolls >= 3) {
        finish(result);
        return;
    }
    scheduleNext(result);
}

bool OperationPoller::isTerminalStatus(const QString &status)
{
    return OperationState::isTerminal(status);
}

void OperationPoller::scheduleNext(const Result &result)
{
    if (result.ok())
        m_failedPolls = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::chrono::milliseconds wait {0};
    if (const auto asked = RetryPolicy::retryAfter(result.headers, now)) {
        wait = *asked;
    } else {
        m_currentDefault = m_currentDefault.count() == 0
            ? m_defaultInterval
            : std::min<std::chrono::milliseconds>(
                std::chrono::milliseconds(qint64(double(m_currentDefault.count()) * 1.5)),
                std::max<std::chrono::milliseconds>(30s, m_defaultInterval));
        wait = m_currentDefault;
    }
    wait = std::min<std::chrono::milliseconds>(wait, 10min);
    m_state.nextPollAt = now.addMSecs(wait.count());
    Q_EMIT progressed(m_state);
    m_timer.start(int(wait.count()));
}

void OperationPoller::finalGet(const QUrl &url)
{
    Q_EMIT progressed(m_state);
    m_call = m_pipeline->send(get(url));
    connect(m_call, &Call::finished, this, [this](const Result &result) { finish(result); });
}

void OperationPoller::finish(Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(result);
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Past the string that starts at `p` (a quote), or `end` when it is not closed.
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p + 1;
    }
    return end;
}

} // namespace

std::optional<QUrl> nextLinkOf(const QByteArray &body)
{
    // Only the top-level link is needed, and a page of a long list is megabytes of JSON: the body
    // is scanned (strings skipped, depth counted) instead of parsed into a document, which on a
    // window's thread held the event loop for a third of a second per page (bench/dashboard).
    const char *p = body.constData();
    const char *const end = p + body.size();
    int depth = 0;
    bool topIsObject = false;
    bool expectKey = false;
    QString found[2]; // nextLink, @odata.nextLink
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *keyEnd = skipString(p, end);
            if (keyEnd >= end)
                return std::nullopt;
            if (depth == 1 && topIsObject && expectKey) {
                const std::string_view key(p + 1, size_t(keyEnd - p - 2));
                expectKey = false;
                const int slot = key == "nextLink" ? 0 : key == "@odata.nextLink" ? 1 : -1;
                p = keyEnd;
                while (p < end && isJsonSpace(*p))
                    ++p;
                if (p >= end || *p != ':')
                    return std::nullopt;
                ++p;
                while (p < end && isJsonSpace(*p))
                    ++p;
                if (slot >= 0 && p < end && *p == '"') {
                    const char *valueEnd = skipString(p, end);
                    const json value = json::parse(p, valueEnd, nullptr, false);
                    if (value.is_string())
                        found[slot] = QString::fromStdString(value.get<std::string>());
                    p = valueEnd;
                }
                continue;
            }
            p = keyEnd;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 1) {
                topIsObject = c == '{';
                expectKey = topIsObject;
            }
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        } else if (c == ',' && depth == 1) {
            expectKey = topIsObject;
        }
        ++p;
    }
    if (depth != 0)
        return std::nullopt; // not a whole JSON document
    for (const QString &link : found) {
        if (!link.isEmpty())
            return QUrl(link, QUrl::StrictMode);
    }
    return std::nullopt;
}

Pager::Pager(Pipeline *pipeline, RequestSpec first, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_spec(std::move(first))
{
}

void Pager::start()
{
    fetch(m_spec.url);
}

void Pager::cancel()
{
    m_stopped = true;
    if (m_call)
        m_call->cancel();
}

void Pager::fetch(const QUrl &url)
{
    RequestSpec spec = m_spec;
    spec.url = url;
    m_call = m_pipeline->send(spec);
    connect(m_call, &Call::finished, this, [this](const Result &result) {
        if (!result.ok()) {
            Q_EMIT finished(result, m_pages);
            return;
        }
        ++m_pageCount;
        if (m_keepPages)
            m_pages.append(result.body);
        const auto next = nextLinkOf(result.body);
        Result last = result;
        if (next && (!next->isValid() || next->host().compare(m_spec.url.host(), Qt::CaseInsensitive) != 0)) {
            // A next link to another host would carry our token there: refuse it.
            last.error = ServiceError::fromResponse(m_spec.service, 200, {}, {});
            last.error.kind = ServiceError::Kind::Malformed;
            last.error.message = next->isValid()
                ? QStringLiteral("the next page link points to another host: %1").arg(next->host())
                : QStringLiteral("the next page link is not a valid URL: %1").arg(next->errorString());
        } else if (next && m_pageCount >= m_maxPages) {
            last.error.kind = ServiceError::Kind::Malformed;
            last.error.service = m_spec.service;
            last.error.message = QStringLiteral("more than %1 pages; stopped").arg(m_maxPages);
        }
        // The next page is asked for before this one is handed over, so the service prepares it
        // while the receiver reads this one.
        const bool more = next && last.ok();
        if (more)
            fetch(*next);
        const QPointer<Pager> self(this);
        Q_EMIT pageReceived(result);
        if (!self)
            return;
        if (m_stopped) {
            if (more && m_call) {
                m_call->cancel(); // finished() follows from that call
                return;
            }
            last.error = ServiceError::network(m_spec.service, QNetworkReply::OperationCanceledError,
                                               ServiceError::tr("cancelled by the user"));
        }
        if (!more)
            Q_EMIT finished(last, m_pages);
    });
}

} // namespace cmk::http
