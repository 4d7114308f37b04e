#pragma once

#include "cloud/cloudprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace cmk::sandbox {

struct FaultRule;
struct RequestLogEntry;

/// A local stand-in for Entra ID, Azure Resource Manager, Microsoft Graph, Key Vault and the
/// Power Platform admin API, on 127.0.0.1 only. Runs in-process (tests, `cmkwizard --sandbox`)
/// or as `cmk-sandbox`. See sandbox/README.md.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 port = 0; ///< the sign-in port; the other services follow it, or are ephemeral with 0
        bool tls = true;
        QString scenario = QStringLiteral("empty");
        QString stateFile; ///< written atomically on stop
        int latencyMs = 0; ///< added to every answer
        QString faults; ///< kind[:method[:path[:count]]], comma-separated
        quint64 seed = 1;
        double timeScale = 1.0; ///< simulated seconds per real second
        qint64 lroMs = 2000; ///< simulated duration of a long-running ARM operation
    };

    /// A person of the scenario, with what the demo meant them for.
    struct Person
    {
        QString userPrincipalName;
        QString password; ///< demo only
        QString displayName;
        QString role;
        QString tenantId;
        QString tenantName;
    };

    /// The options of the offline demo: the demo scenario, an hour of simulated time per second.
    static Options demoOptions();

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts every service. On failure returns false and says why in `error`.
    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const;

    /// The cloud profile clients use to reach this sandbox (trusting its test CA).
    CloudProfile profile() const;
    /// The one JSON line `cmk-sandbox` prints: profile, CA path, tenants, users, admin API.
    QByteArray announcement() const;
    QUrl adminApi() const;
    QList<Person> people() const;

    // In-process conveniences for tests; the same as the admin API.
    void advanceClock(qint64 simulatedMs);
    /// The simulated clock's time (what `GET /_sandbox/clock` says).
    QDateTime now() const;
    /// What a demo person does on their phone: approves the device sign-in showing `userCode`.
    /// For the offline demo (`cmkctl --sandbox`); false when the code or the person is unknown.
    bool approveDeviceCode(const QString &userCode, const QString &userPrincipalName);
    void addFault(const FaultRule &rule);
    QList<RequestLogEntry> requestLog() const;
    void clearRequestLog();

    static QStringList scenarios();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cmk::sandbox
