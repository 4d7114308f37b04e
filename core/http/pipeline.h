#pragma once

#include "cloud/cloudprofile.h"
#include "http/request.h"
#include "http/retrypolicy.h"
#include "http/serviceerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>

namespace cmk::http {

class Journal;
class TokenProvider;

/// The outcome of a call: the last answer, or what went wrong.
struct Result
{
    int status = 0;
    QByteArray body;
    Headers headers;
    ServiceError error;
    int attempts = 0;
    qint64 elapsedMs = 0;
    QString requestId;
    QString correlationId;
    QString clientRequestId;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
};

class Pipeline;

/// One logical request in flight (with its retries). Emits `finished` exactly once, then deletes
/// itself later; hold it in a QPointer.
class Call : public QObject
{
    Q_OBJECT

public:
    const RequestSpec &spec() const { return m_spec; }
    /// Stops the call; `finished` follows with a Cancelled error. Nothing is retried afterwards.
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const cmk::http::Result &result);

private:
    friend class Pipeline;
    Call(Pipeline *pipeline, RequestSpec spec);

    Pipeline *m_pipeline;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_tryTimer;
    QTimer m_backoff;
    QTimer m_total;
    QElapsedTimer m_clock;
    QElapsedTimer m_tryClock;
    int m_attempt = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_inSend = false; ///< still inside Pipeline::send(): `finished` must wait for the caller
    bool m_timedOutTry = false;
    bool m_refreshedToken = false;
    bool m_switchedTenant = false;
    bool m_answeredChallenge = false;
    QString m_tenant;
    QString m_callerObjectId;
    QString m_clientRequestId;
};

/// The one HTTP pipeline every service client uses. Policies in a fixed order: client request
/// and correlation ids, bearer token per audience (Key Vault: learned from its 401 challenge),
/// one silent refresh on an expired token and one switch to the tenant ARM names, retry with
/// exponential backoff and jitter honouring Retry-After and x-ms-retry-after-ms (only where the
/// method and the service's idempotency allow), per-try and total timeouts, cancellation, a
/// concurrency limit per host, and the journal. Asynchronous throughout.
class Pipeline : public QObject
{
    Q_OBJECT

public:
    Pipeline(QNetworkAccessManager *nam, const CloudProfile &profile, TokenProvider *tokens, Journal *journal,
             QObject *parent = nullptr);

    Call *send(RequestSpec spec);

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setTimeouts(std::chrono::milliseconds perTry, std::chrono::milliseconds total);
    void setMaxConcurrentPerHost(int count) { m_maxPerHost = qMax(1, count); }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    const CloudProfile &profile() const { return m_profile; }
    /// Where this pipeline journals its exchanges (may be null); also for the run's own notes.
    Journal *journal() const { return m_journal; }

    /// The scope a token for `service` needs in this cloud (Key Vault: after its challenge, per host).
    QString scopeFor(ServiceKind service, const QUrl &url) const;

private:
    friend class Call;
    struct Challenge
    {
        QString tenantId;
        QString scope;
    };

    void enqueue(Call *call);
    void startNext(const QString &host);
    void beginAttempt(Call *call);
    void sendAttempt(Call *call, const QString &token);
    void onReply(Call *call, QNetworkReply *reply);
    void retryOrFinish(Call *call, Result result, QNetworkReply::NetworkError error);
    void finish(Call *call, Result result);
    void journal(Call *call, int status, const Headers &headers, const QString &errorCode);
    static QString hostKey(const QUrl &url);

    QNetworkAccessManager *m_nam;
    CloudProfile m_profile;
    TokenProvider *m_tokens;
    Journal *m_journal;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_perTry {std::chrono::seconds(60)};
    std::chrono::milliseconds m_total {std::chrono::minutes(5)};
    int m_maxPerHost = 8;
    QHash<QString, int> m_active;
    QHash<QString, QQueue<QPointer<Call>>> m_waiting;
    QHash<QString, Challenge> m_challenges; ///< Key Vault host -> what its challenge said
    QSslConfiguration m_tls;
    QRandomGenerator m_random {0xC3Cu};
};

} // namespace cmk::http

Q_DECLARE_METATYPE(cmk::http::Result)
