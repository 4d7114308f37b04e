#include "services/serviceclient.h"

namespace cmk::services {

http::ServiceError ServiceClient::invalidInput(http::ServiceKind service, const QString &message)
{
    http::ServiceError error;
    error.kind = http::ServiceError::Kind::InvalidInput;
    error.service = service;
    error.message = message;
    return error;
}

http::ServiceError ServiceClient::malformed(http::ServiceKind service, const http::Result &result,
                                            const QString &why)
{
    http::ServiceError error;
    error.kind = http::ServiceError::Kind::Malformed;
    error.service = service;
    error.httpStatus = result.status;
    error.message = why;
    error.requestId = result.requestId;
    error.correlationId = result.correlationId;
    error.clientRequestId = result.clientRequestId;
    return error;
}

namespace {

http::OperationPoller *follow(http::Pipeline *pipeline, const http::OperationState &state, QObject *context,
                              const ServiceClient::Progress &progress,
                              std::function<void(const http::Result &)> done)
{
    auto *poller = new http::OperationPoller(pipeline, state, context);
    if (progress)
        QObject::connect(poller, &http::OperationPoller::progressed, context, progress);
    QObject::connect(poller, &http::OperationPoller::finished, context,
                     [poller, done](const http::Result &result) {
                         poller->deleteLater();
                         done(result);
                     });
    poller->start();
    return poller;
}

} // namespace

http::OperationPoller *ServiceClient::resume(const http::OperationState &state, QObject *context,
                                             Progress progress,
                                             std::function<void(const http::Result &)> done)
{
    return follow(m_pipeline, state, context, progress, std::move(done));
}

void ServiceClient::sendAndFollow(http::RequestSpec spec, QObject *context, Progress progress,
                                  std::function<void(const http::Result &)> done)
{
    ++m_sent;
    const http::RequestSpec copy = spec;
    http::Call *call = m_pipeline->send(std::move(spec));
    QObject::connect(call, &http::Call::finished, context,
                     [pipeline = m_pipeline, copy, context, progress, done](const http::Result &first) {
                         const auto state = http::OperationState::fromInitial(copy, first);
                         if (!state) {
                             done(first);
                             return;
                         }
                         if (progress)
                             progress(*state);
                         follow(pipeline, *state, context, progress, done);
                     });
}

} // namespace cmk::services
