#pragma once

#include "status/environmentstatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cmk::status {

/// Something the status run could not read, with the service's own words: a policy, vault, key,
/// access check or the environment list. Rows that depend on it say "unverified" rather than fail.
struct StatusProblem
{
    QString kind; ///< environments, policy, vault, key, access, role-definition
    QString resource; ///< the Azure resource ID or what was listed (no query string, no secret)
    QString service; ///< arm, powerplatform, keyvault
    int httpStatus = 0;
    QString code; ///< the service's error code (or Malformed, Network, Timeout)
    QString message; ///< the service's message, verbatim
    QString requestId;
    QString summary; ///< translated: what failed and what to do next
    int affectedEnvironments = 0;
};

/// Counts for the dashboard's header and `cmkctl status`.
struct StatusSummary
{
    int total = 0;
    QMap<QString, int> byState; ///< state code -> count (every state, zeros included)
    int lockedProduction = 0;
    int deletionWithin7Days = 0; ///< locked production environments deleted within a week
    int problems = 0;
};

/// The status of every environment of one tenant at one time: what the dashboard shows and what
/// `cmkctl status --json` prints. The JSON (`toJson()`) is versioned and stable; docs/status.md
/// documents it. It holds no secrets: IDs, names, states and the services' messages only.
struct StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(cmk::status::StatusReport)

public:
    static constexpr int SchemaVersion = 1;

    QString tenantId;
    QDateTime generatedAt; ///< when the run started (UTC)
    QDateTime asOf; ///< the time the countdown and key expiry were measured from
    bool complete = false; ///< every environment listed and checked (false: cancelled or the list failed)
    QList<EnvironmentStatus> rows; ///< in the order Power Platform lists the environments
    QList<StatusProblem> problems;

    StatusSummary summary() const;
    /// The row of environment `id`, or nullptr.
    const EnvironmentStatus *row(const QString &id) const;

    QByteArray toJson() const;
    /// Reads a report written by toJson(); says what is wrong otherwise.
    static std::optional<StatusReport> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace cmk::status

Q_DECLARE_METATYPE(cmk::status::StatusReport)
Q_DECLARE_METATYPE(QList<cmk::status::EnvironmentStatus>)
