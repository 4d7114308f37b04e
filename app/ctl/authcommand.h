#pragma once

#include "app/startupoptions.h"
#include "app/workspace.h"
#include "auth/tokenendpoint.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cmk::ctl {

/// `cmkctl auth login | logout | status`: the accounts kept in the credential store (the system
/// keychain, or `--credential-file`) that later commands (`status`, `track run`) use without a
/// prompt. Never prints a token.
class AuthCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        StartupOptions startup;
        QString credentialFile;
        QString tenant; ///< login: "organizations" when empty
        bool deviceCode = false; ///< login: the device code flow even where a browser could open
        QString as; ///< login against a loopback sandbox: the demo person who approves the code
        QString account; ///< logout: only this account (UPN); all when empty
        QString output; ///< status: table or json
    };

    AuthCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~AuthCommand() override;

    /// `done` gets the exit code: 0, 3 when the sign-in failed or nobody is signed in (status).
    void login(const Options &options, std::function<void(int)> done);
    void logout(const Options &options, std::function<void(int)> done);
    void status(const Options &options, std::function<void(int)> done);

    /// Whether a browser can be opened here (a display and xdg-open, or macOS/Windows).
    static bool browserAvailable();

private:
    bool prepare(const Options &options);
    void loginWithDeviceCode();
    void loginWithBrowser();
    void approveInSandbox(const QString &userCode, auth::DeviceCodeSignIn *flow);
    void accepted(const auth::TokenResponse &response, const QString &tenant, const QStringList &scopes,
                  const QString &grantType);
    void problem(const QString &text);
    void finish(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    std::function<void(int)> m_done;
};

} // namespace cmk::ctl
