#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace cmk::http {

/// The service a request goes to: it decides the token audience and the error body shape.
enum class ServiceKind { Identity, Arm, Graph, KeyVault, PowerPlatform };

/// Whether a request may be sent again after a failure whose outcome is unknown.
enum class Idempotency {
    Safe, ///< reads (GET): always retryable
    Idempotent, ///< PUT, DELETE, PATCH, and POSTs the service documents as idempotent (provider register)
    NonIdempotent, ///< POSTs that create (Graph applications, Key Vault keys, Power Platform link): only
                   ///< retried when the service says it did not process them (429, 503 with Retry-After)
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// One logical request; the pipeline may send it several times.
struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    Headers headers;
    ServiceKind service = ServiceKind::Arm;
    QString tenantId; ///< the tenant the token must come from; empty: the account's home tenant
    /// Unset: decided by the method (GET safe, PUT/PATCH/DELETE idempotent, POST not).
    std::optional<Idempotency> idempotency;
    bool authenticate = true;
    QString operation; ///< what the call is for, for the journal ("create key vault")
    QString correlationId; ///< groups a step's calls; generated when empty
    std::optional<std::chrono::milliseconds> perTryTimeout;
    std::optional<std::chrono::milliseconds> totalTimeout;

    Idempotency effectiveIdempotency() const { return idempotency.value_or(idempotencyOf(method)); }

    static Idempotency idempotencyOf(const QByteArray &method)
    {
        return method == "GET" || method == "HEAD" ? Idempotency::Safe
            : method == "POST"                     ? Idempotency::NonIdempotent
                                                   : Idempotency::Idempotent;
    }
};

QByteArray headerValue(const Headers &headers, const QByteArray &name);

} // namespace cmk::http
