#pragma once

#include "http/request.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cmk::http {

/// Everything a failed call tells: the HTTP status, the service's code and message (with
/// nested details), the ids support asks for, and what it means for the user: a translated
/// message and the next action. One type for ARM, Graph, Key Vault, Entra ID and Power Platform.
struct ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(cmk::http::ServiceError)

public:
    enum class Kind {
        None,
        Network, ///< no HTTP answer (refused, reset, TLS)
        Timeout, ///< per-try or total timeout
        Cancelled,
        Http, ///< an HTTP error status with (or without) a parsable body
        Malformed, ///< a success status whose body could not be read
        InvalidInput, ///< refused before sending: `message` says what is wrong and what to do
    };

    Kind kind = Kind::None;
    ServiceKind service = ServiceKind::Arm;
    int httpStatus = 0;
    QString code; ///< e.g. AuthorizationFailed, invalid_grant, Forbidden
    QString innerCode; ///< Key Vault innererror, Graph innerError, deepest details[] code
    QString message; ///< the service's own message, verbatim
    QString target;
    QStringList detailCodes; ///< codes of details[], outermost first
    QList<int> aadstsCodes; ///< identity errors: the AADSTS numbers
    QString requestId;
    QString correlationId;
    QString clientRequestId;
    bool maybeApplied = false; ///< a non-idempotent request whose outcome is unknown: re-read before retrying

    bool isError() const { return kind != Kind::None; }
    bool isAadsts(int code) const { return aadstsCodes.contains(code); }

    /// Parses an error answer in the shape of `service`; falls back to status and raw text.
    static ServiceError fromResponse(ServiceKind service, int status, const QByteArray &body,
                                     const Headers &headers);
    static ServiceError network(ServiceKind service, QNetworkReply::NetworkError error, const QString &text);

    /// What failed and why, in the user's language, for a message banner.
    QString userMessage() const;
    /// What to do next, in the user's language.
    QString nextAction() const;
    /// One line for logs: status, code, message, request id. Never a secret.
    QString technicalSummary() const;
};

} // namespace cmk::http

Q_DECLARE_METATYPE(cmk::http::ServiceError)
