#include "admin.h"

#include <QDateTime>

namespace cmk::sandbox {

namespace {

Response bad(const QString &message)
{
    return Response::json(400, bytes(Json {{"error", {{"code", "BadRequest"}, {"message", s(message)}}}}));
}

} // namespace

Json toJson(const RequestLogEntry &e)
{
    return Json {{"time", s(QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs))},
                 {"service", s(e.service)},
                 {"method", s(e.method)},
                 {"path", s(e.path)},
                 {"status", e.status},
                 {"latencyMs", e.latencyMs},
                 {"tenantId", s(e.tenantId)},
                 {"callerObjectId", s(e.callerObjectId)},
                 {"requestId", s(e.requestId)},
                 {"fault", s(e.fault)}};
}

AdminService::AdminService(Context &context, FaultInjector &faults, std::vector<RequestLogEntry> &log,
                           QString scenario)
    : m_ctx(context)
    , m_faults(faults)
    , m_log(log)
    , m_scenario(std::move(scenario))
{
}

Response AdminService::handle(const Request &request)
{
    const QString path = QStringList(request.segments.mid(1)).join(u'/');
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto body = post ? parseJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body)
                           : std::optional<Json>(Json::object());
    if (!body || !body->is_object())
        return bad(QStringLiteral("The body must be a JSON object."));

    if (get && path == QLatin1StringView("health"))
        return Response::json(200, bytes(Json {{"status", "ok"}, {"scenario", s(m_scenario)}}));
    if (get && path == QLatin1StringView("state"))
        return Response::json(200, bytes(m_ctx.world.toJson()));
    if (path == QLatin1StringView("requests")) {
        if (request.method == "DELETE") {
            m_log.clear();
            return Response::json(200, bytes(Json {{"cleared", true}}));
        }
        Json entries = Json::array();
        const qsizetype since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
        for (size_t i = size_t(qMax<qsizetype>(0, since)); i < m_log.size(); ++i)
            entries.push_back(toJson(m_log[i]));
        return Response::json(200, bytes(Json {{"count", m_log.size()}, {"value", entries}}));
    }
    if (post && path == QLatin1StringView("device-codes/approve")) {
        // What a person does on the device-code page, for scripted demos and process tests.
        if (!m_ctx.world.approveDeviceCode(str(*body, "userCode"), str(*body, "userPrincipalName")))
            return bad(QStringLiteral("No pending device code with that user code, or no such user."));
        return Response::json(200, bytes(Json {{"approved", true}}));
    }
    if (path == QLatin1StringView("clock")) {
        if (post) {
            const qint64 ms = body->value("advanceMs", qint64(0))
                + body->value("advanceSeconds", qint64(0)) * 1000
                + body->value("advanceHours", qint64(0)) * 3600 * 1000
                + body->value("advanceDays", qint64(0)) * 24 * 3600 * 1000;
            if (ms < 0)
                return bad(QStringLiteral("The clock only moves forward."));
            m_ctx.world.clock.advance(ms);
            m_ctx.world.clockMoved = true;
        }
        return Response::json(200,
                              bytes(Json {{"now", s(SimClock::iso(m_ctx.world.clock.nowMs()))},
                                          {"timeScale", m_ctx.world.clock.scale()}}));
    }
    if (path == QLatin1StringView("faults")) {
        if (request.method == "DELETE") {
            m_faults.clear();
            return Response::json(200, bytes(Json {{"cleared", true}}));
        }
        if (post) {
            FaultRule rule;
            rule.kind = str(*body, "kind");
            if (!FaultInjector::kinds().contains(rule.kind))
                return bad(QStringLiteral("Unknown fault kind \"%1\"; kinds: %2")
                               .arg(rule.kind, FaultInjector::kinds().join(QStringLiteral(", "))));
            rule.method = str(*body, "method", QStringLiteral("*")).toUpper().toLatin1();
            rule.path = str(*body, "path", QStringLiteral("*"));
            rule.service = str(*body, "service", QStringLiteral("*"));
            rule.remaining = body->value("count", 1);
            rule.probability = body->value("probability", 1.0);
            rule.retryAfterSeconds = body->value("retryAfterSeconds", 1);
            m_faults.add(rule);
        }
        Json rules = Json::array();
        for (const FaultRule &r : m_faults.rules())
            rules.push_back({{"kind", s(r.kind)},
                             {"method", r.method.toStdString()},
                             {"path", s(r.path)},
                             {"remaining", r.remaining}});
        return Response::json(200, bytes(Json {{"value", rules}}));
    }
    if (post && path == QLatin1StringView("latency")) {
        m_latencyMs = qMax(0, body->value("ms", 0));
        return Response::json(200, bytes(Json {{"ms", m_latencyMs}}));
    }
    if (post && path == QLatin1StringView("refresh-tokens/expire")) {
        const QString upn = str(*body, "userPrincipalName");
        int expired = 0;
        for (auto &[token, grant] : m_ctx.world.refreshTokens) {
            const User *u = m_ctx.world.user(grant.userObjectId);
            if (upn.isEmpty() || (u && u->upn.compare(upn, Qt::CaseInsensitive) == 0)) {
                grant.expiresAtRealMs = 0;
                ++expired;
            }
        }
        return Response::json(200, bytes(Json {{"expired", expired}}));
    }
    if (post && path == QLatin1StringView("device-codes/expire")) {
        // Device codes live 900 real seconds; this ends them now (`{"userCode"}`, or all), so
        // clients' expired_token handling can be tried without waiting.
        const QString userCode = str(*body, "userCode");
        int expired = 0;
        for (auto &[code, grant] : m_ctx.world.deviceCodes) {
            if (userCode.isEmpty() || grant.userCode.compare(userCode, Qt::CaseInsensitive) == 0) {
                grant.expiresAtRealMs = 0;
                ++expired;
            }
        }
        return Response::json(200, bytes(Json {{"expired", expired}}));
    }
    if (post && path == QLatin1StringView("support/unlock")) {
        Environment *e = m_ctx.world.environment(str(*body, "environmentId"));
        if (!e)
            return bad(QStringLiteral("No environment %1.").arg(str(*body, "environmentId")));
        if (!e->locked)
            return bad(QStringLiteral("Environment %1 is not locked.").arg(e->id));
        e->supportUnlockRecorded = true;
        m_ctx.world.clockMoved = true; // re-evaluate on the next read
        return Response::json(200,
                              bytes(Json {{"environmentId", s(e->id)}, {"supportUnlockRecorded", true}}));
    }
    return Response::json(
        404, bytes(Json {{"error", {{"code", "NotFound"}, {"message", "Unknown sandbox admin path."}}}}));
}

} // namespace cmk::sandbox
