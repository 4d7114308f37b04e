#pragma once

#include "cloud/cloudprofile.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <chrono>

namespace cmk::http {

/// A QNetworkAccessManager that gives every request the cloud profile's trust (the system's CAs
/// plus the profile's: an organization's TLS inspection CA, or the sandbox's) and a transfer
/// timeout. For requests CMK Wizard does not build itself: Qt NetworkAuth's token request.
class ProfileNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit ProfileNetworkAccessManager(const CloudProfile &profile, QObject *parent = nullptr);

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// The system's trust store plus the profile's CAs.
    static QSslConfiguration tlsConfiguration(const CloudProfile &profile);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QSslConfiguration m_tls;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(60)};
};

} // namespace cmk::http
