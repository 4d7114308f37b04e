#include "http/networkaccess.h"

#include <QNetworkRequest>

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
    return QNetworkAccessManager::createRequest(op, adjusted, outgoingData);
}

} // namespace cmk::http
