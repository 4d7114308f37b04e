#include "http/networkaccess.h"

#include <QNetworkRequest>
#include <QUuid>

namespace cmk::http {

ProfileNetworkAccessManager::ProfileNetworkAccessManager(const CloudProfile &profile, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_tls(tlsConfiguration(profile))
{
}

QSslConfiguration ProfileNetworkAccessManager::tlsConfiguration(const CloudProfile &profile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = tls.caCertificates();
    cas += profile.caCertificates();
    tls.setCaCertificates(cas);
    return tls;
}

QNetworkReply *ProfileNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    QNetworkRequest adjusted(request);
    if (adjusted.url().scheme() == QLatin1StringView("https"))
        adjusted.setSslConfiguration(m_tls);
    if (adjusted.transferTimeout() == 0)
        adjusted.setTransferTimeout(int(m_timeout.count()));
    // Every request carries an id support can find in the service's logs, also the ones Qt
    // NetworkAuth builds.
    if (!adjusted.hasRawHeader("x-ms-client-request-id"))
        adjusted.setRawHeader("x-ms-client-request-id",
                              QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return QNetworkAccessManager::createRequest(op, adjusted, outgoingData);
}

} // namespace cmk::http
