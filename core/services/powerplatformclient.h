#pragma once

#include "services/serviceclient.h"
#include "types/environmentid.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace cmk::services {

/// The customer-managed key (Encryption) enterprise policy linked to an environment.
struct CustomerManagedKeyLink
{
    QString policyResourceId; ///< the policy's Azure resource ID
    QString systemId; ///< /regions/{location}/providers/Microsoft.PowerPlatform/enterprisePolicies/{GUID}
    QString location;
    QString linkStatus; ///< Linking, Linked, Unlinking
    int encryptionPercentComplete = -1; ///< while Linking, when the service says
};

/// How the service reports a customer-managed key lock (`properties.customerManagedKeyLock`). No
/// public source shows Power Platform's representation; this is the sandbox's, read when present
/// (docs/decisions.md). Without it a lock shows only as `states.runtime`.
struct CustomerManagedKeyLock
{
    QString reason; ///< PolicyDeleted, VaultDeleted, KeyDeleted, KeyDisabled, KeyVersionDisabled, ...
    QDateTime lockedSince; ///< invalid when not given
    QDateTime scheduledDeletionTime; ///< production environments only; invalid when not given
    bool accessRestored = false; ///< the key works again; support must still unlock
    bool supportUnlockRecorded = false;
};

/// A Power Platform environment as the admin API shows it, with what matters for
/// customer-managed keys. Property names are read in any casing.
struct PowerPlatformEnvironment
{
    EnvironmentId id;
    QString displayName;
    QString location; ///< Power Platform geography, e.g. europe; must equal the policy's
    QString azureRegion;
    QString sku; ///< Production, Sandbox, Trial, Developer, Default, Teams
    bool isDefault = false;
    bool hasDataverse = false;
    bool isManaged = false; ///< a Managed Environment (governance protection level Standard)
    QString runtimeState; ///< states.runtime.id: Enabled, or Disabled while locked
    QString runtimeReasonCode;
    QString keyManagedBy; ///< Microsoft or Customer
    std::optional<CustomerManagedKeyLink> customerManagedKey;
    std::optional<CustomerManagedKeyLock> customerManagedKeyLock;
    bool financeAndOperations = false; ///< a finance and operations environment
    bool powerPlatformIntegration = false; ///< finance and operations only: integrated with Power Platform
    QString lastOperation; ///< the last lifecycle operation's type, when the service says
    RawJson raw; ///< the whole environment, for what is not modelled (locks, lifecycle enforcement)
};

/// A link or unlink operation as its status URL reports it.
struct PowerPlatformOperation
{
    QString id;
    QString state; ///< NotStarted, Running, Succeeded or Failed
    QString errorMessage; ///< the service's words when it Failed
};

/// The Power Platform admin API (BAP): the tenant's environments, and linking or unlinking the
/// customer-managed key enterprise policy, which is long-running: the client follows the
/// operation, reports its state after every poll for the run state, and resumes a saved one.
class PowerPlatformClient : public ServiceClient
{
    Q_DECLARE_TR_FUNCTIONS(cmk::services::PowerPlatformClient)

public:
    explicit PowerPlatformClient(http::Pipeline *pipeline);

    /// Whether `text` is an enterprise policy's system ID; says what is wrong otherwise.
    static bool validatePolicySystemId(QStringView text, ParseError *error = nullptr);

    /// Every environment of the tenant, read in pages of `pageSize` (1-1000; 0: the service's default).
    void environments(int pageSize, QObject *context, Callback<QList<PowerPlatformEnvironment>> done);
    /// Every environment of the tenant like environments(), handed to `page` one page at a time as
    /// each arrives, so a caller can start work before the last page; `done` gets how many there
    /// were, or the first failure (after which `page` is not called again).
    void environmentPages(int pageSize, QObject *context,
                          std::function<void(const QList<PowerPlatformEnvironment> &)> page,
                          Callback<int> done);
    /// One environment.
    void environment(const EnvironmentId &id, QObject *context, Callback<PowerPlatformEnvironment> done);

    /// Links the Encryption policy with `policySystemId` to the environment and follows the
    /// operation to its end; `progress` gets the state to persist after every poll.
    void linkEncryptionPolicy(const EnvironmentId &environment, const QString &policySystemId,
                              QObject *context, Progress progress, Callback<PowerPlatformOperation> done);
    /// Unlinks the linked Encryption policy `policySystemId` (back to a Microsoft-managed key),
    /// following the operation like linkEncryptionPolicy().
    void unlinkEncryptionPolicy(const EnvironmentId &environment, const QString &policySystemId,
                                QObject *context, Progress progress, Callback<PowerPlatformOperation> done);
    /// Follows a saved link or unlink operation (after a restart) to its end.
    void resumeOperation(const http::OperationState &state, QObject *context, Progress progress,
                         Callback<PowerPlatformOperation> done);
    /// Reads an operation's state once from its status URL.
    void operationStatus(const QUrl &statusUrl, QObject *context, Callback<PowerPlatformOperation> done);

private:
    void changeLink(const QString &action, const EnvironmentId &environment, const QString &policySystemId,
                    QObject *context, Progress progress, Callback<PowerPlatformOperation> done);
    std::optional<QString> statusUrlProblem(const QUrl &url) const;
    http::RequestSpec request(const QByteArray &method, const QString &path,
                              const QList<QPair<QString, QString>> &query) const;
};

} // namespace cmk::services
