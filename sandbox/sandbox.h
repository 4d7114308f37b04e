#pragma once

#include "cloud/cloudprofile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace cmk::sandbox {

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
        int latencyMs = 0;
        quint64 seed = 1;
        double timeScale = 1.0;
    };

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

    static QStringList scenarios();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cmk::sandbox
