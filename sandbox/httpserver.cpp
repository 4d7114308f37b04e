#include "httpserver.h"

#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrl>

namespace cmk::sandbox {

Response Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

Response Response::html(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    return r;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpServer::Exchange::Exchange(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{
}

void HttpServer::Exchange::respond(const Response &response)
{
    if (m_done)
        return;
    m_done = true;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &h : response.headers)
        m_responder.writeHeader(h.first, h.second);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    m_responder.writeBody(response.body);
}

void HttpServer::Exchange::reset()
{
    if (m_done)
        return;
    m_done = true;
    m_socket->abort();
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                   .toUpper();
    r.headers = request.headers();
    r.remoteAddress = request.remoteAddress();
    r.path = request.url().path(QUrl::FullyEncoded);
    const QStringList raw = r.path.split(u'/');
    for (qsizetype i = 1; i < raw.size(); ++i)
        r.segments.append(QUrl::fromPercentEncoding(raw.at(i).toUtf8()));
    r.query = request.query();
    r.body = request.body();
    m_handler(r, std::make_shared<Exchange>(makeResponder(request, socket), socket));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() takes every request; nothing is ever missing here.
}

} // namespace cmk::sandbox
