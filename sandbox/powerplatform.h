#pragma once

#include "context.h"

#include <QElapsedTimer>

namespace cmk::sandbox {

/// The Power Platform admin API (BAP): environments (paged admin list, get), link and unlink
/// of encryption enterprise policies as long-running lifecycle operations that progress over
/// simulated hours, and lock state when a policy's identity loses its key. The representation
/// of locks is the sandbox's own (no public source shows it); see sandbox/README.md.
class PowerPlatformService
{
public:
    explicit PowerPlatformService(Context &context);

    Response handle(const Request &request, RequestLogEntry *entry);

    /// Re-evaluates every linked environment's key access: locks what lost it (recording when
    /// and why), unlocks what got it back once support recorded the unlock, and deletes locked
    /// production environments 28 simulated days after they locked.
    void refreshLocks();

private:
    Json environmentJson(const Environment &e) const;
    Response link(const Request &request, const Principal &caller, Environment &e, bool linking);
    Response operation(const Request &request, const QString &id, bool lifecycleStyle);
    void settle();
    QString apiUrl(const QString &path) const;

    Context &m_ctx;
    QElapsedTimer m_refreshTimer;
};

} // namespace cmk::sandbox
