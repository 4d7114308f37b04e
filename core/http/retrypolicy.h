#pragma once

#include "http/request.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace cmk::http {

/// When to send a request again and how long to wait first. Decided by status, transport error
/// and the request's idempotency: a request whose outcome is unknown is only repeated when it
/// is safe to do twice; a throttled one waits what the service asked for.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay {2000}; ///< first backoff; doubles each time
    std::chrono::milliseconds maxDelay {32000};
    std::chrono::milliseconds maxRetryAfter {120000};
    double jitter = 0.2; ///< +/- this fraction of the backoff

    /// The wait before attempt `failedAttempt + 1`, or nothing when the failure is final.
    /// `status` is 0 for a transport failure (`error`).
    std::optional<std::chrono::milliseconds> delayFor(int failedAttempt, int status,
                                                      QNetworkReply::NetworkError error,
                                                      const Headers &headers, Idempotency idempotency,
                                                      const QDateTime &now, QRandomGenerator &random) const;

    /// What the service asked to wait: `x-ms-retry-after-ms`, `retry-after-ms`, then `Retry-After`
    /// as seconds or an HTTP date. Nothing when absent or unreadable.
    static std::optional<std::chrono::milliseconds> retryAfter(const Headers &headers, const QDateTime &now);

    /// Transport failures where nothing reached the service, so even a create may be sent again.
    static bool nothingWasSent(QNetworkReply::NetworkError error);
};

} // namespace cmk::http
