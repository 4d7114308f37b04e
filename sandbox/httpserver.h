#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace cmk::sandbox {

/// What a route answers. Headers are free-form; Content-Length is added when sent.
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QByteArray &body);
    static Response html(int status, const QByteArray &body);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

/// One request as a route sees it: method, decoded path segments, query and headers.
struct Request
{
    QByteArray method; ///< "GET", "PUT", ...
    QString path; ///< percent-encoded, as sent
    QStringList segments; ///< decoded, split on '/' before decoding
    QStringList captures; ///< the segments a route's {placeholders} matched, in order
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress remoteAddress;

    /// The first header of that name, compared case-insensitively.
    QByteArray header(const QByteArray &name) const;
};

/// A loopback HTTP(S) server on Qt HttpServer that hands every request to one handler with
/// the socket, so the sandbox can answer late, hang, or reset the connection on purpose.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// `respond(response)` may be called later, once; `socket()` gives the connection for faults.
    class Exchange
    {
    public:
        Exchange(QHttpServerResponder &&responder, QTcpSocket *socket);
        void respond(const Response &response);
        /// Drops the connection without an answer (a reset, as clients see it).
        void reset();
        QTcpSocket *socket() const { return m_socket; }

    private:
        QHttpServerResponder m_responder;
        QTcpSocket *m_socket;
        bool m_done = false;
    };
    using Handler = std::function<void(const Request &, std::shared_ptr<Exchange>)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace cmk::sandbox
