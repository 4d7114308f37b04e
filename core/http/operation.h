#pragma once

#include "http/pipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace cmk::http {

/// Where a long-running operation stands, in a form that survives a restart: the URLs to poll,
/// what the first request was, and when to look next. Written to the run state after every
/// poll, so a restarted wizard resumes where it stopped.
struct OperationState
{
    Q_DECLARE_TR_FUNCTIONS(cmk::http::OperationState)

public:
    enum class Style {
        AzureAsyncOperation, ///< ARM: poll the Azure-AsyncOperation URL's status resource
        Location, ///< ARM: poll Location until it stops answering 202
        ProvisioningState, ///< ARM: GET the resource until provisioningState is terminal
        PowerPlatform, ///< BAP: operation-location / Location with state.id
    };

    Style style = Style::AzureAsyncOperation;
    ServiceKind service = ServiceKind::Arm;
    QString tenantId;
    QByteArray method; ///< of the request that started it
    QUrl resourceUrl; ///< that request's URL (the final GET of a PUT or PATCH)
    QUrl pollUrl;
    QUrl locationUrl; ///< the final result of a POST, when given
    QString operation; ///< for the journal
    QString correlationId;
    QDateTime startedAt;
    QDateTime nextPollAt;
    QString lastStatus; ///< InProgress, Running, Creating, ...

    /// The operation a first answer starts, or nothing when that answer is already final.
    static std::optional<OperationState> fromInitial(const RequestSpec &request, const Result &first);

    QByteArray toJson() const;
    static std::optional<OperationState> fromJson(const QByteArray &json, QString *error = nullptr);

    static bool isTerminal(const QString &status);
};

/// Follows a long-running operation to its end: polls at the interval the service asks
/// (Retry-After, else a growing default), keeps polling through a failed poll (a token
/// refresh, throttling, a blip) but not through three in a row, and gives the final answer:
/// the resource (PUT/PATCH), the action's result (POST), or the operation's error.
class OperationPoller : public QObject
{
    Q_OBJECT

public:
    OperationPoller(Pipeline *pipeline, const OperationState &state, QObject *parent = nullptr);

    /// Default wait when the service names none: starts here and grows to 30 s.
    void setDefaultInterval(std::chrono::milliseconds interval) { m_defaultInterval = interval; }
    /// How long the operation may take in all (default 30 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    void cancel();
    const OperationState &state() const { return m_state; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    /// After every poll: persist `state` to resume later.
    void progressed(const cmk::http::OperationState &state);
    /// The final answer (ok: the resource or result; otherwise the operation's or the poll's error).
    void finished(const cmk::http::Result &result);

private:
    void poll();
    void onPoll(const Result &result);
    void scheduleNext(const Result &result);
    void finalGet(const QUrl &url);
    void finish(Result result);
    RequestSpec get(const QUrl &url) const;
    static bool isTerminalStatus(const QString &status);

    Pipeline *m_pipeline;
    OperationState m_state;
    QTimer m_timer;
    QPointer<Call> m_call;
    std::chrono::milliseconds m_defaultInterval {std::chrono::seconds(5)};
    std::chrono::milliseconds m_currentDefault {0};
    std::chrono::milliseconds m_timeout {std::chrono::minutes(30)};
    int m_polls = 0;
    int m_failedPolls = 0;
    bool m_done = false;
};

/// Reads every page of a list: follows `nextLink` (ARM, Key Vault, Power Platform) or
/// `@odata.nextLink` (Graph) verbatim until there is none; an empty page with a next link is
/// not the end.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(Pipeline *pipeline, RequestSpec first, QObject *parent = nullptr);

    /// Stops after this many pages with an error rather than loop on a broken service (default 1000).
    void setMaxPages(int pages) { m_maxPages = pages; }
    void start();
    void cancel();

    /// Keep only the page being read: finished() then gets no pages (for callers of pageReceived()).
    void setKeepPages(bool keep) { m_keepPages = keep; }

Q_SIGNALS:
    /// One page, as soon as it arrived (the next one is already being asked for).
    void pageReceived(const cmk::http::Result &page);
    /// Every page's body, in order, or the first failure.
    void finished(const cmk::http::Result &last, const QList<QByteArray> &pages);

private:
    void fetch(const QUrl &url);

    Pipeline *m_pipeline;
    RequestSpec m_spec;
    QList<QByteArray> m_pages;
    QPointer<Call> m_call;
    int m_maxPages = 1000;
    int m_pageCount = 0;
    bool m_keepPages = true;
    bool m_stopped = false;
};

/// The next page's URL in a list body, if any.
std::optional<QUrl> nextLinkOf(const QByteArray &body);

} // namespace cmk::http

Q_DECLARE_METATYPE(cmk::http::OperationState)
