#pragma once

#include "context.h"
#include "faults.h"

#include <vector>

namespace cmk::sandbox {

/// The admin API under /_sandbox/ (never needed by the product): state, clock, faults,
/// latency, the request log, and what Microsoft support would do (record an unlock).
class AdminService
{
public:
    AdminService(Context &context, FaultInjector &faults, std::vector<RequestLogEntry> &log,
                 QString scenario);

    Response handle(const Request &request);
    int extraLatencyMs() const { return m_latencyMs; }

private:
    Context &m_ctx;
    FaultInjector &m_faults;
    std::vector<RequestLogEntry> &m_log;
    QString m_scenario;
    int m_latencyMs = 0;
};

Json toJson(const RequestLogEntry &entry);

} // namespace cmk::sandbox
