#pragma once

#include "http/serviceerror.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace cmk::http {

struct TokenRequest
{
    QString scope; ///< "<resource>/.default"
    QString tenantId; ///< empty: the account's home tenant
    bool forceRefresh = false;
};

struct TokenResult
{
    QString accessToken; ///< never logged
    QDateTime expiresOn;
    QString tenantId;
    QString objectId; ///< who the token is for (the journal's caller)
    ServiceError error;

    bool ok() const { return !error.isError() && !accessToken.isEmpty(); }
};

/// Where the pipeline gets bearer tokens. Asynchronous: `done` runs later on `context`'s thread,
/// or never if `context` is destroyed first.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    virtual void acquire(const TokenRequest &request, QObject *context,
                         std::function<void(const TokenResult &)> done)
        = 0;
};

} // namespace cmk::http
