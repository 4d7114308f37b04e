#pragma once

#include "http/operation.h"
#include "http/pipeline.h"
#include "types/parseerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace cmk::services {

/// What a typed call gives back: the value, or why there is none. `status` is the last HTTP
/// status (0 when nothing was sent, for example on bad input).
template<typename T> struct Reply
{
    std::optional<T> value;
    http::ServiceError error;
    int status = 0;

    bool ok() const { return value.has_value() && !error.isError(); }
};

/// The value of calls that return nothing (DELETE, an action without a result).
struct Done
{
};

template<typename T> using Callback = std::function<void(const Reply<T> &)>;

/// A JSON document kept verbatim next to the typed fields read from it, so that a later PUT
/// can send back what CMK Wizard does not model (unknown fields are preserved).
struct RawJson
{
    QByteArray json;

    bool isEmpty() const { return json.isEmpty(); }
};

/// The base of ArmClient, GraphClient, KeyVaultClient and PowerPlatformClient: one pipeline,
/// input checked before anything is sent, JSON read at this boundary only (nlohmann_json, in
/// the .cpp files), and callbacks that always run later on `context`'s thread, never before
/// the call returns, and never after `context` is gone.
class ServiceClient
{
    Q_DECLARE_TR_FUNCTIONS(cmk::services::ServiceClient)

public:
    explicit ServiceClient(http::Pipeline *pipeline)
        : m_pipeline(pipeline)
    {
    }
    http::Pipeline *pipeline() const { return m_pipeline; }
    /// How many calls this client started; a paged list or a followed operation counts once
    /// (the bad-input tests expect zero).
    int requestsSent() const { return m_sent; }

    /// A bad-input error: `ServiceError::Kind::InvalidInput` with the message shown as is.
    static http::ServiceError invalidInput(http::ServiceKind service, const QString &message);
    static http::ServiceError invalidInput(http::ServiceKind service, const ParseError &error)
    {
        return invalidInput(service, error.message);
    }

    using Progress = std::function<void(const http::OperationState &)>;

    /// Follows a saved long-running operation (after a restart) to its end.
    http::OperationPoller *resume(const http::OperationState &state, QObject *context, Progress progress,
                                  std::function<void(const http::Result &)> done);

protected:
    /// Sends a request that may start a long-running operation and follows it to its end (see
    /// OperationPoller); `progress` gets the state to persist after every poll. `done` gets the
    /// final answer: the resource, the action's result, or the operation's error.
    void sendAndFollow(http::RequestSpec spec, QObject *context, Progress progress,
                       std::function<void(const http::Result &)> done);

    /// Sends `spec`; on success parses the body with `parse` (nothing + `why` on a body that is
    /// not what the service documents: a Malformed error).
    template<typename T>
    QPointer<http::Call> send(http::RequestSpec spec, QObject *context, Callback<T> done,
                              std::function<std::optional<T>(const http::Result &, QString *why)> parse)
    {
        ++m_sent;
        const http::ServiceKind service = spec.service;
        QPointer<http::Call> call = m_pipeline->send(std::move(spec));
        QObject::connect(
            call, &http::Call::finished, context,
            [service, done = std::move(done), parse = std::move(parse)](const http::Result &result) {
                Reply<T> reply;
                reply.status = result.status;
                if (!result.ok()) {
                    reply.error = result.error;
                } else {
                    QString why;
                    reply.value = parse(result, &why);
                    if (!reply.value)
                        reply.error = malformed(service, result, why);
                }
                done(reply);
            });
        return call;
    }

    /// Refuses a call before sending anything; `done` runs later with the error.
    template<typename T>
    static void reject(QObject *context, Callback<T> done, const http::ServiceError &error)
    {
        QTimer::singleShot(0, context, [done = std::move(done), error] {
            Reply<T> reply;
            reply.error = error;
            done(reply);
        });
    }

    static http::ServiceError malformed(http::ServiceKind service, const http::Result &result,
                                        const QString &why);

private:
    http::Pipeline *m_pipeline;
    int m_sent = 0;
};

} // namespace cmk::services
