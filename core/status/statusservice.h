#pragma once

#include "status/statusreport.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cmk::http {
class Pipeline;
}

namespace cmk::status {

/// How a status run behaves.
struct StatusOptions
{
    /// Resource Manager and Key Vault reads in flight at once (the environment list is read one
    /// page at a time besides). The pipeline's own per-host limit applies as well.
    int maxInFlight = 8;
    int pageSize = 1000; ///< environments per page (1-1000)
    int batchSize = 250; ///< rows per rowsReady() at most
    int batchIntervalMs = 100; ///< a partial batch waits at most this long
    /// The time countdowns and key expiry are measured from; the system clock when unset.
    std::function<QDateTime()> clock;
};

/// Reads the customer-managed key status of every environment of a tenant: the environments (all
/// pages) from the Power Platform admin API, then each distinct enterprise policy, key vault and
/// key once from Resource Manager, and the policy identity's access once per vault and identity
/// (role assignments with each role definition read once, or the vault's access policies). Works
/// with what a read-only person may read (Reader on the subscription, a Power Platform or Global
/// Reader role); what cannot be read is reported as unknown with the service's reason, never as
/// a failure of the whole run. At most `maxInFlight` reads run at once; rows stream out in
/// batches as soon as each is complete. docs/status.md describes the model and the rules.
class StatusService : public QObject
{
    Q_OBJECT

public:
    /// `powerPlatform` and `arm` call as the signed-in person in the tenant; `keyVault` (optional,
    /// may be null) is tried for a key's attributes only when Resource Manager refuses them.
    StatusService(http::Pipeline *powerPlatform, http::Pipeline *arm, http::Pipeline *keyVault,
                  QObject *parent = nullptr);
    ~StatusService() override;

    void setOptions(const StatusOptions &options);
    const StatusOptions &options() const { return m_options; }

    /// Starts a run for `tenantId` (what the report names); a run already going is cancelled first.
    void start(const QString &tenantId);
    /// Stops the run: nothing more is sent, no answer is used; finished() follows with what was
    /// complete (StatusReport::complete false).
    void cancel();
    bool isRunning() const;
    /// The report so far (complete after finished()).
    const StatusReport &report() const { return m_report; }
    /// Requests this run started (a list read page by page counts once).
    int requestsSent() const { return m_requests; }

Q_SIGNALS:
    /// Complete rows, in batches (at most batchSize each), as they become ready.
    void rowsReady(const QList<cmk::status::EnvironmentStatus> &rows);
    /// How far the run is: environments listed so far, rows complete, the list finished.
    void progress(int listed, int completed, bool listingDone);
    /// Something could not be read (also in the final report).
    void problemFound(const cmk::status::StatusProblem &problem);
    /// The run ended; emitted exactly once per start().
    void finished(const cmk::status::StatusReport &report);

private:
    class Run;
    friend class Run;
    void emitRow(const EnvironmentStatus &row);
    void flush();
    void finish(bool complete);

    http::Pipeline *m_powerPlatform;
    http::Pipeline *m_arm;
    http::Pipeline *m_keyVault;
    StatusOptions m_options;
    StatusReport m_report;
    Run *m_run = nullptr; ///< the context of every callback of a run; deleted to drop its answers
    QList<EnvironmentStatus> m_batch;
    QTimer m_batchTimer;
    int m_requests = 0;
};

} // namespace cmk::status
