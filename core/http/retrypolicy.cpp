#include "http/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cmk::http {

using std::chrono::milliseconds;

std::optional<milliseconds> RetryPolicy::retryAfter(const Headers &headers, const QDateTime &now)
{
    for (const char *name : {"x-ms-retry-after-ms", "retry-after-ms"}) {
        const QByteArray value = headerValue(headers, name).trimmed();
        bool ok = false;
        const double ms = value.toDouble(&ok);
        if (ok && ms >= 0)
            return milliseconds(qint64(ms));
    }
    const QByteArray value = headerValue(headers, "Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return milliseconds(qint64(seconds * 1000));
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC);
        return milliseconds(std::max<qint64>(0, now.msecsTo(utc)));
    }
    return std::nullopt;
}

bool RetryPolicy::nothingWasSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

std::optional<milliseconds> RetryPolicy::delayFor(int failedAttempt, int status,
                                                  QNetworkReply::NetworkError error, const Headers &headers,
                                                  Idempotency idempotency, const QDateTime &now,
                                                  QRandomGenerator &random) const
{
    if (failedAttempt >= maxAttempts)
        return std::nullopt;
    const auto asked = status > 0 ? retryAfter(headers, now) : std::nullopt;
    const bool repeatable = idempotency != Idempotency::NonIdempotent;
    bool retry = false;
    if (status == 0) {
        // No answer. Refused or unresolved: nothing arrived anywhere. Reset or timed out: unknown.
        retry = error != QNetworkReply::OperationCanceledError && (repeatable || nothingWasSent(error))
            && error != QNetworkReply::SslHandshakeFailedError;
    } else if (status == 429) {
        retry = true; // throttled: the service did not process it
    } else if ((status == 502 || status == 503 || status == 504) && asked) {
        retry = true; // the service asks to come back: not processed either
    } else if (status == 408 || status == 500 || status == 502 || status == 503 || status == 504) {
        retry = repeatable;
    }
    if (!retry)
        return std::nullopt;
    if (asked)
        return std::min(*asked, maxRetryAfter);
    const double exponential = double(baseDelay.count()) * std::pow(2.0, failedAttempt - 1);
    const double capped = std::min(exponential, double(maxDelay.count()));
    const double factor = 1.0 + jitter * (random.generateDouble() * 2.0 - 1.0);
    return milliseconds(qint64(capped * factor));
}

} // namespace cmk::http
